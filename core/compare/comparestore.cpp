#include "compare/comparestore.h"

#include "common/throughput.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace sb::compare {

namespace {

QString statusName(AnswerStats::Status s)
{
    switch (s) {
    case AnswerStats::Status::Ok: return QStringLiteral("ok");
    case AnswerStats::Status::Stopped: return QStringLiteral("stopped");
    case AnswerStats::Status::Error: return QStringLiteral("error");
    }
    return QStringLiteral("ok");
}

AnswerStats::Status statusFrom(const QString &s)
{
    if (s == QLatin1String("stopped"))
        return AnswerStats::Status::Stopped;
    if (s == QLatin1String("error"))
        return AnswerStats::Status::Error;
    return AnswerStats::Status::Ok;
}

QString jsonText(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QJsonArray jsonArray(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array();
}

std::optional<qint64> optionalInt(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

QVariant intOrNull(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::LongLong));
}

// The stats columns, in this order: provider, request_id, input_tokens, output_tokens, cost_nusd,
// ttft_ms, latency_ms, status, error.
void bindStats(QSqlQuery &q, const AnswerStats &s)
{
    q.addBindValue(sql::nonNull(s.provider));
    q.addBindValue(sql::nonNull(s.requestId));
    q.addBindValue(s.inputTokens);
    q.addBindValue(s.outputTokens);
    q.addBindValue(s.costKnown ? qint64(std::llround(s.costUsd * 1e9)) : qint64(-1));
    q.addBindValue(intOrNull(s.ttftMs));
    q.addBindValue(intOrNull(s.latencyMs));
    q.addBindValue(statusName(s.status));
    q.addBindValue(sql::nonNull(s.error));
}

const QLatin1String kStatsColumns("provider, request_id, input_tokens, output_tokens, cost_nusd, ttft_ms, latency_ms, status, error");

AnswerStats readStats(const QSqlQuery &q, int first, const QString &model)
{
    AnswerStats s;
    s.provider = q.value(first).toString();
    s.model = model;
    s.requestId = q.value(first + 1).toString();
    s.inputTokens = q.value(first + 2).toLongLong();
    s.outputTokens = q.value(first + 3).toLongLong();
    s.costKnown = q.value(first + 4).toLongLong() >= 0;
    s.costUsd = s.costKnown ? double(q.value(first + 4).toLongLong()) / 1e9 : 0;
    s.ttftMs = optionalInt(q.value(first + 5));
    s.latencyMs = optionalInt(q.value(first + 6));
    s.status = statusFrom(q.value(first + 7).toString());
    s.error = q.value(first + 8).toString();
    return s;
}

QJsonArray toJson(const QList<int> &list)
{
    QJsonArray a;
    for (int i : list)
        a.append(i);
    return a;
}

QJsonArray toJson(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList stringList(const QString &json)
{
    QStringList out;
    for (const QJsonValue &v : jsonArray(json))
        out << v.toString();
    return out;
}

// A compare_sources.sources column (NULL: the turn or row had none).
knowledge::Context sourcesFrom(const QVariant &json)
{
    return json.isNull() ? knowledge::Context{} : knowledge::contextFromJson(QJsonDocument::fromJson(json.toString().toUtf8()).object());
}

} // namespace

std::optional<double> AnswerStats::tokensPerSecond() const
{
    return sb::tokensPerSecond(outputTokens, latencyMs, ttftMs);
}

CompareStore::CompareStore(std::shared_ptr<Database> database, std::function<qint64()> clockMs)
    : m_database(std::move(database))
    , m_clock(clockMs ? std::move(clockMs) : [] { return QDateTime::currentMSecsSinceEpoch(); })
{
}

Expected<qint64> CompareStore::create(Comparison c)
{
    auto db = m_database->connection();
    if (!db)
        return db.error();
    const qint64 now = m_clock();
    QSqlQuery q(*db);
    q.prepare(QStringLiteral("INSERT INTO comparisons(workspace, title, kind, system_prompt, models, blind, display_order, revealed, category, "
                             "knowledge, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(sql::nonNull(c.workspace));
    q.addBindValue(sql::nonNull(c.title));
    q.addBindValue(c.kind == Comparison::Kind::Batch ? QStringLiteral("batch") : QStringLiteral("live"));
    q.addBindValue(sql::nonNull(c.systemPrompt));
    q.addBindValue(jsonText(toJson(c.models)));
    q.addBindValue(c.blind ? 1 : 0);
    q.addBindValue(jsonText(toJson(c.displayOrder)));
    q.addBindValue(c.revealed ? 1 : 0);
    q.addBindValue(sql::nonNull(c.category));
    q.addBindValue(jsonText(toJson(c.knowledge)));
    q.addBindValue(now);
    q.addBindValue(now);
    if (auto ok = sql::exec(q, QStringLiteral("Cannot save the comparison")); !ok)
        return ok.error();
    return q.lastInsertId().toLongLong();
}

Expected<Comparison> CompareStore::comparison(qint64 id) const
{
    auto db = m_database->connection();
    if (!db)
        return db.error();
    QSqlQuery q(*db);
    q.prepare(QStringLiteral("SELECT id, workspace, title, kind, system_prompt, models, blind, display_order, revealed, category, created_at, "
                             "updated_at, knowledge FROM comparisons WHERE id = ?"));
    q.addBindValue(id);
    if (auto ok = sql::exec(q, QStringLiteral("Cannot read the comparison")); !ok)
        return ok.error();
    if (!q.next())
        return Error::make(Error::Kind::NotFound, QStringLiteral("No comparison %1.").arg(id));
    Comparison c;
    c.id = q.value(0).toLongLong();
    c.workspace = q.value(1).toString();
    c.title = q.value(2).toString();
    c.kind = q.value(3).toString() == QLatin1String("batch") ? Comparison::Kind::Batch : Comparison::Kind::Live;
    c.systemPrompt = q.value(4).toString();
    c.models = stringList(q.value(5).toString());
    c.blind = q.value(6).toBool();
    for (const QJsonValue &v : jsonArray(q.value(7).toString()))
        c.displayOrder << v.toInt();
    c.revealed = q.value(8).toBool();
    c.category = q.value(9).toString();
    c.createdAt = q.value(10).toLongLong();
    c.updatedAt = q.value(11).toLongLong();
    c.knowledge = stringList(q.value(12).toString());
    return c;
}

Expected<void> CompareStore::update(const Comparison &c)
{
    auto db = m_database->connection();
    if (!db)
        return db.error();
    QSqlQuery q(*db);
    q.prepare(QStringLiteral("UPDATE comparisons SET title = ?, category = ?, blind = ?, display_order = ?, revealed = ?, system_prompt = ?, "
                             "knowledge = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(sql::nonNull(c.title));
    q.addBindValue(sql::nonNull(c.category));
    q.addBindValue(c.blind ? 1 : 0);
    q.addBindValue(jsonText(toJson(c.displayOrder)));
    q.addBindValue(c.revealed ? 1 : 0);
    q.addBindValue(sql::nonNull(c.systemPrompt));
    q.addBindValue(jsonText(toJson(c.knowledge)));
    q.addBindValue(m_clock());
    q.addBindValue(c.id);
    if (auto ok = sql::exec(q, QStringLiteral("Cannot update the comparison")); !ok)
        return ok;
    if (q.numRowsAffected() == 0)
        return Error::make(Error::Kind::NotFound, QStringLiteral("No comparison %1.").arg(c.id));
    return {};
}

Expected<void> CompareStore::remove(qint64 id)
{
    auto db = m_database->connection();
    if (!db)
        return db.error();
    QSqlQuery q(*db);
    q.prepare(QStringLiteral("DELETE FROM comparisons WHERE id = ?"));
    q.addBindValue(id);
    return sql::exec(q, QStringLiteral("Cannot delete the comparison"));
}

Expected<QList<ComparisonSummary>> CompareStore::list(const QString &workspace) const
{
    auto db = m_database->connection();
    if (!db)
        return db.error();
    QSqlQuery q(*db);
    q.prepare(QStringLiteral("SELECT id, title, kind, models, blind, revealed, category, updated_at FROM comparisons WHERE workspace = ? "
                             "ORDER BY updated_at DESC, id DESC"));
    q.addBindValue(sql::nonNull(workspace));
    if (auto ok = sql::exec(q, QStringLiteral("Cannot list the comparisons")); !ok)
        return ok.error();
    QList<ComparisonSummary> out;
    while (q.next()) {
        ComparisonSummary s;
        s.id = q.value(0).toLongLong();
        s.title = q.value(1).toString();
        s.kind = q.value(2).toString() == QLatin1String("batch") ? Comparison::Kind::Batch : Comparison::Kind::Live;
        s.models = stringList(q.value(3).toString());
        s.blind = q.value(4).toBool();
        s.revealed = q.value(5).toBool();
        s.category = q.value(6).toString();
        s.updatedAt = q.value(7).toLongLong();
        out << s;
    }
    return out;
}

Expected<void> CompareStore::touch(qint64 id)
{
    auto db = m_database->connection();
    if (!db)
        return db.error();
    QSqlQuery q(*db);
    q.prepare(QStringLiteral("UPDATE comparisons SET updated_at = ? WHERE id = ?"));
    q.addBindValue(m_clock());
    q.addBindValue(id);
    return sql::exec(q, QStringLiteral("Cannot update the comparison"));
}

Expected<qint64> CompareStore::appendMessage(qint64 comparisonId, const CompareMessage &m)
{
    auto db = m_database->connection();
    if (!db)
        return db.error();
    QSqlQuery q(*db);
    q.prepare(QStringLiteral("INSERT INTO compare_messages(comparison_id, pane, turn, role, text, model, %1) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                  .arg(kStatsColumns));
    q.addBindValue(comparisonId);
    q.addBindValue(m.pane);
    q.addBindValue(m.turn);
    q.addBindValue(m.fromUser ? QStringLiteral("user") : QStringLiteral("assistant"));
    q.addBindValue(sql::nonNull(m.text));
    q.addBindValue(sql::nonNull(m.stats.model));
    bindStats(q, m.stats);
    if (auto ok = sql::exec(q, QStringLiteral("Cannot save the message")); !ok)
        return ok.error();
    const qint64 id = q.lastInsertId().toLongLong();
    if (auto ok = touch(comparisonId); !ok)
        return ok.error();
    return id;
}

Expected<QList<CompareMessage>> CompareStore::messages(qint64 comparisonId) const
{
    auto db = m_database->connection();
    if (!db)
        return db.error();
    QSqlQuery q(*db);
    // an answer's sources are its turn's
    q.prepare(QStringLiteral("SELECT pane, turn, role, text, model, %1, s.sources FROM compare_messages m LEFT JOIN compare_sources s "
                             "ON m.role = 'assistant' AND s.comparison_id = m.comparison_id AND s.position = m.turn "
                             "WHERE m.comparison_id = ? ORDER BY turn, pane, m.id")
                  .arg(kStatsColumns));
    q.addBindValue(comparisonId);
    if (auto ok = sql::exec(q, QStringLiteral("Cannot read the comparison's messages")); !ok)
        return ok.error();
    QList<CompareMessage> out;
    while (q.next()) {
        CompareMessage m;
        m.pane = q.value(0).toInt();
        m.turn = q.value(1).toInt();
        m.fromUser = q.value(2).toString() == QLatin1String("user");
        m.text = q.value(3).toString();
        m.stats = readStats(q, 5, q.value(4).toString());
        m.knowledge = sourcesFrom(q.value(14));
        out << m;
    }
    return out;
}

Expected<void> CompareStore::recordVotes(qint64 comparisonId, const QList<Vote> &votes)
{
    auto c = comparison(comparisonId);
    if (!c)
        return c.error();
    auto db = m_database->connection();
    if (!db)
        return db.error();
    if (!db->transaction())
        return Error::make(Error::Kind::Database, QStringLiteral("Cannot save the vote: %1").arg(db->lastError().text()));
    const qint64 now = m_clock();
    QSqlQuery q(*db);
    q.prepare(QStringLiteral("INSERT INTO compare_votes(comparison_id, workspace, category, model_a, model_b, outcome, created_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const Vote &v : votes) {
        q.addBindValue(comparisonId);
        q.addBindValue(sql::nonNull(c->workspace));
        q.addBindValue(sql::nonNull(v.category.isEmpty() ? c->category : v.category));
        q.addBindValue(v.modelA);
        q.addBindValue(v.modelB);
        q.addBindValue(voteOutcomeName(v.outcome));
        q.addBindValue(now);
        if (!q.exec()) {
            const Error e = sql::failure(q, QStringLiteral("Cannot save the vote"));
            db->rollback();
            return e;
        }
    }
    if (!db->commit()) {
        const Error e = Error::make(Error::Kind::Database, QStringLiteral("Cannot save the vote: %1").arg(db->lastError().text()));
        db->rollback();
        return e;
    }
    return touch(comparisonId);
}

Expected<QList<Vote>> CompareStore::votes(const QString &workspace, const QString &category) const
{
    auto db = m_database->connection();
    if (!db)
        return db.error();
    QSqlQuery q(*db);
    q.prepare(QStringLiteral("SELECT model_a, model_b, outcome, category, comparison_id, created_at FROM compare_votes WHERE workspace = ? "
                             "AND (? = '' OR category = ?) ORDER BY created_at, id"));
    q.addBindValue(sql::nonNull(workspace));
    q.addBindValue(sql::nonNull(category));
    q.addBindValue(sql::nonNull(category));
    if (auto ok = sql::exec(q, QStringLiteral("Cannot read the votes")); !ok)
        return ok.error();
    QList<Vote> out;
    while (q.next()) {
        Vote v;
        v.modelA = q.value(0).toString();
        v.modelB = q.value(1).toString();
        if (!voteOutcomeFromName(q.value(2).toString(), &v.outcome))
            continue;
        v.category = q.value(3).toString();
        v.comparisonId = q.value(4).toLongLong();
        v.createdAt = q.value(5).toLongLong();
        out << v;
    }
    return out;
}

Expected<QList<LeaderboardEntry>> CompareStore::leaderboard(const QString &workspace, const QString &category) const
{
    auto v = votes(workspace, category);
    if (!v)
        return v.error();
    return computeLeaderboard(*v);
}

Expected<QStringList> CompareStore::categories(const QString &workspace) const
{
    auto db = m_database->connection();
    if (!db)
        return db.error();
    QSqlQuery q(*db);
    q.prepare(QStringLiteral("SELECT category FROM compare_votes WHERE workspace = ? AND category <> '' UNION "
                             "SELECT category FROM comparisons WHERE workspace = ? AND category <> '' ORDER BY 1"));
    q.addBindValue(sql::nonNull(workspace));
    q.addBindValue(sql::nonNull(workspace));
    if (auto ok = sql::exec(q, QStringLiteral("Cannot read the categories")); !ok)
        return ok.error();
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Expected<void> CompareStore::saveBatchResult(qint64 comparisonId, const BatchResult &r)
{
    auto db = m_database->connection();
    if (!db)
        return db.error();
    QSqlQuery q(*db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO compare_batch_results(comparison_id, row_index, row_id, model, prompt, output, checks, passed, "
                             "check_detail, %1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                  .arg(kStatsColumns));
    q.addBindValue(comparisonId);
    q.addBindValue(r.row);
    q.addBindValue(sql::nonNull(r.rowId));
    q.addBindValue(r.model);
    q.addBindValue(sql::nonNull(r.prompt));
    q.addBindValue(sql::nonNull(r.output));
    q.addBindValue(r.checks);
    q.addBindValue(r.passed ? QVariant(*r.passed ? 1 : 0) : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(sql::nonNull(r.checkDetail));
    bindStats(q, r.stats);
    return sql::exec(q, QStringLiteral("Cannot save the batch result"));
}

Expected<QList<BatchResult>> CompareStore::batchResults(qint64 comparisonId) const
{
    auto db = m_database->connection();
    if (!db)
        return db.error();
    QSqlQuery q(*db);
    // a result's sources are its row's
    q.prepare(
        QStringLiteral("SELECT row_index, row_id, model, prompt, output, checks, passed, check_detail, %1, s.sources "
                       "FROM compare_batch_results r LEFT JOIN compare_sources s ON s.comparison_id = r.comparison_id AND s.position = r.row_index "
                       "WHERE r.comparison_id = ? ORDER BY row_index, r.id")
            .arg(kStatsColumns));
    q.addBindValue(comparisonId);
    if (auto ok = sql::exec(q, QStringLiteral("Cannot read the batch results")); !ok)
        return ok.error();
    QList<BatchResult> out;
    while (q.next()) {
        BatchResult r;
        r.row = q.value(0).toInt();
        r.rowId = q.value(1).toString();
        r.model = q.value(2).toString();
        r.prompt = q.value(3).toString();
        r.output = q.value(4).toString();
        r.checks = q.value(5).toInt();
        if (!q.value(6).isNull())
            r.passed = q.value(6).toBool();
        r.checkDetail = q.value(7).toString();
        r.stats = readStats(q, 8, r.model);
        r.knowledge = sourcesFrom(q.value(17));
        out << r;
    }
    return out;
}

Expected<void> CompareStore::saveSources(qint64 comparisonId, int position, const knowledge::Context &context)
{
    const QJsonObject json = knowledge::contextToJson(context);
    if (json.isEmpty())
        return {};
    auto db = m_database->connection();
    if (!db)
        return db.error();
    QSqlQuery q(*db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO compare_sources(comparison_id, position, sources) VALUES (?, ?, ?)"));
    q.addBindValue(comparisonId);
    q.addBindValue(position);
    q.addBindValue(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
    return sql::exec(q, QStringLiteral("Cannot save the sources"));
}

} // namespace sb::compare
