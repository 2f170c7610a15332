// Budgets that hold under concurrency, through the real proxy: 64 concurrent calls against a hard limit
// spend at most the limit plus one call's estimate, also with two proxies (two engines) on one database;
// reservations are released when the upstream fails or the client goes away; the refusal names the
// budget in each client dialect.
#include "engine/engine.h"
#include "fakeupstream.h"
#include "proxy/proxyserver.h"
#include "storage/database.h"
#include "storage/secretstore.h"
#include "usage/ledger.h"
#include "usage/reservations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace sb;
namespace fk = sb::fakes;

namespace {

constexpr double kLimitUsd = 0.10;
constexpr int kMaxTokens = 1000;
// gpt-4o: $2.50 in, $10 out per million tokens; the prompt is far below 100 tokens
constexpr double kEstimateUsd = 100 * 2.5 / 1e6 + kMaxTokens * 10.0 / 1e6;

const usage::Budget kDaily{usage::Budget::Scope::Workspace, {}, usage::Budget::Period::Daily, {}, kLimitUsd};

QByteArray openAiBody(bool stream = false)
{
    const QJsonObject body{
        {QStringLiteral("model"), QStringLiteral("fake/gpt-4o")},
        {QStringLiteral("max_tokens"), kMaxTokens},
        {QStringLiteral("stream"), stream},
        {QStringLiteral("messages"),
         QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), QStringLiteral("Say hello.")}}}}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

// One proxy over its own engine: what one `serve` process holds.
struct Serve {
    std::shared_ptr<engine::Engine> engine;
    std::unique_ptr<proxy::ProxyServer> proxy;

    QUrl url(const QString &path) const
    {
        QUrl u = proxy->baseUrl();
        u.setPath(path);
        return u;
    }
};

} // namespace

