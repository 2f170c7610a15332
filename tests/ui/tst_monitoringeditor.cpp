#include "appcontext.h"
#include "fakesite.h"
#include "i18n.h"
#include "monitor/config.h"
#include "pages/monitor/monitoringeditor.h"
#include "pages/monitorpage.h"
#include "theme.h"
#include "uitest.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

using namespace sb;
using namespace sb::ui;
using namespace sb::uitest;

namespace {

template<typename T> T *child(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qWarning() << "no child" << name;
    return w;
}

// The combo box of the form on `tab` named `name` (both forms have scope pickers of the same names).
template<typename T> T *onTab(MonitoringEditor &editor, int tab, const char *name)
{
    auto *tabs = child<QTabWidget>(&editor, "monitoringTabs");
    return child<T>(tabs->widget(tab), name);
}

void choose(QComboBox *box, const QString &data)
{
    const int at = box->findData(data);
    QVERIFY2(at >= 0, qPrintable(data));
    box->setCurrentIndex(at);
}

void chooseType(QComboBox *box, int type) // ScopeType: 0 all, 1 model, 2 provider, 3 route, 4 proxy key
{
    const int at = box->findData(type);
    QVERIFY(at >= 0);
    box->setCurrentIndex(at);
}

// The label whose buddy is `field`.
QLabel *labelOf(QWidget *field)
{
    for (QLabel *label : field->window()->findChildren<QLabel *>()) {
        if (label->buddy() == field)
            return label;
    }
    return nullptr;
}

void typeInto(QLineEdit *line, const QString &text)
{
    line->selectAll();
    line->del();
    QTest::keyClicks(line, text);
}

} // namespace

// The monitoring settings editor: SLOs, threshold monitors, canaries and the webhook through forms,
// checked as they are typed, saved into the workspace through the app context; the webhook's test
// button against a real HTTP server on 127.0.0.1.
class TestMonitoringEditor : public QObject
{
    Q_OBJECT

private:
    struct Fixture : AppFixture {
        bool start(const QJsonObject &monitoring = {})
        {
            if (!open())
                return false;
            return startEngine([&](Workspace &ws) {
                ws.providers << provider("openai", "openai", QUrl(), {QStringLiteral("gpt-4o-mini"), QStringLiteral("gpt-4o")});
                ws.providers << provider("anthropic", "anthropic", QUrl(), {QStringLiteral("claude-sonnet-4-5")});
                ws.providers << provider("claude", "anthropic", QUrl()); // no models chosen: the catalog's
                ws.routes = QJsonDocument::fromJson("[{\"name\": \"smart\", \"strategy\": \"fallback\", \"targets\": "
                                                    "[\"openai/gpt-4o\", \"anthropic/claude-sonnet-4-5\"]}]")
                                .array();
                ws.monitoring = monitoring;
            });
        }
    };

private Q_SLOTS:
    void initTestCase() { ThemeManager::apply(Theme::Light); }
    void init() { installTranslations(QStringLiteral("en")); }

