#include "workflow/versionstore.h"

#include "storage/database.h"
#include "storage/sql.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>

namespace sb::workflow {

namespace {

// QJsonObject keeps its keys sorted: equal definitions give equal text.
QByteArray canonical(const QJsonObject &definition)
{
    return QJsonDocument(definition).toJson(QJsonDocument::Compact);
}

QString digestOf(const QByteArray &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
}

Version readVersion(const QSqlQuery &q, bool withDefinition)
{
    Version v;
    v.workflow = q.value(0).toString();
    v.number = q.value(1).toInt();
    v.savedBy = q.value(2).toString();
    v.note = q.value(3).toString();
    v.savedAtMs = q.value(4).toLongLong();
    if (withDefinition)
        v.definition = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
    return v;
}

const QLatin1String kColumns("workflow, version, saved_by, note, saved_at");

} // namespace

VersionStore::VersionStore(std::shared_ptr<Database> database, std::function<qint64()> nowMs)
    : m_database(std::move(database))
    , m_nowMs(std::move(nowMs))
{
    if (!m_nowMs)
        m_nowMs = [] { return QDateTime::currentMSecsSinceEpoch(); };
}

Expected<VersionStore::Saved> VersionStore::save(const QJsonObject &definition, const QString &savedBy, const QString &note)
{
    const QString name = definition.value(QLatin1String("name")).toString();
    if (name.isEmpty())
        return Error::make(Error::Kind::Validation, QStringLiteral("a workflow without a name cannot be saved: give it one"));
    auto db = m_database->connection();
    if (!db)
        return db.error();
    const QByteArray text = canonical(definition);
    const QString digest = digestOf(text);
    if (!db->transaction())
        return Error::make(Error::Kind::Database, QStringLiteral("Cannot save the workflow's version: no transaction"));
    auto fail = [&](const Error &e) {
        db->rollback();
        return e;
    };
    auto newest = sql::run(*db,
                           QStringLiteral("SELECT %1, digest FROM workflow_versions WHERE workflow = ? ORDER BY version DESC LIMIT 1").arg(kColumns),
                           {name}, QStringLiteral("Cannot read the workflow's versions"));
    if (!newest)
        return fail(newest.error());
    int number = 1;
    if (newest->next()) {
        if (newest->value(5).toString() == digest) {
            Saved same{readVersion(*newest, false), false};
            same.version.definition = definition;
            newest->finish();
            db->rollback();
            return same;
        }
        number = newest->value(1).toInt() + 1;
    }
    newest->finish();
    Version v;
    v.workflow = name;
    v.number = number;
    v.definition = definition;
    v.savedBy = savedBy;
    v.note = note;
    v.savedAtMs = m_nowMs();
    auto insert = sql::run(*db,
                           QStringLiteral("INSERT INTO workflow_versions(workflow, version, definition, digest, note, saved_by, saved_at) "
                                          "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                           {name, number, QString::fromUtf8(text), digest, sql::nonNull(note), sql::nonNull(savedBy), v.savedAtMs},
                           QStringLiteral("Cannot save the workflow's version"));
    if (!insert)
        return fail(insert.error());
    if (!db->commit())
        return fail(Error::make(Error::Kind::Database, QStringLiteral("Cannot save the workflow's version: the commit failed")));
    return Saved{v, true};
}

Expected<QList<Version>> VersionStore::versions(const QString &workflow) const
{
    auto db = m_database->connection();
    if (!db)
        return db.error();
    auto q = sql::run(*db, QStringLiteral("SELECT %1 FROM workflow_versions WHERE workflow = ? ORDER BY version DESC").arg(kColumns), {workflow},
                      QStringLiteral("Cannot list the workflow's versions"));
    if (!q)
        return q.error();
    QList<Version> out;
    while (q->next())
        out << readVersion(*q, false);
    return out;
}

Expected<Version> VersionStore::version(const QString &workflow, int number) const
{
    auto db = m_database->connection();
    if (!db)
        return db.error();
    auto q = sql::run(*db, QStringLiteral("SELECT %1, definition FROM workflow_versions WHERE workflow = ? AND version = ?").arg(kColumns),
                      {workflow, number}, QStringLiteral("Cannot read the workflow's version"));
    if (!q)
        return q.error();
    if (q->next())
        return readVersion(*q, true);
    q->finish();
    auto newest = latest(workflow);
    if (!newest)
        return newest.error();
    if (!*newest)
        return Error::make(Error::Kind::NotFound, QStringLiteral("the workflow \"%1\" has no saved versions").arg(workflow));
    return Error::make(Error::Kind::NotFound,
                       QStringLiteral("the workflow \"%1\" has no version %2 (it has 1 to %3)").arg(workflow).arg(number).arg((*newest)->number));
}

Expected<std::optional<Version>> VersionStore::latest(const QString &workflow) const
{
    auto db = m_database->connection();
    if (!db)
        return db.error();
    auto q = sql::run(*db,
                      QStringLiteral("SELECT %1, definition FROM workflow_versions WHERE workflow = ? ORDER BY version DESC LIMIT 1").arg(kColumns),
                      {workflow}, QStringLiteral("Cannot read the workflow's versions"));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Version>();
    return std::optional<Version>(readVersion(*q, true));
}

Expected<void> VersionStore::keepFound(const std::optional<QJsonObject> &definition)
{
    if (!definition)
        return {};
    auto saved = save(*definition, QStringLiteral("workspace"), QStringLiteral("as found in the workspace file"));
    if (!saved)
        return saved.error();
    return {};
}

Expected<VersionStore::Saved> VersionStore::restore(const QString &workflow, int number, const QString &savedBy)
{
    auto v = version(workflow, number);
    if (!v)
        return v.error();
    QJsonObject definition = v->definition;
    definition.insert(QStringLiteral("name"), workflow);
    return save(definition, savedBy, QStringLiteral("restored version %1").arg(number));
}

Expected<DefinitionDiff> VersionStore::diff(const QString &workflow, int from, int to) const
{
    auto a = version(workflow, from);
    if (!a)
        return a.error();
    auto b = version(workflow, to);
    if (!b)
        return b.error();
    return diffDefinitions(a->definition, b->definition);
}

} // namespace sb::workflow
