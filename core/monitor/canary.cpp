#include "monitor/canary.h"

#include "storage/database.h"
#include "storage/sql.h"
#include "usage/callrecord.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace sb::monitor {

namespace {

const QString kRunColumns = QStringLiteral(
    "id, canary, model, started_at, finished_at, prompts, graded, passed, errors, skipped, capped, latency_ms_mean, cost_nusd, p_value, alert_id");

CanaryRun readRun(const QSqlQuery &q)
{
    CanaryRun r;
    r.id = q.value(0).toLongLong();
    r.canary = q.value(1).toString();
    r.model = q.value(2).toString();
    r.startedAt = q.value(3).toLongLong();
    r.finishedAt = q.value(4).toLongLong();
    r.prompts = q.value(5).toInt();
    r.graded = q.value(6).toInt();
    r.passed = q.value(7).toInt();
    r.errors = q.value(8).toInt();
    r.skipped = q.value(9).toInt();
    r.capped = q.value(10).toInt() != 0;
    if (!q.value(11).isNull())
        r.latencyMsMean = q.value(11).toDouble();
    r.costUsd = usage::nanoToUsd(q.value(12).toLongLong());
    if (!q.value(13).isNull())
        r.pValue = q.value(13).toDouble();
    if (!q.value(14).isNull())
        r.alertId = q.value(14).toLongLong();
    return r;
}

std::optional<CanaryResult::Status> statusFromName(const QString &name)
{
    for (auto s : {CanaryResult::Status::Passed, CanaryResult::Status::Failed, CanaryResult::Status::Error, CanaryResult::Status::Skipped}) {
        if (statusName(s) == name)
            return s;
    }
    return std::nullopt;
}

template<typename T> QVariant nullable(const std::optional<T> &v)
{
    return v ? QVariant::fromValue(*v) : QVariant(QMetaType::fromType<T>());
}

double logChoose(int n, int k)
{
    return std::lgamma(n + 1.0) - std::lgamma(k + 1.0) - std::lgamma(n - k + 1.0);
}

QString percent(int passed, int graded)
{
    return graded ? QStringLiteral("%1 % (%2/%3)").arg(std::round(100.0 * passed / graded)).arg(passed).arg(graded) : QStringLiteral("n/a");
}

QString clip(const QString &text, int max)
{
    return text.size() > max ? text.left(max) + QStringLiteral("...") : text;
}

} // namespace

QString Canary::rule(const QString &model) const
{
    return QStringLiteral("canary:%1:%2").arg(name, model);
}

QString scheduleName(Canary::Schedule schedule)
{
    return schedule == Canary::Schedule::Hourly ? QStringLiteral("hourly") : QStringLiteral("daily");
}

QString statusName(CanaryResult::Status status)
{
    switch (status) {
    case CanaryResult::Status::Passed: return QStringLiteral("passed");
    case CanaryResult::Status::Failed: return QStringLiteral("failed");
    case CanaryResult::Status::Error: return QStringLiteral("error");
    case CanaryResult::Status::Skipped: return QStringLiteral("skipped");
    }
    return {};
}

void CanaryRun::tally()
{
    prompts = int(results.size());
    graded = passed = errors = skipped = 0;
    costUsd = 0;
    double latencySum = 0;
    int answered = 0;
    for (const CanaryResult &r : std::as_const(results)) {
        costUsd += r.costUsd;
        if (r.latencyMs) {
            latencySum += double(*r.latencyMs);
            ++answered;
        }
        switch (r.status) {
        case CanaryResult::Status::Passed: ++passed; [[fallthrough]];
        case CanaryResult::Status::Failed: ++graded; break;
        case CanaryResult::Status::Error: ++errors; break;
        case CanaryResult::Status::Skipped: ++skipped; break;
        }
    }
    latencyMsMean = answered ? std::optional<double>(latencySum / answered) : std::nullopt;
}

