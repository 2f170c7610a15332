// The desktop app killed with SIGKILL in the middle of a Compare batch run (issue 28): every answer the
// Compare page stored has its row in the usage ledger, and the database the kill left opens again.
//
// The app runs in a child process: this executable started again with SB_COMPARE_KILL_DATA set runs
// the main window's Compare page on that data directory against a fake upstream of its own, a batch of
// many prompts on two models, until it is killed. The test (the parent) kills it at a few moments and
// reads the database afterwards.
#include "fakeupstream.h"
#include "i18n.h"
#include "pages/comparepage.h"
#include "sqlitepeek.h"
#include "theme.h"
#include "uitest.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFont>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdio>

using namespace sb;
using namespace sb::ui;
using namespace sb::uitest;
namespace fk = sb::fakes;

namespace {

const char *kDataVariable = "SB_COMPARE_KILL_DATA";

// The child: the app on `dataDir`, a batch running. Prints "running" once the batch has started.
int runTheApp(const QString &dataDir)
{
    fk::FakeUpstream upstream(fk::Dialects(fk::Dialect::OpenAiChat) | fk::Dialect::Anthropic);
    if (!upstream.listen())
        return 2;
    fk::ReplyScript reply;
    reply.text = QStringLiteral("The capital of France is Paris.");
    reply.textChunks = 4;
    upstream.setReply(reply);
    upstream.setChunkDelay(3);
    upstream.setRecordLimit(8);
    AppFixture app;
    app.dataDirectory = dataDir;
    app.storeKey(QStringLiteral("sk"));
    const bool started = app.open() && app.startEngine([&upstream](Workspace &ws) {
        ws.providers = {AppFixture::provider("a", "openai", upstream.baseUrl(), {QStringLiteral("gpt-4o-mini")}),
                        AppFixture::provider("b", "anthropic", upstream.baseUrl(), {QStringLiteral("claude-sonnet-4")})};
    });
    if (!started || !app.showWindow({1280, 800}, QStringLiteral("compare")))
        return 3;
    ComparePage *page = app.window->comparePage();
    page->setChosenModels({QStringLiteral("a/gpt-4o-mini"), QStringLiteral("b/claude-sonnet-4")});
    page->showTab(1);
    QStringList prompts;
    for (int i = 0; i < 2000; ++i)
        prompts << QStringLiteral("What is the capital of France? (%1)").arg(i);
    page->setBatchText(prompts.join(QLatin1Char('\n')));
    page->setBatchConcurrency(6);
    page->runBatch();
    if (!page->batchRunner().isRunning())
        return 4;
    std::puts("running");
    std::fflush(stdout);
    return QApplication::exec();
}

} // namespace

class TestCompareKill : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static qint64 scalar(const QString &dataDir, const QString &sql)
    {
        return sb::testing::peekScalar(dataDir + QStringLiteral("/switchboard.sqlite"), sql);
    }

private Q_SLOTS:
    // Killed at five moments, each time on the database the last kill left; the stored answers are
    // counted after each kill (the next run must find the database whole).
    void aKillDuringABatchLosesNoStoredAnswer()
    {
#ifndef Q_OS_UNIX
        QSKIP("SIGKILL is Unix-only");
#else
        const QString data = m_dir.filePath(QStringLiteral("data"));
        const QString answers = QStringLiteral("SELECT count(*) FROM compare_batch_results WHERE status = 'ok' AND request_id <> ''");
        const QString withoutRow = QStringLiteral("SELECT count(*) FROM compare_batch_results r WHERE status = 'ok' AND request_id <> '' "
                                                  "AND NOT EXISTS (SELECT 1 FROM calls c WHERE c.request_id = r.request_id)");
        qint64 stored = 0;
        for (int kill = 0; kill < 5; ++kill) {
            QProcess app;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QLatin1String(kDataVariable), data);
            app.setProcessEnvironment(env);
            app.start(QCoreApplication::applicationFilePath(), {});
            QVERIFY(app.waitForStarted(10000));
            QByteArray said;
            QTRY_VERIFY2_WITH_TIMEOUT((said += app.readAllStandardOutput()).contains("running") || app.state() != QProcess::Running,
                                      qPrintable(QString::fromUtf8(app.readAllStandardError())), 30000);
            QCOMPARE(app.state(), QProcess::Running); // the database the last kill left opened
            // killed once some more answers than before are stored, at a different count each time
            const qint64 before = scalar(data, answers);
            QTRY_VERIFY_WITH_TIMEOUT(scalar(data, answers) >= before + 3 + 7 * kill, 30000);
            ::kill(pid_t(app.processId()), SIGKILL);
            QVERIFY(app.waitForFinished(10000));
            QCOMPARE(app.exitStatus(), QProcess::CrashExit);
            stored = scalar(data, answers);
            QCOMPARE(scalar(data, withoutRow), 0);
        }
        qInfo() << stored << "answers stored over 5 kills, every one with its ledger row";
        QCOMPARE(scalar(data, QStringLiteral("SELECT count(*) FROM pragma_integrity_check WHERE integrity_check <> 'ok'")), 0);
#endif
    }
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QString data = qEnvironmentVariable(kDataVariable);
    if (!data.isEmpty())
        return runTheApp(data);
    ThemeManager::captureSystemDefaults();
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 10));
    installTranslations(QStringLiteral("en"));
    TestCompareKill test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_comparekill.moc"
