#include "fakesite.h"
#include "monitor/webhook.h"
#include "sqlfixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <vector>

using namespace sb;
using namespace sb::monitor;
using sb::testing::scalar;

namespace {

constexpr qint64 kT0 = 1'743'336'000'000; // 2025-03-30 12:00 UTC

Alert alertNamed(const QString &name, Alert::State state = Alert::State::Firing)
{
    Alert a;
    a.id = 7;
    a.origin = QStringLiteral("serve");
    a.rule = name + QStringLiteral(":fast");
    a.name = name;
    a.kind = QStringLiteral("slo_fast_burn");
    a.scope = QStringLiteral("anthropic/claude-sonnet-4-5");
    a.state = state;
    a.startedAt = kT0;
    if (state == Alert::State::Resolved)
        a.resolvedAt = kT0 + 60'000;
    a.message = name + QStringLiteral(": error budget burning 15.0x");
    return a;
}

QJsonObject bodyOf(const sb::fakes::RecordedRequest &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

} // namespace

// The webhook that `serve` posts alerts to, against a real HTTP server on 127.0.0.1: in order, retried
// with a growing delay from a queue in SQLite that survives a restart, bounded, and a test alert.
class TestMonitorWebhook : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    qint64 m_now = kT0;
    std::vector<std::pair<int, std::function<void()>>> m_scheduled;

    std::shared_ptr<Database> openDatabase() { return testing::openTestDatabase(m_dir, QStringLiteral("hook-%1.sqlite").arg(++m_n)); }
    WebhookNotifier::Options options(int maxQueued = 1000, int maxAttempts = 10)
    {
        WebhookNotifier::Options o;
        o.maxQueued = maxQueued;
        o.maxAttempts = maxAttempts;
        o.clock = [this] { return m_now; };
        o.schedule = [this](int delayMs, QObject *, std::function<void()> then) { m_scheduled.emplace_back(delayMs, std::move(then)); };
        return o;
    }

private Q_SLOTS:
    void init()
    {
        m_now = kT0;
        m_scheduled.clear();
    }

    void alertsArriveInOrderAsJson()
    {
        fakes::FakeSite site;
        QVERIFY(site.listen());
        site.setPage(QStringLiteral("/hook"), fakes::Page::of("application/json", "{\"ok\":true}"));
        auto db = openDatabase();
        WebhookNotifier hook(db, site.url(QStringLiteral("/hook")), options());
        QSignalSpy delivered(&hook, &WebhookNotifier::delivered);
        hook.enqueue(alertNamed(QStringLiteral("one")));
        hook.enqueue(alertNamed(QStringLiteral("two")));
        hook.enqueue(alertNamed(QStringLiteral("one"), Alert::State::Resolved));
        QTRY_COMPARE(delivered.size(), 3);
        QCOMPARE(site.requests().size(), 3);
        const QJsonObject first = bodyOf(site.requests().at(0));
        QCOMPARE(site.requests().at(0).method, QByteArray("POST"));
        QCOMPARE(first.value(QLatin1String("source")).toString(), QStringLiteral("switchboard"));
        QCOMPARE(first.value(QLatin1String("event")).toString(), QStringLiteral("alert.firing"));
        QCOMPARE(first.value(QLatin1String("text")).toString(), QStringLiteral("[FIRING] one: error budget burning 15.0x"));
        const QJsonObject alert = first.value(QLatin1String("alert")).toObject();
        QCOMPARE(alert.value(QLatin1String("rule")).toString(), QStringLiteral("one:fast"));
        QCOMPARE(alert.value(QLatin1String("startedAt")).toString(), QStringLiteral("2025-03-30T12:00:00.000Z"));
        QCOMPARE(bodyOf(site.requests().at(1)).value(QLatin1String("alert")).toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("two"));
        QCOMPARE(bodyOf(site.requests().at(2)).value(QLatin1String("event")).toString(), QStringLiteral("alert.resolved"));
        QCOMPARE(*hook.queued(), 0);
    }

