// bench_ledger: how fast the ledger takes calls and how fast the usage charts read them.
//
// 1. Generates --rows ledger rows (default 1,000,000) over --days UTC days (90) ending today, in
//    time order as a running app records them:
//    8 providers x 5 models, 5 sources x 10 keys, ~5% errors (most retried on another model),
//    ~1% cancelled, a small routing trace on every row. Rows go through Ledger::record in chunks;
//    for each chunk the time spent inside record() and the time until flush() returns are taken,
//    with the process CPU time (all threads, so the writer thread is included).
// 2. Times every aggregate query (median of --runs) over all days, the last 7 days, one provider
//    and one source key.
// 0. Writer cost: --writer-rows realistic proxy rows (a ~3 KiB routing trace each) written through
//    the SQLite C API path and through Qt's QSqlQuery binding, each into a fresh database; reports the
//    CPU time of the writer thread alone (/proc/self/task/<tid>/stat) per row. --writer-only stops here.
// 3. Overload: 8 threads call record() as fast as they can on a fresh database with the default
//    queue bound (backpressure: they wait for the writer); reports record() cost per call, how long
//    the callers waited and how many rows were dropped (should be none).
#include "storage/database.h"
#include "usage/budgets.h"
#include "usage/ledger.h"
#include "usage/queries.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <ctime>
#include <functional>
#include <memory>
#include <random>
#include <unistd.h>
#include <vector>

using namespace sb;
using namespace sb::usage;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

// Process CPU time in seconds, all threads (std::clock is per process on POSIX).
double cpuSeconds()
{
    return double(std::clock()) / double(CLOCKS_PER_SEC);
}

struct ModelSpec {
    QString provider;
    QString model;
    double inputPerM = 0;
    double outputPerM = 0;
    int baseLatencyMs = 0;
    bool reasoning = false;
};

class Generator
{
public:
    // Requests arrive in time order, as they do in a running app, spread evenly over the days.
    Generator(qint64 firstDay, int days, qint64 expectedRows)
        : m_firstDay(firstDay)
        , m_days(days)
        , m_stepMs(std::max<qint64>(1, qint64(days) * kMsPerDay / std::max<qint64>(1, expectedRows * 100 / 104)))
    {
        const char *providers[] = {"openai", "anthropic", "gemini", "deepseek", "mistral", "groq", "xai", "ollama"};
        for (int p = 0; p < 8; ++p) {
            for (int m = 0; m < 5; ++m) {
                ModelSpec s;
                s.provider = QString::fromLatin1(providers[p]);
                s.model = s.provider + QStringLiteral("-model-%1").arg(m);
                s.inputPerM = 0.1 + 0.7 * (p + 1) * (m + 1) / 8.0;
                s.outputPerM = s.inputPerM * 4;
                s.baseLatencyMs = 150 + 60 * p + 120 * m;
                s.reasoning = m == 4;
                m_models.push_back(s);
            }
        }
        const Source sources[] = {Source::Playground, Source::Compare, Source::Proxy, Source::Knowledge, Source::Eval};
        const char *prefixes[] = {"conv", "cmp", "tool", "kb", "suite"};
        for (int s = 0; s < 5; ++s) {
            for (int k = 0; k < 10; ++k)
                m_keys.push_back({sources[s], QStringLiteral("%1-%2").arg(QLatin1String(prefixes[s])).arg(k)});
        }
    }

    // Appends the attempts of one dispatch (one, or two when the first failed and was retried).
    void request(std::vector<CallRecord> &into)
    {
        const qint64 lastMs = (m_firstDay + m_days) * kMsPerDay - 120'000;
        const qint64 start = std::min(lastMs, m_firstDay * kMsPerDay + m_requests * m_stepMs + qint64(m_rng() % quint64(m_stepMs)));
        const auto &[source, key] = m_keys[m_rng() % m_keys.size()];
        const QString requestId = QStringLiteral("req-%1").arg(++m_requests, 8, 36, QLatin1Char('0'));
        const double roll = uniform();
        const size_t first = m_rng() % m_models.size();
        CallRecord a = attempt(requestId, start, source, key, m_models[first], 1);
        if (roll < 0.05) {
            a.setError(protocol::ApiError::make(protocol::ApiError::Kind::RateLimited, QStringLiteral("busy"), 429));
            a.usage = {};
            a.costUsd = 0;
            a.ttftMs.reset();
            a.latencyMs = 50 + qint64(m_rng() % 400);
            into.push_back(a);
            if (roll < 0.04) // most failures are retried on another model
                into.push_back(attempt(requestId, start + a.latencyMs, source, key, m_models[(first + 7) % m_models.size()], 2));
            return;
        }
        if (roll < 0.06) {
            a.setError(protocol::ApiError::make(protocol::ApiError::Kind::Cancelled, QStringLiteral("user")));
            a.costUsd /= 3;
        }
        into.push_back(a);
    }

private:
    double uniform() { return double(m_rng() >> 11) * (1.0 / 9007199254740992.0); }

