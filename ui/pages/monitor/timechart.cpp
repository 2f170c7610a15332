#include "pages/monitor/timechart.h"

#include "pages/usage/charts.h"

#include <QDateTime>
#include <QPen>
#include <QRegularExpression>
#include <QtCharts/QChart>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace sb::ui {

namespace {

// The digits after the point that a printf label format shows ("%.1f": 1; "%.0f", "%d": 0).
int decimalsOf(const QString &format)
{
    static const QRegularExpression precision(QStringLiteral("%[^a-zA-Z]*\\.(\\d+)[fg]"));
    const QRegularExpressionMatch m = precision.match(format);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

// The smallest of 1, 2, 5 times a power of ten that is at least `x` (> 0).
double roundStep(double x)
{
    const double power = std::pow(10.0, std::floor(std::log10(x)));
    for (const double f : {1.0, 2.0, 5.0, 10.0}) {
        if (f * power >= x * (1 - 1e-9))
            return f * power;
    }
    return 10 * power;
}

} // namespace

void setValueTicks(QValueAxis *axis, double lo, double hi, const QString &labelFormat, bool fixedRange)
{
    const double resolution = std::pow(10.0, -decimalsOf(labelFormat)); // the smallest step the labels show
    axis->setLabelFormat(labelFormat);
    if (fixedRange) {
        hi = std::max(hi, lo + resolution);
        const double span = hi - lo;
        int intervals = 1;
        for (const int n : {5, 4, 2, 3}) {
            const double step = span / n;
            const double multiple = step / resolution;
            if (step >= resolution * (1 - 1e-9) && std::abs(multiple - std::round(multiple)) < 1e-6 && roundStep(step) == step) {
                intervals = n;
                break;
            }
        }
        axis->setRange(lo, hi);
        axis->setTickCount(intervals + 1);
        return;
    }
    const double wanted = (hi - lo) / 4;
    const bool tooSmall = !(wanted > resolution);
    const double step = tooSmall ? resolution : roundStep(wanted);
    const double bottom = std::floor(lo / step + 1e-9) * step;
    int intervals = std::max(1, int(std::ceil((hi - bottom) / step - 1e-9)));
    if (tooSmall)
        intervals = std::max(intervals, 4);
    axis->setRange(bottom, bottom + intervals * step);
    axis->setTickCount(intervals + 1);
}

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
    auto *y = new QValueAxis;
    y->setTitleText(yTitle);
    if (yMin) {
        const double bottom = std::min(*yMin, lo);
        setValueTicks(y, bottom, std::max(yMax.value_or(hi * 1.08), bottom + 1), yFormat, yMax.has_value());
    } else if (yMax) {
        setValueTicks(y, 0, *yMax, yFormat, true);
    } else {
        setValueTicks(y, 0, hi * 1.08, yFormat);
    }
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
