#include "monitor/alerts.h"

#include "storage/database.h"
#include "storage/sql.h"

#include <QDateTime>
#include <QJsonDocument>

namespace sb::monitor {

namespace {

const QString kColumns = QStringLiteral("id, origin, rule, name, kind, scope, state, started_at, resolved_at, message, details, muted");

Alert readAlert(const QSqlQuery &q)
{
    Alert a;
    a.id = q.value(0).toLongLong();
    a.origin = q.value(1).toString();
    a.rule = q.value(2).toString();
    a.name = q.value(3).toString();
    a.kind = q.value(4).toString();
    a.scope = q.value(5).toString();
    a.state = q.value(6).toString() == QLatin1String("resolved") ? Alert::State::Resolved : Alert::State::Firing;
    a.startedAt = q.value(7).toLongLong();
    if (!q.value(8).isNull())
        a.resolvedAt = q.value(8).toLongLong();
    a.message = q.value(9).toString();
    a.details = QJsonDocument::fromJson(q.value(10).toString().toUtf8()).object();
    a.muted = q.value(11).toInt() != 0;
    return a;
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QVariant optionalValue(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

QString stateName(Alert::State state)
{
    return state == Alert::State::Firing ? QStringLiteral("firing") : QStringLiteral("resolved");
}

QJsonObject Alert::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("origin"), origin},
                  {QStringLiteral("rule"), rule},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("kind"), kind},
                  {QStringLiteral("scope"), scope},
                  {QStringLiteral("state"), stateName(state)},
                  {QStringLiteral("startedAt"), isoTime(startedAt)},
                  {QStringLiteral("message"), message},
                  {QStringLiteral("details"), details}};
    if (resolvedAt)
        o.insert(QStringLiteral("resolvedAt"), isoTime(*resolvedAt));
    return o;
}

AlertStore::AlertStore(std::shared_ptr<Database> database, QString origin)
    : m_database(std::move(database))
    , m_origin(std::move(origin))
{
}

Expected<QHash<QString, RuleState>> AlertStore::ruleStates() const
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    auto q = sql::run(*conn, QStringLiteral("SELECT rule, open_alert, last_resolved_at, muted_until FROM monitor_alert_rules WHERE origin = ?"),
                      {m_origin}, QStringLiteral("cannot read the alert rules"));
    if (!q)
        return q.error();
    QHash<QString, RuleState> out;
    while (q->next()) {
        RuleState s;
        if (!q->value(1).isNull())
            s.openAlert = q->value(1).toLongLong();
        if (!q->value(2).isNull())
            s.lastResolvedAt = q->value(2).toLongLong();
        if (!q->value(3).isNull())
            s.mutedUntil = q->value(3).toLongLong();
        out.insert(q->value(0).toString(), s);
    }
    return out;
}

Expected<Alert> AlertStore::raise(Alert alert)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    alert.origin = m_origin;
    alert.state = Alert::State::Firing;
    alert.resolvedAt.reset();
    if (!conn->transaction())
        return Error::make(Error::Kind::Database, QStringLiteral("cannot record the alert: no transaction"));
    const auto failed = [&conn](const Error &e) {
        conn->rollback();
        return e;
    };
    auto inserted = sql::run(*conn,
                             QStringLiteral("INSERT INTO monitor_alerts(origin, rule, name, kind, scope, state, started_at, message, details, muted) "
                                            "VALUES (?, ?, ?, ?, ?, 'firing', ?, ?, ?, ?)"),
                             {m_origin, alert.rule, alert.name, alert.kind, alert.scope, alert.startedAt, alert.message,
                              QString::fromUtf8(QJsonDocument(alert.details).toJson(QJsonDocument::Compact)), alert.muted ? 1 : 0},
                             QStringLiteral("cannot record the alert"));
    if (!inserted)
        return failed(inserted.error());
    alert.id = inserted->lastInsertId().toLongLong();
    inserted->finish();
    auto opened = sql::run(*conn,
                           QStringLiteral("INSERT INTO monitor_alert_rules(origin, rule, open_alert) VALUES (?, ?, ?) "
                                          "ON CONFLICT(origin, rule) DO UPDATE SET open_alert = excluded.open_alert"),
                           {m_origin, alert.rule, alert.id}, QStringLiteral("cannot open the alert"));
    if (!opened)
        return failed(opened.error());
    opened->finish();
    // the history is bounded: the oldest resolved alerts of this origin go
    auto pruned = sql::run(*conn,
                           QStringLiteral("DELETE FROM monitor_alerts WHERE origin = ? AND state = 'resolved' AND id <= "
                                          "(SELECT id FROM monitor_alerts WHERE origin = ? ORDER BY id DESC LIMIT 1 OFFSET ?)"),
                           {m_origin, m_origin, kKeptAlerts}, QStringLiteral("cannot prune the alert history"));
    if (!pruned)
        return failed(pruned.error());
    pruned->finish();
    if (!conn->commit())
        return failed(Error::make(Error::Kind::Database, QStringLiteral("cannot record the alert: the commit failed")));
    return alert;
}

