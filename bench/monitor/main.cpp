// bench_monitor: how fast the Monitor charts read the monitoring rollups, what the SLO and monitor
// evaluation costs at 1,000 calls a second, and what the rollups add to the ledger writer.
//
// 1. Generates --rows calls (default 1,000,000) over --days UTC days (90) ending now, in time order:
//    8 providers x 5 models, each called directly or through its route (half and half), 60 % from the
//    proxy (5 keys) and the rest from the playground, compare, knowledge and workflows; 94 % ok, 5 %
//    errors of 4 kinds, 1 % cancelled; log-normal latencies per model; model 0's answering string
//    changes 10 days before the end. Through usage::Ledger (the calls, the daily and the monitoring
//    rollups, as the app writes them), or with --direct straight into the monitoring rollups
//    (MonitorRollupWriter::writeBuckets, no calls): 10,000,000 rows take minutes that way instead of
//    an hour; the drill-down into calls and the model markers are then not measured.
// 2. Times every query the Monitor page and `monitor status` run (median of --runs): series of one
//    model, of all calls, of a route and of a proxy key over 1 h to 90 days, two models and two periods
//    compared, markers, per-model overviews, the drill-down, and the Prometheus text of /metrics.
// 3. --eval: a fresh database with the rollups of 1,000 proxy calls a second (40 models, 2 routes,
//    5 keys, 6 statuses: 2,400 groups a minute) for the last 6 h 15 min in minutes and --eval-days (28)
//    in hours, synthesized per group and minute; then 10 SLOs and 6 monitors evaluated once cold and then
//    minute by minute for --eval-minutes, 60,000 generated calls written through the rollup writer in
//    batches of 24 before each (in the second half a quarter of them by a second writer that does not
//    tell: another process). Two evaluators: one following the writer (told each batch), one reading
//    the last 10 minutes every time. CPU per evaluation, and of telling the batches.
// 4. --writer: CPU of the ledger writer per row with the monitoring rollups (batches of 24 rows of
//    calls arriving at 1,000 a second), and of the monitoring rollups alone on the same batches.
#include "monitor/config.h"
#include "monitor/evaluator.h"
#include "monitor/prometheus.h"
#include "monitor/timeseries.h"
#include "storage/database.h"
#include "usage/ledger.h"
#include "usage/ledgerwriter.h"
#include "usage/monitorrollups.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <array>
#include <cmath>
#include <ctime>
#include <deque>
#include <functional>
#include <limits>
#include <random>
#include <vector>

#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#else
#define CALLGRIND_START_INSTRUMENTATION
#define CALLGRIND_STOP_INSTRUMENTATION
#define CALLGRIND_DUMP_STATS_AT(x)
#endif

using namespace sb;
using namespace sb::usage;
using monitor::MonitorQueries;
using monitor::Scope;
using monitor::SeriesQuery;

namespace {

constexpr qint64 kMinute = kMsPerMinute;
constexpr qint64 kHour = kMsPerHour;

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

struct ModelSpec {
    QString provider;
    QString model;
    QString route;
    double medianMs = 0;
    double pricePerToken = 0;
};

const char *kErrorKinds[] = {"rate_limited", "overloaded", "timeout", "server"};

std::vector<ModelSpec> models()
{
    static const char *providers[] = {"openai", "anthropic", "gemini", "deepseek", "mistral", "groq", "xai", "ollama"};
    std::vector<ModelSpec> out;
    for (int p = 0; p < 8; ++p) {
        for (int m = 0; m < 5; ++m) {
            ModelSpec s;
            s.provider = QString::fromLatin1(providers[p]);
            s.model = s.provider + QStringLiteral("-m%1").arg(m);
            s.route = QStringLiteral("route-%1").arg((p * 5 + m) % 4);
            s.medianMs = 300 + 150 * m + 40 * p;
            s.pricePerToken = (0.2 + 0.4 * (m + 1)) / 1e6;
            out.push_back(s);
        }
    }
    return out;
}

// Calls in time order over [fromMs, toMs), `rows` of them.
class Generator
{
public:
    Generator(qint64 fromMs, qint64 toMs, qint64 rows)
        : m_from(fromMs)
        , m_step(std::max<double>(1.0, double(toMs - fromMs) / double(rows)))
        , m_to(toMs)
        , m_models(models())
    {
    }

