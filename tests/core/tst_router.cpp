#include "common/ids.h"
#include "fakeupstream.h"
#include "pdfpart.h"
#include "providers/registry.h"
#include "router/router.h"
#include "storage/database.h"
#include "usage/budgets.h"
#include "usage/ledger.h"
#include "usage/queries.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

using namespace sb;
using namespace sb::router;
using protocol::ApiError;
using protocol::StreamEvent;
namespace fk = sb::fakes;

Q_DECLARE_METATYPE(sb::fakes::FaultKind)

#define COMPARE_NAMED(a, b) QCOMPARE(protocol::toString(a), protocol::toString(b))

namespace {

protocol::ChatRequest ask(const QString &model, const QString &prompt = QStringLiteral("Say hello"), bool stream = true)
{
    protocol::ChatRequest r;
    r.model = model;
    r.messages << protocol::Message::make(protocol::Role::User, prompt);
    r.stream = stream;
    r.maxTokens = 200;
    return r;
}

QStringList order(const Plan &p)
{
    QStringList out;
    for (const Target &t : p.usable())
        out << t.qualified();
    return out;
}

QString skipReason(const Plan &p, const QString &target)
{
    for (const Candidate &c : p.candidates) {
        if (c.target.qualified() == target)
            return c.skipped;
    }
    return QStringLiteral("(not a candidate)");
}

// Three fake upstreams behind providers a (OpenAI), b (Anthropic), c (OpenAI), a ledger on a real
// SQLite file, a budget tracker and a health tracker with a clock the test moves.
struct Rig {
    QTemporaryDir dir;
    fk::FakeUpstream fa{fk::Dialects(fk::Dialect::OpenAiChat)};
    fk::FakeUpstream fb{fk::Dialects(fk::Dialect::Anthropic)};
    fk::FakeUpstream fc{fk::Dialects(fk::Dialect::OpenAiChat)};
    MemorySecretStore secrets;
    QNetworkAccessManager nam;
    Workspace ws;
    std::unique_ptr<providers::ProviderRegistry> registry;
    std::shared_ptr<Database> db;
    std::unique_ptr<usage::Ledger> ledger;
    std::unique_ptr<usage::BudgetTracker> budgets;
    qint64 clockMs = 1'000'000;
    std::unique_ptr<HealthTracker> health;
    std::unique_ptr<Router> router;
    quint32 nextRandom = 0;
    QJsonObject lastTrace; // of the last run()
    QList<int> waits; // the backoffs the router asked for, in order (not waited on the wall clock)
    usage::Ledger::Options ledgerOptions;

    bool start(HealthOptions healthOptions = {}, providers::Timeouts timeouts = {})
    {
        if (!fa.listen() || !fb.listen() || !fc.listen())
            return false;
        for (auto *f : {&fa, &fb, &fc})
            f->setApiKey(QStringLiteral("sk-good"));
        (void)secrets.write(QStringLiteral("k"), QStringLiteral("sk-good"));
        auto provider = [](const char *id, const char *kind, const QUrl &url) {
            ProviderConfig p;
            p.id = QLatin1String(id);
            p.kind = QLatin1String(kind);
            p.baseUrl = url.toString();
            p.apiKey = QStringLiteral("keychain:k");
            return p;
        };
        ws = WorkspaceFile::defaults();
        ws.providers = {provider("a", "openai", fa.baseUrl()), provider("b", "anthropic", fb.baseUrl()), provider("c", "openai", fc.baseUrl())};
        registry = std::make_unique<providers::ProviderRegistry>(ws, SecretResolver(secrets), nam, timeouts);
        auto opened = Database::open(dir.filePath(QStringLiteral("db.sqlite")));
        if (!opened)
            return false;
        db = *opened;
        ledger = std::make_unique<usage::Ledger>(db, ledgerOptions);
        budgets = std::make_unique<usage::BudgetTracker>(QList<usage::Budget>{}, [] { return QDateTime::currentMSecsSinceEpoch(); });
        ledger->setBudgetTracker(budgets.get());
        health = std::make_unique<HealthTracker>(healthOptions, [this] { return clockMs; });
        Router::Seams seams;
        seams.random = [this] { return nextRandom; };
        seams.schedule = [this](int delayMs, QObject *context, std::function<void()> then) {
            waits << delayMs;
            QTimer::singleShot(0, context, std::move(then));
        };
        router = std::make_unique<Router>(*registry, *health, catalog::Catalog::builtIn(), ledger.get(), budgets.get(), seams);
        return true;
    }

    bool configure(const char *routes, const char *virtualModels = "[]")
    {
        auto cfg = RoutingConfig::fromJson(QJsonDocument::fromJson(routes).array(), QJsonDocument::fromJson(virtualModels).array(),
                                           {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
        if (!cfg) {
            qWarning() << cfg.error().message;
            return false;
        }
        router->setConfig(*cfg);
        return true;
    }

    DispatchResult run(const protocol::ChatRequest &req, const DispatchContext &ctx = {}, QList<StreamEvent> *events = nullptr)
    {
        Dispatch *d = router->dispatch(req, ctx);
        if (events)
            QObject::connect(d, &Dispatch::event, d, [events](const StreamEvent &e) { events->append(e); });
        return wait(d);
    }

    DispatchResult embed(const QString &model, const QStringList &inputs, const DispatchContext &ctx = {})
    {
        return wait(router->embed(model, inputs, ctx));
    }

    // Until the dispatch finishes: its result, its trace in lastTrace; then it goes.
    DispatchResult wait(Dispatch *d)
    {
        QSignalSpy spy(d, &Dispatch::finished);
        if (!spy.wait(30000))
            return {};
        DispatchResult r = d->result();
        lastTrace = d->trace();
        delete d;
        return r;
    }

    // rows in the ledger: (provider, status, error kind) in attempt order
    QStringList ledgerRows()
    {
        if (!ledger->flush())
            return {QStringLiteral("flush failed")};
        QSqlQuery q(*db->connection());
        q.exec(QStringLiteral("SELECT provider, status, error_kind FROM calls ORDER BY id"));
        QStringList rows;
        while (q.next())
            rows << QStringLiteral("%1 %2%3").arg(q.value(0).toString(), q.value(1).toString(),
                                                  q.value(2).toString().isEmpty() ? QString() : QLatin1Char(' ') + q.value(2).toString());
        return rows;
    }
};

const char *kThree = R"([{"name": "r", "strategy": "%1", "retries": 0, "backoffMs": 0,
    "targets": [{"model": "a/gpt-4o", "priority": 0, "weight": 1}, {"model": "b/claude-3-5-haiku", "priority": 1, "weight": 3},
                {"model": "c/gpt-4o-mini", "priority": 2, "weight": 0}]}])";

} // namespace

