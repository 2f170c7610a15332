// monitor::CommitFeed and what the rollup writer tells it (usage::MonitorCommit): groups told by the
// writer's numbers, summed per minute and group id, classified once per group, the ids' generations
// and the overflow.
#include "monitor/commitfeed.h"
#include "sqlfixture.h"
#include "storage/database.h"
#include "usage/ledgerwriter.h"
#include "usage/monitorrollups.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <deque>
#include <map>
#include <memory>
#include <set>
#include <vector>

using namespace sb;
using namespace sb::usage;
using sb::monitor::CommitFeed;
using sb::monitor::Counts;
using sb::monitor::FedRow;

namespace {

constexpr qint64 kT0 = 20'177LL * kMsPerDay; // 2025-03-30 00:00 UTC

MonitorGroup group(int model, CallStatus status = CallStatus::Ok, const QString &errorKind = {})
{
    MonitorGroup g;
    g.provider = QStringLiteral("openai");
    g.model = QStringLiteral("m%1").arg(model);
    g.route = QStringLiteral("r");
    g.source = Source::Proxy;
    g.sourceKey = QStringLiteral("k");
    g.status = status;
    g.errorKind = errorKind;
    return g;
}

MonitorSums sumsOf(qint64 attempts)
{
    MonitorSums s;
    s.attempts = attempts;
    s.requests = attempts;
    s.costNano = 7 * attempts;
    s.latencyMsSum = 100 * attempts;
    return s;
}

// A commit as a writer builds it: the writer's numbering and groups, its rows.
struct Told {
    std::uint64_t numbering = 1;
    std::vector<MonitorGroup> groups;
    std::vector<MonitorToldRow> rows;
    std::vector<MonitorTotalChange> totals;
    std::vector<MonitorBucketCount> okBuckets;

