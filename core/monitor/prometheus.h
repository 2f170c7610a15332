#pragma once

#include "common/expected.h"
#include "monitor/evaluator.h"
#include "usage/budgets.h"

#include <QByteArray>
#include <QList>

#include <memory>

namespace sb {
class Database;
}

namespace sb::monitor {

// The Prometheus text exposition format (version 0.0.4) that `serve` answers GET /metrics with.
inline constexpr const char *kPrometheusContentType = "text/plain; version=0.0.4; charset=utf-8";

// Everything from the monitoring rollups since the ledger began (the day rollups, which are kept), by
// provider, model (asked for), route, source and key (the proxy key; empty for other sources):
//   switchboard_calls_total{..., status, error_kind}      counter: attempts
//   switchboard_requests_total{..., status, error_kind}   counter: first attempts (dispatches)
//   switchboard_tokens_total{..., type}                   counter: input, output, cache_read, cache_write, reasoning
//   switchboard_cost_usd_total{...}                       counter: dollars (calls without a price count 0)
//   switchboard_latency_seconds{..., status, error_kind}  histogram: total latency of every attempt
//   switchboard_ttft_seconds{..., status, error_kind}     histogram: time to first token, where there was one
// The histograms' `le` bounds are powers of two of milliseconds (0.016 s to 262.144 s), bounds of the
// rollups' buckets too, so the counts are exact. The SLOs, as evaluated now:
//   switchboard_slo_objective{slo}, switchboard_slo_sli{slo} (over its window),
//   switchboard_slo_error_budget_remaining{slo}, switchboard_slo_burn_rate{slo, window="5m"|"30m"|"1h"|"6h"}
// and the budgets' current period:
//   switchboard_budget_spent_usd{scope, target, period}, switchboard_budget_limit_usd{scope, target, period, limit="soft"|"hard"}
// Counters go on from the ledger's start; samples carry no timestamp.
// The counters' sums over days long over, kept between scrapes: a scrape then reads the day rollups of
// the last day or two only instead of the whole history (a 90-day ledger of a million calls took about
// a second a scrape; bench/monitor). A day counts as over 6 hours after its end, so that the rows of
// calls that ran across midnight are in. Later changes to those days (rows deleted, imported) are not
// seen until the process restarts: counters must not go down, and Prometheus takes a restart as a reset.
// It also keeps the SLOs' Evaluator between scrapes (following this process's ledger writers) instead
// of reading every SLO's window whole each time.
// Thread-safe; one per process that serves /metrics.
class ClosedDayTotals
{
public:
    ClosedDayTotals();
    ~ClosedDayTotals();
    Q_DISABLE_COPY_MOVE(ClosedDayTotals)
    // Up to where the days are summed (the start of the first day not in them), epoch ms; 0 before the first scrape.
    qint64 summedUpToMs() const;

private:
    friend Expected<QByteArray> prometheusText(const std::shared_ptr<Database> &, const QList<Slo> &, const QList<usage::BudgetStatus> &, qint64,
                                               ClosedDayTotals *);
    struct Impl;
    std::unique_ptr<Impl> d;
};

// `closed` (optional) keeps the sums of days long over between calls.
[[nodiscard]] Expected<QByteArray> prometheusText(const std::shared_ptr<Database> &database, const QList<Slo> &slos,
                                                  const QList<usage::BudgetStatus> &budgets, qint64 nowMs, ClosedDayTotals *closed = nullptr);

// A label value as the text format writes it: backslash, double quote and line feed escaped.
QByteArray prometheusEscape(const QString &value);

} // namespace sb::monitor