double fisherLowerTail(int passed, int graded, int basePassed, int baseGraded)
{
    // X, the passes of the run, is hypergeometric: N answers of which K passed, n of them the run's
    const int n = graded, N = graded + baseGraded, K = passed + basePassed;
    if (n <= 0 || baseGraded <= 0)
        return 1.0;
    const double logTotal = logChoose(N, n);
    double p = 0;
    for (int k = std::max(0, K - baseGraded); k <= passed; ++k)
        p += std::exp(logChoose(K, k) + logChoose(N - K, n - k) - logTotal);
    return std::min(1.0, p);
}

DropTest testDrop(int passed, int graded, int basePassed, int baseGraded, int minSamples, double alpha)
{
    DropTest t;
    t.passed = passed;
    t.graded = graded;
    t.basePassed = basePassed;
    t.baseGraded = baseGraded;
    t.enough = graded >= minSamples && baseGraded >= minSamples;
    if (!t.enough)
        return t;
    t.pValue = fisherLowerTail(passed, graded, basePassed, baseGraded);
    // lower than the baseline, and unlikely to be as low by chance
    t.drop = double(passed) * baseGraded < double(basePassed) * graded && *t.pValue < alpha;
    return t;
}

CanaryStore::CanaryStore(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{
}

Expected<CanaryRun> CanaryStore::save(CanaryRun run)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    if (!conn->transaction())
        return Error::make(Error::Kind::Database, QStringLiteral("cannot store the canary run: no transaction"));
    const auto failed = [&conn](const Error &e) {
        conn->rollback();
        return e;
    };
    auto inserted = sql::run(
        *conn,
        QStringLiteral("INSERT INTO monitor_canary_runs(canary, model, started_at, finished_at, prompts, graded, passed, errors, "
                       "skipped, capped, latency_ms_mean, cost_nusd, p_value, alert_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {run.canary, run.model, run.startedAt, run.finishedAt, run.prompts, run.graded, run.passed, run.errors, run.skipped, run.capped ? 1 : 0,
         nullable(run.latencyMsMean), usage::usdToNano(run.costUsd), nullable(run.pValue), nullable(run.alertId)},
        QStringLiteral("cannot store the canary run"));
    if (!inserted)
        return failed(inserted.error());
    run.id = inserted->lastInsertId().toLongLong();
    inserted->finish();
    for (qsizetype i = 0; i < run.results.size(); ++i) {
        const CanaryResult &r = run.results.at(i);
        auto q = sql::run(*conn,
                          QStringLiteral("INSERT INTO monitor_canary_results(run_id, position, row_id, prompt, answer, status, detail, latency_ms, "
                                         "cost_nusd) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                          {run.id, int(i), sql::nonNull(r.rowId), sql::nonNull(r.prompt), sql::nonNull(r.answer), statusName(r.status),
                           sql::nonNull(r.detail), nullable(r.latencyMs), usage::usdToNano(r.costUsd)},
                          QStringLiteral("cannot store the canary's answers"));
        if (!q)
            return failed(q.error());
    }
    // the answers are kept for a while; the runs' figures stay
    auto pruned = sql::run(*conn,
                           QStringLiteral("DELETE FROM monitor_canary_results WHERE run_id IN "
                                          "(SELECT id FROM monitor_canary_runs WHERE canary = ? AND started_at < ?)"),
                           {run.canary, run.startedAt - kResultsKeptMs}, QStringLiteral("cannot prune the canary's answers"));
    if (!pruned)
        return failed(pruned.error());
    pruned->finish();
    if (!conn->commit())
        return failed(Error::make(Error::Kind::Database, QStringLiteral("cannot store the canary run: the commit failed")));
    return run;
}

Expected<QList<CanaryRun>> CanaryStore::runs(const QString &canary, const QString &model, qint64 fromMs, qint64 toMs) const
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QString where = QStringLiteral("canary = ? AND started_at >= ? AND started_at < ?");
    QVariantList binds{canary, fromMs, toMs};
    if (!model.isEmpty()) {
        where += QStringLiteral(" AND model = ?");
        binds << model;
    }
    auto q = sql::run(*conn, QStringLiteral("SELECT %1 FROM monitor_canary_runs WHERE %2 ORDER BY started_at, id").arg(kRunColumns, where), binds,
                      QStringLiteral("cannot read the canary runs"));
    if (!q)
        return q.error();
    QList<CanaryRun> out;
    while (q->next())
        out << readRun(*q);
    return out;
}

