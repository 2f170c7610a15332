#include "pages/usage/budgetspanel.h"

#include "appcontext.h"
#include "engine/engine.h"
#include "format.h"
#include "pages/usage/cells.h"
#include "theme.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace sb::ui {

using namespace usagecells;

namespace {

enum BudgetColumn { ColScope, ColTarget, ColPeriod, ColSoft, ColHard, ColSpent, ColProjected, ColCount };

// "budgets[2].softLimitUsd: must be ..." -> "Row 3, soft limit: must be ..."
QString friendlyProblem(const QString &problem)
{
    QString p = problem;
    if (p.startsWith(QLatin1String("budgets["))) {
        const qsizetype close = p.indexOf(QLatin1Char(']'));
        const int index = p.mid(8, close - 8).toInt();
        QString rest = p.mid(close + 1);
        const std::pair<QLatin1String, QString> fields[] = {
            {QLatin1String(".softLimitUsd"), BudgetsPanel::tr(", soft limit")}, {QLatin1String(".hardLimitUsd"), BudgetsPanel::tr(", hard limit")},
            {QLatin1String(".target"), BudgetsPanel::tr(", target")},           {QLatin1String(".scope"), BudgetsPanel::tr(", scope")},
            {QLatin1String(".period"), BudgetsPanel::tr(", period")},
        };
        for (const auto &[field, label] : fields) {
            if (rest.startsWith(field)) {
                rest = label + rest.mid(field.size());
                break;
            }
        }
        rest.replace(QRegularExpression(QStringLiteral("budgets\\[(\\d+)\\]")), QString());
        p = BudgetsPanel::tr("Row %1").arg(index + 1) + rest;
    }
    return p;
}

QString scopeLabel(usage::Budget::Scope s)
{
    switch (s) {
    case usage::Budget::Scope::Workspace: return BudgetsPanel::tr("Workspace");
    case usage::Budget::Scope::Provider: return BudgetsPanel::tr("Provider");
    case usage::Budget::Scope::ProxyKey: return BudgetsPanel::tr("Proxy key");
    case usage::Budget::Scope::Member: return BudgetsPanel::tr("Team member");
    }
    return {};
}

} // namespace

BudgetsPanel::BudgetsPanel(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    QWidget *tab = this;
    auto *layout = new QVBoxLayout(this);
    auto *help = new QLabel(tr("Limits in US dollars per UTC day or calendar month, for the whole workspace, one provider (its id), one proxy "
                               "key (its name) or one team member (all their keys). A soft limit raises a notification; a hard limit refuses "
                               "further calls."),
                            tab);
    help->setWordWrap(true);
    layout->addWidget(help);
    m_projection = new QLabel(tab);
    m_projection->setObjectName(QStringLiteral("budgetProjection"));
    m_projection->setWordWrap(true); // the locale's money ("0,00 $") ran it past a small screen in German
    layout->addWidget(m_projection);
    m_budgets = new QTableWidget(0, ColCount, tab);
    m_budgets->setObjectName(QStringLiteral("budgetTable"));
    m_budgets->setHorizontalHeaderLabels(
        {tr("Scope"), tr("Target"), tr("Period"), tr("Soft limit ($)"), tr("Hard limit ($)"), tr("Spent this period"), tr("Projected month-end")});
    m_budgets->verticalHeader()->hide();
    m_budgets->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_budgets->horizontalHeader()->setSectionResizeMode(ColSpent, QHeaderView::Stretch);
    layout->addWidget(m_budgets, 1);
    m_budgetMessage = new QLabel(tab);
    m_budgetMessage->setObjectName(QStringLiteral("budgetMessage"));
    m_budgetMessage->setWordWrap(true);
    m_budgetMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_budgetMessage);
    auto *buttons = new QHBoxLayout;
    auto *addButton = new QPushButton(tr("&Add budget"), tab);
    auto *removeButton = new QPushButton(tr("Re&move"), tab);
    auto *revertButton = new QPushButton(tr("Re&vert"), tab);
    auto *saveButton = new QPushButton(tr("Sa&ve budgets"), tab);
    saveButton->setObjectName(QStringLiteral("saveBudgets"));
    buttons->addWidget(addButton);
    buttons->addWidget(removeButton);
    buttons->addStretch();
    buttons->addWidget(revertButton);
    buttons->addWidget(saveButton);
    layout->addLayout(buttons);
    connect(addButton, &QPushButton::clicked, this, [this] { addRow(); });
    connect(removeButton, &QPushButton::clicked, this, [this] { removeRow(m_budgets->currentRow()); });
    connect(revertButton, &QPushButton::clicked, this, &BudgetsPanel::revert);
    connect(saveButton, &QPushButton::clicked, this, [this] { (void)save(); });
}

