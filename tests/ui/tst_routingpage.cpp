#include "appcontext.h"
#include "engine/engine.h"
#include "fakeupstream.h"
#include "i18n.h"
#include "mainwindow.h"
#include "monitor/service.h"
#include "pages/routingform.h"
#include "pages/routingpage.h"
#include "routingtrace.h"
#include "theme.h"
#include "uitest.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace sb;
using namespace sb::ui;
using namespace sb::uitest;
namespace fk = sb::fakes;

class TestRoutingPage : public QObject
{
    Q_OBJECT

private:
    struct Fixture : AppFixture {
        fk::FakeUpstream fa{fk::Dialects(fk::Dialect::OpenAiChat)};
        fk::FakeUpstream fb{fk::Dialects(fk::Dialect::Anthropic)};
        RoutingPage *page = nullptr;

        bool start()
        {
            if (!fa.listen() || !fb.listen())
                return false;
            storeKey(QStringLiteral("sk"));
            const bool started = open() && startEngine([this](Workspace &ws) {
                                     ws.providers = {
                                         provider("openai", "openai", fa.baseUrl(), {QStringLiteral("gpt-4o-mini"), QStringLiteral("gpt-4o")}),
                                         provider("anthropic", "anthropic", fb.baseUrl(), {QStringLiteral("claude-sonnet-4")})};
                                 });
            if (!started || !showWindow({1200, 760}, QStringLiteral("routing")))
                return false;
            page = window->routingPage();
            return page;
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
        // an SLO burning its budget fast demotes the first choice (the monitor sets it): tried after the others
        const QString first = f.page->dryRunOrder().value(0);
        QVERIFY(f.page->dryRunOrder().size() > 1);
        f.context->engine()->health().setDemotions({{first, monitor::SloDemotion{QStringLiteral("cheap-ttft"), 20, 31.5, 14.4}.reason()}});
        f.page->dryRun();
        QCOMPARE(f.page->dryRunOrder().last(), first);
        auto *plan = f.page->findChild<QTableWidget *>(QStringLiteral("dryRunTable"));
        bool demotedShown = false;
        for (int r = 0; r < plan->rowCount(); ++r) {
            if (plan->item(r, 1)->text() == first)
                demotedShown = plan->item(r, 3)->text().startsWith(QStringLiteral("demoted: SLO “cheap-ttft” burns its error budget 20.0x over 1 h"));
        }
        QVERIFY(demotedShown);
        saveScreenshot(f.window.get(), QStringLiteral("routing-demoted"));
        f.context->engine()->health().setDemotions({});

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
        // the Monitor's SLO column: no SLO watches this target
        QCOMPARE(health->horizontalHeaderItem(6)->text(), QStringLiteral("SLO"));
        QCOMPARE(health->item(0, 6)->text(), QStringLiteral("–"));

        // a target that fails three times cools down, and the dry run says so
        f.fa.setFault(fk::Fault::make(fk::FaultKind::ServerError));
        for (int i = 0; i < 3; ++i)
            f.context->engine()->health().failed(QStringLiteral("openai/gpt-4o-mini"));
        f.page->dryRun();
        QVERIFY(!f.page->dryRunOrder().contains(QStringLiteral("openai/gpt-4o-mini")));
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
        QSignalSpy refreshed(f.page, &RoutingPage::callsRefreshed);
        tabs->setCurrentIndex(2);
        QVERIFY(refreshed.wait(10000)); // read on a worker
        QCOMPARE(f.page->callRows(), 3);
        f.page->showTrace(0);
        QVERIFY2(f.page->traceText().contains(QLatin1String("\"requested\": \"anthropic/claude-sonnet-4\"")), qPrintable(f.page->traceText()));
        QVERIFY(f.page->traceText().contains(QLatin1String("\"attempts\"")));
        saveScreenshot(f.window.get(), QStringLiteral("routing-calls"));
    }

