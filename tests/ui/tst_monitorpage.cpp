#include "appcontext.h"
#include "engine/engine.h"
#include "format.h"
#include "pages/monitorpage.h"
#include "theme.h"
#include "uitest.h"
#include "usage/ledger.h"
#include "usage/loghistogram.h"
#include "usage/monitorrollups.h"

#include <QApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QListWidget>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QtCharts/QChart>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <cmath>

using namespace sb;
using namespace sb::ui;
using namespace sb::uitest;
using usage::CallRecord;

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr int kCalls = 288; // per model: one every 5 minutes over the last 24 hours

// The generated ledger's known answers. openai/gpt-4o answers as gpt-4o-2024-08 with 1000 ms until
// `changeAt` (6 hours before now), then as gpt-4o-2024-11 with 3000 ms; every 10th of its calls fails
// (rate_limited). anthropic/claude-sonnet-4 answers in 500 ms and never fails.
struct Ledger {
    qint64 now = 0;
    qint64 changeAt = 0;
    QList<CallRecord> calls;

    static qint64 at(qint64 now, int i) { return now - qint64(kCalls - 1 - i) * 5 * kMinute - 30'000; }

    explicit Ledger(qint64 nowMs)
        : now(nowMs)
        , changeAt(nowMs - 6 * kHour)
    {
        for (int i = 0; i < kCalls; ++i) {
            const qint64 t = at(now, i);
            CallRecord a;
            a.requestId = QStringLiteral("a-%1").arg(i);
            a.startedAtMs = t;
            a.source = usage::Source::Proxy;
            a.sourceKey = QStringLiteral("ide");
            a.provider = QStringLiteral("openai");
            a.requestedModel = QStringLiteral("gpt-4o");
            a.model = t < changeAt ? QStringLiteral("gpt-4o-2024-08") : QStringLiteral("gpt-4o-2024-11");
            a.latencyMs = t < changeAt ? 1000 : 3000;
            a.ttftMs = a.latencyMs / 5;
            a.usage.inputTokens = 100;
            a.usage.outputTokens = 50;
            a.costUsd = 0.01;
            if (i % 10 == 0) {
                a.setError(protocol::ApiError::make(protocol::ApiError::Kind::RateLimited, QStringLiteral("busy"), 429));
                a.usage = {};
                a.costUsd = 0;
                a.ttftMs.reset();
            }
            calls << a;
            CallRecord b = a;
            b.requestId = QStringLiteral("b-%1").arg(i);
            b.status = usage::CallStatus::Ok;
            b.errorKind.clear();
            b.httpStatus = 0;
            b.provider = QStringLiteral("anthropic");
            b.requestedModel = QStringLiteral("claude-sonnet-4");
            b.model = QStringLiteral("claude-sonnet-4");
            b.latencyMs = 500;
            b.ttftMs = 100;
            b.usage.inputTokens = 100;
            b.usage.outputTokens = 50;
            b.costUsd = 0.02;
            calls << b;
        }
    }

    // gpt-4o's calls started in [from, to), and the failed ones among them.
    int countA(qint64 from, qint64 to, bool failedOnly = false) const
    {
        int n = 0;
        for (const CallRecord &c : calls) {
            if (c.provider == QLatin1String("openai") && c.startedAtMs >= from && c.startedAtMs < to
                && (!failedOnly || c.status == usage::CallStatus::Error))
                ++n;
        }
        return n;
    }
};

bool near(std::optional<double> value, double expected)
{
    return value && std::abs(*value - expected) <= expected * usage::LogHistogram::kRelativeError;
}

} // namespace

class TestMonitorPage : public QObject
{
    Q_OBJECT

private:
    struct Fixture : AppFixture {
        qint64 now = usage::bucketStart(usage::Resolution::Minute, QDateTime::currentMSecsSinceEpoch());
        Ledger ledger{now};
        MonitorPage *page = nullptr;
        // The evaluator's clock: 3 days before `now` until the ledger holds the generated calls. Its
        // evaluation at start-up keeps the minutes and hours it read and rereads only the last 10 minutes
        // and 2 hours of them later (late calls land there, not a day back); evaluated at `now` already,
        // it would never see the day of calls recorded after it.
        qint64 evaluatorNow = now - 3 * 24 * kHour;

