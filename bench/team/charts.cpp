// bench_teamcharts: the team Usage page's queries over a 12-month ledger of --rows calls (default
// 10,000,000) on the team's database, as a team server runs them for GET /team/usage (issue 20: "a
// 12-month ledger of 10,000,000 rows keeps team charts under 500 ms"). bench/team/charts.sh starts the
// PostgreSQL 15 server (kept in /work/teamcharts-data) and runs this against it.
//
// 1. Fills the database (once; a later run reuses it) with generated calls through SQL
//    (generate_series, hashed pseudo-random columns: the same rows every time) into the real schema:
//    the monthly partitions of calls and call_traces, then call_requests and the three daily rollups
//    built from the calls with the writer's rules. 40 members (skewed: the busiest makes a fifth of
//    the calls, the quietest 1 %) with 1-2 team keys each, 12 models of 7 providers (one unpriced, one
//    free), 95 % proxy calls, 4 % of requests retried on another model after a 429, 1.5 % errors, 0.5 %
//    cancelled, 75 % streamed (a time to first token), routes and their traces on 40 %, and traffic
//    growing over the year. The indexes of calls and call_requests are dropped for the fill and made
//    again with their own definitions.
// 2. Checks that those rollups are what the ledger writer would have written: --check-rows calls of
//    the same generator in a scratch database are read back and written again through usage::Ledger,
//    and every row of call_requests and the daily rollups must match the SQL's; and on the big database
//    three days of each rollup against a scan of their calls.
// 3. Times every query the team Usage page makes (usage::UsageQueries, and team::loadUsageReport as a
//    whole) for each range (the data's last day, 7 and 30 days, this month, 90 days, 12 months), for
//    the whole team and for one member (the busiest and the quietest), and the calls table's first page
//    (200 rows) with filters: median and slowest of --runs, after one warm-up run.
#include "storage/database.h"
#include "team/teamusage.h"
#include "usage/ledger.h"
#include "usage/loghistogram.h"
#include "usage/monitorrollups.h"
#include "usage/queries.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTextStream>
#include <QUrl>

#include <algorithm>
#include <functional>
#include <vector>

using namespace sb;
using namespace sb::usage;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

void say(const QString &line)
{
    out() << line << "\n";
    out().flush();
}

bool exec(const Database &db, const QString &sql, QString *error = nullptr)
{
    QSqlQuery q(*db.connection());
    if (q.exec(sql))
        return true;
    const QString e = q.lastError().text();
    if (error)
        *error = e;
    else
        qFatal("SQL failed: %s\n%s", qPrintable(e), qPrintable(sql.left(2000)));
    return false;
}

QStringList rows(const Database &db, const QString &sql)
{
    QSqlQuery q(*db.connection());
    if (!q.exec(sql))
        qFatal("SQL failed: %s\n%s", qPrintable(q.lastError().text()), qPrintable(sql.left(2000)));
    QStringList lines;
    while (q.next()) {
        QStringList line;
        for (int i = 0; i < q.record().count(); ++i)
            line << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
        lines << line.join(QLatin1Char('|'));
    }
    return lines;
}

qint64 scalar(const Database &db, const QString &sql)
{
    const QStringList r = rows(db, sql);
    return r.isEmpty() ? -1 : r.first().toLongLong();
}

// ---- the generator ---------------------------------------------------------------------------------

constexpr int kMembers = 40;

// pg_temp.u(j, k): the k-th uniform number in (0, 1) of request j.
const QString kUniform = QStringLiteral("CREATE OR REPLACE FUNCTION pg_temp.u(j BIGINT, k INT) RETURNS FLOAT8 LANGUAGE sql IMMUTABLE AS "
                                        "$$ SELECT ((hashint8extended(j, k) & 2147483647)::FLOAT8 + 0.5) / 2147483648.0 $$");

