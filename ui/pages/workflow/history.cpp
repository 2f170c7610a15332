#include "history.h"

#include "format.h"
#include "formparts.h"
#include "kinds.h"
#include "tablecells.h"
#include "theme.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sb::ui {

using workflow::RunRecord;
using workflow::RunStatus;
using workflow::StepResult;

namespace {

QString when(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString duration(const RunRecord &r)
{
    const qint64 end = r.finishedAtMs ? r.finishedAtMs : r.updatedAtMs;
    return r.startedAtMs > 0 && end >= r.startedAtMs ? formatMs(end - r.startedAtMs) : QStringLiteral("–");
}

QString compact(const QJsonValue &v)
{
    if (v.isUndefined() || v.isNull())
        return {};
    return workflow::toText(v);
}

} // namespace

WorkflowHistoryPanel::WorkflowHistoryPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("workflowHistory"));
    m_table->setHorizontalHeaderLabels({tr("Started"), tr("Status"), tr("Cost"), tr("Time")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->setToolTip(tr("Double-click a run to see its steps on the canvas; select two to compare them"));
    layout->addWidget(m_table, 1);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
    auto *buttons = new QGridLayout;
    auto *refresh = new QPushButton(tr("Refresh"), this);
    refresh->setObjectName(QStringLiteral("workflowHistoryRefresh"));
    m_open = new QPushButton(tr("Open"), this);
    m_open->setObjectName(QStringLiteral("workflowHistoryOpen"));
    m_open->setToolTip(tr("Show the run's steps on the canvas"));
    m_resume = new QPushButton(tr("Resume"), this);
    m_resume->setObjectName(QStringLiteral("workflowHistoryResume"));
    m_compare = new QPushButton(tr("Compare"), this);
    m_compare->setObjectName(QStringLiteral("workflowHistoryCompare"));
    m_compare->setToolTip(tr("Select two runs to compare them step by step"));
    buttons->addWidget(m_open, 0, 0);
    buttons->addWidget(m_compare, 0, 1);
    buttons->addWidget(m_resume, 1, 0);
    buttons->addWidget(refresh, 1, 1);
    layout->addLayout(buttons);
    connect(refresh, &QPushButton::clicked, this, &WorkflowHistoryPanel::refreshRequested);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const QStringList ids = selectedRuns(); ids.size() == 1)
            Q_EMIT openRequested(ids.first());
    });
    connect(m_resume, &QPushButton::clicked, this, [this] {
        if (const QStringList ids = selectedRuns(); ids.size() == 1)
            Q_EMIT resumeRequested(ids.first());
    });
    connect(m_compare, &QPushButton::clicked, this, [this] {
        if (const QStringList ids = selectedRuns(); ids.size() == 2)
            Q_EMIT compareRequested(ids.at(1), ids.at(0));
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) { Q_EMIT openRequested(m_runs.value(row).id); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &WorkflowHistoryPanel::updateButtons);
    updateButtons();
}

WorkflowHistoryPanel::~WorkflowHistoryPanel() = default;

void WorkflowHistoryPanel::setRuns(const QList<RunRecord> &runs, const QString &error)
{
    const QStringList keep = selectedRuns();
    m_runs = runs;
    QSignalBlocker block(m_table);
    m_table->setRowCount(0);
    for (const RunRecord &r : runs) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        // short, in the user's own format (the column is narrow); all of it in the tooltip
        auto *started = readOnlyCell(QLocale().toString(QDateTime::fromMSecsSinceEpoch(r.startedAtMs), QLocale::ShortFormat));
        started->setToolTip(when(r.startedAtMs) + QLatin1Char('\n') + r.id + (r.error.isEmpty() ? QString() : QLatin1Char('\n') + r.error));
        m_table->setItem(row, 0, started);
        auto *status = readOnlyCell(workflowkinds::runStatusLabel(r.status));
        if (r.status == RunStatus::Failed)
            status->setForeground(ThemeManager::errorColor());
        m_table->setItem(row, 1, status);
        m_table->setItem(row, 2, numberCell(formatCost(r.costUsd, r.costKnown)));
        m_table->setItem(row, 3, numberCell(duration(r)));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_note->setText(!error.isEmpty() ? error : runs.isEmpty() ? tr("No runs of this workflow yet.") : QString());
    m_note->setStyleSheet(error.isEmpty() ? QString() : ThemeManager::errorStyleSheet());
    m_note->setVisible(!m_note->text().isEmpty());
    block.unblock();
    selectRuns(keep);
}

QStringList WorkflowHistoryPanel::selectedRuns() const
{
    QStringList out;
    for (int row : formparts::selectedRows(m_table))
        out << m_runs.value(row).id;
    return out;
}

void WorkflowHistoryPanel::selectRuns(const QStringList &ids)
{
    formparts::selectRows(m_table, [&](int row) { return ids.contains(m_runs.value(row).id); });
    updateButtons();
}