int BudgetsPanel::rows() const
{
    return m_budgets->rowCount();
}

void BudgetsPanel::addRow(usage::Budget::Scope scope, const QString &target, usage::Budget::Period period, const QString &softText,
                          const QString &hardText)
{
    const int r = m_budgets->rowCount();
    m_budgets->insertRow(r);
    auto dirty = [this] { m_dirty = true; };
    auto *scopeBox = new QComboBox(m_budgets);
    for (auto s : {usage::Budget::Scope::Workspace, usage::Budget::Scope::Provider, usage::Budget::Scope::ProxyKey, usage::Budget::Scope::Member})
        scopeBox->addItem(scopeLabel(s), usage::scopeName(s));
    scopeBox->setCurrentIndex(scopeBox->findData(usage::scopeName(scope)));
    auto *targetEdit = new QLineEdit(target, m_budgets);
    targetEdit->setPlaceholderText(tr("provider id, proxy key or member"));
    targetEdit->setEnabled(scope != usage::Budget::Scope::Workspace);
    auto *periodBox = new QComboBox(m_budgets);
    periodBox->addItem(tr("daily"), usage::periodName(usage::Budget::Period::Daily));
    periodBox->addItem(tr("monthly"), usage::periodName(usage::Budget::Period::Monthly));
    periodBox->setCurrentIndex(periodBox->findData(usage::periodName(period)));
    auto *soft = new QLineEdit(softText, m_budgets);
    soft->setPlaceholderText(tr("none"));
    auto *hard = new QLineEdit(hardText, m_budgets);
    hard->setPlaceholderText(tr("none"));
    auto *bar = new QProgressBar(m_budgets);
    bar->setRange(0, 1000);
    bar->setValue(0);
    bar->setAlignment(Qt::AlignCenter);
    bar->setFormat(tr("not saved yet"));
    m_budgets->setCellWidget(r, ColScope, scopeBox);
    m_budgets->setCellWidget(r, ColTarget, targetEdit);
    m_budgets->setCellWidget(r, ColPeriod, periodBox);
    m_budgets->setCellWidget(r, ColSoft, soft);
    m_budgets->setCellWidget(r, ColHard, hard);
    m_budgets->setCellWidget(r, ColSpent, bar);
    m_budgets->setItem(r, ColProjected, numberCell(QString()));
    connect(scopeBox, &QComboBox::currentIndexChanged, this, [this, scopeBox, targetEdit] {
        const bool workspace = scopeBox->currentData().toString() == usage::scopeName(usage::Budget::Scope::Workspace);
        targetEdit->setEnabled(!workspace);
        if (workspace)
            targetEdit->clear();
        m_dirty = true;
    });
    connect(periodBox, &QComboBox::currentIndexChanged, this, dirty);
    for (QLineEdit *e : {targetEdit, soft, hard})
        connect(e, &QLineEdit::textEdited, this, dirty);
    m_dirty = true;
}

void BudgetsPanel::removeRow(int row)
{
    if (row < 0 || row >= m_budgets->rowCount())
        return;
    m_budgets->removeRow(row);
    m_dirty = true;
}

