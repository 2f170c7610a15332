// switchboard-cli serve and its usage ledger when things go wrong (issue 28): killed with SIGKILL in
// the middle of traffic, a database that cannot grow (a file size limit, as a full disk), a read-only
// database. An answered call always has its row; a call that cannot be recorded is refused, saying why.
#include "childprocess.h"
#include "fakeupstream.h"
#include "serveload.h"
#include "sqlitepeek.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>
#include <vector>

#ifdef Q_OS_LINUX
#include <linux/capability.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace fk = sb::fakes;
using sb::testing::Child;
using sb::testing::kCalls;

class TestServeDurability : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    fk::FakeUpstream m_fake{fk::allDialects()};
    QString m_workspace;
    QNetworkAccessManager m_nam;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SB_FAKE_KEY"), QStringLiteral("sk-fake"));
        return env;
    }
    QString start(Child &child, const QString &dataDir)
    {
        return child.start(sb::testing::binPath(QStringLiteral("switchboard-cli")),
                           {QStringLiteral("serve"), QStringLiteral("--workspace"), m_workspace, QStringLiteral("--data-dir"), dataDir,
                            QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("-q")},
                           environment());
    }
    // One call; its status and body.
    std::pair<int, QByteArray> call(const QString &base, int kind = 0)
    {
        QUrl url(base);
        url.setPath(QLatin1String(kCalls[kind].path));
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("anthropic-version", "2023-06-01");
        std::unique_ptr<QNetworkReply> reply(m_nam.post(request, QByteArray(kCalls[kind].body)));
        QSignalSpy done(reply.get(), &QNetworkReply::finished);
        if (!reply->isFinished() && !done.wait(20000))
            return {-1, {}};
        return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    }
    std::pair<int, QByteArray> get(const QString &base, const QString &path)
    {
        std::unique_ptr<QNetworkReply> reply(m_nam.get(QNetworkRequest(QUrl(base + path))));
        QSignalSpy done(reply.get(), &QNetworkReply::finished);
        if (!reply->isFinished() && !done.wait(20000))
            return {-1, {}};
        return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    }
    static qint64 scalar(const QString &dataDir, const QString &sql)
    {
        return sb::testing::peekScalar(dataDir + QStringLiteral("/switchboard.sqlite"), sql);
    }
    // serve on `data` answers a call and stops.
    [[nodiscard]] bool answersOnce(const QString &data)
    {
        Child serve;
        const QString base = start(serve, data);
        if (base.isEmpty() || call(base).first != 200) {
            qWarning() << "serve did not answer:" << serve.output;
            return false;
        }
        return stopGently(serve);
    }
    // SIGTERM: serve flushes its ledger and exits with 0.
    [[nodiscard]] static bool stopGently(Child &child)
    {
        child.process->terminate();
        if (!child.process->waitForFinished(20000) || child.process->exitStatus() != QProcess::NormalExit || child.process->exitCode() != 0) {
            qWarning() << "serve did not stop as asked:" << child.process->exitStatus() << child.process->exitCode()
                       << child.process->readAllStandardError();
            return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_fake.listen());
        m_fake.setApiKey(QStringLiteral("sk-fake"));
        m_fake.setRecordLimit(16);
        const QString base = m_fake.baseUrl().toString();
        QJsonArray providers;
        for (const char *kind : {"openai", "anthropic"})
            providers.append(QJsonObject{{QStringLiteral("id"), QLatin1String(kind)},
                                         {QStringLiteral("kind"), QLatin1String(kind)},
                                         {QStringLiteral("baseUrl"), base},
                                         {QStringLiteral("apiKey"), QStringLiteral("env:SB_FAKE_KEY")}});
        m_workspace = m_dir.filePath(QStringLiteral("workspace.json"));
        QVERIFY(sb::testing::writeJson(m_workspace,
                                       QJsonObject{{QStringLiteral("version"), 1},
                                                   {QStringLiteral("name"), QStringLiteral("durability")},
                                                   {QStringLiteral("providers"), providers}}));
    }

    // SIGKILL at a random answer while eight calls of four kinds are in flight, 20 times, each restart
    // on the database the kill left: every call a client got whole has its row, the rollups the charts
    // read equal the rows, and the database is intact.
    void aKillLosesNoAnsweredCall()
    {
#ifndef Q_OS_UNIX
        QSKIP("SIGKILL is Unix-only");
#else
        const QString data = m_dir.filePath(QStringLiteral("killed"));
        m_fake.setChunkDelay(2); // streams are mid-way when the kill comes
        QRandomGenerator random(28);
        constexpr int kKills = 20;
        int answered = 0;
        for (int kill = 0; kill < kKills; ++kill) {
            Child serve;
            const QString base = start(serve, data);
            QVERIFY2(!base.isEmpty(), serve.output.constData()); // a database left by a kill opens
            const sb::testing::Killed killed = sb::testing::killAtAnswer(m_nam, serve, QUrl(base), 1 + int(random.bounded(12)));
            QVERIFY2(killed.problem.isEmpty(), qPrintable(killed.problem));
            answered += killed.answered;
        }
        m_fake.setChunkDelay(0);
        // one more start after the last kill, then a gentle stop: what the database holds now is all
        {
            Child serve;
            QVERIFY2(!start(serve, data).isEmpty(), serve.output.constData());
            QVERIFY(stopGently(serve));
        }
        const qint64 rows = scalar(data, QStringLiteral("SELECT count(*) FROM calls WHERE status = 'ok'"));
        qInfo() << kKills << "kills," << answered << "answers given," << rows << "rows";
        QVERIFY2(rows >= answered, qPrintable(QStringLiteral("%1 answered calls, %2 rows").arg(answered).arg(rows)));
        QCOMPARE(scalar(data, QStringLiteral("SELECT sum(attempts) FROM calls_daily")), scalar(data, QStringLiteral("SELECT count(*) FROM calls")));
        QCOMPARE(scalar(data, QStringLiteral("SELECT sum(cost_nusd) FROM calls_daily_model")),
                 scalar(data, QStringLiteral("SELECT sum(cost_nusd) FROM calls")));
        QCOMPARE(scalar(data, QStringLiteral("SELECT count(*) FROM call_requests")),
                 scalar(data, QStringLiteral("SELECT count(DISTINCT request_id) FROM calls")));
        // the monitoring rollups, deferred (markers a kill left are flushed by the next start): each call once
        for (const char *table : {"monitor_minute", "monitor_hour", "monitor_day", "monitor_hour_all", "monitor_day_model"})
            QCOMPARE(scalar(data, QStringLiteral("SELECT sum(attempts) FROM %1").arg(QLatin1String(table))),
                     scalar(data, QStringLiteral("SELECT count(*) FROM calls")));
        QCOMPARE(scalar(data, QStringLiteral("SELECT count(*) FROM monitor_pending")), 0);
        QCOMPARE(scalar(data, QStringLiteral("SELECT count(*) FROM pragma_integrity_check WHERE integrity_check <> 'ok'")), 0);
#endif
    }

    // The database's files may not grow (a file size limit on the running serve, as a full disk would
    // do): the call whose row cannot be written gets 503 saying the disk is full, the next calls are
    // refused before they reach the upstream, and once there is room again (the limit lifted) writing
    // and answering resume by themselves, with the refused call's row landing too.
    void aFullDiskRefusesCallsUntilThereIsRoom()
    {
#ifndef Q_OS_LINUX
        QSKIP("prlimit is Linux-only");
#else
        const QString data = m_dir.filePath(QStringLiteral("full"));
        Child serve;
        const QString base = start(serve, data);
        QVERIFY2(!base.isEmpty(), serve.output.constData());
        QCOMPARE(call(base).first, 200);
        QCOMPARE(call(base, 2).first, 200);
        const pid_t pid = pid_t(serve.process->processId());
        const QString wal = data + QStringLiteral("/switchboard.sqlite-wal");
        const auto limit = [pid](rlim_t bytes) {
            const rlimit value{bytes, RLIM_INFINITY};
            return ::prlimit(pid, RLIMIT_FSIZE, &value, nullptr) == 0;
        };
        QVERIFY(QFileInfo(wal).size() > 0);
        QVERIFY(limit(rlim_t(QFileInfo(wal).size())));
        const int upstreamBefore = m_fake.requestCount();
        auto [status, body] = call(base);
        QCOMPARE(status, 503);
        QVERIFY2(body.contains("the disk is full") && body.contains("a file size limit of"), body.constData());
        QCOMPARE(m_fake.requestCount(), upstreamBefore + 1); // answered upstream, not given: its row waits
        std::tie(status, body) = call(base, 3);
        QCOMPARE(status, 503);
        QVERIFY2(body.contains("the disk is full"), body.constData());
        std::tie(status, body) = get(base, QStringLiteral("/ready")); // a load balancer sends calls elsewhere
        QCOMPARE(status, 503);
        QVERIFY2(body.contains("the ledger cannot write"), body.constData());
        QCOMPARE(m_fake.requestCount(), upstreamBefore + 1); // refused before the upstream
        QVERIFY(limit(RLIM_INFINITY));
        QTRY_COMPARE_WITH_TIMEOUT(call(base).first, 200, 10000); // every call that reached the upstream has its row
        QVERIFY(stopGently(serve));
        QCOMPARE(scalar(data, QStringLiteral("SELECT count(*) FROM calls WHERE status = 'ok'")), qint64(m_fake.requestCount() - upstreamBefore + 2));
#endif
    }

    // SIGTERM while a call is in flight: serve stops taking connections, the call is answered in full
    // and its row written, then serve exits cleanly; a second signal would stop it at once.
    void aSigtermDrainsTheCallsInFlight()
    {
        const QString data = m_dir.filePath(QStringLiteral("drain"));
        Child serve;
        const QString base = start(serve, data);
        QVERIFY2(!base.isEmpty(), serve.output.constData());
        QCOMPARE(get(base, QStringLiteral("/ready")).first, 200);
        QSignalSpy received(&m_fake, &fk::FakeUpstream::requestReceived);
        m_fake.failNext(1, fk::Fault::make(fk::FaultKind::SlowFirstByte, 1500));
        QUrl url(base);
        url.setPath(QLatin1String(kCalls[0].path));
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        std::unique_ptr<QNetworkReply> reply(m_nam.post(request, QByteArray(kCalls[0].body)));
        QTRY_COMPARE_WITH_TIMEOUT(received.count(), 1, 10000); // the upstream has it and is slow to answer
        serve.process->terminate();
        QSignalSpy done(reply.get(), &QNetworkReply::finished);
        QVERIFY(reply->isFinished() || done.wait(20000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(serve.process->waitForFinished(20000));
        QCOMPARE(serve.process->exitStatus(), QProcess::NormalExit);
        QCOMPARE(serve.process->exitCode(), 0);
        serve.output += serve.process->readAllStandardOutput();
        QVERIFY2(serve.output.contains("draining (signal 15): 1 request(s) in flight"), serve.output.constData());
        QVERIFY2(!serve.output.contains("still in flight"), serve.output.constData());
        QCOMPARE(scalar(data, QStringLiteral("SELECT count(*) FROM calls WHERE status = 'ok'")), 1);
    }

    // A database that cannot be written when serve starts (a read-only file) shows before the first
    // call: calls are refused with 503 saying so, and once the file is writable again they go through.
    void aReadOnlyDatabaseRefusesCalls()
    {
#ifndef Q_OS_LINUX
        QSKIP("file modes and capabilities as on Linux");
#else
        const QString data = m_dir.filePath(QStringLiteral("readonly"));
        QVERIFY(answersOnce(data)); // a database with a call in it
        const QString file = data + QStringLiteral("/switchboard.sqlite");
        QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner));
        Child serve;
        // root writes to read-only files all the same (CAP_DAC_OVERRIDE): serve goes without it
        serve.process->setChildProcessModifier([] { ::prctl(PR_CAPBSET_DROP, CAP_DAC_OVERRIDE, 0, 0, 0); });
        const QString base = start(serve, data);
        QVERIFY2(!base.isEmpty(), serve.output.constData());
        const int upstreamBefore = m_fake.requestCount();
        const auto [status, body] = call(base);
        QCOMPARE(status, 503);
        QVERIFY2(body.contains("the database file is read-only"), body.constData());
        QCOMPARE(m_fake.requestCount(), upstreamBefore); // refused before it cost anything
        QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        int answered = 0; // QTRY_VERIFY looks once more after it passed: every answer counts
        QTRY_VERIFY_WITH_TIMEOUT((answered += call(base).first == 200 ? 1 : 0) > 0, 10000);
        QVERIFY(stopGently(serve));
        QCOMPARE(scalar(data, QStringLiteral("SELECT count(*) FROM calls WHERE status = 'ok'")), 1 + answered);
#endif
    }
};

QTEST_GUILESS_MAIN(TestServeDurability)
#include "tst_serve_durability.moc"