    // A failing receiver gets the alert again after 10 s, then 20 s; it stays queued meanwhile.
    void aFailingReceiverIsRetriedWithBackoff()
    {
        fakes::FakeSite site;
        QVERIFY(site.listen());
        site.setPage(QStringLiteral("/hook"), fakes::Page::of("text/plain", "down", 503));
        auto db = openDatabase();
        WebhookNotifier hook(db, site.url(QStringLiteral("/hook")), options());
        QSignalSpy failed(&hook, &WebhookNotifier::deliveryFailed);
        QSignalSpy delivered(&hook, &WebhookNotifier::delivered);
        hook.enqueue(alertNamed(QStringLiteral("one")));
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(failed.first().at(1).toString().contains(QLatin1String("answered HTTP 503")));
        QCOMPARE(failed.first().at(2).toBool(), true);
        QCOMPARE(m_scheduled.size(), std::size_t(1));
        QCOMPARE(m_scheduled.back().first, 10'000);
        QCOMPARE(*hook.queued(), 1);
        // a second alert waits behind the first
        hook.enqueue(alertNamed(QStringLiteral("two")));
        QCOMPARE(site.requests().size(), 1);
        m_now += 10'000;
        m_scheduled.back().second();
        QTRY_COMPARE(failed.size(), 2);
        QCOMPARE(m_scheduled.back().first, 20'000);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT attempts FROM monitor_webhook_queue ORDER BY id LIMIT 1")), 2);
        site.setPage(QStringLiteral("/hook"), fakes::Page::of("text/plain", "ok", 204));
        m_now += 20'000;
        m_scheduled.back().second();
        QTRY_COMPARE(delivered.size(), 2);
        QCOMPARE(site.requests().size(), 4);
        QCOMPARE(bodyOf(site.requests().at(3)).value(QLatin1String("alert")).toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("two"));
        QCOMPARE(*hook.queued(), 0);
    }

    // The queue is in the database: what a stopped server could not deliver goes out after the restart.
    void theQueueSurvivesARestart()
    {
        auto db = openDatabase();
        QTcpServer closed; // a port nobody answers on
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const QUrl nowhere(QStringLiteral("http://127.0.0.1:%1/hook").arg(closed.serverPort()));
        closed.close();
        {
            WebhookNotifier hook(db, nowhere, options());
            QSignalSpy failed(&hook, &WebhookNotifier::deliveryFailed);
            hook.enqueue(alertNamed(QStringLiteral("one")));
            QTRY_COMPARE(failed.size(), 1);
            QVERIFY2(failed.first().at(1).toString().contains(QLatin1String("did not answer")), qPrintable(failed.first().at(1).toString()));
            QVERIFY(!failed.first().at(1).toString().contains(QLatin1String("/hook"))); // the host only, never the URL
        }
        fakes::FakeSite site;
        QVERIFY(site.listen());
        site.setPage(QStringLiteral("/hook"), fakes::Page::of("application/json", "{}"));
        m_scheduled.clear();
        WebhookNotifier hook(db, site.url(QStringLiteral("/hook")), options());
        QSignalSpy delivered(&hook, &WebhookNotifier::delivered);
        hook.resume(); // not due yet: waits for its retry time
        QCOMPARE(site.requests().size(), 0);
        QCOMPARE(m_scheduled.size(), std::size_t(1));
        m_now += 10'000;
        m_scheduled.back().second();
        QTRY_COMPARE(delivered.size(), 1);
        QCOMPARE(bodyOf(site.requests().first()).value(QLatin1String("alert")).toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("one"));
    }

    // At most maxQueued wait (the oldest go), and an alert is dropped after maxAttempts.
    void theQueueIsBounded()
    {
        fakes::FakeSite site;
        QVERIFY(site.listen());
        site.setPage(QStringLiteral("/hook"), fakes::Page::of("text/plain", "no", 500));
        auto db = openDatabase();
        WebhookNotifier hook(db, site.url(QStringLiteral("/hook")), options(3, 2));
        QSignalSpy failed(&hook, &WebhookNotifier::deliveryFailed);
        hook.enqueue(alertNamed(QStringLiteral("a0")));
        QTRY_COMPARE(failed.size(), 1);
        for (int i = 1; i < 5; ++i)
            hook.enqueue(alertNamed(QStringLiteral("a%1").arg(i)));
        // a0 waited for its retry and was dropped by a3, then a1 (posted meanwhile) by a4
        QCOMPARE(*hook.queued(), 3);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM monitor_webhook_queue WHERE body LIKE '%\"name\":\"a2\"%'")), 1);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM monitor_webhook_queue WHERE body LIKE '%\"name\":\"a1\"%'")), 0);
        // a1 fails after it was dropped (no retry), then a2, heading the queue now, fails for the first time
        // and waits: the signals come in that order, two of them possibly between two looks of QTRY
        QTRY_COMPARE(failed.size(), 3);
        QCOMPARE(failed.at(1).at(2).toBool(), false);
        QCOMPARE(failed.at(2).at(2).toBool(), true);
        m_now += 3'600'000;
        m_scheduled.back().second();
        // a2's second failure drops it, then a3 goes at once and fails for the first time: wait for that
        // end state (counting the signals as they come raced the local server's answer to a3)
        QTRY_COMPARE(failed.size(), 5);
        QCOMPARE(failed.at(3).at(2).toBool(), false);
        QCOMPARE(failed.at(4).at(2).toBool(), true);
        QCOMPARE(*hook.queued(), 2); // a3 (to retry) and a4
        QCOMPARE(site.requests().size(), 5); // a0, a1, a2 twice, a3
    }

    void aTestAlertSaysWhatHappened()
    {
        fakes::FakeSite site;
        QVERIFY(site.listen());
        site.setPage(QStringLiteral("/hook"), fakes::Page::of("application/json", "{}"));
        auto db = openDatabase();
        WebhookNotifier hook(db, site.url(QStringLiteral("/hook")), options());
        std::optional<Expected<int>> result;
        hook.sendTest(this, [&result](Expected<int> r) { result = r; });
        QTRY_VERIFY(result.has_value());
        QVERIFY(*result);
        QCOMPARE(**result, 200);
        const QJsonObject body = bodyOf(site.requests().first());
        QCOMPARE(body.value(QLatin1String("event")).toString(), QStringLiteral("alert.test"));
        QVERIFY(body.value(QLatin1String("text")).toString().startsWith(QLatin1String("[TEST] ")));
        QCOMPARE(*hook.queued(), 0); // not queued: a test is answered at once

        WebhookNotifier wrong(db, site.url(QStringLiteral("/nothing-here")), options());
        result.reset();
        wrong.sendTest(this, [&result](Expected<int> r) { result = r; });
        QTRY_VERIFY(result.has_value());
        QVERIFY(!*result);
        QCOMPARE(result->error().message, QStringLiteral("the webhook at 127.0.0.1 answered HTTP 404"));
    }
};

QTEST_GUILESS_MAIN(TestMonitorWebhook)
#include "tst_monitorwebhook.moc"
