#include "usage/ledgerwriter.h"

#include "storage/partitions.h"
#include "storage/sql.h"
#include "usage/monitorrollups.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>

#if SB_LEDGER_SQLITE_C_API
#include <sqlite3.h>
#endif

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

#include <array>
#include <cerrno>
#include <cstring>
#include <limits>
#include <map>
#include <tuple>
#include <vector>

namespace sb::usage::detail {

namespace {

// ---- SQL -------------------------------------------------------------------------------------------

constexpr const char *kInsertCall = "INSERT INTO calls(request_id, started_at, day, source, source_key, provider, model, route, attempt, "
                                    "input_tokens, output_tokens, cache_read_tokens, cache_write_tokens, reasoning_tokens, cost_nusd, "
                                    "latency_ms, ttft_ms, status, error_kind, http_status, unpriced, member) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
constexpr const char *kInsertCallTypes = "TIITTTTTIIIIIIIIITTIIT"; // Statements::columnTypes
QByteArray insertTraceSql(sql::Dialect dialect)
{
    return QStringLiteral("INSERT INTO call_traces(call_id, trace) VALUES (%1, ?)").arg(sql::lastInsertId(dialect)).toUtf8();
}

// One row per dispatch; the same merge the 0002 trigger did, for a batch's sum of a request's attempts:
// the earliest start, the provider and model of the latest attempt, attempts and cost added up. The
// existing row's columns are named with the table: PostgreSQL finds bare names ambiguous next to
// excluded's.
QByteArray upsertRequestSql(sql::Dialect dialect)
{
    return QStringLiteral("INSERT INTO call_requests(request_id, started_at, day, source, source_key, provider, model, attempts, last_attempt, "
                          "cost_nusd) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(request_id) DO UPDATE SET "
                          "started_at = %1(r.started_at, excluded.started_at), "
                          "day = CASE WHEN excluded.started_at < r.started_at THEN excluded.day ELSE r.day END, "
                          "provider = CASE WHEN excluded.last_attempt >= r.last_attempt THEN excluded.provider ELSE r.provider END, "
                          "model = CASE WHEN excluded.last_attempt >= r.last_attempt THEN excluded.model ELSE r.model END, "
                          "last_attempt = %2(r.last_attempt, excluded.last_attempt), "
                          "attempts = r.attempts + excluded.attempts, "
                          "cost_nusd = r.cost_nusd + excluded.cost_nusd")
        .arg(sql::scalarMin(dialect), sql::scalarMax(dialect))
        .replace(QStringLiteral("r."), QStringLiteral("call_requests."))
        .toUtf8();
}

// The summed columns of every daily rollup, in the order Sums keeps them.
constexpr std::array<const char *, 13> kSumColumns = {
    "attempts",           "requests",         "ok",        "errors",        "cancelled", "input_tokens", "output_tokens", "cache_read_tokens",
    "cache_write_tokens", "reasoning_tokens", "cost_nusd", "ok_latency_ms", "ttft_count"};

QByteArray upsertRollupSql(const char *table, std::initializer_list<const char *> keys)
{
    QByteArray columns, values, conflict, set;
    for (const char *k : keys) {
        columns += QByteArray(k) + ", ";
        values += "?, ";
        conflict += QByteArray(conflict.isEmpty() ? "" : ", ") + k;
    }
    for (const char *c : kSumColumns) {
        columns += QByteArray(c) + ", ";
        values += "?, ";
        set += QByteArray(set.isEmpty() ? "" : ", ") + c + " = " + table + "." + c + " + excluded." + c;
    }
    columns.chop(2);
    values.chop(2);
    return "INSERT INTO " + QByteArray(table) + "(" + columns + ") VALUES (" + values + ") ON CONFLICT(" + conflict + ") DO UPDATE SET " + set;
}

// ---- a batch's rollups -----------------------------------------------------------------------------

struct Sums {
    std::array<qint64, kSumColumns.size()> v{};
    void add(const CallRecord &c)
    {
        const bool ok = c.status == CallStatus::Ok;
        const qint64 add[] = {1,
                              c.attempt <= 1,
                              ok,
                              c.status == CallStatus::Error,
                              c.status == CallStatus::Cancelled,
                              c.usage.inputTokens,
                              c.usage.outputTokens,
                              c.usage.cacheReadTokens,
                              c.usage.cacheWriteTokens,
                              c.usage.reasoningTokens,
                              c.costNano(),
                              ok ? c.latencyMs : 0,
                              ok && c.ttftMs.has_value()};
        for (size_t i = 0; i < v.size(); ++i)
            v[i] += add[i];
    }
    void add(const Sums &o)
    {
        for (size_t i = 0; i < v.size(); ++i)
            v[i] += o.v[i];
    }
};

struct RequestSum {
    QString requestId;
    qint64 startedAt = 0;
    qint64 day = 0;
    Source source = Source::Playground;
    QString sourceKey;
    QString provider;
    QString model;
    qint64 attempts = 0;
    int lastAttempt = 0;
    qint64 cost = 0;
};

// Everything the batch adds to the rollups: the finest grouping (calls_daily) summed row by row, the
// coarser ones summed from it.
struct BatchRollup {
    using Fine = std::tuple<qint64 /*day*/, Source, QString /*source key*/, QString /*provider*/, QString /*model*/>;
    std::map<Fine, Sums> fine;
    std::vector<RequestSum> requests; // first-seen order: ids made in time order append to the index
    QHash<QString, size_t> requestIndex;