    // a row of group `g` (the writer's number `number` for it): `attempts` added, `after` once written
    void add(qint64 t, std::uint32_t number, const MonitorGroup &g, qint64 attempts, qint64 after)
    {
        if (groups.size() <= number)
            groups.resize(number + 1);
        groups[number] = g;
        addRow(t, number, attempts, after);
    }
    // a row of the group the writer numbered `number`, its group already in `groups`
    void addRow(qint64 t, std::uint32_t number, qint64 attempts, qint64 after)
    {
        rows.push_back({t, number, after, MonitorToldCounts::of(sumsOf(attempts))});
    }
    void tell(CommitFeed &feed) const { feed.committed(MonitorCommit{numbering, groups, rows, totals, okBuckets}); }
};

// The taken rows by (minute, group), with the taker's table of the groups (Taken::named).
std::map<std::pair<qint64, MonitorGroup>, FedRow> byGroup(const CommitFeed::Taken &taken, std::vector<MonitorGroup> &named)
{
    std::map<std::pair<qint64, MonitorGroup>, FedRow> out;
    for (const FedRow &row : taken.rows) {
        if (row.groupId >= named.size())
            qFatal("a row of an unnamed group");
        out[{row.t, named[row.groupId]}] = row;
    }
    return out;
}

// A call of group(model) (its requested model; it answered with a snapshot of it).
CallRecord callOf(int model, qint64 t, qint64 latencyMs, CallStatus status = CallStatus::Ok, const QString &errorKind = {})
{
    CallRecord c;
    c.provider = QStringLiteral("openai");
    c.requestedModel = QStringLiteral("m%1").arg(model);
    c.model = c.requestedModel + QStringLiteral("-2025");
    c.route = QStringLiteral("r");
    c.source = Source::Proxy;
    c.sourceKey = QStringLiteral("k");
    c.startedAtMs = t;
    c.latencyMs = latencyMs;
    c.status = status;
    c.errorKind = errorKind;
    return c;
}

// What a listener heard of each commit: per row, its group, number, attempts added and once written,
// and its ok calls' latency buckets.
struct Heard : MonitorCommitListener {
    struct Row {
        std::uint32_t number = 0;
        qint64 attempts = 0;
        qint64 after = 0;
        std::map<int, qint64> latency; // bucket: calls
    };
    std::vector<std::uint64_t> numberings;
    std::vector<std::map<std::pair<qint64, MonitorGroup>, Row>> commits;
    void committed(const MonitorCommit &commit) override
    {
        numberings.push_back(commit.numbering);
        auto &rows = commits.emplace_back();
        std::vector<const MonitorToldRow *> told;
        for (const MonitorToldRow &row : commit.minutes) {
            if (row.group >= commit.groups.size())
                qFatal("a row of a group not in the commit");
            rows[{row.t, commit.groups[row.group]}] = {row.group, row.counts.attempts, row.attemptsAfter, {}};
            told.push_back(&row);
        }
        for (const MonitorBucketCount &b : commit.okBuckets) {
            if (b.ttft)
                continue;
            const MonitorToldRow &row = *told.at(b.row);
            rows[{row.t, commit.groups[row.group]}].latency[b.bucket] += b.count;
        }
    }
};

// Both listening to a database's writers: each commit as heard, and the feed's sums.
struct Listeners {
    std::shared_ptr<Heard> heard = std::make_shared<Heard>();
    std::shared_ptr<CommitFeed> feed = std::make_shared<CommitFeed>();
    explicit Listeners(const QSqlDatabase &conn)
    {
        listenToMonitorCommits(monitorDatabaseKey(conn), heard);
        listenToMonitorCommits(monitorDatabaseKey(conn), feed);
    }
};

// The calls written by `w` in a transaction of their own, committed (and told) or rolled back.
bool writeCalls(detail::MonitorRollupWriter &w, const QSqlDatabase &conn, const std::vector<CallRecord> &calls, bool commit = true)
{
    std::deque<detail::LedgerRow> batch;
    for (const CallRecord &c : calls)
        batch.push_back({c, QByteArray()});
    QSqlQuery tx(conn);
    if (!tx.exec(QStringLiteral("BEGIN")) || !w.write(conn, batch) || !tx.exec(QString::fromLatin1(commit ? "COMMIT" : "ROLLBACK")))
        return false;
    if (commit)
        w.committed();
    else
        w.rolledBack();
    return true;
}

} // namespace

