#pragma once

#include "workflow/definition.h"
#include "workflow/runner.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QWidget>

#include <functional>

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace sb::ui {

// The selected step: every field its kind has (workflow::fieldsOf, plus the common ones), each with an
// editor for its type, the problems validation found in it, and what the run shown did with the step.
class StepInspector final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StepInspector)

public:
    explicit StepInspector(QWidget *parent = nullptr);
    ~StepInspector() override;

    // What the model fields offer (the router's models, routes and virtual models).
    void setModels(const QStringList &models);
    // Shows a step (an empty object: none). A form is built once for each kind (and transform
    // operation) and kept: another step of the same kind only fills it, and editors that already show
    // their value are left alone (the cursor stays).
    void showStep(const QJsonObject &step, const QStringList &problems);
    // What the run shown did with the step: one result, or one per item of a map.
    void showResults(const QList<workflow::StepResult> &results);
    QString stepId() const { return m_stepId; }
    // The editor of a field (tests, focus), null when the step has none.
    QWidget *editor(const QString &key) const;
    QString resultText() const;
    // A finished model step (llm, classify) whose recorded input Compare can send to other models.
    static bool isComparable(const workflow::StepResult &result);

Q_SIGNALS:
    // undefined: the field is removed
    void fieldEdited(const QString &stepId, const QString &key, const QJsonValue &value);
    void renameRequested(const QString &stepId, const QString &newId);
    void openMapRequested(const QString &stepId);
    void compareRequested(const QString &stepKey); // "Compare on other models" for the result shown

private:
    struct Editor {
        QString key;
        QWidget *widget = nullptr;
        QLabel *problem = nullptr;
        std::function<void(const QJsonValue &)> show;
    };
    struct Form {
        QWidget *host = nullptr;
        QFormLayout *layout = nullptr;
        QLineEdit *id = nullptr;
        QList<Editor> editors;
    };
    static QString shapeOf(const QJsonObject &step);
    Form *build(const QJsonObject &step);
    void addField(Form &form, const workflow::Field &field);
    void commit(const QString &key, const QJsonValue &value);
    void showProblems(const QStringList &problems);
    void showResult(int index);

    QStringList m_models;
    QString m_stepId;
    QJsonObject m_step;
    bool m_updating = false;
    QLabel *m_header = nullptr;
    QLabel *m_empty = nullptr;
    QStackedWidget *m_stack = nullptr;
    QHash<QString, Form *> m_forms; // by shapeOf()
    Form *m_form = nullptr; // the one shown
    QLabel *m_otherProblems = nullptr;
    QPushButton *m_openMap = nullptr;
    QGroupBox *m_resultBox = nullptr;
    QComboBox *m_resultItem = nullptr;
    QLabel *m_resultSummary = nullptr;
    QPlainTextEdit *m_resultOutput = nullptr;
    QPushButton *m_compare = nullptr;
    QList<workflow::StepResult> m_results;
};

} // namespace sb::ui
