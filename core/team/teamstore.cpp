#include "team/teamstore.h"

#include "storage/database.h"
#include "storage/sql.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>

namespace sb::team {

namespace {

constexpr QLatin1StringView kKeyPrefix("sbk_");
constexpr int kIdLength = 10;
constexpr int kSecretBytes = 32; // 256 bits: a hash without a salt or stretching is enough for it
constexpr int kMaxName = 64;

// Lower-case base32: no characters that read alike and nothing a shell or URL would quote.
QString randomId()
{
    static constexpr char kAlphabet[] = "abcdefghijklmnopqrstuvwxyz234567";
    QString id;
    id.reserve(kIdLength);
    for (int i = 0; i < kIdLength; ++i)
        id += QLatin1Char(kAlphabet[QRandomGenerator::system()->bounded(32)]);
    return id;
}

QString randomSecret()
{
    QByteArray bytes(kSecretBytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString detailJson(const QJsonObject &o)
{
    return o.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Error notFound(const QString &what)
{
    return Error::make(Error::Kind::NotFound, what);
}

Expected<void> validName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return Error::make(Error::Kind::Validation, QStringLiteral("a member needs a name"));
    if (name != name.trimmed() || name.size() > kMaxName)
        return Error::make(Error::Kind::Validation,
                           QStringLiteral("a member's name has at most %1 characters and no space at either end").arg(kMaxName));
    for (QChar c : name) {
        if (c.isSpace() && c != QLatin1Char(' '))
            return Error::make(Error::Kind::Validation, QStringLiteral("a member's name cannot hold tabs or line breaks"));
    }
    return {};
}

std::optional<qint64> optionalInt(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

// Every change starts here: moving the version first takes team_state's row lock on PostgreSQL, so
// changes of the team run one at a time there too (the last-admin checks depend on it).
Expected<void> bumpVersion(const QSqlDatabase &db)
{
    auto q = sql::run(db, QStringLiteral("UPDATE team_state SET version = version + 1 WHERE id = 1"), {}, QStringLiteral("cannot change the team"));
    if (!q)
        return q.error();
    return {};
}

Expected<void> appendAudit(const QSqlDatabase &db, qint64 atMs, const QString &actor, const QString &action, const QString &target,
                           const QJsonObject &detail)
{
    auto q = sql::run(db, QStringLiteral("INSERT INTO team_audit (at, actor, action, target, detail) VALUES (?, ?, ?, ?, ?)"),
                      {atMs, actor, action, sql::nonNull(target), sql::nonNull(detailJson(detail))}, QStringLiteral("cannot write the audit log"));
    if (!q)
        return q.error();
    return {};
}

struct MemberRow {
    qint64 id = 0;
    Role role = Role::Member;
};

Expected<std::optional<MemberRow>> findMember(const QSqlDatabase &db, const QString &name)
{
    auto q = sql::run(db, QStringLiteral("SELECT id, role FROM team_members WHERE name = ? AND removed_at IS NULL"), {name},
                      QStringLiteral("cannot read the team's members"));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<MemberRow>();
    return std::optional<MemberRow>(MemberRow{q->value(0).toLongLong(), roleFromName(q->value(1).toString()).value_or(Role::Viewer)});
}

Expected<MemberRow> requireMember(const QSqlDatabase &db, const QString &name)
{
    auto m = findMember(db, name);
    if (!m)
        return m.error();
    if (!*m)
        return notFound(QStringLiteral("the team has no member '%1' (switchboard-cli team member list shows them)").arg(name));
    return **m;
}

Expected<qint64> adminCount(const QSqlDatabase &db)
{
    auto q = sql::run(db, QStringLiteral("SELECT COUNT(*) FROM team_members WHERE role = 'admin' AND removed_at IS NULL"), {},
                      QStringLiteral("cannot read the team's members"));
    if (!q)
        return q.error();
    q->next();
    return q->value(0).toLongLong();
}

// One change of the team: a write transaction that moves the version first (see bumpVersion), then
// does `work(db)`.
template<typename Work> auto changeTeam(const Database &database, Work work) -> decltype(work(std::declval<QSqlDatabase &>()))
{
    auto db = database.connection();
    if (!db)
        return db.error();
    return sql::inWriteTransaction(*db, [&]() -> decltype(work(*db)) {
        if (auto ok = bumpVersion(*db); !ok)
            return ok.error();
        return work(*db);
    });
}

// Refuses to take the admin role from `m` when it is the team's last admin.
Expected<void> keepAnAdmin(const QSqlDatabase &db, const MemberRow &m, const QString &refusal)
{
    if (m.role != Role::Admin)
        return {};
    auto admins = adminCount(db);
    if (!admins)
        return admins.error();
    if (*admins <= 1)
        return Error::make(Error::Kind::Validation, refusal);
    return {};
}

Expected<NewKey> insertKey(const QSqlDatabase &db, qint64 memberId, const QString &memberName, const QString &label, int requestsPerMinute,
                           qint64 atMs)
{
    NewKey key;
    key.info.member = memberName;
    key.info.label = label;
    key.info.requestsPerMinute = requestsPerMinute;
    key.info.createdAtMs = atMs;
    // an id that is taken (1 in 2^50 per key) fails the primary key: try again with another
    for (int attempt = 0; attempt < 3; ++attempt) {
        key.info.id = randomId();
        key.value = kKeyPrefix + key.info.id + QLatin1Char('_') + randomSecret();
        auto taken = sql::run(db, QStringLiteral("SELECT 1 FROM team_keys WHERE id = ?"), {key.info.id},
                              QStringLiteral("cannot read the team's keys"));
        if (!taken)
            return taken.error();
        if (taken->next())
            continue;
        auto q = sql::run(
            db,
            QStringLiteral("INSERT INTO team_keys (id, member_id, label, digest, requests_per_minute, created_at) "
                           "VALUES (?, ?, ?, ?, ?, ?)"),
            {key.info.id, memberId, sql::nonNull(label), QString::fromLatin1(keyDigest(key.value.toLatin1()).toHex()), requestsPerMinute, atMs},
            QStringLiteral("cannot store the key"));
        if (!q)
            return q.error();
        return key;
    }
    return Error::make(Error::Kind::Database, QStringLiteral("cannot find a free key id; try again"));
}

Expected<void> validKeyOptions(const QString &label, int requestsPerMinute)
{
    if (requestsPerMinute < 0)
        return Error::make(Error::Kind::Validation, QStringLiteral("a key's requests per minute is 0 (no limit) or more"));
    if (label.size() > kMaxName)
        return Error::make(Error::Kind::Validation, QStringLiteral("a key's label has at most %1 characters").arg(kMaxName));
    return {};
}

} // namespace

QString roleName(Role role)
{
    switch (role) {
    case Role::Admin: return QStringLiteral("admin");
    case Role::Member: return QStringLiteral("member");
    case Role::Viewer: return QStringLiteral("viewer");
    }
    return {};
}

std::optional<Role> roleFromName(const QString &name)
{
    for (Role r : {Role::Admin, Role::Member, Role::Viewer}) {
        if (roleName(r) == name)
            return r;
    }
    return std::nullopt;
}

namespace {
QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}
} // namespace

QJsonObject toJson(const Member &m)
{
    QJsonObject o{{QStringLiteral("name"), m.name},
                  {QStringLiteral("role"), roleName(m.role)},
                  {QStringLiteral("keys"), m.activeKeys},
                  {QStringLiteral("created"), isoTime(m.createdAtMs)}};
    if (m.removedAtMs)
        o.insert(QStringLiteral("removed"), isoTime(*m.removedAtMs));
    return o;
}

QJsonObject toJson(const KeyInfo &k)
{
    QJsonObject o{{QStringLiteral("id"), k.id},
                  {QStringLiteral("member"), k.member},
                  {QStringLiteral("label"), k.label},
                  {QStringLiteral("requestsPerMinute"), k.requestsPerMinute},
                  {QStringLiteral("created"), isoTime(k.createdAtMs)}};
    if (k.revokedAtMs)
        o.insert(QStringLiteral("revoked"), isoTime(*k.revokedAtMs));
    if (!k.replacedBy.isEmpty())
        o.insert(QStringLiteral("replacedBy"), k.replacedBy);
    return o;
}

QJsonObject toJson(const NewKey &k)
{
    QJsonObject o = toJson(k.info);
    o.insert(QStringLiteral("key"), k.value);
    return o;
}

QJsonObject toJson(const AuditEntry &e)
{
    return QJsonObject{{QStringLiteral("at"), isoTime(e.atMs)},
                       {QStringLiteral("actor"), e.actor},
                       {QStringLiteral("action"), e.action},
                       {QStringLiteral("target"), e.target},
                       {QStringLiteral("detail"), QJsonDocument::fromJson(e.detail.toUtf8()).object()}};
}

QJsonObject toJson(const BudgetInfo &b)
{
    QJsonObject o{{QStringLiteral("member"), b.budget.target},
                  {QStringLiteral("period"), usage::periodName(b.budget.period)},
                  {QStringLiteral("spentUsd"), usage::nanoToUsd(b.spentNano)},
                  {QStringLiteral("reservedUsd"), usage::nanoToUsd(b.reservedNano)},
                  {QStringLiteral("source"), b.fromWorkspace ? QStringLiteral("workspace") : QStringLiteral("team")}};
    if (b.budget.softLimitUsd)
        o.insert(QStringLiteral("softLimitUsd"), *b.budget.softLimitUsd);
    if (b.budget.hardLimitUsd)
        o.insert(QStringLiteral("hardLimitUsd"), *b.budget.hardLimitUsd);
    return o;
}

std::optional<KeyParts> parseKey(QByteArrayView value)
{
    // sbk_ + id + _ + 43 characters of base64url
    const qsizetype expected = kKeyPrefix.size() + kIdLength + 1 + 43;
    if (value.size() != expected || !value.startsWith(QByteArrayView(kKeyPrefix.data(), kKeyPrefix.size()))
        || value.at(kKeyPrefix.size() + kIdLength) != '_')
        return std::nullopt;
    return KeyParts{QString::fromLatin1(value.sliced(kKeyPrefix.size(), kIdLength))};
}

QByteArray keyDigest(QByteArrayView value)
{
    return QCryptographicHash::hash(value, QCryptographicHash::Sha256);
}

bool sameDigest(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

TeamStore::TeamStore(std::shared_ptr<Database> db, QString actor, Clock clock)
    : m_db(std::move(db))
    , m_actor(std::move(actor))
    , m_clock(std::move(clock))
{
}

qint64 TeamStore::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

Expected<NewKey> TeamStore::init(const QString &adminName)
{
    if (auto ok = validName(adminName); !ok)
        return ok.error();
    const qint64 at = now();
    return changeTeam(*m_db, [&](QSqlDatabase &db) -> Expected<NewKey> {
        auto q = sql::run(db, QStringLiteral("SELECT COUNT(*) FROM team_members"), {}, QStringLiteral("cannot read the team's members"));
        if (!q)
            return q.error();
        q->next();
        if (q->value(0).toLongLong() > 0)
            return Error::make(Error::Kind::Validation,
                               QStringLiteral("this database has a team already; an admin adds members with switchboard-cli team member add"));
        auto added = sql::run(db, QStringLiteral("INSERT INTO team_members (name, role, created_at) VALUES (?, 'admin', ?)"), {adminName, at},
                              QStringLiteral("cannot add the admin"));
        if (!added)
            return added.error();
        auto id = requireMember(db, adminName);
        if (!id)
            return id.error();
        auto key = insertKey(db, id->id, adminName, QStringLiteral("first key"), 0, at);
        if (!key)
            return key.error();
        if (auto ok = appendAudit(db, at, m_actor, QStringLiteral("team.init"), adminName, {{QStringLiteral("key"), key->info.id}}); !ok)
            return ok.error();
        return key;
    });
}

Expected<Member> TeamStore::addMember(const QString &name, Role role)
{
    if (auto ok = validName(name); !ok)
        return ok.error();
    const qint64 at = now();
    return changeTeam(*m_db, [&](QSqlDatabase &db) -> Expected<Member> {
        auto q = sql::run(db, QStringLiteral("SELECT removed_at FROM team_members WHERE name = ?"), {name},
                          QStringLiteral("cannot read the team's members"));
        if (!q)
            return q.error();
        if (q->next()) {
            if (q->value(0).isNull())
                return Error::make(Error::Kind::Validation, QStringLiteral("the team has a member '%1' already").arg(name));
            // a removed member comes back under the same row (the ledger already names them)
            auto back = sql::run(db, QStringLiteral("UPDATE team_members SET role = ?, removed_at = NULL WHERE name = ?"), {roleName(role), name},
                                 QStringLiteral("cannot add the member"));
            if (!back)
                return back.error();
        } else {
            auto added = sql::run(db, QStringLiteral("INSERT INTO team_members (name, role, created_at) VALUES (?, ?, ?)"),
                                  {name, roleName(role), at}, QStringLiteral("cannot add the member"));
            if (!added)
                return added.error();
        }
        auto id = requireMember(db, name);
        if (!id)
            return id.error();
        if (auto ok = appendAudit(db, at, m_actor, QStringLiteral("member.add"), name, {{QStringLiteral("role"), roleName(role)}}); !ok)
            return ok.error();
        return Member{id->id, name, role, at, std::nullopt, 0};
    });
}

Expected<void> TeamStore::setRole(const QString &name, Role role)
{
    const qint64 at = now();
    return changeTeam(*m_db, [&](QSqlDatabase &db) -> Expected<void> {
        auto m = requireMember(db, name);
        if (!m)
            return m.error();
        if (m->role == role)
            return {};
        if (auto ok = keepAnAdmin(db, *m, QStringLiteral("'%1' is the team's last admin: make another member admin first").arg(name)); !ok)
            return ok;
        auto q = sql::run(db, QStringLiteral("UPDATE team_members SET role = ? WHERE id = ?"), {roleName(role), m->id},
                          QStringLiteral("cannot change the member's role"));
        if (!q)
            return q.error();
        return appendAudit(db, at, m_actor, QStringLiteral("member.role"), name,
                           {{QStringLiteral("from"), roleName(m->role)}, {QStringLiteral("to"), roleName(role)}});
    });
}

Expected<void> TeamStore::removeMember(const QString &name)
{
    const qint64 at = now();
    return changeTeam(*m_db, [&](QSqlDatabase &db) -> Expected<void> {
        auto m = requireMember(db, name);
        if (!m)
            return m.error();
        if (auto ok = keepAnAdmin(db, *m, QStringLiteral("'%1' is the team's last admin and cannot be removed").arg(name)); !ok)
            return ok;
        auto revoked = sql::run(db, QStringLiteral("UPDATE team_keys SET revoked_at = ? WHERE member_id = ? AND revoked_at IS NULL"), {at, m->id},
                                QStringLiteral("cannot revoke the member's keys"));
        if (!revoked)
            return revoked.error();
        const int keys = revoked->numRowsAffected();
        auto q = sql::run(db, QStringLiteral("UPDATE team_members SET removed_at = ? WHERE id = ?"), {at, m->id},
                          QStringLiteral("cannot remove the member"));
        if (!q)
            return q.error();
        return appendAudit(db, at, m_actor, QStringLiteral("member.remove"), name, {{QStringLiteral("revokedKeys"), keys}});
    });
}

Expected<QList<Member>> TeamStore::members(bool withRemoved) const
{
    auto db = m_db->connection();
    if (!db)
        return db.error();
    auto q = sql::run(*db,
                      QStringLiteral("SELECT m.id, m.name, m.role, m.created_at, m.removed_at, "
                                     "(SELECT COUNT(*) FROM team_keys k WHERE k.member_id = m.id AND k.revoked_at IS NULL) "
                                     "FROM team_members m %1 ORDER BY m.name")
                          .arg(withRemoved ? QString() : QStringLiteral("WHERE m.removed_at IS NULL")),
                      {}, QStringLiteral("cannot read the team's members"));
    if (!q)
        return q.error();
    QList<Member> out;
    while (q->next())
        out << Member{q->value(0).toLongLong(), q->value(1).toString(),   roleFromName(q->value(2).toString()).value_or(Role::Viewer),
                      q->value(3).toLongLong(), optionalInt(q->value(4)), q->value(5).toInt()};
    return out;
}

Expected<std::optional<Member>> TeamStore::member(const QString &name) const
{
    auto all = members();
    if (!all)
        return all.error();
    for (const Member &m : *all) {
        if (m.name == name)
            return std::optional<Member>(m);
    }
    return std::optional<Member>();
}

Expected<NewKey> TeamStore::createKey(const QString &member, const QString &label, int requestsPerMinute)
{
    if (auto ok = validKeyOptions(label, requestsPerMinute); !ok)
        return ok.error();
    const qint64 at = now();
    return changeTeam(*m_db, [&](QSqlDatabase &db) -> Expected<NewKey> {
        auto m = requireMember(db, member);
        if (!m)
            return m.error();
        auto key = insertKey(db, m->id, member, label, requestsPerMinute, at);
        if (!key)
            return key.error();
        if (auto ok = appendAudit(db, at, m_actor, QStringLiteral("key.create"), key->info.id,
                                  {{QStringLiteral("member"), member}, {QStringLiteral("label"), label}, {QStringLiteral("rpm"), requestsPerMinute}});
            !ok)
            return ok.error();
        return key;
    });
}

Expected<void> TeamStore::revokeKey(const QString &id)
{
    const qint64 at = now();
    return changeTeam(*m_db, [&](QSqlDatabase &db) -> Expected<void> {
        auto q = sql::run(db, QStringLiteral("UPDATE team_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"), {at, id},
                          QStringLiteral("cannot revoke the key"));
        if (!q)
            return q.error();
        if (q->numRowsAffected() == 0)
            return notFound(QStringLiteral("no key '%1' is in use (switchboard-cli team key list shows them)").arg(id));
        return appendAudit(db, at, m_actor, QStringLiteral("key.revoke"), id, {});
    });
}

Expected<NewKey> TeamStore::rotateKey(const QString &id)
{
    const qint64 at = now();
    return changeTeam(*m_db, [&](QSqlDatabase &db) -> Expected<NewKey> {
        auto q = sql::run(
            db,
            QStringLiteral("SELECT k.member_id, m.name, k.label, k.requests_per_minute FROM team_keys k "
                           "JOIN team_members m ON m.id = k.member_id WHERE k.id = ? AND k.revoked_at IS NULL AND m.removed_at IS NULL"),
            {id}, QStringLiteral("cannot read the key"));
        if (!q)
            return q.error();
        if (!q->next())
            return notFound(QStringLiteral("no key '%1' is in use (switchboard-cli team key list shows them)").arg(id));
        auto key = insertKey(db, q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(), q->value(3).toInt(), at);
        if (!key)
            return key.error();
        auto revoked = sql::run(db, QStringLiteral("UPDATE team_keys SET revoked_at = ?, replaced_by = ? WHERE id = ?"), {at, key->info.id, id},
                                QStringLiteral("cannot revoke the old key"));
        if (!revoked)
            return revoked.error();
        if (auto ok = appendAudit(db, at, m_actor, QStringLiteral("key.rotate"), id, {{QStringLiteral("newKey"), key->info.id}}); !ok)
            return ok.error();
        return key;
    });
}

Expected<QList<KeyInfo>> TeamStore::keys(const QString &member, bool withRevoked) const
{
    auto db = m_db->connection();
    if (!db)
        return db.error();
    sql::Where where;
    if (!member.isEmpty())
        where.add(QStringLiteral("m.name = ?"), member);
    if (!withRevoked)
        where.sql += QStringLiteral(" AND k.revoked_at IS NULL");
    auto q = sql::run(*db,
                      QStringLiteral("SELECT k.id, m.name, k.label, k.requests_per_minute, k.created_at, k.revoked_at, k.replaced_by "
                                     "FROM team_keys k JOIN team_members m ON m.id = k.member_id WHERE 1 = 1%1 ORDER BY k.created_at DESC, k.id")
                          .arg(where.sql),
                      where.binds, QStringLiteral("cannot read the team's keys"));
    if (!q)
        return q.error();
    QList<KeyInfo> out;
    while (q->next())
        out << KeyInfo{q->value(0).toString(),   q->value(1).toString(),   q->value(2).toString(), q->value(3).toInt(),
                       q->value(4).toLongLong(), optionalInt(q->value(5)), q->value(6).toString()};
    return out;
}

Expected<QList<AuditEntry>> TeamStore::audit(int limit) const
{
    auto db = m_db->connection();
    if (!db)
        return db.error();
    auto q = sql::run(*db, QStringLiteral("SELECT at, actor, action, target, detail FROM team_audit ORDER BY id DESC LIMIT ?"), {qMax(1, limit)},
                      QStringLiteral("cannot read the audit log"));
    if (!q)
        return q.error();
    QList<AuditEntry> out;
    while (q->next())
        out << AuditEntry{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(), q->value(4).toString()};
    return out;
}

Expected<usage::Budget> TeamStore::setBudget(const QString &member, usage::Budget::Period period, std::optional<double> softLimitUsd,
                                             std::optional<double> hardLimitUsd)
{
    const usage::Budget budget{usage::Budget::Scope::Member, member, period, softLimitUsd, hardLimitUsd};
    // the workspace file's rules, the JSON path left out of the messages
    const QStringList problems = usage::Budget::validate(QJsonArray{budget.toJson()}, QStringLiteral("budget"));
    if (!problems.isEmpty())
        return Error::make(Error::Kind::Validation, problems.join(QStringLiteral("; ")).replace(QStringLiteral("budget[0]."), QString()));
    const qint64 at = now();
    const auto nano = [](std::optional<double> usd) { return usd ? QVariant(usage::usdToNano(*usd)) : QVariant(QMetaType::fromType<qint64>()); };
    return changeTeam(*m_db, [&](QSqlDatabase &db) -> Expected<usage::Budget> {
        auto m = requireMember(db, member);
        if (!m)
            return m.error();
        auto q = sql::run(db,
                          sql::insertOrReplace(sql::dialectOf(db), QStringLiteral("team_budgets"),
                                               {QStringLiteral("member_id"), QStringLiteral("period")},
                                               {QStringLiteral("soft_limit_nano"), QStringLiteral("hard_limit_nano"), QStringLiteral("updated_at")}),
                          {m->id, usage::periodName(period), nano(softLimitUsd), nano(hardLimitUsd), at}, QStringLiteral("cannot store the budget"));
        if (!q)
            return q.error();
        QJsonObject detail = budget.toJson();
        detail.remove(QStringLiteral("scope"));
        detail.remove(QStringLiteral("target"));
        if (auto ok = appendAudit(db, at, m_actor, QStringLiteral("budget.set"), member, detail); !ok)
            return ok.error();
        return budget;
    });
}

Expected<void> TeamStore::removeBudget(const QString &member, usage::Budget::Period period)
{
    const qint64 at = now();
    return changeTeam(*m_db, [&](QSqlDatabase &db) -> Expected<void> {
        auto m = requireMember(db, member);
        if (!m)
            return m.error();
        auto q = sql::run(db, QStringLiteral("DELETE FROM team_budgets WHERE member_id = ? AND period = ?"), {m->id, usage::periodName(period)},
                          QStringLiteral("cannot remove the budget"));
        if (!q)
            return q.error();
        if (q->numRowsAffected() == 0)
            return notFound(QStringLiteral("'%1' has no %2 budget").arg(member, usage::periodName(period)));
        return appendAudit(db, at, m_actor, QStringLiteral("budget.remove"), member, {{QStringLiteral("period"), usage::periodName(period)}});
    });
}

Expected<QList<usage::Budget>> TeamStore::budgets() const
{
    auto db = m_db->connection();
    if (!db)
        return db.error();
    auto q = sql::run(*db,
                      QStringLiteral("SELECT m.name, b.period, b.soft_limit_nano, b.hard_limit_nano FROM team_budgets b "
                                     "JOIN team_members m ON m.id = b.member_id WHERE m.removed_at IS NULL ORDER BY m.name, b.period"),
                      {}, QStringLiteral("cannot read the team's budgets"));
    if (!q)
        return q.error();
    QList<usage::Budget> out;
    while (q->next()) {
        const auto usd = [](const QVariant &v) { return v.isNull() ? std::nullopt : std::optional<double>(usage::nanoToUsd(v.toLongLong())); };
        out << usage::Budget{usage::Budget::Scope::Member, q->value(0).toString(),
                             usage::periodFromName(q->value(1).toString()).value_or(usage::Budget::Period::Monthly), usd(q->value(2)),
                             usd(q->value(3))};
    }
    return out;
}

Expected<qint64> TeamStore::version() const
{
    auto db = m_db->connection();
    if (!db)
        return db.error();
    auto q = sql::run(*db, QStringLiteral("SELECT version FROM team_state WHERE id = 1"), {}, QStringLiteral("cannot read the team's state"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

Expected<QList<ActiveKey>> TeamStore::activeKeys() const
{
    auto db = m_db->connection();
    if (!db)
        return db.error();
    auto q = sql::run(*db,
                      QStringLiteral("SELECT k.id, k.digest, m.name, m.role, k.label, k.requests_per_minute FROM team_keys k "
                                     "JOIN team_members m ON m.id = k.member_id WHERE k.revoked_at IS NULL AND m.removed_at IS NULL"),
                      {}, QStringLiteral("cannot read the team's keys"));
    if (!q)
        return q.error();
    QList<ActiveKey> out;
    while (q->next())
        out << ActiveKey{q->value(0).toString(), QByteArray::fromHex(q->value(1).toString().toLatin1()),
                         q->value(2).toString(), roleFromName(q->value(3).toString()).value_or(Role::Viewer),
                         q->value(4).toString(), q->value(5).toInt()};
    return out;
}

Expected<bool> TeamStore::hasMembers() const
{
    auto db = m_db->connection();
    if (!db)
        return db.error();
    auto q = sql::run(*db, QStringLiteral("SELECT COUNT(*) FROM team_members WHERE removed_at IS NULL"), {},
                      QStringLiteral("cannot read the team's members"));
    if (!q)
        return q.error();
    q->next();
    return q->value(0).toLongLong() > 0;
}

} // namespace sb::team
