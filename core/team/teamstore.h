#pragma once

#include "common/expected.h"
#include "usage/budgets.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace sb {
class Database;
}

namespace sb::team {

// admin: providers, routes, budgets and members; member: uses models, sees their own usage; viewer:
// sees usage only (the proxy refuses their keys for model calls).
enum class Role { Admin, Member, Viewer };
QString roleName(Role role);
std::optional<Role> roleFromName(const QString &name);

struct Member {
    qint64 id = 0;
    QString name;
    Role role = Role::Member;
    qint64 createdAtMs = 0;
    std::optional<qint64> removedAtMs;
    int activeKeys = 0;
};

struct KeyInfo {
    QString id; // the public part of the key, e.g. "k4x7qa2m9c"
    QString member;
    QString label;
    int requestsPerMinute = 0; // 0 = no limit
    qint64 createdAtMs = 0;
    std::optional<qint64> revokedAtMs;
    QString replacedBy; // the key a rotation made in its place
};

// A key just made: its value is shown once and never stored.
struct NewKey {
    KeyInfo info;
    QString value; // "sbk_" + id + "_" + secret
};

struct AuditEntry {
    qint64 atMs = 0;
    QString actor;
    QString action;
    QString target;
    QString detail; // compact JSON
};

// A key the proxy accepts: what it needs to check a presented value and to account for the call.
struct ActiveKey {
    QString id;
    QByteArray digest; // SHA-256 of the key value (raw bytes)
    QString member;
    Role role = Role::Member;
    QString label;
    int requestsPerMinute = 0;
};

// A member's budget as the admin API shows it: its limits (a usage::Budget of scope member, the member's
// name as its target), the spend and the reservations of calls in flight in its current period, and
// where it is defined: the team's database (set over the API) or the serve's workspace file (read-only
// over the API, where a budget of the database with the same member and period replaces it).
struct BudgetInfo {
    usage::Budget budget;
    qint64 spentNano = 0;
    qint64 reservedNano = 0;
    bool fromWorkspace = false;
};

// As `switchboard-cli team ... --json` prints them and serve's /team endpoints answer (times in ISO
// 8601 UTC; "key" only in a NewKey's).
QJsonObject toJson(const Member &m);
QJsonObject toJson(const KeyInfo &k);
QJsonObject toJson(const NewKey &k);
QJsonObject toJson(const AuditEntry &e);
// {"member", "period", "softLimitUsd"?, "hardLimitUsd"?, "spentUsd", "reservedUsd", "source": "team" | "workspace"}
QJsonObject toJson(const BudgetInfo &b);

// The parts of a presented key value, when it has the team key shape.
struct KeyParts {
    QString id;
};
std::optional<KeyParts> parseKey(QByteArrayView value);
QByteArray keyDigest(QByteArrayView value); // SHA-256, raw bytes
// Whether two digests are equal, every byte compared: the time does not tell where a mismatch is.
bool sameDigest(QByteArrayView a, QByteArrayView b);

// The team's members, their proxy keys and the audit log, in the database (migration 0017): the same
// on SQLite and on a team's PostgreSQL server. Each change is one transaction that also appends to the
// audit log and moves team_state.version, which the serves poll (TeamKeys). Every member keeps their
// row when removed, so that the ledger and the audit log still name them; the last admin can be
// neither removed nor demoted. Key values come from the system's random source; only their SHA-256 is
// stored. Blocking: call it from a worker thread or the command line.
class TeamStore
{
public:
    using Clock = std::function<qint64()>; // UTC epoch ms
    // `actor` is who makes the changes, as the audit log records it: a member's name or "cli:USER".
    TeamStore(std::shared_ptr<Database> db, QString actor, Clock clock = {});

    // Makes the first admin and their first key; refused when the team has members already.
    [[nodiscard]] Expected<NewKey> init(const QString &adminName);
    [[nodiscard]] Expected<Member> addMember(const QString &name, Role role);
    [[nodiscard]] Expected<void> setRole(const QString &name, Role role);
    // Revokes the member's keys too.
    [[nodiscard]] Expected<void> removeMember(const QString &name);
    [[nodiscard]] Expected<QList<Member>> members(bool withRemoved = false) const;
    [[nodiscard]] Expected<std::optional<Member>> member(const QString &name) const;

    [[nodiscard]] Expected<NewKey> createKey(const QString &member, const QString &label, int requestsPerMinute = 0);
    [[nodiscard]] Expected<void> revokeKey(const QString &id);
    // A new key for the same member, label and limit; the old one is revoked in the same transaction.
    [[nodiscard]] Expected<NewKey> rotateKey(const QString &id);
    // A member's keys (all members' when `member` is empty), newest first.
    [[nodiscard]] Expected<QList<KeyInfo>> keys(const QString &member = {}, bool withRevoked = false) const;

    [[nodiscard]] Expected<QList<AuditEntry>> audit(int limit = 100) const; // newest first

    // Budgets per member (migration 0022), in the team's database so that every serve on it applies
    // them (TeamKeys reads them with the keys; the version moves). One per member and period: setting
    // replaces it; at least one limit, soft <= hard (usage::Budget's rules).
    [[nodiscard]] Expected<usage::Budget> setBudget(const QString &member, usage::Budget::Period period, std::optional<double> softLimitUsd,
                                                    std::optional<double> hardLimitUsd);
    [[nodiscard]] Expected<void> removeBudget(const QString &member, usage::Budget::Period period);
    // Of the members not removed, by name and period (daily first).
    [[nodiscard]] Expected<QList<usage::Budget>> budgets() const;

    // What the proxy reads: the keys that work now, and the version they are at.
    [[nodiscard]] Expected<qint64> version() const;
    [[nodiscard]] Expected<QList<ActiveKey>> activeKeys() const;
    [[nodiscard]] Expected<bool> hasMembers() const;

private:
    qint64 now() const;
    std::shared_ptr<Database> m_db;
    QString m_actor;
    Clock m_clock;
};

} // namespace sb::team