class TestCommitFeed : public QObject
{
    Q_OBJECT

private slots:
    // Two writers number the same groups differently: the feed sums their rows per minute and group, and
    // names each group once.
    void sumsTheWritersRowsPerMinuteAndGroup()
    {
        CommitFeed feed;
        Told a;
        a.numbering = 11;
        a.add(kT0, 0, group(1), 2, 2);
        a.add(kT0, 1, group(2), 3, 3);
        a.add(kT0 + kMsPerMinute, 0, group(1), 1, 1);
        a.okBuckets.push_back({0, false, 5, 2});
        a.okBuckets.push_back({2, true, 7, 1});
        a.tell(feed);
        Told b;
        b.numbering = 12;
        b.add(kT0, 0, group(2), 4, 7); // group 2 is b's number 0
        b.add(kT0, 1, group(1), 1, 3);
        b.add(kT0, 2, group(3), 5, -1); // not written: older than the minutes kept
        b.okBuckets.push_back({1, false, 5, 1});
        b.okBuckets.push_back({2, false, 9, 5}); // of the row not written
        b.tell(feed);

        CommitFeed::Taken taken = feed.take();
        QCOMPARE(taken.batches, 2);
        QVERIFY(!taken.overflowed);
        QCOMPARE(taken.rows.size(), std::size_t(3));
        QCOMPARE(taken.named.size(), std::size_t(2)); // group 3's row was not written: not named
        QCOMPARE(taken.groupCount, std::uint32_t(2));
        std::vector<MonitorGroup> named = taken.named;
        const auto rows = byGroup(taken, named);
        const FedRow &one = rows.at({kT0, group(1)});
        QCOMPARE(one.counts.attempts, 3);
        QCOMPARE(one.counts.okCount, 3);
        QCOMPARE(one.counts.costNano, 21);
        QCOMPARE(one.attemptsBefore, 0);
        QCOMPARE(one.attemptsAfter, 3);
        QCOMPARE(one.latency.size(), 1);
        QCOMPARE(one.latency.front(), (std::pair<int, qint64>{5, 3}));
        QVERIFY(one.ttft.isEmpty());
        const FedRow &two = rows.at({kT0, group(2)});
        QCOMPARE(two.counts.attempts, 7);
        QCOMPARE(two.attemptsBefore, 0);
        QCOMPARE(two.attemptsAfter, 7);
        const FedRow &later = rows.at({kT0 + kMsPerMinute, group(1)});
        QCOMPARE(later.groupId, one.groupId);
        QCOMPARE(later.ttft.front(), (std::pair<int, qint64>{7, 1}));

        // the next take: the ids stay, only new groups are named
        b.rows.clear();
        b.okBuckets.clear();
        b.add(kT0 + 2 * kMsPerMinute, 1, group(1), 1, 1);
        b.add(kT0 + 2 * kMsPerMinute, 3, group(4), 1, 1);
        b.tell(feed);
        taken = feed.take();
        QCOMPARE(taken.named.size(), std::size_t(1));
        QCOMPARE(taken.named.front(), group(4));
        QCOMPARE(taken.groupCount, std::uint32_t(3));
        named.insert(named.end(), taken.named.begin(), taken.named.end());
        const auto next = byGroup(taken, named);
        QCOMPARE(next.at({kT0 + 2 * kMsPerMinute, group(1)}).groupId, one.groupId);
        QCOMPARE(next.at({kT0 + 2 * kMsPerMinute, group(4)}).groupId, std::uint32_t(2));
    }

    // Each group's calls count as its status and error kind say, classified once for the group: an
    // error kind the request caused is not against availability.
    void countsEachGroupAsItsOutcome()
    {
        CommitFeed feed;
        Told t;
        const MonitorGroup ok = group(1);
        const MonitorGroup overloaded = group(1, CallStatus::Error, QStringLiteral("overloaded"));
        const MonitorGroup invalid = group(1, CallStatus::Error, QStringLiteral("invalid_request"));
        const MonitorGroup unknown = group(1, CallStatus::Error, QStringLiteral("something_new"));
        const MonitorGroup cancelled = group(1, CallStatus::Cancelled);
        std::uint32_t n = 0;
        for (const MonitorGroup &g : {ok, overloaded, invalid, unknown, cancelled})
            t.add(kT0, n++, g, 2, 2);
        for (int batch = 0; batch < 3; ++batch) // told again: the same outcome each time
            t.tell(feed);
        const CommitFeed::Taken taken = feed.take();
        std::vector<MonitorGroup> named = taken.named;
        const auto rows = byGroup(taken, named);
        for (const MonitorGroup &g : {ok, overloaded, invalid, unknown, cancelled}) {
            Counts expected;
            for (int batch = 0; batch < 3; ++batch)
                expected.add(g, sumsOf(2));
            const Counts &c = rows.at({kT0, g}).counts;
            QCOMPARE(c.attempts, expected.attempts);
            QCOMPARE(c.okCount, expected.okCount);
            QCOMPARE(c.errors, expected.errors);
            QCOMPARE(c.cancelled, expected.cancelled);
            QCOMPARE(c.availabilityErrors, expected.availabilityErrors);
            QCOMPARE(c.requestErrors, expected.requestErrors);
            QCOMPARE(c.okLatencyMsSum, expected.okLatencyMsSum);
        }
        QCOMPARE(rows.at({kT0, overloaded}).counts.availabilityErrors, 6);
        QCOMPARE(rows.at({kT0, invalid}).counts.requestErrors, 6);
        QCOMPARE(rows.at({kT0, invalid}).counts.availabilityErrors, 0);
        QCOMPARE(rows.at({kT0, unknown}).counts.availabilityErrors, 6);
        QVERIFY(Counts::outcomeOf(invalid) == Counts::Outcome::RequestError);
        QVERIFY(Counts::outcomeOf(unknown) == Counts::Outcome::AvailabilityError);
        QVERIFY(Counts::outcomeOf(cancelled) == Counts::Outcome::Cancelled);
        QVERIFY(Counts::outcomeOf(ok) == Counts::Outcome::Ok);
    }

