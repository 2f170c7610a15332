// switchboard-cli serve: the local proxy, headless
#include "commands.h"
#include "common/paths.h"
#include "engine/engine.h"
#include "knowledge/store.h"
#include "monitor/canaryservice.h"
#include "monitor/service.h"
#include "monitor/webhook.h"
#include "proxy/knowledgeservice.h"
#include "proxy/proxyserver.h"
#include "signals.h"
#include "storage/keychainsecretstore.h"
#include "team/teamkeys.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QHostAddress>
#include <QTimer>

namespace sb::cli {

namespace {

// "HOST:PORT", "[::1]:PORT", ":PORT" or "PORT".
bool parseListen(const QString &text, QString &host, int &port)
{
    QString h = host;
    QString p = text;
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype close = text.indexOf(QLatin1Char(']'));
        if (close < 0 || text.mid(close + 1, 1) != QLatin1String(":"))
            return false;
        h = text.mid(1, close - 1);
        p = text.mid(close + 2);
    } else if (const qsizetype colon = text.lastIndexOf(QLatin1Char(':')); colon >= 0) {
        if (text.indexOf(QLatin1Char(':')) != colon)
            return false; // a bare IPv6 address needs brackets
        if (colon > 0)
            h = text.left(colon);
        p = text.mid(colon + 1);
    }
    bool ok = false;
    const int n = p.toInt(&ok);
    if (!ok || n < 0 || n > 65535 || h.isEmpty())
        return false;
    host = h;
    port = n;
    return true;
}

// The request log's cost: always with its decimals (a free call reads $0.000000), unlike money().
QString logMoney(double usd)
{
    return usd < 0.01 ? QStringLiteral("$%1").arg(usd, 0, 'f', 6) : QStringLiteral("$%1").arg(usd, 0, 'f', 4);
}

} // namespace

