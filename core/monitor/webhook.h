#pragma once

#include "common/async.h"
#include "common/expected.h"
#include "monitor/alerts.h"

#include <QByteArray>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace sb {
class Database;
}

namespace sb::monitor {

// What a webhook receives for an alert (a JSON object; Slack, Mattermost and similar incoming webhooks
// show its "text"):
//   {"source": "switchboard", "event": "alert.firing" | "alert.resolved" | "alert.test",
//    "text": "[FIRING] sonnet-ttft: error budget burning ...", "alert": Alert::toJson()}
QByteArray webhookBody(const Alert &alert);

// Posts alerts to the workspace's webhook (`serve`), through a queue in SQLite (monitor_webhook_queue)
// that survives restarts: each alert is stored first, then posted in order, one at a time; a receiver
// that fails (no answer within timeoutMs, a network error, a status other than 2xx) gets it again
// after 10 s, 20 s, 40 s ... up to an hour between attempts, at most maxAttempts times. At most
// maxQueued alerts wait; beyond that the oldest are dropped, and said so in the log. The URL is never
// logged or stored (chat webhooks carry their token in it): only its host.
//
// Lives on its thread's event loop (serve's main thread); its SQL is a few small statements per alert.
class WebhookNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookNotifier)

public:
    using Clock = std::function<qint64()>;
    struct Options {
        int maxQueued = 1000;
        int maxAttempts = 10;
        int firstRetryMs = 10'000;
        int maxRetryMs = 3'600'000;
        int timeoutMs = 10'000;
        async::Schedule schedule; // retries wait on it; async::timerSchedule() when empty
        Clock clock; // UTC epoch ms; the system clock when empty
    };

    // url: the webhook's resolved URL (http or https).
    WebhookNotifier(std::shared_ptr<Database> database, QUrl url, Options options, QObject *parent = nullptr);
    WebhookNotifier(std::shared_ptr<Database> database, QUrl url, QObject *parent = nullptr);
    ~WebhookNotifier() override;

    // Stores the alert in the queue and posts what is due. Connect MonitorService::alertRaised and
    // alertResolved here.
    void enqueue(const Alert &alert);
    // Posts what is due now (at start: what an earlier run left in the queue).
    void resume();
    // Posts a test alert at once, outside the queue (the "send test alert" button and `monitor
    // test-alert`): `done` gets the receiver's HTTP status, or an error saying what went wrong.
    void sendTest(QObject *context, std::function<void(Expected<int>)> done);

    // Alerts waiting (stored, not delivered yet).
    [[nodiscard]] Expected<qint64> queued() const;
    QString host() const { return m_url.host(); }

Q_SIGNALS:
    void delivered(qint64 queueId);
    // A post failed; willRetry is false when the alert was dropped after its last attempt.
    void deliveryFailed(qint64 queueId, const QString &error, bool willRetry);

private:
    struct Due {
        qint64 id = 0;
        qint64 attempts = 0;
        QByteArray body;
    };
    void pump();
    void post(const QByteArray &body, QObject *context, std::function<void(Expected<int>)> done);
    void onPosted(const Due &due, const Expected<int> &status);
    void scheduleAt(qint64 atMs);
    [[nodiscard]] Expected<std::optional<Due>> nextDue(qint64 nowMs, qint64 *nextAtMs) const;

    std::shared_ptr<Database> m_database;
    QUrl m_url;
    Options m_options;
    std::unique_ptr<QNetworkAccessManager> m_network;
    bool m_posting = false; // one post at a time, in order
    qint64 m_wakeAt = 0; // the retry scheduled, 0: none
};

} // namespace sb::monitor