    // Many minutes and groups (the row table grows): every row summed as a map of them would.
    void manyRowsAreEachSummed()
    {
        CommitFeed feed;
        std::map<std::pair<qint64, MonitorGroup>, qint64> expected;
        for (int batch = 0; batch < 40; ++batch) {
            Told t;
            t.numbering = 1 + std::uint64_t(batch % 3); // three writers
            for (int i = 0; i < 200; ++i) {
                const int model = (batch * 7 + i * 13) % 500;
                const qint64 minute = kT0 + qint64((batch + i) % 30) * kMsPerMinute;
                // each writer numbers the groups its own way
                const auto number = std::uint32_t((model * (1 + batch % 3)) % 1009);
                t.add(minute, number, group(model), 1 + i % 3, 100);
                expected[{minute, group(model)}] += 1 + i % 3;
            }
            t.tell(feed);
        }
        const CommitFeed::Taken taken = feed.take();
        QVERIFY(!taken.overflowed);
        std::vector<MonitorGroup> named = taken.named;
        QCOMPARE(named.size(), std::size_t(500));
        const auto rows = byGroup(taken, named);
        QCOMPARE(rows.size(), expected.size());
        QCOMPARE(taken.rows.size(), expected.size()); // each minute and group once
        for (const auto &[key, attempts] : expected)
            QCOMPARE(rows.at(key).counts.attempts, attempts);
    }

    // The feed folds what it noted every kFoldAt rows and at take(): rows and their ok calls' buckets
    // told before and after a fold add up in one row, as if folded at once.
    void rowsFoldedInManyGoesAddUp()
    {
        CommitFeed feed;
        struct Expected {
            qint64 attempts = 0;
            qint64 before = -1;
            qint64 after = 0;
            std::map<int, qint64> latency;
        };
        std::map<std::pair<qint64, int>, Expected> expected;
        std::map<std::pair<qint64, int>, qint64> written; // each row's attempts once written
        const int batches = int(3 * CommitFeed::kFoldAt / 100) + 1;
        for (int batch = 0; batch < batches; ++batch) {
            Told t;
            for (int i = 0; i < 100; ++i) {
                const int model = (batch * 31 + i) % 150;
                const qint64 minute = kT0 + qint64(batch / 40) * kMsPerMinute;
                const qint64 attempts = 1 + (batch + i) % 2;
                qint64 &after = written[{minute, model}];
                after += attempts;
                t.add(minute, std::uint32_t(model), group(model), attempts, after);
                const auto bucket = std::uint8_t(40 + (batch + i) % 5);
                t.okBuckets.push_back({std::uint32_t(i), false, bucket, attempts});
                Expected &e = expected[{minute, model}];
                if (e.before < 0)
                    e.before = after - attempts;
                e.attempts += attempts;
                e.after = after;
                e.latency[bucket] += attempts;
            }
            t.tell(feed);
        }
        const CommitFeed::Taken taken = feed.take();
        QVERIFY(!taken.overflowed);
        QCOMPARE(taken.rows.size(), expected.size());
        for (const FedRow &row : taken.rows) {
            const int model = taken.named.at(row.groupId).model.mid(1).toInt();
            const Expected &e = expected.at({row.t, model});
            QCOMPARE(row.counts.attempts, e.attempts);
            QCOMPARE(row.counts.okCount, e.attempts);
            QCOMPARE(row.attemptsBefore, e.before);
            QCOMPARE(row.attemptsAfter, e.after);
            std::map<int, qint64> latency;
            for (const auto &[bucket, count] : row.latency)
                latency[bucket] += count;
            QCOMPARE(latency, e.latency);
            QVERIFY(row.ttft.isEmpty());
        }
    }

