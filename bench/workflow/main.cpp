// bench_workflow: what the workflow runner costs on top of the calls it makes, and how close a workflow
// with parallel branches comes to its critical path (issue 18's targets: the runner's own overhead under
// 0.2 ms a step including the router and ledger, a 1,000-step map against fakes with zero latency; a
// 10-step workflow with 3 parallel branches within 5 % of its critical path).
//
//   bench_workflow [--items 1000] [--repeat 3] [--concurrency 6] [--branch-runs 5]
//   bench_workflow --only transforms|calls|dispatch|client|http [--items N]   one case once, for a profiler
//
// The models are switchboard-fake-upstream processes next to this executable (their CPU is theirs, not
// this process's). Every run goes through the real Engine: router, ledger and the run store in SQLite,
// as the app and the CLI run workflows. Times: wall clock from start until the run succeeded and its
// store writes and ledger rows are written; CPU (getrusage, user + system): this process's, every
// thread (the ledger's writer and the run store's worker too), and of those the main thread's.
//
// Part 1 takes the same call apart, in the same process against the same fake, layer by layer:
//   http:     the request's bytes (as the provider client encodes them) sent by the bare HTTP client on
//             the same network stack (the engine's DirectHttpManager), the answer read whole
//   client:   ProviderClient::chat: encoding, that HTTP exchange, decoding the stream
//   dispatch: Router::dispatch: the plan, the provider client, health, the ledger row and its commit
//   calls:    a map of llm steps: the runner and its run store around those dispatches
#include "engine/engine.h"
#include "providers/directtransport.h"
#include "providers/registry.h"
#include "router/router.h"
#include "storage/secretstore.h"
#include "usage/ledger.h"
#include "workflow/runner.h"
#include "workflow/runstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <map>
#include <sys/resource.h>

using namespace sb;
using workflow::RunStatus;

