#pragma once

#include <QList>
#include <QPointF>
#include <QString>

#include <functional>
#include <optional>

QT_BEGIN_NAMESPACE
class QChart;
class QValueAxis;
QT_END_NAMESPACE

namespace sb::ui {

// One line of a chart over time: x is UTC epoch milliseconds.
struct TimeLine {
    QString name;
    QList<QPointF> points;
};

// Fills a chart with lines over time (a date axis below, a value axis on the left from `yMin` or 0 to
// a little above the highest value, or to `yMax`), in the application's theme. `hover` gets a point's
// line and value while the pointer is on it.
void fillTimeChart(QChart *chart, const QList<TimeLine> &lines, const QString &yFormat, const QString &yTitle, std::optional<double> yMin = {},
                   std::optional<double> yMax = {}, const std::function<void(const QString &line, qint64 at, double value)> &hover = {});

// A value axis whose ticks are round steps its label format can show apart: "%.0f" never gets ticks
// 0.25 apart (an empty range's 0 to 1 read "0, 0, 1, 1, 1"). Free: from `lo` (rounded down) to a step
// at or above `hi`, about four steps, at least four when the values are too small for the format.
// Fixed (`fixedRange`): exactly lo to hi, with as many ticks (up to six) as fall on such steps.
void setValueTicks(QValueAxis *axis, double lo, double hi, const QString &labelFormat, bool fixedRange = false);

} // namespace sb::ui
