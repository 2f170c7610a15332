// How the router writes its decisions down: the plan and the attempts as the compact JSON text each
// ledger row's trace holds (written directly, without QJsonObject: this runs for every proxied call),
// and the same read back as an object for the UI and the CLI.
#include "common/jsontype.h"
#include "router/router.h"

#include <QJsonDocument>
#include <QLocale>

#include <cmath>

namespace sb::router {

namespace {

// JSON text pieces for Plan::toJsonText (what QJsonDocument writes for the same values;
// appendJsonString: common/jsontype.h).

void appendJsonStrings(QByteArray &out, const QStringList &list)
{
    out += '[';
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (i > 0)
            out += ',';
        appendJsonString(out, list.at(i));
    }
    out += ']';
}

void appendKey(QByteArray &out, const char *key)
{
    const bool first = out.endsWith('{') || out.endsWith('[');
    out += QByteArrayView(",\"").sliced(first ? 1 : 0);
    out += key;
    out += "\":";
}

void appendNumber(QByteArray &out, double d)
{
    if (std::isfinite(d))
        out += QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
    else
        out += "null";
}

} // namespace

QByteArray Plan::toJsonText() const
{
    QByteArray o;
    o.reserve(160 + 96 * candidates.size());
    o += '{';
    appendKey(o, "requested");
    appendJsonString(o, requested);
    if (!virtualModel.isEmpty()) {
        appendKey(o, "virtualModel");
        appendJsonString(o, virtualModel);
    }
    if (!route.isEmpty()) {
        appendKey(o, "route");
        appendJsonString(o, route);
    }
    if (!rule.isEmpty()) {
        appendKey(o, "rule");
        appendJsonString(o, rule);
    }
    if (taskKnown) {
        appendKey(o, "task");
        appendJsonString(o, taskName(task));
        appendKey(o, "taskGuessed");
        o += taskGuessed ? "true" : "false";
    }
    if (embedding) {
        appendKey(o, "embedding");
        o += "true";
    }
    appendKey(o, "strategy");
    appendJsonString(o, strategyName(strategy));
    appendKey(o, "estimatedInputTokens");
    o += QByteArray::number(estimatedInputTokens);
    if (!needs.isEmpty()) {
        appendKey(o, "needs");
        appendJsonStrings(o, needs);
    }
    appendKey(o, "candidates");
    o += '[';
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        const Candidate &c = candidates.at(i);
        if (i > 0)
            o += ',';
        o += '{';
        appendKey(o, "target");
        appendJsonString(o, c.target.qualified());
        if (!c.skipped.isEmpty()) {
            appendKey(o, "skipped");
            appendJsonString(o, c.skipped);
        }
        if (!c.demoted.isEmpty()) {
            appendKey(o, "demoted");
            appendJsonString(o, c.demoted);
        }
        if (c.estimatedCostUsd >= 0) {
            appendKey(o, "estimatedCostUsd");
            appendNumber(o, c.estimatedCostUsd);
        }
        if (c.ttftMs) {
            appendKey(o, "ttftMs");
            appendNumber(o, std::round(*c.ttftMs));
        }
        o += '}';
    }
    o += ']';
    if (error) {
        appendKey(o, "error");
        appendJsonString(o, error->message);
    }
    o += '}';
    return o;
}

void Dispatch::AttemptNote::appendJsonText(QByteArray &o) const
{
    o += '{';
    appendKey(o, "target");
    appendJsonString(o, target);
    if (!skipped.isEmpty()) {
        appendKey(o, "skipped");
        appendJsonString(o, skipped);
        o += '}';
        return;
    }
    appendKey(o, "attempt");
    o += QByteArray::number(attempt);
    appendKey(o, "latencyMs");
    o += QByteArray::number(latencyMs);
    if (!error.isEmpty()) {
        appendKey(o, "error");
        appendJsonString(o, error);
        appendKey(o, "message");
        appendJsonString(o, message);
        if (httpStatus) {
            appendKey(o, "httpStatus");
            o += QByteArray::number(httpStatus);
        }
    } else {
        appendKey(o, "status");
        o += "\"ok\"";
    }
    if (backoffMs) {
        appendKey(o, "backoffMs");
        o += QByteArray::number(*backoffMs);
    }
    if (!notes.isEmpty()) {
        appendKey(o, "notes");
        appendJsonStrings(o, notes);
    }
    o += '}';
}

QJsonObject Plan::toJson() const
{
    return QJsonDocument::fromJson(toJsonText()).object();
}

} // namespace sb::router