    // Past kMaxRows rows not taken the feed drops the rest and says so; the groups are named anyway.
    void overflowsPastTheRowsKept()
    {
        CommitFeed feed;
        Told t;
        const qint64 rows = qint64(CommitFeed::kMaxRows) + 10;
        for (qint64 i = 0; i < rows; ++i)
            t.add(kT0 + (i % 1000) * kMsPerMinute, std::uint32_t(i / 1000), group(int(i / 1000)), 1, 1);
        t.tell(feed);
        CommitFeed::Taken taken = feed.take();
        QVERIFY(taken.overflowed);
        QCOMPARE(taken.rows.size(), CommitFeed::kMaxRows);
        QCOMPARE(taken.named.size(), std::size_t(rows / 1000 + 1));
        // the next take starts afresh
        Told next;
        next.add(kT0, 0, group(0), 1, 2);
        next.tell(feed);
        taken = feed.take();
        QVERIFY(!taken.overflowed);
        QCOMPARE(taken.rows.size(), std::size_t(1));
        QVERIFY(taken.named.empty());
        QCOMPARE(taken.rows.front().groupId, std::uint32_t(0));
        QCOMPARE(taken.rows.front().attemptsBefore, 1);
    }

    // Past kMaxGroups groups the next take() starts a new generation: the ids from 0 again, every group
    // named anew, and a writer's numbers looked up again.
    void numbersTheGroupsAnewPastTheMost()
    {
        CommitFeed feed;
        Told t;
        const auto groups = std::uint32_t(CommitFeed::kMaxGroups + 1);
        for (std::uint32_t i = 0; i < groups; ++i)
            t.add(kT0, i, group(int(i)), 1, 1);
        t.tell(feed);
        CommitFeed::Taken taken = feed.take(); // numbered anew after this one
        const qint64 generation = taken.groups;
        QCOMPARE(taken.groupCount, groups);
        QCOMPARE(taken.named.size(), std::size_t(groups));

        Told again; // the same writer's numbering: its number 5000 and 7
        again.numbering = t.numbering;
        again.groups = t.groups;
        again.addRow(kT0 + kMsPerMinute, 5000, 1, 1);
        again.addRow(kT0 + kMsPerMinute, 7, 1, 1);
        again.tell(feed);
        taken = feed.take();
        QCOMPARE(taken.groups, generation + 1);
        QCOMPARE(taken.groupCount, std::uint32_t(2));
        QCOMPARE(taken.named.size(), std::size_t(2));
        QCOMPARE(taken.named[0], group(5000));
        QCOMPARE(taken.named[1], group(7));
        QCOMPARE(taken.rows.size(), std::size_t(2));
        QCOMPARE(taken.rows[0].groupId, std::uint32_t(0));
        QCOMPARE(taken.rows[1].groupId, std::uint32_t(1));
    }