void BudgetsPanel::setLimits(int row, const QString &softText, const QString &hardText)
{
    if (row < 0 || row >= m_budgets->rowCount())
        return;
    static_cast<QLineEdit *>(m_budgets->cellWidget(row, ColSoft))->setText(softText);
    static_cast<QLineEdit *>(m_budgets->cellWidget(row, ColHard))->setText(hardText);
    m_dirty = true;
}

QJsonArray BudgetsPanel::fromTable() const
{
    QJsonArray array;
    for (int r = 0; r < m_budgets->rowCount(); ++r) {
        QJsonObject o;
        const QString scope = static_cast<QComboBox *>(m_budgets->cellWidget(r, ColScope))->currentData().toString();
        o.insert(QStringLiteral("scope"), scope);
        const QString target = static_cast<QLineEdit *>(m_budgets->cellWidget(r, ColTarget))->text().trimmed();
        if (scope != usage::scopeName(usage::Budget::Scope::Workspace) || !target.isEmpty())
            o.insert(QStringLiteral("target"), target);
        o.insert(QStringLiteral("period"), static_cast<QComboBox *>(m_budgets->cellWidget(r, ColPeriod))->currentData().toString());
        auto limit = [&](int column, const QString &key) {
            const QString text = static_cast<QLineEdit *>(m_budgets->cellWidget(r, column))->text();
            bool ok = false;
            const auto v = parseMoney(text, &ok);
            if (!ok)
                o.insert(key, text.trimmed()); // not a number: validation says so
            else if (v)
                o.insert(key, *v);
        };
        limit(ColSoft, QStringLiteral("softLimitUsd"));
        limit(ColHard, QStringLiteral("hardLimitUsd"));
        array.append(o);
    }
    return array;
}

bool BudgetsPanel::save()
{
    const QJsonArray array = fromTable();
    const QStringList problems = usage::Budget::validate(array);
    auto refuse = [this](const QString &text) {
        m_budgetMessage->setStyleSheet(ThemeManager::errorStyleSheet());
        m_budgetMessage->setText(tr("Not saved: %1").arg(text));
        return false;
    };
    if (!problems.isEmpty()) {
        QStringList friendly;
        for (const QString &p : problems)
            friendly << friendlyProblem(p);
        return refuse(friendly.join(QLatin1Char('\n')));
    }
    Workspace ws = m_context.workspace();
    ws.budgets = array;
    if (auto saved = m_context.replaceWorkspace(ws); !saved)
        return refuse(saved.error().message);
    m_dirty = false;
    m_budgetMessage->setStyleSheet(QString());
    m_budgetMessage->setText(tr("%n budget(s) saved.", nullptr, int(array.size())));
    load();
    return true;
}

void BudgetsPanel::revert()
{
    m_dirty = false;
    m_budgetMessage->clear();
    load();
}

QString BudgetsPanel::message() const
{
    return m_budgetMessage->text();
}

void BudgetsPanel::load()
{
    m_budgets->setRowCount(0);
    auto list = usage::Budget::listFromJson(m_context.workspace().budgets);
    if (!list) {
        m_budgetMessage->setText(tr("The workspace's budgets are invalid: %1").arg(list.error().message));
    } else {
        for (const usage::Budget &b : std::as_const(*list)) {
            auto text = [](const std::optional<double> &v) { return v ? QLocale().toString(*v, 'f', 2) : QString(); };
            addRow(b.scope, b.target, b.period, text(b.softLimitUsd), text(b.hardLimitUsd));
        }
    }
    m_budgets->resizeColumnsToContents();
    m_budgets->horizontalHeader()->setSectionResizeMode(ColSpent, QHeaderView::Stretch);
    m_dirty = false;
    updateProgress();
}

