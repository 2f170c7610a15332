// switchboard-fake-upstream: serves the fake vendor dialects on 127.0.0.1 for end-to-end tests and
// benchmarks. Prints "listening on http://127.0.0.1:PORT" once ready; exits cleanly on SIGTERM/SIGINT.
#include "agentscript.h"
#include "fakeupstream.h"
#include "workflowscript.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace {
int g_signalFds[2] = {-1, -1};

// The text of a string, of content blocks ([{"text": ...}]) or of Gemini parts.
QString textOf(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    QStringList parts;
    for (const QJsonValue &p : v.isObject() ? v.toObject().value(QLatin1String("parts")).toArray() : v.toArray())
        parts << p.toObject().value(QLatin1String("text")).toString();
    return parts.join(QLatin1Char('\n'));
}

// The system prompt of a request in any dialect: Anthropic and Ollama "system", Responses
// "instructions", Gemini "systemInstruction", and system or developer messages.
QString systemPromptOf(const QJsonObject &body)
{
    QStringList out;
    for (const char *key : {"system", "instructions", "systemInstruction"}) {
        if (body.contains(QLatin1String(key)))
            out << textOf(body.value(QLatin1String(key)));
    }
    for (const char *list : {"messages", "input"}) {
        for (const QJsonValue &m : body.value(QLatin1String(list)).toArray()) {
            const QString role = m.toObject().value(QLatin1String("role")).toString();
            if (role == QLatin1String("system") || role == QLatin1String("developer"))
                out << textOf(m.toObject().value(QLatin1String("content")));
        }
    }
    return out.join(QLatin1Char('\n'));
}

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t n = ::write(g_signalFds[0], &byte, 1);
}

