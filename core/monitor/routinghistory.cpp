#include "monitor/routinghistory.h"

#include "storage/database.h"
#include "storage/sql.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace sb::monitor {

RoutingConfig RoutingConfig::of(const QJsonArray &routes, const QJsonArray &virtualModels)
{
    RoutingConfig r;
    // QJsonObject keeps its keys sorted: the same configuration is the same text
    r.json = QJsonDocument(QJsonObject{{QStringLiteral("routes"), routes}, {QStringLiteral("virtualModels"), virtualModels}})
                 .toJson(QJsonDocument::Compact);
    r.hash = QString::fromLatin1(QCryptographicHash::hash(r.json, QCryptographicHash::Sha256).toHex());
    r.summary = QStringLiteral("%1 route(s), %2 virtual model(s)").arg(routes.size()).arg(virtualModels.size());
    return r;
}

Expected<bool> recordRouting(const Database &database, const RoutingConfig &routing, qint64 atMs)
{
    auto conn = database.connection();
    if (!conn)
        return conn.error();
    // Two records in one millisecond are told apart by insertion order: SQLite's rowid; PostgreSQL has
    // none (the statement failed there, so no routing change was ever recorded), and its ctid follows
    // insertion order in a table nothing deletes from or updates, as this one.
    const QString order = database.dialect() == Database::Dialect::PostgreSql ? QStringLiteral("ctid") : QStringLiteral("rowid");
    auto latest = sql::run(*conn, QStringLiteral("SELECT hash FROM monitor_routing_changes ORDER BY at DESC, %1 DESC LIMIT 1").arg(order), {},
                           QStringLiteral("cannot read the routing history"));
    if (!latest)
        return latest.error();
    if (latest->next() && latest->value(0).toString() == routing.hash)
        return false;
    latest->finish();
    auto added = sql::run(*conn, QStringLiteral("INSERT INTO monitor_routing_changes(at, hash, summary, config) VALUES (?, ?, ?, ?)"),
                          {atMs, routing.hash, routing.summary, QString::fromUtf8(routing.json)}, QStringLiteral("cannot record the routing"));
    if (!added)
        return added.error();
    return true;
}

} // namespace sb::monitor
