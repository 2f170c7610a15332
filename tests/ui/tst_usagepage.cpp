#include "appcontext.h"
#include "chat/conversationstore.h"
#include "compare/comparestore.h"
#include "engine/engine.h"
#include "format.h"
#include "i18n.h"
#include "pages/usagepage.h"
#include "theme.h"
#include "uitest.h"
#include "usage/ledger.h"

#include <QApplication>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QtCharts/QAbstractBarSeries>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>

#include <algorithm>
#include <cmath>

using namespace sb;
using namespace sb::ui;
using namespace sb::uitest;
using usage::CallRecord;

namespace {

struct ModelSpec {
    QString provider;
    QString model;
};

// 30 UTC days ending today, 10 attempts a day: 300 rows over 4 models of 3 providers and 3 sources;
// every 17th attempt fails (no cost, no tokens), every 23rd that did not fail is cancelled.
QList<CallRecord> generate(QDate today)
{
    const QList<ModelSpec> models{{QStringLiteral("openai"), QStringLiteral("gpt-4o")},
                                  {QStringLiteral("openai"), QStringLiteral("gpt-4o-mini")},
                                  {QStringLiteral("anthropic"), QStringLiteral("claude-sonnet-4")},
                                  {QStringLiteral("gemini"), QStringLiteral("gemini-2.5-flash")}};
    QList<CallRecord> out;
    const QDate first = today.addDays(-29);
    for (int i = 0; i < 30; ++i) {
        const qint64 dayStart = usage::dayOfDate(first.addDays(i)) * usage::kMsPerDay;
        for (int j = 0; j < 10; ++j) {
            const int n = i * 10 + j;
            const ModelSpec &m = models.at((i + j) % models.size());
            CallRecord c;
            c.requestId = QStringLiteral("req-%1").arg(n);
            c.startedAtMs = dayStart + qint64(j + 1) * 3'600'000 + i; // 01:00 .. 10:00 UTC
            switch (j % 3) {
            case 0:
                c.source = usage::Source::Playground;
                c.sourceKey = QStringLiteral("conv-%1").arg(i % 2);
                break;
            case 1:
                c.source = usage::Source::Proxy;
                c.sourceKey = j == 1 ? QStringLiteral("claude-code") : QStringLiteral("aider");
                break;
            default:
                c.source = usage::Source::Compare;
                c.sourceKey = QStringLiteral("cmp-1");
                break;
            }
            c.provider = m.provider;
            c.model = m.model;
            c.usage.inputTokens = 100 * (j + 1) + i;
            c.usage.outputTokens = 50 * (j + 1);
            c.usage.reasoningTokens = m.model == QLatin1String("gpt-4o") ? 10 * j : 0;
            c.usage.cacheReadTokens = 20 * i;
            c.usage.cacheWriteTokens = 5;
            c.costUsd = 0.01 * (j + 1) + 0.001 * i;
            c.latencyMs = 200 + 10 * j + i + 100 * ((i + j) % models.size());
            c.ttftMs = 50 + j;
            QJsonObject attempt;
            attempt.insert(QStringLiteral("target"), QString(m.provider + QLatin1Char('/') + m.model));
            QJsonArray attempts;
            attempts.append(attempt);
            c.trace.insert(QStringLiteral("requested"), QString(m.provider + QLatin1Char('/') + m.model));
            c.trace.insert(QStringLiteral("attempts"), attempts);
            if (n % 17 == 0) {
                c.setError(protocol::ApiError::make(protocol::ApiError::Kind::RateLimited, QStringLiteral("busy"), 429));
                c.usage = {};
                c.costUsd = 0;
                c.ttftMs.reset();
            } else if (n % 23 == 0) {
                c.setError(protocol::ApiError::make(protocol::ApiError::Kind::Cancelled, QStringLiteral("user")));
            }
            out << c;
        }
    }
    return out;
}

// Nearest rank, as UsageQueries documents it.
qint64 percentile(QList<qint64> values, int p)
{
    std::sort(values.begin(), values.end());
    const qsizetype rank = qsizetype(std::ceil(p / 100.0 * double(values.size())));
    return values.at(std::max<qsizetype>(1, rank) - 1);
}

QChart *chartOf(UsagePage *page, const QString &name)
{
    auto *view = page->findChild<QChartView *>(name);
    return view ? view->chart() : nullptr;
}

// Value of bar set `set` at category `category` of the chart's only series; NaN when absent.
double barValue(QChart *chart, const QString &set, const QString &category)
{
    const auto series = chart->series();
    if (series.size() != 1)
        return std::nan("");
    auto *bars = qobject_cast<QAbstractBarSeries *>(series.first());
    if (!bars)
        return std::nan("");
    QStringList categories;
    for (QAbstractAxis *axis : chart->axes()) {
        if (auto *c = qobject_cast<QBarCategoryAxis *>(axis))
            categories = c->categories();
    }
    const qsizetype index = categories.indexOf(category);
    for (QBarSet *s : bars->barSets()) {
        if (s->label() == set && index >= 0)
            return s->at(int(index));
    }
    return std::nan("");
}

QStringList setLabels(QChart *chart)
{
    QStringList out;
    if (auto *bars = qobject_cast<QAbstractBarSeries *>(chart->series().value(0))) {
        for (QBarSet *s : bars->barSets())
            out << s->label();
    }
    return out;
}

bool near(double a, double b)
{
    return std::abs(a - b) < 1e-9 * std::max(1.0, std::abs(b));
}

// the chart's day categories: day and month the locale's way ("12/5" in English)
QString dayLabel(QDate d)
{
    return QLocale().toString(d, ui::dayMonthFormat());
}

} // namespace

