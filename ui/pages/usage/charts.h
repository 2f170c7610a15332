#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

QT_BEGIN_NAMESPACE
class QChart;
class QValueAxis;
QT_END_NAMESPACE

namespace sb::ui {

namespace usagepage {
struct Snapshot;
}

// The Usage page's charts, each filled from a snapshot of the ledger: spend per day stacked by the
// chosen dimension, tokens per day by kind, latency and time to first token per model, and the error
// rate per provider. `hover` gets a bar's value as text while the pointer is on it.
class UsageCharts
{
    Q_DECLARE_TR_FUNCTIONS(UsageCharts)

public:
    using Hover = std::function<void(const QString &text)>;
    static constexpr int kMaxLatencyModels = 15; // the busiest models

    static void fillSpend(QChart *chart, const usagepage::Snapshot &snapshot, const Hover &hover);
    static void fillTokens(QChart *chart, const usagepage::Snapshot &snapshot, const Hover &hover);
    static void fillLatency(QChart *chart, const usagepage::Snapshot &snapshot, const Hover &hover);
    static void fillErrors(QChart *chart, const usagepage::Snapshot &snapshot, const Hover &hover);

    // Shared with the Monitor page's charts: empties a chart for new data (series and axes go, the theme
    // follows the application's), and a value axis from 0 to a little above `max`.
    static void resetChart(QChart *chart);
    static QValueAxis *valueAxis(double max, const QString &format, const QString &title);
};

} // namespace sb::ui