        bool start()
        {
            monitor::MonitorService::Options options;
            options.clock = [this] { return evaluatorNow; };
            options.intervalMs = 3'600'000; // evaluations are asked for below
            if (!open())
                return false;
            context->setMonitorOptions(options);
            const bool started = startEngine([](Workspace &ws) {
                for (const char *id : {"openai", "anthropic"})
                    ws.providers << provider(id, id, QUrl());
                ws.monitoring = QJsonDocument::fromJson(
                                    "{\"slos\": [{\"name\": \"gpt-latency\", \"model\": \"openai/gpt-4o\", \"kind\": \"latency\", \"metric\": "
                                    "\"latency\", \"thresholdMs\": 2000, \"objective\": 99, \"windowDays\": 1}],"
                                    " \"monitors\": [{\"name\": \"gpt-errors\", \"kind\": \"error_rate\", \"model\": \"openai/gpt-4o\","
                                    " \"thresholdPercent\": 5, \"windowMinutes\": 60, \"minSamples\": 5}]}")
                                    .object();
            });
            if (!started)
                return false;
            for (const CallRecord &c : std::as_const(ledger.calls)) {
                if (!context->engine()->ledger().record(c))
                    return false;
            }
            if (!context->engine()->ledger().flush())
                return false;
            evaluatorNow = now;
            if (!showWindow(QSize(1366, 768), QStringLiteral("monitor")))
                return false;
            page = window->monitorPage();
            if (!page)
                return false;
            page->setClock([this] { return now; });
            return settle();
        }

        bool settle()
        {
            QSignalSpy refreshed(page, &MonitorPage::refreshed);
            page->refresh();
            return refreshed.wait(30000) && !page->isBusy();
        }

        bool evaluate()
        {
            QSignalSpy evaluated(context->monitorService(), &monitor::MonitorService::evaluated);
            context->monitorService()->evaluateNow();
            return evaluated.wait(30000);
        }
    };

private Q_SLOTS:
    void initTestCase() { ThemeManager::apply(Theme::Light); }