    CallRecord call(qint64 i)
    {
        CallRecord c;
        const quint64 r = m_rng();
        const ModelSpec &m = m_models[r % m_models.size()];
        c.requestId = QStringLiteral("r%1").arg(i, 0, 36);
        c.startedAtMs = std::min(m_to - 1, m_from + qint64(double(i) * m_step));
        c.provider = m.provider;
        c.requestedModel = m.model;
        // model 0 answers with a new snapshot for the last 10 days
        c.model = m.model + (&m == &m_models[0] && c.startedAtMs > m_to - 10 * kMsPerDay ? QStringLiteral("-2026") : QStringLiteral("-2025"));
        c.route = (r >> 8) % 2 ? m.route : QString();
        const int source = int((r >> 16) % 100);
        if (source < 60) {
            c.source = Source::Proxy;
            c.sourceKey = QStringLiteral("key-%1").arg((r >> 24) % 5);
        } else {
            c.source = source < 80 ? Source::Playground : source < 85 ? Source::Compare : source < 95 ? Source::Knowledge : Source::Workflow;
            c.sourceKey = QStringLiteral("conv-%1").arg((r >> 24) % 1000);
        }
        c.usage.inputTokens = 200 + qint64((r >> 32) % 3000);
        c.usage.outputTokens = 50 + qint64((r >> 44) % 800);
        c.costUsd = double(c.usage.inputTokens + 4 * c.usage.outputTokens) * m.pricePerToken;
        c.latencyMs = qint64(m.medianMs * std::exp(0.5 * m_normal(m_rng)));
        c.ttftMs = std::max<qint64>(20, c.latencyMs / 4);
        const int status = int((r >> 52) % 1000);
        if (status >= 940) {
            if (status >= 990) {
                c.setError(protocol::ApiError::make(protocol::ApiError::Kind::Cancelled, QStringLiteral("user")));
            } else {
                c.status = CallStatus::Error;
                c.errorKind = QString::fromLatin1(kErrorKinds[(status - 940) / 13 % 4]);
                c.httpStatus = 500;
                c.usage = {};
                c.costUsd = 0;
                c.ttftMs.reset();
            }
        }
        return c;
    }

private:
    qint64 m_from;
    double m_step;
    qint64 m_to;
    std::vector<ModelSpec> m_models;
    std::mt19937_64 m_rng{42};
    std::normal_distribution<double> m_normal;
};

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

struct Timing {
    double medianMs = 0;
    double maxMs = 0;
};

Timing timeIt(int runs, const std::function<bool()> &f)
{
    std::vector<double> t;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        // under `valgrind --tool=callgrind --instr-atstart=no`: the timed runs alone are counted (not
        // the warm-up run before them), e.g. SB_BENCH_ONLY="closed days" --runs 1 for one scrape
        CALLGRIND_START_INSTRUMENTATION;
        const bool ok = f();
        CALLGRIND_STOP_INSTRUMENTATION;
        if (!ok) {
            out() << "  (failed)\n";
            return {};
        }
        t.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return {median(t), *std::max_element(t.begin(), t.end())};
}

qint64 scalar(const Database &db, const QString &sql)
{
    QSqlQuery q(*db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

// ---- generation ----------------------------------------------------------------------------------

void fillThroughLedger(const std::shared_ptr<Database> &db, qint64 rows, qint64 fromMs, qint64 toMs)
{
    QElapsedTimer timer;
    timer.start();
    Generator gen(fromMs, toMs, rows);
    Ledger ledger(db);
    for (qint64 i = 0; i < rows; ++i) {
        const CallRecord c = gen.call(i);
        // record() on the application's main thread drops a row when the queue is full (and logs it):
        // flush before it fills, and again for a row it refused
        if (i % 10'000 == 9'999) // half the queue bound (Ledger::Options::maxQueuedRows)
            (void)ledger.flush();
        while (!ledger.record(c))
            (void)ledger.flush();
        if (i % 1'000'000 == 999'999) {
            out() << "  " << (i + 1) << " rows, " << timer.elapsed() / 1000 << " s\n";
            out().flush();
        }
    }
    (void)ledger.flush();
    out() << "generated " << rows << " calls through the Ledger in " << QString::number(double(timer.elapsed()) / 1000.0, 'f', 1) << " s\n";
}

void fillDirect(const std::shared_ptr<Database> &db, qint64 rows, qint64 fromMs, qint64 toMs)
{
    QElapsedTimer timer;
    timer.start();
    Generator gen(fromMs, toMs, rows);
    detail::MonitorRollupWriter writer([toMs] { return toMs; });
    auto conn = db->connection();
    std::array<MonitorBuckets, 3> pending;
    qint64 currentHour = std::numeric_limits<qint64>::min();
    qint64 currentDay = std::numeric_limits<qint64>::min();
    const qint64 minutesFrom = toMs - kMinuteRetentionMs;
    const auto flush = [&](Resolution r) {
        if (auto done = writer.writeBuckets(*conn, r, pending[std::size_t(r)]); !done)
            qFatal("%s", qPrintable(done.error().message));
        pending[std::size_t(r)].clear();
    };
    for (qint64 i = 0; i < rows; ++i) {
        const CallRecord c = gen.call(i);
        const qint64 hour = bucketStart(Resolution::Hour, c.startedAtMs);
        const qint64 day = bucketStart(Resolution::Day, c.startedAtMs);
        if (hour != currentHour) {
            flush(Resolution::Minute);
            flush(Resolution::Hour);
            currentHour = hour;
        }
        if (day != currentDay) {
            flush(Resolution::Day);
            currentDay = day;
        }
        const MonitorGroup g = MonitorGroup::of(c);
        if (c.startedAtMs >= minutesFrom)
            pending[0][{bucketStart(Resolution::Minute, c.startedAtMs), g}].add(c);
        pending[1][{hour, g}].add(c);
        pending[2][{day, g}].add(c);
    }
    for (Resolution r : {Resolution::Minute, Resolution::Hour, Resolution::Day})
        flush(r);
    writer.release();
    out() << "generated the rollups of " << rows << " calls directly in " << QString::number(double(timer.elapsed()) / 1000.0, 'f', 1) << " s\n";
}

// The totals' older buckets after an upgrade (0024's tables start where the rows of an older ledger
// end), filled to the end here as the ledger writer does a part of them with each batch.
void backfill(const std::shared_ptr<Database> &db)
{
    QElapsedTimer timer;
    timer.start();
    const double cpu = threadCpuMs();
    detail::MonitorRollupWriter writer;
    auto conn = db->connection();
    QSqlQuery tx(*conn);
    int steps = 0;
    for (;;) {
        tx.exec(QStringLiteral("BEGIN"));
        auto done = writer.backfill(*conn, 100'000);
        if (!done)
            qFatal("%s", qPrintable(done.error().message));
        tx.exec(QStringLiteral("COMMIT"));
        if (*done)
            break;
        ++steps;
    }
    writer.release();
    if (steps > 0)
        out() << "backfilled the totals in " << steps << " steps of 100,000 rows: " << QString::number(double(timer.elapsed()) / 1000.0, 'f', 1)
              << " s wall, " << QString::number((threadCpuMs() - cpu) / 1000.0, 'f', 1) << " s CPU\n";
}

// ---- chart queries -------------------------------------------------------------------------------

void queries(const std::shared_ptr<Database> &db, qint64 nowMs, int runs, bool withCalls, bool baselines)
{
    MonitorQueries q(db, [nowMs] { return nowMs; });
    const Scope model = Scope::ofModel(QStringLiteral("anthropic/anthropic-m1"));
    const Scope all;
    Scope route;
    route.route = QStringLiteral("route-1");
    Scope key;
    key.proxyKey = QStringLiteral("key-2");
    const qint64 day = kMsPerDay;
    struct Case {
        QString name;
        std::function<bool()> run;
    };
    std::vector<Case> cases;
    const auto series = [&](const QString &name, const Scope &scope, qint64 span) {
        cases.push_back({name, [&q, scope, span, nowMs] {
                             auto s = q.series(SeriesQuery{scope, nowMs - span, nowMs, 0});
                             return bool(s);
                         }});
    };
    for (const auto &[label, span] : std::vector<std::pair<QString, qint64>>{{QStringLiteral("1 h"), kHour},
                                                                             {QStringLiteral("6 h"), 6 * kHour},
                                                                             {QStringLiteral("24 h"), day},
                                                                             {QStringLiteral("7 d"), 7 * day},
                                                                             {QStringLiteral("30 d"), 30 * day},
                                                                             {QStringLiteral("90 d"), 90 * day}}) {
        series(QStringLiteral("series, one model, %1").arg(label), model, span);
        series(QStringLiteral("series, all calls, %1").arg(label), all, span);
    }
    series(QStringLiteral("series, a route, 7 d"), route, 7 * day);
    series(QStringLiteral("series, a route, 90 d"), route, 90 * day);
    series(QStringLiteral("series, a proxy key, 7 d"), key, 7 * day);
    cases.push_back({QStringLiteral("compare two models, 7 d"), [&] {
                         return bool(q.compare(SeriesQuery{model, nowMs - 7 * day, nowMs, 0},
                                               SeriesQuery{Scope::ofModel(QStringLiteral("openai/openai-m1")), nowMs - 7 * day, nowMs, 0}));
                     }});
    cases.push_back(
        {QStringLiteral("compare two periods, 30 d"), [&] {
             return bool(q.compare(SeriesQuery{model, nowMs - 30 * day, nowMs, 0}, SeriesQuery{model, nowMs - 60 * day, nowMs - 30 * day, 0}));
         }});
    cases.push_back({QStringLiteral("markers, all, 90 d"), [&] { return bool(q.markers(all, nowMs - 90 * day, nowMs)); }});
    cases.push_back({QStringLiteral("per-model overview, 1 h"), [&] { return bool(q.perModel(all, nowMs - kHour, nowMs + 1, Resolution::Minute)); }});
    cases.push_back({QStringLiteral("per-model overview, 24 h"), [&] { return bool(q.perModel(all, nowMs - day, nowMs + 1, Resolution::Minute)); }});
    if (withCalls)
        cases.push_back({QStringLiteral("drill-down: 100 calls of a 1 h bucket"), [&] {
                             const qint64 t = bucketStart(Resolution::Hour, nowMs - 3 * day);
                             return bool(q.calls(model, t, t + kHour, 100));
                         }});
    cases.push_back({QStringLiteral("/metrics text (all day rollups)"), [&] { return bool(monitor::prometheusText(db, {}, {}, nowMs)); }});
    // as serve answers it: the days long over summed once (by the warm-up run), today's rows read anew
    monitor::ClosedDayTotals closedDays;
    cases.push_back(
        {QStringLiteral("/metrics text (closed days kept)"), [&] { return bool(monitor::prometheusText(db, {}, {}, nowMs, &closedDays)); }});
    // SB_BENCH_METRICS_OUT=FILE: the text itself, to compare two builds' byte for byte
    if (const QString file = qEnvironmentVariable("SB_BENCH_METRICS_OUT"); !file.isEmpty()) {
        QFile f(file);
        const auto text = monitor::prometheusText(db, {}, {}, nowMs);
        if (text && f.open(QIODevice::WriteOnly))
            f.write(*text);
    }

    const auto table = [runs](const std::vector<Case> &timed) {
        out() << "\n| query | median ms | max ms |\n|---|---|---|\n";
        // SB_BENCH_ONLY=TEXT: only the queries whose name contains it (a profile of one)
        const QString only = qEnvironmentVariable("SB_BENCH_ONLY");
        for (const Case &c : timed) {
            if (!c.name.contains(only))
                continue;
            (void)c.run(); // warm the page cache like a page that is open
            const Timing t = timeIt(runs, c.run);
            out() << "| " << c.name << " | " << QString::number(t.medianMs, 'f', 1) << " | " << QString::number(t.maxMs, 'f', 1) << " |\n";
            out().flush();
        }
    };
    table(cases);
    // and the text as served, with the closed days kept (after the runs above): FILE.kept
    if (const QString file = qEnvironmentVariable("SB_BENCH_METRICS_OUT"); !file.isEmpty()) {
        QFile f(file + QStringLiteral(".kept"));
        const auto text = monitor::prometheusText(db, {}, {}, nowMs, &closedDays);
        if (text && f.open(QIODevice::WriteOnly))
            f.write(*text);
    }
    if (!baselines)
        return;

    // The baselines in the same run, by moving where the totals start past the end (put back
    // afterwards): the charts of a route, a key and of all calls in minutes as before 0024 (the tables
    // of 0020 kept), then all calls from every group's rows as before 0020.
    QSqlQuery move(*db->connection());
    std::vector<std::pair<QString, qint64>> starts;
    (void)move.exec(QStringLiteral("SELECT resolution, t FROM monitor_totals_start"));
    while (move.next())
        starts.emplace_back(move.value(0).toString(), move.value(1).toLongLong());
    const auto putBack = [&] {
        for (const auto &[name, t] : starts)
            (void)move.exec(QStringLiteral("UPDATE monitor_totals_start SET t = %1 WHERE resolution = '%2'").arg(t).arg(name));
    };
    std::vector<Case> before0024;
    std::vector<Case> before0020;
    for (const Case &c : cases) {
        if (c.name.startsWith(QLatin1String("series, a ")) || c.name.startsWith(QLatin1String("per-model"))
            || c.name.startsWith(QLatin1String("series, one model")) || c.name.startsWith(QLatin1String("compare"))
            || (c.name.startsWith(QLatin1String("series, all calls")) && !c.name.endsWith(QLatin1String(" d"))))
            before0024.push_back({c.name + QStringLiteral(" (before 0024)"), c.run});
        if (c.name.startsWith(QLatin1String("series, all calls")))
            before0020.push_back({c.name + QStringLiteral(" (per-group rows, before 0020)"), c.run});
    }
    if (!move.exec(QStringLiteral("UPDATE monitor_totals_start SET t = 9000000000000000 WHERE resolution NOT IN ('hour', 'day')"))) {
        out() << "cannot move the totals' start: the baseline is not measured\n";
        return;
    }
    qputenv("SWITCHBOARD_MONITOR_PER_MODEL_HOURS", "0");
    table(before0024);
    qunsetenv("SWITCHBOARD_MONITOR_PER_MODEL_HOURS");
    (void)move.exec(QStringLiteral("UPDATE monitor_totals_start SET t = 9000000000000000"));
    table(before0020);
    putBack();
}

// Tells `perf record --control fifo:...` to enable or disable its events (nothing when not open).
void perfControl(QFile &fifo, const char *command)
{
    if (fifo.isOpen())
        fifo.write(command);
}

// ---- evaluation at 1,000 calls a second -----------------------------------------------------------

// The rollups of `calls` proxy calls in a bucket starting at t, spread over the groups by their
// expected shares (stochastic rounding), latencies at 8 quantiles of each model's distribution.
void synthesize(MonitorBuckets &into, qint64 t, double calls, std::mt19937_64 &rng)
{
    static const std::vector<ModelSpec> specs = models();
    static const double z[8] = {-1.53, -0.89, -0.49, -0.16, 0.16, 0.49, 0.89, 1.53}; // normal octiles' middles
    std::uniform_real_distribution<double> u(0, 1);
    const auto take = [&](double expected) { return qint64(std::floor(expected + u(rng))); };
    for (const ModelSpec &m : specs) {
        for (int r = 0; r < 2; ++r) {
            for (int k = 0; k < 5; ++k) {
                const double share = calls / double(specs.size()) / 2 / 5;
                for (int st = 0; st < 6; ++st) { // ok, 4 error kinds, cancelled
                    const double p = st == 0 ? 0.94 : st == 5 ? 0.01 : 0.0125;
                    const qint64 n = take(share * p);
                    if (n <= 0)
                        continue;
                    MonitorGroup g;
                    g.provider = m.provider;
                    g.model = m.model;
                    g.route = r ? m.route : QString();
                    g.source = Source::Proxy;
                    g.sourceKey = QStringLiteral("key-%1").arg(k);
                    g.status = st == 0 ? CallStatus::Ok : st == 5 ? CallStatus::Cancelled : CallStatus::Error;
                    g.errorKind = st == 0 ? QString() : st == 5 ? QStringLiteral("cancelled") : QString::fromLatin1(kErrorKinds[st - 1]);
                    MonitorSums s;
                    s.attempts = n;
                    s.requests = n;
                    s.inputTokens = n * 1700;
                    s.outputTokens = st == 0 ? n * 450 : 0;
                    s.costNano = st == 0 ? qint64(double(n) * 3500 * m.pricePerToken * 1e9) : 0;
                    for (int q = 0; q < 8; ++q) {
                        const qint64 part = n / 8 + (q < n % 8 ? 1 : 0);
                        if (part == 0)
                            continue;
                        const double latency = m.medianMs * std::exp(0.5 * z[q]);
                        s.latency.add(latency, part);
                        s.latencyMsSum += qint64(latency) * part;
                        if (st == 0) {
                            s.ttft.add(latency / 4, part);
                            s.ttftCount += part;
                            s.ttftMsSum += qint64(latency / 4) * part;
                            s.tokensPerSecond.add(449 * 1000.0 / (latency * 0.75), part);
                            s.gap.add(latency * 0.75 / 449, part);
                        }
                    }
                    into[{t, g}].merge(s);
                }
            }
        }
    }
}

// The database the evaluations start from: `days` of hours and 6 h 15 min of minutes before now0 at
// 1,000 calls/s. With `dataFile` it is synthesized once into that file and copied from it on later runs
// (synthesizing takes minutes, and far longer under valgrind); now0 is then the data's end.
std::shared_ptr<Database> evaluationData(const QTemporaryDir &dir, int days, const QString &dataFile, qint64 &now0)
{
    const QString file = dir.filePath(QStringLiteral("eval.sqlite"));
    if (!dataFile.isEmpty() && QFile::exists(dataFile)) {
        if (!QFile::copy(dataFile, file))
            qFatal("cannot copy %s", qPrintable(dataFile));
        auto db = Database::open(file);
        if (!db)
            qFatal("%s", qPrintable(db.error().message));
        now0 = scalar(**db, QStringLiteral("SELECT MAX(t) FROM monitor_minute")) + kMinute;
        out() << "\nreusing the synthesized rollups of " << dataFile << ": " << scalar(**db, QStringLiteral("SELECT count(*) FROM monitor_minute"))
              << " minute rows, " << scalar(**db, QStringLiteral("SELECT count(*) FROM monitor_hour")) << " hour rows\n";
        return *db;
    }
    auto db = Database::open(file);
    if (!db)
        qFatal("%s", qPrintable(db.error().message));
    now0 = bucketStart(Resolution::Minute, QDateTime::currentMSecsSinceEpoch());
    const double perMinute = 60'000; // 1,000 calls a second
    std::mt19937_64 rng(7);
    detail::MonitorRollupWriter writer([now0] { return now0; });
    auto conn = (*db)->connection();
    QElapsedTimer timer;
    timer.start();
    // `days` of hours, 6 h 15 min of minutes before now0; the hours those minutes fall in are their sums
    // (as the writer keeps them: the evaluator compares the all-calls hours with its minutes)
    const qint64 minutesFrom = now0 - 375 * kMinute;
    for (qint64 h = bucketStart(Resolution::Hour, now0 - days * kMsPerDay); h < bucketStart(Resolution::Hour, minutesFrom); h += kHour) {
        MonitorBuckets hour;
        synthesize(hour, h, perMinute * 60, rng);
        if (auto done = writer.writeBuckets(*conn, Resolution::Hour, hour); !done)
            qFatal("%s", qPrintable(done.error().message));
    }
    MonitorBuckets hour;
    for (qint64 t = minutesFrom; t < now0; t += kMinute) {
        MonitorBuckets minute;
        synthesize(minute, t, perMinute, rng);
        for (const auto &[key, sums] : minute)
            hour[{bucketStart(Resolution::Hour, key.first), key.second}].merge(sums);
        if (auto done = writer.writeBuckets(*conn, Resolution::Minute, minute); !done)
            qFatal("%s", qPrintable(done.error().message));
        if (t + kMinute == now0 || bucketStart(Resolution::Hour, t + kMinute) != bucketStart(Resolution::Hour, t)) {
            if (auto done = writer.writeBuckets(*conn, Resolution::Hour, hour); !done)
                qFatal("%s", qPrintable(done.error().message));
            hour.clear();
        }
    }
    writer.release();
    out() << "\nsynthesized " << days << " days of hours and 6 h 15 min of minutes at 1,000 calls/s in " << timer.elapsed() / 1000
          << " s: " << scalar(**db, QStringLiteral("SELECT count(*) FROM monitor_minute")) << " minute rows, "
          << scalar(**db, QStringLiteral("SELECT count(*) FROM monitor_hour")) << " hour rows\n";
    if (!dataFile.isEmpty()) {
        QSqlQuery q(*conn);
        if (!q.exec(QStringLiteral("VACUUM INTO '%1'").arg(QString(dataFile).replace(QLatin1Char('\''), QStringLiteral("''")))))
            qFatal("cannot keep the data in %s: %s", qPrintable(dataFile), qPrintable(q.lastError().text()));
        out() << "kept in " << dataFile << " for the next runs\n";
    }
    return *db;
}

void evaluation(int minutes, int days, const QString &dataFile, qint64 batchCalls)
{
    QTemporaryDir dir;
    qint64 now0 = 0;
    const std::shared_ptr<Database> db = evaluationData(dir, days, dataFile, now0);
    const double perMinute = 60'000; // 1,000 calls a second
    const auto clock = [&now0, minutes] { return now0 + qint64(minutes + 1) * kMinute; };
    detail::MonitorRollupWriter writer(clock);
    detail::MonitorRollupWriter other(clock); // another process's writer: its commits are not told
    auto conn = db->connection();

    auto config = monitor::MonitoringConfig::fromJson(QJsonDocument::fromJson(R"({"slos": [
            {"name": "s1", "model": "anthropic/anthropic-m1", "kind": "latency", "thresholdMs": 2000, "objective": 99},
            {"name": "s2", "model": "openai/openai-m2", "kind": "latency", "metric": "latency", "thresholdMs": 5000, "objective": 99.5},
            {"name": "s3", "model": "gemini/gemini-m0", "kind": "latency", "thresholdMs": 500, "objective": 95},
            {"name": "s4", "model": "mistral/mistral-m3", "kind": "latency", "thresholdMs": 1500, "objective": 99},
            {"name": "s5", "model": "groq/groq-m4", "kind": "latency", "thresholdMs": 1000, "objective": 90},
            {"name": "s6", "model": "anthropic/anthropic-m1", "kind": "availability", "objective": 99.5},
            {"name": "s7", "model": "openai/openai-m2", "kind": "availability", "objective": 99},
            {"name": "s8", "model": "xai/xai-m0", "kind": "availability", "objective": 99.9},
            {"name": "s9", "route": "route-1", "kind": "availability", "objective": 99.5},
            {"name": "s10", "route": "route-2", "kind": "latency", "thresholdMs": 3000, "objective": 99}],
          "monitors": [
            {"name": "m1", "kind": "error_rate", "thresholdPercent": 10},
            {"name": "m2", "kind": "error_rate", "model": "deepseek/deepseek-m1", "thresholdPercent": 10},
            {"name": "m3", "kind": "latency_spike", "factor": 3, "baselineHours": 6},
            {"name": "m4", "kind": "cost_per_hour", "thresholdUsd": 1000000},
            {"name": "m5", "kind": "no_traffic", "model": "ollama/ollama-m4", "hours": 2},
            {"name": "m6", "kind": "error_rate", "proxyKey": "key-3", "thresholdPercent": 10}]})")
                                                          .object(),
                                                      {QStringLiteral("openai"), QStringLiteral("anthropic"), QStringLiteral("gemini"),
                                                       QStringLiteral("deepseek"), QStringLiteral("mistral"), QStringLiteral("groq"),
                                                       QStringLiteral("xai"), QStringLiteral("ollama")},
                                                      {QStringLiteral("route-1"), QStringLiteral("route-2")});
    if (!config)
        qFatal("%s", qPrintable(config.error().message));
    // live: follows this process's writer (told each committed batch); reread: reads the last 10
    // minutes every time (what live does beside another writer)
    monitor::Evaluator live(db, QStringLiteral("bench"));
    // SB_BENCH_UNTOLD=1: the live evaluator is told nothing and reads what changed from the database
    live.setTold(qEnvironmentVariableIntValue("SB_BENCH_UNTOLD") == 0);
    monitor::Evaluator reread(db, QStringLiteral("bench-reread"), false);
    // SB_BENCH_LIVE_ONLY=1: the live evaluator alone (under valgrind, where the other costs as much again)
    const bool liveOnly = qEnvironmentVariableIntValue("SB_BENCH_LIVE_ONLY") != 0;
    for (monitor::Evaluator *e : {&live, &reread}) {
        if (liveOnly && e == &reread)
            continue;
        QElapsedTimer cold;
        cold.start();
        const double cpu = threadCpuMs();
        auto first = e->evaluate(*config, now0 - 1);
        if (!first)
            qFatal("%s", qPrintable(first.error().message));
        out() << "first evaluation (" << (e == &live ? "live" : "reread") << ", cold: reads every window): " << cold.elapsed() << " ms wall, "
              << QString::number(threadCpuMs() - cpu, 'f', 1) << " ms CPU\n";
    }
    // Each minute: 60,000 calls through the rollup writer in batches of 24 (each committed, then told; --eval-batch:
    // 100 is what the ledger's deferred rollups tell at this rate, a flush every 100 ms),
    // then both evaluations. In the second half a quarter of the batches come from `other`.
    const int half = (minutes + 1) / 2;
    std::vector<double> liveCpu[2], rereadCpu[2], tellCpu[2], writeCpu[2];
    double worstDiff = 0;
    QSqlQuery tx(*conn);
    qint64 callIndex = 0;
    // SB_BENCH_CALLGRIND=tell: under `valgrind --tool=callgrind --instr-atstart=no`, the telling of each
    // batch (MonitorRollupWriter::committed(): each told row's attempts once written, and the listeners;
    // the told rows themselves are noted in write(), with the writes) counted instead of the live
    // evaluations
    const bool callgrindTell = qEnvironmentVariable("SB_BENCH_CALLGRIND") == QLatin1String("tell");
    // SB_BENCH_CALLGRIND=write: the same with the rollup writes themselves (write(), without the commit)
    const bool callgrindWrite = qEnvironmentVariable("SB_BENCH_CALLGRIND") == QLatin1String("write");
    QFile perfCtl(qEnvironmentVariable("SB_PERF_CTL"));
    if (!perfCtl.fileName().isEmpty() && !perfCtl.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        qFatal("cannot open %s", qPrintable(perfCtl.fileName()));
    for (int i = 0; i < minutes; ++i) {
        const qint64 t = now0 + qint64(i) * kMinute;
        const int phase = i < half ? 0 : 1;
        Generator gen(t, t + kMinute, qint64(perMinute));
        double tell = 0;
        double write = 0;
        for (qint64 k = 0; k < qint64(perMinute); k += batchCalls) {
            std::deque<detail::LedgerRow> batch;
            for (qint64 j = k; j < std::min<qint64>(qint64(perMinute), k + batchCalls); ++j)
                batch.push_back({gen.call(j), QByteArray()});
            for (auto &row : batch)
                row.call.requestId = QStringLiteral("c%1").arg(++callIndex);
            const bool foreign = phase == 1 && (k / batchCalls) % 4 == 3;
            detail::MonitorRollupWriter &w = foreign ? other : writer;
            const double c0 = threadCpuMs();
            tx.exec(QStringLiteral("BEGIN"));
            if (callgrindWrite && !foreign)
                CALLGRIND_START_INSTRUMENTATION;
            auto done = w.write(*conn, batch);
            if (callgrindWrite && !foreign)
                CALLGRIND_STOP_INSTRUMENTATION;
            if (!done)
                qFatal("%s", qPrintable(done.error().message));
            tx.exec(QStringLiteral("COMMIT"));
            const double c1 = threadCpuMs();
            if (!foreign) {
                if (callgrindTell)
                    CALLGRIND_START_INSTRUMENTATION;
                w.committed();
                if (callgrindTell)
                    CALLGRIND_STOP_INSTRUMENTATION;
            }
            tell += threadCpuMs() - c1;
            write += c1 - c0;
        }
        tellCpu[phase].push_back(tell);
        writeCpu[phase].push_back(write);
        double cpu = threadCpuMs();
        // under `valgrind --tool=callgrind --instr-atstart=no`: the live evaluations alone are counted
        // under `perf record -D -1 --control fifo:FIFO` with SB_PERF_CTL=FIFO: sampled there alone too
        perfControl(perfCtl, "enable\n");
        if (!callgrindTell && !callgrindWrite)
            CALLGRIND_START_INSTRUMENTATION;
        auto a = live.evaluate(*config, t + kMinute - 1);
        if (!callgrindTell && !callgrindWrite)
            CALLGRIND_STOP_INSTRUMENTATION;
        perfControl(perfCtl, "disable\n");
        CALLGRIND_DUMP_STATS_AT(qPrintable(QStringLiteral("%1, phase %2, minute %3")
                                               .arg(QLatin1String(callgrindTell        ? "telling"
                                                                      : callgrindWrite ? "writing"
                                                                                       : "live evaluation"))
                                               .arg(phase)
                                               .arg(i)));
        if (!a)
            qFatal("%s", qPrintable(a.error().message));
        liveCpu[phase].push_back(threadCpuMs() - cpu);
        if (liveOnly)
            continue;
        cpu = threadCpuMs();
        auto b = reread.evaluate(*config, t + kMinute - 1);
        if (!b)
            qFatal("%s", qPrintable(b.error().message));
        rereadCpu[phase].push_back(threadCpuMs() - cpu);
        // both must see the same
        for (qsizetype s = 0; s < a->slos.size(); ++s) {
            const auto &x = a->slos.at(s);
            const auto &y = b->slos.at(s);
            for (const auto &[p, q] : {std::pair{x.good, y.good}, std::pair{x.valid, y.valid}, std::pair{x.burn5m.bad, y.burn5m.bad},
                                       std::pair{x.burn6h.valid, y.burn6h.valid}, std::pair{x.burn1h.bad, y.burn1h.bad}})
                worstDiff = std::max(worstDiff, std::abs(p - q) / std::max(1.0, std::abs(q)));
        }
        for (qsizetype m = 0; m < a->monitors.size(); ++m) {
            if (a->monitors.at(m).samples != b->monitors.at(m).samples)
                worstDiff = std::max(worstDiff, 1.0);
        }
    }
    writer.release();
    other.release();
    const auto fmt = [](const std::vector<double> &v) { return v.empty() ? QStringLiteral("-") : QString::number(median(v), 'f', 2); };
    const auto worst = [](const std::vector<double> &v) { return v.empty() ? 0.0 : *std::max_element(v.begin(), v.end()); };
    out() << "evaluation every minute, 10 SLOs and 6 monitors, median CPU ms per evaluation (max):\n";
    for (int phase : {0, 1}) {
        out() << (phase == 0 ? "  this process writes every call (" : "  another writer writes a quarter of the calls (") << liveCpu[phase].size()
              << " minutes): live " << fmt(liveCpu[phase]) << " (" << QString::number(worst(liveCpu[phase]), 'f', 2) << "), reread "
              << fmt(rereadCpu[phase]) << " (" << QString::number(worst(rereadCpu[phase]), 'f', 2) << "); telling the batches " << fmt(tellCpu[phase])
              << " ms a minute on the writer's thread (the rollup writes themselves " << fmt(writeCpu[phase]) << ")\n";
    }
    const auto &st = live.stats();
    out() << "  live: " << st.scopesRead << " scopes read whole, " << st.rereads << " rereads, other writers seen " << st.othersSeen << " times, "
          << st.rowsFollowed << " minute rows followed, " << st.minutesReread << " minutes read again, " << st.lateRereads
          << " hours read again for late calls; largest relative difference live/reread " << worstDiff << "\n";
}

// ---- the writer's cost ---------------------------------------------------------------------------

void writerCost(qint64 rows)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Generator gen(now - rows, now, rows); // a call a millisecond: 1,000 a second
    std::vector<std::deque<detail::LedgerRow>> batches;
    for (qint64 i = 0; i < rows; i += 24) {
        std::deque<detail::LedgerRow> batch;
        for (qint64 j = i; j < std::min(rows, i + 24); ++j) {
            CallRecord c = gen.call(j);
            c.source = Source::Proxy;
            c.sourceKey = QStringLiteral("key-%1").arg(j % 5);
            batch.push_back({c, QByteArrayLiteral("{\"requested\":\"x\",\"attempts\":[]}")});
        }
        batches.push_back(std::move(batch));
    }
    const auto measure = [&](const std::function<void(const QSqlDatabase &, const std::deque<detail::LedgerRow> &)> &write) {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("w.sqlite")));
        if (!db)
            qFatal("%s", qPrintable(db.error().message));
        auto conn = (*db)->connection();
        write(*conn, batches.front()); // prepares the statements
        const double cpu = threadCpuMs();
        for (std::size_t i = 1; i < batches.size(); ++i)
            write(*conn, batches[i]);
        return (threadCpuMs() - cpu) * 1000.0 / double(rows - qint64(batches.front().size()));
    };
    detail::LedgerWriter ledgerWriter(true, Ledger::Options{}.checkpointPages);
    const double full = measure([&](const QSqlDatabase &db, const std::deque<detail::LedgerRow> &batch) {
        if (auto done = ledgerWriter.write(db, batch); !done)
            qFatal("%s", qPrintable(done.error().message));
    });
    ledgerWriter.release();
    // the monitoring rollups alone on the same batches
    const auto rollupsAlone = [&] {
        detail::MonitorRollupWriter rollups;
        const double us = measure([&](const QSqlDatabase &db, const std::deque<detail::LedgerRow> &batch) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("BEGIN"));
            if (auto done = rollups.write(db, batch); !done)
                qFatal("%s", qPrintable(done.error().message));
            q.exec(QStringLiteral("COMMIT"));
        });
        rollups.release();
        return us;
    };
    const double alone = rollupsAlone();
    // the same without the totals of 0024 (minute all-calls, route, key, model), in the same run
    qputenv("SWITCHBOARD_MONITOR_TOTALS", "0020");
    const double alone0020 = rollupsAlone();
    qunsetenv("SWITCHBOARD_MONITOR_TOTALS");
    out() << "\nledger writer, batches of 24 at 1,000 calls/s, " << rows << " rows: " << QString::number(full, 'f', 1)
          << " us CPU per row with the monitoring rollups; the rollups alone " << QString::number(alone, 'f', 1) << " us per row ("
          << QString::number(100.0 * alone / full, 'f', 0) << " %); without the totals of 0024 " << QString::number(alone0020, 'f', 1)
          << " us per row (0024 adds " << QString::number(alone - alone0020, 'f', 1) << " us)\n";
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption rowsOpt(QStringLiteral("rows"), QStringLiteral("Calls to generate."), QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption daysOpt(QStringLiteral("days"), QStringLiteral("Days they span, ending now."), QStringLiteral("n"),
                                     QStringLiteral("90"));
    const QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("Runs per query (median)."), QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption directOpt(QStringLiteral("direct"), QStringLiteral("Write the monitoring rollups directly, without calls."));
    const QCommandLineOption dataOpt(QStringLiteral("db"), QStringLiteral("Reuse (or create) this database file."), QStringLiteral("file"));
    const QCommandLineOption evalOpt(QStringLiteral("eval"), QStringLiteral("Measure the evaluation at 1,000 calls/s instead."));
    const QCommandLineOption evalMinutesOpt(QStringLiteral("eval-minutes"), QStringLiteral("Minutes of evaluations."), QStringLiteral("n"),
                                            QStringLiteral("30"));
    const QCommandLineOption evalDaysOpt(QStringLiteral("eval-days"), QStringLiteral("Days of hour rollups before the evaluations."),
                                         QStringLiteral("n"), QStringLiteral("28"));
    const QCommandLineOption evalDataOpt(QStringLiteral("eval-data"),
                                         QStringLiteral("With --eval: synthesize the rollups into this file once, copy them from it after."),
                                         QStringLiteral("file"));
    const QCommandLineOption evalBatchOpt(QStringLiteral("eval-batch"),
                                          QStringLiteral("With --eval: calls per rollup write told to the evaluator (24: a batch; 100: "
                                                         "the ledger's deferred rollups at 1,000 calls/s)."),
                                          QStringLiteral("n"), QStringLiteral("24"));
    const QCommandLineOption writerOpt(QStringLiteral("writer"), QStringLiteral("Measure the writer's cost instead (--rows rows, default 120000)."));
    const QCommandLineOption dataEndOpt(QStringLiteral("at-data-end"),
                                        QStringLiteral("With --db: time the queries as of the reused data's last minute, not now."));
    const QCommandLineOption noBaselinesOpt(QStringLiteral("no-baselines"),
                                            QStringLiteral("Time the queries as they are only, not before 0024 and 0020."));
    parser.addOptions({rowsOpt, daysOpt, runsOpt, directOpt, dataOpt, evalOpt, evalMinutesOpt, evalDaysOpt, evalDataOpt, evalBatchOpt, writerOpt,
                       dataEndOpt, noBaselinesOpt});
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOpt).toInt());
    if (parser.isSet(evalOpt)) {
        evaluation(std::max(1, parser.value(evalMinutesOpt).toInt()), std::max(1, parser.value(evalDaysOpt).toInt()), parser.value(evalDataOpt),
                   std::max<qint64>(1, parser.value(evalBatchOpt).toLongLong()));
        return 0;
    }
    if (parser.isSet(writerOpt)) {
        writerCost(parser.isSet(rowsOpt) ? parser.value(rowsOpt).toLongLong() : 120'000);
        return 0;
    }
    const qint64 rows = parser.value(rowsOpt).toLongLong();
    const int days = parser.value(daysOpt).toInt();
    QTemporaryDir temp;
    const QString file = parser.isSet(dataOpt) ? parser.value(dataOpt) : temp.filePath(QStringLiteral("monitor.sqlite"));
    auto db = Database::open(file);
    if (!db) {
        out() << db.error().message << "\n";
        return 1;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 existing = scalar(**db, QStringLiteral("SELECT SUM(attempts) FROM monitor_day"));
    const bool direct = parser.isSet(directOpt);
    if (existing <= 0) {
        if (direct)
            fillDirect(*db, rows, now - qint64(days) * kMsPerDay, now);
        else
            fillThroughLedger(*db, rows, now - qint64(days) * kMsPerDay, now);
    } else {
        out() << "reusing " << existing << " calls' rollups in " << file << "\n";
    }
    backfill(*db);
    out() << "rollup rows: " << scalar(**db, QStringLiteral("SELECT count(*) FROM monitor_minute")) << " minutes, "
          << scalar(**db, QStringLiteral("SELECT count(*) FROM monitor_hour")) << " hours, "
          << scalar(**db, QStringLiteral("SELECT count(*) FROM monitor_day"))
          << " days; all-calls rollup rows: " << scalar(**db, QStringLiteral("SELECT count(*) FROM monitor_hour_all")) << " hours, "
          << scalar(**db, QStringLiteral("SELECT count(*) FROM monitor_day_all"))
          << " days; calls rows: " << scalar(**db, QStringLiteral("SELECT count(*) FROM calls")) << "\n";
    // a reused database's calls end when it was made: --at-data-end times the queries as of then
    const qint64 at = parser.isSet(dataEndOpt) && existing > 0 ? scalar(**db, QStringLiteral("SELECT MAX(t) FROM monitor_minute")) + kMinute
                                                               : QDateTime::currentMSecsSinceEpoch();
    out() << "queries as of " << QDateTime::fromMSecsSinceEpoch(at, Qt::UTC).toString(Qt::ISODate) << "\n";
    queries(*db, at, runs, scalar(**db, QStringLiteral("SELECT count(*) FROM calls")) > 0, !parser.isSet(noBaselinesOpt));
    return 0;
}
