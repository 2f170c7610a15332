#pragma once

#include <QJsonObject>
#include <QString>

namespace sb::ui {

// A call's routing decision (the dispatch's trace, or the ledger's) as a timeline to read: what was
// asked for, the virtual model, route and rule, each candidate and why it was skipped, each attempt
// with its error, HTTP status, time and the wait before the next, and who answered.
QString readableRoutingTrace(const QJsonObject &trace);

} // namespace sb::ui