void BudgetsPanel::updateProgress()
{
    const std::shared_ptr<engine::Engine> engine = m_context.engine();
    if (!engine) {
        m_projection->setText(tr("Budgets are not tracked: the ledger is not running."));
        return;
    }
    usage::BudgetTracker &tracker = engine->budgets();
    const QList<usage::BudgetStatus> statuses = tracker.statuses();
    m_projection->setText(tr("This month so far: %1 · projected month-end spend: %2 (whole workspace, linear)")
                              .arg(money(tracker.monthToDateUsd(usage::Budget::Scope::Workspace)),
                                   money(tracker.projectedMonthEndUsd(usage::Budget::Scope::Workspace))));
    const bool dirty = m_dirty;
    for (int r = 0; r < m_budgets->rowCount(); ++r) {
        const QString scope = static_cast<QComboBox *>(m_budgets->cellWidget(r, ColScope))->currentData().toString();
        const QString target = static_cast<QLineEdit *>(m_budgets->cellWidget(r, ColTarget))->text().trimmed();
        const QString period = static_cast<QComboBox *>(m_budgets->cellWidget(r, ColPeriod))->currentData().toString();
        auto *bar = static_cast<QProgressBar *>(m_budgets->cellWidget(r, ColSpent));
        const usage::BudgetStatus *status = nullptr;
        for (const usage::BudgetStatus &s : statuses) {
            if (usage::scopeName(s.budget.scope) == scope && s.budget.target == target && usage::periodName(s.budget.period) == period)
                status = &s;
        }
        if (!status) {
            bar->setValue(0);
            bar->setFormat(tr("not saved yet"));
            bar->setStyleSheet(QString());
            m_budgets->item(r, ColProjected)->setText(QString());
            continue;
        }
        const usage::Budget &b = status->budget;
        const double limit = b.hardLimitUsd ? *b.hardLimitUsd : b.softLimitUsd.value_or(0);
        const double spent = status->spentUsd();
        const double fraction = limit > 0 ? spent / limit : (spent > 0 ? 1.0 : 0.0);
        bar->setValue(int(std::lround(std::clamp(fraction, 0.0, 1.0) * 1000)));
        bar->setFormat(tr("%1 of %2 (%3%)").arg(money(spent), money(limit), formatNumber(fraction * 100, 0)));
        const char *color = status->outcome == usage::BudgetOutcome::HardExceeded ? "#d04040"
            : status->outcome == usage::BudgetOutcome::SoftExceeded               ? "#e0a020"
                                                                                  : "#3a9d5d";
        bar->setStyleSheet(QStringLiteral("QProgressBar::chunk { background: %1; }").arg(QLatin1String(color)));
        bar->setToolTip(status->outcome == usage::BudgetOutcome::Ok                 ? tr("Within its limits")
                            : status->outcome == usage::BudgetOutcome::SoftExceeded ? tr("Soft limit reached")
                                                                                    : tr("Hard limit reached: calls are refused"));
        QString projected;
        if (b.period == usage::Budget::Period::Monthly) {
            const double p = tracker.projectedMonthEndUsd(b.scope, b.target);
            projected = money(p);
            if (limit > 0 && p > limit)
                projected = tr("%1 (over the limit)").arg(projected);
        } else {
            projected = tr("— (daily budget)");
        }
        m_budgets->item(r, ColProjected)->setText(projected);
    }
    m_dirty = dirty;
    Q_EMIT statusesChanged(statuses);
}

int BudgetsPanel::progress(int row) const
{
    auto *bar = row >= 0 && row < m_budgets->rowCount() ? static_cast<QProgressBar *>(m_budgets->cellWidget(row, ColSpent)) : nullptr;
    return bar ? bar->value() : -1;
}

QString BudgetsPanel::progressText(int row) const
{
    auto *bar = row >= 0 && row < m_budgets->rowCount() ? static_cast<QProgressBar *>(m_budgets->cellWidget(row, ColSpent)) : nullptr;
    return bar ? bar->text() : QString();
}

QString BudgetsPanel::projectionText() const
{
    return m_projection->text();
}

} // namespace sb::ui
