// bench_usagepage: how fast the Usage page opens over a large ledger.
//
// 1. Fills a fresh data directory with --rows ledger rows (default 1,000,000) over --days UTC days
//    (90) ending today, through the engine's Ledger, in time order: 6 providers x 4 models,
//    4 sources x 8 keys, ~5% errors, ~1% cancelled, a small routing trace on every row.
// 2. Times each query the page runs (median of --runs) for the "last 30 days" and "last 90 days"
//    presets and with a provider filter, and the whole snapshot the page's worker thread reads.
// 3. Opens the page (offscreen) --runs times: from construction to the `refreshed` signal (every chart
//    and table filled), and the longest stall of the GUI thread meanwhile (a 5 ms timer's largest gap).
#include "../common/quietprompts.h"
#include "appcontext.h"
#include "engine/engine.h"
#include "pages/usage/usagedata.h"
#include "pages/usagepage.h"
#include "usage/ledger.h"
#include "usage/queries.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <random>
#include <vector>

using namespace sb;
using namespace sb::usage;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

void fill(Ledger &ledger, qint64 rows, int days)
{
    std::mt19937_64 rng(42);
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const qint64 firstMs = dayOfDate(today.addDays(-(days - 1))) * kMsPerDay;
    const qint64 stepMs = std::max<qint64>(1, qint64(days) * kMsPerDay / rows);
    const QStringList providers{QStringLiteral("openai"),   QStringLiteral("anthropic"), QStringLiteral("gemini"),
                                QStringLiteral("deepseek"), QStringLiteral("mistral"),   QStringLiteral("ollama")};
    const Source sources[] = {Source::Playground, Source::Proxy, Source::Compare, Source::Knowledge};
    QElapsedTimer timer;
    timer.start();
    for (qint64 i = 0; i < rows; ++i) {
        const quint64 r = rng();
        const int p = int(r % 6);
        const int m = int((r >> 8) % 4);
        const int s = int((r >> 16) % 4);
        const int k = int((r >> 24) % 8);
        const int roll = int((r >> 32) % 100);
        CallRecord c;
        c.requestId = QStringLiteral("r%1").arg(i, 0, 36);
        c.startedAtMs = firstMs + i * stepMs;
        c.source = sources[s];
        c.sourceKey = QStringLiteral("key-%1-%2").arg(s).arg(k);
        c.provider = providers.at(p);
        c.model = c.provider + QStringLiteral("-m%1").arg(m);
        c.usage.inputTokens = 200 + qint64((r >> 40) % 2000);
        c.usage.outputTokens = 50 + qint64((r >> 48) % 800);
        c.usage.reasoningTokens = m == 3 ? c.usage.outputTokens / 2 : 0;
        c.usage.cacheReadTokens = (r >> 56) % 2 ? 500 : 0;
        c.costUsd = (0.2 + p * 0.3 + m * 0.5) * double(c.usage.inputTokens + 4 * c.usage.outputTokens) / 1e6;
        c.latencyMs = 150 + 50 * p + 80 * m + qint64((r >> 20) % 300);
        c.ttftMs = c.latencyMs / 4;
        c.trace = QJsonObject{{QStringLiteral("requested"), c.model}};
        if (roll < 5) {
            c.setError(protocol::ApiError::make(protocol::ApiError::Kind::RateLimited, QStringLiteral("busy"), 429));
            c.costUsd = 0;
            c.usage = {};
            c.ttftMs.reset();
        } else if (roll < 6) {
            c.setError(protocol::ApiError::make(protocol::ApiError::Kind::Cancelled, QStringLiteral("user")));
        }
        while (!ledger.record(c)) // the queue bound: let the writer catch up
            (void)ledger.flush();
    }
    (void)ledger.flush();
    out() << "generated " << rows << " rows over " << days << " days in " << timer.elapsed() / 1000.0 << " s\n";
    out().flush();
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

double timeMs(int runs, const std::function<void()> &f)
{
    std::vector<double> t;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        f();
        t.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return median(t);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption rowsOpt(QStringLiteral("rows"), QStringLiteral("ledger rows"), QStringLiteral("n"), QStringLiteral("1000000"));
    QCommandLineOption daysOpt(QStringLiteral("days"), QStringLiteral("days of data"), QStringLiteral("n"), QStringLiteral("90"));
    QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("repetitions"), QStringLiteral("n"), QStringLiteral("5"));
    QCommandLineOption dirOpt(QStringLiteral("data"), QStringLiteral("existing data directory to reuse (filled when empty)"), QStringLiteral("dir"));
    parser.addOptions({rowsOpt, daysOpt, runsOpt, dirOpt});
    parser.process(app);
    const qint64 rows = parser.value(rowsOpt).toLongLong();
    const int days = parser.value(daysOpt).toInt();
    const int runs = std::max(1, parser.value(runsOpt).toInt());

    QTemporaryDir temp;
    const QString dataDir = parser.isSet(dirOpt) ? parser.value(dirOpt) : temp.filePath(QStringLiteral("data"));
    ui::AppContext context(dataDir, std::make_shared<MemorySecretStore>());
    if (!context.openDatabase() || !context.loadWorkspace() || !context.startEngine()) {
        out() << "cannot open " << dataDir << "\n";
        return 1;
    }
    auto engine = context.engine();
    const UsageQueries queries(engine->database());
    const QDate today = QDateTime::currentDateTimeUtc().date();
    auto existing = queries.totals(Filter::days(today.addDays(-(days - 1)), today.addDays(1)));
    if (!existing || existing->attempts == 0)
        fill(engine->ledger(), rows, days);
    else
        out() << "reusing " << existing->attempts << " rows in " << dataDir << "\n";

    struct Case {
        QString name;
        Filter filter;
    };
    QList<Case> cases{{QStringLiteral("30 days"), Filter::days(today.addDays(-29), today.addDays(1))},
                      {QStringLiteral("90 days"), Filter::days(today.addDays(-89), today.addDays(1))}};
    Case oneProvider{QStringLiteral("30 days, provider"), cases.at(0).filter};
    oneProvider.filter.provider = QStringLiteral("anthropic");
    cases << oneProvider;

    out() << "\nquery (median of " << runs << " runs, ms)";
    for (const Case &c : std::as_const(cases))
        out() << " | " << c.name;
    out() << "\n";
    const QList<std::pair<QString, std::function<void(const Filter &)>>> steps{
        {QStringLiteral("totals"), [&](const Filter &f) { (void)queries.totals(f); }},
        {QStringLiteral("spendPerDay(provider)"), [&](const Filter &f) { (void)queries.spendPerDay(f, Dimension::Provider); }},
        {QStringLiteral("spendPerDay(model)"), [&](const Filter &f) { (void)queries.spendPerDay(f, Dimension::Model); }},
        {QStringLiteral("spendPerDay(source_key)"), [&](const Filter &f) { (void)queries.spendPerDay(f, Dimension::SourceKey); }},
        {QStringLiteral("tokensPerDay"), [&](const Filter &f) { (void)queries.tokensPerDay(f); }},
        {QStringLiteral("latencyPerModel"), [&](const Filter &f) { (void)queries.latencyPerModel(f); }},
        {QStringLiteral("errorRates"), [&](const Filter &f) { (void)queries.errorRates(f); }},
        {QStringLiteral("topSourceKeys(10)"), [&](const Filter &f) { (void)queries.topSourceKeys(f, 10); }},
        {QStringLiteral("topRequests(10)"), [&](const Filter &f) { (void)queries.topRequests(f, 10); }},
        {QStringLiteral("calls(200)"), [&](const Filter &f) { (void)queries.calls(f, 200); }},
        {QStringLiteral("whole page snapshot"),
         [&](const Filter &f) { (void)ui::usagepage::loadSnapshot(engine->database(), f, Dimension::Provider); }},
    };
    for (const auto &[name, step] : steps) {
        out() << name;
        for (const Case &c : std::as_const(cases))
            out() << " | " << QString::number(timeMs(runs, [&] { step(c.filter); }), 'f', 1);
        out() << "\n";
        out().flush();
    }

    // Opening the page: construction to every chart filled, and the GUI thread's longest stall.
    QuietPrompts prompts;
    std::vector<double> open;
    std::vector<double> stall;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        qint64 lastTick = 0;
        qint64 longest = 0;
        QTimer ticker;
        ticker.setInterval(5);
        QObject::connect(&ticker, &QTimer::timeout, &ticker, [&] {
            const qint64 now = timer.nsecsElapsed();
            longest = std::max(longest, now - lastTick);
            lastTick = now;
        });
        ticker.start();
        ui::UsagePage page(context, prompts);
        page.resize(1280, 820);
        QEventLoop loop;
        QObject::connect(&page, &ui::UsagePage::refreshed, &loop, &QEventLoop::quit);
        page.show();
        loop.exec();
        open.push_back(double(timer.nsecsElapsed()) / 1e6);
        const qint64 now = timer.nsecsElapsed();
        longest = std::max(longest, now - lastTick);
        stall.push_back(double(longest) / 1e6);
    }
    out() << "\npage open, last 30 days, to every chart filled (median of " << runs << "): " << QString::number(median(open), 'f', 1) << " ms (min "
          << QString::number(*std::min_element(open.begin(), open.end()), 'f', 1) << ", max "
          << QString::number(*std::max_element(open.begin(), open.end()), 'f', 1) << ")\n";
    out() << "longest GUI-thread stall while opening (median): " << QString::number(median(stall), 'f', 1) << " ms\n";
    return 0;
}
