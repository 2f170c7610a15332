#pragma once

#include "common/expected.h"
#include "knowledge/store.h"
#include "usage/queries.h"

#include <QJsonObject>
#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTimer;
class QTabWidget;

namespace sb::ui {

class AppContext;
class Prompts;
class RoutingForm;

// Virtual models, routes and rules (edited in a form or as the workspace's JSON, both in sync, with live
// validation), the live health of every target, and a dry run that shows where a sample request would
// go and why.
class RoutingPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoutingPage)

public:
    RoutingPage(AppContext &context, Prompts &prompts, QWidget *parent = nullptr);
    ~RoutingPage() override;

    // The editor's text: {"virtualModels": [...], "routes": [...]}.
    QString editorText() const;
    void setEditorText(const QString &text);
    // "" when the editor holds a valid configuration.
    QString validationMessage() const { return m_validation; }
    void apply();
    void revert();
    void insertExample();
    // Dry run of the sample request in the form; the result table shows the plan.
    void dryRun();
    void setDryRunModel(const QString &model);
    void setDryRunPrompt(const QString &prompt);
    QStringList dryRunOrder() const; // usable targets, in order, from the last dry run
    QString dryRunSummary() const;
    void refreshHealth();
    int healthRows() const;
    // The latest calls from the ledger, each with its routing trace.
    // Reads the ledger's recent calls on a worker; callsRefreshed() when they are shown.
    void refreshCalls();
    int callRows() const;
    void showTrace(int row);
    QString traceText() const;
    RoutingForm *form() const { return m_form; }
    // Shows the form (true) or the JSON view; the form re-reads JSON edited meanwhile.
    void showForm(bool form);

Q_SIGNALS:
    void callsRefreshed();

private:
    void showCalls(const Expected<usage::CallPage> &page);
    void validate();
    void loadFromWorkspace();
    void formToJson();
    void jsonToForm();
    QStringList targetModels() const;

    AppContext &m_context;
    Prompts &m_prompts;
    QPlainTextEdit *m_editor = nullptr;
    QTabWidget *m_configTabs = nullptr;
    RoutingForm *m_form = nullptr;
    bool m_formStale = false; // the JSON was edited since the form last read it
    bool m_syncing = false; // the form is writing the JSON
    QLabel *m_status = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_revert = nullptr;
    QTableWidget *m_health = nullptr;
    QComboBox *m_model = nullptr;
    QLineEdit *m_prompt = nullptr;
    QComboBox *m_task = nullptr;
    QCheckBox *m_tools = nullptr;
    QCheckBox *m_image = nullptr;
    QTableWidget *m_plan = nullptr;
    QLabel *m_planSummary = nullptr;
    QTimer *m_healthTimer = nullptr;
    QTableWidget *m_calls = nullptr;
    QPlainTextEdit *m_trace = nullptr;
    QList<QJsonObject> m_traces;
    bool m_loadingCalls = false;
    QString m_validation;
    QStringList m_lastOrder;
    bool m_loading = false;
    // the knowledge base's collections (read off this thread when the workspace loads), to warn about
    // a virtual model that names one that is not there; nullopt until read
    std::optional<QList<knowledge::Collection>> m_collections;
    void loadCollections();
    void warnAboutCollections(); // in the status line, when the configuration is valid
};

} // namespace sb::ui
