#pragma once

#include "common/logging.h"
#include "protocol/types.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QString>

#include <cmath>
#include <optional>

namespace sb::usage {

// Where a call came from. Stored as its name (sourceName) in the ledger.
enum class Source { Playground, Compare, Proxy, Knowledge, Eval, Cli, Workflow };
QString sourceName(Source source);
std::optional<Source> sourceFromName(QStringView name);

// How an attempt ended.
enum class CallStatus { Ok, Error, Cancelled };
QString statusName(CallStatus status);
std::optional<CallStatus> statusFromName(QStringView name);

// Money is kept in integer nano-dollars (1e-9 USD) in the ledger and the budget tracker: sums are
// exact and the cheapest tokens are still representable (see resources/migrations/0002_ledger.sql).
constexpr qint64 kNanoPerUsd = 1'000'000'000;
inline qint64 usdToNano(double usd)
{
    return std::llround(usd * double(kNanoPerUsd));
}
inline double nanoToUsd(qint64 nano)
{
    return double(nano) / double(kNanoPerUsd);
}
// Exact decimal text of a nano-dollar amount, 9 decimals ("0.000012345").
QString formatNanoUsd(qint64 nano);

// UTC day numbers: days since 1970-01-01.
constexpr qint64 kMsPerDay = 86'400'000;
inline qint64 dayOfMs(qint64 epochMs)
{
    return epochMs >= 0 ? epochMs / kMsPerDay : -((-epochMs + kMsPerDay - 1) / kMsPerDay);
}
qint64 dayOfDate(QDate date);
QDate dateOfDay(qint64 day);

// One attempt of a provider call, as the router reports it to the Ledger.
struct CallRecord {
    QString requestId; // groups the attempts of one dispatch
    qint64 startedAtMs = 0; // UTC epoch milliseconds
    Source source = Source::Playground;
    QString sourceKey; // proxy key name, conversation or comparison id; may be empty
    QString member; // the team member whose key made a proxy call; empty otherwise
    QString provider; // provider id
    QString model; // the model that answered (the response's model string), else the one asked for
    QString requestedModel; // the model the router asked the provider for (the target's); empty = model
    QString route; // virtual model or route name; may be empty
    int attempt = 1; // 1-based
    protocol::Usage usage; // inputTokens excludes cache reads/writes, outputTokens includes reasoning
    double costUsd = 0; // catalog::costOf(...).total()
    qint64 latencyMs = 0;
    std::optional<qint64> ttftMs; // time to first token, when there was one
    CallStatus status = CallStatus::Ok;
    QString errorKind; // protocol::toString(ApiError::Kind) when status is Error or Cancelled
    bool unpriced = false; // tokens were used but the catalog has no price for the model: the cost is unknown, not 0
    int httpStatus = 0; // 0 = no HTTP response
    QJsonObject trace; // the routing decision; empty = none
    QByteArray traceJson; // or the same as compact JSON text, when the caller has it (then trace is ignored)

    // Marks the attempt failed (or cancelled, for ApiError::Kind::Cancelled) with the error's kind and status.
    void setError(const protocol::ApiError &error);
    qint64 day() const { return dayOfMs(startedAtMs); }
    qint64 costNano() const { return usdToNano(costUsd); }
};

} // namespace sb::usage