// The calls of requests [from, to] of `requests` spread over (endMs - spanMs, endMs]. %1 from, %2 to,
// %3 requests, %4 endMs, %5 spanMs. Request j has two attempts when j % 25 = 7: a 429 then the
// answer from another model.
const QString kCallsSql = QStringLiteral(R"(
WITH m(i, provider, model, pin, pout, base, unpriced) AS (VALUES
  (1, 'openai', 'gpt-4o', 2.5, 10.0, 1400, 0), (2, 'openai', 'gpt-4o-mini', 0.15, 0.6, 800, 0),
  (3, 'openai', 'o3-mini', 1.1, 4.4, 4500, 0), (4, 'anthropic', 'claude-sonnet-4', 3.0, 15.0, 2200, 0),
  (5, 'anthropic', 'claude-3-5-haiku', 0.8, 4.0, 900, 0), (6, 'anthropic', 'claude-opus-4', 15.0, 75.0, 4000, 0),
  (7, 'gemini', 'gemini-2.5-flash', 0.3, 2.5, 700, 0), (8, 'gemini', 'gemini-2.5-pro', 1.25, 10.0, 3000, 0),
  (9, 'mistral', 'mistral-large', 2.0, 6.0, 1300, 0), (10, 'deepseek', 'deepseek-chat', 0.27, 1.1, 1800, 0),
  (11, 'ollama', 'llama3.1:8b', 0.0, 0.0, 600, 0), (12, 'together', 'qwen3-235b', 0.0, 0.0, 1500, 1)),
r AS (
  SELECT j,
         %4::BIGINT - %5::BIGINT + floor(%5::FLOAT8 * power((j + 0.5) / %3::FLOAT8, 0.8))::BIGINT AS t,
         width_bucket(pg_temp.u(j, 1), ARRAY[0, .18, .42, .47, .67, .75, .77, .85, .88, .91, .96, .99]::FLOAT8[]) AS mi,
         floor(40 * power(pg_temp.u(j, 2), 2.5))::INT AS member,
         pg_temp.u(j, 3) AS usrc, pg_temp.u(j, 4) AS ukey, pg_temp.u(j, 5) AS uroute, pg_temp.u(j, 6) AS ustatus,
         pg_temp.u(j, 7) AS uin, pg_temp.u(j, 8) AS uout, pg_temp.u(j, 9) AS ucache, pg_temp.u(j, 10) AS ulat1,
         pg_temp.u(j, 11) AS ulat2, pg_temp.u(j, 12) AS ustream, pg_temp.u(j, 13) AS uttft, (j % 25 = 7) AS retried
  FROM generate_series(%1::BIGINT, %2::BIGINT) AS j),
a AS (
  SELECT r.*, n AS attempt,
         CASE WHEN n = 2 THEN (CASE r.mi WHEN 1 THEN 4 WHEN 2 THEN 5 WHEN 4 THEN 1 WHEN 5 THEN 2 WHEN 7 THEN 2 ELSE 4 END) ELSE r.mi END AS model_i,
         CASE WHEN r.retried AND n = 1 THEN 'retry' WHEN r.ustatus < 0.015 THEN 'error' WHEN r.ustatus < 0.02 THEN 'cancelled' ELSE 'ok' END AS st,
         r.t + CASE WHEN n = 2 THEN 300 + floor(r.ulat2 * 200)::BIGINT ELSE 0 END AS started
  FROM r CROSS JOIN LATERAL generate_series(1, CASE WHEN r.retried THEN 2 ELSE 1 END) AS n),
b AS (
  SELECT a.*, m.provider, m.model, m.pin, m.pout, m.unpriced AS mun,
         CASE WHEN a.usrc < 0.95 THEN 'proxy' WHEN a.usrc < 0.98 THEN 'workflow' ELSE 'eval' END AS source,
         CASE WHEN a.st IN ('ok', 'cancelled') THEN 100 + floor(-ln(a.uin) * 1800)::BIGINT ELSE 0 END AS input,
         CASE WHEN a.st = 'ok' THEN 10 + floor(-ln(a.uout) * 350)::BIGINT WHEN a.st = 'cancelled' THEN floor(a.uout * 40)::BIGINT ELSE 0 END AS output,
         CASE WHEN a.st IN ('ok', 'cancelled') THEN
              floor(m.base * exp(0.45 * sqrt(-2 * ln(a.ulat1)) * cos(2 * pi() * a.ulat2)) * (1 + a.uout * 0.5))::BIGINT
              ELSE 150 + floor(a.ulat1 * 800)::BIGINT END AS lat
  FROM a JOIN m ON m.i = a.model_i),
c AS (
  SELECT b.*,
         CASE WHEN b.provider IN ('openai', 'anthropic') AND b.ucache < 0.4 THEN floor(b.input * 0.6)::BIGINT ELSE 0 END AS cache_read,
         CASE WHEN b.provider = 'anthropic' AND b.ucache >= 0.4 AND b.ucache < 0.5 THEN floor(b.input * 0.3)::BIGINT ELSE 0 END AS cache_write,
         CASE WHEN b.model IN ('o3-mini', 'claude-opus-4') THEN floor(b.output * 0.5)::BIGINT ELSE 0 END AS reasoning,
         CASE WHEN b.source = 'proxy' THEN format('sbk%s%s', lpad(b.member::TEXT, 2, '0'), CASE WHEN b.member % 3 = 0 AND b.ukey >= 0.7 THEN 'b' ELSE 'a' END)
              WHEN b.source = 'workflow' THEN format('wf-%s', b.j % 20) ELSE '' END AS source_key,
         CASE WHEN b.uroute < 0.25 THEN 'fast' WHEN b.uroute < 0.4 THEN 'smart' ELSE '' END AS route
  FROM b)
INSERT INTO calls (request_id, started_at, day, source, source_key, provider, model, route, attempt, input_tokens, output_tokens,
                   cache_read_tokens, cache_write_tokens, reasoning_tokens, cost_nusd, latency_ms, ttft_ms, status, error_kind,
                   http_status, unpriced, member)
SELECT 'req-' || c.j, c.started, c.started / 86400000, c.source, c.source_key, c.provider, c.model, c.route, c.attempt,
       c.input, c.output, c.cache_read, c.cache_write, c.reasoning,
       CASE WHEN c.mun = 1 THEN 0 ELSE round(c.input * c.pin * 1000 + c.output * c.pout * 1000)::BIGINT END,
       c.lat,
       CASE WHEN c.st IN ('ok', 'cancelled') AND c.ustream < 0.75 THEN floor(c.lat * (0.08 + 0.25 * c.uttft))::BIGINT END,
       CASE WHEN c.st = 'retry' OR c.st = 'error' THEN 'error' ELSE c.st END,
       CASE c.st WHEN 'retry' THEN 'rate_limited' WHEN 'error' THEN (CASE WHEN c.ustatus < 0.01 THEN 'server' ELSE 'timeout' END)
                 WHEN 'cancelled' THEN 'cancelled' ELSE '' END,
       CASE c.st WHEN 'retry' THEN 429 WHEN 'error' THEN (CASE WHEN c.ustatus < 0.01 THEN 502 END) END,
       CASE WHEN c.mun = 1 AND c.st = 'ok' THEN 1 ELSE 0 END,
       CASE WHEN c.source = 'proxy' THEN format('member%s', lpad(c.member::TEXT, 2, '0')) ELSE '' END
FROM c ORDER BY c.started, c.attempt
)");

