#include "team/teamclient.h"

#include "common/async.h"
#include "providers/providerclient.h"
#include "providers/registry.h"
#include "storage/secretstore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace sb::team {

using protocol::ApiError;

namespace {

qint64 msOf(const QJsonValue &v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODate);
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

std::optional<qint64> optionalMs(const QJsonObject &o, const QString &name)
{
    if (!o.contains(name))
        return std::nullopt;
    return msOf(o.value(name));
}

QString encoded(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

TeamError notUnderstood(const QString &what)
{
    return TeamError{
        TeamError::Kind::Server, 0,
        TeamClient::tr("The team server's answer is not what this app understands (%1). Is it a Switchboard serve of the same version?").arg(what)};
}

template<typename T> TeamResult<QList<T>> listOf(const QJsonObject &answer, const QString &name, std::optional<T> (*parse)(const QJsonObject &))
{
    QList<T> out;
    for (const QJsonValue &v : answer.value(name).toArray()) {
        std::optional<T> item = parse(v.toObject());
        if (!item)
            return notUnderstood(name);
        out << *item;
    }
    return out;
}

template<typename T> TeamResult<T> oneOf(const QJsonObject &answer, std::optional<T> (*parse)(const QJsonObject &))
{
    if (std::optional<T> item = parse(answer))
        return *item;
    return notUnderstood(QStringLiteral("object"));
}

} // namespace

TeamClient::TeamClient(Workspace workspace, ProviderConfig provider, std::shared_ptr<SecretStore> secrets, QNetworkAccessManager &nam,
                       QObject *parent)
    : QObject(parent)
    , m_workspace(std::move(workspace))
    , m_provider(std::move(provider))
    , m_secrets(std::move(secrets))
    , m_nam(nam)
{
}

TeamClient::~TeamClient() = default;

const ProviderConfig *TeamClient::serverOf(const Workspace &workspace)
{
    for (const ProviderConfig &p : workspace.providers) {
        if (p.kind == QLatin1String("switchboard") && p.enabled)
            return &p;
    }
    return nullptr;
}

void TeamClient::withClient(std::function<void(const TeamError *)> then)
{
    if (m_client) {
        then(nullptr);
        return;
    }
    m_waiting << std::move(then);
    if (m_resolving)
        return;
    m_resolving = true;
    struct Secrets {
        QString key;
        QString proxyPassword;
        std::optional<QString> error;
    };
    // the keychain may block (or prompt): read on a worker, never on the GUI thread
    async::runThenCallback(
        this,
        [store = m_secrets, ws = m_workspace, config = m_provider] {
            const SecretResolver resolver(*store);
            Secrets s;
            if (!config.apiKey.isEmpty()) {
                auto key = resolver.resolve(config.apiKey);
                if (!key)
                    return Secrets{{}, {}, key.error().message};
                s.key = *key;
            }
            auto password = providers::ProviderRegistry::proxyPassword(ws, config, resolver);
            if (!password)
                return Secrets{{}, {}, password.error().message};
            s.proxyPassword = *password;
            return s;
        },
        [this](const Secrets &secrets) {
            m_resolving = false;
            std::optional<TeamError> failure;
            if (secrets.error) {
                failure = TeamError{
                    TeamError::Kind::NoKey, 0,
                    tr("The key of provider \"%1\" could not be read: %2. Enter it again under Providers.").arg(m_provider.id, *secrets.error)};
            } else if (secrets.key.isEmpty()) {
                failure = TeamError{TeamError::Kind::NoKey, 0,
                                    tr("Provider \"%1\" has no key. Enter a team member's key (sbk_...) under Providers.").arg(m_provider.id)};
            } else {
                auto client = providers::ProviderRegistry::makeClient(m_workspace, m_provider, secrets.key, secrets.proxyPassword, m_nam);
                if (client)
                    m_client = *client;
                else
                    failure = TeamError{TeamError::Kind::Refused, 0,
                                        tr("Provider \"%1\" cannot be used: %2. Fix it under Providers.").arg(m_provider.id, client.error().message)};
            }
            const auto waiting = std::exchange(m_waiting, {});
            for (const auto &next : waiting)
                next(failure ? &*failure : nullptr);
        });
}

void TeamClient::send(const QString &path, const std::optional<QJsonObject> &body, Answer answer)
{
    withClient([this, path, body, answer](const TeamError *failure) {
        if (failure) {
            answer(*failure);
            return;
        }
        providers::JsonCall *call = m_client->requestJson(path, body, this);
        connect(call, &providers::JsonCall::finished, this, [this, call, answer](const providers::JsonOutcome &outcome) {
            call->deleteLater();
            if (!outcome.error) {
                answer(outcome.body.object());
                return;
            }
            const ApiError &e = *outcome.error;
            const QString base = m_client->baseUrl().toString();
            TeamError out{TeamError::Kind::Server, e.httpStatus, {}};
            switch (e.kind) {
            case ApiError::Kind::Network:
            case ApiError::Kind::Timeout:
                out.kind = TeamError::Kind::Unreachable;
                out.message = tr("Cannot reach the team server at %1: %2. Check that it is running and that the base URL of provider \"%3\" "
                                 "is right, then retry.")
                                  .arg(base, e.message, m_provider.id);
                break;
            case ApiError::Kind::Auth:
                out.kind = TeamError::Kind::WrongKey;
                out.message = tr("The team server at %1 does not accept the key of provider \"%2\". Check the key under Providers (a member's "
                                 "key starts with sbk_), or ask a team admin for a new one.")
                                  .arg(base, m_provider.id);
                break;
            case ApiError::Kind::Permission:
                out.kind = TeamError::Kind::NotAdmin;
                out.message = tr("Only the team's admins can do this. Ask an admin, or use an admin's key.");
                break;
            case ApiError::Kind::InvalidRequest:
            case ApiError::Kind::NotFound:
                out.kind = TeamError::Kind::Refused;
                out.message = tr("The team server refused this: %1").arg(e.message);
                break;
            default:
                out.message = tr("The team server failed: %1. Retry in a moment; if it keeps failing, look at the server's log.").arg(e.message);
                break;
            }
            answer(out);
        });
    });
}

void TeamClient::me(Done<Identity> done)
{
    send(QStringLiteral("/v1/team/me"), std::nullopt, [done](const TeamResult<QJsonObject> &a) {
        if (!a)
            return done(a.error());
        const std::optional<Role> role = roleFromName(a->value(QStringLiteral("role")).toString());
        const QString member = a->value(QStringLiteral("member")).toString();
        if (!role || member.isEmpty())
            return done(notUnderstood(QStringLiteral("me")));
        done(Identity{member, *role, a->value(QStringLiteral("key")).toString()});
    });
}

void TeamClient::members(bool withRemoved, Done<QList<Member>> done)
{
    send(withRemoved ? QStringLiteral("/v1/team/members?all=1") : QStringLiteral("/v1/team/members"), std::nullopt,
         [done](const TeamResult<QJsonObject> &a) {
             done(a ? listOf<Member>(*a, QStringLiteral("members"), &TeamClient::memberFromJson) : a.error());
         });
}

void TeamClient::addMember(const QString &name, Role role, Done<Member> done)
{
    send(QStringLiteral("/v1/team/members"), QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("role"), roleName(role)}},
         [done](const TeamResult<QJsonObject> &a) { done(a ? oneOf<Member>(*a, &TeamClient::memberFromJson) : a.error()); });
}

