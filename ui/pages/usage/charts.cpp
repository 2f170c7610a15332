#include "pages/usage/charts.h"

#include "format.h"
#include "pages/usage/cells.h"
#include "pages/usage/usagedata.h"
#include "theme.h"

#include <QHash>
#include <QLocale>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>

namespace sb::ui {

using namespace usagecells;

namespace {

constexpr int kMaxSpendSeries = 8; // the biggest keys; the rest are summed as "other"

QString dayLabel(qint64 day)
{
    return QLocale().toString(usage::dateOfDay(day), dayMonthFormat());
}

// One category per UTC day of the filter's range ("MM-dd").
QStringList dayCategories(const usage::Filter &filter, qint64 days)
{
    QStringList categories;
    for (qint64 d = 0; d < days; ++d)
        categories << dayLabel(filter.fromDay + d);
    return categories;
}

// Adds the series with a category axis (days or names) and a value axis.
void addSeries(QChart *chart, QAbstractBarSeries *series, const QStringList &categories, Qt::Alignment categoryAlign, QValueAxis *values,
               Qt::Alignment valueAlign)
{
    chart->addSeries(series);
    auto *axis = new QBarCategoryAxis;
    axis->append(categories);
    if (categories.size() > 14 && categoryAlign == Qt::AlignBottom)
        axis->setLabelsAngle(-90);
    chart->addAxis(axis, categoryAlign);
    series->attachAxis(axis);
    chart->addAxis(values, valueAlign);
    series->attachAxis(values);
}

// the axis title says USD; the numbers are the locale's (the chart localizes them, resetChart)
QString moneyFormat(double max)
{
    return max >= 10 ? QStringLiteral("%.0f") : max >= 0.1 ? QStringLiteral("%.2f") : QStringLiteral("%.4f");
}

} // namespace

void UsageCharts::resetChart(QChart *chart)
{
    chart->removeAllSeries();
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setTheme(ThemeManager::isDark() ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    // axis labels in the chosen language's number format (0,40 in German), not the C locale's
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
}

QValueAxis *UsageCharts::valueAxis(double max, const QString &format, const QString &title)
{
    auto *axis = new QValueAxis;
    axis->setRange(0, max > 0 ? max * 1.08 : 1);
    axis->setLabelFormat(format);
    axis->setTitleText(title);
    axis->applyNiceNumbers();
    return axis;
}

void UsageCharts::fillSpend(QChart *chart, const usagepage::Snapshot &s, const Hover &hover)
{
    resetChart(chart);
    const qint64 days = std::max<qint64>(1, s.filter.toDay - s.filter.fromDay);
    const QStringList categories = dayCategories(s.filter, days);

    // key -> spend per day (index from fromDay), biggest keys first, the rest as "other"
    QHash<QString, QList<double>> perKey;
    QHash<QString, double> totals;
    if (s.spend) {
        for (const usage::DailySpend &r : *s.spend) {
            const qint64 i = r.day - s.filter.fromDay;
            if (i < 0 || i >= days)
                continue;
            auto &values = perKey[r.key];
            if (values.isEmpty())
                values.fill(0.0, days);
            values[i] += r.costUsd();
            totals[r.key] += r.costUsd();
        }
    }
    QStringList keys = perKey.keys();
    std::sort(keys.begin(), keys.end(),
              [&](const QString &a, const QString &b) { return totals.value(a) != totals.value(b) ? totals.value(a) > totals.value(b) : a < b; });
    auto *series = new QStackedBarSeries;
    QList<double> dayTotals(days, 0.0);
    QList<double> other(days, 0.0);
    bool hasOther = false;
    for (int k = 0; k < keys.size(); ++k) {
        const QList<double> &values = perKey.value(keys.at(k));
        for (qint64 d = 0; d < days; ++d)
            dayTotals[d] += values.at(d);
        if (k >= kMaxSpendSeries) {
            hasOther = true;
            for (qint64 d = 0; d < days; ++d)
                other[d] += values.at(d);
            continue;
        }
        auto *set = new QBarSet(keys.at(k).isEmpty() ? tr("(none)") : keys.at(k));
        set->append(values);
        series->append(set);
    }
    if (hasOther) {
        auto *set = new QBarSet(tr("other"));
        set->append(other);
        series->append(set);
    }
    chart->setTitle(tr("Spend per day"));
    const double max = dayTotals.isEmpty() ? 0 : *std::max_element(dayTotals.cbegin(), dayTotals.cend());
    addSeries(chart, series, categories, Qt::AlignBottom, valueAxis(max, moneyFormat(max), tr("USD")), Qt::AlignLeft);
    QObject::connect(series, &QStackedBarSeries::hovered, chart, [hover, categories, dayTotals](bool on, int index, QBarSet *set) {
        if (!on || index < 0 || index >= categories.size())
            return;
        hover(tr("%1 on %2: %3 (day total %4)").arg(set->label(), categories.at(index), money(set->at(index)), money(dayTotals.at(index))));
    });
    if (keys.isEmpty())
        chart->setTitle(tr("Spend per day: no calls in this range"));
}

void UsageCharts::fillTokens(QChart *chart, const usagepage::Snapshot &s, const Hover &hover)
{
    resetChart(chart);
    const qint64 days = std::max<qint64>(1, s.filter.toDay - s.filter.fromDay);
    const QStringList categories = dayCategories(s.filter, days);
    auto *input = new QBarSet(tr("input"));
    auto *output = new QBarSet(tr("output"));
    auto *reasoning = new QBarSet(tr("reasoning"));
    auto *cacheRead = new QBarSet(tr("cached (read)"));
    auto *cacheWrite = new QBarSet(tr("cache write"));
    QList<QList<double>> values(5, QList<double>(days, 0.0));
    if (s.tokens) {
        for (const usage::DailyTokens &t : *s.tokens) {
            const qint64 i = t.day - s.filter.fromDay;
            if (i < 0 || i >= days)
                continue;
            values[0][i] = double(t.input);
            values[1][i] = double(t.output - t.reasoning);
            values[2][i] = double(t.reasoning);
            values[3][i] = double(t.cacheRead);
            values[4][i] = double(t.cacheWrite);
        }
    }
    double max = 0;
    for (qint64 d = 0; d < days; ++d)
        max = std::max(max, values[0][d] + values[1][d] + values[2][d] + values[3][d] + values[4][d]);
    const QList<QBarSet *> sets{input, output, reasoning, cacheRead, cacheWrite};
    auto *series = new QStackedBarSeries;
    for (int i = 0; i < sets.size(); ++i) {
        sets[i]->append(values[i]);
        series->append(sets[i]);
    }
    chart->setTitle(tr("Tokens per day"));
    addSeries(chart, series, categories, Qt::AlignBottom, valueAxis(max, QStringLiteral("%.0f"), tr("tokens")), Qt::AlignLeft);
    QObject::connect(series, &QStackedBarSeries::hovered, chart, [hover, categories](bool on, int index, QBarSet *set) {
        if (on && index >= 0 && index < categories.size())
            hover(tr("%1 tokens on %2: %3").arg(set->label(), categories.at(index), count(qint64(set->at(index)))));
    });
}

void UsageCharts::fillLatency(QChart *chart, const usagepage::Snapshot &s, const Hover &hover)
{
    resetChart(chart);
    QList<usage::LatencyStats> rows = s.latency ? *s.latency : QList<usage::LatencyStats>{};
    std::sort(rows.begin(), rows.end(), [](const usage::LatencyStats &a, const usage::LatencyStats &b) {
        return a.count != b.count ? a.count > b.count : a.provider + a.model < b.provider + b.model;
    });
    if (rows.size() > kMaxLatencyModels)
        rows.resize(kMaxLatencyModels);
    std::reverse(rows.begin(), rows.end()); // the busiest at the top of a horizontal chart
    QStringList categories;
    auto *p50 = new QBarSet(tr("latency p50"));
    auto *p95 = new QBarSet(tr("latency p95"));
    auto *t50 = new QBarSet(tr("TTFT p50"));
    auto *t95 = new QBarSet(tr("TTFT p95"));
    double max = 0;
    for (const usage::LatencyStats &r : std::as_const(rows)) {
        categories << r.provider + QLatin1Char('/') + r.model;
        p50->append(double(r.p50Ms));
        p95->append(double(r.p95Ms));
        t50->append(double(r.ttftP50Ms.value_or(0)));
        t95->append(double(r.ttftP95Ms.value_or(0)));
        max = std::max({max, double(r.p95Ms), double(r.ttftP95Ms.value_or(0))});
    }
    auto *series = new QHorizontalBarSeries;
    series->append({p50, p95, t50, t95});
    chart->setTitle(rows.isEmpty() ? tr("Latency per model: no successful calls in this range") : tr("Latency per model"));
    addSeries(chart, series, categories, Qt::AlignLeft, valueAxis(max, QStringLiteral("%.0f"), tr("milliseconds")), Qt::AlignBottom);
    QObject::connect(series, &QHorizontalBarSeries::hovered, chart, [hover, categories, rows](bool on, int index, QBarSet *set) {
        if (on && index >= 0 && index < categories.size())
            hover(tr("%1, %2: %3 ms (%4 successful calls)")
                      .arg(categories.at(index), set->label(), count(qint64(set->at(index))), count(rows.at(index).count)));
    });
}

void UsageCharts::fillErrors(QChart *chart, const usagepage::Snapshot &s, const Hover &hover)
{
    resetChart(chart);
    QList<usage::ErrorRate> rows = s.errors ? *s.errors : QList<usage::ErrorRate>{};
    std::sort(rows.begin(), rows.end(), [](const usage::ErrorRate &a, const usage::ErrorRate &b) { return a.provider < b.provider; });
    QStringList categories;
    auto *rate = new QBarSet(tr("error rate (%)"));
    double max = 0;
    for (const usage::ErrorRate &r : std::as_const(rows)) {
        categories << r.provider;
        rate->append(100.0 * r.rate());
        max = std::max(max, 100.0 * r.rate());
    }
    auto *series = new QBarSeries;
    series->append(rate);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value%"));
    series->setLabelsPrecision(3);
    chart->setTitle(rows.isEmpty() ? tr("Error rate per provider: no calls in this range") : tr("Error rate per provider"));
    addSeries(chart, series, categories, Qt::AlignBottom, valueAxis(std::max(max, 1.0), QStringLiteral("%.1f%%"), tr("errors per attempt")),
              Qt::AlignLeft);
    QObject::connect(series, &QBarSeries::hovered, chart, [hover, rows](bool on, int index, QBarSet *) {
        if (on && index >= 0 && index < rows.size()) {
            const usage::ErrorRate &r = rows.at(index);
            hover(tr("%1: %2% errors (%3 of %4 attempts; %5 cancelled)")
                      .arg(r.provider, formatNumber(100.0 * r.rate(), 2), count(r.errors), count(r.attempts), count(r.cancelled)));
        }
    });
}

} // namespace sb::ui
