#include "routingtrace.h"

#include "format.h"
#include "monitor/service.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>

namespace sb::ui {

namespace {

struct RoutingTrace {
    Q_DECLARE_TR_FUNCTIONS(RoutingTrace)
};

} // namespace

QString demotionText(const QString &reason)
{
    const QList<monitor::SloDemotion> demotions = monitor::sloDemotionsIn(reason);
    if (demotions.isEmpty())
        return reason;
    QStringList texts;
    for (const monitor::SloDemotion &d : demotions)
        texts << RoutingTrace::tr("SLO “%1” burns its error budget %2x over 1 h and %3x over 5 min (fast alert above %4x)")
                     .arg(d.slo, formatNumber(d.burn1h, 1), formatNumber(d.burn5m, 1), formatNumber(d.threshold, 1));
    return texts.join(QStringLiteral("; "));
}

QString readableRoutingTrace(const QJsonObject &trace)
{
    QStringList lines;
    const QString requested = trace.value(QLatin1String("requested")).toString();
    if (!requested.isEmpty())
        lines << RoutingTrace::tr("Asked for: %1").arg(requested);
    if (const QString client = trace.value(QLatin1String("client")).toString(); !client.isEmpty())
        lines << RoutingTrace::tr("Client spoke: %1").arg(client);
    if (const QString vm = trace.value(QLatin1String("virtualModel")).toString(); !vm.isEmpty())
        lines << RoutingTrace::tr("Virtual model: %1").arg(vm);
    if (const QString route = trace.value(QLatin1String("route")).toString(); !route.isEmpty())
        lines << RoutingTrace::tr("Route: %1 (%2)").arg(route, trace.value(QLatin1String("strategy")).toString());
    if (const QString rule = trace.value(QLatin1String("rule")).toString(); !rule.isEmpty())
        lines << RoutingTrace::tr("Chosen by rule: %1").arg(rule);
    if (trace.contains(QLatin1String("task")))
        lines << RoutingTrace::tr("Task: %1%2")
                     .arg(trace.value(QLatin1String("task")).toString(),
                          trace.value(QLatin1String("taskGuessed")).toBool() ? RoutingTrace::tr(" (guessed)") : QString());
    for (const QJsonValue &v : trace.value(QLatin1String("candidates")).toArray()) {
        const QJsonObject c = v.toObject();
        const QString skipped = c.value(QLatin1String("skipped")).toString();
        const QString demoted = c.value(QLatin1String("demoted")).toString();
        const QString target = c.value(QLatin1String("target")).toString();
        lines << (!skipped.isEmpty()       ? RoutingTrace::tr("  skipped %1: %2").arg(target, skipped)
                      : !demoted.isEmpty() ? RoutingTrace::tr("  candidate %1, demoted: %2").arg(target, demotionText(demoted))
                                           : RoutingTrace::tr("  candidate %1").arg(target));
    }
    // the attempts in order, each with its error, HTTP status and time, and the wait before the next
    const QJsonArray attempts = trace.value(QLatin1String("attempts")).toArray();
    if (!attempts.isEmpty())
        lines << RoutingTrace::tr("Attempts:");
    for (const QJsonValue &v : attempts) {
        const QJsonObject a = v.toObject();
        const QString error = a.value(QLatin1String("error")).toString();
        const int http = a.value(QLatin1String("httpStatus")).toInt();
        QString line = error.isEmpty()
            ? RoutingTrace::tr("  %1. %2: answered in %3 ms")
                  .arg(a.value(QLatin1String("attempt")).toInt())
                  .arg(a.value(QLatin1String("target")).toString())
                  .arg(a.value(QLatin1String("latencyMs")).toInteger())
            : RoutingTrace::tr("  %1. %2: failed after %3 ms, %4%5: %6")
                  .arg(a.value(QLatin1String("attempt")).toInt())
                  .arg(a.value(QLatin1String("target")).toString())
                  .arg(a.value(QLatin1String("latencyMs")).toInteger())
                  .arg(error, http ? QStringLiteral(" (HTTP %1)").arg(http) : QString(), a.value(QLatin1String("message")).toString());
        if (a.contains(QLatin1String("backoffMs")))
            line += RoutingTrace::tr("; waited %1 ms before the next").arg(a.value(QLatin1String("backoffMs")).toInteger());
        // what the request needed changing for this upstream (schema keywords rewritten or left out)
        for (const QJsonValue &n : a.value(QLatin1String("notes")).toArray())
            line += RoutingTrace::tr("\n      changed for this upstream: %1").arg(n.toString());
        lines << line;
    }
    // the dispatch's own trace names the target that answered; the ledger's rows have the attempts
    QString chosen = trace.value(QLatin1String("chosen")).toString();
    for (const QJsonValue &v : trace.value(QLatin1String("attempts")).toArray()) {
        if (chosen.isEmpty() && v.toObject().value(QLatin1String("status")).toString() == QLatin1String("ok"))
            chosen = v.toObject().value(QLatin1String("target")).toString();
    }
    if (!chosen.isEmpty())
        lines << RoutingTrace::tr("Answered by: %1").arg(chosen);
    return lines.join(QLatin1Char('\n'));
}

} // namespace sb::ui
