#include "pages/monitor/timechart.h"

#include "pages/usage/charts.h"

#include <QDateTime>
#include <QPen>
#include <QtCharts/QChart>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <limits>

namespace sb::ui {

void fillTimeChart(QChart *chart, const QList<TimeLine> &lines, const QString &yFormat, const QString &yTitle, std::optional<double> yMin,
                   std::optional<double> yMax, const std::function<void(const QString &line, qint64 at, double value)> &hover)
{
    UsageCharts::resetChart(chart);
    double lo = std::numeric_limits<double>::max(), hi = 0;
    qint64 from = std::numeric_limits<qint64>::max(), to = 0;
    for (const TimeLine &l : lines) {
        for (const QPointF &p : l.points) {
            from = std::min(from, qint64(p.x()));
            to = std::max(to, qint64(p.x()));
            lo = std::min(lo, p.y());
            hi = std::max(hi, p.y());
        }
    }
    chart->legend()->setVisible(to > 0);
    if (to == 0)
        return; // nothing to draw: no axes either
    const qint64 span = std::max<qint64>(to - from, 3'600'000);
    auto *x = new QDateTimeAxis;
    x->setFormat(span <= 86'400'000 ? QStringLiteral("HH:mm") : span <= 4 * 86'400'000 ? QStringLiteral("MM-dd HH:mm") : QStringLiteral("MM-dd"));
    // a little room on both sides, so that the first and last points are not on the frame
    x->setRange(QDateTime::fromMSecsSinceEpoch(from - span / 20), QDateTime::fromMSecsSinceEpoch(to + span / 20));
    x->setTickCount(6);
    chart->addAxis(x, Qt::AlignBottom);
    QValueAxis *y = UsageCharts::valueAxis(yMax.value_or(hi), yFormat, yTitle);
    if (yMin)
        y->setRange(std::min(*yMin, lo), std::max(yMax.value_or(y->max()), std::min(*yMin, lo) + 1));
    else if (yMax)
        y->setRange(0, *yMax);
    chart->addAxis(y, Qt::AlignLeft);
    for (const TimeLine &l : lines) {
        auto *line = new QLineSeries;
        line->setName(l.name);
        line->append(l.points);
        line->setPointsVisible(l.points.size() <= 60);
        chart->addSeries(line);
        // the pen after addSeries, which gives it the theme's colour
        QPen pen = line->pen();
        pen.setWidthF(2);
        line->setPen(pen);
        line->attachAxis(x);
        line->attachAxis(y);
        if (hover) {
            QObject::connect(line, &QLineSeries::hovered, chart, [hover, name = l.name](const QPointF &point, bool on) {
                if (on)
                    hover(name, qint64(point.x()), point.y());
            });
        }
    }
}

} // namespace sb::ui