    // issue 15: routes and virtual models built in the form, never touching JSON; the JSON view follows
    void formEditsInSyncWithJson()
    {
        Fixture f;
        QVERIFY(f.start());
        RoutingForm *form = f.page->form();
        QVERIFY(form->isVisible()); // the form is what a new user sees first

        form->addRoute();
        QCOMPARE(form->currentEntry(), QStringLiteral("route:route"));
        // a route without targets: the form keeps it, the status says what is missing, Apply waits
        QVERIFY2(f.page->validationMessage().contains(QLatin1String("routes[0].targets: at least one target")),
                 qPrintable(f.page->validationMessage()));
        auto *name = form->findChild<QLineEdit *>(QStringLiteral("routeName"));
        name->setText(QStringLiteral("smart"));
        Q_EMIT name->editingFinished();
        QCOMPARE(form->currentEntry(), QStringLiteral("route:smart"));
        auto *models = form->findChild<QComboBox *>(QStringLiteral("routeTargetModel"));
        QVERIFY(models->findText(QStringLiteral("anthropic/claude-sonnet-4")) >= 0); // the providers' models
        form->addTarget(QStringLiteral("openai/gpt-4o"));
        form->addTarget(QStringLiteral("anthropic/claude-sonnet-4"));
        form->moveTarget(1, 0); // the arrow buttons' (and a drag's) reorder: anthropic is tried first
        auto *strategy = form->findChild<QComboBox *>(QStringLiteral("routeStrategy"));
        strategy->setCurrentIndex(strategy->findData(QStringLiteral("weighted")));
        form->setTargetWeight(1, 3);
        QVERIFY2(f.page->validationMessage().isEmpty(), qPrintable(f.page->validationMessage()));

        form->addVirtualModel();
        auto *vmName = form->findChild<QLineEdit *>(QStringLiteral("virtualModelName"));
        vmName->setText(QStringLiteral("coder"));
        Q_EMIT vmName->editingFinished();
        form->addRule(); // code → the default route, changed below
        form->findChild<QDoubleSpinBox *>(QStringLiteral("virtualModelMaxCost"))->setValue(0.05);
        form->findChild<QComboBox *>(QStringLiteral("virtualModelHostedTools"))->setCurrentIndex(1); // refuse
        // knowledge base collections, typed as a list; a name twice counts once
        auto *passages = form->findChild<QSpinBox *>(QStringLiteral("virtualModelKnowledgeTopK"));
        QVERIFY(!passages->isEnabled()); // nothing to take passages from yet
        auto *knowledge = form->findChild<QLineEdit *>(QStringLiteral("virtualModelKnowledge"));
        QTest::keyClicks(knowledge, QStringLiteral("handbook, contracts ,handbook"));
        QVERIFY(passages->isEnabled());
        passages->setValue(8);
        QVERIFY2(f.page->validationMessage().isEmpty(), qPrintable(f.page->validationMessage()));
        // valid, and Apply stays possible, but the status says the collections are not there (yet)
        auto *status = f.page->findChild<QLabel *>(QStringLiteral("routingStatus"));
        QTRY_VERIFY2(status->text().contains(QLatin1String("virtual model 'coder': no collection named \"handbook\" (there are none yet)")),
                     qPrintable(status->text()));
        QVERIFY(status->text().contains(QLatin1String("\"contracts\"")));
        saveScreenshot(f.window.get(), QStringLiteral("routing-form"));

        // the JSON view holds exactly what the form built
        const QJsonObject json = QJsonDocument::fromJson(f.page->editorText().toUtf8()).object();
        const QJsonObject route = json.value(QLatin1String("routes")).toArray().at(0).toObject();
        QCOMPARE(route.value(QLatin1String("name")).toString(), QStringLiteral("smart"));
        QCOMPARE(route.value(QLatin1String("strategy")).toString(), QStringLiteral("weighted"));
        const QJsonArray targets = route.value(QLatin1String("targets")).toArray();
        QCOMPARE(targets.size(), 2);
        QCOMPARE(targets.at(0).toObject().value(QLatin1String("model")).toString(), QStringLiteral("anthropic/claude-sonnet-4"));
        QCOMPARE(targets.at(1).toObject().value(QLatin1String("weight")).toInt(), 3);
        const QJsonObject vm = json.value(QLatin1String("virtualModels")).toArray().at(0).toObject();
        QCOMPARE(vm.value(QLatin1String("name")).toString(), QStringLiteral("coder"));
        QCOMPARE(vm.value(QLatin1String("route")).toString(), QStringLiteral("smart"));
        QCOMPARE(vm.value(QLatin1String("maxCostUsd")).toDouble(), 0.05);
        QCOMPARE(vm.value(QLatin1String("hostedTools")).toString(), QStringLiteral("refuse"));
        QCOMPARE(vm.value(QLatin1String("knowledge")).toArray(), (QJsonArray{QStringLiteral("handbook"), QStringLiteral("contracts")}));
        QCOMPARE(vm.value(QLatin1String("knowledgeTopK")).toInt(), 8);
        QCOMPARE(vm.value(QLatin1String("rules")).toArray().at(0).toObject().value(QLatin1String("task")).toString(), QStringLiteral("code"));

        // renaming a route carries the virtual model's references along
        QVERIFY(form->select(QStringLiteral("route:smart")));
        name->setText(QStringLiteral("strong"));
        Q_EMIT name->editingFinished();
        QVERIFY2(f.page->validationMessage().isEmpty(), qPrintable(f.page->validationMessage()));
        QVERIFY(f.page->editorText().contains(QLatin1String("\"route\": \"strong\"")));

        f.page->apply();
        QVERIFY(f.prompts.errors.isEmpty());
        QCOMPARE(f.context->workspace().routes.size(), 1);
        QCOMPARE(f.context->workspace().virtualModels.size(), 1);
        f.page->setDryRunModel(QStringLiteral("coder"));
        f.page->setDryRunPrompt(QStringLiteral("Fix the bug in this Python function"));
        f.page->dryRun();
        QVERIFY2(f.page->dryRunSummary().contains(QLatin1String("route strong (weighted)")), qPrintable(f.page->dryRunSummary()));

        // typed in the JSON view: the form reads it when it is shown again
        f.page->showForm(false);
        f.page->setEditorText(QStringLiteral(R"({"virtualModels": [], "routes": [{"name": "typed", "targets": ["openai/gpt-4o-mini"]}]})"));
        f.page->showForm(true);
        QCOMPARE(form->entries(), QStringList{QStringLiteral("route:typed")});
        QCOMPARE(form->findChild<QTreeWidget *>(QStringLiteral("routeTargets"))->topLevelItem(0)->text(0), QStringLiteral("openai/gpt-4o-mini"));
        // JSON the form cannot read: it says why and edits nothing, and the text is kept as typed
        f.page->showForm(false);
        const QString broken = QStringLiteral(
            R"({"virtualModels": [], "routes": [{"name": "typed", "targets": ["openai/gpt-4o-mini"], "colour": 1}]})");
        f.page->setEditorText(broken);
        f.page->showForm(true);
        auto *blocked = form->findChild<QLabel *>(QStringLiteral("routingFormBlocked"));
        QVERIFY(blocked->isVisible());
        QVERIFY2(blocked->text().contains(QLatin1String("unknown key \"colour\"")), qPrintable(blocked->text()));
        QCOMPARE(f.page->editorText(), broken);
        f.page->revert();
        QVERIFY(!blocked->isVisible());
        QCOMPARE(form->entries(), (QStringList{QStringLiteral("vm:coder"), QStringLiteral("route:strong")}));
    }