class TestRouter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Request ids are UUIDv7: valid UUIDs of version 7 and variant 10, in strictly increasing text order
    // as they are made (also many in one millisecond), unique across threads.
    void requestIdsAreTimeOrderedUuids()
    {
        QStringList ids;
        for (int i = 0; i < 5000; ++i)
            ids.append(ids::timeOrderedUuid());
        for (qsizetype i = 0; i < ids.size(); ++i) {
            const QUuid u(ids[i]);
            QVERIFY2(!u.isNull() && ids[i].size() == 36, qPrintable(ids[i]));
            QCOMPARE(ids[i].at(14), QLatin1Char('7'));
            QVERIFY2(QStringLiteral("89ab").contains(ids[i].at(19)), qPrintable(ids[i]));
            if (i > 0)
                QVERIFY2(ids[i - 1] < ids[i], qPrintable(ids[i - 1] + QLatin1String(" !< ") + ids[i]));
        }
        const qint64 ms = ids.last().left(8).append(ids.last().mid(9, 4)).toLongLong(nullptr, 16);
        QVERIFY(qAbs(ms - QDateTime::currentMSecsSinceEpoch()) < 60'000);
        QStringList other;
        std::unique_ptr<QThread> t(QThread::create([&other] {
            for (int i = 0; i < 5000; ++i)
                other.append(ids::timeOrderedUuid());
        }));
        t->start();
        for (int i = 0; i < 5000; ++i)
            ids.append(ids::timeOrderedUuid());
        QVERIFY(t->wait(10000));
        ids += other;
        ids.removeDuplicates();
        QCOMPARE(ids.size(), 15000);
    }

    void strategies_data()
    {
        QTest::addColumn<QString>("strategy");
        QTest::addColumn<quint32>("random");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("fallback: priority") << QStringLiteral(
            "fallback") << 0u << QStringList{QStringLiteral("a/gpt-4o"), QStringLiteral("b/claude-3-5-haiku"), QStringLiteral("c/gpt-4o-mini")};
        // estimated cost for ~3 input tokens and 200 output: mini 0.6, haiku 4, gpt-4o 10 $/M output
        QTest::newRow("cost") << QStringLiteral("cost") << 0u
                              << QStringList{QStringLiteral("c/gpt-4o-mini"), QStringLiteral("b/claude-3-5-haiku"), QStringLiteral("a/gpt-4o")};
        // ttft: a 300, b 100, c unmeasured (first, to get measured)
        QTest::newRow("latency") << QStringLiteral("latency") << 0u
                                 << QStringList{QStringLiteral("c/gpt-4o-mini"), QStringLiteral("b/claude-3-5-haiku"), QStringLiteral("a/gpt-4o")};
        // in flight: a 2, b 0, c 1
        QTest::newRow("least busy") << QStringLiteral("least_busy") << 0u
                                    << QStringList{QStringLiteral("b/claude-3-5-haiku"), QStringLiteral("c/gpt-4o-mini"), QStringLiteral("a/gpt-4o")};
        // weights 1, 3, 0: random % 4 == 0 picks a, 1..3 pick b; the rest stay in priority order
        QTest::newRow("weighted 0") << QStringLiteral("weighted") << 0u
                                    << QStringList{QStringLiteral("a/gpt-4o"), QStringLiteral("b/claude-3-5-haiku"), QStringLiteral("c/gpt-4o-mini")};
        QTest::newRow("weighted 3") << QStringLiteral("weighted") << 3u
                                    << QStringList{QStringLiteral("b/claude-3-5-haiku"), QStringLiteral("a/gpt-4o"), QStringLiteral("c/gpt-4o-mini")};
        QTest::newRow("weighted 6") << QStringLiteral("weighted") << 6u
                                    << QStringList{QStringLiteral("b/claude-3-5-haiku"), QStringLiteral("a/gpt-4o"), QStringLiteral("c/gpt-4o-mini")};
    }
    void strategies()
    {
        QFETCH(QString, strategy);
        QFETCH(quint32, random);
        QFETCH(QStringList, expected);
        Rig rig;
        QVERIFY(rig.start());
        QVERIFY(rig.configure(QString::fromLatin1(kThree).arg(strategy).toUtf8().constData()));
        rig.nextRandom = random;
        rig.health->started(QStringLiteral("a/gpt-4o"));
        rig.health->succeeded(QStringLiteral("a/gpt-4o"), 900, 300);
        rig.health->started(QStringLiteral("b/claude-3-5-haiku"));
        rig.health->succeeded(QStringLiteral("b/claude-3-5-haiku"), 900, 100);
        rig.health->started(QStringLiteral("a/gpt-4o"));
        rig.health->started(QStringLiteral("a/gpt-4o"));
        rig.health->started(QStringLiteral("c/gpt-4o-mini"));
        const Plan p = rig.router->plan(ask(QStringLiteral("r")));
        QVERIFY(!p.error);
        QCOMPARE(order(p), expected);
        // and the call goes to the first of them
        rig.health->reset();
        if (strategy == QLatin1String("fallback") || strategy.startsWith(QLatin1String("weighted"))) {
            const DispatchResult r = rig.run(ask(QStringLiteral("r")));
            QVERIFY2(r.ok(), r.outcome.error ? qPrintable(r.outcome.error->message) : "");
            QCOMPARE(r.provider + QLatin1Char('/') + r.model.section(QLatin1Char('-'), 0, 0), expected.first().section(QLatin1Char('-'), 0, 0));
        }
    }

    void rulesChooseRoutes_data()
    {
        QTest::addColumn<QString>("prompt");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<bool>("image");
        QTest::addColumn<QString>("route");
        QTest::addColumn<QString>("task");
        QTest::newRow("code guessed") << QStringLiteral("Fix this Python function: def f(x): return x +") << QString() << false
                                      << QStringLiteral("smart") << QStringLiteral("code");
        QTest::newRow("summary guessed") << QStringLiteral("Summarize the following text in three bullet points") << QString() << false
                                         << QStringLiteral("cheap") << QStringLiteral("summarize");
        QTest::newRow("reasoning guessed") << QStringLiteral("Prove that the square root of 2 is irrational, step by step") << QString() << false
                                           << QStringLiteral("smart") << QStringLiteral("reasoning");
        QTest::newRow("vision by content") << QStringLiteral("What is in this picture?") << QString() << true << QStringLiteral("eyes")
                                           << QStringLiteral("vision");
        QTest::newRow("tag wins") << QStringLiteral("Fix this Python function") << QStringLiteral("summarize") << false << QStringLiteral("cheap")
                                  << QStringLiteral("summarize");
        QTest::newRow("default") << QStringLiteral("Hello there") << QString() << false << QStringLiteral("cheap") << QStringLiteral("general");
    }
    void rulesChooseRoutes()
    {
        QFETCH(QString, prompt);
        QFETCH(QString, tag);
        QFETCH(bool, image);
        QFETCH(QString, route);
        QFETCH(QString, task);
        Rig rig;
        QVERIFY(rig.start());
        QVERIFY(rig.configure(R"([{"name": "smart", "targets": ["b/claude-sonnet-4"]}, {"name": "cheap", "targets": ["c/gpt-4o-mini"]},
                                  {"name": "eyes", "targets": ["a/gpt-4o"]}])",
                              R"([{"name": "auto", "route": "cheap", "rules": [
                                   {"needs": ["vision"], "route": "eyes"}, {"task": "code", "route": "smart"},
                                   {"task": "reasoning", "route": "smart"}, {"task": "summarize", "route": "cheap"}]}])"));
        protocol::ChatRequest req = ask(QStringLiteral("auto"), prompt);
        if (image)
            req.messages.first().content << protocol::ContentPart::makeImageData(QByteArray("iVBORw0KGgo="), QStringLiteral("image/png"));
        DispatchContext ctx;
        if (!tag.isEmpty())
            ctx.task = taskFromName(tag);
        const Plan p = rig.router->plan(req, ctx);
        QCOMPARE(p.route, route);
        QCOMPARE(taskName(p.task), task);
        QCOMPARE(p.taskGuessed, tag.isEmpty());
        QCOMPARE(p.virtualModel, QStringLiteral("auto"));
    }

    void constraintsSkipTargets_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("skipped");
        QTest::addColumn<QString>("reason");
        QTest::newRow("tools") << QStringLiteral("tools") << QStringLiteral("a/small") << QStringLiteral("lacks tools");
        QTest::newRow("vision") << QStringLiteral("vision") << QStringLiteral("a/small") << QStringLiteral("lacks vision");
        QTest::newRow("pdf") << QStringLiteral("pdf") << QStringLiteral("a/small")
                             << QStringLiteral("lacks pdf (send the PDF's extracted text instead)");
        QTest::newRow("pdf pages") << QStringLiteral("pdf pages") << QStringLiteral("b/claude-3-5-haiku")
                                   << QStringLiteral("has 120 pages; Anthropic takes at most 100 pages per request");
        QTest::newRow("json schema") << QStringLiteral("json") << QStringLiteral("b/claude-3-5-haiku") << QStringLiteral("lacks json");
        QTest::newRow("context") << QStringLiteral("context") << QStringLiteral("a/small") << QStringLiteral("context window 65536 too small");
        QTest::newRow("cost ceiling") << QStringLiteral("cost") << QStringLiteral("b/claude-3-5-haiku") << QStringLiteral("above the ceiling");
        QTest::newRow("latency budget") << QStringLiteral("latency") << QStringLiteral("b/claude-3-5-haiku")
                                        << QStringLiteral("over the 500 ms budget");
        QTest::newRow("circuit") << QStringLiteral("circuit") << QStringLiteral("b/claude-3-5-haiku")
                                 << QStringLiteral("circuit open after 3 failures");
        QTest::newRow("budget") << QStringLiteral("budget") << QStringLiteral("b/claude-3-5-haiku") << QStringLiteral("budget: ");
    }
    void constraintsSkipTargets()
    {
        QFETCH(QString, kind);
        QFETCH(QString, skipped);
        QFETCH(QString, reason);
        Rig rig;
        QVERIFY(rig.start());
        // a/small: a model of the workspace's own (no tools, no vision, 64k window); haiku on b has no json mode
        auto cat = catalog::Catalog::builtIn().withOverrides(
            QJsonDocument::fromJson(
                R"({"a/small": {"contextWindow": 65536, "maxOutput": 4096, "prices": {"input": 0.1, "output": 0.1}, "capabilities": ["json"]}})")
                .object());
        QVERIFY(cat);
        rig.router->setCatalog(*cat);
        QVERIFY(rig.configure(R"([{"name": "r", "targets": ["a/small", "b/claude-3-5-haiku", "c/gpt-4.1-mini"]}])"));
        protocol::ChatRequest req = ask(QStringLiteral("r"));
        DispatchContext ctx;
        if (kind == QLatin1String("tools"))
            req.tools << protocol::ToolDef{QStringLiteral("f"), QStringLiteral("d"), QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}}};
        if (kind == QLatin1String("vision"))
            req.messages.first().content << protocol::ContentPart::makeImageUrl(QStringLiteral("https://example.invalid/x.png"));
        if (kind.startsWith(QLatin1String("pdf"))) {
            // a/small reads no PDFs; haiku (Anthropic) takes 100 pages; gpt-4.1-mini (OpenAI) has no page limit
            req.messages.first().content << sb::testing::pdfPart(sb::testing::fakePdf(kind == QLatin1String("pdf") ? 2 : 120), QString());
        }
        if (kind == QLatin1String("json"))
            req.responseFormat = protocol::ResponseFormat{protocol::ResponseFormat::Type::JsonSchema, QStringLiteral("s"), {}, true};
        if (kind == QLatin1String("context"))
            req.messages.first().content.first().text = QString(70000 * 4, QLatin1Char('w'));
        if (kind == QLatin1String("cost")) {
            req.maxTokens = 10000; // haiku: 10000 * 4 $/M = $0.04; mini: $0.016
            ctx.maxCostUsd = 0.02;
        }
        if (kind == QLatin1String("latency")) {
            rig.health->started(QStringLiteral("b/claude-3-5-haiku"));
            rig.health->succeeded(QStringLiteral("b/claude-3-5-haiku"), 3000, 2500);
            ctx.latencyBudgetMs = 500;
        }
        if (kind == QLatin1String("circuit")) {
            for (int i = 0; i < 3; ++i)
                rig.health->failed(QStringLiteral("b/claude-3-5-haiku"));
        }
        if (kind == QLatin1String("budget")) {
            auto budgets = usage::Budget::listFromJson(
                QJsonDocument::fromJson(R"([{"scope": "provider", "target": "b", "period": "daily", "hardLimitUsd": 0.000001}])").array());
            QVERIFY(budgets);
            rig.budgets->setBudgets(*budgets);
            usage::CallRecord spent;
            spent.startedAtMs = QDateTime::currentMSecsSinceEpoch();
            spent.provider = QStringLiteral("b");
            spent.model = QStringLiteral("claude-3-5-haiku");
            spent.costUsd = 0.01;
            rig.budgets->add(spent);
        }
        const Plan p = rig.router->plan(req, ctx);
        QVERIFY2(skipReason(p, skipped).contains(reason), qPrintable(skipReason(p, skipped)));
        QVERIFY(!order(p).contains(skipped));
        QVERIFY(!order(p).isEmpty());
        QVERIFY(!p.error);
        // the trace says the same, and its text form (the ledger's) is the same object
        const QByteArray trace = QJsonDocument(p.toJson()).toJson();
        QVERIFY(trace.contains(reason.toUtf8()));
        QCOMPARE(QJsonDocument::fromJson(p.toJsonText()).object(), p.toJson());
    }

    // Plan::toJsonText writes the ledger's trace without QJsonObject (toJson reads it back): every
    // field, escapes and numbers as QJsonDocument would write them.
    void planTextIsThePlanObject()
    {
        Plan p;
        p.requested = QStringLiteral("q\"uo\\te\n\t\u0001 \u00e9\u4e2d \U0001F600");
        QCOMPARE(QJsonDocument::fromJson(p.toJsonText()).object(),
                 (QJsonObject{{QStringLiteral("requested"), p.requested},
                              {QStringLiteral("strategy"), QStringLiteral("fallback")},
                              {QStringLiteral("estimatedInputTokens"), 0},
                              {QStringLiteral("candidates"), QJsonArray{}}}));
        p.virtualModel = QStringLiteral("fast");
        p.route = QStringLiteral("r/1");
        p.rule = QStringLiteral("code \"rule\"");
        p.taskKnown = true;
        p.task = Task::Code;
        p.taskGuessed = false;
        p.embedding = true;
        p.strategy = Strategy::LowestCost;
        p.estimatedInputTokens = 1234567890123;
        p.needs = {QStringLiteral("vision"), QStringLiteral("tools")};
        Candidate a;
        a.target = Target{QStringLiteral("a"), QStringLiteral("gpt-4o")};
        a.estimatedCostUsd = 0.1 + 0.2;
        a.ttftMs = 120.6;
        Candidate b;
        b.target = Target{QStringLiteral("b"), QStringLiteral("claude\b\f")};
        b.skipped = QStringLiteral("budget: \"b\" is over");
        b.estimatedCostUsd = 1e-12;
        Candidate c;
        c.target = Target{QStringLiteral("c"), QStringLiteral("m")};
        c.estimatedCostUsd = 0;
        p.candidates = {a, b, c};
        p.error = ApiError::make(ApiError::Kind::Overloaded, QStringLiteral("none\r\nleft"), 503);
        const QByteArray text = p.toJsonText();
        QJsonParseError e;
        const QJsonDocument parsed = QJsonDocument::fromJson(text, &e);
        QVERIFY2(e.error == QJsonParseError::NoError, qPrintable(e.errorString() + QLatin1String(": ") + QString::fromUtf8(text)));
        const QJsonObject expected{
            {QStringLiteral("requested"), p.requested},
            {QStringLiteral("virtualModel"), QStringLiteral("fast")},
            {QStringLiteral("route"), QStringLiteral("r/1")},
            {QStringLiteral("rule"), QStringLiteral("code \"rule\"")},
            {QStringLiteral("task"), QStringLiteral("code")},
            {QStringLiteral("taskGuessed"), false},
            {QStringLiteral("embedding"), true},
            {QStringLiteral("strategy"), QStringLiteral("cost")},
            {QStringLiteral("estimatedInputTokens"), qint64(1234567890123)},
            {QStringLiteral("needs"), QJsonArray{QStringLiteral("vision"), QStringLiteral("tools")}},
            {QStringLiteral("candidates"),
             QJsonArray{QJsonObject{{QStringLiteral("target"), QStringLiteral("a/gpt-4o")},
                                    {QStringLiteral("estimatedCostUsd"), 0.1 + 0.2},
                                    {QStringLiteral("ttftMs"), 121}},
                        QJsonObject{{QStringLiteral("target"), QStringLiteral("b/claude\b\f")},
                                    {QStringLiteral("skipped"), QStringLiteral("budget: \"b\" is over")},
                                    {QStringLiteral("estimatedCostUsd"), 1e-12}},
                        QJsonObject{{QStringLiteral("target"), QStringLiteral("c/m")}, {QStringLiteral("estimatedCostUsd"), 0}}}},
            {QStringLiteral("error"), QStringLiteral("none\r\nleft")}};
        QCOMPARE(parsed.object(), expected);
        QCOMPARE(p.toJson(), expected);
        QVERIFY(!text.contains('\n'));
    }

    void failoverOnEveryFault_data()
    {
        QTest::addColumn<fk::FaultKind>("fault");
        QTest::addColumn<QString>("kind");
        QTest::newRow("429") << fk::FaultKind::RateLimited << QStringLiteral("rate_limited");
        QTest::newRow("500") << fk::FaultKind::ServerError << QStringLiteral("server");
        QTest::newRow("503") << fk::FaultKind::ServiceUnavailable << QStringLiteral("server");
        QTest::newRow("529") << fk::FaultKind::Overloaded << QStringLiteral("overloaded");
        QTest::newRow("401") << fk::FaultKind::Unauthorized << QStringLiteral("auth");
        QTest::newRow("404 model") << fk::FaultKind::ModelNotFound << QStringLiteral("not_found");
        QTest::newRow("drop before response") << fk::FaultKind::DropBeforeResponse << QStringLiteral("network");
        QTest::newRow("timeout") << fk::FaultKind::SlowFirstByte << QStringLiteral("timeout");
        QTest::newRow("stream error before content") << fk::FaultKind::StreamError << QStringLiteral("overloaded");
    }
    void failoverOnEveryFault()
    {
        QFETCH(fk::FaultKind, fault);
        QFETCH(QString, kind);
        Rig rig;
        providers::Timeouts t;
        t.connect = std::chrono::milliseconds(500);
        QVERIFY(rig.start({}, t));
        // b (Anthropic) fails, c answers
        QVERIFY(rig.configure(R"([{"name": "r", "retries": 0, "targets": ["b/claude-3-5-haiku", "c/gpt-4o-mini"]}])"));
        // stream error after message_start: before any content; only the slow fault waits
        rig.fb.setFault(fk::Fault::make(fault, fault == fk::FaultKind::SlowFirstByte ? 3000 : 0, 1));
        QList<StreamEvent> events;
        const DispatchResult r = rig.run(ask(QStringLiteral("r")), {}, &events);
        QVERIFY2(r.ok(), r.outcome.error ? qPrintable(r.outcome.error->message) : "no result");
        QCOMPARE(r.provider, QStringLiteral("c"));
        QCOMPARE(r.attempts, 2);
        QCOMPARE(r.outcome.response.message.text(), QStringLiteral("Hello from the fake upstream."));
        // the caller saw one clean stream: nothing of the failed attempt
        int starts = 0;
        for (const StreamEvent &e : std::as_const(events))
            starts += e.type == StreamEvent::Type::MessageStart ? 1 : 0;
        QCOMPARE(starts, 1);
        COMPARE_NAMED(events.last().type, StreamEvent::Type::Finish);
        // every attempt has its ledger row
        QCOMPARE(rig.ledgerRows(), (QStringList{QStringLiteral("b error ") + kind, QStringLiteral("c ok")}));
        const QJsonArray attempts = rig.lastTrace.value(QLatin1String("attempts")).toArray();
        QCOMPARE(attempts.size(), 2);
        QCOMPARE(attempts.at(0).toObject().value(QLatin1String("error")).toString(), kind);
        QCOMPARE(rig.lastTrace.value(QLatin1String("chosen")).toString(), QStringLiteral("c/gpt-4o-mini"));
    }

    void retriesWithBackoffOnTheSameTarget()
    {
        Rig rig;
        QVERIFY(rig.start());
        QVERIFY(rig.configure(R"([{"name": "r", "retries": 2, "backoffMs": 20, "targets": ["a/gpt-4o", "c/gpt-4o-mini"]}])"));
        rig.fa.failNext(2, fk::Fault::make(fk::FaultKind::ServerError));
        const DispatchResult r = rig.run(ask(QStringLiteral("r")));
        QVERIFY(r.ok());
        QCOMPARE(r.provider, QStringLiteral("a"));
        QCOMPARE(r.attempts, 3);
        QCOMPARE(rig.fc.requestCount(), 0);
        const QJsonArray attempts = rig.lastTrace.value(QLatin1String("attempts")).toArray();
        QVERIFY(attempts.at(0).toObject().value(QLatin1String("backoffMs")).toInt() >= 20);
        QVERIFY(attempts.at(1).toObject().value(QLatin1String("backoffMs")).toInt() >= 40); // doubled
        QCOMPARE(rig.waits, (QList<int>{20, 40})); // exactly: the jitter's random number is 0 here
        QCOMPARE(rig.ledgerRows(), (QStringList{QStringLiteral("a error server"), QStringLiteral("a error server"), QStringLiteral("a ok")}));
        // the last row's trace is the dispatch's whole trace at its end (every attempt, with errors,
        // messages, statuses and backoffs), not a copy taken before the last attempt
        QSqlQuery q(*rig.db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT t.trace FROM calls c JOIN call_traces t ON t.call_id = c.id ORDER BY c.id DESC LIMIT 1")) && q.next());
        QJsonParseError parseError;
        const QJsonObject fromLedger = QJsonDocument::fromJson(q.value(0).toString().toUtf8(), &parseError).object();
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QJsonObject expected = rig.lastTrace;
        expected.remove(QStringLiteral("chosen")); // known only after the row's attempt answered
        QVERIFY2(
            fromLedger == expected,
            qPrintable(q.value(0).toString() + QStringLiteral("\n!=\n") + QString::fromUtf8(QJsonDocument(expected).toJson(QJsonDocument::Compact))));
        QCOMPARE(attempts.at(0).toObject().value(QLatin1String("httpStatus")).toInt(), 500);
        QVERIFY(!attempts.at(0).toObject().value(QLatin1String("message")).toString().isEmpty());

        // every attempt fails: the error says how many there were and how long they took in all (a
        // timeout said "within 15 s" after 29.4 s), not only what the last one said
        QVERIFY(rig.configure(R"([{"name": "r", "retries": 1, "backoffMs": 1, "targets": ["a/gpt-4o"]}])"));
        rig.fa.failNext(2, fk::Fault::make(fk::FaultKind::ServerError));
        const DispatchResult failed = rig.run(ask(QStringLiteral("r")));
        QVERIFY(!failed.ok());
        QCOMPARE(failed.attempts, 2);
        static const QRegularExpression suffix(QStringLiteral(" \\(2 attempts, [0-9]+\\.[0-9] s in all\\)$"));
        QVERIFY2(suffix.match(failed.outcome.error->message).hasMatch(), qPrintable(failed.outcome.error->message));
        rig.fa.failNext(1, fk::Fault::make(fk::FaultKind::ServerError));
        QVERIFY(rig.configure(R"([{"name": "r", "retries": 0, "targets": ["a/gpt-4o"]}])"));
        const DispatchResult once = rig.run(ask(QStringLiteral("r")));
        QVERIFY(!once.ok());
        QVERIFY2(!once.outcome.error->message.contains(QLatin1String("attempts")), qPrintable(once.outcome.error->message));
    }

    void retryAfterIsHonouredOrFailsOver()
    {
        Rig rig;
        QVERIFY(rig.start());
        QVERIFY(rig.configure(R"([{"name": "wait", "retries": 1, "maxRetryAfterMs": 5000, "targets": ["a/gpt-4o", "c/gpt-4o-mini"]},
                                  {"name": "nowait", "retries": 1, "maxRetryAfterMs": 500, "targets": ["a/gpt-4o", "c/gpt-4o-mini"]}])"));
        fk::Fault limited = fk::Fault::make(fk::FaultKind::RateLimited);
        limited.retryAfterSeconds = 1;
        rig.fa.failNext(1, limited);
        DispatchResult r = rig.run(ask(QStringLiteral("wait")));
        QVERIFY(r.ok());
        QCOMPARE(r.provider, QStringLiteral("a"));
        QCOMPARE(rig.waits, QList<int>{1000}); // waited for Retry-After: 1
        QCOMPARE(rig.lastTrace.value(QLatin1String("attempts")).toArray().at(0).toObject().value(QLatin1String("backoffMs")).toInt(), 1000);
        rig.fa.failNext(1, limited);
        rig.waits.clear();
        r = rig.run(ask(QStringLiteral("nowait")));
        QVERIFY(r.ok());
        QCOMPARE(r.provider, QStringLiteral("c"));
        QVERIFY(rig.waits.isEmpty()); // a Retry-After above maxRetryAfterMs fails over at once
    }

    void noFailoverAfterFirstToken()
    {
        Rig rig;
        QVERIFY(rig.start());
        QVERIFY(rig.configure(R"([{"name": "r", "retries": 2, "targets": ["a/gpt-4o", "c/gpt-4o-mini"]}])"));
        rig.fa.setFault(fk::Fault::make(fk::FaultKind::DropMidStream, 0, 3));
        QList<StreamEvent> events;
        const DispatchResult r = rig.run(ask(QStringLiteral("r")), {}, &events);
        QVERIFY(!r.ok());
        QVERIFY(r.outcome.partial);
        QCOMPARE(r.attempts, 1);
        QCOMPARE(rig.fc.requestCount(), 0);
        QVERIFY(!r.outcome.response.message.text().isEmpty());
        QCOMPARE(rig.ledgerRows(), QStringList{QStringLiteral("a error network")});
    }

    void requestErrorsDoNotFailOver()
    {
        Rig rig;
        QVERIFY(rig.start());
        QVERIFY(rig.configure(R"([{"name": "r", "retries": 2, "targets": ["a/gpt-4o", "c/gpt-4o-mini"]}])"));
        rig.fa.setFault(fk::Fault::make(fk::FaultKind::MalformedJson)); // a broken answer is the provider's fault: fails over
        DispatchResult r = rig.run(ask(QStringLiteral("r"), QStringLiteral("hi"), false));
        QVERIFY2(r.ok() || r.attempts >= 1, "malformed answers end with an error or another target");
        rig.fa.setFault({});
        // the whole route is over its cost ceiling: a request error, nothing is called
        const auto before = rig.fa.requestCount() + rig.fc.requestCount();
        DispatchContext ctx;
        ctx.maxCostUsd = 1e-9;
        r = rig.run(ask(QStringLiteral("r")), ctx);
        QVERIFY(!r.ok());
        COMPARE_NAMED(r.outcome.error->kind, ApiError::Kind::InvalidRequest);
        QVERIFY(r.outcome.error->message.contains(QLatin1String("above the ceiling")));
        QCOMPARE(rig.fa.requestCount() + rig.fc.requestCount(), before);
    }

    void circuitBreaksAndRecovers()
    {
        Rig rig;
        QVERIFY(rig.start(HealthOptions{2, 10'000, 60'000, 0.3}));
        QVERIFY(rig.configure(R"([{"name": "r", "retries": 0, "targets": ["a/gpt-4o", "c/gpt-4o-mini"]}])"));
        rig.fa.setFault(fk::Fault::make(fk::FaultKind::ServerError));
        for (int i = 0; i < 2; ++i) {
            const DispatchResult r = rig.run(ask(QStringLiteral("r")));
            QVERIFY(r.ok());
            QCOMPARE(r.provider, QStringLiteral("c"));
        }
        QCOMPARE(rig.fa.requestCount(), 2);
        // open: a is not even tried
        DispatchResult r = rig.run(ask(QStringLiteral("r")));
        QCOMPARE(r.provider, QStringLiteral("c"));
        QCOMPARE(r.attempts, 1);
        QCOMPARE(rig.fa.requestCount(), 2);
        QVERIFY(skipReason(rig.router->plan(ask(QStringLiteral("r"))), QStringLiteral("a/gpt-4o")).startsWith(QLatin1String("circuit open")));
        // cooled down and healthy again: the probe goes to a and closes the circuit
        rig.fa.setFault({});
        rig.clockMs += 10'000;
        // the plan says the next call to a is the circuit's trial, not a choice on a's merits
        {
            const Plan plan = rig.router->plan(ask(QStringLiteral("r")));
            QCOMPARE(plan.candidates.size(), 2);
            QCOMPARE(plan.candidates.at(0).target.qualified(), QStringLiteral("a/gpt-4o"));
            QVERIFY(plan.candidates.at(0).skipped.isEmpty());
            QVERIFY(plan.candidates.at(0).trial);
            QCOMPARE(plan.candidates.at(0).failures, 2);
            QVERIFY(!plan.candidates.at(1).trial);
        }
        r = rig.run(ask(QStringLiteral("r")));
        QCOMPARE(r.provider, QStringLiteral("a"));
        QCOMPARE(rig.fa.requestCount(), 3);
        QCOMPARE(rig.health->snapshot(QStringLiteral("a/gpt-4o"))->breaker, HealthTracker::Breaker::Closed);
        QVERIFY(!rig.router->plan(ask(QStringLiteral("r"))).candidates.at(0).trial);
    }

    // A target an SLO demotes (HealthTracker::setDemotions, set by the monitor) is tried after the
    // other usable targets, whatever the strategy, and the plan and the trace say why; it is still
    // used when it is the only one left, and a new set of demotions replaces the old.
    void demotedTargetsGoLast_data()
    {
        QTest::addColumn<QString>("strategy");
        QTest::addColumn<quint32>("random");
        QTest::addColumn<QStringList>("expected");
        const QString a = QStringLiteral("a/gpt-4o"), b = QStringLiteral("b/claude-3-5-haiku"), c = QStringLiteral("c/gpt-4o-mini");
        // b demoted in each row
        QTest::newRow("fallback") << QStringLiteral("fallback") << 0u << QStringList{a, c, b};
        QTest::newRow("cost") << QStringLiteral("cost") << 0u << QStringList{c, a, b};
        // weights 1, 3, 0: without b the pick is among a (1) and c (0): always a, b's weight never counts
        QTest::newRow("weighted 3") << QStringLiteral("weighted") << 3u << QStringList{a, c, b};
    }
    void demotedTargetsGoLast()
    {
        QFETCH(QString, strategy);
        QFETCH(quint32, random);
        QFETCH(QStringList, expected);
        Rig rig;
        QVERIFY(rig.start());
        QVERIFY(rig.configure(QString::fromLatin1(kThree).arg(strategy).toUtf8().constData()));
        rig.nextRandom = random;
        const QString why = QStringLiteral("SLO \"haiku-ttft\" burns its error budget 20.0x");
        rig.health->setDemotions({{QStringLiteral("b/claude-3-5-haiku"), why}});
        const Plan p = rig.router->plan(ask(QStringLiteral("r")));
        QVERIFY(!p.error);
        QCOMPARE(order(p), expected);
        QCOMPARE(p.candidates.last().demoted, why);
        QVERIFY(p.candidates.last().skipped.isEmpty()); // still usable
        QCOMPARE(p.usable().size(), 3);
        // the trace (each ledger row's) names it
        const QJsonArray candidates = p.toJson().value(QLatin1String("candidates")).toArray();
        QCOMPARE(candidates.last().toObject().value(QLatin1String("demoted")).toString(), why);
        QVERIFY(!candidates.first().toObject().contains(QLatin1String("demoted")));
        // a new set replaces the old; an empty one demotes nothing
        rig.health->setDemotions({});
        QVERIFY(rig.router->plan(ask(QStringLiteral("r"))).candidates.last().demoted.isEmpty());
    }

    void aDemotedTargetAnswersWhenTheOthersFail()
    {
        Rig rig;
        QVERIFY(rig.start());
        QVERIFY(rig.configure(R"([{"name": "r", "retries": 0, "targets": ["a/gpt-4o", "c/gpt-4o-mini"]}])"));
        rig.health->setDemotions({{QStringLiteral("a/gpt-4o"), QStringLiteral("SLO burning")}});
        DispatchResult r = rig.run(ask(QStringLiteral("r")));
        QVERIFY(r.ok());
        QCOMPARE(r.provider, QStringLiteral("c"));
        QCOMPARE(rig.fa.requestCount(), 0);
        // c fails: a answers after all
        rig.fc.setFault(fk::Fault::make(fk::FaultKind::ServerError));
        r = rig.run(ask(QStringLiteral("r")));
        QVERIFY(r.ok());
        QCOMPARE(r.provider, QStringLiteral("a"));
        QCOMPARE(r.attempts, 2);
        // a reset of the measured health keeps the monitor's demotions
        rig.health->reset();
        QCOMPARE(rig.health->snapshot(QStringLiteral("a/gpt-4o"))->demotedBy, QStringLiteral("SLO burning"));
    }

    void allTargetsCoolingIsOverloaded()
    {
        Rig rig;
        QVERIFY(rig.start(HealthOptions{1, 10'000, 60'000, 0.3}));
        QVERIFY(rig.configure(R"([{"name": "r", "retries": 0, "targets": ["a/gpt-4o", "c/gpt-4o-mini"]}])"));
        rig.health->failed(QStringLiteral("a/gpt-4o"));
        rig.health->failed(QStringLiteral("c/gpt-4o-mini"));
        const DispatchResult r = rig.run(ask(QStringLiteral("r")));
        QVERIFY(!r.ok());
        COMPARE_NAMED(r.outcome.error->kind, ApiError::Kind::Overloaded);
        QCOMPARE(rig.fa.requestCount() + rig.fc.requestCount(), 0);
    }

    void budgetsStopCalls()
    {
        Rig rig;
        QVERIFY(rig.start());
        QVERIFY(rig.configure(R"([{"name": "r", "retries": 0, "targets": ["a/gpt-4o", "c/gpt-4o-mini"]}])"));
        // a's daily hard limit is below one call's cost: the first call goes through, the next go to c
        auto budgets = usage::Budget::listFromJson(QJsonDocument::fromJson(
                                                       R"([{"scope": "provider", "target": "a", "period": "daily", "hardLimitUsd": 0.00001},
                {"scope": "proxy_key", "target": "zed", "period": "monthly", "hardLimitUsd": 0.0000001}])")
                                                       .array());
        QVERIFY(budgets);
        rig.budgets->setBudgets(*budgets);
        DispatchResult r = rig.run(ask(QStringLiteral("r")));
        QCOMPARE(r.provider, QStringLiteral("a"));
        QVERIFY(r.costUsd > 0.00001); // 12 input + 9 output tokens of gpt-4o
        r = rig.run(ask(QStringLiteral("r")));
        QCOMPARE(r.provider, QStringLiteral("c"));
        QVERIFY(skipReason(rig.router->plan(ask(QStringLiteral("r"))), QStringLiteral("a/gpt-4o")).startsWith(QLatin1String("budget: ")));
        // a proxy key over its own budget gets budget_exceeded and nothing is called
        DispatchContext ctx;
        ctx.source = usage::Source::Proxy;
        ctx.proxyKey = QStringLiteral("zed");
        ctx.sourceKey = QStringLiteral("zed");
        r = rig.run(ask(QStringLiteral("r")), ctx); // this one spends; the key is then over
        r = rig.run(ask(QStringLiteral("r")), ctx);
        QVERIFY(!r.ok());
        COMPARE_NAMED(r.outcome.error->kind, ApiError::Kind::BudgetExceeded);
        QVERIFY2(r.outcome.error->message.contains(QLatin1String("proxy key zed")), qPrintable(r.outcome.error->message));
    }

    // Embeddings take the chat's path: a route of embedding models (chat models skipped), failover on a
    // server error, the priced row in the ledger, and a hard budget that stops the next call.
    void embeddingsAreRouted()
    {
        Rig rig;
        QVERIFY(rig.start());
        QVERIFY(rig.configure(R"([{"name": "vectors", "retries": 0, "backoffMs": 0,
            "targets": ["a/gpt-4o", "a/text-embedding-3-small", "c/text-embedding-3-large"]}])"));
        Plan p = rig.router->plan(ask(QStringLiteral("vectors")));
        QCOMPARE(skipReason(p, QStringLiteral("a/text-embedding-3-small")), QStringLiteral("an embedding model"));
        rig.fa.failNext(1, fk::Fault::make(fk::FaultKind::ServerError));
        const QStringList inputs{QStringLiteral("one two three"), QStringLiteral("four five")};
        DispatchResult r = rig.embed(QStringLiteral("vectors"), inputs);
        QVERIFY2(r.ok(), r.outcome.error ? qPrintable(r.outcome.error->message) : "");
        QCOMPARE(r.provider, QStringLiteral("c"));
        QCOMPARE(r.attempts, 2);
        QCOMPARE(r.outcome.embeddings.size(), 2);
        QVERIFY(r.outcome.embeddings.at(0) != r.outcome.embeddings.at(1));
        QCOMPARE(r.outcome.response.usage.inputTokens, 5); // the fake counts words
        QVERIFY(r.costUsd > 0);
        QCOMPARE(rig.fc.lastRequest().path, QStringLiteral("/v1/embeddings"));
        QCOMPARE(rig.lastTrace.value(QLatin1String("embedding")).toBool(), true);
        const QJsonArray candidates = rig.lastTrace.value(QLatin1String("candidates")).toArray();
        QCOMPARE(candidates.at(candidates.size() - 1).toObject().value(QLatin1String("skipped")).toString(),
                 QStringLiteral("not an embedding model"));
        QTRY_COMPARE_WITH_TIMEOUT(rig.ledgerRows(), (QStringList{QStringLiteral("a error server"), QStringLiteral("c ok")}), 5000);
        QSqlQuery q(*rig.db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT input_tokens, cost_nusd, route FROM calls WHERE provider = 'c'")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), 5);
        QVERIFY(q.value(1).toDouble() > 0);
        QCOMPARE(q.value(2).toString(), QStringLiteral("vectors"));

        // Anthropic has no embeddings: skipped with the reason, not called
        p = rig.router->plan(ask(QStringLiteral("b/claude-3-5-haiku")), [] {
            DispatchContext c;
            c.embedInputs = {QStringLiteral("x")};
            return c;
        }());
        QCOMPARE(skipReason(p, QStringLiteral("b/claude-3-5-haiku")), QStringLiteral("Anthropic has no embeddings API"));

        // c over its hard limit: the next embedding is refused before anything is sent
        auto budgets = usage::Budget::listFromJson(
            QJsonDocument::fromJson(R"([{"scope": "provider", "target": "c", "period": "daily", "hardLimitUsd": 0.00000001}])").array());
        QVERIFY(budgets);
        rig.budgets->setBudgets(*budgets);
        const int before = rig.fc.requestCount();
        r = rig.embed(QStringLiteral("c/text-embedding-3-large"), inputs);
        QVERIFY(!r.ok());
        COMPARE_NAMED(r.outcome.error->kind, ApiError::Kind::BudgetExceeded);
        QCOMPARE(rig.fc.requestCount(), before);
    }

    void modelResolution()
    {
        Rig rig;
        QVERIFY(rig.start());
        QVERIFY(rig.configure(R"([{"name": "r", "targets": ["a/gpt-4o"]}])"));
        // direct PROVIDER/MODEL
        Plan p = rig.router->plan(ask(QStringLiteral("b/claude-sonnet-4")));
        QCOMPARE(order(p), QStringList{QStringLiteral("b/claude-sonnet-4")});
        QVERIFY(p.route.isEmpty());
        // a bare model name: every provider whose catalog vendor has it (a and c are OpenAI)
        p = rig.router->plan(ask(QStringLiteral("gpt-4o-mini-2024-07-18")));
        QCOMPARE(order(p), (QStringList{QStringLiteral("a/gpt-4o-mini-2024-07-18"), QStringLiteral("c/gpt-4o-mini-2024-07-18")}));
        // unknown
        p = rig.router->plan(ask(QStringLiteral("llama-99")));
        QVERIFY(p.error);
        COMPARE_NAMED(p.error->kind, ApiError::Kind::NotFound);
        const DispatchResult r = rig.run(ask(QStringLiteral("llama-99")));
        COMPARE_NAMED(r.outcome.error->kind, ApiError::Kind::NotFound);
        QVERIFY(rig.router->offeredModels().contains(QStringLiteral("r")));
        QVERIFY(rig.router->offeredModels().contains(QStringLiteral("b/claude-sonnet-4")));
    }

    // A model without a price: the cost is unknown, not zero, in the result and the ledger; the usage
    // queries count such calls. A priced model's call is not counted.
    void unpricedCallsAreMarked()
    {
        Rig rig;
        QVERIFY(rig.start());
        QVERIFY(rig.configure(R"([{"name": "r", "targets": ["a/gpt-4o"]}])"));
        DispatchResult r = rig.run(ask(QStringLiteral("a/my-private-finetune")));
        QVERIFY2(r.ok(), r.outcome.error ? qPrintable(r.outcome.error->message) : "");
        QVERIFY(!r.costKnown);
        QCOMPARE(r.costUsd, 0.0);
        r = rig.run(ask(QStringLiteral("a/gpt-4o")));
        QVERIFY(r.ok());
        QVERIFY(r.costKnown);
        QVERIFY(r.costUsd > 0);
        QVERIFY(rig.ledger->flush());
        QSqlQuery q(*rig.db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT model, unpriced FROM calls ORDER BY id")));
        QStringList rows;
        while (q.next())
            rows << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString();
        QCOMPARE(rows, (QStringList{QStringLiteral("my-private-finetune 1"), QStringLiteral("gpt-4o 0")}));
        const usage::UsageQueries queries(rig.db);
        const usage::Filter all{0, usage::dayOfMs(QDateTime::currentMSecsSinceEpoch()) + 2, {}, {}, {}, {}};
        QCOMPARE(queries.unpricedCalls(all).value(), qint64(1));
        auto page = queries.calls(all, 10);
        QVERIFY(page);
        QCOMPARE(page->rows.size(), 2);
        QVERIFY(!page->rows.at(0).call.unpriced); // newest first
        QVERIFY(page->rows.at(1).call.unpriced);
    }

    void everyCallHasALedgerRow()
    {
        Rig rig;
        QVERIFY(rig.start());
        QVERIFY(rig.configure(R"([{"name": "r", "retries": 1, "backoffMs": 1, "targets": ["a/gpt-4o", "b/claude-3-5-haiku", "c/gpt-4o-mini"]}])"));
        rig.fa.failNext(3, fk::Fault::make(fk::FaultKind::ServiceUnavailable));
        rig.fb.failNext(1, fk::Fault::make(fk::FaultKind::Overloaded));
        int ok = 0;
        for (int i = 0; i < 6; ++i)
            ok += rig.run(ask(QStringLiteral("r"), QStringLiteral("call %1").arg(i), i % 2 == 0)).ok() ? 1 : 0;
        QCOMPARE(ok, 6);
        const int upstreamCalls = rig.fa.requestCount() + rig.fb.requestCount() + rig.fc.requestCount();
        const QStringList rows = rig.ledgerRows();
        QCOMPARE(rows.size(), upstreamCalls);
        QSqlQuery q(*rig.db->connection());
        QVERIFY(q.exec(
            QStringLiteral("SELECT count(DISTINCT request_id), sum(cost_nusd > 0), count(*) FROM calls c JOIN call_traces t ON t.call_id = c.id")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 6);
        QCOMPARE(q.value(2).toInt(), upstreamCalls); // a trace with every row
    }

    // Group commit: finished() (where callers give the answer to their client) comes once the row is on
    // disk, read here through another connection. Without it (the benchmark's comparison) the answer
    // goes out before its row is queued. Either way the row carries its trace.
    void theAnswerComesOnceItsRowIsOnDisk_data()
    {
        QTest::addColumn<bool>("groupCommit");
        QTest::newRow("group commit") << true;
        QTest::newRow("answer first") << false;
    }
    void theAnswerComesOnceItsRowIsOnDisk()
    {
        QFETCH(bool, groupCommit);
        Rig rig;
        rig.ledgerOptions.groupCommit = groupCommit;
        QVERIFY(rig.start());
        Dispatch *d = rig.router->dispatch(ask(QStringLiteral("a/gpt-4o")));
        qint64 recordedWhenFinished = -1;
        qint64 onDiskWhenFinished = -1;
        QObject::connect(d, &Dispatch::finished, d, [&rig, &recordedWhenFinished, &onDiskWhenFinished, d](const DispatchResult &) {
            recordedWhenFinished = rig.ledger->status().recorded;
            QSqlQuery q(*rig.db->connection());
            if (q.exec(QStringLiteral("SELECT count(*) FROM calls")) && q.next())
                onDiskWhenFinished = q.value(0).toLongLong();
            d->deleteLater();
        });
        QPointer<Dispatch> guard(d);
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), 10000);
        QCOMPARE(recordedWhenFinished, groupCommit ? 1 : 0);
        if (groupCommit)
            QCOMPARE(onDiskWhenFinished, 1);
        QCOMPARE(rig.ledger->status().recorded, 1);
        QCOMPARE(rig.ledgerRows(), QStringList{QStringLiteral("a ok")});
        QSqlQuery q(*rig.db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT t.trace FROM calls c JOIN call_traces t ON t.call_id = c.id")) && q.next());
        const QJsonObject trace = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        QCOMPARE(trace.value(QLatin1String("requested")).toString(), QStringLiteral("a/gpt-4o"));
        QCOMPARE(trace.value(QLatin1String("attempts")).toArray().size(), 1);
    }

    // While the ledger cannot write, an answer whose row is not on disk ends in the ledger's error, and
    // later calls are refused before they reach an upstream (503 overloaded, saying why); the rows
    // wait and land once the database takes writes again, and calls go through again by themselves.
    void callsThatCannotBeRecordedAreRefused()
    {
        Rig rig;
        rig.ledgerOptions.retryDelayMs = 20;
        QVERIFY(rig.start());
        QSqlQuery q(*rig.db->connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON calls BEGIN SELECT RAISE(ABORT, 'disk says no'); END")));
        DispatchResult r = rig.run(ask(QStringLiteral("a/gpt-4o")));
        QVERIFY(!r.ok());
        COMPARE_NAMED(r.outcome.error->kind, ApiError::Kind::Overloaded);
        QCOMPARE(r.outcome.error->statusForResponse(), 503);
        QVERIFY2(r.outcome.error->message.contains(QLatin1String("cannot record calls in its usage ledger")), qPrintable(r.outcome.error->message));
        QCOMPARE(rig.fa.requestCount(), 1); // it was answered upstream: its row is kept for later
        r = rig.run(ask(QStringLiteral("a/gpt-4o")));
        QVERIFY(!r.ok());
        QCOMPARE(r.outcome.error->statusForResponse(), 503);
        QVERIFY2(r.outcome.error->message.contains(QLatin1String("disk says no")), qPrintable(r.outcome.error->message));
        QCOMPARE(rig.fa.requestCount(), 1); // refused before it cost anything
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER refuse")));
        QTRY_VERIFY(!rig.ledger->writeError());
        QVERIFY(rig.run(ask(QStringLiteral("a/gpt-4o"))).ok());
        QCOMPARE(rig.ledgerRows(), (QStringList{QStringLiteral("a ok"), QStringLiteral("a ok")}));
    }

    void cancelIsRecorded()
    {
        Rig rig;
        QVERIFY(rig.start());
        QVERIFY(rig.configure(R"([{"name": "r", "targets": ["b/claude-3-5-haiku", "c/gpt-4o-mini"]}])"));
        rig.fb.setChunkDelay(300);
        Dispatch *d = rig.router->dispatch(ask(QStringLiteral("r")));
        QSignalSpy events(d, &Dispatch::event);
        QSignalSpy done(d, &Dispatch::finished);
        QVERIFY(events.wait(10000));
        d->cancel();
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 5000);
        COMPARE_NAMED(d->result().outcome.error->kind, ApiError::Kind::Cancelled);
        QCOMPARE(rig.fc.requestCount(), 0); // a cancel never fails over
        delete d;
        QCOMPARE(rig.ledgerRows(), QStringList{QStringLiteral("b cancelled cancelled")});
        // with what it used so far (Anthropic counts in its first event)
        QSqlQuery q(*rig.db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT input_tokens > 0 AND output_tokens > 0 AND cost_nusd > 0 FROM calls")) && q.next());
        QVERIFY(q.value(0).toBool());
    }

    // A dispatch deleted in the middle of an answer (its window closed, the proxy stopping) still leaves
    // the attempt's row, with what it used so far, and its target is no longer counted as busy. The
    // OpenAI fake counts tokens only at the end: both counts are estimates, and the trace says so.
    void aDispatchDeletedMidStreamIsRecorded()
    {
        Rig rig;
        QVERIFY(rig.start());
        rig.fa.setChunkDelay(300);
        Dispatch *d = rig.router->dispatch(ask(QStringLiteral("a/gpt-4o")));
        QSignalSpy events(d, &Dispatch::event);
        QTRY_VERIFY_WITH_TIMEOUT(
            std::any_of(events.cbegin(), events.cend(),
                        [](const QList<QVariant> &e) { return e.first().value<StreamEvent>().type == StreamEvent::Type::TextDelta; }),
            10000);
        QCOMPARE(rig.health->snapshot(QStringLiteral("a/gpt-4o"))->inFlight, 1);
        delete d;
        QCOMPARE(rig.health->snapshot(QStringLiteral("a/gpt-4o"))->inFlight, 0);
        QCOMPARE(rig.ledgerRows(), QStringList{QStringLiteral("a cancelled cancelled")});
        QSqlQuery q(*rig.db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT input_tokens, output_tokens, cost_nusd, t.trace FROM calls c JOIN call_traces t ON t.call_id = c.id")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), estimateInputTokens(ask(QStringLiteral("a/gpt-4o"))));
        QVERIFY2(q.value(1).toLongLong() > 0, qPrintable(q.value(1).toString()));
        QVERIFY(q.value(2).toLongLong() > 0);
        QVERIFY2(q.value(3).toString().contains(QLatin1String("output tokens estimated")), qPrintable(q.value(3).toString()));
    }
};

QTEST_GUILESS_MAIN(TestRouter)
#include "tst_router.moc"