    // 24 hours of gpt-4o: the requests of every step add up to the calls, the latency p50 is 1000 ms
    // before the snapshot change and 3000 ms after it, and the error rate of the range is 29 / 288.
    void seriesHasTheKnownAnswers()
    {
        Fixture f;
        QVERIFY(f.start());
        f.page->setScope(QStringLiteral("openai/gpt-4o"));
        f.page->setRange(MonitorPage::Range::Day);
        f.page->setMetric(MonitorPage::Metric::Latency);
        QVERIFY(f.settle());
        QVERIFY2(f.page->lastError().isEmpty(), qPrintable(f.page->lastError()));
        QCOMPARE(f.page->scopeChoices(), (QStringList{QStringLiteral("anthropic/claude-sonnet-4"), QStringLiteral("openai/gpt-4o")}));
        const monitor::Series &s = f.page->series();
        QCOMPARE(s.stepMs, 5 * kMinute);
        qint64 requests = 0;
        int before = 0;
        int after = 0;
        for (const monitor::Point &p : s.points) {
            requests += p.all.requests;
            QCOMPARE(p.all.requests, qint64(f.ledger.countA(p.t, p.t + s.stepMs)));
            if (p.latencyMs.count == 0)
                continue;
            if (p.t + s.stepMs <= f.ledger.changeAt) {
                QVERIFY2(near(p.latencyMs.p50, 1000), qPrintable(QString::number(p.latencyMs.p50.value_or(-1))));
                ++before;
            } else if (p.t >= f.ledger.changeAt) {
                QVERIFY2(near(p.latencyMs.p50, 3000), qPrintable(QString::number(p.latencyMs.p50.value_or(-1))));
                ++after;
            }
        }
        QCOMPARE(requests, qint64(kCalls));
        QVERIFY(before > 150);
        QVERIFY(after > 60);
        QVERIFY(s.total.errorRate);
        QCOMPARE(qRound(*s.total.errorRate * 100000), qRound(29.0 / 288.0 * 100000));
        // the percentiles come from the rollups' histograms, and the page says how close they are
        QVERIFY2(f.page->summaryText().contains(
                     QStringLiteral("estimated from histograms, within %1.").arg(formatPercent(usage::LogHistogram::kRelativeError, 1))),
                 qPrintable(f.page->summaryText()));

        // the chart: three latency lines (p50, p90, p99) and the snapshot change as a marker line
        const auto series = f.page->chart()->series();
        int lines = 0;
        for (QAbstractSeries *a : series) {
            auto *line = qobject_cast<QLineSeries *>(a);
            QVERIFY(line);
            if (!line->name().isEmpty())
                ++lines;
        }
        QCOMPARE(lines, 3);
        int modelChanges = 0;
        for (const monitor::Marker &m : f.page->markers()) {
            if (m.kind != monitor::Marker::Kind::ModelChanged)
                continue;
            ++modelChanges;
            QCOMPARE(m.previous, QStringLiteral("gpt-4o-2024-08"));
            QCOMPARE(m.answered, QStringLiteral("gpt-4o-2024-11"));
            QVERIFY(m.t >= f.ledger.changeAt && m.t < f.ledger.changeAt + 5 * kMinute);
        }
        QCOMPARE(modelChanges, 1);
        QVERIFY(f.page->markersText().contains(QStringLiteral("gpt-4o-2024-11")));
    }

