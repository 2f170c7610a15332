#pragma once

#include "common/expected.h"
#include "monitor/timeseries.h"

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

// What the Monitor page charts of a team server's monitoring rollups, as serve's GET /team/monitor/chart
// answers it: monitor::MonitorQueries' series (with the comparison's), markers and the models with
// calls, run on the server. Scope::member restricts all of it to one member's calls. Percentiles come
// as numbers (the histograms stay on the server); the raw calls never leave it this way.
struct MonitorRequest {
    monitor::SeriesQuery query; // the series; query.scope.member: one member's calls ("" every member's)
    std::optional<monitor::SeriesQuery> compare; // another model, or another period (its member is the query's)
};

struct MonitorReport {
    QString member; // whose calls ("" every member's)
    monitor::Series series;
    std::optional<monitor::Series> other;
    qint64 offsetMs = 0; // monitor::MonitorQueries::Comparison::offsetMs
    QList<monitor::Marker> markers;
    QStringList models; // "PROVIDER/MODEL" with calls in the 90 days before nowMs (of the member), sorted
    QStringList members; // whom the member filter offers: every member, or the member alone
};

// Runs the request's queries on the calling thread's connection; the members listed are every member
// of the team (`everyMember`) or the request's member.
[[nodiscard]] Expected<MonitorReport> loadMonitorReport(const std::shared_ptr<Database> &database, MonitorRequest request, qint64 nowMs,
                                                        bool everyMember);

QJsonObject toJson(const MonitorReport &report);
std::optional<MonitorReport> monitorReportFromJson(const QJsonObject &o);

// The request's query: from, to, step (UTC epoch ms; step 0 follows the range), provider, model,
// route, member, and the comparison's cfrom, cto, cprovider, cmodel. Both ways; a Validation error
// names what is wrong.
QUrlQuery monitorQuery(const MonitorRequest &request);
[[nodiscard]] Expected<MonitorRequest> monitorRequestFromQuery(const QUrlQuery &query);

} // namespace sb::team
