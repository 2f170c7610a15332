#include "versions.h"

#include "formparts.h"
#include "kinds.h"
#include "tablecells.h"
#include "theme.h"
#include "workflow/expression.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sb::ui {

using workflow::Change;
using workflow::Version;

namespace {

QString changeLabel(Change change)
{
    switch (change) {
    case Change::Added: return WorkflowVersionsPanel::tr("added");
    case Change::Removed: return WorkflowVersionsPanel::tr("removed");
    case Change::Changed: break;
    }
    return WorkflowVersionsPanel::tr("changed");
}

QString valueText(const QJsonValue &v)
{
    if (v.isUndefined())
        return WorkflowVersionsPanel::tr("(not set)");
    return workflow::toText(v);
}

} // namespace

WorkflowVersionsPanel::WorkflowVersionsPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("workflowVersions"));
    m_table->setHorizontalHeaderLabels({QStringLiteral("#"), tr("Saved"), tr("By, and why")});
    m_table->horizontalHeaderItem(0)->setToolTip(tr("The version's number"));
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setToolTip(tr("Every saved version is kept. Select one to restore it, two to compare them."));
    layout->addWidget(m_table, 1);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
    auto *buttons = new QGridLayout;
    m_restore = new QPushButton(tr("Restore"), this);
    m_restore->setObjectName(QStringLiteral("workflowVersionRestore"));
    m_restore->setToolTip(tr("Make the selected version the newest one again (Undo in the editor takes it back)"));
    m_compare = new QPushButton(tr("Compare"), this);
    m_compare->setObjectName(QStringLiteral("workflowVersionCompare"));
    m_compare->setToolTip(tr("Select two versions to see what changed, step by step"));
    auto *refresh = new QPushButton(tr("Refresh"), this);
    refresh->setObjectName(QStringLiteral("workflowVersionsRefresh"));
    buttons->addWidget(m_restore, 0, 0);
    buttons->addWidget(m_compare, 0, 1);
    buttons->addWidget(refresh, 1, 1);
    layout->addLayout(buttons);
    connect(refresh, &QPushButton::clicked, this, &WorkflowVersionsPanel::refreshRequested);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        if (const QList<int> numbers = selectedVersions(); numbers.size() == 1)
            Q_EMIT restoreRequested(numbers.first());
    });
    connect(m_compare, &QPushButton::clicked, this, [this] {
        if (const QList<int> numbers = selectedVersions(); numbers.size() == 2)
            Q_EMIT compareRequested(numbers.at(1), numbers.at(0));
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &WorkflowVersionsPanel::updateButtons);
    updateButtons();
}

WorkflowVersionsPanel::~WorkflowVersionsPanel() = default;

QString WorkflowVersionsPanel::savedByLabel(const QString &savedBy)
{
    if (savedBy == QLatin1String("app"))
        return tr("app");
    if (savedBy == QLatin1String("cli"))
        return tr("command line");
    if (savedBy == QLatin1String("workspace"))
        return tr("workspace file");
    return savedBy;
}

QString WorkflowVersionsPanel::noteLabel(const QString &note)
{
    // the notes core writes (versionstore.h, the CLI and this page), in the user's language
    static const QRegularExpression restored(QStringLiteral("^restored version (\\d+)$"));
    static const QRegularExpression imported(QStringLiteral("^imported from (.+)$"));
    static const QRegularExpression fromTemplate(QStringLiteral("^from the template (.+)$"));
    if (note == QLatin1String("as found in the workspace file"))
        return tr("as found in the workspace file");
    if (const auto m = restored.match(note); m.hasMatch())
        return tr("restored version %1").arg(m.captured(1));
    if (const auto m = imported.match(note); m.hasMatch())
        return tr("imported from %1").arg(m.captured(1));
    if (const auto m = fromTemplate.match(note); m.hasMatch())
        return tr("from the template %1").arg(m.captured(1));
    return note;
}

void WorkflowVersionsPanel::setVersions(const QList<Version> &versions, const QString &error)
{
    const QList<int> keep = selectedVersions();
    m_versions = versions;
    QSignalBlocker block(m_table);
    m_table->setRowCount(0);
    for (const Version &v : versions) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, numberCell(QString::number(v.number)));
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(v.savedAtMs);
        auto *saved = readOnlyCell(QLocale().toString(at, QLocale::ShortFormat));
        saved->setToolTip(QLocale().toString(at, QLocale::LongFormat));
        m_table->setItem(row, 1, saved);
        const QString why = noteLabel(v.note);
        auto *by = readOnlyCell(why.isEmpty() ? savedByLabel(v.savedBy) : tr("%1: %2").arg(savedByLabel(v.savedBy), why));
        by->setToolTip(by->text());
        m_table->setItem(row, 2, by);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->resizeRowsToContents();
    m_note->setText(!error.isEmpty()         ? error
                        : versions.isEmpty() ? tr("No saved versions yet: each save keeps one.")
                                             : tr("%n version(s), none ever deleted.", nullptr, int(versions.size())));
    m_note->setStyleSheet(error.isEmpty() ? QString() : ThemeManager::errorStyleSheet());
    block.unblock();
    selectVersions(keep);
}