Expected<QList<CanaryRun>> CanaryStore::trailing(const QString &canary, const QString &model, int count, qint64 beforeId) const
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    auto q = sql::run(*conn,
                      QStringLiteral("SELECT %1 FROM monitor_canary_runs WHERE canary = ? AND model = ? AND (? = 0 OR id < ?) "
                                     "ORDER BY started_at DESC, id DESC LIMIT ?")
                          .arg(kRunColumns),
                      {canary, model, beforeId, beforeId, std::max(1, count)}, QStringLiteral("cannot read the canary runs"));
    if (!q)
        return q.error();
    QList<CanaryRun> out;
    while (q->next())
        out << readRun(*q);
    return out;
}

Expected<QList<CanaryResult>> CanaryStore::results(qint64 runId) const
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    auto q = sql::run(*conn,
                      QStringLiteral("SELECT row_id, prompt, answer, status, detail, latency_ms, cost_nusd FROM monitor_canary_results "
                                     "WHERE run_id = ? ORDER BY position"),
                      {runId}, QStringLiteral("cannot read the canary's answers"));
    if (!q)
        return q.error();
    QList<CanaryResult> out;
    while (q->next()) {
        CanaryResult r;
        r.rowId = q->value(0).toString();
        r.prompt = q->value(1).toString();
        r.answer = q->value(2).toString();
        r.status = statusFromName(q->value(3).toString()).value_or(CanaryResult::Status::Error);
        r.detail = q->value(4).toString();
        if (!q->value(5).isNull())
            r.latencyMs = q->value(5).toLongLong();
        r.costUsd = usage::nanoToUsd(q->value(6).toLongLong());
        out << r;
    }
    return out;
}

Expected<QHash<QString, qint64>> CanaryStore::lastRuns() const
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    auto q = sql::run(*conn, QStringLiteral("SELECT canary, MAX(started_at) FROM monitor_canary_runs GROUP BY canary"), {},
                      QStringLiteral("cannot read the canary runs"));
    if (!q)
        return q.error();
    QHash<QString, qint64> out;
    while (q->next())
        out.insert(q->value(0).toString(), q->value(1).toLongLong());
    return out;
}

Expected<QStringList> CanaryStore::models(const QString &canary) const
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    auto q = sql::run(*conn, QStringLiteral("SELECT DISTINCT model FROM monitor_canary_runs WHERE canary = ? ORDER BY model"), {canary},
                      QStringLiteral("cannot read the canary runs"));
    if (!q)
        return q.error();
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

