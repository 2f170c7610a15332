#include "chat/conversationstore.h"

#include "common/logging.h"
#include "common/throughput.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace sb::chat {

using protocol::ContentPart;
using protocol::Message;
using protocol::Role;

namespace {

QString roleName(Role r)
{
    switch (r) {
    case Role::System: return QStringLiteral("system");
    case Role::User: return QStringLiteral("user");
    case Role::Assistant: return QStringLiteral("assistant");
    case Role::Tool: return QStringLiteral("tool");
    }
    return QStringLiteral("user");
}

std::optional<Role> roleFrom(const QString &s)
{
    if (s == QLatin1String("system"))
        return Role::System;
    if (s == QLatin1String("user"))
        return Role::User;
    if (s == QLatin1String("assistant"))
        return Role::Assistant;
    if (s == QLatin1String("tool"))
        return Role::Tool;
    return std::nullopt;
}

QString statusName(MessageStats::Status s)
{
    switch (s) {
    case MessageStats::Status::Ok: return QStringLiteral("ok");
    case MessageStats::Status::Stopped: return QStringLiteral("stopped");
    case MessageStats::Status::Error: return QStringLiteral("error");
    }
    return QStringLiteral("ok");
}

MessageStats::Status statusFrom(const QString &s)
{
    if (s == QLatin1String("stopped"))
        return MessageStats::Status::Stopped;
    if (s == QLatin1String("error"))
        return MessageStats::Status::Error;
    return MessageStats::Status::Ok;
}

QString partType(ContentPart::Type t)
{
    switch (t) {
    case ContentPart::Type::Text: return QStringLiteral("text");
    case ContentPart::Type::Image: return QStringLiteral("image");
    case ContentPart::Type::Document: return QStringLiteral("document");
    case ContentPart::Type::Reasoning: return QStringLiteral("reasoning");
    }
    return QStringLiteral("text");
}

// Binds the message columns shared by INSERT and UPDATE, in this order: body, text, provider, model,
// request_id, input_tokens, output_tokens, cost_nusd, ttft_ms, latency_ms, status, error, attempts.
void bindMessage(QSqlQuery &q, const Message &message, const MessageStats &stats)
{
    const QVariant nullInt(QMetaType(QMetaType::LongLong));
    QJsonObject body = messageToJson(message);
    if (const QJsonObject sources = knowledge::contextToJson(stats.knowledge); !sources.isEmpty())
        body.insert(QStringLiteral("knowledge"), sources);
    q.addBindValue(QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)));
    q.addBindValue(sql::nonNull(message.text()));
    q.addBindValue(sql::nonNull(stats.provider));
    q.addBindValue(sql::nonNull(stats.model));
    q.addBindValue(sql::nonNull(stats.requestId));
    q.addBindValue(stats.inputTokens);
    q.addBindValue(stats.outputTokens);
    q.addBindValue(stats.costKnown ? qint64(std::llround(stats.costUsd * 1e9)) : qint64(-1));
    q.addBindValue(stats.ttftMs ? QVariant(*stats.ttftMs) : nullInt);
    q.addBindValue(stats.latencyMs ? QVariant(*stats.latencyMs) : nullInt);
    q.addBindValue(statusName(stats.status));
    q.addBindValue(sql::nonNull(stats.error));
    q.addBindValue(std::max(1, stats.attempts));
}

QStringList tagsFrom(const QString &json)
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        out << v.toString();
    return out;
}

QString untitledTitle(const QString &text)
{
    QString t = text.simplified();
    if (t.size() > 60) {
        t.truncate(60);
        const qsizetype space = t.lastIndexOf(QLatin1Char(' '));
        if (space > 30)
            t.truncate(space);
        t += QStringLiteral("…");
    }
    return t;
}

// "rust borrow" -> "\"rust\"* \"borrow\"*": every word, as a prefix, quoted so that FTS syntax in the
// search box is taken literally.
QString ftsQuery(const QString &search)
{
    QStringList terms;
    const QStringList words = search.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (QString w : words) {
        w.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        terms << QStringLiteral("\"%1\"*").arg(w);
    }
    return terms.join(QLatin1Char(' '));
}

} // namespace

