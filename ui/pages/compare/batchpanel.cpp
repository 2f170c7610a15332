#include "pages/compare/batchpanel.h"

#include "compare/batchrunner.h"
#include "format.h"
#include "knowledge/context.h"
#include "pages/compare/comparepane.h"
#include "pages/compare/tables.h"
#include "prompts.h"
#include "theme.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>

namespace sb::ui {

using compare::AnswerStats;
using comparetables::cell;
using comparetables::makeTable;

BatchPanel::BatchPanel(compare::BatchRunner &runner, Prompts &prompts, QWidget *parent)
    : QWidget(parent)
    , m_runner(runner)
    , m_prompts(prompts)
{
    QWidget *tab = this;
    auto *v = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *open = new QPushButton(tr("Open prompt set…"), tab);
    connect(open, &QPushButton::clicked, this, [this] {
        const QString path = m_prompts.openFile(this, tr("Open prompt set"), tr("Prompt sets (*.csv *.jsonl *.ndjson *.txt);;All files (*)"));
        if (!path.isEmpty())
            loadFile(path);
    });
    top->addWidget(open);
    m_concurrency = new QSpinBox(tab);
    m_concurrency->setObjectName(QStringLiteral("concurrency"));
    m_concurrency->setRange(1, 16);
    m_concurrency->setValue(4);
    auto *concurrencyLabel = new QLabel(tr("Calls at once"), tab);
    concurrencyLabel->setBuddy(m_concurrency);
    top->addStretch(1);
    m_run = new QPushButton(tr("Run batch"), tab);
    m_run->setObjectName(QStringLiteral("batchRun"));
    m_cancel = new QPushButton(tr("Cancel"), tab);
    m_cancel->setObjectName(QStringLiteral("batchCancel"));
    m_export = new QPushButton(tr("Export CSV…"), tab);
    m_export->setObjectName(QStringLiteral("batchExport"));
    connect(m_run, &QPushButton::clicked, this, &BatchPanel::run);
    connect(m_cancel, &QPushButton::clicked, this, &BatchPanel::cancel);
    connect(m_export, &QPushButton::clicked, this, &BatchPanel::exportCsv);
    top->addWidget(m_run);
    top->addWidget(m_cancel);
    v->addLayout(top);

    m_input = new QPlainTextEdit(tab);
    m_input->setObjectName(QStringLiteral("batchInput"));
    m_input->setPlaceholderText(tr("Paste prompts: one per line; or CSV with a header (prompt, id, system, category, contains, regex, json, schema); "
                                   "or JSONL, one object per line: {\"prompt\": \"...\", \"contains\": \"...\", \"schema\": {...}}"));
    m_input->setFixedHeight(90);
    v->addWidget(m_input);
    m_progress = new QProgressBar(tab);
    m_progress->setObjectName(QStringLiteral("batchProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    m_progress->setFormat(QString());
    // Export sits beside the progress: in the top row the buttons needed 700 px in German
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(concurrencyLabel);
    progressRow->addWidget(m_concurrency);
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_export);
    v->addLayout(progressRow);
    m_status = new QLabel(tab);
    m_status->setObjectName(QStringLiteral("batchStatus"));
    m_status->setWordWrap(true);
    v->addWidget(m_status);

    auto *split = new QSplitter(Qt::Vertical, tab);
    m_summary = makeTable(split, QStringLiteral("batchSummary"),
                          {tr("Model"), tr("Pass rate"), tr("Passed"), tr("Errors"), tr("Mean latency"), tr("Cost")});
    m_summary->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_grid = makeTable(split, QStringLiteral("batchGrid"), {tr("ID"), tr("Prompt")});
    m_summary->setMaximumHeight(m_summary->horizontalHeader()->sizeHint().height() + 6 * m_summary->verticalHeader()->defaultSectionSize() + 4);
    split->addWidget(m_summary);
    split->addWidget(m_grid);
    connect(m_grid, &QTableWidget::cellDoubleClicked, this, &BatchPanel::showAnswer);
    split->setStretchFactor(1, 3);
    split->setSizes({130, 400});
    v->addWidget(split, 1);

    connect(&m_runner, &compare::BatchRunner::resultReady, this, [this](int row, int model) {
        const int index = row * int(m_models.size()) + model;
        const compare::BatchResult &r = m_runner.results().at(index);
        if (index < m_results.size())
            m_results[index] = r;
        updateCell(r, model);
        updateSummary();
    });
    connect(&m_runner, &compare::BatchRunner::progress, this, [this](int done, int total) {
        m_progress->setRange(0, std::max(1, total));
        m_progress->setValue(done);
        m_progress->setFormat(tr("%1 of %2").arg(done).arg(total));
    });
    connect(&m_runner, &compare::BatchRunner::finished, this, [this](bool cancelled) {
        setStatus(cancelled ? tr("Cancelled after %1 of %2 calls.").arg(m_runner.done()).arg(m_runner.total())
                            : tr("Done: %1 calls.").arg(m_runner.done()));
        refreshControls();
        Q_EMIT finished();
    });
    connect(&m_runner, &compare::BatchRunner::storeError, this, [this](const QString &message) { setStatus(message, true); });
    refreshControls();
}

void BatchPanel::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #c03030;") : QString());
}

void BatchPanel::refreshControls()
{
    const bool running = m_runner.isRunning();
    m_run->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_export->setEnabled(!running
                         && std::any_of(m_results.begin(), m_results.end(), [](const compare::BatchResult &r) { return !r.model.isEmpty(); }));
}

QString BatchPanel::status() const
{
    return m_status->text();
}

void BatchPanel::setText(const QString &text)
{
    m_input->setPlainText(text);
}

void BatchPanel::setConcurrency(int n)
{
    m_concurrency->setValue(n);
}

void BatchPanel::loadFile(const QString &path)
{
    auto rows = compare::PromptSet::load(path);
    if (!rows) {
        setStatus(rows.error().message, true);
        return;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        setStatus(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()), true);
        return;
    }
    m_input->setPlainText(QString::fromUtf8(f.readAll()));
    setStatus(tr("%n prompt(s) from %1.", nullptr, int(rows->size())).arg(QDir::toNativeSeparators(path)));
}