    // The rollup writer numbers its groups: the same number for a group in each commit, the commit's groups
    // naming them, a numbering of its own (another writer's differs), each row's attempts once written.
    void theWriterTellsItsGroupsByNumber()
    {
        QTemporaryDir dir;
        auto db = testing::openTestDatabase(dir, QStringLiteral("feed.sqlite"));
        struct Heard : MonitorCommitListener {
            std::vector<std::uint64_t> numberings;
            std::vector<std::map<std::pair<qint64, MonitorGroup>, std::pair<std::uint32_t, qint64>>> rows; // per commit: number, after
            void committed(const MonitorCommit &commit) override
            {
                numberings.push_back(commit.numbering);
                auto &r = rows.emplace_back();
                for (const MonitorToldRow &row : commit.minutes) {
                    if (row.group >= commit.groups.size())
                        qFatal("a row of a group not in the commit");
                    r[{row.t, commit.groups[row.group]}] = {row.group, row.attemptsAfter};
                    if (row.counts.attempts != 1)
                        qFatal("not the batch's sums");
                }
            }
        };
        auto heard = std::make_shared<Heard>();
        auto conn = db->connection();
        listenToMonitorCommits(monitorDatabaseKey(*conn), heard);
        detail::MonitorRollupWriter a([] { return kT0 + kMsPerHour; });
        detail::MonitorRollupWriter b([] { return kT0 + kMsPerHour; });
        const auto write = [&](detail::MonitorRollupWriter &w, const std::vector<MonitorGroup> &groups) {
            MonitorBuckets buckets;
            for (const MonitorGroup &g : groups)
                buckets[{kT0, g}] = sumsOf(1);
            QVERIFY(w.writeBuckets(*conn, Resolution::Minute, buckets));
            w.committed();
        };
        write(a, {group(3), group(1)});
        write(a, {group(2), group(1), group(3)});
        write(b, {group(1)});
        a.release();
        b.release();
        QCOMPARE(heard->rows.size(), std::size_t(3));
        QCOMPARE(heard->numberings[0], heard->numberings[1]);
        QVERIFY(heard->numberings[2] != heard->numberings[0]);
        const auto &first = heard->rows[0];
        const auto &second = heard->rows[1];
        for (const int model : {1, 3})
            QCOMPARE(second.at({kT0, group(model)}).first, first.at({kT0, group(model)}).first);
        QVERIFY(second.at({kT0, group(2)}).first != second.at({kT0, group(1)}).first);
        QVERIFY(second.at({kT0, group(2)}).first != second.at({kT0, group(3)}).first);
        QCOMPARE(first.at({kT0, group(1)}).second, 1);
        QCOMPARE(second.at({kT0, group(1)}).second, 2);
        QCOMPARE(heard->rows[2].at({kT0, group(1)}).second, 3); // b's write after a's two
    }