// The routing traces of the calls with a route, in [fromId, toId].
const QString kTracesSql = QStringLiteral(
    "INSERT INTO call_traces (call_id, started_at, trace) SELECT id, started_at, "
    "format('{\"strategy\":\"ordered\",\"route\":\"%s\",\"candidates\":[\"%s/%s\",\"anthropic/claude-3-5-haiku\"],\"picked\":%s}', "
    "route, provider, model, attempt - 1) FROM calls WHERE route <> '' AND id BETWEEN %1 AND %2");

// The rollups the ledger writer keeps, from the calls (its rules, core/usage/ledgerwriter.cpp): into
// tables named with `suffix` (empty: the real ones).
QStringList rollupSql(const QString &suffix)
{
    const QString sums = QStringLiteral(
        "count(*), sum((attempt <= 1)::INT), sum((status = 'ok')::INT), sum((status = 'error')::INT), sum((status = 'cancelled')::INT), "
        "sum(input_tokens), sum(output_tokens), sum(cache_read_tokens), sum(cache_write_tokens), sum(reasoning_tokens), sum(cost_nusd), "
        "sum(CASE WHEN status = 'ok' THEN latency_ms ELSE 0 END), sum((status = 'ok' AND ttft_ms IS NOT NULL)::INT)");
    const QString cols = QStringLiteral("attempts, requests, ok, errors, cancelled, input_tokens, output_tokens, cache_read_tokens, "
                                        "cache_write_tokens, reasoning_tokens, cost_nusd, ok_latency_ms, ttft_count");
    return {
        QStringLiteral("INSERT INTO calls_daily_model%1 (day, provider, model, source, %2) SELECT day, provider, model, source, %3 FROM calls "
                       "GROUP BY day, provider, model, source")
            .arg(suffix, cols, sums),
        QStringLiteral("INSERT INTO calls_daily_key%1 (day, source, source_key, provider, %2) SELECT day, source, source_key, provider, %3 "
                       "FROM calls GROUP BY day, source, source_key, provider")
            .arg(suffix, cols, sums),
        QStringLiteral("INSERT INTO calls_daily%1 (source_key, day, provider, model, source, %2) SELECT source_key, day, provider, model, "
                       "source, %3 FROM calls GROUP BY source_key, day, provider, model, source")
            .arg(suffix, cols, sums),
        // a request: its first attempt's start and day, its latest attempt's provider and model
        QStringLiteral("INSERT INTO call_requests%1 (request_id, started_at, day, source, source_key, provider, model, attempts, last_attempt, "
                       "cost_nusd) SELECT request_id, min(started_at), (array_agg(day ORDER BY started_at))[1], min(source), min(source_key), "
                       "(array_agg(provider ORDER BY attempt DESC))[1], (array_agg(model ORDER BY attempt DESC))[1], count(*), max(attempt), "
                       "sum(cost_nusd) FROM calls GROUP BY request_id")
            .arg(suffix),
    };
}

const QStringList kRollupTables{QStringLiteral("calls_daily_model"), QStringLiteral("calls_daily_key"), QStringLiteral("calls_daily"),
                                QStringLiteral("call_requests")};

void addTeam(const Database &db)
{
    exec(db,
         QStringLiteral("INSERT INTO team_members (id, name, role, created_at) SELECT i + 1, format('member%s', lpad(i::TEXT, 2, '0')), "
                        "CASE WHEN i < 2 THEN 'admin' ELSE 'member' END, 0 FROM generate_series(0, %1) AS i ON CONFLICT DO NOTHING")
             .arg(kMembers - 1));
    exec(db,
         QStringLiteral("INSERT INTO team_keys (id, member_id, label, digest, created_at) SELECT format('sbk%s%s', lpad(i::TEXT, 2, '0'), s), "
                        "i + 1, CASE s WHEN 'a' THEN 'laptop' ELSE 'ci' END, md5(i::TEXT || s), 0 FROM generate_series(0, %1) AS i "
                        "CROSS JOIN (VALUES ('a'), ('b')) AS k(s) WHERE s = 'a' OR i % 3 = 0 ON CONFLICT DO NOTHING")
             .arg(kMembers - 1));
}

// Fills calls (and traces) with `rows` calls ending at endMs, in chunks.
void fillCalls(const Database &db, qint64 rows, qint64 endMs, int chunks)
{
    const qint64 spanMs = 365 * kMsPerDay;
    const qint64 requests = qint64(double(rows) / 1.04); // one request in 25 has two attempts
    exec(db, kUniform);
    exec(db, QStringLiteral("SET jit = off")); // compiling each chunk's expressions took 4 s of 5
    exec(db, QStringLiteral("SELECT ledger_ensure_months(%1, %2)").arg(endMs - spanMs - kMsPerDay).arg(endMs + kMsPerDay));
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < chunks; ++i) {
        const qint64 from = requests * i / chunks, to = requests * (i + 1) / chunks - 1;
        const qint64 firstId = scalar(db, QStringLiteral("SELECT COALESCE(max(id), 0) FROM calls")) + 1;
        exec(db, kCallsSql.arg(from).arg(to).arg(requests).arg(endMs).arg(spanMs));
        const qint64 lastId = scalar(db, QStringLiteral("SELECT COALESCE(max(id), 0) FROM calls"));
        exec(db, kTracesSql.arg(firstId).arg(lastId));
        if (chunks > 1)
            say(QStringLiteral("  chunk %1/%2: requests %3..%4, %5 s")
                    .arg(i + 1)
                    .arg(chunks)
                    .arg(from)
                    .arg(to)
                    .arg(timer.elapsed() / 1000.0, 0, 'f', 0));
    }
}