    // An SLO, a monitor of each kind and a webhook made with the forms; saved, the workspace's section
    // reads back with these values.
    void createsEveryKindThroughTheForms()
    {
        Fixture f;
        QVERIFY(f.start());
        MonitoringEditor editor(*f.context);
        editor.show();
        editor.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        QVERIFY(editor.canSave());

        // an SLO: latency of a model, demoted
        editor.showTab(MonitoringEditor::SlosTab);
        QTest::keyClick(&editor, Qt::Key_N, Qt::ControlModifier);
        auto *slos = onTab<QListWidget>(editor, 0, "slosList");
        QCOMPARE(slos->count(), 1);
        typeInto(onTab<QLineEdit>(editor, 0, "sloName"), QStringLiteral("sonnet-ttft"));
        chooseType(onTab<QComboBox>(editor, 0, "scopeType"), 1);
        onTab<QComboBox>(editor, 0, "scopeProvider")->setCurrentText(QStringLiteral("anthropic"));
        onTab<QComboBox>(editor, 0, "scopeModel")->setCurrentText(QStringLiteral("claude-sonnet-4-5"));
        choose(onTab<QComboBox>(editor, 0, "sloKind"), QStringLiteral("latency"));
        choose(onTab<QComboBox>(editor, 0, "sloMetric"), QStringLiteral("ttft"));
        onTab<QDoubleSpinBox>(editor, 0, "sloThreshold")->setValue(2000);
        onTab<QDoubleSpinBox>(editor, 0, "sloObjective")->setValue(99);
        onTab<QSpinBox>(editor, 0, "sloWindow")->setValue(7);
        auto *demote = onTab<QCheckBox>(editor, 0, "sloDemote");
        QVERIFY(demote->isEnabled());
        demote->setChecked(true);
        QCOMPARE(editor.description(), QStringLiteral("99 % of anthropic/claude-sonnet-4-5 first tokens within 2000 ms over 7 days"));
        // a second SLO on a route: demote is off there
        QTest::keyClick(&editor, Qt::Key_N, Qt::ControlModifier);
        typeInto(onTab<QLineEdit>(editor, 0, "sloName"), QStringLiteral("smart-up"));
        chooseType(onTab<QComboBox>(editor, 0, "scopeType"), 3);
        onTab<QComboBox>(editor, 0, "scopeRoute")->setCurrentText(QStringLiteral("smart"));
        QVERIFY(!demote->isEnabled());
        QVERIFY(!demote->toolTip().isEmpty());
        // the model picker lists a provider's chosen models, or those the router offers from the catalog
        chooseType(onTab<QComboBox>(editor, 0, "scopeType"), 1);
        auto *models = onTab<QComboBox>(editor, 0, "scopeModel");
        onTab<QComboBox>(editor, 0, "scopeProvider")->setCurrentText(QStringLiteral("openai"));
        QCOMPARE(models->count(), 2);
        QCOMPARE(models->itemText(0), QStringLiteral("gpt-4o-mini"));
        onTab<QComboBox>(editor, 0, "scopeProvider")->setCurrentText(QStringLiteral("claude"));
        QVERIFY(models->count() > 0);
        QVERIFY(models->findText(QStringLiteral("gpt-4o")) < 0);
        chooseType(onTab<QComboBox>(editor, 0, "scopeType"), 3);
        QCOMPARE(onTab<QComboBox>(editor, 0, "scopeRoute")->currentText(), QStringLiteral("smart"));
        onTab<QDoubleSpinBox>(editor, 0, "sloObjective")->setValue(99.5);
        QCOMPARE(editor.description(), QStringLiteral("99.5 % of route smart calls succeed over 28 days"));

        // a monitor of each kind
        editor.showTab(MonitoringEditor::MonitorsTab);
        const auto add = [&](const QString &name, const QString &kind) {
            editor.addEntry();
            typeInto(onTab<QLineEdit>(editor, 1, "monitorName"), name);
            choose(onTab<QComboBox>(editor, 1, "monitorKind"), kind);
        };
        add(QStringLiteral("errors"), QStringLiteral("error_rate"));
        onTab<QDoubleSpinBox>(editor, 1, "monitorPercent")->setValue(7.5);
        onTab<QSpinBox>(editor, 1, "monitorWindow")->setValue(30);
        onTab<QSpinBox>(editor, 1, "monitorCooldown")->setValue(45);
        QVERIFY(onTab<QDoubleSpinBox>(editor, 1, "monitorPercent")->isVisibleTo(&editor));
        QVERIFY(!onTab<QDoubleSpinBox>(editor, 1, "monitorUsd")->isVisibleTo(&editor));
        add(QStringLiteral("slow"), QStringLiteral("latency_spike"));
        chooseType(onTab<QComboBox>(editor, 1, "scopeType"), 2);
        onTab<QComboBox>(editor, 1, "scopeProvider")->setCurrentText(QStringLiteral("openai"));
        choose(onTab<QComboBox>(editor, 1, "monitorMetric"), QStringLiteral("latency"));
        onTab<QDoubleSpinBox>(editor, 1, "monitorFactor")->setValue(3);
        onTab<QSpinBox>(editor, 1, "monitorBaseline")->setValue(12);
        QVERIFY(!onTab<QDoubleSpinBox>(editor, 1, "monitorPercent")->isVisibleTo(&editor));
        add(QStringLiteral("spend"), QStringLiteral("cost_per_hour"));
        onTab<QDoubleSpinBox>(editor, 1, "monitorUsd")->setValue(4.5);
        QCOMPARE(editor.description(), QStringLiteral("cost of all calls >= $4.5 in an hour"));
        add(QStringLiteral("quiet"), QStringLiteral("no_traffic"));
        chooseType(onTab<QComboBox>(editor, 1, "scopeType"), 1);
        onTab<QComboBox>(editor, 1, "scopeProvider")->setCurrentText(QStringLiteral("openai"));
        onTab<QComboBox>(editor, 1, "scopeModel")->setCurrentText(QStringLiteral("gpt-4o-mini"));
        onTab<QSpinBox>(editor, 1, "monitorHours")->setValue(3);

        // the webhook
        editor.showTab(MonitoringEditor::WebhookTab);
        typeInto(child<QLineEdit>(&editor, "webhookUrl"), QStringLiteral("env:ALERT_HOOK"));
        QVERIFY2(editor.canSave(), qPrintable(editor.problems().join(QLatin1Char('\n'))));
        auto *save = child<QPushButton>(&editor, "monitoringSave");
        QVERIFY(save->isEnabled());
        QVERIFY(save->isDefault());
        QTest::keyClick(child<QLineEdit>(&editor, "webhookUrl"), Qt::Key_Return); // Enter saves
        QVERIFY(!editor.isVisible());
        QCOMPARE(editor.result(), int(QDialog::Accepted));

        const QJsonObject saved = f.context->workspace().monitoring;
        const QJsonObject slo = saved.value(QLatin1String("slos")).toArray().at(0).toObject();
        QCOMPARE(slo.value(QLatin1String("model")).toString(), QStringLiteral("anthropic/claude-sonnet-4-5"));
        QCOMPARE(slo.value(QLatin1String("demote")).toBool(), true);
        QVERIFY(!saved.value(QLatin1String("slos")).toArray().at(1).toObject().contains(QLatin1String("demote")));
        QCOMPARE(saved.value(QLatin1String("webhook")).toObject().value(QLatin1String("url")).toString(), QStringLiteral("env:ALERT_HOOK"));
        // what `serve` and the evaluator read from it
        auto config = monitor::MonitoringConfig::ofWorkspace(f.context->workspace());
        QVERIFY2(config, qPrintable(config ? QString() : config.error().message));
        QCOMPARE(config->slos.size(), 2);
        const monitor::Slo &ttft = config->slos.at(0);
        QCOMPARE(ttft.name, QStringLiteral("sonnet-ttft"));
        QCOMPARE(ttft.scope.provider, QStringLiteral("anthropic"));
        QCOMPARE(ttft.scope.model, QStringLiteral("claude-sonnet-4-5"));
        QCOMPARE(ttft.kind, monitor::Slo::Kind::Latency);
        QCOMPARE(ttft.metric, monitor::LatencyMetric::Ttft);
        QCOMPARE(ttft.thresholdMs, 2000.0);
        QCOMPARE(ttft.objectivePercent, 99.0);
        QCOMPARE(ttft.windowDays, 7);
        QVERIFY(ttft.demote);
        const monitor::Slo &up = config->slos.at(1);
        QCOMPARE(up.scope.route, QStringLiteral("smart"));
        QCOMPARE(up.kind, monitor::Slo::Kind::Availability);
        QCOMPARE(up.objectivePercent, 99.5);
        QVERIFY(!up.demote);
        QCOMPARE(config->monitors.size(), 4);
        const monitor::ThresholdMonitor &errors = config->monitors.at(0);
        QCOMPARE(errors.kind, monitor::ThresholdMonitor::Kind::ErrorRate);
        QVERIFY(errors.scope.isAll());
        QCOMPARE(errors.thresholdPercent, 7.5);
        QCOMPARE(errors.windowMinutes, 30);
        QCOMPARE(errors.cooldownMinutes, 45);
        const monitor::ThresholdMonitor &slow = config->monitors.at(1);
        QCOMPARE(slow.kind, monitor::ThresholdMonitor::Kind::LatencySpike);
        QCOMPARE(slow.scope.provider, QStringLiteral("openai"));
        QVERIFY(slow.scope.model.isEmpty());
        QCOMPARE(slow.metric, monitor::LatencyMetric::Latency);
        QCOMPARE(slow.factor, 3.0);
        QCOMPARE(slow.baselineHours, 12);
        const monitor::ThresholdMonitor &spend = config->monitors.at(2);
        QCOMPARE(spend.kind, monitor::ThresholdMonitor::Kind::CostPerHour);
        QCOMPARE(spend.thresholdUsd, 4.5);
        const monitor::ThresholdMonitor &quiet = config->monitors.at(3);
        QCOMPARE(quiet.kind, monitor::ThresholdMonitor::Kind::NoTraffic);
        QCOMPARE(quiet.scope.provider + QLatin1Char('/') + quiet.scope.model, QStringLiteral("openai/gpt-4o-mini"));
        QCOMPARE(quiet.hours, 3);
        QCOMPARE(config->webhook.url, QStringLiteral("env:ALERT_HOOK"));
        // saved to the file too: a fresh load reads the same section
        auto reloaded = WorkspaceFile::load(f.context->workspacePath());
        QVERIFY(reloaded);
        QCOMPARE(reloaded->monitoring, saved);
    }