class TestProxyBudgets : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    fk::FakeUpstream m_upstream{fk::Dialects(fk::Dialect::OpenAiChat)};
    std::shared_ptr<MemorySecretStore> m_secrets = std::make_shared<MemorySecretStore>();
    int m_dataDirs = 0;

    QString newDataDir() { return m_dir.filePath(QStringLiteral("data%1").arg(++m_dataDirs)); }

    Workspace workspace() const
    {
        Workspace ws = WorkspaceFile::defaults();
        ProviderConfig p;
        p.id = QStringLiteral("fake");
        p.kind = QStringLiteral("openai");
        p.baseUrl = m_upstream.baseUrl().toString();
        p.apiKey = QStringLiteral("keychain:upstream");
        p.models = {QStringLiteral("gpt-4o")};
        ws.providers = {p};
        ws.proxy.port = 0;
        ws.budgets = usage::Budget::listToJson({kDaily});
        return ws;
    }

    Serve serve(const QString &dataDir)
    {
        Serve s;
        auto engine = engine::Engine::open(dataDir, workspace(), m_secrets);
        if (!engine) {
            qWarning() << engine.error().message;
            return s;
        }
        s.engine = *engine;
        s.proxy = std::make_unique<proxy::ProxyServer>();
        proxy::ProxyOptions options;
        options.threads = 2;
        if (auto started = s.proxy->start(s.engine, workspace().proxy, options); !started) {
            qWarning() << started.error().message;
            s.proxy.reset();
        }
        return s;
    }

    static qint64 ledgerSpendNano(engine::Engine &engine)
    {
        if (!engine.ledger().flush())
            return -1;
        QSqlQuery q(*engine.database()->connection());
        if (!q.exec(QStringLiteral("SELECT COALESCE(SUM(cost_nusd), 0) FROM calls")) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    static qint64 reservedNano(engine::Engine &engine)
    {
        auto c = engine.reservations().counter(kDaily);
        return c ? c->second : -1;
    }

    // `n` concurrent calls spread over `servers`, each on a network manager of its own (one manager
    // holds at most 6 connections to a host); the HTTP statuses.
    static QList<int> concurrentCalls(const QList<Serve *> &servers, int n, QList<QByteArray> *refusals = nullptr)
    {
        std::vector<std::unique_ptr<QNetworkAccessManager>> nams;
        QList<QNetworkReply *> replies;
        for (int i = 0; i < n; ++i) {
            nams.push_back(std::make_unique<QNetworkAccessManager>());
            QNetworkRequest request(servers.at(i % servers.size())->url(QStringLiteral("/v1/chat/completions")));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            request.setTransferTimeout(60000);
            replies << nams.back()->post(request, openAiBody());
        }
        auto allDone = [&replies] { return std::all_of(replies.cbegin(), replies.cend(), [](QNetworkReply *r) { return r->isFinished(); }); };
        if (!QTest::qWaitFor(allDone, 60000))
            return {};
        QList<int> statuses;
        for (QNetworkReply *r : std::as_const(replies)) {
            const int status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            statuses << status;
            if (status != 200 && refusals)
                *refusals << r->readAll();
            delete r;
        }
        return statuses;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_upstream.listen());
        QVERIFY(m_secrets->write(QStringLiteral("upstream"), QStringLiteral("sk-upstream")));
    }

    void init()
    {
        fk::ReplyScript reply;
        reply.inputTokens = 12;
        reply.outputTokens = kMaxTokens; // every call costs about its estimate
        m_upstream.setReply(reply);
        // the calls overlap: each answers 50 ms after it arrives
        m_upstream.setFault(fk::Fault::make(fk::FaultKind::SlowFirstByte, 50));
    }

    void concurrentCallsStayWithinTheHardLimit()
    {
        for (int round = 0; round < 3; ++round) {
            Serve s = serve(newDataDir());
            QVERIFY(s.proxy);
            QList<QByteArray> refusals;
            const QList<int> statuses = concurrentCalls({&s}, 64, &refusals);
            QCOMPARE(int(statuses.size()), 64);
            const int answered = int(statuses.count(200));
            QCOMPARE(answered + int(statuses.count(402)), 64);
            QVERIFY2(answered >= 1, "no call got through");
            const qint64 spent = ledgerSpendNano(*s.engine);
            qInfo("round %d: %d of 64 answered, $%.4f spent of $%.2f", round, answered, usage::nanoToUsd(spent), kLimitUsd);
            QVERIFY2(spent <= usage::usdToNano(kLimitUsd + kEstimateUsd), qPrintable(QString::number(usage::nanoToUsd(spent))));
            // the refusal names the budget (OpenAI's error object)
            const QJsonObject error = QJsonDocument::fromJson(refusals.constFirst()).object().value(QStringLiteral("error")).toObject();
            QVERIFY2(error.value(QStringLiteral("message")).toString().contains(QLatin1String("daily workspace budget")),
                     refusals.constFirst().constData());
            QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("budget_exceeded"));
            // every reservation settled: nothing left reserved, the counter's spend is the ledger's
            QTRY_COMPARE(reservedNano(*s.engine), qint64(0));
            QCOMPARE(s.engine->reservations().counter(kDaily)->first, spent);
        }
    }

    void theRefusalSpeaksTheClientsDialect()
    {
        Serve s = serve(newDataDir());
        QVERIFY(s.proxy);
        (void)concurrentCalls({&s}, 12); // spends the budget
        QNetworkAccessManager nam;
        QNetworkRequest request(s.url(QStringLiteral("/v1/messages")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("anthropic-version", "2023-06-01");
        const QJsonObject body{
            {QStringLiteral("model"), QStringLiteral("fake/gpt-4o")},
            {QStringLiteral("max_tokens"), kMaxTokens},
            {QStringLiteral("messages"),
             QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), QStringLiteral("Hi")}}}}};
        QNetworkReply *reply = nam.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(30000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 402);
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        delete reply;
        QCOMPARE(answer.value(QStringLiteral("type")).toString(), QStringLiteral("error"));
        const QJsonObject error = answer.value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("type")).toString(), QStringLiteral("billing_error"));
        QVERIFY2(error.value(QStringLiteral("message")).toString().contains(QLatin1String("daily workspace budget")),
                 qPrintable(error.value(QStringLiteral("message")).toString()));
    }

    void twoProxiesOnOneDatabaseShareTheLimit()
    {
        const QString dir = newDataDir();
        Serve one = serve(dir);
        Serve two = serve(dir);
        QVERIFY(one.proxy && two.proxy);
        const QList<int> statuses = concurrentCalls({&one, &two}, 64);
        QCOMPARE(int(statuses.size()), 64);
        QVERIFY(two.engine->ledger().flush());
        const qint64 spent = ledgerSpendNano(*one.engine); // both write to the one file
        qInfo("two proxies: %d of 64 answered, $%.4f spent of $%.2f", int(statuses.count(200)), usage::nanoToUsd(spent), kLimitUsd);
        QVERIFY(spent > 0);
        QVERIFY2(spent <= usage::usdToNano(kLimitUsd + kEstimateUsd), qPrintable(QString::number(usage::nanoToUsd(spent))));
        QTRY_COMPARE(reservedNano(*one.engine), qint64(0));
    }

    void anUpstreamFailureReleasesTheReservation()
    {
        Serve s = serve(newDataDir());
        QVERIFY(s.proxy);
        m_upstream.setFault(fk::Fault::make(fk::FaultKind::Unauthorized));
        QNetworkAccessManager nam;
        QNetworkRequest request(s.url(QStringLiteral("/v1/chat/completions")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = nam.post(request, openAiBody());
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(30000));
        QVERIFY(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() >= 400);
        delete reply;
        QTRY_COMPARE(reservedNano(*s.engine), qint64(0));
        QCOMPARE(s.engine->reservations().counter(kDaily)->first, qint64(0));
    }

    void aClientThatGoesAwayReleasesTheReservation()
    {
        Serve s = serve(newDataDir());
        QVERIFY(s.proxy);
        m_upstream.setFault(fk::Fault::make(fk::FaultKind::SlowFirstToken, 30000));
        QSignalSpy received(&m_upstream, &fk::FakeUpstream::requestReceived);
        QNetworkAccessManager nam;
        QNetworkRequest request(s.url(QStringLiteral("/v1/chat/completions")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = nam.post(request, openAiBody(true));
        QVERIFY(received.wait(30000));
        // the call is in flight: its estimate is held
        QTRY_VERIFY(reservedNano(*s.engine) >= usage::usdToNano(kMaxTokens * 10.0 / 1e6));
        reply->abort();
        delete reply;
        QTRY_COMPARE(reservedNano(*s.engine), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestProxyBudgets)
#include "tst_proxybudgets.moc"