// ---- the writer's rollups against the SQL's ------------------------------------------------------

// Reads every call back as the CallRecord the writer would have been given (the calls table's pages;
// the member column plays no part in the rollups).
std::vector<CallRecord> readCalls(const std::shared_ptr<Database> &db, qint64 endMs)
{
    const UsageQueries queries(db);
    const Filter all{dayOfMs(endMs) - 400, dayOfMs(endMs) + 2, {}, {}, {}, {}};
    std::vector<CallRecord> out;
    std::optional<CallCursor> after;
    do {
        auto page = queries.calls(all, 5000, after);
        if (!page)
            qFatal("cannot read the calls: %s", qPrintable(page.error().message));
        for (const CallRow &row : std::as_const(page->rows))
            out.push_back(row.call);
        after = page->next;
    } while (after);
    std::reverse(out.begin(), out.end()); // oldest first, as they were recorded
    return out;
}

QString orderedRows(const QString &table)
{
    if (table == QLatin1String("call_requests"))
        return QStringLiteral("SELECT request_id, started_at, day, source, source_key, provider, model, attempts, last_attempt, cost_nusd FROM %1 "
                              "ORDER BY request_id");
    const QString sums = QStringLiteral("attempts, requests, ok, errors, cancelled, input_tokens, output_tokens, cache_read_tokens, "
                                        "cache_write_tokens, reasoning_tokens, cost_nusd, ok_latency_ms, ttft_count");
    if (table == QLatin1String("calls_daily_model"))
        return QStringLiteral("SELECT day, provider, model, source, %1 FROM %2 ORDER BY day, provider, model, source")
            .arg(sums, QStringLiteral("%1"));
    if (table == QLatin1String("calls_daily_key"))
        return QStringLiteral("SELECT day, source, source_key, provider, %1 FROM %2 ORDER BY day, source, source_key, provider")
            .arg(sums, QStringLiteral("%1"));
    return QStringLiteral("SELECT source_key, day, provider, model, source, %1 FROM %2 ORDER BY source_key, day, provider, model, source")
        .arg(sums, QStringLiteral("%1"));
}

// In a scratch database: the generator's calls and the SQL's rollups, then the same calls written again
// through usage::Ledger (batches as it makes them): every rollup row must be the same.
bool checkAgainstWriter(const QString &url, qint64 callCount)
{
    QUrl u(url);
    const QString name = u.path().mid(1) + QStringLiteral("_check");
    {
        auto admin = Database::open(url);
        if (!admin)
            qFatal("%s", qPrintable(admin.error().message));
        exec(**admin, QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name));
        exec(**admin, QStringLiteral("CREATE DATABASE %1").arg(name));
    }
    u.setPath(QLatin1Char('/') + name);
    auto db = Database::open(u.toString());
    if (!db)
        qFatal("%s", qPrintable(db.error().message));
    const qint64 endMs = QDateTime::currentMSecsSinceEpoch();
    addTeam(**db);
    fillCalls(**db, callCount, endMs, 1);
    for (const QString &t : kRollupTables)
        exec(**db, QStringLiteral("CREATE TABLE %1_sql (LIKE %1)").arg(t));
    for (const QString &s : rollupSql(QStringLiteral("_sql")))
        exec(**db, s);
    const std::vector<CallRecord> calls = readCalls(*db, endMs);
    exec(**db, QStringLiteral("TRUNCATE calls, call_traces, call_requests, calls_daily_model, calls_daily_key, calls_daily"));
    {
        Ledger ledger(*db);
        for (const CallRecord &c : calls) {
            while (!ledger.record(c))
                (void)ledger.flush();
        }
        if (auto flushed = ledger.flush(); !flushed)
            qFatal("the ledger cannot write: %s", qPrintable(flushed.error().message));
        ledger.stop();
    }
    bool same = scalar(**db, QStringLiteral("SELECT count(*) FROM calls")) == qint64(calls.size());
    for (const QString &t : kRollupTables) {
        const QStringList writer = rows(**db, orderedRows(t).arg(t));
        const QStringList generated = rows(**db, orderedRows(t).arg(t + QStringLiteral("_sql")));
        say(QStringLiteral("  %1: %2 rows from the writer, %3 from the SQL: %4")
                .arg(t)
                .arg(writer.size())
                .arg(generated.size())
                .arg(writer == generated ? QStringLiteral("the same") : QStringLiteral("DIFFERENT")));
        if (writer != generated) {
            for (qsizetype i = 0; i < std::min(writer.size(), generated.size()); ++i) {
                if (writer.at(i) != generated.at(i)) {
                    say(QStringLiteral("    writer: %1\n    sql:    %2").arg(writer.at(i), generated.at(i)));
                    break;
                }
            }
            same = false;
        }
    }
    return same;
}

