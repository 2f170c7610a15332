#include "stepcompare.h"

#include "compare/session.h"
#include "theme.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace sb::ui {

using compare::CompareSession;

StepCompareDialog::StepCompareDialog(const QString &step, const QStringList &models, const QStringList &chosen, const QString &note, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Compare step %1").arg(step));
    setObjectName(QStringLiteral("workflowStepCompare"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The input step %1 was given in this run goes to the models you tick, side by side in Compare.").arg(step), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    if (!note.isEmpty()) {
        auto *left = new QLabel(note, this);
        left->setWordWrap(true);
        layout->addWidget(left);
    }
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("workflowStepCompareModels"));
    QStringList all = chosen;
    for (const QString &m : models) {
        if (!all.contains(m))
            all << m;
    }
    for (const QString &m : std::as_const(all)) {
        auto *item = new QListWidgetItem(m, m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(chosen.contains(m) ? Qt::Checked : Qt::Unchecked);
    }
    layout->addWidget(m_list, 1);
    m_count = new QLabel(this);
    layout->addWidget(m_count);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_compare = buttons->addButton(tr("Compare"), QDialogButtonBox::AcceptRole);
    m_compare->setObjectName(QStringLiteral("workflowStepCompareRun"));
    m_compare->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_list, &QListWidget::itemChanged, this, &StepCompareDialog::update);
    update();
    resize(440, 420);
}

StepCompareDialog::~StepCompareDialog() = default;

QStringList StepCompareDialog::chosen() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            out << m_list->item(i)->text();
    }
    return out;
}

void StepCompareDialog::setChosen(const QStringList &models)
{
    for (int i = 0; i < m_list->count(); ++i)
        m_list->item(i)->setCheckState(models.contains(m_list->item(i)->text()) ? Qt::Checked : Qt::Unchecked);
    update();
}

void StepCompareDialog::update()
{
    const auto n = chosen().size();
    const bool fits = n >= CompareSession::kMinPanes && n <= CompareSession::kMaxPanes;
    m_compare->setEnabled(fits);
    m_count->setText(fits ? tr("%n model(s) chosen.", nullptr, int(n))
                          : tr("Choose %1 to %2 models (%3 chosen).").arg(CompareSession::kMinPanes).arg(CompareSession::kMaxPanes).arg(n));
    m_count->setStyleSheet(fits ? QString() : ThemeManager::errorStyleSheet());
}

} // namespace sb::ui