QList<int> WorkflowVersionsPanel::selectedVersions() const
{
    QList<int> out;
    for (int row : formparts::selectedRows(m_table))
        out << m_versions.value(row).number;
    return out;
}

void WorkflowVersionsPanel::selectVersions(const QList<int> &numbers)
{
    formparts::selectRows(m_table, [&](int row) { return numbers.contains(m_versions.value(row).number); });
    updateButtons();
}

void WorkflowVersionsPanel::updateButtons()
{
    const QList<int> numbers = selectedVersions();
    // the newest is what the workspace holds: restoring it changes nothing
    m_restore->setEnabled(numbers.size() == 1 && !m_versions.isEmpty() && numbers.first() != m_versions.first().number);
    m_compare->setEnabled(numbers.size() == 2);
}

// ------------------------------------------------------------------------------------------------

VersionDiffDialog::VersionDiffDialog(const QString &workflow, int from, int to, const workflow::DefinitionDiff &diff, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Versions of %1").arg(workflow));
    setObjectName(QStringLiteral("workflowVersionDiff"));
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(diff.isEmpty() ? tr("Version %1 and version %2 are the same.").arg(from).arg(to)
                                              : tr("What changed from version %1 to version %2:").arg(from).arg(to),
                               this);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("workflowVersionDiffTree"));
    m_tree->setColumnCount(4);
    m_tree->setHeaderLabels({tr("What"), tr("Change"), tr("Version %1").arg(from), tr("Version %1").arg(to)});
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);
    layout->addWidget(m_tree, 1);

    auto fieldRows = [](QTreeWidgetItem *parentItem, const QList<workflow::FieldChange> &fields) {
        for (const workflow::FieldChange &f : fields) {
            // a field of the step by its label in the inspector, a path into one as it is
            const QString label = f.field.contains(QLatin1Char('.')) ? f.field : workflowkinds::fieldLabel(f.field);
            const QString what = label == f.field ? f.field : tr("%1 (%2)").arg(label, f.field);
            auto *item = new QTreeWidgetItem(parentItem, {what, QString(), valueText(f.before), valueText(f.after)});
            for (int column : {2, 3})
                item->setToolTip(column, item->text(column).left(4000));
        }
    };
    auto mark = [](QTreeWidgetItem *item, Change change) {
        if (change == Change::Changed)
            return; // the fields below say what
        item->setBackground(1, change == Change::Added ? ThemeManager::passBackground() : ThemeManager::failBackground());
        item->setForeground(1, ThemeManager::onStatusBackground());
    };
    if (!diff.workflow.isEmpty()) {
        auto *top = new QTreeWidgetItem(m_tree, {tr("the workflow"), changeLabel(Change::Changed)});
        fieldRows(top, diff.workflow);
    }
    for (const workflow::StepChange &s : diff.steps) {
        const auto kind = workflow::kindFromName(s.kind);
        QString what = tr("step %1 (%2)").arg(s.step, kind ? workflowkinds::label(*kind) : s.kind);
        if (!s.map.isEmpty())
            what += QLatin1Char(' ') + tr("in map %1").arg(s.map);
        auto *item = new QTreeWidgetItem(m_tree, {what, changeLabel(s.change)});
        item->setData(0, Qt::UserRole, s.step);
        mark(item, s.change);
        fieldRows(item, s.fields);
    }
    for (const workflow::EdgeChange &e : diff.edges) {
        QString what = tr("edge %1 → %2").arg(e.edge.from, e.edge.to);
        if (!e.edge.when.isEmpty())
            what += QLatin1Char(' ') + tr("when %1").arg(e.edge.when);
        if (!e.map.isEmpty())
            what += QLatin1Char(' ') + tr("in map %1").arg(e.map);
        auto *item = new QTreeWidgetItem(m_tree, {what, changeLabel(e.change)});
        mark(item, e.change);
    }
    m_tree->expandAll();
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(980, 520);
}

VersionDiffDialog::~VersionDiffDialog() = default;

} // namespace sb::ui