std::optional<double> MessageStats::tokensPerSecond() const
{
    return sb::tokensPerSecond(outputTokens, latencyMs, ttftMs);
}

QJsonObject messageToJson(const Message &m)
{
    QJsonObject o;
    o.insert(QStringLiteral("role"), roleName(m.role));
    QJsonArray parts;
    for (const ContentPart &p : m.content) {
        QJsonObject po;
        po.insert(QStringLiteral("type"), partType(p.type));
        auto put = [&po](const char *k, const QString &v) {
            if (!v.isEmpty())
                po.insert(QLatin1String(k), v);
        };
        put("text", p.text);
        put("url", p.url);
        put("data", QString::fromLatin1(p.data));
        put("mediaType", p.mediaType);
        put("title", p.title);
        put("signature", p.signature);
        put("id", p.id);
        if (p.redacted)
            po.insert(QStringLiteral("redacted"), true);
        parts.append(po);
    }
    o.insert(QStringLiteral("content"), parts);
    if (!m.toolCalls.isEmpty()) {
        QJsonArray calls;
        for (const protocol::ToolCall &c : m.toolCalls) {
            QJsonObject co{{QStringLiteral("id"), c.id}, {QStringLiteral("name"), c.name}, {QStringLiteral("arguments"), c.arguments}};
            if (!c.signature.isEmpty())
                co.insert(QStringLiteral("signature"), c.signature);
            calls.append(co);
        }
        o.insert(QStringLiteral("toolCalls"), calls);
    }
    if (!m.toolCallId.isEmpty())
        o.insert(QStringLiteral("toolCallId"), m.toolCallId);
    if (!m.name.isEmpty())
        o.insert(QStringLiteral("name"), m.name);
    if (m.isError)
        o.insert(QStringLiteral("isError"), true);
    return o;
}

Expected<Message> messageFromJson(const QJsonObject &o)
{
    Message m;
    const auto role = roleFrom(o.value(QLatin1String("role")).toString());
    if (!role)
        return Error::make(Error::Kind::Parse, QStringLiteral("a stored message has no valid role"));
    m.role = *role;
    for (const QJsonValue &v : o.value(QLatin1String("content")).toArray()) {
        const QJsonObject po = v.toObject();
        ContentPart p;
        const QString type = po.value(QLatin1String("type")).toString();
        if (type == QLatin1String("image"))
            p.type = ContentPart::Type::Image;
        else if (type == QLatin1String("document"))
            p.type = ContentPart::Type::Document;
        else if (type == QLatin1String("reasoning"))
            p.type = ContentPart::Type::Reasoning;
        else if (type == QLatin1String("text"))
            p.type = ContentPart::Type::Text;
        else
            return Error::make(Error::Kind::Parse, QStringLiteral("a stored message has a part of unknown type \"%1\"").arg(type));
        p.text = po.value(QLatin1String("text")).toString();
        p.url = po.value(QLatin1String("url")).toString();
        p.data = po.value(QLatin1String("data")).toString().toLatin1();
        p.mediaType = po.value(QLatin1String("mediaType")).toString();
        p.title = po.value(QLatin1String("title")).toString();
        p.signature = po.value(QLatin1String("signature")).toString();
        p.id = po.value(QLatin1String("id")).toString();
        p.redacted = po.value(QLatin1String("redacted")).toBool();
        m.content << p;
    }
    for (const QJsonValue &v : o.value(QLatin1String("toolCalls")).toArray()) {
        const QJsonObject co = v.toObject();
        m.toolCalls << protocol::ToolCall{co.value(QLatin1String("id")).toString(),
                                          co.value(QLatin1String("name")).toString(),
                                          co.value(QLatin1String("arguments")).toString(),
                                          co.value(QLatin1String("signature")).toString(),
                                          {}};
    }
    m.toolCallId = o.value(QLatin1String("toolCallId")).toString();
    m.name = o.value(QLatin1String("name")).toString();
    m.isError = o.value(QLatin1String("isError")).toBool();
    return m;
}