    // The writer numbers each call's group as it adds the call (MonitorGroup::of: the requested model,
    // no source key but a proxy call's, no error kind but a failed call's): the same group the same
    // number in every batch of a numbering, the rows and ok calls' buckets told by it. A batch rolled
    // back tells nothing, and a group it numbered is told with that number by the next batch.
    void theWriterNumbersEachCallsGroup()
    {
        QTemporaryDir dir;
        auto db = testing::openTestDatabase(dir, QStringLiteral("calls.sqlite"));
        auto conn = db->connection();
        const Listeners listeners(*conn);
        const auto &heard = listeners.heard;
        detail::MonitorRollupWriter w([] { return kT0 + kMsPerHour; });
        const auto write = [&](const std::vector<CallRecord> &calls, bool commit) { QVERIFY(writeCalls(w, *conn, calls, commit)); };
        CallRecord okWithKind = callOf(1, kT0 + 1, 1000);
        okWithKind.errorKind = QStringLiteral("stale"); // not part of an ok call's group
        CallRecord playground = callOf(2, kT0 + 2, 10);
        playground.source = Source::Playground;
        playground.sourceKey = QStringLiteral("conv-1"); // not part of a playground call's group
        CallRecord playground2 = playground;
        playground2.sourceKey = QStringLiteral("conv-2");
        CallRecord answered = callOf(3, kT0 + 3, 10);
        answered.requestedModel.clear(); // grouped by the model that answered
        write({callOf(1, kT0, 1000), okWithKind, playground, playground2, answered, callOf(1, kT0 + kMsPerMinute, 10),
               callOf(1, kT0 + 4, 10, CallStatus::Error, QStringLiteral("overloaded"))},
              true);
        // rolled back: nothing told (group 4 numbered all the same)
        write({callOf(4, kT0 + 5, 10), callOf(1, kT0 + 6, 10)}, false);
        write({callOf(4, kT0 + 7, 10), callOf(1, kT0 + 8, 1000)}, true);
        w.release();

        QCOMPARE(heard->commits.size(), std::size_t(2));
        QCOMPARE(heard->numberings[0], heard->numberings[1]);
        const auto &first = heard->commits[0];
        QCOMPARE(first.size(), std::size_t(5));
        const MonitorGroup one = group(1);
        MonitorGroup two = group(2);
        two.source = Source::Playground;
        two.sourceKey.clear();
        MonitorGroup three = group(3);
        three.model = QStringLiteral("m3-2025");
        const MonitorGroup failed = group(1, CallStatus::Error, QStringLiteral("overloaded"));
        QCOMPARE(first.at({kT0, one}).attempts, 2);
        QCOMPARE(first.at({kT0, one}).after, 2);
        QVERIFY(first.at({kT0, one}).latency == (std::map<int, qint64>{{LogHistogram::bucketOf(1000), 2}}));
        QCOMPARE(first.at({kT0, two}).attempts, 2);
        QCOMPARE(first.at({kT0, three}).attempts, 1);
        QCOMPARE(first.at({kT0, failed}).attempts, 1);
        QVERIFY(first.at({kT0, failed}).latency.empty()); // not an ok call
        QCOMPARE(first.at({kT0 + kMsPerMinute, one}).number, first.at({kT0, one}).number);
        QVERIFY(first.at({kT0 + kMsPerMinute, one}).latency == (std::map<int, qint64>{{LogHistogram::bucketOf(10), 1}}));
        std::set<std::uint32_t> numbers;
        for (const auto &[key, row] : first)
            numbers.insert(row.number);
        QCOMPARE(numbers.size(), std::size_t(4)); // four groups
        const auto &second = heard->commits[1];
        QCOMPARE(second.size(), std::size_t(2));
        QCOMPARE(second.at({kT0, one}).number, first.at({kT0, one}).number);
        QCOMPARE(second.at({kT0, one}).attempts, 1);
        QCOMPARE(second.at({kT0, one}).after, 3); // the rolled back call is not in the row
        QVERIFY(second.at({kT0, one}).latency == (std::map<int, qint64>{{LogHistogram::bucketOf(1000), 1}}));
        QCOMPARE(second.at({kT0, group(4)}).attempts, 1);
        QCOMPARE(second.at({kT0, group(4)}).after, 1);
        QCOMPARE(second.at({kT0, group(4)}).number, std::uint32_t(4)); // numbered by the rolled back batch

        // the feed sums both commits per minute and group
        const CommitFeed::Taken taken = listeners.feed->take();
        QCOMPARE(taken.batches, 2);
        std::vector<MonitorGroup> named = taken.named;
        const auto rows = byGroup(taken, named);
        QCOMPARE(rows.size(), std::size_t(6));
        QCOMPARE(rows.at({kT0, one}).counts.attempts, 3);
        QCOMPARE(rows.at({kT0, one}).attemptsBefore, 0);
        QCOMPARE(rows.at({kT0, one}).attemptsAfter, 3);
        QCOMPARE(rows.at({kT0, one}).latency.size(), 1);
        QCOMPARE(rows.at({kT0, one}).latency.front(), (std::pair<int, qint64>{LogHistogram::bucketOf(1000), 3}));
        QCOMPARE(rows.at({kT0, failed}).counts.availabilityErrors, 1);
        QCOMPARE(rows.at({kT0, group(4)}).counts.okCount, 1);
    }