// Three days of each daily rollup of the big database against a scan of their calls.
bool checkSample(const Database &db)
{
    const QStringList days
        = rows(db, QStringLiteral("SELECT min(day), (min(day) + max(day)) / 2, max(day) FROM calls_daily_model")).first().split(QLatin1Char('|'));
    bool same = true;
    // (sums as BIGINT, the rollups' type: a numeric reads back in another form)
    const QString sums = QStringLiteral(
        "count(*), sum((attempt <= 1)::INT)::BIGINT, sum((status = 'ok')::INT)::BIGINT, sum((status = 'error')::INT)::BIGINT, "
        "sum((status = 'cancelled')::INT)::BIGINT, sum(input_tokens)::BIGINT, sum(output_tokens)::BIGINT, sum(cache_read_tokens)::BIGINT, "
        "sum(cache_write_tokens)::BIGINT, sum(reasoning_tokens)::BIGINT, sum(cost_nusd)::BIGINT, "
        "sum(CASE WHEN status = 'ok' THEN latency_ms ELSE 0 END)::BIGINT, sum((status = 'ok' AND ttft_ms IS NOT NULL)::INT)::BIGINT");
    const QString cols = QStringLiteral("attempts, requests, ok, errors, cancelled, input_tokens, output_tokens, cache_read_tokens, "
                                        "cache_write_tokens, reasoning_tokens, cost_nusd, ok_latency_ms, ttft_count");
    for (const QString &day : days) {
        const QString range = QStringLiteral("started_at >= %1::BIGINT * 86400000 AND started_at < (%1::BIGINT + 1) * 86400000").arg(day);
        const std::pair<QString, QString> pairs[] = {
            {QStringLiteral("SELECT day, provider, model, source, %1 FROM calls_daily_model WHERE day = %2 ORDER BY 1, 2, 3, 4").arg(cols, day),
             QStringLiteral("SELECT day, provider, model, source, %1 FROM calls WHERE %2 GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4").arg(sums, range)},
            {QStringLiteral("SELECT day, source, source_key, provider, %1 FROM calls_daily_key WHERE day = %2 ORDER BY 1, 2, 3, 4").arg(cols, day),
             QStringLiteral("SELECT day, source, source_key, provider, %1 FROM calls WHERE %2 GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4")
                 .arg(sums, range)},
            {QStringLiteral("SELECT source_key, day, provider, model, source, %1 FROM calls_daily WHERE day = %2 ORDER BY 1, 2, 3, 4, 5")
                 .arg(cols, day),
             QStringLiteral("SELECT source_key, day, provider, model, source, %1 FROM calls WHERE %2 GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5")
                 .arg(sums, range)},
        };
        for (const auto &[rollup, scan] : pairs) {
            const QStringList a = rows(db, rollup), b = rows(db, scan);
            if (a != b || a.isEmpty()) {
                say(QStringLiteral("  day %1: the rollup (%2 rows) and the scan (%3 rows) differ: %4")
                        .arg(day)
                        .arg(a.size())
                        .arg(b.size())
                        .arg(rollup));
                same = false;
            }
        }
    }
    say(QStringLiteral("  days %1: every rollup row as a scan of the calls finds it: %2")
            .arg(days.join(QStringLiteral(", ")), same ? QStringLiteral("yes") : QStringLiteral("NO")));
    return same;
}

// ---- the Monitor's daily rollups ------------------------------------------------------------------

// monitor_day and its totals (0016, 0020, 0024; latencyFromRollups reads them) as the ledger writer
// keeps them, from the calls: a day at a time, every call of the day read back (UsageQueries::calls) as
// the CallRecord the writer would have been given, added to the day's MonitorBuckets, written by the writer's own
// MonitorRollupWriter::writeBuckets. (The ledger's monitor_totals_start reads 0 when they were empty
// at the upgrade: the totals tables hold every day.)
void fillMonitorDays(const std::shared_ptr<Database> &db)
{
    QElapsedTimer timer;
    timer.start();
    auto conn = db->connection();
    if (!conn)
        qFatal("no connection: %s", qPrintable(conn.error().message));
    const QStringList span = rows(*db, QStringLiteral("SELECT min(day), max(day) FROM calls_daily_model")).first().split(QLatin1Char('|'));
    sb::usage::detail::MonitorRollupWriter writer;
    qint64 calls = 0;
    const UsageQueries queries(db);
    for (qint64 day = span.at(0).toLongLong(); day <= span.at(1).toLongLong(); ++day) {
        auto page = queries.calls(Filter{day, day + 1, {}, {}, {}, {}}, 10'000'000); // every call of the day
        if (!page)
            qFatal("cannot read the calls: %s", qPrintable(page.error().message));
        sb::usage::MonitorBuckets buckets;
        for (const CallRow &row : std::as_const(page->rows)) {
            buckets[{day * kMsPerDay, sb::usage::MonitorGroup::of(row.call)}].add(row.call);
            ++calls;
        }
        if (!conn->transaction())
            qFatal("no transaction");
        if (auto done = writer.writeBuckets(*conn, sb::usage::Resolution::Day, buckets); !done)
            qFatal("cannot write the day rollups: %s", qPrintable(done.error().message));
        if (!conn->commit())
            qFatal("cannot commit");
    }
    writer.release();
    exec(*db, QStringLiteral("VACUUM ANALYZE monitor_day"));
    exec(*db, QStringLiteral("ANALYZE monitor_day_model"));
    say(QStringLiteral("  monitor_day and its totals from %1 calls: %2 rows in %3 s")
            .arg(calls)
            .arg(scalar(*db, QStringLiteral("SELECT count(*) FROM monitor_day")))
            .arg(timer.elapsed() / 1000.0, 0, 'f', 0));
}