    // The streamed answers' gap between tokens and tokens per second, and the error rate by error kind:
    // sonnet's 50 tokens after a first token at 100 ms of 500 ms are 49 / 0.4 s = 122.5 tokens a second
    // (a gap of 8.16 ms); gpt-4o's errors are all of one kind, 29 of 288 calls.
    void streamsAndErrorKindsHaveTheirLines()
    {
        Fixture f;
        QVERIFY(f.start());
        f.page->setScope(QStringLiteral("anthropic/claude-sonnet-4"));
        f.page->setRange(MonitorPage::Range::Day);
        QVERIFY(f.settle());
        const auto namedLines = [&f] {
            QList<QLineSeries *> out;
            for (QAbstractSeries *a : f.page->chart()->series()) {
                auto *line = qobject_cast<QLineSeries *>(a);
                if (line && !line->name().isEmpty())
                    out << line;
            }
            return out;
        };
        for (const auto &[metric, expected] :
             {std::pair{MonitorPage::Metric::TokensPerSecond, 49.0 / 0.4}, std::pair{MonitorPage::Metric::Gap, 400.0 / 49.0}}) {
            f.page->setMetric(metric);
            const QList<QLineSeries *> lines = namedLines();
            QCOMPARE(lines.size(), 3); // p50, p90, p99
            QVERIFY(lines.first()->count() > 200);
            for (const QPointF &pt : lines.first()->points())
                QVERIFY2(near(pt.y(), expected), qPrintable(QStringLiteral("%1 against %2").arg(pt.y()).arg(expected)));
        }
        // sonnet never fails: one line of zeros
        f.page->setMetric(MonitorPage::Metric::ErrorsByKind);
        QVERIFY(f.page->errorKinds().isEmpty());
        QCOMPARE(namedLines().size(), 1);
        for (const QPointF &pt : namedLines().first()->points())
            QCOMPARE(pt.y(), 0.0);

        f.page->setScope(QStringLiteral("openai/gpt-4o"));
        QVERIFY(f.settle());
        const QStringList kinds = f.page->errorKinds();
        QCOMPARE(kinds.size(), 1);
        QVERIFY2(kinds.first().startsWith(QLatin1String("rate_limit")), qPrintable(kinds.first()));
        const QList<QLineSeries *> lines = namedLines();
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first()->name().endsWith(kinds.first()), qPrintable(lines.first()->name()));
        // a 5-minute step holds one call: 100 % where it failed, 0 elsewhere, 29 failures in all
        int failedSteps = 0;
        for (const QPointF &pt : lines.first()->points()) {
            QVERIFY(pt.y() == 0.0 || pt.y() == 100.0);
            failedSteps += pt.y() == 100.0 ? 1 : 0;
        }
        QCOMPARE(failedSteps, 29);
        QCOMPARE(f.page->chart()->title(), QStringLiteral("Error rate by error kind of openai/gpt-4o"));
        saveScreenshot(f.window.get(), QStringLiteral("monitor-error-kinds"));
    }

    // Two models on one chart, and one model against the day before (no calls there).
    void compares()
    {
        Fixture f;
        QVERIFY(f.start());
        f.page->setScope(QStringLiteral("openai/gpt-4o"));
        f.page->setRange(MonitorPage::Range::SixHours);
        f.page->setMetric(MonitorPage::Metric::Latency);
        f.page->setCompare(MonitorPage::Compare::OtherModel, QStringLiteral("anthropic/claude-sonnet-4"));
        QVERIFY(f.settle());
        QVERIFY(f.page->other());
        QCOMPARE(f.page->other()->scope.model, QStringLiteral("claude-sonnet-4"));
        QCOMPARE(f.page->otherOffsetMs(), qint64(0));
        QVERIFY(near(f.page->other()->total.latencyMs.p50, 500));
        QVERIFY(near(f.page->series().total.latencyMs.p50, 3000));
        QCOMPARE(f.page->chart()->series().size() - f.page->markers().size(), 6); // p50, p90, p99 of each

        f.page->setRange(MonitorPage::Range::Day);
        f.page->setCompare(MonitorPage::Compare::PreviousPeriod);
        QVERIFY(f.settle());
        QVERIFY(f.page->other());
        QCOMPARE(f.page->otherOffsetMs(), f.page->series().fromMs - f.page->other()->fromMs);
        QCOMPARE(f.page->otherOffsetMs(), 24 * kHour);
        // the day before had no calls, but for the part of the first step before the range (steps are aligned)
        QCOMPARE(f.page->other()->total.all.attempts, qint64(f.ledger.countA(f.page->other()->fromMs, f.page->other()->toMs)));
        QVERIFY(f.page->other()->total.all.attempts <= 1);
    }

    // The lines keep the chart theme's colours: in dark mode light ones, not QPen's default black.
    void linesTakeTheThemeColoursInDarkMode()
    {
        ThemeManager::apply(Theme::Dark);
        Fixture f;
        QVERIFY(f.start());
        f.page->setScope(QStringLiteral("openai/gpt-4o"));
        f.page->setRange(MonitorPage::Range::SixHours);
        f.page->setMetric(MonitorPage::Metric::Latency);
        QVERIFY(f.settle());
        const QColor background = f.page->chart()->backgroundBrush().color();
        int lines = 0;
        for (QAbstractSeries *s : f.page->chart()->series()) {
            auto *line = qobject_cast<QLineSeries *>(s);
            if (!line || line->name().isEmpty())
                continue;
            ++lines;
            const QColor c = line->pen().color();
            QVERIFY2(std::abs(c.lightness() - background.lightness()) > 60,
                     qPrintable(QStringLiteral("%1: %2 on %3").arg(line->name(), c.name(), background.name())));
            QCOMPARE(line->pen().widthF(), 2.0);
        }
        QCOMPARE(lines, 3); // p50, p90, p99
        ThemeManager::apply(Theme::Light);
    }

    // A point's calls in the Usage page's calls table.
    void drillsDownToTheCalls()
    {
        Fixture f;
        QVERIFY(f.start());
        f.page->setScope(QStringLiteral("openai/gpt-4o"));
        f.page->setRange(MonitorPage::Range::Day);
        QVERIFY(f.settle());
        const monitor::Series &s = f.page->series();
        int index = -1;
        for (int i = 0; i < s.points.size(); ++i) {
            if (f.ledger.countA(s.points.at(i).t, s.points.at(i).t + s.stepMs) > 0) {
                index = i;
                break;
            }
        }
        QVERIFY(index >= 0);
        const int expected = f.ledger.countA(s.points.at(index).t, s.points.at(index).t + s.stepMs);
        f.page->drillDown(index);
        QTRY_COMPARE_WITH_TIMEOUT(f.page->callRows(), expected, 20000);
        QVERIFY(f.page->drillDownText().contains(QStringLiteral("gpt-4o")));

        // the whole last hour at once: 12 calls
        f.page->setRange(MonitorPage::Range::Hour);
        QVERIFY(f.settle());
        QCOMPARE(f.page->series().total.all.attempts, qint64(f.ledger.countA(f.now - kHour + 1, f.now + 1)));
    }

    // The evaluator's SLO and monitor states, the alert history, the sidebar badge, muting.
    void alerts()
    {
        Fixture f;
        QVERIFY(f.start());
        // the evaluation started with the engine (before the calls were recorded) may be the one heard first
        QVERIFY(f.evaluate());
        QVERIFY(f.evaluate());
        // gpt-latency: of 259 ok calls in the day, the 65 of the last 6 hours took 3000 ms > 2000 ms
        QCOMPARE(f.page->sloRows(), 1);
        QCOMPARE(f.page->sloCell(0, 0), QStringLiteral("gpt-latency"));
        QCOMPARE(f.page->sloCell(0, 1), QStringLiteral("firing"));
        QCOMPARE(f.page->sloCell(0, 2), QLocale().toString(100.0 * 194.0 / 259.0, 'f', 2) + QLatin1Char('%'));
        const monitor::Evaluation &e = f.context->monitorService()->last();
        QCOMPARE(e.slos.size(), 1);
        QVERIFY(e.slos.first().budgetRemaining && *e.slos.first().budgetRemaining < 0);
        QCOMPARE(e.monitors.size(), 1);
        QVERIFY(e.monitors.first().condition); // 1 of 12 calls failed in the last hour: 8.3 % >= 5 %
        QCOMPARE(e.firing.size(), 3); // the SLO's fast and slow burn, and the monitor

        QCOMPARE(f.context->monitorService()->firingCount(), 3);
        auto *sidebar = f.window->findChild<QListWidget *>(QStringLiteral("sidebar"));
        const int row = int(f.window->pageIds().indexOf(QStringLiteral("monitor")));
        QCOMPARE(sidebar->item(row)->text(), QStringLiteral("Monitor (3)"));

        f.page->showAlerts();
        QSignalSpy reloaded(f.page, &MonitorPage::alertsReloaded);
        f.page->reloadAlerts();
        QVERIFY(reloaded.wait(20000));
        QCOMPARE(f.page->alertRows(), 3);
        QCOMPARE(f.page->alertCell(0, 1), QStringLiteral("firing"));

        // muting a rule takes it off the firing count and the sidebar's badge
        QSignalSpy count(f.context->monitorService(), &monitor::MonitorService::firingCountChanged);
        f.page->muteSelected(true);
        QVERIFY(count.wait(20000));
        QTRY_COMPARE_WITH_TIMEOUT(f.context->monitorService()->firingCount(), 2, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(sidebar->item(row)->text(), QStringLiteral("Monitor (2)"), 20000);
    }

    // A range without calls: the value axis has round, distinct labels ("0, 1, 2, 3, 4", not the
    // "0, 0, 1, 1, 1" of ticks 0.25 apart printed without decimals), and so do small values.
    void emptyRangeHasDistinctTicks()
    {
        Fixture f;
        QVERIFY(f.start());
        const auto labels = [&f] {
            QStringList out;
            const auto axes = f.page->chart()->axes(Qt::Vertical);
            auto *y = axes.isEmpty() ? nullptr : qobject_cast<QValueAxis *>(axes.first());
            if (!y || y->tickCount() < 2)
                return out;
            const double step = (y->max() - y->min()) / (y->tickCount() - 1);
            const qsizetype point = y->labelFormat().indexOf(QLatin1Char('.'));
            const int decimals = point < 0 ? 0 : y->labelFormat().mid(point + 1, 1).toInt(); // "%.1f"
            for (int i = 0; i < y->tickCount(); ++i)
                out << QString::number(y->min() + i * step, 'f', decimals);
            return out;
        };
        f.page->setScope(QStringLiteral("openai/no-calls"));
        for (const auto metric : {MonitorPage::Metric::Requests, MonitorPage::Metric::Latency, MonitorPage::Metric::ErrorRate,
                                  MonitorPage::Metric::Cost, MonitorPage::Metric::Availability}) {
            f.page->setMetric(metric);
            QVERIFY(f.settle());
            const QStringList l = labels();
            QVERIFY2(l.size() >= 2, qPrintable(l.join(QLatin1Char(','))));
            QCOMPARE(QSet<QString>(l.begin(), l.end()).size(), l.size());
            if (metric == MonitorPage::Metric::Requests)
                QCOMPARE(l.join(QLatin1Char(',')), QStringLiteral("0,1,2,3,4"));
        }
        // a few calls: still whole numbers of requests
        f.page->setScope(QStringLiteral("openai/gpt-4o"));
        f.page->setRange(MonitorPage::Range::Hour);
        f.page->setMetric(MonitorPage::Metric::Requests);
        QVERIFY(f.settle());
        const QStringList few = labels();
        QCOMPARE(QSet<QString>(few.begin(), few.end()).size(), few.size());
        for (const QString &label : few)
            QVERIFY2(!label.contains(QLatin1Char('.')), qPrintable(few.join(QLatin1Char(','))));
    }

    void screenshots_data() { addLanguageAndThemeRows(); }
    void screenshots()
    {
        const QString name = useRowLanguageAndTheme();
        Fixture f;
        QVERIFY(f.start());
        QVERIFY(f.evaluate());
        QVERIFY(f.evaluate());
        f.page->setScope(QStringLiteral("openai/gpt-4o"));
        f.page->setRange(MonitorPage::Range::Day);
        f.page->setMetric(MonitorPage::Metric::Latency);
        f.page->setCompare(MonitorPage::Compare::OtherModel, QStringLiteral("anthropic/claude-sonnet-4"));
        QVERIFY(f.settle());
        QApplication::processEvents();
        QVERIFY2(f.window->width() <= 1366 && f.window->height() <= 768,
                 qPrintable(QStringLiteral("%1x%2").arg(f.window->width()).arg(f.window->height())));
        QVERIFY(!saveScreenshot(f.window.get(), QStringLiteral("monitor-chart-%1").arg(name)).isEmpty());
        f.page->showAlerts();
        QSignalSpy reloaded(f.page, &MonitorPage::alertsReloaded);
        f.page->reloadAlerts();
        QVERIFY(reloaded.wait(20000));
        QVERIFY(!saveScreenshot(f.window.get(), QStringLiteral("monitor-alerts-%1").arg(name)).isEmpty());
        // a model without calls: an empty chart with round ticks
        f.page->setCompare(MonitorPage::Compare::None);
        f.page->setScope(QStringLiteral("openai/no-calls"));
        f.page->setMetric(MonitorPage::Metric::Requests);
        QVERIFY(f.settle());
        f.page->showChart();
        QApplication::processEvents();
        QVERIFY(!saveScreenshot(f.window.get(), QStringLiteral("monitor-empty-%1").arg(name)).isEmpty());
    }
};

QTEST_MAIN(TestMonitorPage)
#include "tst_monitorpage.moc"