bool installSignalHandlers(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) != 0)
        return false;
    auto *notifier = new QSocketNotifier(g_signalFds[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [notifier] {
        notifier->setEnabled(false);
        char byte = 0;
        [[maybe_unused]] const ssize_t n = ::read(g_signalFds[1], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGTERM, &action, nullptr) == 0 && ::sigaction(SIGINT, &action, nullptr) == 0;
}
} // namespace
#endif

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("switchboard-fake-upstream"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Fake upstream LLM servers (OpenAI, Responses, Anthropic, Gemini, "
                                                    "Ollama) for tests and benchmarks."));
    parser.addHelpOption();
    const QCommandLineOption portOpt(QStringLiteral("port"), QStringLiteral("Port on 127.0.0.1 (0: any free one)."), QStringLiteral("N"),
                                     QStringLiteral("0"));
    const QCommandLineOption dialectOpt(QStringLiteral("dialect"),
                                        QStringLiteral("openai, responses, anthropic, gemini, ollama or all; repeat or "
                                                       "comma-separate for several."),
                                        QStringLiteral("NAME"), QStringLiteral("all"));
    const QCommandLineOption replyOpt(QStringLiteral("reply"), QStringLiteral("Reply text."), QStringLiteral("TEXT"));
    const QCommandLineOption chunksOpt(QStringLiteral("chunks"), QStringLiteral("Streamed text deltas."), QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption delayOpt(QStringLiteral("delay-ms"), QStringLiteral("Delay between streamed frames."), QStringLiteral("N"),
                                      QStringLiteral("0"));
    const QCommandLineOption faultOpt(QStringLiteral("fault"),
                                      QStringLiteral("Fault: slow-first-byte, slow-first-token, stall, drop, "
                                                     "drop-before-response, context-length, unauthorized, forbidden, "
                                                     "model-not-found, rate-limited, server-error, service-unavailable, "
                                                     "overloaded, malformed-json, malformed-sse, stream-error."),
                                      QStringLiteral("NAME"));
    const QCommandLineOption faultCountOpt(QStringLiteral("fault-count"), QStringLiteral("Only the first N requests get the fault (default: all)."),
                                           QStringLiteral("N"));
    const QCommandLineOption faultDelayOpt(QStringLiteral("fault-delay-ms"), QStringLiteral("Delay for slow-first-byte / slow-first-token."),
                                           QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption faultAfterOpt(QStringLiteral("fault-after"), QStringLiteral("Frames sent before a mid-stream fault."),
                                           QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption retryAfterOpt(QStringLiteral("retry-after"), QStringLiteral("Retry-After seconds for 429."), QStringLiteral("N"),
                                           QStringLiteral("1"));
    const QCommandLineOption keyOpt(QStringLiteral("key"), QStringLiteral("Required API key (default: none)."), QStringLiteral("KEY"));
    const QCommandLineOption reasoningOpt(QStringLiteral("reasoning"), QStringLiteral("Reasoning / thinking text."), QStringLiteral("TEXT"));
    const QCommandLineOption toolOpt(QStringLiteral("tool"), QStringLiteral("Make a tool call NAME."), QStringLiteral("NAME"));
    const QCommandLineOption toolArgsOpt(QStringLiteral("tool-args"), QStringLiteral("Tool call arguments (JSON)."), QStringLiteral("JSON"));
    const QCommandLineOption agentToolOpt(QStringLiteral("agent-tool"),
                                          QStringLiteral("Scripted agent turn: when a chat request offers tool NAME, call it with JSON; when the "
                                                         "conversation ends in a tool result, answer quoting it. Repeatable (first offered wins)."),
                                          QStringLiteral("NAME=JSON"));
    const QCommandLineOption modelsOpt(QStringLiteral("models"), QStringLiteral("Comma-separated model ids the listing endpoints return."),
                                       QStringLiteral("IDS"));
    const QCommandLineOption recordedOpt(QStringLiteral("recorded"), QStringLiteral("Serve this file verbatim to every routed request."),
                                         QStringLiteral("FILE"));
    const QCommandLineOption contentTypeOpt(QStringLiteral("content-type"), QStringLiteral("Content-Type of --recorded."), QStringLiteral("TYPE"),
                                            QStringLiteral("text/event-stream"));
    const QCommandLineOption chunkSizeOpt(QStringLiteral("chunk-size"), QStringLiteral("Bytes per chunk of --recorded (delay: --delay-ms)."),
                                          QStringLiteral("N"), QStringLiteral("64"));
    const QCommandLineOption echoSystemOpt(QStringLiteral("echo-system"),
                                           QStringLiteral("Answer every chat with the system prompt it carried (what the proxy added)."));
    parser.addOption(echoSystemOpt);
    const QCommandLineOption workflowOpt(QStringLiteral("workflow-models"),
                                         QStringLiteral("Answer the shipped workflow templates' steps as models would (workflowscript.h)."));
    parser.addOption(workflowOpt);
    const QCommandLineOption verboseOpt(QStringLiteral("verbose"), QStringLiteral("Log every request (method, target, status) on stderr."));
    parser.addOption(verboseOpt);
    parser.addOptions({portOpt, dialectOpt, replyOpt, chunksOpt, delayOpt, faultOpt, faultCountOpt, faultDelayOpt, faultAfterOpt, retryAfterOpt,
                       keyOpt, reasoningOpt, toolOpt, toolArgsOpt, agentToolOpt, modelsOpt, recordedOpt, contentTypeOpt, chunkSizeOpt});
    parser.process(app);

    QTextStream err(stderr);
    auto intValue = [&](const QCommandLineOption &opt, int min, int max) -> std::optional<int> {
        bool ok = false;
        const int v = parser.value(opt).toInt(&ok);
        if (!ok || v < min || v > max) {
            err << "invalid --" << opt.names().constFirst() << ": " << parser.value(opt) << Qt::endl;
            return std::nullopt;
        }
        return v;
    };

    sb::fakes::Dialects dialects;
    QStringList names;
    for (const QString &v : parser.values(dialectOpt))
        names += v.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &name : std::as_const(names)) {
        if (name.trimmed().compare(QLatin1String("all"), Qt::CaseInsensitive) == 0) {
            dialects |= sb::fakes::allDialects();
        } else if (const auto d = sb::fakes::dialectFromName(name.trimmed())) {
            dialects |= *d;
        } else {
            err << "unknown dialect: " << name << Qt::endl;
            return 2;
        }
    }
    if (!dialects)
        dialects = sb::fakes::allDialects();

    const auto port = intValue(portOpt, 0, 65535);
    const auto chunks = intValue(chunksOpt, 1, 100000);
    const auto delay = intValue(delayOpt, 0, 600000);
    const auto faultDelay = intValue(faultDelayOpt, 0, 600000);
    const auto faultAfter = intValue(faultAfterOpt, 0, 100000);
    const auto retryAfter = intValue(retryAfterOpt, 0, 86400);
    const auto chunkSize = intValue(chunkSizeOpt, 1, 64 * 1024 * 1024);
    if (!port || !chunks || !delay || !faultDelay || !faultAfter || !retryAfter || !chunkSize)
        return 2;

    sb::fakes::FakeUpstream upstream(dialects);
    upstream.setRecordLimit(64); // a long benchmark run must not grow without bound
    sb::fakes::ReplyScript reply;
    if (parser.isSet(replyOpt))
        reply.text = parser.value(replyOpt);
    reply.textChunks = *chunks;
    if (parser.isSet(reasoningOpt))
        reply.reasoning = parser.value(reasoningOpt);
    if (parser.isSet(toolOpt)) {
        sb::fakes::ToolCallScript tool;
        tool.name = parser.value(toolOpt);
        if (parser.isSet(toolArgsOpt))
            tool.arguments = parser.value(toolArgsOpt);
        reply.toolCall = tool;
    }
    upstream.setReply(reply);
    if (parser.isSet(agentToolOpt)) {
        sb::fakes::AgentScript script;
        script.base = reply;
        for (const QString &spec : parser.values(agentToolOpt)) {
            const auto call = sb::fakes::parseAgentToolCall(spec);
            if (!call) {
                err << "invalid --agent-tool (expected NAME=JSON object): " << spec << Qt::endl;
                return 2;
            }
            script.calls.append(*call);
        }
        upstream.setHandler(sb::fakes::agentHandler(script));
    }
    if (parser.isSet(echoSystemOpt)) {
        upstream.setHandler([reply](const sb::fakes::RecordedRequest &request) -> std::optional<sb::fakes::Script> {
            sb::fakes::Script script;
            script.reply = reply;
            script.reply->text = QStringLiteral("System prompt: ") + systemPromptOf(request.json());
            return script;
        });
    }
    if (parser.isSet(workflowOpt)) {
        sb::fakes::WorkflowScript script;
        script.outputTokens = reply.outputTokens;
        upstream.setHandler(sb::fakes::workflowHandler(script));
    }
    upstream.setChunkDelay(*delay);
    if (parser.isSet(keyOpt))
        upstream.setApiKey(parser.value(keyOpt));
    if (parser.isSet(modelsOpt))
        upstream.setModels(parser.value(modelsOpt).split(QLatin1Char(','), Qt::SkipEmptyParts));
    if (parser.isSet(recordedOpt)) {
        const auto recorded = sb::fakes::RecordedBody::fromFile(parser.value(recordedOpt), parser.value(contentTypeOpt).toUtf8(), *chunkSize, *delay);
        if (!recorded) {
            err << "cannot read " << parser.value(recordedOpt) << Qt::endl;
            return 2;
        }
        upstream.setRecorded(recorded);
    }

    if (parser.isSet(faultOpt)) {
        const auto kind = sb::fakes::faultFromName(parser.value(faultOpt));
        if (!kind) {
            err << "unknown fault: " << parser.value(faultOpt) << Qt::endl;
            return 2;
        }
        sb::fakes::Fault fault = sb::fakes::Fault::make(*kind, *faultDelay, *faultAfter);
        fault.retryAfterSeconds = *retryAfter;
        if (parser.isSet(faultCountOpt)) {
            const auto count = intValue(faultCountOpt, 0, 1000000);
            if (!count)
                return 2;
            upstream.failNext(*count, fault);
        } else {
            upstream.setFault(fault);
        }
    }

#ifdef Q_OS_UNIX
    if (!installSignalHandlers(app)) {
        err << "cannot install signal handlers" << Qt::endl;
        return 1;
    }
#endif

    if (!upstream.listen(quint16(*port))) {
        err << "cannot listen on 127.0.0.1:" << *port << ": " << upstream.errorString() << Qt::endl;
        return 1;
    }
    if (parser.isSet(verboseOpt)) {
        QObject::connect(&upstream, &sb::fakes::FakeUpstream::requestReceived, &upstream, [&upstream, &err](int) {
            const sb::fakes::RecordedRequest r = upstream.lastRequest();
            err << r.method << ' ' << r.target << " -> " << r.responseStatus << " (connection " << r.connectionId << ", " << r.body.size()
                << " bytes)" << Qt::endl;
        });
    }
    QTextStream out(stdout);
    out << "listening on " << upstream.baseUrl().toString() << Qt::endl;
    out.flush();
    std::fflush(stdout);

    const int rc = QCoreApplication::exec();
    upstream.closeAllConnections();
    return rc;
}