    CallRecord attempt(const QString &requestId, qint64 start, Source source, const QString &key, const ModelSpec &m, int n)
    {
        CallRecord c;
        c.requestId = requestId;
        c.startedAtMs = start;
        c.source = source;
        c.sourceKey = key;
        c.provider = m.provider;
        c.model = m.model;
        c.route = source == Source::Proxy ? QStringLiteral("default") : QString();
        c.attempt = n;
        c.usage.inputTokens = 100 + qint64(m_rng() % 4000);
        c.usage.outputTokens = 20 + qint64(m_rng() % 1200);
        c.usage.cacheReadTokens = uniform() < 0.3 ? c.usage.inputTokens / 2 : 0;
        c.usage.cacheWriteTokens = uniform() < 0.05 ? 1024 : 0;
        c.usage.reasoningTokens = m.reasoning ? c.usage.outputTokens / 3 : 0;
        c.costUsd = (double(c.usage.inputTokens) * m.inputPerM + double(c.usage.outputTokens) * m.outputPerM
                     + double(c.usage.cacheReadTokens) * m.inputPerM / 10 + double(c.usage.cacheWriteTokens) * m.inputPerM * 1.25)
            / 1e6;
        const double noise = -std::log(std::max(1e-9, uniform())); // exponential tail
        c.latencyMs = m.baseLatencyMs + c.usage.outputTokens * 8 + qint64(noise * 300);
        if (uniform() < 0.8)
            c.ttftMs = m.baseLatencyMs / 2 + qint64(noise * 80);
        c.trace.insert(QStringLiteral("route"), c.route);
        c.trace.insert(QStringLiteral("strategy"), QStringLiteral("cheapest"));
        c.trace.insert(QStringLiteral("candidates"), 3);
        c.trace.insert(QStringLiteral("picked"), QString(m.provider + QLatin1Char('/') + m.model));
        return c;
    }

    qint64 m_firstDay;
    int m_days;
    qint64 m_stepMs;
    std::mt19937_64 m_rng{42};
    qint64 m_requests = 0;
    std::vector<ModelSpec> m_models;
    std::vector<std::pair<Source, QString>> m_keys;
};

struct Timing {
    double medianMs = 0;
    double minMs = 0;
    double maxMs = 0;
    qint64 rows = 0;
};

// Runs fn `runs` times; fn returns the number of result rows, or -1 on failure.
Timing timeIt(int runs, const std::function<qint64()> &fn)
{
    std::vector<double> ms;
    Timing t;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        t.rows = fn();
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (t.rows < 0)
            break;
    }
    std::sort(ms.begin(), ms.end());
    t.medianMs = ms[ms.size() / 2];
    t.minMs = ms.front();
    t.maxMs = ms.back();
    return t;
}

template<typename T> qint64 rowsOf(const Expected<T> &r)
{
    if (!r) {
        out() << "  query failed: " << r.error().message << Qt::endl;
        return -1;
    }
    if constexpr (requires { r->size(); })
        return qint64(r->size());
    else if constexpr (requires { r->rows; })
        return qint64(r->rows.size());
    else
        return 1;
}

qint64 scalar(const Database &db, const QString &sql)
{
    QSqlQuery q(*db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

// CPU seconds (user + system) of this process's thread named `name`, or -1.
double threadCpuSeconds(const QString &name)
{
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(tid + QStringLiteral("/comm")));
        if (!comm.open(QIODevice::ReadOnly) || QString::fromUtf8(comm.readAll()).trimmed() != name)
            continue;
        QFile stat(tasks.filePath(tid + QStringLiteral("/stat")));
        if (!stat.open(QIODevice::ReadOnly))
            return -1;
        const QByteArray text = stat.readAll();
        // Fields after the parenthesised command: state is field 3, utime 14, stime 15.
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (fields.size() < 13)
            return -1;
        return double(fields[11].toLongLong() + fields[12].toLongLong()) / double(sysconf(_SC_CLK_TCK));
    }
    return -1;
}

