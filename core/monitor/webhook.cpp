#include "monitor/webhook.h"

#include "common/logging.h"
#include "common/version.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>

namespace sb::monitor {

QByteArray webhookBody(const Alert &alert)
{
    const QString event = alert.isTest() ? QStringLiteral("alert.test")
                                         : (alert.state == Alert::State::Firing ? QStringLiteral("alert.firing") : QStringLiteral("alert.resolved"));
    const QString tag = alert.isTest() ? QStringLiteral("TEST") : stateName(alert.state).toUpper();
    const QJsonObject body{{QStringLiteral("source"), QStringLiteral("switchboard")},
                           {QStringLiteral("event"), event},
                           {QStringLiteral("text"), QStringLiteral("[%1] %2").arg(tag, alert.message)},
                           {QStringLiteral("alert"), alert.toJson()}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

WebhookNotifier::WebhookNotifier(std::shared_ptr<Database> database, QUrl url, QObject *parent)
    : WebhookNotifier(std::move(database), std::move(url), Options{}, parent)
{
}

WebhookNotifier::WebhookNotifier(std::shared_ptr<Database> database, QUrl url, Options options, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_url(std::move(url))
    , m_options(std::move(options))
    , m_network(std::make_unique<QNetworkAccessManager>())
{
    if (!m_options.schedule)
        m_options.schedule = async::timerSchedule();
    if (!m_options.clock)
        m_options.clock = [] { return QDateTime::currentMSecsSinceEpoch(); };
}

WebhookNotifier::~WebhookNotifier() = default;

Expected<qint64> WebhookNotifier::queued() const
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    auto q = sql::run(*conn, QStringLiteral("SELECT count(*) FROM monitor_webhook_queue"), {}, QStringLiteral("cannot read the webhook queue"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

void WebhookNotifier::enqueue(const Alert &alert)
{
    auto conn = m_database->connection();
    if (!conn) {
        qCWarning(lcMonitor).noquote() << "webhook: the alert is not sent:" << conn.error().message;
        return;
    }
    const qint64 now = m_options.clock();
    auto added = sql::run(*conn, QStringLiteral("INSERT INTO monitor_webhook_queue(created_at, next_at, body) VALUES (?, ?, ?)"),
                          {now, now, QString::fromUtf8(webhookBody(alert))}, QStringLiteral("cannot queue the alert for the webhook"));
    if (!added) {
        qCWarning(lcMonitor).noquote() << "webhook:" << added.error().message;
        return;
    }
    added->finish();
    // bounded: the oldest beyond maxQueued go
    auto dropped = sql::run(*conn,
                            QStringLiteral("DELETE FROM monitor_webhook_queue WHERE id <= (SELECT id FROM monitor_webhook_queue ORDER BY id DESC "
                                           "LIMIT 1 OFFSET ?)"),
                            {m_options.maxQueued}, QStringLiteral("cannot bound the webhook queue"));
    if (dropped && dropped->numRowsAffected() > 0)
        qCWarning(lcMonitor).noquote() << QStringLiteral("webhook: %1 queued alert(s) dropped: more than %2 waited for %3")
                                              .arg(dropped->numRowsAffected())
                                              .arg(m_options.maxQueued)
                                              .arg(m_url.host());
    pump();
}

void WebhookNotifier::resume()
{
    pump();
}

Expected<std::optional<WebhookNotifier::Due>> WebhookNotifier::nextDue(qint64 nowMs, qint64 *nextAtMs) const
{
    *nextAtMs = 0;
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    auto q = sql::run(*conn, QStringLiteral("SELECT id, attempts, body, next_at FROM monitor_webhook_queue ORDER BY id LIMIT 1"), {},
                      QStringLiteral("cannot read the webhook queue"));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Due>();
    // in order: the oldest goes first, and waits for its retry time
    const qint64 nextAt = q->value(3).toLongLong();
    if (nextAt > nowMs) {
        *nextAtMs = nextAt;
        return std::optional<Due>();
    }
    return std::optional<Due>(Due{q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toString().toUtf8()});
}

void WebhookNotifier::pump()
{
    if (m_posting)
        return;
    qint64 nextAt = 0;
    auto due = nextDue(m_options.clock(), &nextAt);
    if (!due) {
        qCWarning(lcMonitor).noquote() << "webhook:" << due.error().message;
        return;
    }
    if (!*due) {
        if (nextAt > 0)
            scheduleAt(nextAt);
        return;
    }
    m_posting = true;
    const Due item = **due;
    post(item.body, this, [this, item](const Expected<int> &status) { onPosted(item, status); });
}

void WebhookNotifier::scheduleAt(qint64 atMs)
{
    if (m_wakeAt != 0 && m_wakeAt <= atMs)
        return; // an earlier wake-up is pending: it will look again
    m_wakeAt = atMs;
    const qint64 delay = std::max<qint64>(0, atMs - m_options.clock());
    m_options.schedule(int(std::min<qint64>(delay, m_options.maxRetryMs)), this, [this, atMs] {
        if (m_wakeAt == atMs)
            m_wakeAt = 0;
        pump();
    });
}

void WebhookNotifier::post(const QByteArray &body, QObject *context, std::function<void(Expected<int>)> done)
{
    QNetworkRequest request(m_url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Switchboard/%1 alerts").arg(QStringLiteral(SWITCHBOARD_VERSION_STRING)));
    request.setTransferTimeout(m_options.timeoutMs);
    QNetworkReply *reply = m_network->post(request, body);
    const QString host = m_url.host();
    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this, [reply, host, guard, done = std::move(done)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        Expected<int> result = status;
        if (status == 0)
            result = Error::make(Error::Kind::Unavailable, QStringLiteral("the webhook at %1 did not answer: %2").arg(host, reply->errorString()));
        else if (status < 200 || status > 299)
            result = Error::make(Error::Kind::Unavailable, QStringLiteral("the webhook at %1 answered HTTP %2").arg(host).arg(status));
        if (guard)
            done(result);
    });
}

void WebhookNotifier::onPosted(const Due &due, const Expected<int> &status)
{
    m_posting = false;
    auto conn = m_database->connection();
    if (!conn) {
        qCWarning(lcMonitor).noquote() << "webhook:" << conn.error().message;
        return;
    }
    if (status) {
        auto removed = sql::run(*conn, QStringLiteral("DELETE FROM monitor_webhook_queue WHERE id = ?"), {due.id},
                                QStringLiteral("cannot take the alert off the webhook queue"));
        if (!removed) {
            qCWarning(lcMonitor).noquote() << "webhook:" << removed.error().message;
            return; // not pumped again: the same alert would go twice in a row
        }
        removed->finish();
        Q_EMIT delivered(due.id);
        pump();
        return;
    }
    const qint64 attempts = due.attempts + 1;
    if (attempts >= m_options.maxAttempts) {
        qCWarning(lcMonitor).noquote() << QStringLiteral("%1; the alert is dropped after %2 attempts").arg(status.error().message).arg(attempts);
        (void)sql::run(*conn, QStringLiteral("DELETE FROM monitor_webhook_queue WHERE id = ?"), {due.id}, QStringLiteral("cannot drop the alert"));
        Q_EMIT deliveryFailed(due.id, status.error().message, false);
        pump();
        return;
    }
    const qint64 wait = std::min<qint64>(m_options.maxRetryMs, qint64(m_options.firstRetryMs) << std::min<qint64>(attempts - 1, 20));
    const qint64 nextAt = m_options.clock() + wait;
    auto updated = sql::run(*conn, QStringLiteral("UPDATE monitor_webhook_queue SET attempts = ?, next_at = ?, last_error = ? WHERE id = ?"),
                            {attempts, nextAt, status.error().message, due.id}, QStringLiteral("cannot update the webhook queue"));
    if (!updated)
        qCWarning(lcMonitor).noquote() << "webhook:" << updated.error().message;
    const bool kept = updated && updated->numRowsAffected() > 0; // not when the bound dropped it meanwhile
    Q_EMIT deliveryFailed(due.id, status.error().message, kept);
    if (!kept) {
        pump();
        return;
    }
    qCWarning(lcMonitor).noquote() << QStringLiteral("%1; trying again in %2 s").arg(status.error().message).arg(wait / 1000);
    scheduleAt(nextAt);
}

void WebhookNotifier::sendTest(QObject *context, std::function<void(Expected<int>)> done)
{
    Alert test;
    test.kind = QStringLiteral("test");
    test.name = QStringLiteral("test");
    test.rule = QStringLiteral("test");
    test.origin = QStringLiteral("serve");
    test.scope = QStringLiteral("all calls");
    test.startedAt = m_options.clock();
    test.message = QStringLiteral("a test alert from Switchboard: the webhook works");
    post(webhookBody(test), context, std::move(done));
}

} // namespace sb::monitor