    // Two writers number the same calls' groups each its own way; the feed sums them per group.
    void twoWritersNumberTheirCallsEachItsWay()
    {
        QTemporaryDir dir;
        auto db = testing::openTestDatabase(dir, QStringLiteral("two.sqlite"));
        auto conn = db->connection();
        const Listeners listeners(*conn);
        const auto &heard = listeners.heard;
        detail::MonitorRollupWriter a([] { return kT0 + kMsPerHour; });
        detail::MonitorRollupWriter b([] { return kT0 + kMsPerHour; });
        const auto write = [&](detail::MonitorRollupWriter &w, const std::vector<int> &models) {
            std::vector<CallRecord> calls;
            for (const int model : models)
                calls.push_back(callOf(model, kT0, 10));
            QVERIFY(writeCalls(w, *conn, calls));
        };
        write(a, {1, 2, 2});
        write(b, {2, 3});
        write(a, {3, 1});
        write(b, {1});
        a.release();
        b.release();
        QCOMPARE(heard->commits.size(), std::size_t(4));
        QCOMPARE(heard->numberings[0], heard->numberings[2]);
        QCOMPARE(heard->numberings[1], heard->numberings[3]);
        QVERIFY(heard->numberings[0] != heard->numberings[1]);
        QCOMPARE(heard->commits[0].at({kT0, group(2)}).number, std::uint32_t(1));
        QCOMPARE(heard->commits[1].at({kT0, group(2)}).number, std::uint32_t(0)); // b's first
        QCOMPARE(heard->commits[2].at({kT0, group(1)}).number, std::uint32_t(0));
        QCOMPARE(heard->commits[2].at({kT0, group(3)}).number, std::uint32_t(2));
        QCOMPARE(heard->commits[3].at({kT0, group(1)}).number, std::uint32_t(2));
        QCOMPARE(heard->commits[3].at({kT0, group(1)}).after, 3);
        const CommitFeed::Taken taken = listeners.feed->take();
        std::vector<MonitorGroup> named = taken.named;
        QCOMPARE(named.size(), std::size_t(3));
        const auto rows = byGroup(taken, named);
        QCOMPARE(rows.size(), std::size_t(3));
        for (const int model : {1, 2, 3}) {
            QCOMPARE(rows.at({kT0, group(model)}).counts.attempts, model == 3 ? 2 : 3);
            QCOMPARE(rows.at({kT0, group(model)}).attemptsAfter, model == 3 ? 2 : 3);
            QCOMPARE(rows.at({kT0, group(model)}).attemptsBefore, 0);
        }
    }

    // Past MonitorCommit::kMaxToldGroups groups the writer numbers them anew, under a new numbering.
    void theWriterNumbersAnewPastTheMost()
    {
        QTemporaryDir dir;
        auto db = testing::openTestDatabase(dir, QStringLiteral("many.sqlite"));
        struct Heard : MonitorCommitListener {
            std::vector<std::uint64_t> numberings;
            std::vector<std::size_t> groups;
            std::vector<std::uint32_t> firstNumber;
            void committed(const MonitorCommit &commit) override
            {
                numberings.push_back(commit.numbering);
                groups.push_back(commit.groups.size());
                firstNumber.push_back(commit.minutes.front().group);
            }
        };
        auto heard = std::make_shared<Heard>();
        auto conn = db->connection();
        listenToMonitorCommits(monitorDatabaseKey(*conn), heard);
        detail::MonitorRollupWriter w([] { return kT0 + kMsPerHour; });
        MonitorBuckets many;
        for (int i = 0; i < int(MonitorCommit::kMaxToldGroups) + 1; ++i)
            many[{kT0, group(i)}] = sumsOf(1);
        QVERIFY(w.writeBuckets(*conn, Resolution::Minute, many));
        w.committed();
        MonitorBuckets one;
        one[{kT0, group(42)}] = sumsOf(1);
        QVERIFY(w.writeBuckets(*conn, Resolution::Minute, one));
        w.committed();
        w.release();
        QCOMPARE(heard->numberings.size(), std::size_t(2));
        QCOMPARE(heard->groups[0], MonitorCommit::kMaxToldGroups + 1);
        QVERIFY(heard->numberings[1] != heard->numberings[0]);
        QCOMPARE(heard->groups[1], std::size_t(1)); // group 42 alone, numbered 0
        QCOMPARE(heard->firstNumber[1], std::uint32_t(0));
    }
};

QTEST_GUILESS_MAIN(TestCommitFeed)
#include "tst_commitfeed.moc"
