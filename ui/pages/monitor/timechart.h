#pragma once

#include <QList>
#include <QPointF>
#include <QString>

#include <functional>
#include <optional>

QT_BEGIN_NAMESPACE
class QChart;
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

} // namespace sb::ui