namespace {

TeamClient::Done<QJsonObject> toVoid(const TeamClient::Done<void> &done)
{
    return [done](const TeamResult<QJsonObject> &a) { a ? done(TeamResult<void>()) : done(a.error()); };
}

} // namespace

void TeamClient::setRole(const QString &name, Role role, Done<void> done)
{
    send(QStringLiteral("/v1/team/members/%1/role").arg(encoded(name)), QJsonObject{{QStringLiteral("role"), roleName(role)}}, toVoid(done));
}

void TeamClient::removeMember(const QString &name, Done<void> done)
{
    send(QStringLiteral("/v1/team/members/%1/remove").arg(encoded(name)), QJsonObject(), toVoid(done));
}

void TeamClient::keys(const QString &member, bool withRevoked, Done<QList<KeyInfo>> done)
{
    QString path = QStringLiteral("/v1/team/keys");
    QStringList query;
    if (!member.isEmpty())
        query << QStringLiteral("member=") + encoded(member);
    if (withRevoked)
        query << QStringLiteral("all=1");
    if (!query.isEmpty())
        path += QLatin1Char('?') + query.join(QLatin1Char('&'));
    send(path, std::nullopt,
         [done](const TeamResult<QJsonObject> &a) { done(a ? listOf<KeyInfo>(*a, QStringLiteral("keys"), &TeamClient::keyFromJson) : a.error()); });
}