int serveCommand(const QStringList &args, Io &io)
{
    QCommandLineParser p;
    addDataOptions(p);
    p.addOption({QStringLiteral("listen"),
                 QStringLiteral("Address to listen on (default: the workspace's proxy host and port, 127.0.0.1:4100). "
                                "Port 0 picks a free port."),
                 QStringLiteral("HOST:PORT")});
    addDatabaseOption(p);
    p.addOption({QStringLiteral("threads"), QStringLiteral("Worker threads (default: 2 to 4 by CPU count)."), QStringLiteral("N")});
    p.addOption({{QStringLiteral("q"), QStringLiteral("quiet")}, QStringLiteral("Do not print a line per request.")});
    p.addOption({QStringLiteral("allow-origin"),
                 QStringLiteral("Let web pages from this origin (e.g. http://localhost:3000) call the proxy, with CORS. Repeatable; "
                                "adds to the workspace's proxy.allowedOrigins. Pages from other origins are refused."),
                 QStringLiteral("ORIGIN")});
    p.addOption({QStringLiteral("allow-host"),
                 QStringLiteral("Accept requests whose Host header is this name (a team server's DNS name). Repeatable; loopback names "
                                "and IP addresses are always accepted."),
                 QStringLiteral("NAME")});
    p.addOption({QStringLiteral("no-canaries"),
                 QStringLiteral("Do not run the workspace's quality canaries (another serve instance on the same database runs them).")});
    p.addOption({QStringLiteral("drain-seconds"),
                 QStringLiteral("On SIGTERM or SIGINT, stop taking connections (GET /ready answers 503) and let the calls in flight "
                                "finish for up to N seconds before stopping (default 30; 0 stops at once). A second signal stops at once."),
                 QStringLiteral("N")});
    if (int rc = parseCommand(p, QStringLiteral("serve"), args, io); rc >= 0)
        return rc;
    int drainSeconds = 30;
    if (p.isSet(QStringLiteral("drain-seconds"))) {
        bool ok = false;
        drainSeconds = p.value(QStringLiteral("drain-seconds")).toInt(&ok);
        if (!ok || drainSeconds < 0 || drainSeconds > 3600) {
            io.err << "switchboard-cli serve: --drain-seconds takes a number from 0 to 3600\n";
            return Usage;
        }
    }

    const DataPaths where = dataPaths(p);
    const QString &dataDir = where.dataDir;
    const QString &file = where.workspaceFile;
    auto ws = WorkspaceFile::load(file);
    if (!ws) {
        io.err << "switchboard-cli: " << ws.error().message << "\n";
        return Failed;
    }
    ProxySettings settings = ws->proxy;
    if (p.isSet(QStringLiteral("listen")) && !parseListen(p.value(QStringLiteral("listen")), settings.host, settings.port)) {
        io.err << "switchboard-cli serve: --listen takes HOST:PORT (e.g. 127.0.0.1:4100 or [::1]:4100)\n";
        return Usage;
    }
    settings.allowedOrigins += p.values(QStringLiteral("allow-origin"));
    settings.allowedHosts += p.values(QStringLiteral("allow-host"));
    Workspace checked = ws.value();
    checked.proxy.allowedOrigins = settings.allowedOrigins;
    checked.proxy.allowedHosts = settings.allowedHosts;
    if (const QStringList problems = checked.validate().filter(QStringLiteral("proxy.allowed")); !problems.isEmpty()) {
        io.err << "switchboard-cli serve: " << problems.join(QStringLiteral("; ")) << "\n";
        return Usage;
    }
    proxy::ProxyOptions options;
    if (p.isSet(QStringLiteral("threads"))) {
        bool ok = false;
        options.threads = p.value(QStringLiteral("threads")).toInt(&ok);
        if (!ok || options.threads < 1 || options.threads > 64) {
            io.err << "switchboard-cli serve: --threads takes a number from 1 to 64\n";
            return Usage;
        }
    }

    auto engine = engine::Engine::open(dataDir, *ws, std::make_shared<KeychainSecretStore>(), databaseLocation(p, where));
    if (!engine) {
        io.err << "switchboard-cli: " << engine.error().message << "\n";
        return Failed;
    }
    // the team's keys (switchboard-cli team), if this database has a team: read now, then polled, so
    // that keys made or revoked on any server work or stop here within a second
    auto teamKeys = std::make_shared<team::TeamKeys>((*engine)->database());
    if (auto loaded = teamKeys->loadNow(); !loaded) {
        io.err << "switchboard-cli serve: cannot read the team's keys: " << loaded.error().message << "\n";
        return Failed;
    }
    bool teamKeysFailing = false;
    QObject::connect(teamKeys.get(), &team::TeamKeys::failed, teamKeys.get(), [&io, &teamKeysFailing](const QString &why) {
        if (!teamKeysFailing)
            io.err << "switchboard-cli serve: warning: cannot read the team's keys (the keys read before stay in force): " << why << "\n";
        teamKeysFailing = true;
    });
    QObject::connect(teamKeys.get(), &team::TeamKeys::reloaded, teamKeys.get(), [&io, &teamKeysFailing](qint64, int keys) {
        if (teamKeysFailing)
            io.err << "switchboard-cli serve: the team's keys are read again (" << keys << " in force)\n";
        teamKeysFailing = false;
    });
    teamKeys->startPolling(1000);
    options.teamKeys = teamKeys;
    int exitCode = Ok;
    {
        proxy::ProxyServer server;
        auto started = server.start(*engine, settings, options);
        if (!started) {
            io.err << "switchboard-cli serve: " << started.error().message << "\n";
            return Failed;
        }
        // before it says it listens: a supervisor may stop it as soon as it does, and must find it
        // flushing the ledger rather than killed by the signal's default action
        QEventLoop loop;
        int received = 0;
        // the first signal drains: no new connections, the calls in flight finish (their rows written
        // as they end), checked every 50 ms until none is left or the deadline passes; a second stops now
        QTimer drainCheck;
        QDeadlineTimer drainDeadline;
        QObject::connect(&drainCheck, &QTimer::timeout, &loop, [&] {
            if (server.inFlight() == 0 || drainDeadline.hasExpired())
                loop.quit();
        });
        if (!onTerminationSignal(&loop, [&](int signal) {
                if (received != 0 || drainSeconds == 0) {
                    received = signal;
                    loop.quit();
                    return;
                }
                received = signal;
                server.drain();
                io.out << "draining (signal " << signal << "): " << server.inFlight() << " request(s) in flight, up to " << drainSeconds
                       << " s; a second signal stops now\n";
                io.out.flush();
                drainDeadline.setRemainingTime(qint64(drainSeconds) * 1000);
                drainCheck.start(50);
            }))
            io.err << "switchboard-cli serve: cannot install the SIGINT/SIGTERM handlers; stop it with SIGKILL\n";
        if (!p.isSet(QStringLiteral("quiet"))) {
            QObject::connect(&server, &proxy::ProxyServer::requestLogged, &server, [&io](const proxy::RequestLogEntry &e) {
                io.out << e.time.toString(Qt::ISODateWithMs) << ' ' << e.status << ' ' << e.endpoint;
                if (!e.keyName.isEmpty())
                    io.out << " key=" << e.keyName;
                if (!e.modelRequested.isEmpty())
                    io.out << " model=" << e.modelRequested;
                if (!e.provider.isEmpty())
                    io.out << " -> " << e.provider << '/' << e.model;
                io.out << " in=" << e.inputTokens << " out=" << e.outputTokens << ' ' << logMoney(e.costUsd) << ' ' << e.latencyMs << "ms";
                if (e.ttftMs >= 0)
                    io.out << " ttft=" << e.ttftMs << "ms";
                if (!e.error.isEmpty())
                    io.out << " error: " << e.error.left(200);
                io.out << "\n";
                io.out.flush();
            });
        }
        io.out << "listening on " << server.baseUrl().toString() << "\n";
        if (teamKeys->active())
            io.out << "team: " << teamKeys->size() << " member key(s) in force"
                   << (settings.keys.isEmpty() ? QString() : QStringLiteral(" besides the workspace's keys")) << "; every request needs a key\n";
        if (settings.keys.isEmpty() && !teamKeys->active())
            io.out << "no proxy keys: requests are not authenticated (loopback only); the MCP endpoint needs one\n";
        else
            io.out << "MCP (knowledge base): " << server.baseUrl().toString() << "/mcp\n";
        // SLOs and monitors, evaluated every minute; alerts in the log and to the webhook
        const monitor::MonitoringConfig monitoring = (*engine)->monitoring();
        monitor::MonitorService::Options monitorOptions;
        monitorOptions.origin = QStringLiteral("serve");
        monitorOptions.health = &(*engine)->health(); // SLOs that ask for it demote their model in routing
        monitor::MonitorService monitorService((*engine)->database(), monitoring, monitorOptions);
        std::unique_ptr<monitor::WebhookNotifier> webhook;
        if (monitoring.webhook.isSet()) {
            QString url = monitoring.webhook.url;
            bool usable = true;
            if (SecretRef::parse(url)) { // keychain:NAME or env:VAR holding the URL
                auto resolved = SecretResolver(*(*engine)->secrets()).resolve(url);
                if (resolved)
                    url = *resolved;
                else
                    io.err << "switchboard-cli serve: warning: alerts are not posted to the webhook: " << resolved.error().message << "\n";
                usable = bool(resolved);
            }
            if (usable)
                webhook = std::make_unique<monitor::WebhookNotifier>((*engine)->database(), QUrl(url));
        }
        if (webhook) {
            QObject::connect(&monitorService, &monitor::MonitorService::alertRaised, webhook.get(), &monitor::WebhookNotifier::enqueue);
            QObject::connect(&monitorService, &monitor::MonitorService::alertResolved, webhook.get(), &monitor::WebhookNotifier::enqueue);
            webhook->resume(); // what an earlier run could not deliver
        }
        // the quality canaries on their schedules, through a router of their own (the app's code); their
        // alerts go where the monitors' go (the log, the webhook)
        std::unique_ptr<engine::RouterHost> canaryRouter;
        std::unique_ptr<monitor::CanaryService> canaries;
        if (!monitoring.canaries.isEmpty() && !p.isSet(QStringLiteral("no-canaries"))) {
            canaryRouter = std::make_unique<engine::RouterHost>(*engine);
            monitor::CanaryService::Options canaryOptions;
            canaryOptions.origin = monitorOptions.origin;
            canaries = std::make_unique<monitor::CanaryService>((*engine)->database(), canaryRouter->router(), monitoring.canaries, canaryOptions);
            if (webhook) {
                QObject::connect(canaries.get(), &monitor::CanaryService::alertRaised, webhook.get(), &monitor::WebhookNotifier::enqueue);
                QObject::connect(canaries.get(), &monitor::CanaryService::alertResolved, webhook.get(), &monitor::WebhookNotifier::enqueue);
            }
            // the badge's count of open canary alerts comes with the next evaluation
            QObject::connect(canaries.get(), &monitor::CanaryService::runFinished, &monitorService, &monitor::MonitorService::evaluateNow);
            QObject::connect(canaries.get(), &monitor::CanaryService::runFinished, canaries.get(),
                             [&io](const QString &name, const QList<monitor::CanaryRun> &runs) {
                                 for (const monitor::CanaryRun &r : runs)
                                     io.out << "canary " << name << " on " << r.model << ": " << r.passed << " of " << r.graded << " passed\n";
                                 io.out.flush();
                             });
            QObject::connect(canaries.get(), &monitor::CanaryService::runFailed, canaries.get(), [&io](const QString &name, const QString &message) {
                io.err << "switchboard-cli serve: canary " << name << ": " << message << "\n";
                io.err.flush();
            });
        }
        if (!monitoring.slos.isEmpty() || !monitoring.monitors.isEmpty() || canaries) {
            monitorService.start();
            io.out << "monitoring " << monitoring.slos.size() << " SLO(s) and " << monitoring.monitors.size() << " monitor(s)";
            if (canaries)
                io.out << ", running " << monitoring.canaries.size() << " canary(ies)";
            if (webhook)
                io.out << "; alerts go to the webhook at " << webhook->host();
            io.out << "\n";
        }
        if (canaries)
            canaries->start();
        // a virtual model that names a collection that is not there answers 500 until it is fixed: say so now
        if (auto collections = knowledge::KnowledgeStore((*engine)->database()).collections(); collections) {
            for (const QString &problem : proxy::knowledgeProblems((*engine)->routing(), *collections))
                io.err << "switchboard-cli serve: warning: " << problem << "; create it (kb create) or fix the workspace\n";
        }
        io.out.flush();

        loop.exec();
        if (const int left = server.inFlight(); left > 0)
            io.out << "stopping with " << left << " request(s) still in flight: they are cancelled\n";
        server.stop();
        io.out << "stopping (signal " << received << "), flushing the ledger\n";
        io.out.flush();
    }
    engine->reset(); // the Engine's destructor flushes the ledger
    io.out << "stopped\n";
    io.out.flush();
    return exitCode;
}

} // namespace sb::cli
