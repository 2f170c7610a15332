#pragma once

#include "common/expected.h"
#include "monitor/canary.h"
#include "monitor/timeseries.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sb {
struct Workspace;
}

namespace sb::monitor {

// The latency an SLO or a monitor looks at: time to first token or total latency (ok calls).
enum class LatencyMetric { Ttft, Latency };
QString metricName(LatencyMetric metric); // ttft, latency

// A service level objective on a model, a route or a virtual model (workspace "monitoring.slos"):
//   {"name": "sonnet-first-token", "model": "anthropic/claude-sonnet-4-5", "kind": "latency",
//    "metric": "ttft", "thresholdMs": 2000, "objective": 99, "windowDays": 28}
//   {"name": "smart-up", "route": "smart", "kind": "availability", "objective": 99.5}
// Exactly one of "model" (PROVIDER/MODEL, the model asked for) and "route" (a route or virtual model
// name). A latency SLO's good calls are the ok ones whose metric is within thresholdMs, of the ok
// ones (the failures are the availability SLO's); an availability SLO's are the ok ones of the calls
// that count (Aggregate::availabilityValid: a route's dispatches, a model's attempts).
// Burn-rate alerts (SRE workbook, multi-window): fast when the error budget burns faster than
// 14.4 x (windowDays / 30) over both the last hour and the last 5 minutes (2 % of a 30-day budget in
// an hour), slow when faster than 6 x (windowDays / 30) over both the last 6 hours and the last 30
// minutes (5 % in 6 hours); neither with fewer than minSamples calls in the long window.
struct Slo {
    enum class Kind { Latency, Availability };
    QString name;
    Scope scope; // provider + model, or route
    Kind kind = Kind::Availability;
    LatencyMetric metric = LatencyMetric::Ttft;
    double thresholdMs = 0; // latency
    double objectivePercent = 99; // 50 < objective < 100
    int windowDays = 28; // 1..90
    int minSamples = 10; // in the long window of a burn-rate alert
    // An SLO on a model ("demote": true): while its fast burn-rate condition holds, routes try that
    // target after their other usable targets (router::SloDemotions), and the trace says why.
    bool demote = false;

    double budget() const { return 1.0 - objectivePercent / 100.0; } // the fraction of calls allowed to be bad
    double fastBurnThreshold() const { return 14.4 * windowDays / 30.0; }
    double slowBurnThreshold() const { return 6.0 * windowDays / 30.0; }
    // "99 % of anthropic/claude-sonnet-4-5 first tokens within 2000 ms over 28 days"
    QString describe() const;
};

// A threshold monitor (workspace "monitoring.monitors"), on all calls or a scope ("model",
// "provider", "route", "proxyKey"):
//   {"name": "errors", "kind": "error_rate", "thresholdPercent": 5, "windowMinutes": 15}
//   {"name": "slow", "kind": "latency_spike", "metric": "ttft", "factor": 2, "windowMinutes": 15, "baselineHours": 24}
//   {"name": "spend", "kind": "cost_per_hour", "thresholdUsd": 5}
//   {"name": "quiet", "kind": "no_traffic", "model": "ollama/llama3", "hours": 6}
// error_rate: errors / (attempts - cancelled) over the window at or above the threshold.
// latency_spike: the window's mean latency above factor x the mean of the baselineHours before it.
// cost_per_hour: the last 60 minutes' cost at or above thresholdUsd.
// no_traffic: no call in the last `hours` while the scope had calls before.
// minSamples (default 20) calls needed in the window (and the baseline) before error_rate and
// latency_spike fire; cooldownMinutes (default 30) after a resolution before the same monitor fires again.
struct ThresholdMonitor {
    enum class Kind { ErrorRate, LatencySpike, CostPerHour, NoTraffic };
    QString name;
    Scope scope;
    Kind kind = Kind::ErrorRate;
    double thresholdPercent = 5;
    LatencyMetric metric = LatencyMetric::Ttft;
    double factor = 2;
    int windowMinutes = 15; // 1..1440
    int baselineHours = 24; // 1..46: window and baseline within the minute rollups' two days
    double thresholdUsd = 0;
    int hours = 6; // no_traffic: 1..46
    int minSamples = 20;
    int cooldownMinutes = 30;

    QString describe() const; // "error rate of all calls >= 5 % over 15 min"
};
QString kindName(ThresholdMonitor::Kind kind); // error_rate, latency_spike, cost_per_hour, no_traffic

// Where `serve` posts alerts (workspace "monitoring.webhook"): {"url": "https://..."} or a secret
// reference to it ("keychain:NAME", "env:VAR": chat webhooks carry their token in the URL).
struct WebhookConfig {
    QString url;
    bool isSet() const { return !url.isEmpty(); }
};

// The workspace's "monitoring" object: {"slos": [...], "monitors": [...], "canaries": [...], "webhook": {...}}.
struct MonitoringConfig {
    QList<Slo> slos;
    QList<ThresholdMonitor> monitors;
    QList<Canary> canaries; // monitor/canary.h
    WebhookConfig webhook;

    bool isEmpty() const { return slos.isEmpty() && monitors.isEmpty() && canaries.isEmpty() && !webhook.isSet(); }
    // Validates against the workspace's provider ids and route and virtual model names; problems
    // name the key ("monitoring.slos[1].objective: must be a number above 50 and below 100").
    [[nodiscard]] static Expected<MonitoringConfig> fromJson(const QJsonObject &json, const QStringList &providerIds, const QStringList &routeNames);
    static QStringList validate(const QJsonObject &json, const QStringList &providerIds, const QStringList &routeNames);
    // The workspace's section, against its providers and its routes' and virtual models' names.
    static QStringList validate(const Workspace &workspace);
    // The workspace's section, checked against its providers and its routes' and virtual models' names.
    [[nodiscard]] static Expected<MonitoringConfig> ofWorkspace(const Workspace &workspace);

private:
    static MonitoringConfig fromJsonInto(const QJsonObject &json, const QStringList &providerIds, const QStringList &routeNames,
                                         QStringList &problems);
};

} // namespace sb::monitor
