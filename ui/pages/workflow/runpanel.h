#pragma once

#include "common/expected.h"
#include "workflow/runner.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QWidget>

#include <optional>

class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace sb::ui {

class Prompts;
struct WorkflowInput;

// Running the workflow: a form for the inputs it declares (or its input as JSON), read from a file too;
// the run's state with cancel and resume; a step waiting for review, to approve (as shown or edited)
// or reject.
class WorkflowRunPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkflowRunPanel)

public:
    WorkflowRunPanel(Prompts &prompts, QWidget *parent = nullptr);
    ~WorkflowRunPanel() override;

    // Builds the form for the workflow's input schema (values typed for inputs of the same name stay).
    void setInputSchema(const QJsonObject &schema);
    // The input as the form holds it, files read; an error names the field that is wrong.
    [[nodiscard]] Expected<QJsonValue> input() const;
    // Fills the form (a file's input, the input of a run from the history).
    void setInput(const QJsonValue &input);
    // Reads a JSON file as the input; {"file": "PATH"} in it stands for a file's content (relative
    // to the JSON file), as with switchboard-cli workflow run --input.
    [[nodiscard]] Expected<void> loadInputFile(const QString &path);
    std::optional<double> maxCost() const;
    // The field for one input (tests).
    QWidget *inputField(const QString &name) const;

    // The run shown (nullopt: none), and whether this app is running it now.
    void showRun(const std::optional<workflow::RunRecord> &run, bool live);
    // A step waiting for review in the run shown; an empty key: none.
    void showReview(const QString &stepKey, const QJsonValue &value, const QString &instructions);
    QString reviewKey() const { return m_reviewKey; }
    QPlainTextEdit *reviewEditor() const { return m_reviewValue; }
    QString statusText() const;
    QString outputText() const;

Q_SIGNALS:
    void runRequested();
    void cancelRequested();
    void resumeRequested();
    // value: null when approved as shown
    void approveRequested(const QString &stepKey, const QJsonValue &value);
    void rejectRequested(const QString &stepKey, const QString &reason);

private:
    struct Field {
        QString name;
        QString type;
        QWidget *widget = nullptr; // the editor (a file's path field for files)
        QJsonValue loaded; // a file read with a JSON input, until another is chosen
    };
    void chooseInputFile();
    void clearForm();
    void addRow(const QString &label, QWidget *field);

    Prompts &m_prompts;
    QVBoxLayout *m_form = nullptr;
    QWidget *m_formHost = nullptr;
    QList<Field> m_fields;
    QPlainTextEdit *m_json = nullptr; // the input as JSON, when the workflow declares no inputs
    QJsonObject m_extra; // keys of a loaded input the form has no field for
    QJsonObject m_schema;
    QDoubleSpinBox *m_maxCost = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_resume = nullptr;
    QLabel *m_status = nullptr;
    QPlainTextEdit *m_output = nullptr;
    QGroupBox *m_review = nullptr;
    QLabel *m_reviewWhat = nullptr;
    QPlainTextEdit *m_reviewValue = nullptr;
    QLineEdit *m_rejectReason = nullptr;
    QString m_reviewKey;
    QString m_reviewShown;
};

} // namespace sb::ui
