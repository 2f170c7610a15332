// monitor::CommitFeed and what the rollup writer tells it (usage::MonitorCommit): groups told by the
// writer's numbers, summed per minute and group id, classified once per group, the ids' generations
// and the overflow.
#include "monitor/commitfeed.h"
#include "sqlfixture.h"
#include "storage/database.h"
#include "usage/monitorrollups.h"

#include <QTemporaryDir>
#include <QTest>

#include <deque>
#include <map>
#include <memory>
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
    std::deque<MonitorSums> sums;
    std::vector<MonitorToldRow> rows;
    std::vector<MonitorTotalChange> totals;
    std::vector<MonitorBucketCount> okBuckets;

    // a row of group `g` (the writer's number `number` for it): `attempts` added, `after` once written
    void add(qint64 t, std::uint32_t number, const MonitorGroup &g, qint64 attempts, qint64 after)
    {
        if (groups.size() <= number)
            groups.resize(number + 1);
        groups[number] = g;
        rows.push_back({t, number, after, &sums.emplace_back(sumsOf(attempts))});
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
        again.rows.push_back({kT0 + kMsPerMinute, 5000, 1, &again.sums.emplace_back(sumsOf(1))});
        again.rows.push_back({kT0 + kMsPerMinute, 7, 1, &again.sums.emplace_back(sumsOf(1))});
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
                    if (row.sums->attempts != 1)
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
