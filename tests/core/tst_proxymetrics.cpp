#include "engine/engine.h"
#include "monitor/prometheus.h"
#include "prometheusparser.h"
#include "proxy/proxyserver.h"
#include "storage/database.h"
#include "storage/secretstore.h"
#include "usage/ledger.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;
using sb::testing::parsePrometheusText;
using sb::testing::PromParse;
using Labels = QMap<QString, QString>;

namespace {

const QByteArray kKey = "sb-metrics-key-123";

struct Reply {
    int status = 0;
    QByteArray contentType;
    QByteArray body;
};

} // namespace

// GET /metrics of the proxy: answered like the other endpoints (the proxy key where there are keys), in
// the Prometheus text format, checked with a parser written from the format's specification
// (prometheusparser.h), with the figures of a generated ledger.
namespace {
proxy::ProxyOptions oneThread()
{
    proxy::ProxyOptions o;
    o.threads = 1;
    return o;
}
} // namespace

class TestProxyMetrics : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<MemorySecretStore> m_secrets = std::make_shared<MemorySecretStore>();
    std::shared_ptr<engine::Engine> m_engine;
    std::unique_ptr<proxy::ProxyServer> m_server;
    QNetworkAccessManager m_nam;

    Reply send(const QByteArray &method, const QByteArray &key = kKey)
    {
        QUrl url = m_server->baseUrl();
        url.setPath(QStringLiteral("/metrics"));
        QNetworkRequest request(url);
        request.setTransferTimeout(30000);
        if (!key.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + key);
        if (method == "POST")
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method, method == "POST" ? QByteArrayLiteral("{}") : QByteArray());
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(30000);
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.contentType = reply->rawHeader("Content-Type");
        r.body = reply->readAll();
        delete reply;
        return r;
    }
    static Labels callLabels(const QString &model, const QString &source, const QString &key, const QString &status, const QString &errorKind)
    {
        return Labels{{QStringLiteral("provider"), QStringLiteral("fake")},
                      {QStringLiteral("model"), model},
                      {QStringLiteral("route"), QString()},
                      {QStringLiteral("source"), source},
                      {QStringLiteral("key"), key},
                      {QStringLiteral("status"), status},
                      {QStringLiteral("error_kind"), errorKind}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_secrets->write(QStringLiteral("proxy"), QString::fromLatin1(kKey)));
        Workspace ws = WorkspaceFile::defaults();
        ProviderConfig p;
        p.id = QStringLiteral("fake");
        p.kind = QStringLiteral("openai");
        p.baseUrl = QStringLiteral("http://127.0.0.1:9");
        ws.providers = {p};
        ws.proxy.port = 0;
        ws.proxy.keys = {ProxyKeyConfig{QStringLiteral("editor"), QStringLiteral("keychain:proxy"), {}}};
        ws.budgets = QJsonArray{QJsonObject{{QStringLiteral("scope"), QStringLiteral("workspace")},
                                            {QStringLiteral("period"), QStringLiteral("monthly")},
                                            {QStringLiteral("softLimitUsd"), 5},
                                            {QStringLiteral("hardLimitUsd"), 10}}};
        ws.monitoring = QJsonObject{{QStringLiteral("slos"),
                                     QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("mini-up")},
                                                            {QStringLiteral("model"), QStringLiteral("fake/gpt-4o-mini")},
                                                            {QStringLiteral("kind"), QStringLiteral("availability")},
                                                            {QStringLiteral("objective"), 99}}}}};
        auto engine = engine::Engine::open(m_dir.filePath(QStringLiteral("data")), ws, m_secrets);
        QVERIFY2(engine, engine ? "" : qPrintable(engine.error().message));
        m_engine = *engine;
        // ten minutes ago: 10 ok proxy calls (latency 100..1000 ms, first tokens 50 ms), 2 timeouts, and
        // 3 playground calls of a model whose name needs escaping
        const qint64 at = QDateTime::currentMSecsSinceEpoch() - 10 * 60'000;
        for (int i = 0; i < 15; ++i) {
            usage::CallRecord c;
            c.requestId = QStringLiteral("r%1").arg(i);
            c.startedAtMs = at + i;
            c.source = usage::Source::Proxy;
            c.sourceKey = QStringLiteral("editor");
            c.provider = QStringLiteral("fake");
            c.model = QStringLiteral("gpt-4o-mini");
            c.usage.inputTokens = 100;
            c.usage.outputTokens = 20;
            c.costUsd = 0.25;
            c.latencyMs = 100 * (i + 1);
            c.ttftMs = 50;
            if (i >= 10 && i < 12) {
                c.setError(protocol::ApiError::make(protocol::ApiError::Kind::Timeout, QStringLiteral("slow")));
                c.ttftMs.reset();
                c.usage = {};
                c.costUsd = 0;
                c.latencyMs = 30'000;
            } else if (i >= 12) {
                c.source = usage::Source::Playground;
                c.sourceKey = QStringLiteral("conversation-9");
                c.model = QStringLiteral("we\"ird\\model\nname");
            }
            m_engine->ledger().record(c);
        }
        QVERIFY(m_engine->ledger().flush());
        m_server = std::make_unique<proxy::ProxyServer>();
        auto started = m_server->start(m_engine, ws.proxy, oneThread());
        QVERIFY2(started, started ? "" : qPrintable(started.error().message));
    }

    void cleanupTestCase()
    {
        m_server.reset();
        m_engine.reset();
    }

    // The parser itself: a valid exposition passes, each thing the specification forbids is refused.
    void theParserFollowsTheSpecification_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("error");
        const QByteArray valid = "# a comment\n"
                                 "# HELP jobs_total Jobs done, with \\\\ and \\n in the help.\n"
                                 "# TYPE jobs_total counter\n"
                                 "jobs_total{queue=\"a\\\"b\",host=\"x\",} 3 1395066363000\n"
                                 "jobs_total{queue=\"c\"}\t4\n"
                                 "\n"
                                 "# TYPE wait_seconds histogram\n"
                                 "wait_seconds_bucket{le=\"0.5\"} 2\n"
                                 "wait_seconds_bucket{le=\"1\"} 5\n"
                                 "wait_seconds_bucket{le=\"+Inf\"} 6\n"
                                 "wait_seconds_sum 4.5e0\n"
                                 "wait_seconds_count 6\n"
                                 "temperature NaN\n"
                                 "depth -Inf\n";
        QTest::newRow("valid") << valid << QString();
        QTest::newRow("no final line feed") << QByteArray("x 1") << QStringLiteral("must end with a line feed");
        QTest::newRow("bad escape") << QByteArray("x{a=\"\\t\"} 1\n") << QStringLiteral("bad escape");
        QTest::newRow("bad name") << QByteArray("1x 1\n") << QStringLiteral("not a metric name");
        QTest::newRow("type after sample") << QByteArray("x 1\n# TYPE x gauge\n") << QStringLiteral("after its first sample");
        QTest::newRow("two types") << QByteArray("# TYPE x gauge\n# TYPE x gauge\n") << QStringLiteral("a second TYPE");
        QTest::newRow("split group") << QByteArray("x{a=\"1\"} 1\ny 2\nx{a=\"2\"} 3\n") << QStringLiteral("not one group");
        QTest::newRow("same series") << QByteArray("x{a=\"1\"} 1\nx{a=\"1\"} 2\n") << QStringLiteral("twice");
        QTest::newRow("no +Inf") << QByteArray("# TYPE h histogram\nh_bucket{le=\"1\"} 1\nh_sum 1\nh_count 1\n") << QStringLiteral("no le=\"+Inf\"");
        QTest::newRow("+Inf is not count") << QByteArray("# TYPE h histogram\nh_bucket{le=\"+Inf\"} 2\nh_sum 1\nh_count 1\n")
                                           << QStringLiteral("is not _count");
        QTest::newRow("not cumulative") << QByteArray("# TYPE h histogram\nh_bucket{le=\"1\"} 3\nh_bucket{le=\"2\"} 2\nh_bucket{le=\"+Inf\"} 3\n"
                                                      "h_sum 1\nh_count 3\n")
                                        << QStringLiteral("not cumulative");
        QTest::newRow("value") << QByteArray("x one\n") << QStringLiteral("not a float");
    }
    void theParserFollowsTheSpecification()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, error);
        const PromParse p = parsePrometheusText(text);
        if (error.isEmpty()) {
            QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
            QCOMPARE(*p.value(QStringLiteral("jobs_total"),
                              {{QStringLiteral("queue"), QStringLiteral("a\"b")}, {QStringLiteral("host"), QStringLiteral("x")}}),
                     3.0);
            QCOMPARE(p.families.value(QStringLiteral("jobs_total")).help, QStringLiteral("Jobs done, with \\ and \n in the help."));
            QCOMPARE(p.families.value(QStringLiteral("wait_seconds")).samples.size(), 5);
        } else {
            QVERIFY2(p.error.contains(error), qPrintable(p.error));
        }
    }

    void aKeyIsNeeded()
    {
        QCOMPARE(send("GET", {}).status, 401);
        QCOMPARE(send("GET", "wrong").status, 401);
        QCOMPARE(send("POST").status, 405);
    }

    void theMetricsParseAndAddUp()
    {
        const Reply r = send("GET");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.contentType, QByteArray(monitor::kPrometheusContentType));
        const PromParse p = parsePrometheusText(r.body);
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error + QLatin1Char('\n') + QString::fromUtf8(r.body)));
        QCOMPARE(p.families.value(QStringLiteral("switchboard_calls_total")).type, QStringLiteral("counter"));
        QCOMPARE(p.families.value(QStringLiteral("switchboard_latency_seconds")).type, QStringLiteral("histogram"));
        const QString mini = QStringLiteral("gpt-4o-mini");
        const QString proxy = QStringLiteral("proxy");
        const QString editor = QStringLiteral("editor");
        QCOMPARE(*p.value(QStringLiteral("switchboard_calls_total"), callLabels(mini, proxy, editor, QStringLiteral("ok"), {})), 10.0);
        QCOMPARE(
            *p.value(QStringLiteral("switchboard_calls_total"), callLabels(mini, proxy, editor, QStringLiteral("error"), QStringLiteral("timeout"))),
            2.0);
        const QString weird = QStringLiteral("we\"ird\\model\nname");
        QCOMPARE(*p.value(QStringLiteral("switchboard_calls_total"), callLabels(weird, QStringLiteral("playground"), {}, QStringLiteral("ok"), {})),
                 3.0);
        // latencies 100, 200, ..., 1000 ms: 5 within 0.512 s, 7 within 1.024 s... all ten; the sum 5.5 s
        Labels ok = callLabels(mini, proxy, editor, QStringLiteral("ok"), {});
        Labels le = ok;
        le.insert(QStringLiteral("le"), QStringLiteral("0.512"));
        QCOMPARE(*p.value(QStringLiteral("switchboard_latency_seconds_bucket"), le), 5.0);
        le.insert(QStringLiteral("le"), QStringLiteral("1.024"));
        QCOMPARE(*p.value(QStringLiteral("switchboard_latency_seconds_bucket"), le), 10.0);
        le.insert(QStringLiteral("le"), QStringLiteral("+Inf"));
        QCOMPARE(*p.value(QStringLiteral("switchboard_latency_seconds_bucket"), le), 10.0);
        QCOMPARE(*p.value(QStringLiteral("switchboard_latency_seconds_sum"), ok), 5.5);
        QCOMPARE(*p.value(QStringLiteral("switchboard_ttft_seconds_count"), ok), 10.0);
        le.insert(QStringLiteral("le"), QStringLiteral("0.064"));
        QCOMPARE(*p.value(QStringLiteral("switchboard_ttft_seconds_bucket"), le), 10.0);
        // tokens and cost without the status
        Labels base = ok;
        base.remove(QStringLiteral("status"));
        base.remove(QStringLiteral("error_kind"));
        Labels input = base;
        input.insert(QStringLiteral("type"), QStringLiteral("input"));
        QCOMPARE(*p.value(QStringLiteral("switchboard_tokens_total"), input), 1000.0);
        QCOMPARE(*p.value(QStringLiteral("switchboard_cost_usd_total"), base), 2.5);
        // the SLO: 2 of 12 attempts failed in the last hour, a burn of (2/12)/0.01
        const Labels slo{{QStringLiteral("slo"), QStringLiteral("mini-up")}};
        QCOMPARE(*p.value(QStringLiteral("switchboard_slo_objective"), slo), 0.99);
        Labels hour = slo;
        hour.insert(QStringLiteral("window"), QStringLiteral("1h"));
        QVERIFY(qAbs(*p.value(QStringLiteral("switchboard_slo_burn_rate"), hour) - (2.0 / 12.0) / 0.01) < 1e-9);
        QVERIFY(p.value(QStringLiteral("switchboard_slo_error_budget_remaining"), slo));
        // the budget: the month's spend so far, and its limits
        const Labels budget{{QStringLiteral("scope"), QStringLiteral("workspace")},
                            {QStringLiteral("target"), QString()},
                            {QStringLiteral("period"), QStringLiteral("monthly")}};
        QCOMPARE(*p.value(QStringLiteral("switchboard_budget_spent_usd"), budget), 0.25 * 13);
        Labels hard = budget;
        hard.insert(QStringLiteral("limit"), QStringLiteral("hard"));
        QCOMPARE(*p.value(QStringLiteral("switchboard_budget_limit_usd"), hard), 10.0);
    }

    // Kept sums of the days long over give the text the whole history gives, byte for byte, as the
    // days go by; a scrape reads only what came after them. The SLOs' evaluator kept between scrapes
    // (following the writer) gives what a fresh one reads.
    void closedDaysAreSummedOnce()
    {
        auto opened = Database::open(m_dir.filePath(QStringLiteral("closed.sqlite")));
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        const std::shared_ptr<Database> db = *opened;
        const qint64 day0 = (QDateTime::currentMSecsSinceEpoch() / usage::kMsPerDay - 10) * usage::kMsPerDay;
        usage::Ledger ledger(db);
        int n = 0;
        const auto record = [&](qint64 at, bool failed) {
            usage::CallRecord c;
            c.requestId = QStringLiteral("c%1").arg(++n);
            c.startedAtMs = at;
            c.source = usage::Source::Proxy;
            c.sourceKey = n % 2 ? QStringLiteral("editor") : QStringLiteral("agent");
            c.provider = QStringLiteral("fake");
            c.model = n % 3 ? QStringLiteral("gpt-4o-mini") : QStringLiteral("gpt-4o");
            c.usage.inputTokens = 10 * n;
            c.costUsd = 0.001 * n;
            c.latencyMs = 37 * n;
            c.ttftMs = 11 * n;
            if (failed)
                c.setError(protocol::ApiError::make(protocol::ApiError::Kind::Server, QStringLiteral("boom"), 500));
            QVERIFY(ledger.record(c));
        };
        for (int day = 0; day < 4; ++day) {
            for (int i = 0; i < 5; ++i)
                record(day0 + day * usage::kMsPerDay + i * 3'600'000, i == 3);
        }
        QVERIFY(ledger.flush());
        monitor::ClosedDayTotals closed;
        // two SLOs: the kept evaluator follows the ledger's writer between scrapes, a fresh one reads
        // (a latency threshold on a bucket boundary: whole buckets, so the sums are exact either way)
        QList<monitor::Slo> slos(2);
        slos[0].name = QStringLiteral("mini-up");
        slos[0].scope.provider = QStringLiteral("fake");
        slos[0].scope.model = QStringLiteral("gpt-4o-mini");
        slos[0].objectivePercent = 90;
        slos[0].windowDays = 7;
        slos[1].name = QStringLiteral("fake-ttft");
        slos[1].scope.provider = QStringLiteral("fake");
        slos[1].kind = monitor::Slo::Kind::Latency;
        slos[1].thresholdMs = 1024;
        slos[1].objectivePercent = 95;
        // day 3, noon: days 0 to 2 are over
        qint64 now = day0 + 3 * usage::kMsPerDay + 12 * 3'600'000;
        const auto same = [&] {
            const auto whole = monitor::prometheusText(db, slos, {}, now);
            const auto kept = monitor::prometheusText(db, slos, {}, now, &closed);
            QVERIFY2(whole, whole ? "" : qPrintable(whole.error().message));
            QVERIFY2(kept, kept ? "" : qPrintable(kept.error().message));
            QVERIFY(whole->contains("switchboard_calls_total"));
            QVERIFY(whole->contains("switchboard_slo_sli{slo=\"fake-ttft\"}"));
            QVERIFY(whole->contains("switchboard_slo_error_budget_remaining{slo=\"mini-up\"}"));
            QCOMPARE(*kept, *whole);
        };
        same();
        QCOMPARE(closed.summedUpToMs(), day0 + 3 * usage::kMsPerDay);
        same(); // a second scrape from the kept sums
        record(now - 1000, false); // today's calls are read anew each time
        QVERIFY(ledger.flush());
        same();
        // 03:00 the next day: day 3 is not over yet (calls may have run across midnight); at 07:00 it is
        now = day0 + 4 * usage::kMsPerDay + 3 * 3'600'000;
        same();
        QCOMPARE(closed.summedUpToMs(), day0 + 3 * usage::kMsPerDay);
        now = day0 + 4 * usage::kMsPerDay + 7 * 3'600'000;
        same();
        QCOMPARE(closed.summedUpToMs(), day0 + 4 * usage::kMsPerDay);
    }
};

QTEST_GUILESS_MAIN(TestProxyMetrics)
#include "tst_proxymetrics.moc"