// A proxy row's routing trace of about 3 KiB: the candidates with their scores and the reasons.
QJsonObject realisticTrace(const CallRecord &c, int salt)
{
    QJsonArray candidates;
    for (int i = 0; i < 13; ++i) {
        candidates.append(QJsonObject{
            {QStringLiteral("provider"), c.provider},
            {QStringLiteral("model"), QStringLiteral("%1-candidate-%2").arg(c.model).arg(i)},
            {QStringLiteral("score"), 0.1 * i + 0.001 * salt},
            {QStringLiteral("inputPerMTok"), 0.25 * (i + 1)},
            {QStringLiteral("outputPerMTok"), 1.25 * (i + 1)},
            {QStringLiteral("healthy"), i % 3 != 0},
            {QStringLiteral("reason"),
             QStringLiteral("rate limit headroom %1%, p95 latency %2 ms, context window fits").arg(90 - i).arg(400 + 37 * i)},
        });
    }
    return QJsonObject{{QStringLiteral("route"), QStringLiteral("default")},
                       {QStringLiteral("strategy"), QStringLiteral("cheapest-healthy")},
                       {QStringLiteral("requestHash"), QStringLiteral("%1").arg(quint64(salt) * 0x9E3779B97F4A7C15ull, 16, 16, QLatin1Char('0'))},
                       {QStringLiteral("candidates"), candidates},
                       {QStringLiteral("picked"), QString(c.provider + QLatin1Char('/') + c.model)}};
}

struct WriterCost {
    double cpuUsPerRow = -1;
    double wallUsPerRow = 0;
    double traceJsonUsPerRow = 0; // QJsonDocument::toJson of the traces alone, on this thread
    qint64 written = 0;
    qint64 traceBytes = 0;
};

