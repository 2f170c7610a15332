#pragma once

#include "common/expected.h"
#include "usage/queries.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <memory>
#include <optional>

namespace sb {
class Database;
}

namespace sb::team {

// The Usage page's aggregates of a team server's ledger, as serve's GET /team/usage answers them (the
// queries of usage::UsageQueries run on the server, over its rollups): what the desktop shows in its
// Team and Mine scopes. The raw calls (and their prompts) never leave the server this way.
struct UsageReport {
    usage::Totals totals;
    QList<usage::DailySpend> spend;
    QList<usage::DailyTokens> tokens;
    QList<usage::LatencyStats> latency;
    // How far latency's percentiles may be from the exact nearest-rank ones: 0 when exact, else the
    // bound of their estimate from the daily rollups' histograms (UsageQueries::latencyFromRollups).
    double latencyRelativeError = 0;
    QList<usage::ErrorRate> errors;
    QList<usage::KeySpend> topKeys;
    QList<usage::RequestSpend> topRequests;
    qint64 unpriced = 0;
    // What the filters offer: the providers, models, keys and members with calls in the date range
    // (within the member the report is restricted to), sorted.
    QStringList providers;
    QStringList models;
    QStringList sourceKeys;
    QStringList members;
    QHash<QString, QString> keyTitles; // "proxy:KEYID" -> "MEMBER (LABEL)"
    QString member; // whose calls these are; "" for the whole team
};

// Runs every query of the report for `filter` (its member restricts every part and the filter choices;
// the list of members too unless `everyMember`, for those who may see the whole team). Any thread (the
// calling thread's connection).
[[nodiscard]] Expected<UsageReport> loadUsageReport(const std::shared_ptr<Database> &database, const usage::Filter &filter,
                                                    usage::Dimension dimension, bool everyMember, int topLimit = 10);

QJsonObject toJson(const UsageReport &report);
std::optional<UsageReport> usageReportFromJson(const QJsonObject &o);

// The request's query: from and to (UTC day numbers, to exclusive), member, provider, model, key,
// dimension (provider, model, source, source_key). Both ways; a Validation error names what is wrong.
QUrlQuery usageQuery(const usage::Filter &filter, usage::Dimension dimension);
[[nodiscard]] Expected<std::pair<usage::Filter, usage::Dimension>> usageFilterFromQuery(const QUrlQuery &query);

} // namespace sb::team
