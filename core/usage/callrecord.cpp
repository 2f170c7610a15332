#include "usage/callrecord.h"

#include "common/logging.h"

#include <array>
#include <utility>

namespace sb::usage {

namespace {

constexpr std::array<std::pair<Source, QLatin1String>, 7> kSources{{
    {Source::Playground, QLatin1String("playground")},
    {Source::Compare, QLatin1String("compare")},
    {Source::Proxy, QLatin1String("proxy")},
    {Source::Knowledge, QLatin1String("knowledge")},
    {Source::Eval, QLatin1String("eval")},
    {Source::Cli, QLatin1String("cli")},
    {Source::Workflow, QLatin1String("workflow")},
}};

constexpr std::array<std::pair<CallStatus, QLatin1String>, 3> kStatuses{{
    {CallStatus::Ok, QLatin1String("ok")},
    {CallStatus::Error, QLatin1String("error")},
    {CallStatus::Cancelled, QLatin1String("cancelled")},
}};

const QDate kEpoch(1970, 1, 1);

} // namespace

QString sourceName(Source source)
{
    for (const auto &[value, name] : kSources) {
        if (value == source)
            return name;
    }
    return {};
}

std::optional<Source> sourceFromName(QStringView name)
{
    for (const auto &[value, text] : kSources) {
        if (name == text)
            return value;
    }
    return std::nullopt;
}

QString statusName(CallStatus status)
{
    for (const auto &[value, name] : kStatuses) {
        if (value == status)
            return name;
    }
    return {};
}

std::optional<CallStatus> statusFromName(QStringView name)
{
    for (const auto &[value, text] : kStatuses) {
        if (name == text)
            return value;
    }
    return std::nullopt;
}

QString formatNanoUsd(qint64 nano)
{
    const bool negative = nano < 0;
    const quint64 magnitude = negative ? quint64(-(nano + 1)) + 1 : quint64(nano);
    const quint64 whole = magnitude / quint64(kNanoPerUsd);
    const quint64 fraction = magnitude % quint64(kNanoPerUsd);
    return (negative ? QStringLiteral("-") : QString()) + QString::number(whole) + QLatin1Char('.')
        + QStringLiteral("%1").arg(fraction, 9, 10, QLatin1Char('0'));
}

qint64 dayOfDate(QDate date)
{
    return kEpoch.daysTo(date);
}

QDate dateOfDay(qint64 day)
{
    return kEpoch.addDays(day);
}

void CallRecord::setError(const protocol::ApiError &error)
{
    status = error.kind == protocol::ApiError::Kind::Cancelled ? CallStatus::Cancelled : CallStatus::Error;
    errorKind = protocol::toString(error.kind);
    httpStatus = error.httpStatus;
}

} // namespace sb::usage
