#include "pages/compare/leaderboardpanel.h"

#include "compare/comparestore.h"
#include "format.h"
#include "pages/compare/tables.h"
#include "pages/monitor/timechart.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>

#include <cmath>

namespace sb::ui {

using comparetables::cell;

LeaderboardPanel::LeaderboardPanel(std::shared_ptr<compare::CompareStore> store, QWidget *parent)
    : QWidget(parent)
    , m_store(std::move(store))
{
    auto *v = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Category"), this));
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("boardCategory"));
    connect(m_category, &QComboBox::activated, this, [this] { reload(m_workspace); });
    top->addWidget(m_category);
    top->addStretch(1);
    v->addLayout(top);
    m_board = comparetables::makeTable(
        this, QStringLiteral("leaderboard"),
        {tr("#"), tr("Model"), tr("Elo"), tr("Win rate"), tr("Wins"), tr("Ties"), tr("Losses"), tr("Both bad"), tr("Votes")});
    m_board->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_board);
    m_chart = new QChartView(new QChart, split);
    m_chart->setObjectName(QStringLiteral("eloChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(160);
    m_chart->chart()->legend()->setAlignment(Qt::AlignRight);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    split->setSizes({160, 320});
    v->addWidget(split, 1);
    auto *note = new QLabel(tr("From blind votes in this workspace. Elo starts at 1000 (K = 32); a tie or \"both bad\" counts as a draw; "
                               "picking the best of several panes counts as a win over each of the others."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    v->addWidget(note);
}

void LeaderboardPanel::setCategories(const QStringList &categories)
{
    const QString chosen = m_category->currentData().toString();
    m_category->clear();
    m_category->addItem(tr("All categories"), QString());
    for (const QString &c : categories)
        m_category->addItem(c, c);
    m_category->setCurrentIndex(std::max(0, m_category->findData(chosen)));
}

void LeaderboardPanel::reload(const QString &workspace)
{
    m_workspace = workspace;
    auto board = m_store->leaderboard(workspace, m_category->currentData().toString());
    m_board->setRowCount(0);
    if (!board) {
        Q_EMIT failed(board.error().message);
        return;
    }
    for (const compare::LeaderboardEntry &e : *board) {
        const int row = m_board->rowCount();
        m_board->insertRow(row);
        m_board->setItem(row, 0, cell(formatCount(row + 1)));
        m_board->setItem(row, 1, cell(e.model));
        m_board->setItem(row, 2, cell(formatNumber(e.elo, 0)));
        m_board->setItem(row, 3, cell(formatPercent(e.winRate(), 0)));
        m_board->setItem(row, 4, cell(formatCount(e.wins)));
        m_board->setItem(row, 5, cell(formatCount(e.ties)));
        m_board->setItem(row, 6, cell(formatCount(e.losses)));
        m_board->setItem(row, 7, cell(formatCount(e.bothBad)));
        m_board->setItem(row, 8, cell(formatCount(e.votes)));
    }
    m_board->resizeColumnsToContents();
    m_board->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    // Elo over time, the models in the leaderboard's order
    auto votes = m_store->votes(workspace, m_category->currentData().toString());
    QList<TimeLine> lines;
    for (const compare::LeaderboardEntry &e : *board)
        lines.append(TimeLine{e.model, {}});
    if (votes) {
        for (const compare::EloPoint &p : compare::eloHistory(*votes)) {
            for (TimeLine &l : lines) {
                if (l.name == p.model)
                    l.points.append(QPointF(double(p.at), p.elo));
            }
        }
    }
    double lowest = 1000, highest = 1000;
    for (const TimeLine &l : std::as_const(lines)) {
        for (const QPointF &p : l.points) {
            lowest = std::min(lowest, p.y());
            highest = std::max(highest, p.y());
        }
    }
    m_chart->chart()->setTitle(tr("Elo over time"));
    fillTimeChart(m_chart->chart(), lines, QStringLiteral("%.0f"), tr("Elo"), std::floor(lowest / 50) * 50, std::ceil(highest / 50) * 50);
}

int LeaderboardPanel::rows() const
{
    return m_board->rowCount();
}

QString LeaderboardPanel::cellText(int row, int column) const
{
    const QTableWidgetItem *item = m_board->item(row, column);
    return item ? item->text() : QString();
}

} // namespace sb::ui