Expected<Alert> AlertStore::resolve(qint64 alertId, qint64 atMs, const QString &message, const QJsonObject &details)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    auto updated = sql::run(*conn,
                            QStringLiteral("UPDATE monitor_alerts SET state = 'resolved', resolved_at = ?, message = ?, details = ? WHERE id = ?"),
                            {atMs, message, QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)), alertId},
                            QStringLiteral("cannot resolve the alert"));
    if (!updated)
        return updated.error();
    updated->finish();
    auto closed = sql::run(
        *conn, QStringLiteral("UPDATE monitor_alert_rules SET open_alert = NULL, last_resolved_at = ? WHERE origin = ? AND open_alert = ?"),
        {atMs, m_origin, alertId}, QStringLiteral("cannot close the alert"));
    if (!closed)
        return closed.error();
    closed->finish();
    auto got = alert(alertId);
    if (!got)
        return got.error();
    if (!*got)
        return Error::make(Error::Kind::NotFound, QStringLiteral("alert %1 is gone").arg(alertId));
    return **got;
}

Expected<void> AlertStore::markNotified(qint64 alertId)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    auto q = sql::run(*conn, QStringLiteral("UPDATE monitor_alerts SET muted = 0 WHERE id = ?"), {alertId},
                      QStringLiteral("cannot update the alert"));
    if (!q)
        return q.error();
    return {};
}

Expected<void> AlertStore::mute(const QString &rule, std::optional<qint64> untilMs)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    auto q = sql::run(*conn,
                      QStringLiteral("INSERT INTO monitor_alert_rules(origin, rule, muted_until) VALUES (?, ?, ?) "
                                     "ON CONFLICT(origin, rule) DO UPDATE SET muted_until = excluded.muted_until"),
                      {m_origin, rule, optionalValue(untilMs)}, QStringLiteral("cannot mute the rule"));
    if (!q)
        return q.error();
    return {};
}

Expected<QList<Alert>> AlertStore::history(int limit, bool firingOnly) const
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QString where = QStringLiteral("1 = 1"); // (PostgreSQL takes no bare 1 for true)
    QVariantList binds;
    if (!m_origin.isEmpty()) {
        where += QStringLiteral(" AND origin = ?");
        binds << m_origin;
    }
    if (firingOnly)
        where += QStringLiteral(" AND state = 'firing'");
    binds << std::max(1, limit);
    auto q = sql::run(*conn, QStringLiteral("SELECT %1 FROM monitor_alerts WHERE %2 ORDER BY started_at DESC, id DESC LIMIT ?").arg(kColumns, where),
                      binds, QStringLiteral("cannot read the alerts"));
    if (!q)
        return q.error();
    QList<Alert> out;
    while (q->next())
        out.append(readAlert(*q));
    return out;
}

Expected<std::optional<Alert>> AlertStore::alert(qint64 id) const
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    auto q = sql::run(*conn, QStringLiteral("SELECT %1 FROM monitor_alerts WHERE id = ?").arg(kColumns), {id},
                      QStringLiteral("cannot read the alert"));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Alert>();
    return std::optional<Alert>(readAlert(*q));
}

} // namespace sb::monitor