void BatchPanel::run()
{
    if (m_runner.isRunning())
        return;
    auto rows = compare::PromptSet::parseText(m_input->toPlainText());
    if (!rows) {
        setStatus(rows.error().message, true);
        return;
    }
    compare::BatchOptions options = m_options ? m_options() : compare::BatchOptions{};
    const QStringList models = options.models;
    if (models.isEmpty()) {
        setStatus(tr("Choose the models on the left first."), true);
        return;
    }
    options.concurrency = m_concurrency->value();
    show(models, *rows, {});
    if (auto ok = m_runner.start(*rows, options); !ok) {
        setStatus(ok.error().message, true);
        return;
    }
    setStatus(tr("Running %n prompt(s) against %1 models, %2 at a time…", nullptr, int(rows->size())).arg(models.size()).arg(options.concurrency));
    refreshControls();
}

void BatchPanel::cancel()
{
    m_runner.cancel();
}

void BatchPanel::show(const QStringList &models, const QList<compare::PromptRow> &rows, const QList<compare::BatchResult> &results)
{
    m_models = models;
    int rowCount = int(rows.size());
    for (const compare::BatchResult &r : results)
        rowCount = std::max(rowCount, r.row + 1);
    m_results = QList<compare::BatchResult>(qsizetype(rowCount) * models.size());
    QStringList headers{tr("ID"), tr("Prompt")};
    headers << models;
    m_grid->clear();
    m_grid->setColumnCount(int(headers.size()));
    m_grid->setHorizontalHeaderLabels(headers);
    m_grid->setRowCount(rowCount);
    for (int r = 0; r < rows.size(); ++r) {
        m_grid->setItem(r, 0, cell(rows.at(r).id));
        m_grid->setItem(r, 1, cell(rows.at(r).prompt.simplified().left(80)));
        m_grid->item(r, 1)->setToolTip(rows.at(r).prompt);
        for (int m = 0; m < models.size(); ++m)
            m_grid->setItem(r, 2 + m, cell(QStringLiteral("…")));
    }
    for (const compare::BatchResult &r : results) {
        const int m = int(models.indexOf(r.model));
        if (m < 0)
            continue;
        m_results[qsizetype(r.row) * models.size() + m] = r;
        if (!m_grid->item(r.row, 0)) {
            m_grid->setItem(r.row, 0, cell(r.rowId));
            m_grid->setItem(r.row, 1, cell(r.prompt.simplified().left(80)));
            m_grid->item(r.row, 1)->setToolTip(r.prompt);
        }
        updateCell(r, m);
    }
    m_grid->setColumnWidth(0, 60);
    m_grid->setColumnWidth(1, 260);
    for (int m = 0; m < models.size(); ++m)
        m_grid->setColumnWidth(2 + m, 150);
    m_progress->setRange(0, std::max(1, int(m_results.size())));
    m_progress->setValue(int(std::count_if(results.begin(), results.end(), [](const compare::BatchResult &r) { return !r.model.isEmpty(); })));
    m_progress->setFormat(tr("%1 of %2").arg(m_progress->value()).arg(m_results.size()));
    updateSummary();
    refreshControls();
}