ConversationStore::ConversationStore(std::shared_ptr<Database> database, std::function<qint64()> clockMs)
    : m_database(std::move(database))
    , m_clock(clockMs ? std::move(clockMs) : std::function<qint64()>([] { return QDateTime::currentMSecsSinceEpoch(); }))
{
}

Expected<qint64> ConversationStore::create(const QString &title, const QString &model, const QString &systemPrompt, const QJsonObject &params)
{
    auto db = m_database->connection();
    if (!db)
        return db.error();
    QSqlQuery q(*db);
    q.prepare(QStringLiteral("INSERT INTO conversations(title, model, system_prompt, params, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"));
    const qint64 now = m_clock();
    q.addBindValue(sql::nonNull(title.trimmed()));
    q.addBindValue(sql::nonNull(model));
    q.addBindValue(sql::nonNull(systemPrompt));
    q.addBindValue(QString::fromUtf8(QJsonDocument(params).toJson(QJsonDocument::Compact)));
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec())
        return sql::failure(q, QStringLiteral("cannot create a conversation"));
    return q.lastInsertId().toLongLong();
}

Expected<Conversation> ConversationStore::conversation(qint64 id) const
{
    auto db = m_database->connection();
    if (!db)
        return db.error();
    QSqlQuery q(*db);
    q.prepare(QStringLiteral("SELECT id, title, folder, tags, model, system_prompt, params, created_at, updated_at, deleted_at, "
                             "coalesce(current_leaf, 0) FROM conversations WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sql::failure(q, QStringLiteral("cannot read conversation %1").arg(id));
    if (!q.next())
        return Error::make(Error::Kind::NotFound, QStringLiteral("no conversation %1").arg(id));
    Conversation c;
    c.id = q.value(0).toLongLong();
    c.title = q.value(1).toString();
    c.folder = q.value(2).toString();
    c.tags = tagsFrom(q.value(3).toString());
    c.model = q.value(4).toString();
    c.systemPrompt = q.value(5).toString();
    c.params = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
    c.createdAt = q.value(7).toLongLong();
    c.updatedAt = q.value(8).toLongLong();
    if (!q.value(9).isNull())
        c.deletedAt = q.value(9).toLongLong();
    c.currentLeaf = q.value(10).toLongLong();
    return c;
}

namespace {
Expected<void> execUpdate(Database &database, const QString &statement, QVariantList values, qint64 id, const QString &what)
{
    auto db = database.connection();
    if (!db)
        return db.error();
    values.append(id);
    auto q = sql::run(*db, statement, values, what);
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return Error::make(Error::Kind::NotFound, QStringLiteral("no conversation %1").arg(id));
    return {};
}
} // namespace

Expected<void> ConversationStore::rename(qint64 id, const QString &title)
{
    return execUpdate(*m_database, QStringLiteral("UPDATE conversations SET title = ?, updated_at = ? WHERE id = ?"),
                      {sql::nonNull(title.trimmed()), m_clock()}, id, QStringLiteral("cannot rename"));
}

Expected<void> ConversationStore::setFolder(qint64 id, const QString &folder)
{
    return execUpdate(*m_database, QStringLiteral("UPDATE conversations SET folder = ? WHERE id = ?"), {sql::nonNull(folder.trimmed())}, id,
                      QStringLiteral("cannot move to the folder"));
}

Expected<void> ConversationStore::setTags(qint64 id, const QStringList &tags)
{
    QStringList clean;
    for (const QString &t : tags) {
        const QString s = t.trimmed();
        if (!s.isEmpty() && !clean.contains(s))
            clean << s;
    }
    return execUpdate(*m_database, QStringLiteral("UPDATE conversations SET tags = ? WHERE id = ?"),
                      {QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(clean)).toJson(QJsonDocument::Compact))}, id,
                      QStringLiteral("cannot tag"));
}