// latencyFromRollups against the exact latencyPerModel: every percentile within the stated error
// (and a millisecond of rounding), counts and means equal.
bool checkEstimates(const UsageQueries &queries, const Filter &f, const QString &name)
{
    auto exact = queries.latencyPerModel(f);
    auto estimate = queries.latencyFromRollups(f);
    if (!exact || !estimate) {
        say(QStringLiteral("  %1: a query failed").arg(name));
        return false;
    }
    bool good = estimate->relativeError > 0 && exact->size() == estimate->rows.size();
    double worst = 0;
    auto near = [&](qint64 e, qint64 x) {
        const double d = std::abs(double(e - x));
        worst = std::max(worst, x > 0 ? d / double(x) : d);
        return d <= estimate->relativeError * double(x) + 1;
    };
    for (qsizetype i = 0; good && i < exact->size(); ++i) {
        const LatencyStats &x = exact->at(i), &e = estimate->rows.at(i);
        good = x.provider == e.provider && x.model == e.model && x.count == e.count && x.ttftCount == e.ttftCount
            && std::abs(x.meanMs - e.meanMs) < 1e-6 && near(e.p50Ms, x.p50Ms) && near(e.p95Ms, x.p95Ms)
            && near(e.ttftP50Ms.value_or(0), x.ttftP50Ms.value_or(0)) && near(e.ttftP95Ms.value_or(0), x.ttftP95Ms.value_or(0));
    }
    say(QStringLiteral("  %1: %2 models, estimates within %3 % of the exact percentiles (worst %4 %): %5")
            .arg(name)
            .arg(exact->size())
            .arg(estimate->relativeError * 100, 0, 'f', 2)
            .arg(worst * 100, 0, 'f', 2)
            .arg(good ? QStringLiteral("yes") : QStringLiteral("NO")));
    return good;
}

// ---- the fill ----------------------------------------------------------------------------------------

void fill(const Database &db, qint64 rowsWanted)
{
    QElapsedTimer timer;
    timer.start();
    addTeam(db);
    // the indexes go for the fill and come back with their own definitions (pg_get_indexdef)
    const QString which = QStringLiteral("SELECT c.relname, pg_get_indexdef(c.oid) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                                         "JOIN pg_class t ON t.oid = i.indrelid WHERE t.relname IN ('calls', 'call_requests') AND NOT i.indisprimary "
                                         "ORDER BY c.relname");
    const QStringList indexes = rows(db, which);
    for (const QString &line : indexes)
        exec(db, QStringLiteral("DROP INDEX %1").arg(line.section(QLatin1Char('|'), 0, 0)));
    const qint64 endMs = (QDateTime::currentMSecsSinceEpoch() / kMsPerDay) * kMsPerDay + 12 * 3'600'000; // noon of today (UTC)
    fillCalls(db, rowsWanted, endMs, 20);
    say(QStringLiteral("  calls and traces: %1 s").arg(timer.elapsed() / 1000.0, 0, 'f', 0));
    for (const QString &s : rollupSql(QString()))
        exec(db, s);
    say(QStringLiteral("  rollups: %1 s").arg(timer.elapsed() / 1000.0, 0, 'f', 0));
    exec(db, QStringLiteral("SET maintenance_work_mem = '512MB'"));
    for (const QString &line : indexes) // (ON ONLY would make the parent's index alone, invalid)
        exec(db, line.section(QLatin1Char('|'), 1).replace(QStringLiteral(" ON ONLY "), QStringLiteral(" ON ")));
    say(QStringLiteral("  indexes: %1 s").arg(timer.elapsed() / 1000.0, 0, 'f', 0));
    exec(db, QStringLiteral("VACUUM ANALYZE"));
    exec(db, QStringLiteral("CREATE TABLE bench_teamcharts (rows BIGINT NOT NULL, end_ms BIGINT NOT NULL)"));
    exec(db, QStringLiteral("INSERT INTO bench_teamcharts VALUES (%1, %2)").arg(rowsWanted).arg(endMs));
    say(QStringLiteral("filled %1 calls in %2 s")
            .arg(scalar(db, QStringLiteral("SELECT count(*) FROM calls")))
            .arg(timer.elapsed() / 1000.0, 0, 'f', 0));
}

// ---- timing -----------------------------------------------------------------------------------------

struct Timing {
    double median = 0;
    double max = 0;
};

Timing timeMs(int runs, const std::function<bool()> &f)
{
    if (!f()) // the warm-up, and a query that fails says so
        return {-1, -1};
    std::vector<double> t;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        (void)f();
        t.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(t.begin(), t.end());
    return {t[t.size() / 2], t.back()};
}

QString cell(const Timing &t)
{
    if (t.median < 0)
        return QStringLiteral("FAILED");
    return QStringLiteral("%1 (%2)%3").arg(t.median, 0, 'f', 1).arg(t.max, 0, 'f', 0).arg(t.max >= 500 ? QStringLiteral(" **>500**") : QString());
}