void BatchPanel::updateCell(const compare::BatchResult &r, int modelIndex)
{
    QString text;
    QColor background;
    const QString latency = r.stats.latencyMs ? formatMs(*r.stats.latencyMs) : QString();
    if (r.stats.status == AnswerStats::Status::Stopped) {
        text = tr("cancelled");
    } else if (r.stats.status == AnswerStats::Status::Error) {
        text = tr("✗ error");
        background = ThemeManager::failBackground();
    } else if (r.passed) {
        text = (*r.passed ? tr("✓ pass") : tr("✗ fail")) + QStringLiteral(" · ") + latency;
        background = *r.passed ? ThemeManager::passBackground() : ThemeManager::failBackground();
    } else {
        text = tr("answered · %1").arg(latency);
    }
    auto *item = cell(text);
    if (background.isValid()) {
        item->setBackground(background);
        item->setForeground(ThemeManager::onStatusBackground());
    }
    QString tip = r.output.left(2000);
    if (!r.checkDetail.isEmpty())
        tip += QStringLiteral("\n\n") + tr("Checks: %1").arg(r.checkDetail);
    if (!r.stats.error.isEmpty())
        tip += QStringLiteral("\n\n") + r.stats.error;
    item->setToolTip(tip.trimmed());
    // the whole answer for a double-click (the tooltip shows the first 2,000 characters)
    QString full = r.output;
    if (!r.checkDetail.isEmpty())
        full += QStringLiteral("\n\n") + tr("Checks: %1").arg(r.checkDetail);
    if (!r.stats.error.isEmpty())
        full += QStringLiteral("\n\n") + r.stats.error;
    // and the sources every model of the row was given (kept with a saved batch)
    if (!r.knowledge.isEmpty())
        full += QStringLiteral("\n\n") + tr("Sources:") + QLatin1Char('\n') + knowledge::sourceList(r.knowledge, knowledge::LabelFor::App);
    item->setData(Qt::UserRole, full.trimmed());
    m_grid->setItem(r.row, 2 + modelIndex, item);
}

void BatchPanel::showAnswer(int row, int column)
{
    QTableWidgetItem *item = m_grid->item(row, column);
    if (column < 2 || !item || item->data(Qt::UserRole).toString().isEmpty())
        return;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("batchAnswer"));
    const QString prompt = m_grid->item(row, 1) ? m_grid->item(row, 1)->text() : QString();
    dialog.setWindowTitle(tr("%1: %2").arg(m_grid->horizontalHeaderItem(column)->text(), prompt.left(60)));
    auto *layout = new QVBoxLayout(&dialog);
    auto *text = new QPlainTextEdit(&dialog);
    text->setObjectName(QStringLiteral("batchAnswerText"));
    text->setReadOnly(true);
    text->setPlainText(item->data(Qt::UserRole).toString());
    layout->addWidget(text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(640, 480);
    dialog.exec();
}

void BatchPanel::updateSummary()
{
    const QList<compare::ModelSummary> summary = compare::summarize(m_results, m_models);
    m_summary->setRowCount(0);
    for (const compare::ModelSummary &s : summary) {
        const int row = m_summary->rowCount();
        m_summary->insertRow(row);
        m_summary->setItem(row, 0, cell(s.model));
        m_summary->setItem(row, 1, cell(s.passRate() ? formatPercent(*s.passRate(), 0) : tr("no checks")));
        m_summary->setItem(row, 2, cell(tr("%1 of %2").arg(s.passed).arg(s.checked)));
        m_summary->setItem(row, 3, cell(formatCount(s.errors)));
        m_summary->setItem(row, 4, cell(s.answered ? formatMs(qint64(s.meanLatencyMs)) : QStringLiteral("–")));
        m_summary->setItem(row, 5,
                           cell(s.unpriced == 0            ? formatCost(s.totalCostUsd)
                                    : s.unpriced == s.rows ? formatCost(0, false)
                                                           : tr("%1 + %n without a price", nullptr, s.unpriced).arg(formatCost(s.totalCostUsd))));
    }
}

void BatchPanel::exportCsv()
{
    const QString path = m_prompts.saveFile(this, tr("Export results"), QStringLiteral("comparison.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        m_prompts.error(this, tr("Export results"), tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
        return;
    }
    f.write(compare::resultsToCsv(m_results).toUtf8());
    if (!f.commit()) {
        m_prompts.error(this, tr("Export results"), tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
        return;
    }
    setStatus(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
}

int BatchPanel::gridRows() const
{
    return m_grid->rowCount();
}

QString BatchPanel::gridCell(int row, int column) const
{
    const QTableWidgetItem *item = m_grid->item(row, column);
    return item ? item->text() : QString();
}

QString BatchPanel::summaryCell(int row, int column) const
{
    const QTableWidgetItem *item = m_summary->item(row, column);
    return item ? item->text() : QString();
}

} // namespace sb::ui
