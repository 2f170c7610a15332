#pragma once

#include "common/expected.h"
#include "usage/callrecord.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <QString>

#include <functional>
#include <limits>
#include <optional>

namespace sb::usage {

class UsageQueries;

// A spending limit. Definitions live in the workspace file (Workspace::budgets, a JSON array of
// these objects); the spend comes from the ledger.
//   {"scope": "workspace" | "provider" | "proxy_key" | "member", "target": "openai", "period": "daily" | "monthly",
//    "softLimitUsd": 5, "hardLimitUsd": 10}
// target names the provider id, proxy key name (a team key's id) or team member, and is absent (or
// empty) for the workspace scope;
// at least one limit is set; soft <= hard. Periods are UTC days and UTC calendar months.
struct Budget {
    enum class Scope { Workspace, Provider, ProxyKey, Member };
    enum class Period { Daily, Monthly };

    Scope scope = Scope::Workspace;
    QString target;
    Period period = Period::Monthly;
    std::optional<double> softLimitUsd;
    std::optional<double> hardLimitUsd;

    bool operator==(const Budget &) const = default;

    // "monthly budget of provider openai"
    QString describe() const;
    QJsonObject toJson() const;

    // Problems as "PATH[i].field: what is wrong" lines; empty when valid.
    static QStringList validate(const QJsonArray &array, const QString &path = QStringLiteral("budgets"));
    [[nodiscard]] static Expected<QList<Budget>> listFromJson(const QJsonArray &array, const QString &path = QStringLiteral("budgets"));
    static QJsonArray listToJson(const QList<Budget> &budgets);
};

QString scopeName(Budget::Scope scope);
QString periodName(Budget::Period period);
std::optional<Budget::Scope> scopeFromName(const QString &name);
std::optional<Budget::Period> periodFromName(const QString &name);
// The period a moment falls in: its UTC day number (daily), or year * 12 + month - 1 (monthly).
qint64 periodIndexOf(Budget::Period period, qint64 epochMs);

// Who spends, besides the provider: the proxy key a call came through and the team member whose key it
// is (both empty for calls that are not from the proxy). A key name alone converts to one.
struct Spender {
    QString proxyKey;
    QString member;
    Spender() = default;
    Spender(QString key, QString teamMember = {}) // NOLINT(google-explicit-constructor): a key name is a spender
        : proxyKey(std::move(key))
        , member(std::move(teamMember))
    {
    }
};

enum class BudgetOutcome { Ok, SoftExceeded, HardExceeded };

// The answer of BudgetTracker::check: the most severe budget that applies (the first hard one, else
// the first soft one, in definition order).
struct BudgetCheck {
    BudgetOutcome outcome = BudgetOutcome::Ok;
    std::optional<Budget> budget; // set unless Ok
    int index = -1; // position in BudgetTracker::budgets()
    double spentUsd = 0;
    double limitUsd = 0;

    bool ok() const { return outcome == BudgetOutcome::Ok; }
    // "monthly budget of provider openai: $10.20 spent of $10.00" for messages (ApiError budget_exceeded).
    QString message() const;
    // What the router answers a call that a hard limit stops: ApiError budget_exceeded with message().
    protocol::ApiError toApiError() const;
};

struct BudgetStatus {
    Budget budget;
    qint64 spentNano = 0; // in the current period
    BudgetOutcome outcome = BudgetOutcome::Ok;
    double spentUsd() const { return nanoToUsd(spentNano); }
};

// Emitted once per budget, level and period, when spend first reaches the limit.
struct BudgetAlert {
    Budget budget;
    int index = -1;
    BudgetOutcome level = BudgetOutcome::SoftExceeded;
    double spentUsd = 0;
    double limitUsd = 0;
};

// Spend against budgets, in memory: seeded from the ledger once (seed), then fed by every
// Ledger::record (add), so spend that is not yet on disk counts. check() takes a mutex and reads a few
// hash entries: no SQL, safe from any thread. The clock (UTC epoch ms) is injectable; a new UTC day or
// month resets the spend of that period (and its alerts) the first time the tracker is used in it.
//
// Spend is attributed by the attempt's start time: an attempt that started yesterday and finishes
// after midnight counts for yesterday, as in the ledger's daily rollup.
class BudgetTracker final : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<qint64()>;

    explicit BudgetTracker(QList<Budget> budgets = {}, Clock clock = {}, QObject *parent = nullptr);
    ~BudgetTracker() override;
    Q_DISABLE_COPY_MOVE(BudgetTracker)

    // Replaces the definitions (the workspace changed); spend and alert state are kept.
    void setBudgets(QList<Budget> budgets);
    QList<Budget> budgets() const;

    // Replaces the in-memory spend of the current day and month with the ledger's (one query). Call it
    // at start, before the ledger receives records; limits already reached raise no alert.
    [[nodiscard]] Expected<void> seed(const UsageQueries &queries);

    // Counts a call's cost (Ledger::record calls this). Thread-safe.
    void add(const CallRecord &call);

    // Whether a call to `provider` by `spender` (empty when not from the proxy) may go.
    BudgetCheck check(const QString &provider, const Spender &spender = {});

    QList<BudgetStatus> statuses();
    // Spend of one budget in its current period (what a new reservation counter starts from).
    qint64 spentNano(const Budget &budget);
    // The budgets with a hard limit that apply to a call to `provider` by `spender`.
    QList<Budget> hardBudgetsFor(const QString &provider, const Spender &spender) const;
    // Month-to-date spend of a scope ("" target for the workspace).
    double monthToDateUsd(Budget::Scope scope, const QString &target = {});
    // Linear projection to the end of the UTC month: month-to-date / elapsed * month length, the
    // elapsed part counted as at least one day.
    double projectedMonthEndUsd(Budget::Scope scope, const QString &target = {});

Q_SIGNALS:
    void limitReached(const sb::usage::BudgetAlert &alert);

private:
    struct Spend {
        qint64 period = std::numeric_limits<qint64>::min(); // day number, or year * 12 + month - 1
        qint64 total = 0;
        QHash<QString, qint64> byProvider;
        QHash<QString, qint64> byProxyKey;
        QHash<QString, qint64> byMember;
        QSet<QString> alerted; // budget identity + level
        void reset(qint64 newPeriod);
    };

    void rollOverLocked(qint64 nowMs);
    const Spend &spendFor(Budget::Period period) const { return period == Budget::Period::Daily ? m_day : m_month; }
    qint64 spentLocked(const Budget &budget) const;
    // Alerts for budgets whose limits are reached and not yet alerted in this period; marks them.
    QList<BudgetAlert> collectAlertsLocked();

    Clock m_clock;
    mutable QMutex m_mutex;
    QList<Budget> m_budgets;
    Spend m_day;
    Spend m_month;
};

} // namespace sb::usage

Q_DECLARE_METATYPE(sb::usage::BudgetAlert)
