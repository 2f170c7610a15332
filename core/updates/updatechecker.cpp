#include "updates/updatechecker.h"

#include "common/async.h"
#include "providers/providerclient.h"
#include "providers/registry.h"
#include "storage/secretstore.h"

#include <QLoggingCategory>

namespace sb::updates {

Q_LOGGING_CATEGORY(lcUpdates, "sb.updates")

using protocol::ApiError;
using namespace std::chrono_literals;

namespace {

// The feed as a keyless provider of its own: its calls get the workspace's network settings (proxy of
// every kind, CA file, timeouts) exactly as provider calls do.
ProviderConfig feedProvider(const QUrl &url)
{
    ProviderConfig config;
    config.id = url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host(); // what its errors name
    config.kind = QStringLiteral("openai_compatible");
    config.name = QStringLiteral("Release feed");
    config.baseUrl = url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
    config.options.insert(QStringLiteral("preset"), QStringLiteral("custom"));
    return config;
}

QString pathOf(const QUrl &url)
{
    QString path = url.path(QUrl::FullyEncoded);
    if (path.isEmpty())
        path = QStringLiteral("/");
    if (url.hasQuery())
        path += QLatin1Char('?') + url.query(QUrl::FullyEncoded);
    return path;
}

} // namespace

UpdateChecker::UpdateChecker(QNetworkAccessManager &nam, std::shared_ptr<SecretStore> secrets, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_secrets(std::move(secrets))
{
    m_timeouts.connect = 15s;
    m_timeouts.firstToken = 30s;
    m_timeouts.idle = 30s;
}

UpdateChecker::~UpdateChecker()
{
    delete m_call.data(); // aborts its request
}

void UpdateChecker::check(const QUrl &feedUrl, const Workspace &workspace, Done done)
{
    cancel();
    const quint64 generation = ++m_generation;
    m_done = std::move(done);
    if (feedUrl.isEmpty()) {
        finish(generation, feedUrl, Error::make(Error::Kind::Validation, tr("No release feed is set: enter its URL in Settings, Updates.")));
        return;
    }
    if (auto valid = feedUrlFromText(feedUrl.toString()); !valid) {
        finish(generation, feedUrl,
               Error::make(Error::Kind::Validation, tr("The release feed %1 cannot be checked: %2.").arg(feedUrl.toString(), valid.error().message)));
        return;
    }
    qCInfo(lcUpdates) << "checking the release feed" << feedUrl.toString();
    // the proxy's password may come from the keychain, which may block (or prompt): read on a worker
    async::runThenCallback(
        this,
        [store = m_secrets, workspace, config = feedProvider(feedUrl)] {
            const SecretResolver resolver(*store);
            return providers::ProviderRegistry::proxyPassword(workspace, config, resolver);
        },
        [this, generation, feedUrl, workspace](const Expected<QString> &password) {
            if (generation != m_generation)
                return; // cancelled or replaced meanwhile
            if (!password) {
                finish(
                    generation, feedUrl,
                    Error::make(
                        Error::Kind::Unavailable,
                        tr("Cannot check for updates: %1. Check the network proxy's password (Settings, Network).").arg(password.error().message)));
                return;
            }
            fetch(generation, feedUrl, workspace, *password);
        });
}

void UpdateChecker::fetch(quint64 generation, const QUrl &url, const Workspace &workspace, const QString &proxyPassword)
{
    auto client = providers::ProviderRegistry::makeClient(workspace, feedProvider(url), QString(), proxyPassword, m_nam, m_timeouts);
    if (!client) {
        finish(generation, url,
               Error::make(Error::Kind::Validation,
                           tr("Cannot check for updates: the network settings cannot be used (%1). Fix them in Settings, Network.")
                               .arg(client.error().message)));
        return;
    }
    std::shared_ptr<providers::ProviderClient> keep = *client; // the call uses its codec until it ends
    providers::JsonCall *call = keep->requestJson(pathOf(url), std::nullopt, this);
    call->setMaxBytes(m_maxBytes);
    m_call = call;
    connect(call, &providers::JsonCall::finished, this, [this, call, keep, generation, url](const providers::JsonOutcome &outcome) {
        call->deleteLater(); // (also stops reading an answer that was too large)
        if (generation != m_generation)
            return;
        const QString where = url.toString();
        using Problem = providers::JsonOutcome::BodyProblem;
        if (outcome.bodyProblem == Problem::TooLarge) {
            finish(generation, url,
                   Error::make(Error::Kind::Parse,
                               tr("The answer of %1 is larger than %2 KiB, far more than a release feed: check the feed URL in "
                                  "Settings, Updates.")
                                   .arg(where)
                                   .arg(m_maxBytes / 1024)));
            return;
        }
        if (outcome.bodyProblem == Problem::NotJson) {
            const bool saysJson = outcome.contentType.contains(QLatin1String("json"));
            finish(generation, url,
                   Error::make(Error::Kind::Parse,
                               saysJson ? tr("%1 is not a release feed: its JSON is malformed (%2).")
                                              .arg(where, outcome.error->message.section(QStringLiteral("malformed JSON: "), -1))
                                        : tr("%1 is not a release feed: it sent %2 instead of JSON. Check the feed URL in Settings, Updates.")
                                              .arg(where, outcome.contentType.isEmpty() ? tr("something else") : outcome.contentType)));
            return;
        }
        if (outcome.error) {
            const ApiError &e = *outcome.error;
            QString message;
            if (e.httpStatus >= 400)
                message = tr("The release feed at %1 answered with HTTP status %2: check the feed URL in Settings, Updates.")
                              .arg(where)
                              .arg(e.httpStatus);
            else if (e.kind == ApiError::Kind::Timeout)
                message = tr("The release feed at %1 did not answer in time (%2). Check the network settings (Settings, Network), then retry.")
                              .arg(where, e.message);
            else
                message = tr("Cannot reach the release feed at %1: %2. Check the address and the network settings (Settings, Network), then retry.")
                              .arg(where, e.message);
            finish(generation, url, Error::make(e.kind == ApiError::Kind::Timeout ? Error::Kind::Timeout : Error::Kind::Unavailable, message));
            return;
        }
        Expected<Feed> feed = parseFeed(outcome.body);
        if (!feed) {
            finish(generation, url,
                   Error::make(feed.error().kind, tr("%1 is not a release feed this version reads: %2.").arg(where, feed.error().message)));
            return;
        }
        for (const QString &ignored : std::as_const(feed->ignored))
            qCInfo(lcUpdates) << "release feed entry left out:" << ignored;
        finish(generation, url, std::move(feed));
    });
}

void UpdateChecker::cancel()
{
    if (!isChecking())
        return;
    ++m_generation; // a late answer of the cancelled check is dropped
    m_finishedGeneration = m_generation;
    if (m_call)
        m_call->cancel(); // its finished() comes to a newer generation: dropped, the call deleted
    m_done = nullptr;
}

void UpdateChecker::finish(quint64 generation, const QUrl &url, Expected<Feed> feed)
{
    if (generation != m_generation)
        return;
    m_finishedGeneration = generation;
    if (!feed)
        qCInfo(lcUpdates) << "release feed check failed:" << feed.error().message;
    CheckResult result{url, std::move(feed), m_clock ? m_clock() : QDateTime::currentDateTimeUtc()};
    // a check may be started from `done`: it owns m_done then
    Done done = std::exchange(m_done, nullptr);
    if (done)
        done(result);
}

// ------------------------------------------------------------------------------------------------
UpdateSchedule::UpdateSchedule(Clock clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
{
    m_timer.setInterval(1h);
    connect(&m_timer, &QTimer::timeout, this, &UpdateSchedule::poll);
}

UpdateSchedule::~UpdateSchedule() = default;

bool UpdateSchedule::isDue() const
{
    const QDateTime now = m_clock();
    return !m_last.isValid() || now < m_last || m_last.msecsTo(now) >= std::chrono::milliseconds(kInterval).count();
}

void UpdateSchedule::recordCheck()
{
    m_last = m_clock();
    Q_EMIT lastCheckChanged(m_last);
}

void UpdateSchedule::setPollInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
}

void UpdateSchedule::setEnabled(bool on)
{
    if (!on) {
        m_timer.stop();
        return;
    }
    if (m_timer.isActive())
        return;
    m_timer.start();
    poll();
}

void UpdateSchedule::poll()
{
    if (!isDue())
        return;
    recordCheck(); // before the check: a failing feed is tried again the next day, not every hour
    Q_EMIT due();
}

} // namespace sb::updates
