#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace sb::ui {

// One input a workflow takes: a property of its input schema.
struct WorkflowInput {
    QString name;
    QString type; // text, number, integer, boolean, file, list, object, any
    bool required = false;
    QString description;
    QJsonObject schema; // the property as written (kept where the table has nothing to say)

    // The inputs an input schema declares, in its order; and the schema for a list of inputs (what
    // `original` has besides properties and required is kept).
    static QList<WorkflowInput> fromSchema(const QJsonObject &schema);
    static QJsonObject toSchema(const QList<WorkflowInput> &inputs, const QJsonObject &original);
    static QStringList types();
    static QString typeLabel(const QString &type);
};

// The workflow itself: its name, description and inputs (its input schema, as a table).
class WorkflowForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkflowForm)

public:
    explicit WorkflowForm(QWidget *parent = nullptr);
    ~WorkflowForm() override;

    // problems: the workflow's own (its name, its inputs), as "field: message"
    void showWorkflow(const QJsonObject &workflow, const QStringList &problems);
    QLineEdit *nameEdit() const { return m_name; }
    QTableWidget *inputsTable() const { return m_inputs; }
    void addInput();
    void removeInput();

Q_SIGNALS:
    // name, description, inputSchema; undefined removes it
    void fieldEdited(const QString &key, const QJsonValue &value);

private:
    void fillInputs(const QList<WorkflowInput> &inputs);
    QList<WorkflowInput> tableInputs() const;
    void commitInputs();

    QLineEdit *m_name = nullptr;
    QLabel *m_nameProblem = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QTableWidget *m_inputs = nullptr;
    QLabel *m_inputsProblem = nullptr;
    QPushButton *m_remove = nullptr;
    QJsonObject m_schema;
    bool m_updating = false;
};

} // namespace sb::ui
