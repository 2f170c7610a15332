// switchboard-cli models / chat
#include "catalog/catalog.h"
#include "commands.h"
#include "common/paths.h"
#include "engine/engine.h"
#include "providers/advice.h"
#include "providers/registry.h"
#include "signals.h"
#include "storage/keychainsecretstore.h"
#include "usage/ledger.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>

#include <csignal>
#include <cstdio>

namespace sb::cli {

using protocol::ApiError;
using protocol::StreamEvent;

namespace {

struct Context {
    Workspace workspace;
    catalog::Catalog catalog;
};

Expected<Context> loadContext(const QCommandLineParser &p)
{
    auto ws = WorkspaceFile::load(dataPaths(p).workspaceFile);
    if (!ws)
        return ws.error();
    auto cat = catalog::Catalog::builtIn().withOverrides(ws->modelOverrides);
    if (!cat)
        return cat.error();
    return Context{*ws, *cat};
}

std::optional<catalog::ModelInfo> catalogEntry(const catalog::Catalog &cat, const providers::ProviderClient &client, const QString &model)
{
    if (auto m = cat.find(client.id(), model))
        return m;
    return cat.find(client.preset().catalogVendor, model);
}

} // namespace

int modelsCommand(const QStringList &args, Io &io)
{
    QCommandLineParser p;
    addDataOptions(p);
    p.addOption({QStringLiteral("offline"), QStringLiteral("Print the model catalog for the workspace's providers without asking them.")});
    if (int rc = parseCommand(p, QStringLiteral("models"), args, io); rc >= 0)
        return rc;
    auto ctx = loadContext(p);
    if (!ctx) {
        io.err << "switchboard-cli: " << ctx.error().message << "\n";
        return Failed;
    }
    if (ctx->workspace.providers.isEmpty()) {
        io.err << "switchboard-cli: the workspace has no providers; add one in the app (Providers page) or in the workspace file\n";
        return Failed;
    }
    KeychainSecretStore keychain;
    QNetworkAccessManager nam;
    providers::ProviderRegistry registry(ctx->workspace, SecretResolver(keychain), nam);

    auto line = [&](const QString &qualified, const std::optional<catalog::ModelInfo> &info) {
        QString caps;
        if (info) {
            QStringList c;
            if (info->capabilities.tools)
                c << QStringLiteral("tools");
            if (info->capabilities.vision)
                c << QStringLiteral("vision");
            if (info->capabilities.jsonMode)
                c << QStringLiteral("json");
            if (info->capabilities.reasoning)
                c << QStringLiteral("reasoning");
            if (info->capabilities.embeddings)
                c << QStringLiteral("embeddings");
            caps = c.join(QLatin1Char(','));
        }
        io.out << qualified.leftJustified(44) << ' ' << (info ? QString::number(info->contextWindow) : QStringLiteral("?")).rightJustified(8) << ' '
               << (info ? QStringLiteral("%1").arg(info->prices.input, 0, 'g', 4) : QStringLiteral("?")).rightJustified(8) << ' '
               << (info ? QStringLiteral("%1").arg(info->prices.output, 0, 'g', 4) : QStringLiteral("?")).rightJustified(8) << "  " << caps << "\n";
    };
    io.out << QStringLiteral("MODEL").leftJustified(44) << ' ' << QStringLiteral("CONTEXT").rightJustified(8) << ' '
           << QStringLiteral("IN $/M").rightJustified(8) << ' ' << QStringLiteral("OUT $/M").rightJustified(8) << "  CAPABILITIES\n";

    QStringList ids;
    for (const ProviderConfig &cfg : std::as_const(ctx->workspace.providers))
        ids << cfg.id;
    auto routing = router::RoutingConfig::fromJson(ctx->workspace.routes, ctx->workspace.virtualModels, ids);
    if (!routing) {
        io.err << "switchboard-cli: " << routing.error().message << "\n";
        return Failed;
    }
    for (const router::VirtualModel &vm : std::as_const(routing->virtualModels))
        io.out << vm.name.leftJustified(44) << "  virtual model, route " << vm.route << ", " << vm.rules.size() << " rule(s)\n";
    for (const router::Route &r : std::as_const(routing->routes)) {
        QStringList targets;
        for (const router::Target &t : r.targets)
            targets << t.qualified();
        io.out << r.name.leftJustified(44) << "  route (" << router::strategyName(r.strategy) << "): " << targets.join(QStringLiteral(", ")) << "\n";
    }

    int failures = 0;
    for (const ProviderConfig &cfg : std::as_const(ctx->workspace.providers)) {
        if (!cfg.enabled)
            continue;
        auto client = registry.client(cfg.id);
        if (!client) {
            io.err << "switchboard-cli: " << cfg.id << ": " << client.error().message << "\n";
            ++failures;
            continue;
        }
        if (p.isSet(QStringLiteral("offline"))) {
            for (const catalog::ModelInfo &m : ctx->catalog.models()) {
                if (m.vendor == (*client)->preset().catalogVendor && (cfg.models.isEmpty() || cfg.models.contains(m.id)))
                    line(cfg.id + QLatin1Char('/') + m.id, m);
            }
            continue;
        }
        std::optional<providers::ModelListing> listing;
        QEventLoop loop;
        QObject context;
        (*client)->fetchModels(&context, [&](const providers::ModelListing &l) {
            listing = l;
            loop.quit();
        });
        if (!listing)
            loop.exec();
        if (listing->error) {
            io.err << "switchboard-cli: " << cfg.id << ": " << listing->error->message << "\n";
            ++failures;
            continue;
        }
        for (const providers::RemoteModel &m : listing->models) {
            if (!cfg.models.isEmpty() && !cfg.models.contains(m.id))
                continue;
            line(cfg.id + QLatin1Char('/') + m.id, catalogEntry(ctx->catalog, **client, m.id));
        }
    }
    return failures == 0 ? Ok : Failed;
}

int chatCommand(const QStringList &args, Io &io)
{
    QCommandLineParser p;
    addDataOptions(p);
    p.addOption({{QStringLiteral("m"), QStringLiteral("model")},
                 QStringLiteral("The model: PROVIDER/MODEL, a virtual model or route name, or a bare model name any provider offers."),
                 QStringLiteral("MODEL")});
    p.addOption({QStringLiteral("task"), QStringLiteral("Tag the task for routing rules: general, summarize, code, reasoning, vision."),
                 QStringLiteral("TASK")});
    p.addOption({{QStringLiteral("s"), QStringLiteral("system")}, QStringLiteral("System prompt."), QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("max-tokens"), QStringLiteral("Most tokens to generate."), QStringLiteral("N")});
    p.addOption({QStringLiteral("temperature"), QStringLiteral("Sampling temperature."), QStringLiteral("T")});
    p.addOption({QStringLiteral("reasoning-effort"), QStringLiteral("minimal, low, medium or high."), QStringLiteral("EFFORT")});
    p.addOption({QStringLiteral("no-stream"), QStringLiteral("Wait for the whole answer instead of streaming it.")});
    p.addPositionalArgument(QStringLiteral("prompt"), QStringLiteral("The prompt; '-' or nothing reads it from standard input."));
    if (int rc = parseCommand(p, QStringLiteral("chat"), args, io); rc >= 0)
        return rc;
    if (!p.isSet(QStringLiteral("model"))) {
        io.err << "switchboard-cli chat: --model is required (PROVIDER/MODEL or a virtual model)\n";
        return Usage;
    }
    const QString model = p.value(QStringLiteral("model"));
    QString prompt = p.positionalArguments().join(QLatin1Char(' '));
    if (prompt.isEmpty() || prompt == QLatin1String("-")) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            io.err << "switchboard-cli chat: cannot read the prompt from standard input\n";
            return Failed;
        }
        prompt = QString::fromUtf8(in.readAll());
    }
    if (prompt.trimmed().isEmpty()) {
        io.err << "switchboard-cli chat: the prompt is empty\n";
        return Usage;
    }

    protocol::ChatRequest request;
    request.model = model;
    request.system = p.value(QStringLiteral("system"));
    request.messages << protocol::Message::make(protocol::Role::User, prompt);
    request.stream = !p.isSet(QStringLiteral("no-stream"));
    if (p.isSet(QStringLiteral("max-tokens"))) {
        bool ok = false;
        request.maxTokens = p.value(QStringLiteral("max-tokens")).toInt(&ok);
        if (!ok || *request.maxTokens <= 0) {
            io.err << "switchboard-cli chat: --max-tokens takes a positive whole number\n";
            return Usage;
        }
    }
    if (p.isSet(QStringLiteral("temperature"))) {
        bool ok = false;
        request.temperature = p.value(QStringLiteral("temperature")).toDouble(&ok);
        if (!ok || *request.temperature < 0 || *request.temperature > 2) {
            io.err << "switchboard-cli chat: --temperature takes a number from 0 to 2\n";
            return Usage;
        }
    }
    request.reasoningEffort = p.value(QStringLiteral("reasoning-effort"));

    auto ctx = loadContext(p);
    if (!ctx) {
        io.err << "switchboard-cli: " << ctx.error().message << "\n";
        return Failed;
    }
    const QString dataDir = dataPaths(p).dataDir;
    auto engine = engine::Engine::open(dataDir, ctx->workspace, std::make_shared<KeychainSecretStore>());
    if (!engine) {
        io.err << "switchboard-cli: " << engine.error().message << "\n";
        return Failed;
    }
    engine::RouterHost host(*engine);
    router::DispatchContext dispatchContext;
    dispatchContext.source = usage::Source::Cli;
    if (p.isSet(QStringLiteral("task"))) {
        dispatchContext.task = router::taskFromName(p.value(QStringLiteral("task")));
        if (!dispatchContext.task) {
            io.err << "switchboard-cli chat: --task takes general, summarize, code, reasoning or vision\n";
            return Usage;
        }
    }
    router::Dispatch *call = host.router().dispatch(request, dispatchContext);
    bool inReasoning = false;
    QObject::connect(call, &router::Dispatch::event, call, [&](const StreamEvent &e) {
        switch (e.type) {
        case StreamEvent::Type::TextDelta:
            if (inReasoning) {
                io.err << "\n";
                inReasoning = false;
            }
            io.out << e.text;
            io.out.flush();
            break;
        case StreamEvent::Type::ReasoningDelta:
            if (!e.text.isEmpty()) {
                if (!inReasoning)
                    io.err << "[thinking] ";
                inReasoning = true;
                io.err << e.text;
                io.err.flush();
            }
            break;
        case StreamEvent::Type::ToolCallStart: io.out << "\n[tool call " << e.name << "("; break;
        case StreamEvent::Type::ToolCallDelta: io.out << e.text; break;
        case StreamEvent::Type::ToolCallEnd: io.out << ")]\n"; break;
        default: break;
        }
    });
    int interrupted = 0;
    onTerminationSignal(call, [call, &interrupted](int signal) {
        interrupted = signal;
        call->cancel();
    });
    QEventLoop loop;
    QObject::connect(call, &router::Dispatch::finished, &loop, &QEventLoop::quit);
    if (!call->isFinished())
        loop.exec();
    const router::DispatchResult result = call->result();
    const providers::CallOutcome &outcome = result.outcome;
    delete call;

    if (!request.stream)
        io.out << outcome.response.message.text();
    const bool answered = !outcome.error || outcome.partial;
    if (answered)
        io.out << "\n";
    io.out.flush();

    const protocol::Usage &u = outcome.response.usage;
    const QString answeredBy = result.provider.isEmpty() ? request.model : result.provider + QLatin1Char('/') + result.model;
    QString cost = money(result.costUsd);
    if (result.costUsd == 0 && !result.provider.isEmpty() && !host.router().modelInfo(router::Target{result.provider, result.model, 1, 0}))
        cost = QStringLiteral("cost unknown (no catalog entry; add one under modelOverrides)");
    if (answered)
        io.err << "-- " << answeredBy << ": " << u.inputTokens + u.cacheReadTokens + u.cacheWriteTokens << " input";
    if (answered && u.cacheReadTokens)
        io.err << " (" << u.cacheReadTokens << " cached)";
    if (answered) {
        io.err << ", " << u.outputTokens << " output";
        if (u.reasoningTokens)
            io.err << " (" << u.reasoningTokens << " reasoning)";
        io.err << " tokens, " << cost;
        if (outcome.ttftMs >= 0)
            io.err << ", first token " << outcome.ttftMs << " ms";
        io.err << ", " << outcome.latencyMs << " ms";
        if (result.attempts > 1)
            io.err << ", answered on attempt " << result.attempts;
        io.err << "\n";
    }
    if (outcome.error) {
        if (interrupted && outcome.error->kind == ApiError::Kind::Cancelled) {
            io.err << "switchboard-cli: interrupted; the answer above is partial\n";
            return 128 + interrupted;
        }
        const providers::Advice advice = providers::adviceFor(*outcome.error);
        io.err << "switchboard-cli: " << protocol::toString(outcome.error->kind) << ": " << advice.text << "\n";
        if (advice.remedy == providers::Remedy::FixProvider)
            io.err << "  switchboard-cli models lists what each provider offers; the workspace file holds the providers' keys and URLs\n";
        if (outcome.partial)
            io.err << "  the answer above is partial\n";
        return Failed;
    }
    return Ok;
}

} // namespace sb::cli
