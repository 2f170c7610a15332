#pragma once

#include "compare/batchrunner.h"

#include <QList>
#include <QStringList>
#include <QWidget>

#include <functional>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace sb::ui {

class Prompts;

// The Compare page's Batch tab: a prompt set (pasted or opened) run against the chosen models a few
// calls at a time, a grid of answers with their checks, a summary per model and CSV export.
class BatchPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchPanel)

public:
    BatchPanel(compare::BatchRunner &runner, Prompts &prompts, QWidget *parent = nullptr);

    // What a run takes from the page (models, system prompt, category); the panel adds the concurrency.
    void setOptionsSource(std::function<compare::BatchOptions()> options) { m_options = std::move(options); }
    void setText(const QString &text);
    void loadFile(const QString &path);
    void setConcurrency(int n);
    void run();
    void cancel();
    void exportCsv();
    // A batch's grid: rows of prompts (or of saved results) by models.
    void show(const QStringList &models, const QList<compare::PromptRow> &rows, const QList<compare::BatchResult> &results);
    void setStatus(const QString &text, bool error = false);
    QString status() const;
    void refreshControls();
    int gridRows() const;
    QString gridCell(int row, int column) const;
    QString summaryCell(int row, int column) const;

Q_SIGNALS:
    void finished(); // a run ended (done or cancelled) and is saved

private:
    void updateCell(const compare::BatchResult &result, int modelIndex);
    void updateSummary();
    void showAnswer(int row, int column); // the whole answer of a grid cell, in a dialog

    compare::BatchRunner &m_runner;
    Prompts &m_prompts;
    std::function<compare::BatchOptions()> m_options;
    QPlainTextEdit *m_input = nullptr;
    QSpinBox *m_concurrency = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_export = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QTableWidget *m_summary = nullptr;
    QTableWidget *m_grid = nullptr;
    QStringList m_models;
    QList<compare::BatchResult> m_results; // shown: row-major, row * models + model
};

} // namespace sb::ui
