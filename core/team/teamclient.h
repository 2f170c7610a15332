#pragma once

#include "common/expected.h"
#include "storage/workspace.h"
#include "team/teammonitor.h"
#include "team/teamstore.h"
#include "team/teamusage.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace sb {
class SecretStore;
}
namespace sb::providers {
class ProviderClient;
}

namespace sb::team {

// Why a team server request failed, and what to do about it (message, in the user's language).
struct TeamError {
    enum class Kind {
        NoKey, // the provider's key could not be read from the keychain (or its reference is broken)
        Unreachable, // no answer: serve not running, wrong address, network or proxy trouble, timeout
        WrongKey, // 401: the server does not know the key
        NotAdmin, // 403: the key's member may not do this
        Refused, // 400/404/409: the server refused the request (its reason is in the message)
        Server, // 5xx or an answer that is not the team API's
    };
    Kind kind = Kind::Server;
    int httpStatus = 0;
    QString message;
};
template<typename T> using TeamResult = Expected<T, TeamError>;

// Who the provider's key belongs to (GET /team/me).
struct Identity {
    QString member;
    Role role = Role::Member;
    QString key; // the key's name as the server knows it ("team:ID")
};

// The team admin API of a `switchboard-cli serve` (core/proxy/teamendpoints.cpp), reached through a
// workspace provider of kind `switchboard`: its base URL, its key (resolved from the keychain on a
// worker, once, and kept only inside the provider client's request headers), and the workspace's and
// provider's network settings (proxy, TLS, timeouts) as every provider call has them. Asynchronous:
// each request's `done` runs once on this object's thread, never after it is destroyed.
class TeamClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamClient)

public:
    template<typename T> using Done = std::function<void(const TeamResult<T> &)>;

    TeamClient(Workspace workspace, ProviderConfig provider, std::shared_ptr<SecretStore> secrets, QNetworkAccessManager &nam,
               QObject *parent = nullptr);
    ~TeamClient() override;

    // The workspace's team server: its first enabled provider of kind `switchboard` (none: nullptr).
    static const ProviderConfig *serverOf(const Workspace &workspace);

    const ProviderConfig &provider() const { return m_provider; }
    const Workspace &workspace() const { return m_workspace; }

    void me(Done<Identity> done);
    void members(bool withRemoved, Done<QList<Member>> done);
    void addMember(const QString &name, Role role, Done<Member> done);
    void setRole(const QString &name, Role role, Done<void> done);
    void removeMember(const QString &name, Done<void> done);
    void keys(const QString &member, bool withRevoked, Done<QList<KeyInfo>> done);
    void createKey(const QString &member, const QString &label, int requestsPerMinute, Done<NewKey> done);
    void revokeKey(const QString &id, Done<void> done);
    void rotateKey(const QString &id, Done<NewKey> done);
    void audit(int limit, Done<QList<AuditEntry>> done);
    // The members' budgets with their spend and reservations (GET /team/budgets); setting one replaces
    // the member's budget of that period.
    void budgets(Done<QList<BudgetInfo>> done);
    void setBudget(const QString &member, usage::Budget::Period period, std::optional<double> softLimitUsd, std::optional<double> hardLimitUsd,
                   Done<void> done);
    void removeBudget(const QString &member, usage::Budget::Period period, Done<void> done);
    // The Usage page's aggregates of the team's ledger (GET /team/usage): the filter's days, provider,
    // model, key and member. Any member's key: a member's answer has their own calls only.
    void usageReport(const usage::Filter &filter, usage::Dimension dimension, Done<UsageReport> done);
    // The Monitor page's chart of the team's monitoring rollups (GET /team/monitor/chart), with the same
    // rule: a member's answer has their own calls only. A server older than this endpoint answers 404
    // (an admin's key) or 403 (anyone else's).
    void monitorChart(const MonitorRequest &request, Done<MonitorReport> done);

    // The answers' JSON as the server writes it (team::toJson), read back.
    static std::optional<Member> memberFromJson(const QJsonObject &o);
    static std::optional<KeyInfo> keyFromJson(const QJsonObject &o);
    static std::optional<NewKey> newKeyFromJson(const QJsonObject &o);
    static std::optional<AuditEntry> auditFromJson(const QJsonObject &o);
    static std::optional<BudgetInfo> budgetFromJson(const QJsonObject &o);

private:
    using Answer = std::function<void(const TeamResult<QJsonObject> &)>;
    // path below the base URL ("/v1/team/me"); POST when `body` is set
    void send(const QString &path, const std::optional<QJsonObject> &body, Answer answer);
    void withClient(std::function<void(const TeamError *)> then);

    Workspace m_workspace;
    ProviderConfig m_provider;
    std::shared_ptr<SecretStore> m_secrets;
    QNetworkAccessManager &m_nam;
    std::shared_ptr<providers::ProviderClient> m_client;
    bool m_resolving = false;
    QList<std::function<void(const TeamError *)>> m_waiting; // requests waiting for the key
};

} // namespace sb::team