template<typename T> bool ok(const Expected<T> &e)
{
    if (!e)
        say(QStringLiteral("  query failed: ") + e.error().message);
    return bool(e);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption dbOpt(QStringLiteral("database"), QStringLiteral("postgresql://USER@HOST:PORT/DB (filled when empty)"), QStringLiteral("url"));
    QCommandLineOption rowsOpt(QStringLiteral("rows"), QStringLiteral("calls to generate"), QStringLiteral("n"), QStringLiteral("10000000"));
    QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("timed runs per query"), QStringLiteral("n"), QStringLiteral("5"));
    QCommandLineOption checkOpt(QStringLiteral("check-rows"), QStringLiteral("calls of the writer check (0: none)"), QStringLiteral("n"),
                                QStringLiteral("20000"));
    QCommandLineOption onlyOpt(QStringLiteral("only"), QStringLiteral("time only the queries whose name contains one of these (comma-separated)"),
                               QStringLiteral("texts"));
    QCommandLineOption scopesOpt(QStringLiteral("scopes"), QStringLiteral("team, busiest, quietest, calls (comma-separated; default all)"),
                                 QStringLiteral("names"), QStringLiteral("team,busiest,quietest,calls"));
    QCommandLineOption estimatesOpt(QStringLiteral("check-estimates"),
                                    QStringLiteral("compare latencyFromRollups with the exact latencyPerModel first (slow)"));
    parser.addOptions({dbOpt, rowsOpt, runsOpt, checkOpt, onlyOpt, scopesOpt, estimatesOpt});
    parser.process(app);
    const QString url = parser.value(dbOpt);
    const qint64 rowsWanted = parser.value(rowsOpt).toLongLong();
    const int runs = std::max(1, parser.value(runsOpt).toInt());
    if (url.isEmpty()) {
        say(QStringLiteral("--database is required (bench/team/charts.sh starts a server)"));
        return 2;
    }

    if (const qint64 checkRows = parser.value(checkOpt).toLongLong(); checkRows > 0) {
        say(QStringLiteral("writer check: %1 generated calls written again through usage::Ledger").arg(checkRows));
        if (!checkAgainstWriter(url, checkRows)) {
            say(QStringLiteral("the generated rollups are not the writer's"));
            return 1;
        }
    }

    auto opened = Database::open(url);
    if (!opened) {
        say(opened.error().message);
        return 1;
    }
    const std::shared_ptr<Database> db = *opened;
    QString missing;
    if (!exec(*db, QStringLiteral("SELECT rows FROM bench_teamcharts"), &missing)) {
        say(QStringLiteral("filling %1 calls over 12 months").arg(rowsWanted));
        fill(*db, rowsWanted);
    }
    const QStringList meta = rows(*db, QStringLiteral("SELECT rows, end_ms FROM bench_teamcharts")).first().split(QLatin1Char('|'));
    const qint64 endMs = meta.at(1).toLongLong();
    const qint64 lastDay = dayOfMs(endMs);
    say(QStringLiteral("reusing %1 calls (%2 rows of calls_daily) ending %3; %4")
            .arg(scalar(*db, QStringLiteral("SELECT sum(attempts)::BIGINT FROM calls_daily_model")))
            .arg(scalar(*db, QStringLiteral("SELECT count(*) FROM calls_daily")))
            .arg(QDateTime::fromMSecsSinceEpoch(endMs, Qt::UTC).toString(Qt::ISODate),
                 rows(*db, QStringLiteral("SELECT version()")).first().section(QLatin1Char(' '), 0, 1)));
    if (!checkSample(*db))
        return 1;
    if (scalar(*db, QStringLiteral("SELECT count(*) FROM monitor_day")) == 0) {
        say(QStringLiteral("filling the Monitor's day rollups"));
        fillMonitorDays(db);
    }

    const QStringList busiest = rows(
        *db,
        QStringLiteral("SELECT m.name, sum(c.attempts)::BIGINT AS n FROM calls_daily_key c JOIN team_keys k ON k.id = c.source_key "
                       "JOIN team_members m ON m.id = k.member_id WHERE c.source = 'proxy' GROUP BY m.name ORDER BY n DESC"));
    const QString heavy = busiest.first().section(QLatin1Char('|'), 0, 0);
    const QString light = busiest.last().section(QLatin1Char('|'), 0, 0);
    say(QStringLiteral("members: %1 (busiest, %2 calls), %3 (quietest, %4 calls)")
            .arg(heavy, busiest.first().section(QLatin1Char('|'), 1), light, busiest.last().section(QLatin1Char('|'), 1)));

    const UsageQueries queries(db);
    if (parser.isSet(estimatesOpt)) {
        bool good = true;
        for (const auto &[name, from, member] : {std::tuple(QStringLiteral("team, 7 d"), lastDay - 6, std::optional<QString>()),
                                                 std::tuple(QStringLiteral("busiest member, today"), lastDay, std::optional<QString>(heavy)),
                                                 std::tuple(QStringLiteral("quietest member, 30 d"), lastDay - 29, std::optional<QString>(light))}) {
            Filter f{from, lastDay + 1, {}, {}, {}, {}};
            f.member = member;
            good = checkEstimates(queries, f, name) && good;
        }
        if (!good)
            return 1;
    }
    const QDate last = dateOfDay(lastDay);
    struct Range {
        QString name;
        qint64 from;
    };
    const QList<Range> ranges{{QStringLiteral("today"), lastDay},     {QStringLiteral("7 d"), lastDay - 6},
                              {QStringLiteral("30 d"), lastDay - 29}, {QStringLiteral("month"), dayOfDate(QDate(last.year(), last.month(), 1))},
                              {QStringLiteral("90 d"), lastDay - 89}, {QStringLiteral("12 mo"), lastDay - 364}};
    struct Scope {
        QString name;
        std::optional<QString> member;
    };
    const QList<Scope> scopes{
        {QStringLiteral("team"), std::nullopt}, {QStringLiteral("busiest member"), heavy}, {QStringLiteral("quietest member"), light}};
    const QStringList only = parser.value(onlyOpt).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QStringList wanted = parser.value(scopesOpt).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const auto chosen = [&](const QString &name) {
        return only.isEmpty() || std::any_of(only.begin(), only.end(), [&](const QString &o) { return name.contains(o); });
    };

    using Step = std::pair<QString, std::function<bool(const Filter &)>>;
    const QList<Step> steps{
        {QStringLiteral("totals"), [&](const Filter &f) { return ok(queries.totals(f)); }},
        {QStringLiteral("spendPerDay(provider)"), [&](const Filter &f) { return ok(queries.spendPerDay(f, Dimension::Provider)); }},
        {QStringLiteral("spendPerDay(model)"), [&](const Filter &f) { return ok(queries.spendPerDay(f, Dimension::Model)); }},
        {QStringLiteral("spendPerDay(source_key)"), [&](const Filter &f) { return ok(queries.spendPerDay(f, Dimension::SourceKey)); }},
        {QStringLiteral("tokensPerDay"), [&](const Filter &f) { return ok(queries.tokensPerDay(f)); }},
        {QStringLiteral("latencyPerModel"), [&](const Filter &f) { return ok(queries.latencyPerModel(f)); }},
        {QStringLiteral("latencyFromRollups"), [&](const Filter &f) { return ok(queries.latencyFromRollups(f)); }},
        {QStringLiteral("errorRates"), [&](const Filter &f) { return ok(queries.errorRates(f)); }},
        {QStringLiteral("topSourceKeys(10)"), [&](const Filter &f) { return ok(queries.topSourceKeys(f, 10)); }},
        {QStringLiteral("topRequests(10)"), [&](const Filter &f) { return ok(queries.topRequests(f, 10)); }},
        {QStringLiteral("unpricedCalls"), [&](const Filter &f) { return ok(queries.unpricedCalls(f)); }},
        {QStringLiteral("GET /team/usage (all of it)"),
         [&](const Filter &f) { return ok(team::loadUsageReport(db, f, Dimension::Provider, !f.member.has_value())); }},
    };
    QFile loadavg(QStringLiteral("/proc/loadavg"));
    if (loadavg.open(QIODevice::ReadOnly))
        say(QStringLiteral("load average: ") + QString::fromLatin1(loadavg.readAll()).section(QLatin1Char(' '), 0, 2));
    for (const Scope &scope : scopes) {
        if (!wanted.contains(scope.name.section(QLatin1Char(' '), 0, 0)))
            continue;
        say(QStringLiteral("\n%1: ms, median of %2 (slowest)").arg(scope.name).arg(runs));
        QString header = QStringLiteral("| query |");
        QString rule = QStringLiteral("|---|");
        for (const Range &r : ranges) {
            header += QStringLiteral(" %1 |").arg(r.name);
            rule += QStringLiteral("---|");
        }
        say(header);
        say(rule);
        for (const auto &[name, step] : steps) {
            if (!chosen(name))
                continue;
            QString line = QStringLiteral("| %1 |").arg(name);
            for (const Range &r : ranges) {
                Filter f{r.from, lastDay + 1, {}, {}, {}, {}};
                f.member = scope.member;
                line += QStringLiteral(" %1 |").arg(cell(timeMs(runs, [&] { return step(f); })));
            }
            say(line);
        }
    }

    // the calls table's first page (200 rows, newest first) over 12 months, with the table's filters
    if (wanted.contains(QStringLiteral("calls")))
        say(QStringLiteral("\ncalls table, first page of 200, 12 months: ms, median of %1 (slowest)").arg(runs));
    if (wanted.contains(QStringLiteral("calls")))
        say(QStringLiteral("| filter | ms |\n|---|---|"));
    struct PageCase {
        QString name;
        std::function<void(Filter &)> set;
    };
    const QList<PageCase> pages{
        {QStringLiteral("none"), [](Filter &) {}},
        {QStringLiteral("provider anthropic"), [](Filter &f) { f.provider = QStringLiteral("anthropic"); }},
        {QStringLiteral("model qwen3-235b (1 %)"), [](Filter &f) { f.model = QStringLiteral("qwen3-235b"); }},
        {QStringLiteral("source eval (2 %)"), [](Filter &f) { f.source = Source::Eval; }},
        {QStringLiteral("key sbk00b"), [](Filter &f) { f.sourceKey = QStringLiteral("sbk00b"); }},
        {QStringLiteral("status error"), [](Filter &f) { f.status = CallStatus::Error; }},
        {QStringLiteral("route smart"), [](Filter &f) { f.route = QStringLiteral("smart"); }},
        {QStringLiteral("busiest member"), [&](Filter &f) { f.member = heavy; }},
        {QStringLiteral("quietest member"), [&](Filter &f) { f.member = light; }},
        {QStringLiteral("quietest member, model gpt-4o"),
         [&](Filter &f) {
             f.member = light;
             f.model = QStringLiteral("gpt-4o");
         }},
    };
    for (const PageCase &p : pages) {
        if (!wanted.contains(QStringLiteral("calls")))
            continue;
        Filter f{lastDay - 364, lastDay + 1, {}, {}, {}, {}};
        p.set(f);
        say(QStringLiteral("| %1 | %2 |").arg(p.name, cell(timeMs(runs, [&] { return ok(queries.calls(f, 200)); }))));
    }
    if (loadavg.seek(0))
        say(QStringLiteral("\nload average after: ") + QString::fromLatin1(loadavg.readAll()).section(QLatin1Char(' '), 0, 2));
    return 0;
}