void TeamClient::createKey(const QString &member, const QString &label, int requestsPerMinute, Done<NewKey> done)
{
    send(QStringLiteral("/v1/team/keys"),
         QJsonObject{{QStringLiteral("member"), member}, {QStringLiteral("label"), label}, {QStringLiteral("requestsPerMinute"), requestsPerMinute}},
         [done](const TeamResult<QJsonObject> &a) { done(a ? oneOf<NewKey>(*a, &TeamClient::newKeyFromJson) : a.error()); });
}

void TeamClient::revokeKey(const QString &id, Done<void> done)
{
    send(QStringLiteral("/v1/team/keys/%1/revoke").arg(encoded(id)), QJsonObject(), toVoid(done));
}

void TeamClient::rotateKey(const QString &id, Done<NewKey> done)
{
    send(QStringLiteral("/v1/team/keys/%1/rotate").arg(encoded(id)), QJsonObject(),
         [done](const TeamResult<QJsonObject> &a) { done(a ? oneOf<NewKey>(*a, &TeamClient::newKeyFromJson) : a.error()); });
}

void TeamClient::audit(int limit, Done<QList<AuditEntry>> done)
{
    send(QStringLiteral("/v1/team/audit?limit=%1").arg(limit), std::nullopt, [done](const TeamResult<QJsonObject> &a) {
        done(a ? listOf<AuditEntry>(*a, QStringLiteral("audit"), &TeamClient::auditFromJson) : a.error());
    });
}

void TeamClient::budgets(Done<QList<BudgetInfo>> done)
{
    send(QStringLiteral("/v1/team/budgets"), std::nullopt, [done](const TeamResult<QJsonObject> &a) {
        done(a ? listOf<BudgetInfo>(*a, QStringLiteral("budgets"), &TeamClient::budgetFromJson) : a.error());
    });
}

void TeamClient::setBudget(const QString &member, usage::Budget::Period period, std::optional<double> softLimitUsd,
                           std::optional<double> hardLimitUsd, Done<void> done)
{
    QJsonObject body{{QStringLiteral("period"), usage::periodName(period)}};
    body.insert(QStringLiteral("softLimitUsd"), softLimitUsd ? QJsonValue(*softLimitUsd) : QJsonValue());
    body.insert(QStringLiteral("hardLimitUsd"), hardLimitUsd ? QJsonValue(*hardLimitUsd) : QJsonValue());
    send(QStringLiteral("/v1/team/members/%1/budgets").arg(encoded(member)), body, toVoid(done));
}

void TeamClient::removeBudget(const QString &member, usage::Budget::Period period, Done<void> done)
{
    send(QStringLiteral("/v1/team/members/%1/budgets/remove").arg(encoded(member)),
         QJsonObject{{QStringLiteral("period"), usage::periodName(period)}}, toVoid(done));
}

void TeamClient::usageReport(const usage::Filter &filter, usage::Dimension dimension, Done<UsageReport> done)
{
    send(QStringLiteral("/v1/team/usage?") + usageQuery(filter, dimension).query(QUrl::FullyEncoded), std::nullopt,
         [done](const TeamResult<QJsonObject> &a) {
             if (!a)
                 return done(a.error());
             std::optional<UsageReport> report = usageReportFromJson(*a);
             done(report ? TeamResult<UsageReport>(*report) : TeamResult<UsageReport>(notUnderstood(QStringLiteral("usage"))));
         });
}