    void add(const CallRecord &c)
    {
        fine[Fine{c.day(), c.source, c.sourceKey, c.provider, c.model}].add(c);
        const int attempt = std::max(1, c.attempt);
        const auto found = requestIndex.constFind(c.requestId);
        if (found == requestIndex.cend()) {
            requestIndex.insert(c.requestId, requests.size());
            requests.push_back({c.requestId, c.startedAtMs, c.day(), c.source, c.sourceKey, c.provider, c.model, 1, attempt, c.costNano()});
            return;
        }
        RequestSum &r = requests[*found];
        ++r.attempts;
        r.cost += c.costNano();
        if (c.startedAtMs < r.startedAt) {
            r.startedAt = c.startedAtMs;
            r.day = c.day();
        }
        if (attempt >= r.lastAttempt) {
            r.lastAttempt = attempt;
            r.provider = c.provider;
            r.model = c.model;
        }
    }
    std::map<std::tuple<qint64, QString, QString, Source>, Sums> byModel() const // day, provider, model, source
    {
        std::map<std::tuple<qint64, QString, QString, Source>, Sums> m;
        for (const auto &[k, s] : fine)
            m[{std::get<0>(k), std::get<3>(k), std::get<4>(k), std::get<1>(k)}].add(s);
        return m;
    }
    std::map<std::tuple<qint64, Source, QString, QString>, Sums> byKey() const // day, source, source_key, provider
    {
        std::map<std::tuple<qint64, Source, QString, QString>, Sums> m;
        for (const auto &[k, s] : fine)
            m[{std::get<0>(k), std::get<1>(k), std::get<2>(k), std::get<3>(k)}].add(s);
        return m;
    }
};

} // namespace

// ---- statements through one of the two APIs --------------------------------------------------------

// The writer's prepared statements on its connection. Indexes are 0-based. Text and byte arrays bound
// must stay alive until the statement's step() (they are not copied).
class Statements
{
public:
    enum Id { InsertCall, InsertTrace, UpsertRequest, UpsertDailyModel, UpsertDailyKey, UpsertDaily, Count };
    virtual ~Statements() = default;
    [[nodiscard]] virtual Expected<void> begin() = 0;
    [[nodiscard]] virtual Expected<void> commit() = 0;
    virtual void rollback() = 0;
    virtual void bindInt(Id id, int i, qint64 v) = 0;
    virtual void bindNull(Id id, int i) = 0;
    virtual void bindText(Id id, int i, const QString &s) = 0;
    virtual void bindUtf8(Id id, int i, const QByteArray &s) = 0;
    [[nodiscard]] virtual Expected<void> step(Id id, const char *what) = 0;
    // A write that changes nothing in a transaction rolled back: fails as a real write would on a
    // read-only file or a lock held by another program.
    [[nodiscard]] virtual Expected<void> probe() = 0;
    // Runs what step() only gathered (PostgreSQL: a statement per kind and batch); commit() does too.
    [[nodiscard]] virtual Expected<void> flush() { return {}; }

    // Why the last call that failed failed, as SQLite said.
    WriteFailure failure;

    // The type of each bound column, in bind order: T text, I bigint (PostgreSQL's batches bind a
    // typed array per column).
    static QByteArray columnTypes(Id id)
    {
        const QByteArray sums(int(kSumColumns.size()), 'I');
        switch (id) {
        case InsertCall: return kInsertCallTypes;
        case InsertTrace: return "T";
        case UpsertRequest: return "TIITTTTIII";
        case UpsertDailyModel: return "ITTT" + sums; // day, provider, model, source
        case UpsertDailyKey: return "ITTT" + sums; // day, source, source_key, provider
        case UpsertDaily: return "TITTT" + sums; // source_key, day, provider, model, source
        case Count: break;
        }
        return {};
    }