class TestUsagePage : public QObject
{
    Q_OBJECT

private:
    // The page on its own (no main window), over a ledger filled with generated calls.
    struct Fixture : AppFixture {
        std::unique_ptr<UsagePage> page;
        QDate today = QDateTime::currentDateTimeUtc().date();
        QList<CallRecord> calls;

        bool start()
        {
            const bool started = open() && startEngine([](Workspace &ws) {
                                     for (const char *id : {"openai", "anthropic", "gemini"})
                                         ws.providers << provider(id, id, QUrl());
                                 });
            if (!started)
                return false;
            calls = generate(today);
            for (const CallRecord &c : std::as_const(calls)) {
                if (!context->engine()->ledger().record(c))
                    return false;
            }
            if (!context->engine()->ledger().flush())
                return false;
            page = std::make_unique<UsagePage>(*context, prompts);
            page->resize(1280, 820);
            QSignalSpy refreshed(page.get(), &UsagePage::refreshed);
            page->show();
            if (!QTest::qWaitForWindowExposed(page.get()))
                return false;
            return refreshed.wait(20000) || refreshed.count() > 0;
        }

        // Applies a change, then waits until the page shows its results.
        bool settle()
        {
            QSignalSpy refreshed(page.get(), &UsagePage::refreshed);
            if (!page->isBusy())
                page->refresh();
            return refreshed.wait(20000) && !page->isBusy();
        }

        QDate first() const { return today.addDays(-29); }
    };

