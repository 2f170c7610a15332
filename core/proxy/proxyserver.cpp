#include "proxy/proxyserver.h"

#include "common/logging.h"
#include "engine/engine.h"
#include "proxy/knowledgeservice.h"
#include "proxy/proxyworker.h"
#include "storage/database.h"
#include "team/teamkeys.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QMetaMethod>
#include <QMutexLocker>
#include <QThread>

#include <utility>

namespace sb::proxy {

struct ProxyServer::Impl {
    std::shared_ptr<detail::Shared> shared;
    QList<QThread *> threads;
    QList<detail::Worker *> workers;
    detail::Listener *listener = nullptr; // lives on the first worker's thread
    QMetaObject::Connection teamBudgets; // the team's budgets to the engine on every reload of its keys
    QString host;
    quint16 port = 0;
};

QString toString(ProxyStatus::State state)
{
    switch (state) {
    case ProxyStatus::State::Stopped: return QStringLiteral("stopped");
    case ProxyStatus::State::Listening: return QStringLiteral("listening");
    case ProxyStatus::State::Failed: return QStringLiteral("failed");
    }
    return {};
}

ProxyServer::ProxyServer(QObject *parent)
    : QObject(parent)
{
}

ProxyServer::~ProxyServer()
{
    stop();
}

bool ProxyServer::isLoopback(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

Expected<void> ProxyServer::start(std::shared_ptr<engine::Engine> engine, const ProxySettings &settings, const ProxyOptions &options)
{
    auto failed = [this](Error error) -> Expected<void> {
        setStatus({ProxyStatus::State::Failed, {}, error.message});
        return error;
    };
    if (m_impl)
        return Error::make(Error::Kind::Usage, tr("the proxy is already running on %1").arg(baseUrl().toString()));
    if (!engine)
        return failed(Error::make(Error::Kind::Usage, tr("the proxy needs the router engine")));
    const QString host = settings.host.trimmed().isEmpty() ? QStringLiteral("127.0.0.1") : settings.host.trimmed();
    if (!isLoopback(host) && settings.keys.isEmpty() && !(options.teamKeys && options.teamKeys->active()))
        return failed(
            Error::make(Error::Kind::Validation,
                        tr("listening on %1 (beyond this machine) requires at least one proxy key: add a key or listen on 127.0.0.1").arg(host)));
    if (settings.port < 0 || settings.port > 65535)
        return failed(Error::make(Error::Kind::Validation, tr("the proxy port must be from 1 to 65535")));
    QHostAddress address;
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        address = QHostAddress(QHostAddress::LocalHost);
    else if (!address.setAddress(host))
        return failed(Error::make(Error::Kind::Validation, tr("'%1' is not an IP address to listen on (use 127.0.0.1, ::1 or 0.0.0.0)").arg(host)));

    auto shared = std::make_shared<detail::Shared>();
    shared->engine = engine;
    shared->maxBodyBytes = options.maxBodyBytes;
    shared->idleTimeoutMs = qMax(1, options.idleTimeoutMs);
    SecretResolver resolver(*engine->secrets());
    for (const ProxyKeyConfig &k : settings.keys) {
        auto value = resolver.resolve(k.key);
        if (!value)
            return failed(Error::make(value.error().kind, tr("proxy key '%1': %2").arg(k.name, value.error().message)));
        if (value->isEmpty())
            return failed(Error::make(Error::Kind::Validation, tr("proxy key '%1': the secret is empty").arg(k.name)));
        shared->keys.append({k.name,
                             QCryptographicHash::hash(value->toUtf8(), QCryptographicHash::Sha256),
                             k.allowedModels,
                             k.requestsPerMinute,
                             {},
                             team::Role::Member});
    }
    shared->limiter = std::make_unique<detail::RateLimiter>();
    shared->teamKeys = options.teamKeys;
    if (options.teamKeys && engine->database()->dialect() == Database::Dialect::PostgreSql)
        shared->sharedRateLimit = std::make_shared<team::SharedRateLimit>(engine->database());
    shared->mcpSessions = std::make_unique<detail::McpSessions>();
    for (const QString &origin : settings.allowedOrigins)
        shared->allowedOrigins.append(origin.trimmed().toUtf8());
    for (const QString &name : settings.allowedHosts)
        shared->allowedHosts.append(name.trimmed().toLower().toUtf8());
    shared->allowedHosts.append(host.toLower().toUtf8());
    {
        QMutexLocker lock(&m_logMutex);
        m_logCapacity = qMax(1, options.logCapacity);
    }
    QPointer<ProxyServer> self(this);
    shared->log = [self, this](const RequestLogEntry &entry) {
        log(entry);
        if (!isSignalConnected(QMetaMethod::fromSignal(&ProxyServer::requestLogged)))
            return; // nobody listens (switchboard-cli serve -q): no event per request for this thread
        QMetaObject::invokeMethod(
            this,
            [self, entry] {
                if (self)
                    Q_EMIT self->requestLogged(entry);
            },
            Qt::QueuedConnection);
    };

    auto impl = std::make_unique<Impl>();
    impl->shared = shared;
    int threads = options.threads;
    if (threads <= 0)
        threads = qBound(2, QThread::idealThreadCount(), 4);
    for (int i = 0; i < threads; ++i) {
        auto *thread = new QThread;
        thread->setObjectName(QStringLiteral("proxy-%1").arg(i));
        auto *worker = new detail::Worker(shared);
        worker->moveToThread(thread);
        thread->start();
        QMetaObject::invokeMethod(worker, &detail::Worker::init, Qt::BlockingQueuedConnection);
        impl->threads << thread;
        impl->workers << worker;
    }
    QString listenError;
    quint16 boundPort = 0;
    detail::Worker *first = impl->workers.constFirst();
    QMetaObject::invokeMethod(
        first,
        [&impl, &listenError, &boundPort, address, &settings] {
            auto *listener = new detail::Listener(impl->workers);
            if (!listener->listen(address, quint16(settings.port))) {
                listenError = listener->errorString();
                delete listener;
                return;
            }
            boundPort = listener->serverPort();
            impl->listener = listener;
        },
        Qt::BlockingQueuedConnection);
    impl->host = host;
    impl->port = boundPort;
    if (options.teamKeys) {
        // the members' budgets the admins set (in the team's database) hold on this serve too
        engine->setTeamBudgets(options.teamKeys->budgets());
        impl->teamBudgets = connect(options.teamKeys.get(), &team::TeamKeys::reloaded, this,
                                    [engine, keys = std::weak_ptr<team::TeamKeys>(options.teamKeys)] {
                                        if (auto k = keys.lock())
                                            engine->setTeamBudgets(k->budgets());
                                    });
    }
    m_impl = std::move(impl);
    if (!listenError.isEmpty()) {
        stop();
        QString hint;
        if (listenError.contains(QLatin1String("in use"), Qt::CaseInsensitive))
            hint = tr(": another program (or another Switchboard) uses port %1; stop it or choose another port").arg(settings.port);
        else if (settings.port < 1024)
            hint = tr(": ports below 1024 need administrator rights; choose a port above 1024");
        return failed(Error::make(Error::Kind::Unavailable, tr("cannot listen on %1:%2: %3%4").arg(host).arg(settings.port).arg(listenError, hint)));
    }
    qCInfo(lcProxy) << "proxy listening on" << baseUrl().toString() << "with" << threads << "threads and" << shared->keys.size() << "keys";
    setStatus({ProxyStatus::State::Listening, baseUrl().toString(), {}});
    return {};
}

void ProxyServer::stop()
{
    if (!m_impl)
        return;
    std::unique_ptr<Impl> impl = std::move(m_impl);
    disconnect(impl->teamBudgets);
    if (impl->listener) {
        detail::Listener *listener = impl->listener;
        QMetaObject::invokeMethod(
            impl->workers.constFirst(), [listener] { delete listener; }, Qt::BlockingQueuedConnection);
    }
    for (qsizetype i = 0; i < impl->workers.size(); ++i) {
        detail::Worker *w = impl->workers.at(i);
        QMetaObject::invokeMethod(w, &detail::Worker::shutdown, Qt::BlockingQueuedConnection);
        QMetaObject::invokeMethod(
            w, [w] { delete w; }, Qt::BlockingQueuedConnection);
        impl->threads.at(i)->quit();
        impl->threads.at(i)->wait();
        delete impl->threads.at(i);
    }
    const bool wasListening = m_status.state == ProxyStatus::State::Listening;
    if (wasListening)
        setStatus({ProxyStatus::State::Stopped, {}, {}});
    qCInfo(lcProxy) << "proxy stopped";
}

void ProxyServer::drain()
{
    if (!m_impl || m_impl->shared->life->draining.exchange(true))
        return;
    if (detail::Listener *listener = std::exchange(m_impl->listener, nullptr))
        QMetaObject::invokeMethod(
            m_impl->workers.constFirst(), [listener] { delete listener; }, Qt::BlockingQueuedConnection);
    qCInfo(lcProxy) << "proxy draining:" << inFlight() << "request(s) in flight";
}

int ProxyServer::inFlight() const
{
    return m_impl ? m_impl->shared->life->inFlight.load() : 0;
}

bool ProxyServer::isRunning() const
{
    return m_impl != nullptr;
}

QString ProxyServer::host() const
{
    return m_impl ? m_impl->host : QString();
}

quint16 ProxyServer::port() const
{
    return m_impl ? m_impl->port : 0;
}

QUrl ProxyServer::baseUrl() const
{
    if (!m_impl)
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_impl->host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 ? QStringLiteral("127.0.0.1") : m_impl->host);
    url.setPort(m_impl->port);
    return url;
}

ProxyStatus ProxyServer::status() const
{
    return m_status;
}

void ProxyServer::setStatus(ProxyStatus status)
{
    m_status = std::move(status);
    Q_EMIT statusChanged(m_status);
}

QList<RequestLogEntry> ProxyServer::recentRequests() const
{
    QMutexLocker lock(&m_logMutex);
    return QList<RequestLogEntry>(m_log.begin(), m_log.end());
}

void ProxyServer::clearRequestLog()
{
    QMutexLocker lock(&m_logMutex);
    m_log.clear();
}

void ProxyServer::log(const RequestLogEntry &entry)
{
    QMutexLocker lock(&m_logMutex);
    m_log.push_back(entry);
    while (qsizetype(m_log.size()) > m_logCapacity)
        m_log.pop_front();
}

} // namespace sb::proxy