    static QByteArray sql(Id id, sql::Dialect dialect)
    {
        switch (id) {
        case InsertCall: return kInsertCall;
        case InsertTrace: return insertTraceSql(dialect);
        case UpsertRequest: return upsertRequestSql(dialect);
        case UpsertDailyModel: return upsertRollupSql("calls_daily_model", {"day", "provider", "model", "source"});
        case UpsertDailyKey: return upsertRollupSql("calls_daily_key", {"day", "source", "source_key", "provider"});
        case UpsertDaily: return upsertRollupSql("calls_daily", {"source_key", "day", "provider", "model", "source"});
        case Count: break;
        }
        return {};
    }

protected:
    static Error error(const QString &what, const QString &detail)
    {
        return Error::make(Error::Kind::Database, QStringLiteral("ledger: %1: %2").arg(what, detail.trimmed()));
    }
    static constexpr const char *kProbe[] = {"BEGIN IMMEDIATE", "UPDATE meta SET value = value WHERE key = 'schema_version'", "ROLLBACK"};
};

namespace {

class QtStatements final : public Statements
{
public:
    explicit QtStatements(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }
    static Expected<std::unique_ptr<Statements>> create(const QSqlDatabase &db)
    {
        auto s = std::make_unique<QtStatements>(db);
        for (int id = 0; id < Count; ++id) {
            s->m_queries[id] = std::make_unique<QSqlQuery>(db);
            if (!s->m_queries[id]->prepare(QString::fromUtf8(sql(Id(id), sql::dialectOf(db)))))
                return error(QStringLiteral("cannot prepare its statements"), text(s->m_queries[id]->lastError()));
        }
        return std::unique_ptr<Statements>(std::move(s));
    }
    Expected<void> begin() override
    {
        if (!m_db.transaction())
            return failed(QStringLiteral("cannot start a transaction"), m_db.lastError());
        return {};
    }
    Expected<void> commit() override
    {
        for (auto &q : m_queries)
            q->finish();
        if (!m_db.commit())
            return failed(QStringLiteral("cannot commit"), m_db.lastError());
        return {};
    }
    Expected<void> probe() override
    {
        QSqlQuery q(m_db);
        const bool postgres = sql::dialectOf(m_db) == sql::Dialect::PostgreSql;
        for (const char *statement : kProbe) {
            // PostgreSQL has no BEGIN IMMEDIATE: the UPDATE takes the row's lock
            if (!q.exec(postgres && statement == kProbe[0] ? QStringLiteral("BEGIN") : QString::fromLatin1(statement))) {
                const Error e = failed(QStringLiteral("cannot write"), q.lastError());
                q.exec(QStringLiteral("ROLLBACK"));
                return e;
            }
        }
        return {};
    }
    void rollback() override
    {
        for (auto &q : m_queries)
            q->finish();
        m_db.rollback();
    }
    void bindInt(Id id, int i, qint64 v) override { m_queries[id]->bindValue(i, v); }
    void bindNull(Id id, int i) override { m_queries[id]->bindValue(i, QVariant(QMetaType::fromType<qint64>())); }
    void bindText(Id id, int i, const QString &s) override { m_queries[id]->bindValue(i, s.isNull() ? QString(QLatin1String("")) : s); }
    void bindUtf8(Id id, int i, const QByteArray &s) override { m_queries[id]->bindValue(i, QString::fromUtf8(s)); }
    Expected<void> step(Id id, const char *what) override
    {
        if (!m_queries[id]->exec())
            return failed(QString::fromLatin1(what), m_queries[id]->lastError());
        return {};
    }

private:
    static QString text(const QSqlError &e)
    {
        const QString said = e.databaseText().isEmpty() ? e.text() : e.databaseText();
        // PostgreSQL rolls back at COMMIT, without a word, a transaction in which a statement failed
        return said.trimmed().isEmpty() || said.trimmed() == QLatin1String("()") ? QStringLiteral("the transaction was rolled back") : said;
    }
    Error failed(const QString &what, const QSqlError &e)
    {
        // Qt's SQLite driver gives the primary result code, its PostgreSQL driver the SQLSTATE
        if (sql::dialectOf(m_db) == sql::Dialect::PostgreSql)
            failure = WriteFailure{0, 0, {}, e.nativeErrorCode(), true};
        else
            failure = WriteFailure{e.nativeErrorCode().toInt(), 0, {}, {}, false};
        return error(what, text(e));
    }
    QSqlDatabase m_db;
    std::array<std::unique_ptr<QSqlQuery>, Count> m_queries;
};

// PostgreSQL: every statement is a round trip to the server, so a batch is written with one statement
// per kind instead of one per row: step() appends the row's values to an array per column, and flush()
// (or commit()) sends each kind once, its arrays unnested into rows (bench/team/results-2026-12-06.md).
// The calls and their traces go together in one statement; the ids come from the calls' sequence in
// the batch's order, as SQLite's rowids do.
class PgStatements final : public Statements
{
public:
    explicit PgStatements(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }
    static Expected<std::unique_ptr<Statements>> create(const QSqlDatabase &db)
    {
        auto s = std::make_unique<PgStatements>(db);
        for (int id = 0; id < Count; ++id) {
            s->m_batch[id].types = columnTypes(Id(id));
            s->m_batch[id].current.resize(s->m_batch[id].types.size());
            if (id == InsertTrace)
                continue; // its column goes with InsertCall's
            s->m_queries[id] = std::make_unique<QSqlQuery>(db);
            if (!s->m_queries[id]->prepare(QString::fromUtf8(batchSql(Id(id)))))
                return s->failed(QStringLiteral("cannot prepare its statements"), s->m_queries[id]->lastError());
        }
        return std::unique_ptr<Statements>(std::move(s));
    }
    Expected<void> begin() override
    {
        clear();
        if (!m_db.transaction())
            return failed(QStringLiteral("cannot start a transaction"), m_db.lastError());
        return {};
    }
    Expected<void> flush() override
    {
        closeTrace();
        for (const Id id : {InsertCall, UpsertRequest, UpsertDaily, UpsertDailyModel, UpsertDailyKey}) {
            Batch &b = m_batch[id];
            if (b.rows == 0)
                continue;
            QSqlQuery &q = *m_queries[id];
            for (size_t c = 0; c < b.arrays.size(); ++c)
                q.bindValue(int(c), sql::arrayLiteral(b.arrays[c]));
            const bool ok = q.exec();
            q.finish();
            b.clear();
            if (!ok)
                return failed(QString::fromLatin1(kWhat[id]), q.lastError());
        }
        return {};
    }
    Expected<void> commit() override
    {
        if (auto flushed = flush(); !flushed)
            return flushed;
        if (!m_db.commit())
            return failed(QStringLiteral("cannot commit"), m_db.lastError());
        return {};
    }
    void rollback() override
    {
        clear();
        m_db.rollback();
    }
    Expected<void> probe() override
    {
        QSqlQuery q(m_db);
        for (const char *statement : kProbe) {
            // PostgreSQL has no BEGIN IMMEDIATE: the UPDATE takes the row's lock
            if (!q.exec(statement == kProbe[0] ? QStringLiteral("BEGIN") : QString::fromLatin1(statement))) {
                const Error e = failed(QStringLiteral("cannot write"), q.lastError());
                q.exec(QStringLiteral("ROLLBACK"));
                return e;
            }
        }
        return {};
    }
    void bindInt(Id id, int i, qint64 v) override { m_batch[id].current[size_t(i)] = QString::number(v); }
    void bindNull(Id id, int i) override { m_batch[id].current[size_t(i)] = QString(); }
    void bindText(Id id, int i, const QString &s) override { m_batch[id].current[size_t(i)] = sql::nonNull(s); }
    void bindUtf8(Id id, int i, const QByteArray &s) override { m_batch[id].current[size_t(i)] = sql::nonNull(QString::fromUtf8(s)); }
    Expected<void> step(Id id, const char *) override
    {
        if (id == InsertTrace) {
            m_trace = m_batch[InsertTrace].current.front();
            return {};
        }
        closeTrace();
        m_batch[id].append();
        m_traceOpen = id == InsertCall;
        return {};
    }

private:
    // One statement's rows so far: an array literal's elements per column.
    struct Batch {
        QByteArray types;
        std::vector<QString> current; // the row being bound; a null string is NULL
        std::vector<QString> arrays; // per column: "e1,e2,..."
        int rows = 0;
        void append() { appendRow(current); }
        void appendRow(const std::vector<QString> &row)
        {
            if (arrays.size() < row.size())
                arrays.resize(row.size());
            for (size_t c = 0; c < row.size(); ++c)
                sql::appendArrayElement(arrays[c], row[c], types.at(qsizetype(c)) == 'T');
            ++rows;
        }
        void clear()
        {
            arrays.clear();
            rows = 0;
        }
    };
    // The trace column of the last call (NULL without a trace), once its row is complete.
    void closeTrace()
    {
        if (!m_traceOpen)
            return;
        Batch &calls = m_batch[InsertCall];
        calls.arrays.resize(calls.types.size() + 1);
        sql::appendArrayElement(calls.arrays.back(), m_trace, true);
        m_trace = QString();
        m_traceOpen = false;
    }
    void clear()
    {
        for (Batch &b : m_batch)
            b.clear();
        m_trace = QString();
        m_traceOpen = false;
    }
    static QByteArray batchSql(Id id)
    {
        if (id == InsertCall) {
            const QByteArray text = kInsertCall;
            const QByteArray columns = text.mid(text.indexOf('(') + 1, text.indexOf(')') - text.indexOf('(') - 1);
            return "WITH r AS (SELECT nextval('ledger_call_ids') AS id, u.* FROM (" + sql::unnestSelect(QByteArray(kInsertCallTypes) + "T")
                + ") AS u(" + columns + ", trace)), c AS (INSERT INTO calls(id, " + columns + ") SELECT id, " + columns
                + " FROM r) INSERT INTO call_traces(call_id, started_at, trace) SELECT id, started_at, trace FROM r WHERE trace IS NOT NULL";
        }
        return sql::unnestInsert(sql(id, sql::Dialect::PostgreSql), columnTypes(id));
    }
    Error failed(const QString &what, const QSqlError &e)
    {
        failure = WriteFailure{0, 0, {}, e.nativeErrorCode(), true};
        const QString said = e.databaseText().isEmpty() ? e.text() : e.databaseText();
        // PostgreSQL rolls back at COMMIT, without a word, a transaction in which a statement failed
        return error(what,
                     said.trimmed().isEmpty() || said.trimmed() == QLatin1String("()") ? QStringLiteral("the transaction was rolled back") : said);
    }
    static constexpr const char *kWhat[] = {"cannot write calls",
                                            "",
                                            "cannot write requests",
                                            "cannot update the daily rollup by model",
                                            "cannot update the daily rollup by key",
                                            "cannot update the daily rollup"};