    // Routing keeps an SLO's demotion as machine text (English); the page says it in the user's language.
    void aDemotionIsSaidInTheUsersLanguage()
    {
        const QString reason = monitor::SloDemotion{QStringLiteral("cheap-ttft"), 20, 31.5, 14.4}.reason() + QStringLiteral("; ")
            + monitor::SloDemotion{QStringLiteral("cheap-up"), 16, 2, 14.4}.reason();
        QCOMPARE(installTranslations(QStringLiteral("de")), QStringLiteral("de"));
        const QString german = demotionText(reason);
        QCOMPARE(installTranslations(QStringLiteral("en")), QStringLiteral("en"));
        QVERIFY2(!german.contains(QLatin1String("burns")) && german.contains(QLatin1String("cheap-ttft"))
                     && german.contains(QLatin1String("cheap-up")),
                 qPrintable(german));
        QVERIFY2(german.contains(QLatin1String("31,5")), qPrintable(german)); // the German decimal comma
        QCOMPARE(demotionText(QStringLiteral("circuit open")), QStringLiteral("circuit open")); // not an SLO's: as it is
    }

    void formInGermanAndDark()
    {
        QCOMPARE(installTranslations(QStringLiteral("de")), QStringLiteral("de"));
        ThemeManager::apply(Theme::Dark);
        {
            Fixture f;
            QVERIFY(f.start());
            f.page->insertExample();
            QVERIFY(f.page->form()->select(QStringLiteral("vm:auto")));
            saveScreenshot(f.window.get(), QStringLiteral("routing-form-de-dark"));
            QVERIFY(f.page->form()->select(QStringLiteral("route:smart")));
            saveScreenshot(f.window.get(), QStringLiteral("routing-form-route-de-dark"));
            QVERIFY2(f.page->minimumSizeHint().width() <= 800, qPrintable(QString::number(f.page->minimumSizeHint().width())));
        }
        ThemeManager::apply(Theme::Light);
        QCOMPARE(installTranslations(QStringLiteral("en")), QStringLiteral("en"));
    }

    void invalidSavedRoutingIsExplained()
    {
        Fixture f;
        QVERIFY(f.start());
        // a workspace whose routing names a provider that is gone: the app starts, the page explains
        Workspace ws = f.context->workspace();
        ws.routes = QJsonArray{
            QJsonObject{{QStringLiteral("name"), QStringLiteral("r")}, {QStringLiteral("targets"), QJsonArray{QStringLiteral("gone/x")}}}};
        QVERIFY(!f.context->replaceWorkspace(ws)); // refused while running
        QVERIFY(WorkspaceFile::save(ws, f.context->workspacePath()));
        QVERIFY(f.context->loadWorkspace());
        QVERIFY(f.context->startEngine());
        QVERIFY2(f.context->engineProblem().contains(QLatin1String("no provider \"gone\"")), qPrintable(f.context->engineProblem()));
        f.window = std::make_unique<MainWindow>(*f.context, *f.settings, f.prompts);
        f.window->show();
        f.window->showPage(QStringLiteral("routing"));
        QVERIFY2(f.window->routingPage()->validationMessage().contains(QLatin1String("gone")),
                 qPrintable(f.window->routingPage()->validationMessage()));
    }
};

QTEST_MAIN(TestRoutingPage)
#include "tst_routingpage.moc"
