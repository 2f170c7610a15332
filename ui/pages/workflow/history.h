#pragma once

#include "workflow/runner.h"

#include <QDialog>
#include <QList>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace sb::ui {

// The runs of the workflow (the run store's history): status, cost, when and how long; open one to
// see its steps on the canvas, resume one that stopped, compare two.
class WorkflowHistoryPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkflowHistoryPanel)

public:
    explicit WorkflowHistoryPanel(QWidget *parent = nullptr);
    ~WorkflowHistoryPanel() override;

    void setRuns(const QList<workflow::RunRecord> &runs, const QString &error = {});
    QList<workflow::RunRecord> runs() const { return m_runs; }
    QStringList selectedRuns() const; // ids, newest first
    void selectRuns(const QStringList &ids);
    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    void refreshRequested();
    void openRequested(const QString &runId);
    void resumeRequested(const QString &runId);
    void compareRequested(const QString &olderRunId, const QString &newerRunId);

private:
    void updateButtons();

    QList<workflow::RunRecord> m_runs;
    QTableWidget *m_table = nullptr;
    QLabel *m_note = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_resume = nullptr;
    QPushButton *m_compare = nullptr;
};

// Two runs side by side, step by step: output, model, cost and latency of each, the steps whose output
// (or status) differs marked.
class RunDiffDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunDiffDialog)

public:
    struct Side {
        workflow::RunRecord run;
        QList<workflow::StepResult> steps;
    };
    RunDiffDialog(const Side &a, const Side &b, QWidget *parent = nullptr);
    ~RunDiffDialog() override;

    QTableWidget *table() const { return m_table; }
    QStringList changedSteps() const { return m_changed; }

private:
    void fill();

    Side m_a;
    Side m_b;
    QTableWidget *m_table = nullptr;
    QCheckBox *m_onlyChanged = nullptr;
    QStringList m_changed;
};

} // namespace sb::ui
