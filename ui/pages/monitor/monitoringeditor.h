#pragma once

#include "storage/workspace.h"

#include <QDialog>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QMenu;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QToolButton;
class QSpinBox;
class QTabWidget;

namespace sb::monitor {
class WebhookNotifier;
}

namespace sb::ui {

class AppContext;

// Edits the workspace's "monitoring" section with forms: the SLOs, the threshold monitors, the quality
// canaries and the alert webhook (with a test button). Each entry is edited in its JSON object, so the
// keys a form does not show stay as they were; the whole section is checked as it is typed
// (MonitoringConfig::validate: each problem names its key and shows beside its entry), and Save stays
// off until there is none. Save replaces the workspace through the app context, as every page does;
// "Edit as JSON…" edits the same section as text.
class MonitoringEditor final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonitoringEditor)

public:
    enum Tab { SlosTab, MonitorsTab, CanariesTab, WebhookTab };
    explicit MonitoringEditor(AppContext &context, QWidget *parent = nullptr);
    ~MonitoringEditor() override;

    void showTab(Tab tab);
    // The section as edited, and the workspace with it.
    QJsonObject monitoring() const { return m_json; }
    Workspace edited() const;
    // Replaces the whole section (what "Edit as JSON…" does).
    void setMonitoring(const QJsonObject &json);
    QStringList problems() const { return m_problems; }
    bool canSave() const;
    // Adds a new entry to the list of the tab shown (Ctrl+N), duplicates or removes the selected one.
    void addEntry();
    void duplicateEntry();
    void removeEntry();
    // Saves the workspace through the app context; false (the reason shown) when it could not.
    bool save();
    // Posts a test alert to the webhook URL typed, off the GUI thread's critical path; the answer shows
    // in webhookStatus() and testAlertFinished() follows.
    void sendTestAlert();
    QString webhookStatus() const;
    // The sentence under the SLO or monitor form ("99 % of ... over 28 days").
    QString description() const;

Q_SIGNALS:
    void testAlertFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Section;
    struct ScopeFields;
    QWidget *buildSloTab();
    QWidget *buildMonitorTab();
    QWidget *buildCanaryTab();
    QWidget *buildWebhookTab();
    QWidget *buildListTab(Section &section, QWidget *form);
    void buildScope(ScopeFields &scope, QFormLayout *form, bool withAll);
    static QFormLayout *newForm(QWidget *page);
    // A labelled row of a form (its label translated in retranslate()).
    // key: the JSON key whose problems mark the label.
    void addRow(QFormLayout *form, const char *label, QWidget *field, const QString &key = {});
    // Each change of these fields stores the section's current entry.
    void onEdited(const QList<QWidget *> &fields, Section &section);
    void retranslate();
    Section *currentSection();
    Section &section(Tab tab);
    void fillList(Section &section);
    void loadEntry(Section &section);
    void storeEntry(Section &section);
    void loadSlo(const QJsonObject &o);
    void storeSlo(QJsonObject &o) const;
    void loadMonitor(const QJsonObject &o);
    void storeMonitor(QJsonObject &o) const;
    void loadCanary(const QJsonObject &o);
    void storeCanary(QJsonObject &o) const;
    void loadScope(ScopeFields &scope, const QJsonObject &o);
    void storeScope(const ScopeFields &scope, QJsonObject &o) const;
    void updateScopeRows(ScopeFields &scope);
    void updateVisibility();
    void fillModels(ScopeFields &scope);
    // the canary's "Add a model" menu: the offered models by provider, then the routes and virtual models
    void fillCanaryModelMenu(QMenu *menu);
    void editAsJson();
    void editCanaryJson();
    void check();
    QJsonObject newEntry(Tab tab) const;
    // Edits the list of the tab shown at its selected entry; `edit` returns the row to select then.
    void editSelected(const std::function<int(QJsonArray &entries, int row)> &edit);
    QString uniqueName(const QString &base) const;

    AppContext &m_context;
    Workspace m_workspace;
    QStringList m_providerIds;
    QStringList m_routeNames;
    QStringList m_offeredModels; // PROVIDER/MODEL the router offers, for the model pickers
    QJsonObject m_json;
    QStringList m_problems;
    bool m_loading = false;

    QTabWidget *m_tabs = nullptr;
    std::unique_ptr<Section> m_slos;
    std::unique_ptr<Section> m_monitors;
    std::unique_ptr<Section> m_canaries;
    std::unique_ptr<ScopeFields> m_sloScope;
    std::unique_ptr<ScopeFields> m_monitorScope;

    // SLO form
    QFormLayout *m_sloForm = nullptr;
    QLineEdit *m_sloName = nullptr;
    QComboBox *m_sloKind = nullptr;
    QComboBox *m_sloMetric = nullptr;
    QDoubleSpinBox *m_sloThreshold = nullptr;
    QDoubleSpinBox *m_sloObjective = nullptr;
    QSpinBox *m_sloWindow = nullptr;
    QSpinBox *m_sloMinSamples = nullptr;
    QCheckBox *m_sloDemote = nullptr;
    QLabel *m_sloDescribe = nullptr;

    // monitor form
    QFormLayout *m_monitorForm = nullptr;
    QLineEdit *m_monitorName = nullptr;
    QComboBox *m_monitorKind = nullptr;
    QDoubleSpinBox *m_monitorPercent = nullptr;
    QComboBox *m_monitorMetric = nullptr;
    QDoubleSpinBox *m_monitorFactor = nullptr;
    QSpinBox *m_monitorWindow = nullptr;
    QSpinBox *m_monitorBaseline = nullptr;
    QDoubleSpinBox *m_monitorUsd = nullptr;
    QSpinBox *m_monitorHours = nullptr;
    QSpinBox *m_monitorMinSamples = nullptr;
    QSpinBox *m_monitorCooldown = nullptr;
    QLabel *m_monitorDescribe = nullptr;

    // canary form
    QLineEdit *m_canaryName = nullptr;
    QLineEdit *m_canaryModels = nullptr;
    QToolButton *m_canaryAddModel = nullptr;
    QComboBox *m_canarySchedule = nullptr;
    QDoubleSpinBox *m_canaryCost = nullptr;
    QCheckBox *m_canaryEnabled = nullptr;
    QPlainTextEdit *m_canaryPrompts = nullptr;
    QPushButton *m_canaryJson = nullptr;

    // webhook
    QLabel *m_webhookHelp = nullptr;
    QLineEdit *m_webhookUrl = nullptr;
    QPushButton *m_webhookTest = nullptr;
    QProgressBar *m_webhookBusy = nullptr;
    QLabel *m_webhookStatus = nullptr;
    QLabel *m_webhookProblems = nullptr;
    QPointer<monitor::WebhookNotifier> m_notifier;
    int m_testGeneration = 0;

    QLabel *m_problemsLabel = nullptr;
    QPushButton *m_jsonButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QHash<QFormLayout *, QHash<QString, QLabel *>> m_keyLabels; // a form's labels by the key of their field
    QList<QPair<QWidget *, const char *>> m_texts; // labels, buttons and check boxes with their source text (QT_TR_NOOP), for retranslate
};

} // namespace sb::ui
