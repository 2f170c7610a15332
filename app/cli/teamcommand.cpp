// switchboard-cli team: the team's members, roles and proxy keys, for scripting (core/team)
#include "commands.h"
#include "storage/database.h"
#include "team/teamstore.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sb::cli {

using team::AuditEntry;
using team::KeyInfo;
using team::Member;
using team::NewKey;
using team::Role;
using team::TeamStore;

namespace {

const char *kUsage = "usage: switchboard-cli team <action> [--database URL] [--data-dir DIR] [--json]\n"
                     "  init --admin NAME                       make the team with its first admin; prints the admin's key\n"
                     "  member add NAME [--role ROLE]           add a member (ROLE: admin, member (default) or viewer)\n"
                     "  member list [--all]                     the members, their roles and keys in use (--all: removed ones too)\n"
                     "  member role NAME ROLE                   change a member's role\n"
                     "  member remove NAME                      remove a member and revoke their keys\n"
                     "  key create --member NAME [--label TEXT] [--rpm N]\n"
                     "                                          make a proxy key; it is printed once and never stored\n"
                     "  key list [--member NAME] [--all]        the keys in use (--all: revoked ones too)\n"
                     "  key revoke ID                           stop a key at once, on every server of the team\n"
                     "  key rotate ID                           a new key in place of ID (same member, label, limit)\n"
                     "  budget set NAME --period P [--soft USD] [--hard USD]\n"
                     "                                          a member's daily or monthly budget, on every server of the team\n"
                     "  budget list                             the members' budgets\n"
                     "  budget remove NAME --period P           take a member's budget of that period away\n"
                     "  audit [--limit N]                       who changed what, newest first\n";

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

// Who the audit log names for changes from this command line.
QString actor()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME", qEnvironmentVariable("USERNAME")));
    return QStringLiteral("cli:") + (user.isEmpty() ? QStringLiteral("unknown") : user);
}

int usage(Io &io, const QString &why = {})
{
    if (!why.isEmpty())
        io.err << "switchboard-cli team: " << why << "\n";
    io.err << kUsage;
    return Usage;
}

std::optional<Role> roleArg(const QString &text, Io &io)
{
    const std::optional<Role> role = team::roleFromName(text);
    if (!role)
        io.err << "switchboard-cli team: '" << text << "' is not a role: admin, member or viewer\n";
    return role;
}

int printKey(const NewKey &key, bool json, Io &io)
{
    if (json) {
        printJson(io,
                  QJsonObject{{QStringLiteral("id"), key.info.id},
                              {QStringLiteral("member"), key.info.member},
                              {QStringLiteral("label"), key.info.label},
                              {QStringLiteral("requestsPerMinute"), key.info.requestsPerMinute},
                              {QStringLiteral("key"), key.value}});
        return Ok;
    }
    io.out << "key " << key.info.id << " for " << key.info.member
           << (key.info.label.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(key.info.label)) << ":\n  " << key.value << "\n"
           << "Store it now: only its hash is kept, so it cannot be shown again (rotate it if it is lost).\n";
    return Ok;
}

int listMembers(TeamStore &store, bool all, bool json, Io &io)
{
    auto members = store.members(all);
    if (!members)
        return failed(io, members.error());
    if (json) {
        QJsonArray out;
        for (const Member &m : *members)
            out.append(team::toJson(m));
        printJson(io, QJsonObject{{QStringLiteral("members"), out}});
        return Ok;
    }
    if (members->isEmpty()) {
        io.out << "no members: switchboard-cli team init --admin NAME makes the team\n";
        return Ok;
    }
    QList<QStringList> rows{{QStringLiteral("MEMBER"), QStringLiteral("ROLE"), QStringLiteral("KEYS"), QStringLiteral("ADDED")}};
    for (const Member &m : *members)
        rows << QStringList{m.name, team::roleName(m.role) + (m.removedAtMs ? QStringLiteral(" (removed)") : QString()),
                            QString::number(m.activeKeys), isoTime(m.createdAtMs)};
    printTable(io, rows);
    return Ok;
}

int listKeys(TeamStore &store, const QString &member, bool all, bool json, Io &io)
{
    auto keys = store.keys(member, all);
    if (!keys)
        return failed(io, keys.error());
    if (json) {
        QJsonArray out;
        for (const KeyInfo &k : *keys)
            out.append(team::toJson(k));
        printJson(io, QJsonObject{{QStringLiteral("keys"), out}});
        return Ok;
    }
    QList<QStringList> rows{{QStringLiteral("ID"), QStringLiteral("MEMBER"), QStringLiteral("LABEL"), QStringLiteral("RPM"),
                             QStringLiteral("CREATED"), QStringLiteral("REVOKED")}};
    for (const KeyInfo &k : *keys)
        rows << QStringList{k.id,
                            k.member,
                            k.label.isEmpty() ? QStringLiteral("-") : k.label,
                            k.requestsPerMinute ? QString::number(k.requestsPerMinute) : QStringLiteral("-"),
                            isoTime(k.createdAtMs),
                            k.revokedAtMs ? isoTime(*k.revokedAtMs) : QStringLiteral("-")};
    printTable(io, rows);
    return Ok;
}