void TeamClient::monitorChart(const MonitorRequest &request, Done<MonitorReport> done)
{
    send(QStringLiteral("/v1/team/monitor/chart?") + monitorQuery(request).query(QUrl::FullyEncoded), std::nullopt,
         [done](const TeamResult<QJsonObject> &a) {
             if (!a)
                 return done(a.error());
             std::optional<MonitorReport> report = monitorReportFromJson(*a);
             done(report ? TeamResult<MonitorReport>(*report) : TeamResult<MonitorReport>(notUnderstood(QStringLiteral("monitor"))));
         });
}

std::optional<BudgetInfo> TeamClient::budgetFromJson(const QJsonObject &o)
{
    const std::optional<usage::Budget::Period> period = usage::periodFromName(o.value(QStringLiteral("period")).toString());
    BudgetInfo b;
    b.budget.scope = usage::Budget::Scope::Member;
    b.budget.target = o.value(QStringLiteral("member")).toString();
    if (!period || b.budget.target.isEmpty())
        return std::nullopt;
    b.budget.period = *period;
    if (o.value(QStringLiteral("softLimitUsd")).isDouble())
        b.budget.softLimitUsd = o.value(QStringLiteral("softLimitUsd")).toDouble();
    if (o.value(QStringLiteral("hardLimitUsd")).isDouble())
        b.budget.hardLimitUsd = o.value(QStringLiteral("hardLimitUsd")).toDouble();
    b.spentNano = usage::usdToNano(o.value(QStringLiteral("spentUsd")).toDouble());
    b.reservedNano = usage::usdToNano(o.value(QStringLiteral("reservedUsd")).toDouble());
    b.fromWorkspace = o.value(QStringLiteral("source")).toString() == QLatin1String("workspace");
    return b;
}

std::optional<Member> TeamClient::memberFromJson(const QJsonObject &o)
{
    const std::optional<Role> role = roleFromName(o.value(QStringLiteral("role")).toString());
    Member m;
    m.name = o.value(QStringLiteral("name")).toString();
    if (!role || m.name.isEmpty())
        return std::nullopt;
    m.role = *role;
    m.activeKeys = o.value(QStringLiteral("keys")).toInt();
    m.createdAtMs = msOf(o.value(QStringLiteral("created")));
    m.removedAtMs = optionalMs(o, QStringLiteral("removed"));
    return m;
}

std::optional<KeyInfo> TeamClient::keyFromJson(const QJsonObject &o)
{
    KeyInfo k;
    k.id = o.value(QStringLiteral("id")).toString();
    if (k.id.isEmpty())
        return std::nullopt;
    k.member = o.value(QStringLiteral("member")).toString();
    k.label = o.value(QStringLiteral("label")).toString();
    k.requestsPerMinute = o.value(QStringLiteral("requestsPerMinute")).toInt();
    k.createdAtMs = msOf(o.value(QStringLiteral("created")));
    k.revokedAtMs = optionalMs(o, QStringLiteral("revoked"));
    k.replacedBy = o.value(QStringLiteral("replacedBy")).toString();
    return k;
}

std::optional<NewKey> TeamClient::newKeyFromJson(const QJsonObject &o)
{
    std::optional<KeyInfo> info = keyFromJson(o);
    const QString value = o.value(QStringLiteral("key")).toString();
    if (!info || value.isEmpty())
        return std::nullopt;
    return NewKey{*info, value};
}

std::optional<AuditEntry> TeamClient::auditFromJson(const QJsonObject &o)
{
    AuditEntry e;
    e.action = o.value(QStringLiteral("action")).toString();
    if (e.action.isEmpty())
        return std::nullopt;
    e.atMs = msOf(o.value(QStringLiteral("at")));
    e.actor = o.value(QStringLiteral("actor")).toString();
    e.target = o.value(QStringLiteral("target")).toString();
    const QJsonObject detail = o.value(QStringLiteral("detail")).toObject();
    if (!detail.isEmpty())
        e.detail = QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
    return e;
}

} // namespace sb::team
