#pragma once

#include <QJsonObject>
#include <QString>

namespace sb::ui {

// A call's routing decision (the dispatch's trace, or the ledger's) as a timeline to read: what was
// asked for, the virtual model, route and rule, each candidate and why it was skipped, each attempt
// with its error, HTTP status, time and the wait before the next, and who answered.
QString readableRoutingTrace(const QJsonObject &trace);

// Why routing demoted a target (router::Candidate::demoted, HealthTracker::Status::demotedBy) in the
// user's language where it is an SLO's (monitor::sloDemotionsIn); any other reason as it is.
QString demotionText(const QString &reason);

} // namespace sb::ui