namespace {

QTextStream out(stdout);

// A switchboard-fake-upstream process; `args` after --port 0 --dialect openai.
struct Fake {
    QProcess process;
    QString url;
    bool start(const QStringList &args)
    {
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.start(QCoreApplication::applicationDirPath() + QStringLiteral("/switchboard-fake-upstream"),
                      QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--dialect"), QStringLiteral("openai")} + args);
        if (!process.waitForStarted(10000))
            return false;
        static const QRegularExpression re(QStringLiteral("listening on (http://[0-9.:]+)"));
        QByteArray seen;
        while (process.waitForReadyRead(10000)) {
            seen += process.readAllStandardOutput();
            const auto m = re.match(QString::fromUtf8(seen));
            if (m.hasMatch()) {
                url = m.captured(1);
                return true;
            }
        }
        return false;
    }
    ~Fake()
    {
        process.terminate();
        process.waitForFinished(5000);
    }
};

// user + system CPU: RUSAGE_SELF for the process (every thread), RUSAGE_THREAD for the calling one
double cpuMs(int who)
{
    rusage u{};
    getrusage(who, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1000.0 + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1000.0;
}

struct Cost {
    double wallMs = 0;
    double cpuMs = 0; // every thread
    double mainCpuMs = 0; // the main thread (the runner, the router, the HTTP client)
};

// Measures from construction to stop().
struct Meter {
    QElapsedTimer wall;
    double cpu0 = cpuMs(RUSAGE_SELF);
    double main0 = cpuMs(RUSAGE_THREAD);
    Meter() { wall.start(); }
    Cost stop() const { return Cost{double(wall.nsecsElapsed()) / 1e6, cpuMs(RUSAGE_SELF) - cpu0, cpuMs(RUSAGE_THREAD) - main0}; }
};

// An engine over its own data directory with one openai provider per (id, url), and a runner with a
// store, as the CLI makes them.
struct Setup {
    QTemporaryDir dir;
    std::shared_ptr<engine::Engine> engine;
    std::unique_ptr<engine::RouterHost> host;
    std::unique_ptr<workflow::Runner> runner;

    explicit Setup(const QList<std::pair<QString, QString>> &providers)
    {
        auto secrets = std::make_shared<MemorySecretStore>();
        (void)secrets->write(QStringLiteral("k"), QStringLiteral("sk"));
        Workspace ws = WorkspaceFile::defaults();
        for (const auto &[id, url] : providers) {
            ProviderConfig p;
            p.id = id;
            p.kind = QStringLiteral("openai");
            p.baseUrl = url;
            p.apiKey = QStringLiteral("keychain:k");
            p.models = {QStringLiteral("gpt-4o-mini")};
            ws.providers << p;
        }
        auto opened = engine::Engine::open(dir.path(), ws, secrets);
        if (!opened)
            qFatal("%s", qPrintable(opened.error().message));
        engine = *opened;
        host = std::make_unique<engine::RouterHost>(engine);
        runner = std::make_unique<workflow::Runner>(host->router());
        runner->setStore(std::make_shared<workflow::RunStore>(engine->database()));
    }

    // Runs a workflow to its end: the cost until it succeeded and everything it wrote is written.
    Cost run(const QJsonObject &json, const QJsonValue &input, QString *runId = nullptr)
    {
        auto d = workflow::Definition::fromJson(json);
        if (!d)
            qFatal("%s", qPrintable(d.error().message));
        QEventLoop loop;
        QString id;
        QObject::connect(runner.get(), &workflow::Runner::runStatusChanged, &loop, [&](const QString &r, RunStatus s) {
            if (r == id && s != RunStatus::Running)
                loop.quit();
        });
        const Meter meter;
        auto started = runner->start(*d, input);
        if (!started)
            qFatal("%s", qPrintable(started.error().message));
        id = *started;
        loop.exec();
        runner->flush();
        (void)engine->ledger().flush();
        const Cost c = meter.stop();
        if (runner->run(id)->status != RunStatus::Succeeded)
            qFatal("the run did not succeed: %s", qPrintable(runner->run(id)->error));
        if (runId)
            *runId = id;
        return c;
    }

    // `count` dispatches of the same request, `concurrency` in flight: the router, the provider call and
    // the ledger without the runner.
    static protocol::ChatRequest request(const QString &model)
    {
        protocol::ChatRequest r;
        r.model = model;
        r.stream = true; // as the runner sends them
        r.messages << protocol::Message::make(protocol::Role::User, QStringLiteral("item"));
        return r;
    }

    // `count` calls, `concurrency` in flight: `start` begins call i and calls `done` once when it ended.
    Cost inFlight(int count, int concurrency, const std::function<void(QObject *context, std::function<void()> done)> &start)
    {
        QEventLoop loop;
        int started = 0;
        int finished = 0;
        std::function<void()> next = [&] {
            if (started >= count)
                return;
            ++started;
            start(&loop, [&] {
                if (++finished == count)
                    loop.quit();
                else
                    next();
            });
        };
        const Meter meter;
        for (int i = 0; i < concurrency; ++i)
            next();
        loop.exec();
        (void)engine->ledger().flush();
        return meter.stop();
    }

    // The provider client alone (no router, no ledger): encoding, the HTTP exchange, decoding.
    Cost clientAll(int count, int concurrency)
    {
        auto client = host->registry().client(QStringLiteral("fake"));
        if (!client)
            qFatal("%s", qPrintable(client.error().message));
        const protocol::ChatRequest r = request(QStringLiteral("gpt-4o-mini"));
        return inFlight(count, concurrency, [&](QObject *context, std::function<void()> done) {
            providers::ChatCall *call = (*client)->chat(r, context);
            QObject::connect(call, &providers::ChatCall::finished, context, [call, done](const providers::CallOutcome &outcome) {
                if (!outcome.ok())
                    qFatal("the call failed: %s", qPrintable(outcome.error->message));
                call->deleteLater();
                done();
            });
        });
    }

    // The bare HTTP client on the same network stack (the engine's manager, which sends plain http
    // itself): the bytes the provider client sends, the answer read as it arrives, nothing decoded.
    Cost httpAll(int count, int concurrency)
    {
        auto client = host->registry().client(QStringLiteral("fake"));
        if (!client)
            qFatal("%s", qPrintable(client.error().message));
        const protocol::WireRequest wire = (*client)->codec().encodeRequest(request(QStringLiteral("gpt-4o-mini")));
        const QByteArray body = QJsonDocument(wire.body).toJson(QJsonDocument::Compact);
        QNetworkRequest req(providers::ProviderClient::join((*client)->baseUrl(), wire.path));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        req.setRawHeader("Accept", QByteArrayLiteral("text/event-stream"));
        req.setRawHeader("Authorization", QByteArrayLiteral("Bearer sk"));
        QNetworkAccessManager &nam = host->network();
        auto *direct = dynamic_cast<providers::DirectTransport *>(&nam);
        return inFlight(count, concurrency, [&](QObject *context, std::function<void()> done) {
            QNetworkReply *reply = direct ? direct->sendDirect(req, &body) : nullptr;
            if (!reply)
                reply = nam.post(req, body);
            auto bytes = std::make_shared<qint64>(0);
            QObject::connect(reply, &QIODevice::readyRead, context, [reply, bytes] { *bytes += reply->readAll().size(); });
            QObject::connect(reply, &QNetworkReply::finished, context, [reply, bytes, done] {
                *bytes += reply->readAll().size();
                if (reply->error() != QNetworkReply::NoError || *bytes == 0)
                    qFatal("the request failed: %s", qPrintable(reply->errorString()));
                reply->deleteLater();
                done();
            });
        });
    }

    Cost dispatchAll(int count, int concurrency)
    {
        const protocol::ChatRequest r = request(QStringLiteral("fake/gpt-4o-mini"));
        router::DispatchContext context;
        context.source = usage::Source::Workflow;
        context.sourceKey = QStringLiteral("bench");
        return inFlight(count, concurrency, [&](QObject *parent, std::function<void()> done) {
            router::Dispatch *d = host->router().dispatch(r, context, parent);
            QObject::connect(d, &router::Dispatch::finished, parent, [d, done](const router::DispatchResult &result) {
                if (!result.ok())
                    qFatal("the dispatch failed: %s", qPrintable(result.outcome.error->message));
                d->deleteLater();
                done();
            });
        });
    }
};

QJsonObject mapWorkflow(const QString &name, const QJsonObject &bodyStep, int concurrency)
{
    QJsonObject map{{QStringLiteral("id"), QStringLiteral("each")},          {QStringLiteral("kind"), QStringLiteral("map")},
                    {QStringLiteral("over"), QStringLiteral("input.items")}, {QStringLiteral("concurrency"), concurrency},
                    {QStringLiteral("steps"), QJsonArray{bodyStep}},         {QStringLiteral("edges"), QJsonArray{}}};
    QJsonObject outStep{{QStringLiteral("id"), QStringLiteral("out")},
                        {QStringLiteral("kind"), QStringLiteral("output")},
                        {QStringLiteral("value"), QStringLiteral("{{len(steps.each.output)}}")}};
    return QJsonObject{{QStringLiteral("version"), 1},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("steps"), QJsonArray{map, outStep}},
                       {QStringLiteral("edges"),
                        QJsonArray{QJsonObject{{QStringLiteral("from"), QStringLiteral("each")}, {QStringLiteral("to"), QStringLiteral("out")}}}}};
}

// Each figure's own median.
Cost median(const QList<Cost> &costs)
{
    auto mid = [&](double Cost::*field) {
        QList<double> v;
        for (const Cost &c : costs)
            v << c.*field;
        std::sort(v.begin(), v.end());
        return v.at(v.size() / 2);
    };
    return Cost{mid(&Cost::wallMs), mid(&Cost::cpuMs), mid(&Cost::mainCpuMs)};
}

// Part 1: the runner's own cost per step (`only`: one case once, nothing printed).
void overhead(int items, int repeat, int concurrency, const QString &only)
{
    Fake fake;
    if (!fake.start({}))
        qFatal("cannot start switchboard-fake-upstream next to this executable");
    Setup s({{QStringLiteral("fake"), fake.url}});
    QJsonArray list;
    for (int i = 0; i < items; ++i)
        list.append(QStringLiteral("item %1").arg(i));
    const QJsonObject input{{QStringLiteral("items"), list}};
    const QJsonObject transform = mapWorkflow(QStringLiteral("transforms"),
                                              QJsonObject{{QStringLiteral("id"), QStringLiteral("one")},
                                                          {QStringLiteral("kind"), QStringLiteral("transform")},
                                                          {QStringLiteral("op"), QStringLiteral("template")},
                                                          {QStringLiteral("template"), QStringLiteral("{{item}}!")}},
                                              concurrency);
    const QJsonObject llm = mapWorkflow(QStringLiteral("calls"),
                                        QJsonObject{{QStringLiteral("id"), QStringLiteral("one")},
                                                    {QStringLiteral("kind"), QStringLiteral("llm")},
                                                    {QStringLiteral("model"), QStringLiteral("fake/gpt-4o-mini")},
                                                    {QStringLiteral("user"), QStringLiteral("{{item}}")}},
                                        concurrency);
    // warm up: connections, the catalog, SQLite's pages
    (void)s.run(llm, QJsonObject{{QStringLiteral("items"), QJsonArray{list.at(0), list.at(1), list.at(2)}}});
    (void)s.dispatchAll(concurrency * 2, concurrency);
    (void)s.clientAll(concurrency * 2, concurrency);
    (void)s.httpAll(concurrency * 2, concurrency);
    const std::map<QString, std::function<Cost()>> cases{
        {QStringLiteral("transforms"), [&] { return s.run(transform, input); }},
        {QStringLiteral("calls"), [&] { return s.run(llm, input); }},
        {QStringLiteral("dispatch"), [&] { return s.dispatchAll(items, concurrency); }},
        {QStringLiteral("client"), [&] { return s.clientAll(items, concurrency); }},
        {QStringLiteral("http"), [&] { return s.httpAll(items, concurrency); }},
    };
    if (!only.isEmpty()) {
        auto it = cases.find(only);
        if (it == cases.end())
            qFatal("--only takes transforms, calls, dispatch, client or http");
        const Cost c = it->second();
        out << only << ": " << QString::number(c.wallMs, 'f', 0) << " ms wall, " << QString::number(c.cpuMs, 'f', 0) << " ms CPU ("
            << QString::number(c.mainCpuMs, 'f', 0) << " ms on the main thread)\n";
        return;
    }

    // one round runs every case once, so that a change in the machine's load spreads over all of them
    const QStringList order{QStringLiteral("transforms"), QStringLiteral("calls"), QStringLiteral("dispatch"), QStringLiteral("client"),
                            QStringLiteral("http")};
    std::map<QString, QList<Cost>> costs;
    for (int r = 0; r < repeat; ++r) {
        for (const QString &name : order)
            costs[name] << cases.at(name)();
    }
    std::map<QString, Cost> m;
    for (const QString &name : order)
        m[name] = median(costs[name]);
    auto ms = [](double v) -> QString { return QString::number(v, 'f', 0) + QStringLiteral(" ms"); };
    auto per = [items](double v) -> QString { return QString::number(v / items, 'f', 3) + QStringLiteral(" ms"); };
    const std::map<QString, QString> what{
        {QStringLiteral("transforms"), QStringLiteral("map of transform steps (runner and run store, no call)")},
        {QStringLiteral("calls"), QStringLiteral("map of llm steps (runner, run store, router, ledger, provider client, HTTP)")},
        {QStringLiteral("dispatch"), QStringLiteral("the same calls by Router::dispatch alone (router, ledger, provider client, HTTP)")},
        {QStringLiteral("client"), QStringLiteral("the same calls by the provider client alone (encode, HTTP, decode the stream)")},
        {QStringLiteral("http"), QStringLiteral("the same requests' bytes by the bare HTTP client (the engine's manager)")},
    };
    out << "## Part 1: " << items << " steps in a map (" << concurrency << " at once), medians of " << repeat << " rounds\n\n"
        << "| what runs | wall | CPU, all threads | CPU, main thread | wall per step | CPU per step | main-thread CPU per step |\n"
        << "|---|---|---|---|---|---|---|\n";
    for (const QString &name : order) {
        const Cost &c = m[name];
        out << "| " << what.at(name) << " | " << ms(c.wallMs) << " | " << ms(c.cpuMs) << " | " << ms(c.mainCpuMs) << " | " << per(c.wallMs) << " | "
            << per(c.cpuMs) << " | " << per(c.mainCpuMs) << " |\n";
    }
    auto diff = [&](const char *label, const QString &a, const QString &b) {
        out << "| " << label << " | " << per(m[a].cpuMs - (b.isEmpty() ? 0 : m[b].cpuMs)) << " | "
            << per(m[a].mainCpuMs - (b.isEmpty() ? 0 : m[b].mainCpuMs)) << " |\n";
    };
    out << "\nPer llm step, CPU (differences of the medians above):\n\n| layer | all threads | main thread |\n|---|---|---|\n";
    diff("the runner and its run store (calls - dispatch)", QStringLiteral("calls"), QStringLiteral("dispatch"));
    diff("the router and the ledger (dispatch - client)", QStringLiteral("dispatch"), QStringLiteral("client"));
    diff("the provider client's encoding and decoding (client - http)", QStringLiteral("client"), QStringLiteral("http"));
    diff("the bare HTTP exchange (http)", QStringLiteral("http"), QString());
    diff("runner + router + ledger, without the HTTP client (calls - client)", QStringLiteral("calls"), QStringLiteral("client"));
    diff("runner + router + ledger + codec, without the HTTP exchange (calls - http)", QStringLiteral("calls"), QStringLiteral("http"));
    diff("everything in this process (calls)", QStringLiteral("calls"), QString());
    out << "\n";
    out.flush();
}

// Part 2: a 10-step workflow with 3 parallel branches against fake latencies.
void branches(int runs)
{
    const std::map<QString, int> latency{{QStringLiteral("fast"), 60}, {QStringLiteral("mid"), 100}, {QStringLiteral("slow"), 250}};
    std::map<QString, std::unique_ptr<Fake>> fakes;
    QList<std::pair<QString, QString>> providers;
    for (const auto &[id, ms] : latency) {
        auto f = std::make_unique<Fake>();
        if (!f->start({QStringLiteral("--fault"), QStringLiteral("slow-first-byte"), QStringLiteral("--fault-delay-ms"), QString::number(ms)}))
            qFatal("cannot start switchboard-fake-upstream next to this executable");
        providers << std::pair{id, f->url};
        fakes[id] = std::move(f);
    }
    Setup s(providers);
    auto llm = [](const char *id, const char *model) {
        return QJsonObject{{QStringLiteral("id"), QLatin1String(id)},
                           {QStringLiteral("kind"), QStringLiteral("llm")},
                           {QStringLiteral("model"), QStringLiteral("%1/gpt-4o-mini").arg(QLatin1String(model))},
                           {QStringLiteral("user"), QStringLiteral("{{steps.start.output}} %1").arg(QLatin1String(id))}};
    };
    const QJsonArray steps{QJsonObject{{QStringLiteral("id"), QStringLiteral("start")},
                                       {QStringLiteral("kind"), QStringLiteral("transform")},
                                       {QStringLiteral("op"), QStringLiteral("template")},
                                       {QStringLiteral("template"), QStringLiteral("{{input.topic}}")}},
                           llm("a1", "fast"),
                           llm("a2", "fast"),
                           llm("a3", "fast"),
                           llm("b1", "mid"),
                           llm("b2", "mid"),
                           llm("c1", "slow"),
                           llm("join", "mid"),
                           QJsonObject{{QStringLiteral("id"), QStringLiteral("pick")},
                                       {QStringLiteral("kind"), QStringLiteral("transform")},
                                       {QStringLiteral("op"), QStringLiteral("template")},
                                       {QStringLiteral("template"), QStringLiteral("{{steps.join.output}}")}},
                           QJsonObject{{QStringLiteral("id"), QStringLiteral("out")},
                                       {QStringLiteral("kind"), QStringLiteral("output")},
                                       {QStringLiteral("value"), QStringLiteral("{{steps.pick.output}}")}}};
    const QList<std::pair<const char *, const char *>> edgeList{{"start", "a1"}, {"a1", "a2"},     {"a2", "a3"},   {"start", "b1"},
                                                                {"b1", "b2"},    {"start", "c1"},  {"a3", "join"}, {"b2", "join"},
                                                                {"c1", "join"},  {"join", "pick"}, {"pick", "out"}};
    QJsonArray edges;
    for (const auto &[from, to] : edgeList)
        edges.append(QJsonObject{{QStringLiteral("from"), QLatin1String(from)}, {QStringLiteral("to"), QLatin1String(to)}});
    const QJsonObject wf{{QStringLiteral("version"), 1},
                         {QStringLiteral("name"), QStringLiteral("branches")},
                         {QStringLiteral("steps"), steps},
                         {QStringLiteral("edges"), edges}};
    const double nominal = std::max({3.0 * latency.at(QStringLiteral("fast")), 2.0 * latency.at(QStringLiteral("mid")),
                                     double(latency.at(QStringLiteral("slow")))})
        + latency.at(QStringLiteral("mid"));
    (void)s.run(wf, QJsonObject{{QStringLiteral("topic"), QStringLiteral("warm up")}});

    out << "## Part 2: 10 steps, 3 parallel branches (a: 3 x 60 ms, b: 2 x 100 ms, c: 1 x 250 ms, then a 100 ms join)\n\n"
        << "Critical path at the fakes' latencies: " << nominal << " ms. Measured critical path: the longest path by each step's own\n"
        << "recorded latency (its HTTP call included), so the ratio shows what the runner adds between steps.\n\n"
        << "| run | wall | measured critical path | wall / nominal | wall / measured |\n|---|---|---|---|---|\n";
    QList<double> ratios;
    for (int r = 0; r < runs; ++r) {
        QString id;
        const Cost c = s.run(wf, QJsonObject{{QStringLiteral("topic"), QStringLiteral("run %1").arg(r)}}, &id);
        // the longest path by recorded latencies
        std::map<QString, double> finish;
        const QList<workflow::StepResult> results = s.runner->steps(id);
        std::map<QString, double> own;
        for (const workflow::StepResult &step : results)
            own[step.key] = double(step.latencyMs.value_or(0));
        for (const QJsonValue &v : steps) {
            const QString stepId = v.toObject().value(QLatin1String("id")).toString();
            double ready = 0;
            for (const auto &[from, to] : edgeList) {
                if (QLatin1String(to) == stepId)
                    ready = std::max(ready, finish[QLatin1String(from)]);
            }
            finish[stepId] = ready + own[stepId];
        }
        const double measured = finish[QStringLiteral("out")];
        ratios << c.wallMs / measured;
        out << "| " << r + 1 << " | " << QString::number(c.wallMs, 'f', 1) << " ms | " << QString::number(measured, 'f', 0) << " ms | "
            << QString::number(c.wallMs / nominal, 'f', 3) << " | " << QString::number(c.wallMs / measured, 'f', 3) << " |\n";
    }
    std::sort(ratios.begin(), ratios.end());
    out << "\nMedian wall / measured critical path: " << QString::number(ratios.at(ratios.size() / 2), 'f', 3) << ", worst "
        << QString::number(ratios.last(), 'f', 3) << ".\n";
    out.flush();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({QStringLiteral("items"), QStringLiteral("Steps in the map (part 1)."), QStringLiteral("N"), QStringLiteral("1000")});
    p.addOption(
        {QStringLiteral("repeat"), QStringLiteral("Runs of each part-1 case (the median is shown)."), QStringLiteral("N"), QStringLiteral("3")});
    p.addOption({QStringLiteral("concurrency"), QStringLiteral("Items of the map at once (part 1)."), QStringLiteral("N"), QStringLiteral("6")});
    p.addOption({QStringLiteral("branch-runs"), QStringLiteral("Runs of the branch workflow (part 2)."), QStringLiteral("N"), QStringLiteral("5")});
    p.addOption(
        {QStringLiteral("only"), QStringLiteral("One part-1 case once: transforms, calls or dispatch (for a profiler)."), QStringLiteral("CASE")});
    p.process(app);
    qputenv("QT_LOGGING_RULES", "switchboard.*.info=false;switchboard.*.debug=false");
    const QString only = p.value(QStringLiteral("only"));
    // the machine's load (CPU times hold up under load better than wall times, but not entirely)
    auto load = [] {
        QFile f(QStringLiteral("/proc/loadavg"));
        return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2) : QStringLiteral("unknown");
    };
    if (only.isEmpty())
        out << "Load average (1, 5, 15 min) at the start: " << load() << "\n\n";
    overhead(p.value(QStringLiteral("items")).toInt(), p.value(QStringLiteral("repeat")).toInt(), p.value(QStringLiteral("concurrency")).toInt(),
             only);
    if (only.isEmpty())
        branches(p.value(QStringLiteral("branch-runs")).toInt());
    if (only.isEmpty())
        out << "\nLoad average (1, 5, 15 min) at the end: " << load() << "\n";
    out.flush();
    return 0;
}