    // A bad value names its key beside the entry and turns Save off; fixing it turns Save on again.
    void anInvalidValueIsNamedAndBlocksSaving()
    {
        Fixture f;
        QVERIFY(f.start(QJsonDocument::fromJson("{\"slos\": [{\"name\": \"a\", \"route\": \"smart\", \"kind\": \"availability\", "
                                                "\"objective\": 99}, {\"name\": \"b\", \"model\": \"openai/gpt-4o\", \"kind\": "
                                                "\"availability\", \"objective\": 99}]}")
                            .object()));
        MonitoringEditor editor(*f.context);
        editor.show();
        QVERIFY(editor.canSave());
        auto *slos = onTab<QListWidget>(editor, 0, "slosList");
        slos->setCurrentRow(1);
        onTab<QDoubleSpinBox>(editor, 0, "sloObjective")->setValue(100);
        QVERIFY(!editor.canSave());
        QVERIFY(!child<QPushButton>(&editor, "monitoringSave")->isEnabled());
        const QString expected = QStringLiteral("monitoring.slos[1].objective: must be a percentage above 50 and below 100 (e.g. 99.5)");
        QCOMPARE(editor.problems(), QStringList{expected});
        QCOMPARE(onTab<QLabel>(editor, 0, "slosProblems")->text(), expected);
        QVERIFY(child<QLabel>(&editor, "monitoringProblems")->text().contains(expected));
        QCOMPARE(slos->item(1)->toolTip(), expected);
        // the field's label in the error colour, the problem as its tool tip
        QLabel *objectiveLabel = labelOf(onTab<QDoubleSpinBox>(editor, 0, "sloObjective"));
        QVERIFY(objectiveLabel);
        QCOMPARE(objectiveLabel->toolTip(), expected);
        QVERIFY(!objectiveLabel->styleSheet().isEmpty());
        QVERIFY(labelOf(onTab<QLineEdit>(editor, 0, "sloName"))->toolTip().isEmpty());
        QVERIFY(slos->item(0)->toolTip().isEmpty());
        // the first entry shows no problem of its own
        slos->setCurrentRow(0);
        QVERIFY(onTab<QLabel>(editor, 0, "slosProblems")->text().isEmpty());
        // a name used twice
        typeInto(onTab<QLineEdit>(editor, 0, "sloName"), QStringLiteral("b"));
        QVERIFY(editor.problems().contains(QStringLiteral("monitoring.slos[1].name: \"b\" is used by another SLO or monitor")));
        typeInto(onTab<QLineEdit>(editor, 0, "sloName"), QStringLiteral("a"));
        slos->setCurrentRow(1);
        onTab<QDoubleSpinBox>(editor, 0, "sloObjective")->setValue(99.9);
        QVERIFY(editor.canSave());
        QVERIFY(objectiveLabel->toolTip().isEmpty());
        QVERIFY(objectiveLabel->styleSheet().isEmpty());
        // a webhook that is no URL
        editor.showTab(MonitoringEditor::WebhookTab);
        typeInto(child<QLineEdit>(&editor, "webhookUrl"), QStringLiteral("hooks.example.com"));
        QVERIFY(!editor.canSave());
        QVERIFY(child<QLabel>(&editor, "webhookProblems")->text().startsWith(QLatin1String("monitoring.webhook.url: must be")));
        QVERIFY(!child<QPushButton>(&editor, "webhookTest")->isEnabled());
        // Save refuses while invalid: the workspace keeps its section
        const QJsonObject before = f.context->workspace().monitoring;
        QVERIFY(!editor.save());
        QCOMPARE(f.context->workspace().monitoring, before);
    }