WriterCost measureWriter(bool native, qint64 rows, qint64 today)
{
    WriterCost cost;
    QTemporaryDir dir;
    auto fresh = Database::open(dir.filePath(QStringLiteral("writer.sqlite")));
    if (!fresh)
        return cost;
    Generator gen(today, 1, rows);
    std::vector<CallRecord> work;
    while (qint64(work.size()) < rows)
        gen.request(work);
    work.resize(size_t(rows));
    for (size_t i = 0; i < work.size(); ++i) {
        work[i].source = Source::Proxy;
        work[i].trace = realisticTrace(work[i], int(i));
    }
    cost.traceBytes = QJsonDocument(work.front().trace).toJson(QJsonDocument::Compact).size();
    {
        QElapsedTimer json;
        json.start();
        qint64 bytes = 0;
        for (const CallRecord &c : work)
            bytes += QJsonDocument(c.trace).toJson(QJsonDocument::Compact).size();
        cost.traceJsonUsPerRow = double(json.nsecsElapsed()) / 1e3 / double(rows);
        if (bytes <= 0)
            return cost;
    }
    Ledger::Options options;
    options.nativeWriter = native;
    options.maxQueuedRows = int(rows) + 1; // recorded from the main thread: the bound must not drop
    Ledger ledger(*fresh, options);
    CallRecord warm = work.back();
    warm.requestId = QStringLiteral("warm-up");
    ledger.record(std::move(warm)); // starts the writer's connection and names its thread
    if (!ledger.flush())
        return cost;
    const double cpu0 = threadCpuSeconds(QStringLiteral("ledger-writer"));
    QElapsedTimer t;
    t.start();
    for (CallRecord &c : work)
        ledger.record(std::move(c));
    if (!ledger.flush())
        return cost;
    const double cpu1 = threadCpuSeconds(QStringLiteral("ledger-writer"));
    cost.wallUsPerRow = double(t.nsecsElapsed()) / 1e3 / double(rows);
    cost.written = ledger.status().written - 1;
    if (cpu0 >= 0 && cpu1 >= 0)
        cost.cpuUsPerRow = (cpu1 - cpu0) * 1e6 / double(rows);
    return cost;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Ledger and usage query benchmark"));
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Ledger rows to generate."), QStringLiteral("n"),
                                        QStringLiteral("1000000"));
    const QCommandLineOption daysOption(QStringLiteral("days"), QStringLiteral("Days they span."), QStringLiteral("n"), QStringLiteral("90"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per query (median)."), QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Reuse (or create) this database instead of a temporary one."),
                                      QStringLiteral("path"));
    const QCommandLineOption plansOption(QStringLiteral("plans"), QStringLiteral("Print the query plans."));
    const QCommandLineOption writerRowsOption(QStringLiteral("writer-rows"),
                                              QStringLiteral("Rows per writer path in the writer cost test (0 = skip)."), QStringLiteral("n"),
                                              QStringLiteral("50000"));
    const QCommandLineOption writerOnlyOption(QStringLiteral("writer-only"), QStringLiteral("Stop after the writer cost test."));
    parser.addOptions({rowsOption, daysOption, runsOption, dbOption, plansOption, writerRowsOption, writerOnlyOption});
    parser.process(app);
    const qint64 writerRows = parser.value(writerRowsOption).toLongLong();
    if (writerRows > 0) {
        const qint64 day = dayOfMs(QDateTime::currentMSecsSinceEpoch());
        out() << "writer cost, " << writerRows << " proxy rows with a routing trace, CPU of the writer thread per row:" << Qt::endl;
        for (const bool native : {false, true}) {
            const WriterCost c = measureWriter(native, writerRows, day);
            out() << "  " << (native ? "SQLite C API, statements kept" : "Qt QSqlQuery binding        ") << ": "
                  << QString::number(c.cpuUsPerRow, 'f', 1) << " us/row CPU, " << QString::number(c.wallUsPerRow, 'f', 1)
                  << " us/row wall (record + flush); " << c.written << " rows written, trace " << c.traceBytes
                  << " bytes (its JSON text alone: " << QString::number(c.traceJsonUsPerRow, 'f', 1) << " us)" << Qt::endl;
        }
    }
    if (parser.isSet(writerOnlyOption))
        return 0;
    const qint64 targetRows = parser.value(rowsOption).toLongLong();
    const int days = std::max(1, parser.value(daysOption).toInt());
    const int runs = std::max(1, parser.value(runsOption).toInt());

    QTemporaryDir tmp;
    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : tmp.filePath(QStringLiteral("bench.sqlite"));
    auto opened = Database::open(path);
    if (!opened) {
        out() << "cannot open " << path << ": " << opened.error().message << Qt::endl;
        return 1;
    }
    std::shared_ptr<Database> db = *opened;
    const qint64 today = dayOfMs(QDateTime::currentMSecsSinceEpoch());
    const qint64 firstDay = today - days + 1;

    // ---- 1. generate through Ledger::record -------------------------------------------------
    const qint64 existing = scalar(*db, QStringLiteral("SELECT count(*) FROM calls"));
    out() << "database " << path << ", " << existing << " rows present" << Qt::endl;
    if (existing < targetRows) {
        Generator gen(firstDay, days, targetRows - existing);
        Ledger::Options options;
        constexpr int kChunk = 50'000;
        options.maxQueuedRows = kChunk + 2; // a chunk (plus one retried request) never hits the bound
        Ledger ledger(db, options);
        double recordWallS = 0, totalWallS = 0, cpuS = 0;
        qint64 written = existing;
        std::vector<CallRecord> chunk;
        chunk.reserve(kChunk + 2);
        QElapsedTimer all;
        all.start();
        while (written < targetRows) {
            chunk.clear();
            while (qint64(chunk.size()) < std::min<qint64>(kChunk, targetRows - written))
                gen.request(chunk);
            const double cpu0 = cpuSeconds();
            QElapsedTimer t;
            t.start();
            for (CallRecord &c : chunk)
                ledger.record(std::move(c));
            recordWallS += double(t.nsecsElapsed()) / 1e9;
            auto flushed = ledger.flush();
            if (!flushed) {
                out() << "flush failed: " << flushed.error().message << Qt::endl;
                return 1;
            }
            totalWallS += double(t.nsecsElapsed()) / 1e9;
            cpuS += cpuSeconds() - cpu0;
            written += qint64(chunk.size());
        }
        const qint64 n = written - existing;
        out() << "generated " << n << " rows in " << QString::number(double(all.elapsed()) / 1000.0, 'f', 1) << " s (including the generator)"
              << Qt::endl;
        out() << "  record(): " << QString::number(double(n) / recordWallS, 'f', 0) << " rows/s on the caller ("
              << QString::number(recordWallS * 1e9 / double(n), 'f', 0) << " ns per call, writer running beside it)" << Qt::endl;
        out() << "  sustained (record + flush): " << QString::number(double(n) / totalWallS, 'f', 0) << " rows/s; CPU "
              << QString::number(cpuS * 1e6 / double(n), 'f', 1) << " us per row (all threads)" << Qt::endl;
        out() << "  ledger status: written " << ledger.status().written << ", dropped " << ledger.status().dropped << Qt::endl;
    }
    out() << "file " << QString::number(double(QFileInfo(path).size()) / 1048576.0, 'f', 0) << " MiB; calls "
          << scalar(*db, QStringLiteral("SELECT count(*) FROM calls")) << ", requests "
          << scalar(*db, QStringLiteral("SELECT count(*) FROM call_requests")) << "; rollup rows: by model "
          << scalar(*db, QStringLiteral("SELECT count(*) FROM calls_daily_model")) << ", by key "
          << scalar(*db, QStringLiteral("SELECT count(*) FROM calls_daily_key")) << ", full "
          << scalar(*db, QStringLiteral("SELECT count(*) FROM calls_daily")) << Qt::endl;

    // ---- 2. queries ---------------------------------------------------------------------------
    UsageQueries queries(db);
    Filter allDays{firstDay, today + 1, {}, {}, {}, {}};
    Filter week{today - 6, today + 1, {}, {}, {}, {}};
    Filter provider = allDays;
    provider.provider = QStringLiteral("anthropic");
    Filter key = allDays;
    key.sourceKey = QStringLiteral("tool-3");
    const std::pair<const char *, Filter> filters[] = {{"90 days", allDays}, {"7 days", week}, {"90 d, provider", provider}, {"90 d, key", key}};

    struct Named {
        const char *name;
        std::function<qint64(const Filter &)> fn;
        UsageQueries::Query plan;
    };
    const std::vector<Named> named = {
        {"spend/day by provider", [&](const Filter &f) { return rowsOf(queries.spendPerDay(f, Dimension::Provider)); },
         UsageQueries::Query::SpendPerDay},
        {"spend/day by model", [&](const Filter &f) { return rowsOf(queries.spendPerDay(f, Dimension::Model)); }, UsageQueries::Query::SpendPerDay},
        {"spend/day by source", [&](const Filter &f) { return rowsOf(queries.spendPerDay(f, Dimension::Source)); }, UsageQueries::Query::SpendPerDay},
        {"spend/day by key", [&](const Filter &f) { return rowsOf(queries.spendPerDay(f, Dimension::SourceKey)); }, UsageQueries::Query::SpendPerDay},
        {"tokens/day by kind", [&](const Filter &f) { return rowsOf(queries.tokensPerDay(f)); }, UsageQueries::Query::TokensPerDay},
        {"latency+TTFT p50/p95", [&](const Filter &f) { return rowsOf(queries.latencyPerModel(f)); }, UsageQueries::Query::LatencyPercentile},
        {"error rate/provider", [&](const Filter &f) { return rowsOf(queries.errorRates(f)); }, UsageQueries::Query::ErrorRates},
        {"top 10 keys", [&](const Filter &f) { return rowsOf(queries.topSourceKeys(f, 10)); }, UsageQueries::Query::TopSourceKeys},
        {"totals", [&](const Filter &f) { return rowsOf(queries.totals(f)); }, UsageQueries::Query::Totals},
        {"top 10 requests", [&](const Filter &f) { return rowsOf(queries.topRequests(f, 10)); }, UsageQueries::Query::TopRequests},
        {"calls, first page (100)", [&](const Filter &f) { return rowsOf(queries.calls(f, 100)); }, UsageQueries::Query::Calls},
        {"calls, page at mid-range",
         [&](const Filter &f) {
             const qint64 mid = (f.fromDay + f.toDay) / 2 * kMsPerDay;
             return rowsOf(queries.calls(f, 100, CallCursor{mid, std::numeric_limits<qint64>::max()}));
         },
         UsageQueries::Query::Calls},
    };

    out() << Qt::endl << "median of " << runs << " runs, ms (min-max); rows returned" << Qt::endl;
    out() << "| query |";
    for (const auto &f : filters)
        out() << ' ' << f.first << " |";
    out() << Qt::endl << "|---|";
    for (size_t i = 0; i < std::size(filters); ++i)
        out() << "---|";
    out() << Qt::endl;
    double worstChart = 0;
    for (const Named &q : named) {
        out() << "| " << q.name << " |";
        for (const auto &f : filters) {
            const Timing t = timeIt(runs, [&] { return q.fn(f.second); });
            out() << ' ' << QString::number(t.medianMs, 'f', 1) << " (" << QString::number(t.minMs, 'f', 1) << '-' << QString::number(t.maxMs, 'f', 1)
                  << "); " << t.rows << " |";
            if (QLatin1String(q.name) != QLatin1String("top 10 requests"))
                worstChart = std::max(worstChart, t.medianMs);
        }
        out() << Qt::endl;
        out().flush();
    }
    out() << "slowest chart/table query (all but top requests): " << QString::number(worstChart, 'f', 1) << " ms" << Qt::endl;

    {
        QFile null(QStringLiteral("/dev/null"));
        if (null.open(QIODevice::WriteOnly)) {
            Filter oneDay{today - 1, today, {}, {}, {}, {}};
            const Timing t = timeIt(runs, [&] {
                auto n = queries.exportCsv(oneDay, &null, true);
                return n ? *n : -1;
            });
            out() << "CSV export of one day with traces: " << t.rows << " rows in " << QString::number(t.medianMs, 'f', 1) << " ms ("
                  << QString::number(double(t.rows) / t.medianMs * 1000.0, 'f', 0) << " rows/s)" << Qt::endl;
        }
        BudgetTracker tracker(QList<Budget>{});
        const Timing seed = timeIt(runs, [&] { return tracker.seed(queries) ? 1 : -1; });
        out() << "BudgetTracker::seed (one query): " << QString::number(seed.medianMs, 'f', 1) << " ms" << Qt::endl;
        const Timing check = timeIt(runs, [&] {
            for (int i = 0; i < 100'000; ++i)
                (void)tracker.check(QStringLiteral("openai"), QStringLiteral("tool-1"));
            return 100'000;
        });
        out() << "BudgetTracker::check: " << QString::number(check.medianMs * 1e6 / 100'000.0, 'f', 0) << " ns per call" << Qt::endl;
    }

    if (parser.isSet(plansOption)) {
        out() << Qt::endl << "query plans (90 days):" << Qt::endl;
        for (const Named &q : named) {
            auto plan = queries.explain(q.plan, allDays);
            out() << q.name << ":\n  " << (plan ? QString(*plan).replace(QLatin1Char('\n'), QStringLiteral("\n  ")) : plan.error().message)
                  << Qt::endl;
        }
    }

    // ---- 3. overload: 8 threads recording at full speed ----------------------------------------
    {
        QTemporaryDir overloadDir;
        auto fresh = Database::open(overloadDir.filePath(QStringLiteral("overload.sqlite")));
        if (!fresh) {
            out() << "cannot open the overload database: " << fresh.error().message << Qt::endl;
            return 1;
        }
        constexpr int kThreads = 8;
        constexpr int kPerThread = 50'000;
        Generator gen(today, 1, qint64(kThreads) * kPerThread);
        std::vector<std::vector<CallRecord>> work(kThreads);
        for (auto &w : work) {
            while (w.size() < kPerThread)
                gen.request(w);
            w.resize(kPerThread);
        }
        Ledger ledger(*fresh); // default options: queue bound, backpressure
        std::atomic<qint64> accepted{0};
        std::vector<std::unique_ptr<QThread>> threads;
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < kThreads; ++i) {
            threads.emplace_back(QThread::create([&ledger, &accepted, &w = work[size_t(i)]] {
                qint64 n = 0;
                for (CallRecord &c : w)
                    n += ledger.record(std::move(c)) ? 1 : 0;
                accepted += n;
            }));
            threads.back()->start();
        }
        for (auto &th : threads)
            th->wait();
        const double burstS = double(t.nsecsElapsed()) / 1e9;
        const Ledger::Status atBurstEnd = ledger.status();
        if (!ledger.flush())
            out() << "overload flush failed" << Qt::endl;
        const double drainS = double(t.nsecsElapsed()) / 1e9;
        const qint64 total = qint64(kThreads) * kPerThread;
        out() << Qt::endl
              << "overload: " << kThreads << " threads x " << kPerThread << " record() calls in " << QString::number(burstS * 1000, 'f', 0) << " ms ("
              << QString::number(double(total) / burstS, 'f', 0) << " calls/s, " << QString::number(burstS * 1e9 * kThreads / double(total), 'f', 0)
              << " ns per call per thread on 2 cores)" << Qt::endl;
        out() << "  accepted " << accepted.load() << ", dropped " << ledger.status().dropped << ", record() calls that waited for the writer "
              << ledger.status().throttled << " (queue bound " << Ledger::Options{}.maxQueuedRows << "); written by the end of the burst "
              << atBurstEnd.written << "; all accepted rows on disk after " << QString::number(drainS * 1000, 'f', 0) << " ms" << Qt::endl;
    }
    return 0;
}