    QSqlDatabase m_db;
    std::array<std::unique_ptr<QSqlQuery>, Count> m_queries;
    std::array<Batch, Count> m_batch;
    QString m_trace; // the trace bound for the last call
    bool m_traceOpen = false; // the last call's trace column is not written yet
};

#if SB_LEDGER_SQLITE_C_API
class CStatements final : public Statements
{
public:
    explicit CStatements(sqlite3 *db)
        : m_db(db)
    {
    }
    static Expected<std::unique_ptr<Statements>> create(sqlite3 *db)
    {
        auto s = std::make_unique<CStatements>(db);
        bool ok = s->m_begin.prepare(db, "BEGIN") && s->m_commit.prepare(db, "COMMIT");
        for (int id = 0; ok && id < Count; ++id)
            ok = s->m_stmts[id].prepare(db, sql(Id(id), sql::Dialect::Sqlite).constData());
        if (!ok)
            return error(QStringLiteral("cannot prepare its statements"), QString::fromUtf8(sqlite3_errmsg(db)));
        return std::unique_ptr<Statements>(std::move(s));
    }
    Expected<void> begin() override { return run(m_begin, "cannot start a transaction"); }
    Expected<void> probe() override
    {
        for (const char *statement : kProbe) {
            if (sqlite3_exec(m_db, statement, nullptr, nullptr, nullptr) != SQLITE_OK) {
                const Error e = failed("cannot write");
                if (sqlite3_get_autocommit(m_db) == 0)
                    sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
                return e;
            }
        }
        return {};
    }
    Expected<void> commit() override
    {
        for (sql::NativeStatement &s : m_stmts)
            s.clearBindings();
        return run(m_commit, "cannot commit");
    }
    void rollback() override
    {
        for (sql::NativeStatement &s : m_stmts) {
            s.reset();
            s.clearBindings();
        }
        if (sqlite3_get_autocommit(m_db) == 0)
            sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    }
    void bindInt(Id id, int i, qint64 v) override { m_stmts[id].bindInt(i, v); }
    void bindNull(Id id, int i) override { m_stmts[id].bindNull(i); }
    void bindText(Id id, int i, const QString &s) override { m_stmts[id].bindText(i, s); }
    void bindUtf8(Id id, int i, const QByteArray &s) override { m_stmts[id].bindUtf8(i, s); }
    Expected<void> step(Id id, const char *what) override { return run(m_stmts[id], what); }

private:
    Error failed(const char *what)
    {
        failure = WriteFailure{sqlite3_extended_errcode(m_db), sqlite3_system_errno(m_db), {}, {}, false};
        return error(QString::fromLatin1(what), QString::fromUtf8(sqlite3_errmsg(m_db)));
    }
    Expected<void> run(sql::NativeStatement &stmt, const char *what)
    {
        if (stmt.run())
            return {};
        const Error e = failed(what); // before reset replaces the message
        stmt.reset();
        return e;
    }
    sqlite3 *m_db;
    sql::NativeStatement m_begin;
    sql::NativeStatement m_commit;
    std::array<sql::NativeStatement, Count> m_stmts;
};

#endif

} // namespace

// ---- the writer ------------------------------------------------------------------------------------

LedgerWriter::LedgerWriter(bool preferCApi, int checkpointPages, bool deferRollups)
    : m_preferCApi(preferCApi)
    , m_checkpointPages(checkpointPages)
    , m_monitor(std::make_unique<MonitorRollupWriter>(MonitorRollupWriter::Clock(), preferCApi))
    , m_deferRollups(deferRollups)
{
}

LedgerWriter::~LedgerWriter() = default;

void LedgerWriter::release()
{
    m_statements.reset();
    m_monitor->release();
    m_tuned = false;
    m_months.clear(); // a month dropped meanwhile is made again
    m_deferring = false;
#if SB_LEDGER_SQLITE_C_API
    if (m_native)
        sqlite3_wal_hook(m_native, nullptr, nullptr);
    m_native = nullptr;
#endif
    m_walPages = -1;
}

Expected<void> LedgerWriter::write(const QSqlDatabase &db, const std::deque<LedgerRow> &batch, bool flushRollups)
{
    m_failure = {};
    m_rollupsFlushed = false;
    if (auto ready = prepare(db); !ready)
        return ready;
    if (auto months = ensureMonths(db, batch); !months)
        return months;
    auto written = writeWith(db, *m_statements, batch, flushRollups);
    if (!written)
        m_failure = m_statements->failure;
    return written;
}

bool LedgerWriter::rollupsPending() const
{
    return m_deferring && m_monitor->marked();
}

Expected<qint64> LedgerWriter::flushRollups(const QSqlDatabase &db)
{
    m_failure = {};
    if (auto ready = prepare(db); !ready)
        return ready.error();
    if (!m_deferring)
        return qint64(0);
    return m_monitor->flushMarkedAlone(db);
}

bool LedgerWriter::backfill(const QSqlDatabase &db, qint64 rowBudget)
{
    if (m_backfillStopped || !m_monitor->backfillPending())
        return false;
    if (auto ready = prepare(db); !ready)
        return true;
    QSqlQuery q(db);
    // IMMEDIATE: the step reads, then writes; a deferred one could not upgrade after another's commit
    if (!q.exec(sql::dialectOf(db) == sql::Dialect::PostgreSql ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE")))
        return true; // busy: again when idle
    auto filled = m_monitor->backfill(db, rowBudget);
    if (filled && q.exec(QStringLiteral("COMMIT")))
        return !*filled;
    q.exec(QStringLiteral("ROLLBACK"));
    m_monitor->backfillRolledBack();
    if (filled)
        return true; // the commit failed (busy): again when idle
    qCWarning(lcUsage).noquote() << filled.error().message
                                 << "(the older buckets of the monitoring totals are read from every group's rows until the next start)";
    m_backfillStopped = true;
    return false;
}

Expected<void> LedgerWriter::ensureMonths(const QSqlDatabase &db, const std::deque<LedgerRow> &batch)
{
    if (sql::dialectOf(db) != sql::Dialect::PostgreSql || batch.empty())
        return {};
    qint64 from = std::numeric_limits<qint64>::max(), to = std::numeric_limits<qint64>::min();
    bool known = true;
    for (const LedgerRow &row : batch) {
        const qint64 month = sql::monthStartMs(row.call.startedAtMs);
        known = known && m_months.contains(month);
        from = std::min(from, row.call.startedAtMs);
        to = std::max(to, row.call.startedAtMs);
    }
    if (known)
        return {};
    // made in a transaction of its own, before the batch's: a month another serve makes at the same
    // time waits for that one's lock, never for a batch's row locks
    auto made = sql::ensureMonths(db, from, to);
    if (!made) {
        m_failure = WriteFailure{0, 0, {}, {}, true};
        return made.error();
    }
    for (qint64 month = sql::monthStartMs(from); month <= to; month = sql::nextMonthStartMs(month))
        m_months.insert(month);
    return {};
}

Expected<void> LedgerWriter::probe(const QSqlDatabase &db)
{
    m_failure = {};
    if (auto ready = prepare(db); !ready)
        return ready;
    if (sql::dialectOf(db) == sql::Dialect::PostgreSql) {
        // this month and the next, before the first call (the maintenance makes the months ahead too)
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (auto made = sql::ensureMonths(db, now, sql::nextMonthStartMs(now)); !made) {
            m_failure = WriteFailure{0, 0, {}, {}, true};
            return made.error();
        }
    }
    auto probed = m_statements->probe();
    if (!probed)
        m_failure = m_statements->failure;
    return probed;
}

Expected<void> LedgerWriter::prepare(const QSqlDatabase &db)
{
    if (!m_tuned && sql::dialectOf(db) == sql::Dialect::PostgreSql) {
        m_tuned = true; // the pragmas below are SQLite's; PostgreSQL's server is tuned by its administrator
    } else if (!m_tuned) {
        // The writer touches the calls indexes and the rollups: with SQLite's default 2 MiB page cache it
        // spills and re-reads pages in every batch.
        QSqlQuery pragma(db);
        if (!pragma.exec(QStringLiteral("PRAGMA cache_size = -8192")))
            qCWarning(lcUsage) << "ledger: cannot enlarge the page cache:" << pragma.lastError().text();
        // Checkpoint the WAL every 32 MiB instead of every 4 MiB: each checkpoint syncs the database and
        // the WAL, and with small batches (Ledger::Options::flushIntervalMs) the default checkpoints
        // several times a second under load (bench/FINDINGS.md). With the C API the checkpoints leave
        // this connection altogether (the WAL hook below replaces SQLite's own: the Ledger's
        // checkpointer thread does them). The WAL file is cut back to 64 MiB at most after a checkpoint.
        if (!pragma.exec(QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(m_checkpointPages))
            || !pragma.exec(QStringLiteral("PRAGMA journal_size_limit = 67108864")))
            qCWarning(lcUsage) << "ledger: cannot set the WAL checkpoint size:" << pragma.lastError().text();
        // The CHECK constraints of calls (source IN (...), status IN (...)) are compiled by SQLite into an
        // ephemeral table built and dropped on every insert: two temporary B-trees per row, a large
        // share of the writer's work (bench/FINDINGS.md). This connection writes only names
        // that come from the Source and CallStatus enums and checks them in writeWith(), so it skips
        // the CHECKs; every other connection (and a database opened by anything else) still has them.
        if (!pragma.exec(QStringLiteral("PRAGMA ignore_check_constraints = ON")))
            qCWarning(lcUsage) << "ledger: cannot skip the CHECK constraints:" << pragma.lastError().text();
        m_tuned = true;
    }
    if (!m_statements && sql::dialectOf(db) == sql::Dialect::PostgreSql) {
        auto made = PgStatements::create(db);
        if (!made)
            return made.error();
        m_statements = std::move(*made);
    }
    if (!m_statements) {
#if SB_LEDGER_SQLITE_C_API
        // Binding through the C API skips a QVariant per column and the UTF-16 round trip of the trace.
        sqlite3 *native = m_preferCApi ? sql::nativeSqlite(db) : nullptr;
        auto made = native ? CStatements::create(native) : QtStatements::create(db);
        if (made && native) {
            m_native = native;
            // SQLite's checkpoints after commits stop here; the hook only counts the WAL's pages
            sqlite3_wal_hook(
                native,
                [](void *self, sqlite3 *, const char *, int pages) {
                    static_cast<LedgerWriter *>(self)->m_walPages = pages;
                    return SQLITE_OK;
                },
                this);
        }
#else
        auto made = QtStatements::create(db);
#endif
        if (!made)
            return made.error();
        m_statements = std::move(*made);
#if SB_LEDGER_SQLITE_C_API
        if (m_deferRollups && m_native) {
            auto can = m_monitor->canDefer(db);
            m_deferring = can && *can;
        }
#endif
    }
    return {};
}

Expected<void> LedgerWriter::writeWith(const QSqlDatabase &db, Statements &s, const std::deque<LedgerRow> &batch, bool flushRollups)
{
    if (auto begun = s.begin(); !begun)
        return begun;
    const auto fail = [this, &s](const Error &e) {
        s.rollback();
        m_monitor->rolledBack();
        return e;
    };
    BatchRollup rollup;
    using S = Statements;
    for (const LedgerRow &row : batch) {
        const CallRecord &c = row.call;
        const QString source = sourceName(c.source);
        const QString status = statusName(c.status);
        if (source.isEmpty() || status.isEmpty()) // what the schema's CHECKs would refuse (see write())
            return fail(Error::make(
                Error::Kind::Validation,
                QStringLiteral("ledger row %1 has an unknown source (%2) or status (%3)").arg(c.requestId).arg(int(c.source)).arg(int(c.status))));
        s.bindText(S::InsertCall, 0, c.requestId);
        s.bindInt(S::InsertCall, 1, c.startedAtMs);
        s.bindInt(S::InsertCall, 2, c.day());
        s.bindText(S::InsertCall, 3, source);
        s.bindText(S::InsertCall, 4, c.sourceKey);
        s.bindText(S::InsertCall, 5, c.provider);
        s.bindText(S::InsertCall, 6, c.model);
        s.bindText(S::InsertCall, 7, c.route);
        s.bindInt(S::InsertCall, 8, std::max(1, c.attempt));
        s.bindInt(S::InsertCall, 9, c.usage.inputTokens);
        s.bindInt(S::InsertCall, 10, c.usage.outputTokens);
        s.bindInt(S::InsertCall, 11, c.usage.cacheReadTokens);
        s.bindInt(S::InsertCall, 12, c.usage.cacheWriteTokens);
        s.bindInt(S::InsertCall, 13, c.usage.reasoningTokens);
        s.bindInt(S::InsertCall, 14, c.costNano());
        s.bindInt(S::InsertCall, 15, c.latencyMs);
        if (c.ttftMs)
            s.bindInt(S::InsertCall, 16, *c.ttftMs);
        else
            s.bindNull(S::InsertCall, 16);
        s.bindText(S::InsertCall, 17, status);
        s.bindText(S::InsertCall, 18, c.errorKind);
        if (c.httpStatus > 0)
            s.bindInt(S::InsertCall, 19, c.httpStatus);
        else
            s.bindNull(S::InsertCall, 19);
        s.bindInt(S::InsertCall, 20, c.unpriced ? 1 : 0);
        s.bindText(S::InsertCall, 21, c.member);
        if (auto done = s.step(S::InsertCall, "cannot write a call"); !done)
            return fail(done.error());
        if (m_deferring) { // right after its INSERT: the marker takes the call's id
            if (auto marked = m_monitor->mark(c); !marked)
                return fail(marked.error());
        }
        const QByteArray trace = !row.traceJson.isEmpty() || c.trace.isEmpty() ? row.traceJson
                                                                               : QJsonDocument(c.trace).toJson(QJsonDocument::Compact);
        if (!trace.isEmpty()) {
            s.bindUtf8(S::InsertTrace, 0, trace);
            if (auto done = s.step(S::InsertTrace, "cannot write a call trace"); !done)
                return fail(done.error());
        }
        rollup.add(c);
    }

    for (const RequestSum &r : rollup.requests) {
        const QString source = sourceName(r.source);
        s.bindText(S::UpsertRequest, 0, r.requestId);
        s.bindInt(S::UpsertRequest, 1, r.startedAt);
        s.bindInt(S::UpsertRequest, 2, r.day);
        s.bindText(S::UpsertRequest, 3, source);
        s.bindText(S::UpsertRequest, 4, r.sourceKey);
        s.bindText(S::UpsertRequest, 5, r.provider);
        s.bindText(S::UpsertRequest, 6, r.model);
        s.bindInt(S::UpsertRequest, 7, r.attempts);
        s.bindInt(S::UpsertRequest, 8, r.lastAttempt);
        s.bindInt(S::UpsertRequest, 9, r.cost);
        if (auto done = s.step(S::UpsertRequest, "cannot write a request"); !done)
            return fail(done.error());
    }
    const auto bindSums = [&s](S::Id id, int first, const Sums &sums) {
        for (size_t i = 0; i < sums.v.size(); ++i)
            s.bindInt(id, first + int(i), sums.v[i]);
    };
    for (const auto &[k, sums] : rollup.fine) {
        const auto &[day, src, sourceKey, provider, model] = k;
        const QString source = sourceName(src);
        s.bindText(S::UpsertDaily, 0, sourceKey);
        s.bindInt(S::UpsertDaily, 1, day);
        s.bindText(S::UpsertDaily, 2, provider);
        s.bindText(S::UpsertDaily, 3, model);
        s.bindText(S::UpsertDaily, 4, source);
        bindSums(S::UpsertDaily, 5, sums);
        if (auto done = s.step(S::UpsertDaily, "cannot update the daily rollup"); !done)
            return fail(done.error());
    }
    for (const auto &[k, sums] : rollup.byModel()) {
        const auto &[day, provider, model, src] = k;
        const QString source = sourceName(src);
        s.bindInt(S::UpsertDailyModel, 0, day);
        s.bindText(S::UpsertDailyModel, 1, provider);
        s.bindText(S::UpsertDailyModel, 2, model);
        s.bindText(S::UpsertDailyModel, 3, source);
        bindSums(S::UpsertDailyModel, 4, sums);
        if (auto done = s.step(S::UpsertDailyModel, "cannot update the daily rollup by model"); !done)
            return fail(done.error());
    }
    for (const auto &[k, sums] : rollup.byKey()) {
        const auto &[day, src, sourceKey, provider] = k;
        const QString source = sourceName(src);
        s.bindInt(S::UpsertDailyKey, 0, day);
        s.bindText(S::UpsertDailyKey, 1, source);
        s.bindText(S::UpsertDailyKey, 2, sourceKey);
        s.bindText(S::UpsertDailyKey, 3, provider);
        bindSums(S::UpsertDailyKey, 4, sums);
        if (auto done = s.step(S::UpsertDailyKey, "cannot update the daily rollup by key"); !done)
            return fail(done.error());
    }
    if (auto done = s.flush(); !done)
        return fail(done.error());
    // the monitoring rollups, in a savepoint of their own: when they fail (logged there), the calls are written anyway
    // (deferred: the markers stay for the next flush)
    if (!m_deferring) {
        (void)m_monitor->write(db, batch);
    } else if (flushRollups) {
        m_rollupsFlushed = true;
        if (auto flushed = m_monitor->flushMarked(db); !flushed)
            qCDebug(lcUsage) << "ledger: monitoring rollups not flushed:" << flushed.error().message;
    }
    if (auto done = s.commit(); !done)
        return fail(done.error());
    m_monitor->committed(); // the monitoring's listeners in this process (monitor::Evaluator)
    return {};
}

// ---- failures as the user reads them ----------------------------------------------------------------

QString noRoomFor(const QString &databasePath)
{
    const QString files[] = {databasePath, databasePath + QStringLiteral("-wal")};
#ifdef Q_OS_UNIX
    rlimit limit{};
    if (::getrlimit(RLIMIT_FSIZE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY) {
        for (const QString &file : files) {
            // a write of a page and its frame header more would pass it
            if (QFileInfo(file).size() + 4096 + 24 > qint64(limit.rlim_cur))
                return QStringLiteral("a file size limit of %1 bytes (ulimit -f)").arg(limit.rlim_cur);
        }
    }
#endif
    const QStorageInfo disk(QFileInfo(databasePath).absolutePath());
    if (disk.isValid() && disk.bytesAvailable() >= 0 && disk.bytesAvailable() < 1024 * 1024)
        return QStringLiteral("%1 KiB free on the disk").arg(disk.bytesAvailable() / 1024);
    return {};
}

namespace {

// A PostgreSQL server's failure (its SQLSTATE, appendix A of its manual) as the user reads it.
Error explainServerFailure(const Error &error, const QString &state)
{
    QString what;
    QString todo;
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P"))) {
        what = QStringLiteral("the database server cannot be reached");
        todo = QStringLiteral("check that the PostgreSQL server is running and reachable from this machine");
    } else if (state == QLatin1String("53100")) {
        what = QStringLiteral("the database server's disk is full");
        todo = QStringLiteral("free space on the PostgreSQL server's disk");
    } else if (state == QLatin1String("25006") || state == QLatin1String("42501")) {
        what = QStringLiteral("the database does not take writes from this user");
        todo = QStringLiteral("give the database user write access (or connect to the primary, not a read-only replica)");
    } else if (state.startsWith(QLatin1String("53"))) {
        what = QStringLiteral("the database server is out of resources");
        todo = QStringLiteral("see the PostgreSQL server's log");
    } else {
        what = QStringLiteral("the database refused the write");
        todo = QStringLiteral("see the log for details");
    }
    return Error::make(error.kind,
                       QStringLiteral("Switchboard cannot record calls in its usage ledger: %1 (%2; SQLSTATE %3). Calls are refused until it can: "
                                      "%4; writing resumes by itself.")
                           .arg(what, error.message, state.isEmpty() ? QStringLiteral("none") : state, todo));
}

} // namespace

Error explainWriteFailure(const Error &error, const WriteFailure &failure)
{
    if (failure.postgres)
        return explainServerFailure(error, failure.sqlState);
    // SQLite's primary result codes (sqlite3.h), also without the C API
    enum : int { Busy = 5, Locked = 6, ReadOnly = 8, IoErr = 10, Full = 13, CantOpen = 14 };
    const int code = failure.sqliteCode & 0xff;
    // the errno is the last system call's that failed, which is this failure's only for I/O errors
    const int sys = code == IoErr || code == Full || code == CantOpen ? failure.systemErrno : 0;
    // SQLite's errno is often gone by the time the error is reported: what keeps the files from growing
    // is looked at directly (noRoom) for the errors a full disk gives
    const QString noRoom = code == IoErr || code == Full ? failure.noRoom : QString();
    QString what;
    QString todo;
    if (code == Full || sys == ENOSPC || sys == EFBIG || !noRoom.isEmpty()
#ifdef EDQUOT
        || sys == EDQUOT
#endif
    ) {
        what = QStringLiteral("the disk is full (or a file size limit is reached)");
        todo = QStringLiteral("free space on the disk that holds Switchboard's data directory (or raise the limit)");
    } else if (code == ReadOnly || sys == EROFS || sys == EACCES || sys == EPERM) {
        what = QStringLiteral("the database file is read-only");
        todo = QStringLiteral("make switchboard.sqlite in the data directory writable for this user (file permissions, or a read-only mount)");
    } else if (code == Busy || code == Locked) {
        what = QStringLiteral("another program holds a lock on the database");
        todo = QStringLiteral("close the program that has switchboard.sqlite open (another Switchboard on the same data directory?)");
    } else if (code == IoErr || code == CantOpen) {
        what = QStringLiteral("the disk reports an error");
        todo = QStringLiteral("check the disk that holds Switchboard's data directory");
    } else {
        what = QStringLiteral("the database refused the write");
        todo = QStringLiteral("see the log for details");
    }
    QString detail = error.message;
    if (sys != 0)
        detail += QStringLiteral(": ") + QString::fromLocal8Bit(std::strerror(sys));
    if (!noRoom.isEmpty())
        detail += QStringLiteral("; ") + noRoom;
    return Error::make(error.kind,
                       QStringLiteral("Switchboard cannot record calls in its usage ledger: %1 (%2). Calls are refused until it can: %3; "
                                      "writing resumes by itself.")
                           .arg(what, detail, todo));
}

} // namespace sb::usage::detail
