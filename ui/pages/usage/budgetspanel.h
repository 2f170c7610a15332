#pragma once

#include "usage/budgets.h"

#include <QJsonArray>
#include <QList>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace sb::ui {

class AppContext;

// The Usage page's Budgets tab: the workspace's budgets as an editable table (scope, target, period,
// soft and hard limits as typed), each with its spend this period and projected month end, saved
// into the workspace after validation.
class BudgetsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BudgetsPanel)

public:
    explicit BudgetsPanel(AppContext &context, QWidget *parent = nullptr);

    int rows() const;
    void addRow(usage::Budget::Scope scope = usage::Budget::Scope::Workspace, const QString &target = {},
                usage::Budget::Period period = usage::Budget::Period::Monthly, const QString &softText = {}, const QString &hardText = {});
    void removeRow(int row);
    void setLimits(int row, const QString &softText, const QString &hardText);
    // Validates and saves into the workspace; false (the reason in message()) when refused.
    bool save();
    void revert();
    QString message() const;
    bool isDirty() const { return m_dirty; }
    // The rows again from the workspace, and the spend of each from the budget tracker.
    void load();
    void updateProgress();
    // Spent / limit of a row (per mille of the largest limit) and its text; the month-end projection.
    int progress(int row) const;
    QString progressText(int row) const;
    QString projectionText() const;

Q_SIGNALS:
    // Every budget's state, after each updateProgress() (the page's banner shows the worst).
    void statusesChanged(const QList<sb::usage::BudgetStatus> &statuses);

private:
    QJsonArray fromTable() const;

    AppContext &m_context;
    QTableWidget *m_budgets = nullptr;
    QLabel *m_budgetMessage = nullptr;
    QLabel *m_projection = nullptr;
    bool m_dirty = false;
};

} // namespace sb::ui