Expected<CanaryVerdict> CanaryStore::record(const Canary &canary, CanaryRun run, AlertStore &alerts, qint64 nowMs)
{
    CanaryVerdict v;
    auto before = trailing(run.canary, run.model, canary.trailingRuns);
    if (!before)
        return before.error();
    int basePassed = 0, baseGraded = 0;
    for (const CanaryRun &b : std::as_const(*before)) {
        basePassed += b.passed;
        baseGraded += b.graded;
    }
    const QString rule = canary.rule(run.model);
    auto states = alerts.ruleStates();
    if (!states)
        return states.error();
    const RuleState state = states->value(rule);
    // while a drop's alert is open, the runs are tested against the baseline it fired on: the trailing
    // runs fill with the dropped ones, and against those a model still as bad would look recovered
    if (state.openAlert) {
        auto open = alerts.alert(*state.openAlert);
        if (!open)
            return open.error();
        if (*open && (*open)->details.contains(QLatin1String("baseGraded"))) {
            basePassed = (*open)->details.value(QLatin1String("basePassed")).toInt();
            baseGraded = (*open)->details.value(QLatin1String("baseGraded")).toInt();
        }
    }
    v.test = testDrop(run.passed, run.graded, basePassed, baseGraded, canary.minSamples, canary.alpha);
    run.pValue = v.test.pValue;
    const QString scope = QStringLiteral("canary %1 on %2").arg(canary.name, run.model);
    QJsonObject details{{QStringLiteral("canary"), canary.name},
                        {QStringLiteral("model"), run.model},
                        {QStringLiteral("passed"), run.passed},
                        {QStringLiteral("graded"), run.graded},
                        {QStringLiteral("basePassed"), basePassed},
                        {QStringLiteral("baseGraded"), baseGraded},
                        {QStringLiteral("trailingRuns"), int(before->size())},
                        {QStringLiteral("alpha"), canary.alpha}};
    if (v.test.pValue)
        details.insert(QStringLiteral("pValue"), *v.test.pValue);
    const QString figures = state.openAlert
        ? QStringLiteral("pass rate %1, was %2 before the drop").arg(percent(run.passed, run.graded), percent(basePassed, baseGraded))
        : QStringLiteral("pass rate %1, was %2 over the last %3 run(s)")
              .arg(percent(run.passed, run.graded), percent(basePassed, baseGraded))
              .arg(before->size());
    if (v.test.drop && !state.openAlert) {
        // the prompts that fail now, with their last passing answer (else their last answer) before
        QJsonArray failing;
        QStringList ids;
        for (const CanaryResult &now : std::as_const(run.results)) {
            if (now.status != CanaryResult::Status::Failed)
                continue;
            ids << now.rowId;
            if (failing.size() >= 10)
                continue;
            QString earlier;
            bool passedBefore = false;
            for (const CanaryRun &b : std::as_const(*before)) {
                auto old = results(b.id);
                if (!old)
                    return old.error();
                for (const CanaryResult &o : std::as_const(*old)) {
                    if (o.rowId != now.rowId || o.status == CanaryResult::Status::Skipped)
                        continue;
                    if (earlier.isEmpty() || o.status == CanaryResult::Status::Passed)
                        earlier = o.answer;
                    passedBefore = passedBefore || o.status == CanaryResult::Status::Passed;
                }
                if (passedBefore)
                    break;
            }
            failing.append(QJsonObject{{QStringLiteral("id"), now.rowId},
                                       {QStringLiteral("prompt"), clip(now.prompt, 500)},
                                       {QStringLiteral("detail"), now.detail},
                                       {QStringLiteral("before"), clip(earlier, 2000)},
                                       {QStringLiteral("passedBefore"), passedBefore},
                                       {QStringLiteral("after"), clip(now.answer, 2000)}});
        }
        details.insert(QStringLiteral("failing"), failing);
        Alert a;
        a.rule = rule;
        a.name = canary.name;
        a.kind = QStringLiteral("canary_drop");
        a.scope = scope;
        a.startedAt = nowMs;
        a.message = QStringLiteral("canary %1 on %2 dropped: %3 (Fisher p = %4 < %5); failing: %6")
                        .arg(canary.name, run.model, figures, QString::number(*v.test.pValue, 'g', 3), QString::number(canary.alpha))
                        .arg(ids.join(QStringLiteral(", ")));
        a.details = details;
        a.muted = state.mutedAt(nowMs);
        auto raised = alerts.raise(a);
        if (!raised)
            return raised.error();
        run.alertId = raised->id;
        if (!raised->muted)
            v.raised = *raised;
    } else if (state.openAlert && v.test.enough && !v.test.drop) {
        auto resolved = alerts.resolve(*state.openAlert, nowMs, QStringLiteral("canary %1 on %2 recovered: %3").arg(canary.name, run.model, figures),
                                       details);
        if (!resolved)
            return resolved.error();
        if (!resolved->muted && !state.mutedAt(nowMs))
            v.resolved = *resolved;
    }
    auto saved = save(run);
    if (!saved)
        return saved.error();
    v.run = *saved;
    return v;
}

} // namespace sb::monitor