Expected<void> ConversationStore::setSettings(qint64 id, const QString &model, const QString &systemPrompt, const QJsonObject &params)
{
    return execUpdate(*m_database, QStringLiteral("UPDATE conversations SET model = ?, system_prompt = ?, params = ? WHERE id = ?"),
                      {sql::nonNull(model), sql::nonNull(systemPrompt), QString::fromUtf8(QJsonDocument(params).toJson(QJsonDocument::Compact))}, id,
                      QStringLiteral("cannot save the settings"));
}

Expected<void> ConversationStore::remove(qint64 id)
{
    return execUpdate(*m_database, QStringLiteral("UPDATE conversations SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL"), {m_clock()}, id,
                      QStringLiteral("cannot delete"));
}

Expected<void> ConversationStore::restore(qint64 id)
{
    return execUpdate(*m_database, QStringLiteral("UPDATE conversations SET deleted_at = NULL WHERE id = ?"), {}, id,
                      QStringLiteral("cannot restore"));
}

Expected<int> ConversationStore::purgeDeleted(qint64 deletedBeforeMs)
{
    auto db = m_database->connection();
    if (!db)
        return db.error();
    auto q = sql::run(*db, QStringLiteral("DELETE FROM conversations WHERE deleted_at IS NOT NULL AND deleted_at < ?"), {deletedBeforeMs},
                      QStringLiteral("cannot purge"));
    if (!q)
        return q.error();
    const int purged = q->numRowsAffected();
    if (purged > 0)
        qCInfo(lcChat) << "purged" << purged << "deleted conversations";
    return purged;
}

Expected<int> ConversationStore::removeOlderThan(int days)
{
    if (days <= 0)
        return 0;
    auto db = m_database->connection();
    if (!db)
        return db.error();
    const qint64 before = m_clock() - qint64(days) * 24 * 3600 * 1000;
    auto q = sql::run(*db, QStringLiteral("DELETE FROM conversations WHERE updated_at < ?"), {before},
                      QStringLiteral("cannot delete old conversations"));
    if (!q)
        return q.error();
    const int removed = q->numRowsAffected();
    if (removed > 0)
        qCInfo(lcChat) << "history retention of" << days << "days removed" << removed << "conversations";
    return removed;
}

Expected<QList<ConversationSummary>> ConversationStore::list(const QString &search, const QString &folder, const QString &tag, bool deleted) const
{
    auto db = m_database->connection();
    if (!db)
        return db.error();
    const QString fts = ftsQuery(search);
    QVariantList binds;
    QString sql;
    if (!fts.isEmpty()) {
        // snippet() only works in the full-text query itself: materialize the hits, then keep the best per conversation
        sql = QStringLiteral("WITH hits AS MATERIALIZED (SELECT conversation_id AS cid, snippet(conversation_search, 2, '', '', '…', 12) AS snip, "
                             "rank FROM conversation_search WHERE conversation_search MATCH ?), "
                             "best AS (SELECT cid, snip, min(rank) FROM hits GROUP BY cid) ");
        binds << fts;
    }
    sql += QStringLiteral("SELECT c.id, c.title, c.folder, c.tags, c.model, c.updated_at, "
                          "(SELECT count(*) FROM messages m WHERE m.conversation_id = c.id), %1 FROM conversations c %2 "
                          "WHERE c.deleted_at IS %3 NULL")
               .arg(fts.isEmpty() ? QStringLiteral("''") : QStringLiteral("best.snip"),
                    fts.isEmpty() ? QString() : QStringLiteral("JOIN best ON best.cid = c.id"), deleted ? QStringLiteral("NOT") : QString());
    if (!folder.isEmpty()) {
        sql += QStringLiteral(" AND c.folder = ?");
        binds << folder;
    }
    if (!tag.isEmpty()) {
        sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM json_each(c.tags) WHERE json_each.value = ?)");
        binds << tag;
    }
    sql += QStringLiteral(" ORDER BY c.updated_at DESC, c.id DESC LIMIT 1000");
    QSqlQuery q(*db);
    q.prepare(sql);
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec())
        return sql::failure(q, QStringLiteral("cannot list conversations"));
    QList<ConversationSummary> out;
    while (q.next()) {
        ConversationSummary s;
        s.id = q.value(0).toLongLong();
        s.title = q.value(1).toString();
        s.folder = q.value(2).toString();
        s.tags = tagsFrom(q.value(3).toString());
        s.model = q.value(4).toString();
        s.updatedAt = q.value(5).toLongLong();
        s.messages = q.value(6).toInt();
        s.snippet = q.value(7).toString();
        out << s;
    }
    return out;
}