int listAudit(TeamStore &store, int limit, bool json, Io &io)
{
    auto log = store.audit(limit);
    if (!log)
        return failed(io, log.error());
    if (json) {
        QJsonArray out;
        for (const AuditEntry &e : *log)
            out.append(team::toJson(e));
        printJson(io, QJsonObject{{QStringLiteral("audit"), out}});
        return Ok;
    }
    QList<QStringList> rows{
        {QStringLiteral("TIME"), QStringLiteral("ACTOR"), QStringLiteral("ACTION"), QStringLiteral("TARGET"), QStringLiteral("DETAIL")}};
    for (const AuditEntry &e : *log)
        rows << QStringList{isoTime(e.atMs), e.actor, e.action, e.target, e.detail};
    printTable(io, rows);
    return Ok;
}

int listBudgets(const TeamStore &store, bool json, Io &io)
{
    auto budgets = store.budgets();
    if (!budgets)
        return failed(io, budgets.error());
    if (json) {
        QJsonArray out;
        for (const usage::Budget &b : *budgets)
            out.append(team::toJson(team::BudgetInfo{b, 0, 0, false}));
        printJson(io, QJsonObject{{QStringLiteral("budgets"), out}});
        return Ok;
    }
    if (budgets->isEmpty()) {
        io.out << "no budgets; switchboard-cli team budget set NAME --period monthly --hard USD sets one\n";
        return Ok;
    }
    const auto usd = [](std::optional<double> v) { return v ? QString::number(*v, 'f', 2) : QStringLiteral("-"); };
    QList<QStringList> rows{{QStringLiteral("MEMBER"), QStringLiteral("PERIOD"), QStringLiteral("SOFT USD"), QStringLiteral("HARD USD")}};
    for (const usage::Budget &b : *budgets)
        rows << QStringList{b.target, usage::periodName(b.period), usd(b.softLimitUsd), usd(b.hardLimitUsd)};
    printTable(io, rows);
    return Ok;
}

} // namespace