    static void showTab(UsagePage *page, int index)
    {
        page->findChild<QTabWidget *>(QStringLiteral("usageTabs"))->setCurrentIndex(index);
        QApplication::processEvents();
    }

private Q_SLOTS:
    void initTestCase()
    {
        ThemeManager::captureSystemDefaults();
        ThemeManager::apply(Theme::Light);
        QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 10));
        installTranslations(QStringLiteral("en"));
    }

    void chartsHoldTheLedgersAggregates()
    {
        Fixture f;
        QVERIFY(f.start());
        QVERIFY2(f.page->lastError().isEmpty(), qPrintable(f.page->lastError()));
        QCOMPARE(f.page->preset(), UsagePage::Preset::Last30Days);
        QCOMPARE(f.page->currentFilter().fromDay, usage::dayOfDate(f.first()));
        QCOMPARE(f.page->currentFilter().toDay, usage::dayOfDate(f.today) + 1);

        // hand-computed aggregates
        QHash<QString, qint64> costByProviderDay; // provider \n day
        QHash<QString, qint64> costByModelDay;
        QHash<QString, qint64> inputByDay, inputByProviderDay;
        QHash<QString, QList<qint64>> latencies;
        QHash<QString, qint64> attempts, errors;
        qint64 totalCost = 0;
        for (const CallRecord &c : std::as_const(f.calls)) {
            const QString day = dayLabel(usage::dateOfDay(c.day()));
            costByProviderDay[c.provider + QLatin1Char('\n') + day] += c.costNano();
            costByModelDay[c.model + QLatin1Char('\n') + day] += c.costNano();
            inputByDay[day] += c.usage.inputTokens;
            inputByProviderDay[c.provider + QLatin1Char('\n') + day] += c.usage.inputTokens;
            if (c.status == usage::CallStatus::Ok)
                latencies[c.provider + QLatin1Char('/') + c.model] << c.latencyMs;
            attempts[c.provider] += 1;
            errors[c.provider] += c.status == usage::CallStatus::Error ? 1 : 0;
            totalCost += c.costNano();
        }
        QVERIFY(errors.value(QStringLiteral("openai")) > 0);

        // totals line
        const QString totals = f.page->totalsText();
        QVERIFY2(totals.contains(QLatin1String("300 calls")), qPrintable(totals));
        QVERIFY2(totals.contains(QStringLiteral("$") + QLocale().toString(usage::nanoToUsd(totalCost), 'f', 2)), qPrintable(totals));

        // spend per day by provider, on three days
        QChart *spend = chartOf(f.page.get(), QStringLiteral("spendChart"));
        QVERIFY(spend);
        QCOMPARE(spend->theme(), QChart::ChartThemeLight);
        QCOMPARE(setLabels(spend).size(), 3);
        for (int d : {0, 7, 29}) {
            const QString day = dayLabel(f.first().addDays(d));
            for (const QString &provider : {QStringLiteral("openai"), QStringLiteral("anthropic"), QStringLiteral("gemini")}) {
                const double expected = usage::nanoToUsd(costByProviderDay.value(provider + QLatin1Char('\n') + day));
                const double shown = barValue(spend, provider, day);
                QVERIFY2(near(shown, expected), qPrintable(QStringLiteral("%1 %2: %3 != %4").arg(provider, day).arg(shown).arg(expected)));
            }
        }
        // hovering a bar names its value
        {
            auto *bars = qobject_cast<QAbstractBarSeries *>(spend->series().value(0));
            QVERIFY(bars);
            QBarSet *openai = nullptr;
            for (QBarSet *set : bars->barSets())
                openai = set->label() == QLatin1String("openai") ? set : openai;
            QVERIFY(openai);
            Q_EMIT bars->hovered(true, 7, openai);
            const QString day = dayLabel(f.first().addDays(7));
            const QString hover = f.page->findChild<QLabel *>(QStringLiteral("chartHover"))->text();
            QVERIFY2(hover.startsWith(QStringLiteral("openai on %1: $").arg(day)), qPrintable(hover));
        }
        // tokens per day (input)
        QChart *tokens = chartOf(f.page.get(), QStringLiteral("tokensChart"));
        const QString day5 = dayLabel(f.first().addDays(5));
        QCOMPARE(barValue(tokens, QStringLiteral("input"), day5), double(inputByDay.value(day5)));
        QCOMPARE(setLabels(tokens),
                 (QStringList{QStringLiteral("input"), QStringLiteral("output"), QStringLiteral("reasoning"), QStringLiteral("cached (read)"),
                              QStringLiteral("cache write")}));
        // latency p50/p95 per model
        QChart *latency = chartOf(f.page.get(), QStringLiteral("latencyChart"));
        for (auto it = latencies.cbegin(); it != latencies.cend(); ++it) {
            QCOMPARE(barValue(latency, QStringLiteral("latency p50"), it.key()), double(percentile(it.value(), 50)));
            QCOMPARE(barValue(latency, QStringLiteral("latency p95"), it.key()), double(percentile(it.value(), 95)));
        }
        // error rate per provider
        QChart *errorChart = chartOf(f.page.get(), QStringLiteral("errorChart"));
        for (auto it = attempts.cbegin(); it != attempts.cend(); ++it) {
            const double expected = 100.0 * double(errors.value(it.key())) / double(it.value());
            QVERIFY(near(barValue(errorChart, QStringLiteral("error rate (%)"), it.key()), expected));
        }

        // screenshots of every chart, light then dark
        const QStringList names{QStringLiteral("spend"), QStringLiteral("tokens"), QStringLiteral("latency"), QStringLiteral("errors"),
                                QStringLiteral("top")};
        for (int i = 0; i < names.size(); ++i) {
            showTab(f.page.get(), i);
            QVERIFY(!saveScreenshot(f.page.get(), QStringLiteral("usage-%1-light").arg(names.at(i))).isEmpty());
        }
        ThemeManager::apply(Theme::Dark);
        QApplication::processEvents();
        QCOMPARE(spend->theme(), QChart::ChartThemeDark);
        QCOMPARE(latency->theme(), QChart::ChartThemeDark);
        for (int i = 0; i < names.size(); ++i) {
            showTab(f.page.get(), i);
            QVERIFY(!saveScreenshot(f.page.get(), QStringLiteral("usage-%1-dark").arg(names.at(i))).isEmpty());
        }
        ThemeManager::apply(Theme::Light);
        QApplication::processEvents();

        // stacked by model
        f.page->setSpendDimension(usage::Dimension::Model);
        QVERIFY(f.settle());
        spend = chartOf(f.page.get(), QStringLiteral("spendChart"));
        QCOMPARE(setLabels(spend).size(), 4);
        const QString day12 = dayLabel(f.first().addDays(12));
        QVERIFY(near(barValue(spend, QStringLiteral("gpt-4o-mini"), day12),
                     usage::nanoToUsd(costByModelDay.value(QStringLiteral("gpt-4o-mini\n") + day12))));

        // a provider filter narrows every chart
        f.page->setSpendDimension(usage::Dimension::Provider);
        f.page->setProviderFilter(QStringLiteral("anthropic"));
        QVERIFY(f.settle());
        QCOMPARE(f.page->currentFilter().provider, std::optional<QString>(QStringLiteral("anthropic")));
        QCOMPARE(setLabels(spend), QStringList{QStringLiteral("anthropic")});
        QVERIFY(near(barValue(spend, QStringLiteral("anthropic"), day12),
                     usage::nanoToUsd(costByProviderDay.value(QStringLiteral("anthropic\n") + day12))));
        QCOMPARE(barValue(tokens, QStringLiteral("input"), day5), double(inputByProviderDay.value(QStringLiteral("anthropic\n") + day5)));
        QCOMPARE(setLabels(latency).size(), 4);
        QVERIFY(std::isnan(barValue(errorChart, QStringLiteral("error rate (%)"), QStringLiteral("openai"))));
        qint64 anthropicCalls = attempts.value(QStringLiteral("anthropic"));
        QVERIFY2(f.page->totalsText().contains(QStringLiteral("%1 calls").arg(anthropicCalls)), qPrintable(f.page->totalsText()));

        // a source filter and a shorter range
        f.page->setProviderFilter(QString());
        f.page->setSourceFilter(usage::Source::Proxy);
        f.page->setCustomRange(f.first().addDays(10), f.first().addDays(19));
        QVERIFY(f.settle());
        QCOMPARE(f.page->preset(), UsagePage::Preset::Custom);
        qint64 proxyCalls = 0;
        qint64 proxyOpenAiDay12 = 0;
        for (const CallRecord &c : std::as_const(f.calls)) {
            const qint64 i = c.day() - usage::dayOfDate(f.first());
            if (c.source == usage::Source::Proxy && i >= 10 && i <= 19) {
                ++proxyCalls;
                if (c.provider == QLatin1String("openai") && i == 12)
                    proxyOpenAiDay12 += c.costNano();
            }
        }
        QVERIFY2(f.page->totalsText().contains(QStringLiteral("%1 calls").arg(proxyCalls)), qPrintable(f.page->totalsText()));
        QVERIFY(near(barValue(spend, QStringLiteral("openai"), day12), usage::nanoToUsd(proxyOpenAiDay12)));
        QVERIFY(std::isnan(barValue(spend, QStringLiteral("openai"), day5))); // outside the range: no category

        // presets: today has the last 10 rows; this month starts on the 1st
        f.page->setSourceFilter(std::nullopt);
        f.page->setPreset(UsagePage::Preset::Today);
        QVERIFY(f.settle());
        QCOMPARE(f.page->currentFilter().fromDay, usage::dayOfDate(f.today));
        QVERIFY2(f.page->totalsText().contains(QLatin1String("10 calls (10 requests)")), qPrintable(f.page->totalsText()));
        QCOMPARE(setLabels(spend).size(), 3);
        f.page->setPreset(UsagePage::Preset::ThisMonth);
        QVERIFY(f.settle());
        QCOMPARE(f.page->currentFilter().fromDay, usage::dayOfDate(QDate(f.today.year(), f.today.month(), 1)));
        const auto thisMonth = std::count_if(f.calls.cbegin(), f.calls.cend(), [&](const CallRecord &c) {
            return usage::dateOfDay(c.day()).month() == f.today.month() && usage::dateOfDay(c.day()).year() == f.today.year();
        });
        QVERIFY2(f.page->totalsText().contains(QStringLiteral(" %1 calls").arg(thisMonth)), qPrintable(f.page->totalsText()));
    }

    // Top spenders name conversations and comparisons by their titles, not by bare ids.
    void topSpendersNamedByTitle()
    {
        Fixture f;
        QVERIFY(f.start());
        chat::ConversationStore conversations(f.context->database());
        auto conv = conversations.create(QStringLiteral("Trip to Lisbon"));
        QVERIFY(conv);
        compare::Comparison cmp;
        cmp.title = QStringLiteral("Haiku shoot-out");
        cmp.models = {QStringLiteral("openai/gpt-4o"), QStringLiteral("anthropic/claude-3-5-haiku")};
        auto cmpId = compare::CompareStore(f.context->database()).create(cmp);
        QVERIFY(cmpId);
        CallRecord big = f.calls.constLast();
        big.startedAtMs = QDateTime::currentMSecsSinceEpoch();
        big.costUsd = 500;
        big.source = usage::Source::Playground;
        big.sourceKey = QString::number(*conv);
        big.requestId = QStringLiteral("req-conv");
        QVERIFY(f.context->engine()->ledger().record(big));
        big.source = usage::Source::Compare;
        big.sourceKey = QString::number(*cmpId);
        big.costUsd = 400;
        big.requestId = QStringLiteral("req-cmp");
        QVERIFY(f.context->engine()->ledger().record(big));
        QSignalSpy refreshed(f.page.get(), &UsagePage::refreshed);
        f.page->refresh();
        QVERIFY(refreshed.wait(20000));
        auto *top = f.page->findChild<QTableWidget *>(QStringLiteral("topKeysTable"));
        QVERIFY(top && top->rowCount() >= 2);
        QCOMPARE(top->item(0, 1)->text(), QStringLiteral("Trip to Lisbon (#%1)").arg(*conv));
        QCOMPARE(top->item(1, 1)->text(), QStringLiteral("Haiku shoot-out (#%1)").arg(*cmpId));
    }

    // Issue 15, item 8: a call without a price shows "cost unknown" (not "$0.00"), and the page says how
    // many such calls its figures and budgets leave out.
    void unpricedCallsAreSaid()
    {
        Fixture f;
        QVERIFY(f.start());
        QVERIFY2(f.page->unpricedText().isEmpty(), qPrintable(f.page->unpricedText()));
        CallRecord c = f.calls.constLast();
        c.startedAtMs = QDateTime::currentMSecsSinceEpoch();
        c.requestId = QStringLiteral("req-unpriced");
        c.model = QStringLiteral("my-private-finetune");
        c.costUsd = 0;
        c.unpriced = true;
        QVERIFY(f.context->engine()->ledger().record(c));
        QSignalSpy refreshed(f.page.get(), &UsagePage::refreshed);
        f.page->refresh();
        QVERIFY(refreshed.wait(20000));
        QVERIFY2(f.page->unpricedText().startsWith(QLatin1String("1 call in this range used a model without a price")),
                 qPrintable(f.page->unpricedText()));
        auto *calls = f.page->findChild<QTableWidget *>(QStringLiteral("callsTable"));
        QVERIFY(calls);
        bool shown = false;
        for (int r = 0; r < calls->rowCount(); ++r) {
            if (calls->item(r, 2)->text().endsWith(QLatin1String("/my-private-finetune"))) {
                QCOMPARE(calls->item(r, 7)->text(), QStringLiteral("cost unknown"));
                shown = true;
            } else {
                QVERIFY(calls->item(r, 7)->text().startsWith(QLatin1Char('$')));
            }
        }
        QVERIFY(shown);
    }

    void callsTraceAndCsv()
    {
        Fixture f;
        QVERIFY(f.start());
        showTab(f.page.get(), 5);
        QCOMPARE(f.page->callRows(), 200);
        QVERIFY(f.page->hasMoreCalls());
        // newest first, with its trace
        f.page->showTrace(0);
        QVERIFY2(f.page->traceText().contains(QLatin1String("\"requested\": \"") + f.calls.constLast().provider + QLatin1Char('/')
                                              + f.calls.constLast().model),
                 qPrintable(f.page->traceText()));
        saveScreenshot(f.page.get(), QStringLiteral("usage-calls"));
        f.page->loadMoreCalls();
        QTRY_COMPARE_WITH_TIMEOUT(f.page->callRows(), 300, 20000);
        QVERIFY(!f.page->hasMoreCalls());

        // CSV of the filtered calls: header + one line per call
        const QString path = f.dir.filePath(QStringLiteral("calls.csv"));
        f.prompts.saveAnswers << path;
        QSignalSpy exported(f.page.get(), &UsagePage::exportFinished);
        f.page->exportCsv();
        QVERIFY(exported.wait(20000));
        QCOMPARE(exported.at(0).at(0).toLongLong(), 300);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QVERIFY(lines.at(0).startsWith("id,request_id,started_at"));
        QCOMPARE(lines.size(), 302); // 301 lines ending in CRLF, then the empty rest
        QVERIFY(lines.at(1).contains(f.calls.constLast().requestId.toUtf8()));

        // filtered export: only gemini
        f.page->setProviderFilter(QStringLiteral("gemini"));
        QVERIFY(f.settle());
        f.prompts.saveAnswers << path;
        f.page->exportCsv();
        QVERIFY(exported.wait(20000));
        const auto gemini = std::count_if(f.calls.cbegin(), f.calls.cend(),
                                          [](const CallRecord &c) { return c.provider == QLatin1String("gemini"); });
        QCOMPARE(exported.at(1).at(0).toLongLong(), qint64(gemini));
        // cancelled file dialog: nothing happens
        f.page->exportCsv();
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QCOMPARE(exported.size(), 2);
        QVERIFY(f.prompts.errors.isEmpty());
    }

    void budgetsEditProgressAndAlerts()
    {
        Fixture f;
        QVERIFY(f.start());
        showTab(f.page.get(), 6);
        QCOMPARE(f.page->budgetRows(), 0);

        // invalid input is refused with the reason, nothing saved
        f.page->addBudgetRow(usage::Budget::Scope::Provider, QStringLiteral("openai"), usage::Budget::Period::Monthly, QStringLiteral("abc"), {});
        QVERIFY(!f.page->saveBudgets());
        QVERIFY2(f.page->budgetMessage().contains(QLatin1String("Row 1, soft limit: must be a number >= 0")), qPrintable(f.page->budgetMessage()));
        QVERIFY(f.context->workspace().budgets.isEmpty());
        f.page->setBudgetLimits(0, QStringLiteral("20"), QStringLiteral("10"));
        QVERIFY(!f.page->saveBudgets());
        QVERIFY2(f.page->budgetMessage().contains(QLatin1String("Row 1, soft limit: must not be above hardLimitUsd")),
                 qPrintable(f.page->budgetMessage()));
        f.page->addBudgetRow(usage::Budget::Scope::ProxyKey, QString(), usage::Budget::Period::Daily, QStringLiteral("1"), {});
        f.page->setBudgetLimits(0, QStringLiteral("500"), QStringLiteral("1000"));
        QVERIFY(!f.page->saveBudgets());
        QVERIFY2(f.page->budgetMessage().contains(QLatin1String("Row 2, target: must name the proxy key")), qPrintable(f.page->budgetMessage()));
        f.page->removeBudgetRow(1);

        // a valid workspace budget a little above this month's spend, with the provider one
        usage::BudgetTracker &tracker = f.context->engine()->budgets();
        const double monthToDate = tracker.monthToDateUsd(usage::Budget::Scope::Workspace);
        QVERIFY(monthToDate > 0);
        const double soft = std::ceil(monthToDate) + 1;
        f.page->addBudgetRow(usage::Budget::Scope::Workspace, {}, usage::Budget::Period::Monthly, QString::number(soft), QStringLiteral("1000"));
        QVERIFY2(f.page->saveBudgets(), qPrintable(f.page->budgetMessage()));
        const QJsonArray saved = f.context->workspace().budgets;
        QCOMPARE(saved.size(), 2);
        QCOMPARE(saved.at(0).toObject(),
                 (QJsonObject{{QStringLiteral("scope"), QStringLiteral("provider")},
                              {QStringLiteral("target"), QStringLiteral("openai")},
                              {QStringLiteral("period"), QStringLiteral("monthly")},
                              {QStringLiteral("softLimitUsd"), 500.0},
                              {QStringLiteral("hardLimitUsd"), 1000.0}}));
        QCOMPARE(saved.at(1).toObject(),
                 (QJsonObject{{QStringLiteral("scope"), QStringLiteral("workspace")},
                              {QStringLiteral("period"), QStringLiteral("monthly")},
                              {QStringLiteral("softLimitUsd"), soft},
                              {QStringLiteral("hardLimitUsd"), 1000.0}}));
        QVERIFY(usage::Budget::validate(saved).isEmpty());
        // what the page shows: spend of the period against the limit
        QCOMPARE(f.page->budgetRows(), 2);
        const int expectedPermille = int(std::lround(monthToDate / 1000.0 * 1000));
        QCOMPARE(f.page->budgetProgress(1), expectedPermille);
        QVERIFY2(f.page->budgetProgressText(1).contains(QStringLiteral("of $") + QLocale().toString(1000.0, 'f', 2)),
                 qPrintable(f.page->budgetProgressText(1)));
        QVERIFY2(f.page->projectionText().contains(QLatin1String("projected month-end spend")), qPrintable(f.page->projectionText()));
        QVERIFY(f.page->alertText().isEmpty());

        // a call that crosses the soft limit: the page shows it and signals the main window
        QSignalSpy alerts(f.page.get(), &UsagePage::budgetAlert);
        CallRecord big = f.calls.constLast();
        big.requestId = QStringLiteral("req-big");
        big.startedAtMs = QDateTime::currentMSecsSinceEpoch();
        big.status = usage::CallStatus::Ok;
        big.errorKind.clear();
        big.costUsd = 2.0;
        QVERIFY(f.context->engine()->ledger().record(big));
        QVERIFY(alerts.wait(5000));
        const QString message = alerts.at(0).at(0).toString();
        QVERIFY2(message.startsWith(QLatin1String("Soft budget limit reached: monthly workspace budget")), qPrintable(message));
        QCOMPARE(f.page->alertText(), message);
        // F5 reads the ledger again: the new call counts
        QSignalSpy refreshed(f.page.get(), &UsagePage::refreshed);
        f.page->activateWindow();
        f.page->setFocus();
        QVERIFY(!f.page->isBusy());
        QTest::keyClick(f.page.get(), Qt::Key_F5);
        QVERIFY(refreshed.wait(20000));
        QVERIFY2(f.page->totalsText().contains(QLatin1String("301 calls")), qPrintable(f.page->totalsText()));
        saveScreenshot(f.page.get(), QStringLiteral("usage-budgets"));
        QCOMPARE(f.page->alertText(), message); // still over the soft limit after a refresh

        // the limit raised above the spend: the banner goes, and the main window is told
        QSignalSpy cleared(f.page.get(), &UsagePage::budgetAlertCleared);
        f.page->setBudgetLimits(1, QString::number(soft + 100), QStringLiteral("1000"));
        QVERIFY2(f.page->saveBudgets(), qPrintable(f.page->budgetMessage()));
        QCOMPARE(cleared.count(), 1);
        QVERIFY2(f.page->alertText().isEmpty(), qPrintable(f.page->alertText()));
        // over again, then the budget deleted: gone as well
        f.page->setBudgetLimits(1, QString::number(soft), QStringLiteral("1000"));
        QVERIFY2(f.page->saveBudgets(), qPrintable(f.page->budgetMessage()));
        QCOMPARE(f.page->alertText(), message); // over it again: shown again, though no limit was crossed now
        f.page->removeBudgetRow(1);
        QVERIFY2(f.page->saveBudgets(), qPrintable(f.page->budgetMessage()));
        QCOMPARE(cleared.count(), 2);
        QVERIFY(f.page->alertText().isEmpty());
        f.page->revertBudgets();

        // revert drops unsaved rows
        f.page->addBudgetRow();
        QCOMPARE(f.page->budgetRows(), 2);
        f.page->revertBudgets();
        QCOMPARE(f.page->budgetRows(), 1);
    }

    // The budget named in an alert (banner, status bar, tray) is in the user's language; core's
    // Budget::describe() stays English for proxy clients and the log.
    void budgetsAreNamedInTheUsersLanguage()
    {
        const auto english = qScopeGuard([] { installTranslations(QStringLiteral("en")); });
        QSet<QString> texts;
        for (const QString &language : {QStringLiteral("de"), QStringLiteral("zh_CN")}) {
            QCOMPARE(installTranslations(language), language);
            for (auto scope :
                 {usage::Budget::Scope::Workspace, usage::Budget::Scope::Provider, usage::Budget::Scope::ProxyKey, usage::Budget::Scope::Member}) {
                for (auto period : {usage::Budget::Period::Daily, usage::Budget::Period::Monthly}) {
                    usage::Budget b;
                    b.scope = scope;
                    b.period = period;
                    b.target = scope == usage::Budget::Scope::Workspace ? QString() : QStringLiteral("t-1");
                    const QString text = UsagePage::budgetText(b);
                    QVERIFY2(text != b.describe() && !text.contains(QLatin1String("budget")), qPrintable(text));
                    QVERIFY2(b.target.isEmpty() || text.contains(b.target), qPrintable(text));
                    texts.insert(text);
                }
            }
        }
        QCOMPARE(texts.size(), 16); // each scope and period its own phrase, in each language
        installTranslations(QStringLiteral("de"));
        usage::Budget openai;
        openai.scope = usage::Budget::Scope::Provider;
        openai.target = QStringLiteral("openai");
        QCOMPARE(UsagePage::budgetText(openai), QStringLiteral("monatliches Budget des Anbieters openai"));
    }
};

QTEST_MAIN(TestUsagePage)
#include "tst_usagepage.moc"
