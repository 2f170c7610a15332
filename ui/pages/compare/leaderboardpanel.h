#pragma once

#include <QStringList>
#include <QWidget>

#include <memory>

class QChartView;
class QComboBox;
class QTableWidget;

namespace sb::compare {
class CompareStore;
}

namespace sb::ui {

// The Compare page's Leaderboard tab: Elo and win rates per model from the workspace's blind votes,
// for all categories or one, and each model's Elo over time (a line per model, a point per vote).
class LeaderboardPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeaderboardPanel)

public:
    LeaderboardPanel(std::shared_ptr<compare::CompareStore> store, QWidget *parent = nullptr);

    // Reads the votes of `workspace` again (after a vote, or another workspace).
    void reload(const QString &workspace);
    // The categories to choose from; the chosen one stays when it is still there.
    void setCategories(const QStringList &categories);
    int rows() const;
    QString cellText(int row, int column) const;
    QChartView *eloChart() const { return m_chart; }

Q_SIGNALS:
    void failed(const QString &message);

private:
    std::shared_ptr<compare::CompareStore> m_store;
    QString m_workspace;
    QComboBox *m_category = nullptr;
    QTableWidget *m_board = nullptr;
    QChartView *m_chart = nullptr;
};

} // namespace sb::ui