int teamCommand(const QStringList &args, Io &io)
{
    QCommandLineParser p;
    addDataOptions(p);
    addDatabaseOption(p);
    p.addPositionalArgument(QStringLiteral("action"),
                            QStringLiteral("init, member add|list|role|remove, key create|list|revoke|rotate, budget set|list|remove, audit"));
    p.addOption({QStringLiteral("admin"), QStringLiteral("init: the first admin's name."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("role"), QStringLiteral("member add: admin, member (default) or viewer."), QStringLiteral("ROLE")});
    p.addOption({QStringLiteral("member"), QStringLiteral("key create, key list: the member."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("label"), QStringLiteral("key create: what the key is for (a laptop, a CI job)."), QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("rpm"), QStringLiteral("key create: requests per minute (default 0: no limit)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("all"), QStringLiteral("member list, key list: removed members and revoked keys too.")});
    p.addOption({QStringLiteral("limit"), QStringLiteral("audit: at most N entries (default 50)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("period"), QStringLiteral("budget set, budget remove: daily or monthly (UTC)."), QStringLiteral("P")});
    p.addOption({QStringLiteral("soft"), QStringLiteral("budget set: a soft limit in USD (a warning when reached)."), QStringLiteral("USD")});
    p.addOption({QStringLiteral("hard"), QStringLiteral("budget set: a hard limit in USD (calls refused beyond it)."), QStringLiteral("USD")});
    p.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    if (int rc = parseCommand(p, QStringLiteral("team"), args, io); rc >= 0)
        return rc;
    const QStringList pos = p.positionalArguments();
    const QString what = pos.value(0);
    const QString action = pos.value(1);
    const bool json = p.isSet(QStringLiteral("json"));

    // check the usage before opening the database
    const auto is = [&](const char *w, const char *a, int count) {
        return what == QLatin1String(w) && (a == nullptr || action == QLatin1String(a)) && pos.size() == count;
    };
    const bool known = is("init", nullptr, 1) || is("audit", nullptr, 1) || is("member", "add", 3) || is("member", "list", 2)
        || is("member", "role", 4) || is("member", "remove", 3) || is("key", "create", 2) || is("key", "list", 2) || is("key", "revoke", 3)
        || is("key", "rotate", 3) || is("budget", "set", 3) || is("budget", "list", 2) || is("budget", "remove", 3);
    if (!known)
        return usage(io);
    if (what == QLatin1String("init") && p.value(QStringLiteral("admin")).isEmpty())
        return usage(io, QStringLiteral("init needs --admin NAME"));
    if (is("key", "create", 2) && p.value(QStringLiteral("member")).isEmpty())
        return usage(io, QStringLiteral("key create needs --member NAME"));
    int rpm = 0;
    if (p.isSet(QStringLiteral("rpm"))) {
        bool ok = false;
        rpm = p.value(QStringLiteral("rpm")).toInt(&ok);
        if (!ok || rpm < 0)
            return usage(io, QStringLiteral("--rpm takes a number, 0 or more"));
    }
    std::optional<usage::Budget::Period> period;
    std::optional<double> soft;
    std::optional<double> hard;
    if (is("budget", "set", 3) || is("budget", "remove", 3)) {
        period = usage::periodFromName(p.value(QStringLiteral("period")));
        if (!period)
            return usage(io, QStringLiteral("budget %1 needs --period daily or --period monthly").arg(action));
        for (const auto &[name, out] : {std::pair{QStringLiteral("soft"), &soft}, std::pair{QStringLiteral("hard"), &hard}}) {
            if (!p.isSet(name))
                continue;
            bool ok = false;
            *out = p.value(name).toDouble(&ok);
            if (!ok || **out < 0)
                return usage(io, QStringLiteral("--%1 takes an amount in USD, 0 or more").arg(name));
        }
        if (action == QLatin1String("set") && !soft && !hard)
            return usage(io, QStringLiteral("budget set needs --soft USD, --hard USD or both"));
    }
    int limit = 50;
    if (p.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = p.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1)
            return usage(io, QStringLiteral("--limit takes a number above 0"));
    }
    std::optional<Role> role = Role::Member;
    if (is("member", "role", 4))
        role = roleArg(pos.at(3), io);
    else if (p.isSet(QStringLiteral("role")))
        role = roleArg(p.value(QStringLiteral("role")), io);
    if (!role)
        return Usage;

    auto db = Database::open(databaseLocation(p, dataPaths(p)));
    if (!db)
        return failed(io, db.error());
    TeamStore store(*db, actor());

    if (what == QLatin1String("init")) {
        auto key = store.init(p.value(QStringLiteral("admin")));
        if (!key)
            return failed(io, key.error());
        if (!json)
            io.out << "team made: " << key->info.member << " is its admin.\n";
        return printKey(*key, json, io);
    }
    if (what == QLatin1String("audit"))
        return listAudit(store, limit, json, io);
    if (what == QLatin1String("budget")) {
        if (action == QLatin1String("list"))
            return listBudgets(store, json, io);
        const QString name = pos.at(2);
        if (action == QLatin1String("set")) {
            auto set = store.setBudget(name, *period, soft, hard);
            if (!set)
                return failed(io, set.error());
            io.out << "set " << name << "'s " << usage::periodName(*period) << " budget; every server of the team applies it within a second\n";
            return Ok;
        }
        if (auto removed = store.removeBudget(name, *period); !removed)
            return failed(io, removed.error());
        io.out << "removed " << name << "'s " << usage::periodName(*period) << " budget\n";
        return Ok;
    }
    if (what == QLatin1String("member")) {
        if (action == QLatin1String("list"))
            return listMembers(store, p.isSet(QStringLiteral("all")), json, io);
        const QString name = pos.at(2);
        Expected<void> done;
        if (action == QLatin1String("add")) {
            auto added = store.addMember(name, *role);
            done = added ? Expected<void>() : Expected<void>(added.error());
        } else if (action == QLatin1String("role")) {
            done = store.setRole(name, *role);
        } else {
            done = store.removeMember(name);
        }
        if (!done)
            return failed(io, done.error());
        if (action == QLatin1String("add"))
            io.out << "added " << name << " as " << team::roleName(*role) << "; switchboard-cli team key create --member " << name
                   << " makes their key\n";
        else if (action == QLatin1String("role"))
            io.out << name << " is now " << team::roleName(*role) << "\n";
        else
            io.out << "removed " << name << "; their keys no longer work\n";
        return Ok;
    }
    // key
    if (action == QLatin1String("list"))
        return listKeys(store, p.value(QStringLiteral("member")), p.isSet(QStringLiteral("all")), json, io);
    if (action == QLatin1String("create")) {
        auto key = store.createKey(p.value(QStringLiteral("member")), p.value(QStringLiteral("label")), rpm);
        if (!key)
            return failed(io, key.error());
        return printKey(*key, json, io);
    }
    if (action == QLatin1String("rotate")) {
        auto key = store.rotateKey(pos.at(2));
        if (!key)
            return failed(io, key.error());
        if (!json)
            io.out << "revoked " << pos.at(2) << "; in its place:\n";
        return printKey(*key, json, io);
    }
    if (auto revoked = store.revokeKey(pos.at(2)); !revoked)
        return failed(io, revoked.error());
    io.out << "revoked " << pos.at(2) << "; every server of the team refuses it within a second\n";
    return Ok;
}

} // namespace sb::cli
