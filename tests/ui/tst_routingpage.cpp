#include "appcontext.h"
#include "i18n.h"
#include "mainwindow.h"
#include "pages/routingpage.h"
#include "router/engine.h"
#include "theme.h"
#include "uitest.h"

#include "fakeupstream.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;
using namespace sb::ui;
using namespace sb::uitest;
namespace fk = sb::fakes;

class TestRoutingPage : public QObject
{
    Q_OBJECT

private:
    struct Fixture {
        QTemporaryDir dir;
        std::unique_ptr<QSettings> settings;
        std::shared_ptr<MemorySecretStore> secrets = std::make_shared<MemorySecretStore>();
        std::unique_ptr<AppContext> context;
        ScriptedPrompts prompts;
        std::unique_ptr<MainWindow> window;
        fk::FakeUpstream fa{fk::Dialects(fk::Dialect::OpenAiChat)};
        fk::FakeUpstream fb{fk::Dialects(fk::Dialect::Anthropic)};
        RoutingPage *page = nullptr;

        bool start()
        {
            if (!fa.listen() || !fb.listen())
                return false;
            (void)secrets->write(QStringLiteral("k"), QStringLiteral("sk"));
            settings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
            context = std::make_unique<AppContext>(dir.filePath(QStringLiteral("data")), secrets);
            if (!context->openDatabase() || !context->loadWorkspace())
                return false;
            Workspace ws = context->workspace();
            ProviderConfig a;
            a.id = QStringLiteral("openai");
            a.kind = QStringLiteral("openai");
            a.baseUrl = fa.baseUrl().toString();
            a.apiKey = QStringLiteral("keychain:k");
            a.models = {QStringLiteral("gpt-4o-mini"), QStringLiteral("gpt-4o")};
            ProviderConfig b;
            b.id = QStringLiteral("anthropic");
            b.kind = QStringLiteral("anthropic");
            b.baseUrl = fb.baseUrl().toString();
            b.apiKey = QStringLiteral("keychain:k");
            b.models = {QStringLiteral("claude-sonnet-4")};
            ws.providers = {a, b};
            if (!context->replaceWorkspace(ws) || !context->startEngine())
                return false;
            window = std::make_unique<MainWindow>(*context, *settings, prompts);
            window->resize(1200, 760);
            window->show();
            window->showPage(QStringLiteral("routing"));
            page = window->routingPage();
            return page && QTest::qWaitForWindowExposed(window.get());
        }
    };

private Q_SLOTS:
    void initTestCase()
    {
        ThemeManager::captureSystemDefaults();
        ThemeManager::apply(Theme::Light);
        QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 10));
        installTranslations(QStringLiteral("en"));
    }

    void editValidateApplyDryRun()
    {
        Fixture f;
        QVERIFY(f.start());
        QCOMPARE(f.window->currentPageId(), QStringLiteral("routing"));

        // malformed text: a line number, nothing saved
        f.page->setEditorText(QStringLiteral("{\n  \"routes\": [\n    { \"name\": \"x\", }\n  ]\n}"));
        QVERIFY2(f.page->validationMessage().startsWith(QLatin1String("Line 3:")), qPrintable(f.page->validationMessage()));
        f.page->apply();
        QVERIFY(f.context->workspace().routes.isEmpty());
        // well-formed but wrong: the path of the problem
        f.page->setEditorText(QStringLiteral(R"({"routes": [{"name": "r", "targets": ["nobody/x"]}], "virtualModels": []})"));
        QVERIFY2(f.page->validationMessage().contains(QLatin1String("routes[0].targets[0]: no provider \"nobody\"")),
                 qPrintable(f.page->validationMessage()));

        // the example is valid and applies
        f.page->insertExample();
        QVERIFY2(f.page->validationMessage().isEmpty(), qPrintable(f.page->validationMessage()));
        f.page->apply();
        QCOMPARE(f.context->workspace().routes.size(), 2);
        QCOMPARE(f.context->workspace().virtualModels.size(), 1);
        QVERIFY(f.prompts.errors.isEmpty());

        // dry runs: a code prompt goes to "smart", a summary to "cheap" (cost order)
        f.page->setDryRunModel(QStringLiteral("auto"));
        f.page->setDryRunPrompt(QStringLiteral("Fix the bug in this Python function"));
        f.page->dryRun();
        QVERIFY2(f.page->dryRunSummary().contains(QLatin1String("route smart")), qPrintable(f.page->dryRunSummary()));
        QVERIFY2(f.page->dryRunSummary().contains(QLatin1String("task code (guessed)")), qPrintable(f.page->dryRunSummary()));
        const QStringList smart = f.page->dryRunOrder();
        QCOMPARE(smart.size(), 2);
        f.page->setDryRunPrompt(QStringLiteral("Summarize this report"));
        f.page->dryRun();
        QVERIFY2(f.page->dryRunSummary().contains(QLatin1String("route cheap (cost)")), qPrintable(f.page->dryRunSummary()));
        // cheapest first: gpt-4o-mini before anything dearer
        QCOMPARE(f.page->dryRunOrder().value(0), QStringLiteral("openai/gpt-4o-mini"));

        // traffic through the router shows up in the health table
        auto *host = f.context->routerHost();
        for (int i = 0; i < 3; ++i) {
            protocol::ChatRequest req;
            req.model = QStringLiteral("anthropic/claude-sonnet-4");
            req.messages << protocol::Message::make(protocol::Role::User, QStringLiteral("hi"));
            req.stream = true;
            router::Dispatch *d = host->router().dispatch(req);
            QSignalSpy done(d, &router::Dispatch::finished);
            QVERIFY(done.wait(10000));
            QVERIFY(d->result().ok());
            delete d;
        }
        f.page->refreshHealth();
        QCOMPARE(f.page->healthRows(), 1);
        auto *health = f.page->findChild<QTableWidget *>(QStringLiteral("healthTable"));
        QCOMPARE(health->item(0, 0)->text(), QStringLiteral("anthropic/claude-sonnet-4"));
        QCOMPARE(health->item(0, 1)->text(), QStringLiteral("healthy"));
        QCOMPARE(health->item(0, 4)->text(), QStringLiteral("0 of 3 failed (0%)"));

        // a target that fails three times cools down, and the dry run says so
        f.fa.setFault(fk::Fault::make(fk::FaultKind::ServerError));
        for (int i = 0; i < 3; ++i)
            f.context->engine()->health().failed(QStringLiteral("openai/gpt-4o-mini"));
        f.page->dryRun();
        QVERIFY(!f.page->dryRunOrder().contains(QStringLiteral("openai/gpt-4o-mini")));
        auto *plan = f.page->findChild<QTableWidget *>(QStringLiteral("dryRunTable"));
        bool explained = false;
        for (int r = 0; r < plan->rowCount(); ++r)
            explained = explained || plan->item(r, 3)->text().contains(QLatin1String("skipped: circuit open after 3 failures"));
        QVERIFY(explained);
        f.page->refreshHealth();
        // issue 15: three failures out of three read "66% (3 of 3)" (the weighted recent rate beside the counts)
        bool counted = false;
        for (int r = 0; r < health->rowCount(); ++r) {
            if (health->item(r, 0)->text() != QLatin1String("openai/gpt-4o-mini"))
                continue;
            QCOMPARE(health->item(r, 4)->text(), QStringLiteral("3 of 3 failed (100%)"));
            QVERIFY2(health->item(r, 4)->toolTip().contains(QLatin1String("Recent error rate")), qPrintable(health->item(r, 4)->toolTip()));
            counted = true;
        }
        QVERIFY(counted);
        saveScreenshot(f.window.get(), QStringLiteral("routing"));

        // the calls made above are in the ledger, each with its trace
        auto *tabs = f.page->findChild<QTabWidget *>(QStringLiteral("routingTabs"));
        tabs->setCurrentIndex(2);
        QCOMPARE(f.page->callRows(), 3);
        f.page->showTrace(0);
        QVERIFY2(f.page->traceText().contains(QLatin1String("\"requested\": \"anthropic/claude-sonnet-4\"")), qPrintable(f.page->traceText()));
        QVERIFY(f.page->traceText().contains(QLatin1String("\"attempts\"")));
        saveScreenshot(f.window.get(), QStringLiteral("routing-calls"));
    }

    void invalidSavedRoutingIsExplained()
    {
        Fixture f;
        QVERIFY(f.start());
        // a workspace whose routing names a provider that is gone: the app starts, the page explains
        Workspace ws = f.context->workspace();
        ws.routes = QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("r")}, {QStringLiteral("targets"), QJsonArray{QStringLiteral("gone/x")}}}};
        QVERIFY(!f.context->replaceWorkspace(ws)); // refused while running
        QVERIFY(WorkspaceFile::save(ws, f.context->workspacePath()));
        QVERIFY(f.context->loadWorkspace());
        QVERIFY(f.context->startEngine());
        QVERIFY2(f.context->engineProblem().contains(QLatin1String("no provider \"gone\"")), qPrintable(f.context->engineProblem()));
        f.window = std::make_unique<MainWindow>(*f.context, *f.settings, f.prompts);
        f.window->show();
        f.window->showPage(QStringLiteral("routing"));
        QVERIFY2(f.window->routingPage()->validationMessage().contains(QLatin1String("gone")), qPrintable(f.window->routingPage()->validationMessage()));
    }
};

QTEST_MAIN(TestRoutingPage)
#include "tst_routingpage.moc"