    // The problems and the SLO's sentence come from core in the user's language and still land on their
    // entry and field: French puts a space before the colon, Chinese writes a full-width one.
    void problemsAndSentencesAreTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("problem");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("muss ein Prozentsatz über 50 und unter 100")
                            << QStringLiteral("der Aufrufe von Route smart gelingen über 28 Tage");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral(" : doit être un pourcentage supérieur à 50")
                            << QStringLiteral("des appels de route smart réussissent sur 28 jours");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("：必须是大于 50 且小于 100 的百分比")
                               << QStringLiteral("28 天内 路由 smart 的调用有");
    }
    void problemsAndSentencesAreTranslated()
    {
        QFETCH(QString, language);
        QFETCH(QString, problem);
        QFETCH(QString, sentence);
        QCOMPARE(installTranslations(language), language);
        Fixture f;
        QVERIFY(f.start(QJsonDocument::fromJson("{\"slos\": [{\"name\": \"a\", \"route\": \"smart\", \"kind\": \"availability\", "
                                                "\"objective\": 99}, {\"name\": \"b\", \"route\": \"smart\", \"kind\": "
                                                "\"availability\", \"objective\": 99}]}")
                            .object()));
        MonitoringEditor editor(*f.context);
        editor.show();
        auto *slos = onTab<QListWidget>(editor, 0, "slosList");
        slos->setCurrentRow(1);
        QVERIFY2(onTab<QLabel>(editor, 0, "sloDescribe")->text().contains(sentence), qPrintable(onTab<QLabel>(editor, 0, "sloDescribe")->text()));
        auto *objective = onTab<QDoubleSpinBox>(editor, 0, "sloObjective");
        objective->setValue(100);
        QCOMPARE(editor.problems().size(), 1);
        const QString text = editor.problems().constFirst();
        QVERIFY2(text.startsWith(QLatin1String("monitoring.slos[1].objective")) && text.contains(problem), qPrintable(text));
        QCOMPARE(slos->item(1)->toolTip(), text);
        QVERIFY(slos->item(0)->toolTip().isEmpty());
        QCOMPARE(onTab<QLabel>(editor, 0, "slosProblems")->text(), text);
        QCOMPARE(labelOf(objective)->toolTip(), text);
    }

    // A canary's models are typed as a list or picked from a menu of the workspace's models (by
    // provider), routes and virtual models; one already listed is not offered again.
    void canaryModelsArePickedFromAMenu()
    {
        Fixture f;
        QVERIFY(f.start(QJsonDocument::fromJson("{\"canaries\": [{\"name\": \"capitals\", \"models\": [\"openai/gpt-4o\"], "
                                                "\"prompts\": [{\"prompt\": \"Capital of Peru?\", \"contains\": \"Lima\"}]}]}")
                            .object()));
        MonitoringEditor editor(*f.context);
        editor.show();
        editor.showTab(MonitoringEditor::CanariesTab);
        auto *menu = child<QMenu>(&editor, "canaryAddModelMenu");
        QVERIFY(menu);
        emit menu->aboutToShow();
        QHash<QString, QAction *> offered;
        for (QAction *a : menu->findChildren<QAction *>()) {
            if (a->data().isValid())
                offered.insert(a->data().toString(), a);
        }
        QVERIFY2(offered.contains(QStringLiteral("openai/gpt-4o-mini")) && offered.contains(QStringLiteral("anthropic/claude-sonnet-4-5"))
                     && offered.contains(QStringLiteral("smart")),
                 qPrintable(QStringList(offered.keys()).join(QLatin1Char(' '))));
        QVERIFY(!offered.contains(QStringLiteral("openai/gpt-4o"))); // listed already
        offered.value(QStringLiteral("smart"))->trigger();
        auto *models = onTab<QLineEdit>(editor, MonitoringEditor::CanariesTab, "canaryModels");
        QCOMPARE(models->text(), QStringLiteral("openai/gpt-4o, smart"));
        // picked again, the menu no longer has it
        emit menu->aboutToShow();
        for (QAction *a : menu->findChildren<QAction *>())
            QVERIFY(a->data().toString() != QLatin1String("smart"));
        QVERIFY(editor.canSave());
        QVERIFY(editor.save());
        const QJsonArray saved
            = f.context->workspace().monitoring.value(QLatin1String("canaries")).toArray().at(0).toObject().value(QLatin1String("models")).toArray();
        QCOMPARE(saved, (QJsonArray{QStringLiteral("openai/gpt-4o"), QStringLiteral("smart")}));
    }

    // Duplicate copies the selected entry under a new name, Remove takes it out.
    void duplicatesAndRemovesEntries()
    {
        Fixture f;
        QVERIFY(f.start(QJsonDocument::fromJson("{\"monitors\": [{\"name\": \"spend\", \"kind\": \"cost_per_hour\", "
                                                "\"thresholdUsd\": 5}]}")
                            .object()));
        MonitoringEditor editor(*f.context);
        editor.show();
        editor.showTab(MonitoringEditor::MonitorsTab);
        auto *list = onTab<QListWidget>(editor, 1, "monitorsList");
        QCOMPARE(list->currentRow(), 0);
        QTest::mouseClick(onTab<QPushButton>(editor, 1, "monitorsDuplicate"), Qt::LeftButton);
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->currentRow(), 1);
        QCOMPARE(onTab<QLineEdit>(editor, 1, "monitorName")->text(), QStringLiteral("spend-copy"));
        QVERIFY(editor.canSave());
        list->setCurrentRow(0);
        QTest::mouseClick(onTab<QPushButton>(editor, 1, "monitorsRemove"), Qt::LeftButton);
        const QJsonArray monitors = editor.monitoring().value(QLatin1String("monitors")).toArray();
        QCOMPARE(monitors.size(), 1);
        QCOMPARE(monitors.at(0).toObject().value(QLatin1String("name")).toString(), QStringLiteral("spend-copy"));
        QCOMPARE(monitors.at(0).toObject().value(QLatin1String("thresholdUsd")).toDouble(), 5.0);
        QTest::mouseClick(onTab<QPushButton>(editor, 1, "monitorsRemove"), Qt::LeftButton);
        QCOMPARE(list->count(), 0);
        QVERIFY(!onTab<QPushButton>(editor, 1, "monitorsRemove")->isEnabled());
        QVERIFY(editor.save());
        QVERIFY(!f.context->workspace().monitoring.contains(QLatin1String("monitors")));
    }

    // Keys the forms do not show stay as they were, in the entries edited too; Edit as JSON's text
    // replaces the whole section.
    void keysTheFormDoesNotShowSurvive()
    {
        Fixture f;
        const QJsonObject canary = QJsonDocument::fromJson("{\"name\": \"capitals\", \"models\": [\"openai/gpt-4o-mini\", \"smart\"], "
                                                           "\"schedule\": \"hourly\", \"maxCostUsd\": 0.05, \"judgeModel\": "
                                                           "\"openai/gpt-4o\", \"trailingRuns\": 7, \"alpha\": 0.05, \"prompts\": "
                                                           "[{\"id\": \"q1\", \"prompt\": \"Capital of France?\", \"contains\": \"Paris\"}]}")
                                       .object();
        QVERIFY(f.start(QJsonObject{{QStringLiteral("canaries"), QJsonArray{canary}}}));
        MonitoringEditor editor(*f.context);
        editor.show();
        editor.showTab(MonitoringEditor::CanariesTab);
        QCOMPARE(onTab<QLineEdit>(editor, 2, "canaryModels")->text(), QStringLiteral("openai/gpt-4o-mini, smart"));
        typeInto(onTab<QLineEdit>(editor, 2, "canaryModels"), QStringLiteral("openai/gpt-4o-mini"));
        onTab<QDoubleSpinBox>(editor, 2, "canaryCost")->setValue(0.2);
        onTab<QCheckBox>(editor, 2, "canaryEnabled")->setChecked(false);
        auto *prompts = onTab<QPlainTextEdit>(editor, 2, "canaryPrompts");
        prompts->setPlainText(prompts->toPlainText()
                              + QStringLiteral("\n{\"id\": \"q2\", \"prompt\": \"Capital of Peru?\", \"contains\": \"Lima\"}"));
        QVERIFY2(editor.canSave(), qPrintable(editor.problems().join(QLatin1Char('\n'))));
        QVERIFY(editor.save());
        const QJsonObject saved = f.context->workspace().monitoring.value(QLatin1String("canaries")).toArray().at(0).toObject();
        QCOMPARE(saved.value(QLatin1String("judgeModel")).toString(), QStringLiteral("openai/gpt-4o"));
        QCOMPARE(saved.value(QLatin1String("trailingRuns")).toInt(), 7);
        QCOMPARE(saved.value(QLatin1String("alpha")).toDouble(), 0.05);
        QCOMPARE(saved.value(QLatin1String("models")).toArray(), QJsonArray{QStringLiteral("openai/gpt-4o-mini")});
        QCOMPARE(saved.value(QLatin1String("enabled")).toBool(true), false);
        QCOMPARE(saved.value(QLatin1String("prompts")).toArray().size(), 2);
        QCOMPARE(saved.value(QLatin1String("prompts")).toArray().at(0).toObject().value(QLatin1String("id")).toString(), QStringLiteral("q1"));
        auto config = monitor::MonitoringConfig::ofWorkspace(f.context->workspace());
        QVERIFY(config);
        QCOMPARE(config->canaries.first().maxCostUsd, 0.2);
        QCOMPARE(config->canaries.first().trailingRuns, 7);
        QCOMPARE(config->canaries.first().rows.size(), 2);
        QVERIFY(!config->canaries.first().enabled);

        // the whole section as JSON (Edit as JSON…): an unknown key is kept and named
        QJsonObject json = editor.monitoring();
        json.insert(QStringLiteral("future"), true);
        bool okEnabled = true;
        QTimer::singleShot(0, this, [&] {
            QWidget *dialog = QApplication::activeModalWidget();
            QVERIFY(dialog && dialog != &editor);
            auto *text = child<QPlainTextEdit>(dialog, "monitoringJsonText");
            QVERIFY(text->toPlainText().contains(QLatin1String("\"judgeModel\"")));
            auto *buttons = dialog->findChild<QDialogButtonBox *>();
            text->setPlainText(QStringLiteral("{ not json"));
            okEnabled = buttons->button(QDialogButtonBox::Ok)->isEnabled();
            text->setPlainText(QString::fromUtf8(QJsonDocument(json).toJson()));
            QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>(&editor, "monitoringJson"), Qt::LeftButton);
        QVERIFY(!okEnabled);
        QCOMPARE(editor.monitoring().value(QLatin1String("future")).toBool(), true);
        QVERIFY(!editor.canSave());
        QVERIFY(editor.problems().first().startsWith(QLatin1String("monitoring.future: unknown key")));
    }

    // The test button posts a test alert to the URL typed (here through env:NAME) and shows the answer.
    void theTestButtonShowsTheWebhooksAnswer()
    {
        fakes::FakeSite site;
        QVERIFY(site.listen());
        site.setPage(QStringLiteral("/hook"), fakes::Page::of("application/json", "{\"ok\":true}"));
        Fixture f;
        QVERIFY(f.start());
        MonitoringEditor editor(*f.context);
        editor.show();
        editor.showTab(MonitoringEditor::WebhookTab);
        qputenv("SB_TEST_ALERT_HOOK", site.url(QStringLiteral("/hook")).toString().toUtf8());
        typeInto(child<QLineEdit>(&editor, "webhookUrl"), QStringLiteral("env:SB_TEST_ALERT_HOOK"));
        auto *test = child<QPushButton>(&editor, "webhookTest");
        QVERIFY(test->isEnabled());
        QSignalSpy finished(&editor, &MonitoringEditor::testAlertFinished);
        QTest::mouseClick(test, Qt::LeftButton);
        QCOMPARE(editor.webhookStatus(), QStringLiteral("Sending a test alert…"));
        QVERIFY(!test->isEnabled());
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(editor.webhookStatus(), QStringLiteral("The webhook at 127.0.0.1 answered HTTP 200."));
        QVERIFY(test->isEnabled());
        QCOMPARE(site.requests().size(), 1);
        const QJsonObject body = QJsonDocument::fromJson(site.requests().first().body).object();
        QCOMPARE(body.value(QLatin1String("event")).toString(), QStringLiteral("alert.test"));
        // a receiver that fails: its status is the error shown
        site.setPage(QStringLiteral("/hook"), fakes::Page::of("text/plain", "down", 503));
        QTest::mouseClick(test, Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.last().first().toBool(), false);
        QVERIFY2(editor.webhookStatus().contains(QLatin1String("503")), qPrintable(editor.webhookStatus()));
        qunsetenv("SB_TEST_ALERT_HOOK");
    }

    // The Alerts tab's button opens the editor; what it saves reaches the evaluator.
    void theMonitorPageOpensTheEditor()
    {
        Fixture f;
        QVERIFY(f.start());
        QVERIFY(f.showWindow(QSize(1366, 768), QStringLiteral("monitor")));
        MonitorPage *page = f.window->monitorPage();
        page->showAlerts();
        auto *edit = child<QPushButton>(page, "monitorEditMonitoring");
        QVERIFY(edit->isVisible());
        bool opened = false;
        connect(page, &MonitorPage::monitoringEditorOpened, this, [&](QDialog *dialog) {
            opened = true;
            auto *editor = qobject_cast<MonitoringEditor *>(dialog);
            QVERIFY(editor);
            editor->showTab(MonitoringEditor::MonitorsTab);
            editor->addEntry();
            QVERIFY(editor->save());
            editor->accept();
        });
        QTest::mouseClick(edit, Qt::LeftButton);
        QVERIFY(opened);
        QCOMPARE(f.context->workspace().monitoring.value(QLatin1String("monitors")).toArray().size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(f.context->monitorService()->config().monitors.size(), 1, 20000);

        // the Canaries tab's button opens it on its canaries; Escape closes it without saving
        page->showCanaries();
        int tab = -1;
        QTimer::singleShot(0, this, [&] {
            auto *editor = qobject_cast<MonitoringEditor *>(QApplication::activeModalWidget());
            QVERIFY(editor);
            tab = child<QTabWidget>(editor, "monitoringTabs")->currentIndex();
            editor->addEntry();
            QTest::keyClick(editor, Qt::Key_Escape);
        });
        QTest::mouseClick(child<QPushButton>(page, "canaryEdit"), Qt::LeftButton);
        QCOMPARE(tab, int(MonitoringEditor::CanariesTab));
        QVERIFY(!f.context->workspace().monitoring.contains(QLatin1String("canaries")));

        // Ctrl+E from the chart opens it too
        page->showChart();
        f.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
        bool viaShortcut = false;
        QTimer::singleShot(0, this, [&] {
            auto *editor = qobject_cast<MonitoringEditor *>(QApplication::activeModalWidget());
            viaShortcut = editor != nullptr;
            if (editor)
                editor->reject();
        });
        QTest::keyClick(f.window.get(), Qt::Key_E, Qt::ControlModifier);
        QVERIFY(viaShortcut);
    }

    // Each tab in English and German, light and dark, within 1366x768.
    void screenshots_data() { addLanguageAndThemeRows(); }
    void screenshots()
    {
        const QString name = useRowLanguageAndTheme();
        Fixture f;
        QVERIFY(f.start(QJsonDocument::fromJson(
                            "{\"slos\": [{\"name\": \"sonnet-ttft\", \"model\": \"anthropic/claude-sonnet-4-5\", \"kind\": \"latency\", "
                            "\"metric\": \"ttft\", \"thresholdMs\": 2000, \"objective\": 99, \"windowDays\": 28, \"demote\": true}, "
                            "{\"name\": \"smart-up\", \"route\": \"smart\", \"kind\": \"availability\", \"objective\": 99.5}], "
                            "\"monitors\": [{\"name\": \"slow\", \"kind\": \"latency_spike\", \"provider\": \"openai\", \"metric\": \"ttft\", "
                            "\"factor\": 2, \"windowMinutes\": 15, \"baselineHours\": 24}], "
                            "\"canaries\": [{\"name\": \"capitals\", \"models\": [\"openai/gpt-4o-mini\", \"smart\"], \"schedule\": "
                            "\"hourly\", \"maxCostUsd\": 0.05, \"prompts\": [{\"prompt\": \"Capital of France?\", \"contains\": "
                            "\"Paris\"}, {\"prompt\": \"Capital of Peru?\", \"contains\": \"Lima\"}]}], "
                            "\"webhook\": {\"url\": \"env:ALERT_HOOK\"}}")
                            .object()));
        QVERIFY(f.showWindow(QSize(1366, 768), QStringLiteral("monitor")));
        MonitoringEditor editor(*f.context, f.window.get());
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        const QSize hint = editor.minimumSizeHint();
        QVERIFY2(hint.width() <= 1366 && hint.height() <= 728, qPrintable(QStringLiteral("%1x%2").arg(hint.width()).arg(hint.height())));
        QVERIFY(editor.width() <= 1366 && editor.height() <= 728);
        onTab<QListWidget>(editor, 0, "slosList")->setCurrentRow(1);
        onTab<QDoubleSpinBox>(editor, 0, "sloObjective")->setValue(100); // a problem shown, beside its field
        for (int tab = 0; tab < 3; ++tab) {
            editor.showTab(MonitoringEditor::Tab(tab));
            QApplication::processEvents();
            saveScreenshot(&editor, QStringLiteral("monitoringeditor-%1-%2").arg(tab).arg(name));
        }
        // the webhook tab with a test's answer
        fakes::FakeSite site;
        QVERIFY(site.listen());
        site.setPage(QStringLiteral("/hook"), fakes::Page::of("text/plain", "down", 503));
        editor.showTab(MonitoringEditor::WebhookTab);
        typeInto(child<QLineEdit>(&editor, "webhookUrl"), site.url(QStringLiteral("/hook")).toString());
        QSignalSpy finished(&editor, &MonitoringEditor::testAlertFinished);
        editor.sendTestAlert();
        QVERIFY(finished.wait(20000));
        QApplication::processEvents();
        saveScreenshot(&editor, QStringLiteral("monitoringeditor-3-%1").arg(name));
    }

    // With every text about 40 % longer (the pseudo-locale), the editor still fits 1366x768.
    void fitsWithLongerTexts()
    {
        PseudoLocale pseudo;
        if (!pseudo.loaded())
            QSKIP("the build made no pseudo-locale");
        Fixture f;
        QVERIFY(f.start());
        MonitoringEditor editor(*f.context);
        editor.show();
        for (int tab = 0; tab < 4; ++tab) {
            editor.showTab(MonitoringEditor::Tab(tab));
            editor.addEntry();
            const QSize hint = editor.minimumSizeHint();
            QVERIFY2(hint.width() <= 1366 && hint.height() <= 728,
                     qPrintable(QStringLiteral("tab %1: %2x%3").arg(tab).arg(hint.width()).arg(hint.height())));
        }
        saveScreenshot(&editor, QStringLiteral("monitoringeditor-pseudo"));
    }
};

QTEST_MAIN(TestMonitoringEditor)
#include "tst_monitoringeditor.moc"