namespace {
// The first column of every row of a query.
Expected<QStringList> stringColumn(Database &database, const QString &sql, const QString &what)
{
    auto db = database.connection();
    if (!db)
        return db.error();
    QSqlQuery q(*db);
    if (!q.exec(sql))
        return sql::failure(q, what);
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}
} // namespace

Expected<QStringList> ConversationStore::folders() const
{
    return stringColumn(*m_database,
                        QStringLiteral("SELECT DISTINCT folder FROM conversations WHERE folder <> '' AND deleted_at IS NULL ORDER BY folder"),
                        QStringLiteral("cannot list folders"));
}

Expected<QStringList> ConversationStore::tags() const
{
    return stringColumn(
        *m_database, QStringLiteral("SELECT DISTINCT j.value FROM conversations c, json_each(c.tags) j WHERE c.deleted_at IS NULL ORDER BY j.value"),
        QStringLiteral("cannot list tags"));
}

Expected<void> ConversationStore::touch(qint64 id)
{
    return execUpdate(*m_database, QStringLiteral("UPDATE conversations SET updated_at = ? WHERE id = ?"), {m_clock()}, id,
                      QStringLiteral("cannot update the conversation"));
}

Expected<qint64> ConversationStore::append(qint64 conversationId, qint64 parentId, const Message &message, const MessageStats &stats)
{
    auto db = m_database->connection();
    if (!db)
        return db.error();
    auto conv = conversation(conversationId);
    if (!conv)
        return conv.error();
    if (!db->transaction())
        return Error::make(Error::Kind::Database, db->lastError().text());
    QSqlQuery q(*db);
    q.prepare(QStringLiteral(
        "INSERT INTO messages(conversation_id, parent_id, role, created_at, body, text, provider, model, request_id, input_tokens, "
        "output_tokens, cost_nusd, ttft_ms, latency_ms, status, error, attempts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(conversationId);
    q.addBindValue(parentId > 0 ? QVariant(parentId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(roleName(message.role));
    q.addBindValue(m_clock());
    bindMessage(q, message, stats);
    if (!q.exec()) {
        const Error e = sql::failure(q, QStringLiteral("cannot store the message"));
        db->rollback();
        return e;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    QSqlQuery u(*db);
    // the title comes from what was typed: the first text part (later ones hold inlined files)
    QString typed;
    for (const ContentPart &p : message.content) {
        if (p.type == ContentPart::Type::Text && !p.text.trimmed().isEmpty()) {
            typed = p.text;
            break;
        }
    }
    const bool retitle = conv->title.isEmpty() && message.role == Role::User && !typed.trimmed().isEmpty();
    u.prepare(retitle ? QStringLiteral("UPDATE conversations SET current_leaf = ?, updated_at = ?, title = ? WHERE id = ?")
                      : QStringLiteral("UPDATE conversations SET current_leaf = ?, updated_at = ? WHERE id = ?"));
    u.addBindValue(id);
    u.addBindValue(m_clock());
    if (retitle)
        u.addBindValue(untitledTitle(typed));
    u.addBindValue(conversationId);
    if (!u.exec() || !db->commit()) {
        const Error e = sql::failure(u, QStringLiteral("cannot store the message"));
        db->rollback();
        return e;
    }
    return id;
}

Expected<void> ConversationStore::update(qint64 messageId, const Message &message, const MessageStats &stats)
{
    auto db = m_database->connection();
    if (!db)
        return db.error();
    QSqlQuery q(*db);
    q.prepare(QStringLiteral("UPDATE messages SET body = ?, text = ?, provider = ?, model = ?, request_id = ?, input_tokens = ?, output_tokens = ?, "
                             "cost_nusd = ?, ttft_ms = ?, latency_ms = ?, status = ?, error = ?, attempts = ? WHERE id = ?"));
    bindMessage(q, message, stats);
    q.addBindValue(messageId);
    if (!q.exec())
        return sql::failure(q, QStringLiteral("cannot update the message"));
    if (q.numRowsAffected() == 0)
        return Error::make(Error::Kind::NotFound, QStringLiteral("no message %1").arg(messageId));
    return {};
}

Expected<QList<StoredMessage>> ConversationStore::thread(qint64 conversationId) const
{
    auto conv = conversation(conversationId);
    if (!conv)
        return conv.error();
    auto db = m_database->connection();
    if (!db)
        return db.error();
    // the branch: from the leaf up through the parents, in one recursive query
    QSqlQuery q(*db);
    q.prepare(QStringLiteral(
        "WITH RECURSIVE branch(id, depth) AS (SELECT ?, 0 UNION ALL SELECT m.parent_id, b.depth + 1 FROM messages m JOIN branch b ON m.id = b.id "
        "WHERE m.parent_id IS NOT NULL) "
        "SELECT m.id, coalesce(m.parent_id, 0), m.body, m.created_at, m.provider, m.model, m.request_id, m.input_tokens, m.output_tokens, "
        "m.cost_nusd, m.ttft_ms, m.latency_ms, m.status, m.error, m.attempts, "
        "(SELECT count(*) FROM messages s WHERE s.conversation_id = m.conversation_id AND s.parent_id IS m.parent_id), "
        "(SELECT count(*) FROM messages s WHERE s.conversation_id = m.conversation_id AND s.parent_id IS m.parent_id AND s.id < m.id) "
        "FROM branch b JOIN messages m ON m.id = b.id ORDER BY b.depth DESC"));
    q.addBindValue(conv->currentLeaf);
    if (!q.exec())
        return sql::failure(q, QStringLiteral("cannot read the conversation"));
    QList<StoredMessage> out;
    while (q.next()) {
        StoredMessage s;
        s.id = q.value(0).toLongLong();
        s.parentId = q.value(1).toLongLong();
        const QJsonObject body = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
        auto msg = messageFromJson(body);
        if (!msg)
            return msg.error();
        s.message = *msg;
        s.stats.knowledge = knowledge::contextFromJson(body.value(QLatin1String("knowledge")).toObject());
        s.createdAt = q.value(3).toLongLong();
        s.stats.provider = q.value(4).toString();
        s.stats.model = q.value(5).toString();
        s.stats.requestId = q.value(6).toString();
        s.stats.inputTokens = q.value(7).toLongLong();
        s.stats.outputTokens = q.value(8).toLongLong();
        s.stats.costKnown = q.value(9).toLongLong() >= 0;
        s.stats.costUsd = s.stats.costKnown ? double(q.value(9).toLongLong()) / 1e9 : 0;
        if (!q.value(10).isNull())
            s.stats.ttftMs = q.value(10).toLongLong();
        if (!q.value(11).isNull())
            s.stats.latencyMs = q.value(11).toLongLong();
        s.stats.status = statusFrom(q.value(12).toString());
        s.stats.error = q.value(13).toString();
        s.stats.attempts = std::max(1, q.value(14).toInt());
        s.siblingCount = q.value(15).toInt();
        s.siblingIndex = q.value(16).toInt();
        out << s;
    }
    return out;
}

Expected<void> ConversationStore::selectBranch(qint64 conversationId, qint64 messageId)
{
    auto db = m_database->connection();
    if (!db)
        return db.error();
    // down from messageId, always to the newest child
    qint64 leaf = messageId;
    QSqlQuery check(*db);
    check.prepare(QStringLiteral("SELECT 1 FROM messages WHERE id = ? AND conversation_id = ?"));
    check.addBindValue(messageId);
    check.addBindValue(conversationId);
    if (!check.exec() || !check.next())
        return Error::make(Error::Kind::NotFound, QStringLiteral("no message %1 in conversation %2").arg(messageId).arg(conversationId));
    QSqlQuery q(*db);
    q.prepare(QStringLiteral("SELECT max(id) FROM messages WHERE parent_id = ?"));
    for (int guard = 0; guard < 100000; ++guard) {
        q.addBindValue(leaf);
        if (!q.exec())
            return sql::failure(q, QStringLiteral("cannot follow the branch"));
        if (!q.next() || q.value(0).isNull())
            break;
        leaf = q.value(0).toLongLong();
    }
    return execUpdate(*m_database, QStringLiteral("UPDATE conversations SET current_leaf = ? WHERE id = ?"), {leaf}, conversationId,
                      QStringLiteral("cannot switch the branch"));
}

Expected<qint64> ConversationStore::sibling(qint64 messageId, int offset) const
{
    auto db = m_database->connection();
    if (!db)
        return db.error();
    QSqlQuery q(*db);
    q.prepare(QStringLiteral("SELECT s.id FROM messages m JOIN messages s ON s.conversation_id = m.conversation_id AND s.parent_id IS m.parent_id "
                             "WHERE m.id = ? ORDER BY s.id"));
    q.addBindValue(messageId);
    if (!q.exec())
        return sql::failure(q, QStringLiteral("cannot list the branches"));
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    const auto at = ids.indexOf(messageId);
    if (at < 0)
        return Error::make(Error::Kind::NotFound, QStringLiteral("no message %1").arg(messageId));
    const qsizetype target = at + offset;
    if (target < 0 || target >= ids.size())
        return Error::make(Error::Kind::NotFound, QStringLiteral("no branch there"));
    return ids.at(target);
}

Expected<QJsonObject> ConversationStore::routingTrace(qint64 conversationId, const QString &requestId) const
{
    auto db = m_database->connection();
    if (!db)
        return db.error();
    // calls_by_key leads with source_key: a conversation's calls are few
    QSqlQuery q(*db);
    q.prepare(QStringLiteral("SELECT t.trace FROM calls c JOIN call_traces t ON t.call_id = c.id "
                             "WHERE c.source_key = ? AND c.source = 'playground' AND c.request_id = ? "
                             "ORDER BY c.attempt DESC, c.id DESC LIMIT 1"));
    q.addBindValue(QString::number(conversationId));
    q.addBindValue(requestId);
    if (!q.exec())
        return sql::failure(q, QStringLiteral("reading a routing trace"));
    if (!q.next())
        return Error::make(Error::Kind::NotFound, QStringLiteral("no routing trace for request %1").arg(requestId));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(q.value(0).toString().toUtf8(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return Error::make(Error::Kind::Parse, QStringLiteral("the routing trace of request %1 is not JSON").arg(requestId));
    return doc.object();
}

Expected<QString> ConversationStore::exportMarkdown(qint64 conversationId) const
{
    auto conv = conversation(conversationId);
    if (!conv)
        return conv.error();
    auto messages = thread(conversationId);
    if (!messages)
        return messages.error();
    QString md = QStringLiteral("# %1\n\n").arg(conv->title.isEmpty() ? QStringLiteral("Conversation") : conv->title);
    if (!conv->model.isEmpty())
        md += QStringLiteral("Model: %1\n\n").arg(conv->model);
    if (!conv->systemPrompt.isEmpty())
        md += QStringLiteral("## System\n\n%1\n\n").arg(conv->systemPrompt);
    for (const StoredMessage &s : *messages) {
        QString heading;
        switch (s.message.role) {
        case Role::User: heading = QStringLiteral("User"); break;
        case Role::Assistant:
            heading = s.stats.model.isEmpty() ? QStringLiteral("Assistant")
                                              : QStringLiteral("Assistant (%1/%2)").arg(s.stats.provider, s.stats.model);
            break;
        case Role::System: heading = QStringLiteral("System"); break;
        case Role::Tool: heading = QStringLiteral("Tool result"); break;
        }
        md += QStringLiteral("## %1\n\n").arg(heading);
        for (const ContentPart &p : s.message.content) {
            if (p.type == ContentPart::Type::Reasoning && !p.text.isEmpty())
                md += QStringLiteral("<details><summary>Reasoning</summary>\n\n%1\n\n</details>\n\n").arg(p.text);
            else if (p.type == ContentPart::Type::Image)
                md += QStringLiteral("*[image%1]*\n\n").arg(p.url.isEmpty() ? QString() : QStringLiteral(": ") + p.url);
            else if (p.type == ContentPart::Type::Document)
                md += QStringLiteral("*[document%1]*\n\n").arg(p.title.isEmpty() ? QString() : QStringLiteral(": ") + p.title);
            else if (p.type == ContentPart::Type::Text)
                md += p.text + QStringLiteral("\n\n");
        }
        for (const protocol::ToolCall &c : s.message.toolCalls)
            md += QStringLiteral("Tool call `%1`:\n\n```json\n%2\n```\n\n").arg(c.name, c.arguments);
        if (!s.stats.knowledge.passages.isEmpty()) {
            md += QStringLiteral("Sources:\n\n");
            for (qsizetype i = 0; i < s.stats.knowledge.passages.size(); ++i)
                md += QStringLiteral("%1. %2\n").arg(i + 1).arg(knowledge::citationLabel(s.stats.knowledge.passages.at(i)));
            md += QLatin1Char('\n');
        }
        if (s.stats.status == MessageStats::Status::Stopped)
            md += QStringLiteral("*(stopped)*\n\n");
        else if (s.stats.status == MessageStats::Status::Error)
            md += QStringLiteral("*(error: %1)*\n\n").arg(s.stats.error);
    }
    return md;
}

Expected<QByteArray> ConversationStore::exportJson(qint64 conversationId) const
{
    auto conv = conversation(conversationId);
    if (!conv)
        return conv.error();
    auto messages = thread(conversationId);
    if (!messages)
        return messages.error();
    QJsonObject o;
    o.insert(QStringLiteral("title"), conv->title);
    o.insert(QStringLiteral("model"), conv->model);
    o.insert(QStringLiteral("systemPrompt"), conv->systemPrompt);
    o.insert(QStringLiteral("params"), conv->params);
    o.insert(QStringLiteral("tags"), QJsonArray::fromStringList(conv->tags));
    o.insert(QStringLiteral("createdAt"), QDateTime::fromMSecsSinceEpoch(conv->createdAt, Qt::UTC).toString(Qt::ISODateWithMs));
    QJsonArray list;
    for (const StoredMessage &s : *messages) {
        QJsonObject m = messageToJson(s.message);
        if (s.message.role == Role::Assistant) {
            QJsonObject stats{{QStringLiteral("provider"), s.stats.provider},
                              {QStringLiteral("model"), s.stats.model},
                              {QStringLiteral("inputTokens"), s.stats.inputTokens},
                              {QStringLiteral("outputTokens"), s.stats.outputTokens},
                              {QStringLiteral("costUsd"), s.stats.costKnown ? QJsonValue(s.stats.costUsd) : QJsonValue(QJsonValue::Null)},
                              {QStringLiteral("status"), statusName(s.stats.status)}};
            if (s.stats.ttftMs)
                stats.insert(QStringLiteral("ttftMs"), *s.stats.ttftMs);
            if (s.stats.latencyMs)
                stats.insert(QStringLiteral("latencyMs"), *s.stats.latencyMs);
            m.insert(QStringLiteral("stats"), stats);
            if (const QJsonObject sources = knowledge::contextToJson(s.stats.knowledge); !sources.isEmpty())
                m.insert(QStringLiteral("knowledge"), sources);
        }
        list.append(m);
    }
    o.insert(QStringLiteral("messages"), list);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

} // namespace sb::chat
