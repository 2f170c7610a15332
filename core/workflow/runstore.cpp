#include "workflow/runstore.h"

#include "common/jsontype.h"
#include "storage/database.h"
#include "storage/nativestatement.h"
#include "storage/sql.h"
#include "usage/callrecord.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QThread>

#if SB_LEDGER_SQLITE_C_API
#include <sqlite3.h>
#endif

#include <map>
#include <memory>
#include <vector>

namespace sb::workflow {

namespace {

// Any JSON value as its text (SQLite's json_valid takes scalars too); null stays SQL NULL.
QVariant jsonColumn(const QJsonValue &v)
{
    const QByteArray text = sb::jsonText(v);
    return text.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(QString::fromUtf8(text));
}

QJsonValue jsonValue(const QVariant &v)
{
    if (v.isNull())
        return QJsonValue::Null;
    const QJsonDocument doc = QJsonDocument::fromJson("[" + v.toString().toUtf8() + "]");
    return doc.array().isEmpty() ? QJsonValue(QJsonValue::Null) : doc.array().first();
}

QVariant optionalInt(std::optional<qint64> v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant nonZero(qint64 v)
{
    return v ? QVariant(v) : QVariant(QMetaType(QMetaType::LongLong));
}

const QLatin1String kRunColumns("id, workflow, output, status, error, cost_nusd, cost_known, max_cost_nusd, started_by, replay_of, "
                                "started_at, updated_at, finished_at");

RunRecord readRun(const QSqlQuery &q)
{
    RunRecord r;
    r.id = q.value(0).toString();
    r.workflow = q.value(1).toString();
    r.output = jsonValue(q.value(2));
    r.status = runStatusFromName(q.value(3).toString()).value_or(RunStatus::Failed);
    r.error = q.value(4).toString();
    r.costUsd = usage::nanoToUsd(q.value(5).toLongLong());
    r.costKnown = q.value(6).toBool();
    if (!q.value(7).isNull())
        r.maxCostUsd = usage::nanoToUsd(q.value(7).toLongLong());
    r.startedBy = q.value(8).toString();
    r.replayOf = q.value(9).toString();
    r.startedAtMs = q.value(10).toLongLong();
    r.updatedAtMs = q.value(11).toLongLong();
    r.finishedAtMs = q.value(12).toLongLong();
    return r;
}

} // namespace

RunStore::RunStore(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{
}

namespace {

const QLatin1String kSaveRun("INSERT INTO workflow_runs(id, workflow, definition, input, output, status, error, cost_nusd, cost_known, "
                             "max_cost_nusd, started_by, replay_of, lease_until, started_at, updated_at, finished_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                             "ON CONFLICT(id) DO UPDATE SET definition = excluded.definition, output = excluded.output, "
                             "status = excluded.status, error = excluded.error, cost_nusd = excluded.cost_nusd, "
                             "cost_known = excluded.cost_known, max_cost_nusd = excluded.max_cost_nusd, lease_until = excluded.lease_until, "
                             "updated_at = excluded.updated_at, finished_at = excluded.finished_at");

QVariantList runValues(const RunRecord &r, qint64 leaseUntilMs)
{
    return {r.id,
            r.workflow,
            jsonColumn(r.definition),
            r.input.isNull() || r.input.isUndefined() ? QStringLiteral("null") : jsonColumn(r.input).toString(),
            jsonColumn(r.output),
            runStatusName(r.status),
            sql::nonNull(r.error),
            usage::usdToNano(r.costUsd),
            r.costKnown ? 1 : 0,
            r.maxCostUsd ? QVariant(usage::usdToNano(*r.maxCostUsd)) : QVariant(QMetaType(QMetaType::LongLong)),
            sql::nonNull(r.startedBy),
            sql::nonNull(r.replayOf),
            leaseUntilMs,
            r.startedAtMs,
            r.updatedAtMs,
            nonZero(r.finishedAtMs)};
}

const QLatin1String kUpdateRun("UPDATE workflow_runs SET output = ?, status = ?, error = ?, cost_nusd = ?, cost_known = ?, max_cost_nusd = ?, "
                               "lease_until = ?, updated_at = ?, finished_at = ? WHERE id = ?");

QVariantList runUpdateValues(const RunRecord &r, qint64 leaseUntilMs)
{
    return {jsonColumn(r.output),
            runStatusName(r.status),
            sql::nonNull(r.error),
            usage::usdToNano(r.costUsd),
            r.costKnown ? 1 : 0,
            r.maxCostUsd ? QVariant(usage::usdToNano(*r.maxCostUsd)) : QVariant(QMetaType(QMetaType::LongLong)),
            leaseUntilMs,
            r.updatedAtMs,
            nonZero(r.finishedAtMs),
            r.id};
}

const QLatin1String kSaveStep("INSERT INTO workflow_steps(run_id, step_key, seq, step_id, kind, status, inputs, output, branch, model, "
                              "request_id, attempts, input_tokens, output_tokens, cost_nusd, cost_known, latency_ms, error, replayed, "
                              "started_at, finished_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                              "ON CONFLICT(run_id, step_key) DO UPDATE SET status = excluded.status, inputs = excluded.inputs, "
                              "output = excluded.output, branch = excluded.branch, model = excluded.model, request_id = excluded.request_id, "
                              "attempts = excluded.attempts, input_tokens = excluded.input_tokens, output_tokens = excluded.output_tokens, "
                              "cost_nusd = excluded.cost_nusd, cost_known = excluded.cost_known, latency_ms = excluded.latency_ms, "
                              "error = excluded.error, replayed = excluded.replayed, started_at = excluded.started_at, "
                              "finished_at = excluded.finished_at");

QVariantList stepValues(const QString &runId, const StepResult &s, int seq)
{
    return {runId,
            s.key,
            seq,
            s.stepId,
            kindName(s.kind),
            stepStatusName(s.status),
            jsonColumn(s.inputs),
            jsonColumn(s.output),
            sql::nonNull(s.branch),
            sql::nonNull(s.model),
            sql::nonNull(s.requestId),
            s.attempts,
            s.inputTokens,
            s.outputTokens,
            usage::usdToNano(s.costUsd),
            s.costKnown ? 1 : 0,
            optionalInt(s.latencyMs),
            sql::nonNull(s.error),
            s.replayed ? 1 : 0,
            nonZero(s.startedAtMs),
            nonZero(s.finishedAtMs)};
}

// Runs a prepared statement once for each list of values.
Expected<void> execEach(QSqlQuery &q, const QList<QVariantList> &rows, const QString &what)
{
    for (const QVariantList &values : rows) {
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        if (auto done = sql::exec(q, what); !done)
            return done;
    }
    return {};
}

// One prepared statement run for each list of values (none prepared for no rows).
Expected<void> execEach(const QSqlDatabase &db, const QString &statement, const QList<QVariantList> &rows, const QString &what)
{
    if (rows.isEmpty())
        return {};
    QSqlQuery q(db);
    if (!q.prepare(statement))
        return sql::failure(q, what);
    return execEach(q, rows, what);
}

// The WAL length (pages) at which a commit of the store's connection checkpoints the database, as the
// ledger's writer does (usage::Ledger::Options::checkpointPages): SQLite's default, 1000 pages, made
// every tenth or so of the runner's batches copy the WAL (mostly the ledger's rows) into the database
// file on the store's thread, and copy the same hot pages again each time (bench/workflow).
constexpr int kCheckpointPages = 8192;

#if SB_LEDGER_SQLITE_C_API
// The batch through SQLite's C API: its transaction, the runs' updates and the steps, values bound as
// they are (no QVariant per column, no QSqlQuery binding by index through Qt's placeholders, no
// statement prepared for BEGIN and COMMIT as QSqlDatabase::transaction() and commit() do each time),
// JSON as UTF-8. The statements are the connection's (Prepared below), prepared once, borrowed for a
// batch (sql::NativeStatement::borrow: their values point into the batch's strings and are cleared
// with it) and left reset.
using sql::NativeStatement;

// Steps a statement whose values are all bound, once, and leaves it reset.
Expected<void> stepOnce(NativeStatement &q, const char *what)
{
    const int rc = q.step();
    if (rc == SQLITE_DONE)
        return {};
    const Error e = Error::make(Error::Kind::Database, QStringLiteral("%1: %2").arg(QLatin1String(what), q.errorMessage()));
    q.reset();
    return e;
}

// JSON text; SQL NULL for a null value (jsonText's null QByteArray)
void bindJson(NativeStatement &q, int i, const QByteArray &json)
{
    if (json.isNull())
        q.bindNull(i);
    else
        q.bindUtf8(i, json);
}

// a time that is 0 when not set: NULL then
void bindTime(NativeStatement &q, int i, qint64 ms)
{
    if (ms)
        q.bindInt(i, ms);
    else
        q.bindNull(i);
}

Expected<void> updateRuns(NativeStatement &q, const QList<RunStore::Batch::Run> &runs)
{
    for (const RunStore::Batch::Run &run : runs) {
        if (run.whole)
            continue; // (saveRun, through Qt: once a run)
        const RunRecord &r = run.record;
        const QByteArray output = sb::jsonText(r.output);
        int i = 0;
        bindJson(q, i++, output);
        q.bindText(i++, runStatusName(r.status));
        q.bindText(i++, r.error);
        q.bindInt(i++, usage::usdToNano(r.costUsd));
        q.bindInt(i++, r.costKnown ? 1 : 0);
        if (r.maxCostUsd)
            q.bindInt(i++, usage::usdToNano(*r.maxCostUsd));
        else
            q.bindNull(i++);
        q.bindInt(i++, run.leaseUntilMs);
        q.bindInt(i++, r.updatedAtMs);
        bindTime(q, i++, r.finishedAtMs);
        q.bindText(i++, r.id);
        if (auto done = stepOnce(q, "Cannot save the workflow run"); !done)
            return done;
    }
    return {};
}

Expected<void> saveSteps(NativeStatement &q, const QList<RunStore::Batch::Step> &steps)
{
    for (const RunStore::Batch::Step &step : steps) {
        const StepResult &s = step.result;
        const QByteArray inputs = sb::jsonText(s.inputs);
        const QByteArray output = sb::jsonText(s.output);
        int i = 0;
        q.bindText(i++, step.runId);
        q.bindText(i++, s.key);
        q.bindInt(i++, step.seq);
        q.bindText(i++, s.stepId);
        q.bindText(i++, kindName(s.kind));
        q.bindText(i++, stepStatusName(s.status));
        bindJson(q, i++, inputs);
        bindJson(q, i++, output);
        q.bindText(i++, s.branch);
        q.bindText(i++, s.model);
        q.bindText(i++, s.requestId);
        q.bindInt(i++, s.attempts);
        q.bindInt(i++, s.inputTokens);
        q.bindInt(i++, s.outputTokens);
        q.bindInt(i++, usage::usdToNano(s.costUsd));
        q.bindInt(i++, s.costKnown ? 1 : 0);
        if (s.latencyMs)
            q.bindInt(i++, *s.latencyMs);
        else
            q.bindNull(i++);
        q.bindText(i++, s.error);
        q.bindInt(i++, s.replayed ? 1 : 0);
        bindTime(q, i++, s.startedAtMs);
        bindTime(q, i++, s.finishedAtMs);
        if (auto done = stepOnce(q, "Cannot save the workflow step"); !done)
            return done;
    }
    return {};
}
#endif

// save()'s statements on one SQLite connection, prepared once and kept across batches: preparing them
// each time (SQLite's parser and code generator, about 300,000 instructions for the steps' upsert)
// was a large part of a batch of a few steps (bench/FINDINGS.md, Workflow runner). Kept per thread
// (a connection is its thread's, Database::connection) and per connection name; Qt's driver owns the
// statements: it finalises them when the connection closes, and `driver` is null from then on, so
// that a closed connection's statements are never used (and a new connection's are prepared again).
struct Prepared {
    explicit Prepared(const QSqlDatabase &db)
        : driver(db.driver())
        , saveRun(db)
        , updateRun(db)
        , saveStep(db)
        , checksOn(db)
        , checksOff(db)
        , begin(db)
        , commit(db)
        , rollback(db)
    {
    }
    QPointer<QSqlDriver> driver;
    ::sqlite3 *nativeDb = nullptr; // sql::nativeSqlite(): the batch goes through the C API
    // The tables' CHECKs stay skipped on this connection (see save()). SQLite compiles them into a
    // statement or not, and setting the pragma expires every statement of the connection, so that
    // turning them back on after each batch would prepare the statements again for the next one.
    // Off for good only on a thread other than the application's: the runner's store thread
    // (async::Serial), which writes nothing but this store's rows, from the runner's enums; the main
    // thread's connection serves everything else and keeps its checks.
    bool checksOffForGood = false;
    QSqlQuery saveRun, updateRun, saveStep, checksOn, checksOff;
    QSqlQuery begin, commit, rollback; // the batch's transaction through the C API (saveNative)

#if SB_LEDGER_SQLITE_C_API
    // every statement the C API runs, prepared (else the batch goes through Qt)
    bool nativeReady() const
    {
        return nativeDb && sql::nativeStatementOf(begin) && sql::nativeStatementOf(commit) && sql::nativeStatementOf(rollback)
            && sql::nativeStatementOf(updateRun) && sql::nativeStatementOf(saveStep);
    }
#endif

    // The connection's statements (made and prepared the first time); an error when one does not prepare.
    static Expected<Prepared *> of(const QSqlDatabase &db)
    {
        thread_local std::map<QString, std::unique_ptr<Prepared>> byConnection;
        std::unique_ptr<Prepared> &p = byConnection[db.connectionName()];
        // (a connection closed and opened again keeps its driver, but not its statements)
        if (p && p->driver && p->driver == db.driver() && sql::nativeStatementOf(p->saveStep))
            return p.get();
        p.reset();
        // the statements of connections closed since (their driver is gone) go too
        std::erase_if(byConnection, [](const auto &entry) { return entry.second && !entry.second->driver; });
        auto made = std::make_unique<Prepared>(db);
        QCoreApplication *app = QCoreApplication::instance();
        made->checksOffForGood = app && QThread::currentThread() != app->thread();
        if (made->checksOffForGood) {
            QSqlQuery pragma(db);
            if (!pragma.exec(QStringLiteral("PRAGMA ignore_check_constraints = ON")))
                return sql::failure(pragma, QStringLiteral("Cannot save the workflow runs"));
        }
        const std::pair<QSqlQuery *, QString> statements[] = {
            {&made->saveRun, kSaveRun},
            {&made->updateRun, kUpdateRun},
            {&made->saveStep, kSaveStep},
            {&made->checksOn, QStringLiteral("PRAGMA ignore_check_constraints = ON")},
            {&made->checksOff, QStringLiteral("PRAGMA ignore_check_constraints = OFF")},
            {&made->begin, QStringLiteral("BEGIN")},
            {&made->commit, QStringLiteral("COMMIT")},
            {&made->rollback, QStringLiteral("ROLLBACK")},
        };
        for (const auto &[query, text] : statements) {
            query->setForwardOnly(true);
            if (!query->prepare(text))
                return sql::failure(*query, QStringLiteral("Cannot save the workflow runs"));
        }
        made->nativeDb = sql::nativeSqlite(db);
#if SB_LEDGER_SQLITE_C_API
        if (made->nativeDb)
            sqlite3_wal_autocheckpoint(made->nativeDb, kCheckpointPages);
        else
#endif
            (void)QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(kCheckpointPages));
        p = std::move(made);
        return p.get();
    }
};

} // namespace

Expected<void> RunStore::saveRun(const RunRecord &r, qint64 leaseUntilMs)
{
    auto db = m_database->connection();
    if (!db)
        return db.error();
    auto q = sql::run(*db, kSaveRun, runValues(r, leaseUntilMs), QStringLiteral("Cannot save the workflow run"));
    if (!q)
        return q.error();
    return {};
}

Expected<void> RunStore::saveStep(const QString &runId, const StepResult &s, int seq)
{
    auto db = m_database->connection();
    if (!db)
        return db.error();
    auto q = sql::run(*db, kSaveStep, stepValues(runId, s, seq), QStringLiteral("Cannot save the workflow step"));
    if (!q)
        return q.error();
    return {};
}

#if SB_LEDGER_SQLITE_C_API
namespace {

// save() through the C API: the same statements in the same order, all of the batch or none of it.
Expected<void> saveNative(Prepared &p, const RunStore::Batch &batch)
{
    NativeStatement begin, commit, rollback, updateRun, saveStep;
    begin.borrow(p.nativeDb, sql::nativeStatementOf(p.begin));
    commit.borrow(p.nativeDb, sql::nativeStatementOf(p.commit));
    rollback.borrow(p.nativeDb, sql::nativeStatementOf(p.rollback));
    updateRun.borrow(p.nativeDb, sql::nativeStatementOf(p.updateRun));
    saveStep.borrow(p.nativeDb, sql::nativeStatementOf(p.saveStep));
    if (auto begun = stepOnce(begin, "Cannot save the workflow runs: no transaction"); !begun)
        return begun;
    QList<QVariantList> runs; // a run's first save (definition and input, once a run): through Qt
    for (const RunStore::Batch::Run &r : batch.runs) {
        if (r.whole)
            runs << runValues(r.record, r.leaseUntilMs);
    }
    auto saved = execEach(p.saveRun, runs, QStringLiteral("Cannot save the workflow run"));
    if (saved)
        saved = updateRuns(updateRun, batch.runs);
    if (saved)
        saved = saveSteps(saveStep, batch.steps);
    if (saved)
        saved = stepOnce(commit, "Cannot save the workflow runs: the commit failed");
    if (!saved) {
        // (a failed COMMIT leaves the transaction open: SQLITE_BUSY)
        if (!sqlite3_get_autocommit(p.nativeDb))
            (void)stepOnce(rollback, "Cannot roll the workflow runs back");
        return saved;
    }
    return {};
}

} // namespace
#endif

Expected<void> RunStore::save(const Batch &batch)
{
    auto db = m_database->connection();
    if (!db)
        return db.error();
    // SQLite: the connection's statements, kept (PostgreSQL's are prepared for the batch)
    Prepared *p = nullptr;
    if (m_database->dialect() == Database::Dialect::Sqlite) {
        auto prepared = Prepared::of(*db);
        if (!prepared)
            return prepared.error();
        p = *prepared;
    }
    // The tables' CHECKs (statuses IN (...), json_valid) cost SQLite an ephemeral table per IN list and
    // a JSON parse per column on every row, and compiling them is most of a statement's preparation:
    // without them a batch costs about a third (bench/workflow). What is written here comes from the
    // runner's enums and is JSON text as QJsonDocument writes it (jsonText), so the batch skips them; this thread's connection checks
    // them again for everything else (Prepared::checksOffForGood). (SQLite's pragma: PostgreSQL checks
    // its constraints without that cost.)
    const bool toggleChecks = p && !p->checksOffForGood;
    if (toggleChecks)
        (void)p->checksOn.exec();
    const auto checksBack = qScopeGuard([p, toggleChecks] {
        if (toggleChecks)
            (void)p->checksOff.exec();
    });
#if SB_LEDGER_SQLITE_C_API
    if (p && p->nativeReady())
        return saveNative(*p, batch);
#endif
    if (!db->transaction())
        return Error::make(Error::Kind::Database, QStringLiteral("Cannot save the workflow runs: no transaction"));
    QList<QVariantList> runs;
    QList<QVariantList> updates;
    for (const Batch::Run &r : batch.runs) {
        if (r.whole)
            runs << runValues(r.record, r.leaseUntilMs);
        else
            updates << runUpdateValues(r.record, r.leaseUntilMs);
    }
    const QString runError = QStringLiteral("Cannot save the workflow run");
    auto saved = p ? execEach(p->saveRun, runs, runError) : execEach(*db, kSaveRun, runs, runError);
    if (saved)
        saved = p ? execEach(p->updateRun, updates, runError) : execEach(*db, kUpdateRun, updates, runError);
    if (saved) {
        QList<QVariantList> steps;
        for (const Batch::Step &s : batch.steps)
            steps << stepValues(s.runId, s.result, s.seq);
        const QString stepError = QStringLiteral("Cannot save the workflow step");
        saved = p ? execEach(p->saveStep, steps, stepError) : execEach(*db, kSaveStep, steps, stepError);
    }
    if (!saved) {
        db->rollback();
        return saved;
    }
    if (!db->commit())
        return Error::make(Error::Kind::Database, QStringLiteral("Cannot save the workflow runs: the commit failed"));
    return {};
}

Expected<void> RunStore::renewLeases(const QStringList &runIds, qint64 leaseUntilMs)
{
    auto db = m_database->connection();
    if (!db)
        return db.error();
    for (const QString &id : runIds) {
        auto q = sql::run(*db, QStringLiteral("UPDATE workflow_runs SET lease_until = ? WHERE id = ? AND status = 'running'"), {leaseUntilMs, id},
                          QStringLiteral("Cannot renew the workflow run's lease"));
        if (!q)
            return q.error();
    }
    return {};
}

Expected<std::optional<RunRecord>> RunStore::run(const QString &id) const
{
    auto db = m_database->connection();
    if (!db)
        return db.error();
    auto q = sql::run(*db, QStringLiteral("SELECT %1, definition, input FROM workflow_runs WHERE id = ?").arg(kRunColumns), {id},
                      QStringLiteral("Cannot read the workflow run"));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<RunRecord>();
    RunRecord r = readRun(*q);
    r.definition = jsonValue(q->value(13)).toObject();
    r.input = jsonValue(q->value(14));
    return std::optional<RunRecord>(r);
}

Expected<qint64> RunStore::leaseOf(const QString &id) const
{
    auto db = m_database->connection();
    if (!db)
        return db.error();
    auto q = sql::run(*db, QStringLiteral("SELECT lease_until FROM workflow_runs WHERE id = ?"), {id},
                      QStringLiteral("Cannot read the workflow run"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

Expected<QList<StepResult>> RunStore::steps(const QString &runId) const
{
    auto db = m_database->connection();
    if (!db)
        return db.error();
    auto q = sql::run(*db,
                      QStringLiteral("SELECT step_key, step_id, kind, status, inputs, output, branch, model, request_id, attempts, input_tokens, "
                                     "output_tokens, cost_nusd, cost_known, latency_ms, error, replayed, started_at, finished_at "
                                     "FROM workflow_steps WHERE run_id = ? ORDER BY seq"),
                      {runId}, QStringLiteral("Cannot read the workflow run's steps"));
    if (!q)
        return q.error();
    QList<StepResult> out;
    while (q->next()) {
        StepResult s;
        s.key = q->value(0).toString();
        s.stepId = q->value(1).toString();
        s.kind = kindFromName(q->value(2).toString()).value_or(StepKind::Llm);
        s.status = stepStatusFromName(q->value(3).toString()).value_or(StepStatus::Failed);
        s.inputs = jsonValue(q->value(4));
        s.output = jsonValue(q->value(5));
        s.branch = q->value(6).toString();
        s.model = q->value(7).toString();
        s.requestId = q->value(8).toString();
        s.attempts = q->value(9).toInt();
        s.inputTokens = q->value(10).toLongLong();
        s.outputTokens = q->value(11).toLongLong();
        s.costUsd = usage::nanoToUsd(q->value(12).toLongLong());
        s.costKnown = q->value(13).toBool();
        if (!q->value(14).isNull())
            s.latencyMs = q->value(14).toLongLong();
        s.error = q->value(15).toString();
        s.replayed = q->value(16).toBool();
        s.startedAtMs = q->value(17).toLongLong();
        s.finishedAtMs = q->value(18).toLongLong();
        out << s;
    }
    return out;
}

Expected<QList<RunRecord>> RunStore::runs(const RunQuery &query) const
{
    auto db = m_database->connection();
    if (!db)
        return db.error();
    QString where = QStringLiteral("1 = 1");
    QVariantList values;
    if (!query.workflow.isEmpty()) {
        where += QStringLiteral(" AND workflow = ?");
        values << query.workflow;
    }
    if (!query.statuses.isEmpty()) {
        QStringList marks;
        for (RunStatus s : query.statuses) {
            marks << QStringLiteral("?");
            values << runStatusName(s);
        }
        where += QStringLiteral(" AND status IN (%1)").arg(marks.join(QStringLiteral(", ")));
    }
    values << query.limit;
    auto q = sql::run(*db, QStringLiteral("SELECT %1 FROM workflow_runs WHERE %2 ORDER BY started_at DESC, id DESC LIMIT ?").arg(kRunColumns, where),
                      values, QStringLiteral("Cannot list the workflow runs"));
    if (!q)
        return q.error();
    QList<RunRecord> out;
    while (q->next())
        out << readRun(*q);
    return out;
}

Expected<void> RunStore::remove(const QString &runId)
{
    auto db = m_database->connection();
    if (!db)
        return db.error();
    auto q = sql::run(*db, QStringLiteral("DELETE FROM workflow_runs WHERE id = ?"), {runId}, QStringLiteral("Cannot delete the workflow run"));
    if (!q)
        return q.error();
    return {};
}

Expected<int> RunStore::markInterrupted(qint64 nowMs)
{
    auto db = m_database->connection();
    if (!db)
        return db.error();
    if (!db->transaction())
        return Error::make(Error::Kind::Database, QStringLiteral("Cannot mark interrupted workflow runs: no transaction"));
    auto steps = sql::run(*db,
                          QStringLiteral("UPDATE workflow_steps SET status = 'interrupted', error = 'the app stopped while it ran' "
                                         "WHERE status = 'running' AND run_id IN "
                                         "(SELECT id FROM workflow_runs WHERE status = 'running' AND lease_until < ?)"),
                          {nowMs}, QStringLiteral("Cannot mark interrupted workflow steps"));
    auto runs = steps ? sql::run(*db,
                                 QStringLiteral("UPDATE workflow_runs SET status = 'interrupted', updated_at = ?, "
                                                "error = 'the app stopped while it ran; resume it to go on' "
                                                "WHERE status = 'running' AND lease_until < ?"),
                                 {nowMs, nowMs}, QStringLiteral("Cannot mark interrupted workflow runs"))
                      : Expected<QSqlQuery>(steps.error());
    if (!runs) {
        db->rollback();
        return runs.error();
    }
    const int count = runs->numRowsAffected();
    if (!db->commit())
        return Error::make(Error::Kind::Database, QStringLiteral("Cannot mark interrupted workflow runs: the commit failed"));
    return count;
}

} // namespace sb::workflow