void WorkflowHistoryPanel::updateButtons()
{
    const QStringList ids = selectedRuns();
    m_open->setEnabled(ids.size() == 1);
    const RunRecord *one = nullptr;
    for (const RunRecord &r : std::as_const(m_runs)) {
        if (ids.size() == 1 && r.id == ids.first())
            one = &r;
    }
    m_resume->setEnabled(one && one->status != RunStatus::Succeeded && one->status != RunStatus::Running);
    m_compare->setEnabled(ids.size() == 2);
}

// ------------------------------------------------------------------------------------------------

RunDiffDialog::RunDiffDialog(const Side &a, const Side &b, QWidget *parent)
    : QDialog(parent)
    , m_a(a)
    , m_b(b)
{
    setWindowTitle(tr("Compare runs of %1").arg(a.run.workflow));
    setObjectName(QStringLiteral("workflowRunDiff"));
    auto *layout = new QVBoxLayout(this);
    auto summary = [](const QString &format, const RunRecord &r) {
        return format.arg(when(r.startedAtMs), workflowkinds::runStatusLabel(r.status), formatCost(r.costUsd, r.costKnown), duration(r));
    };
    auto *heading = new QLabel(summary(tr("A: %1, %2, %3, %4"), a.run) + QLatin1Char('\n') + summary(tr("B: %1, %2, %3, %4"), b.run), this);
    heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(heading);
    m_onlyChanged = new QCheckBox(tr("Only the steps that changed"), this);
    m_onlyChanged->setObjectName(QStringLiteral("workflowDiffOnlyChanged"));
    layout->addWidget(m_onlyChanged);
    m_table = new QTableWidget(0, 10, this);
    m_table->setObjectName(QStringLiteral("workflowDiffTable"));
    m_table->setHorizontalHeaderLabels({tr("Step"), tr("Changed"), tr("Output A"), tr("Output B"), tr("Model A"), tr("Model B"), tr("Cost A"),
                                        tr("Cost B"), tr("Latency A"), tr("Latency B")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->setTextElideMode(Qt::ElideRight);
    layout->addWidget(m_table, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_onlyChanged, &QCheckBox::toggled, this, &RunDiffDialog::fill);
    fill();
    resize(1100, 560);
}

RunDiffDialog::~RunDiffDialog() = default;

void RunDiffDialog::fill()
{
    QStringList keys;
    QHash<QString, StepResult> a;
    QHash<QString, StepResult> b;
    for (const StepResult &s : std::as_const(m_a.steps)) {
        keys << s.key;
        a.insert(s.key, s);
    }
    for (const StepResult &s : std::as_const(m_b.steps)) {
        if (!a.contains(s.key))
            keys << s.key;
        b.insert(s.key, s);
    }
    m_changed.clear();
    m_table->setRowCount(0);
    for (const QString &key : std::as_const(keys)) {
        const auto ra = a.constFind(key);
        const auto rb = b.constFind(key);
        const bool inA = ra != a.cend();
        const bool inB = rb != b.cend();
        const bool changed = !inA || !inB || ra->output != rb->output || ra->status != rb->status;
        if (changed)
            m_changed << key;
        if (m_onlyChanged->isChecked() && !changed)
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, readOnlyCell(key));
        auto *mark = readOnlyCell(changed ? (!inA ? tr("only in B") : !inB ? tr("only in A") : tr("changed")) : QString());
        m_table->setItem(row, 1, mark);
        auto side = [&](int column, const StepResult *r) {
            QString out = QStringLiteral("–");
            if (r && r->status == workflow::StepStatus::Done)
                out = compact(r->output);
            else if (r)
                out = workflowkinds::statusLabel(r->status)
                    + (r->error.isEmpty() || r->error == workflow::stepStatusName(r->status) ? QString() : QStringLiteral(": ") + r->error);
            auto *cell = readOnlyCell(out.left(2000));
            cell->setToolTip(out.left(4000));
            if (changed) {
                cell->setBackground(ThemeManager::failBackground());
                cell->setForeground(ThemeManager::onStatusBackground());
            }
            m_table->setItem(row, column, cell);
            m_table->setItem(row, column + 2, readOnlyCell(r ? r->model : QString()));
            m_table->setItem(row, column + 4,
                             numberCell(r && (r->costUsd > 0 || !r->model.isEmpty()) ? formatCost(r->costUsd, r->costKnown) : QString()));
            m_table->setItem(row, column + 6, numberCell(r && r->latencyMs ? formatMs(*r->latencyMs) : QString()));
        };
        side(2, inA ? &*ra : nullptr);
        side(3, inB ? &*rb : nullptr);
        if (changed) {
            mark->setBackground(ThemeManager::failBackground());
            mark->setForeground(ThemeManager::onStatusBackground());
        }
    }
    m_table->resizeColumnsToContents();
    // the outputs share what is left
    for (int column : {2, 3})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
    m_table->resizeRowsToContents();
}

} // namespace sb::ui
