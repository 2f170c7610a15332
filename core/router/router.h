#pragma once

#include "catalog/catalog.h"
#include "common/async.h"
#include "protocol/types.h"
#include "providers/providerclient.h"
#include "router/health.h"
#include "router/routingconfig.h"
#include "usage/callrecord.h"
#include "usage/reservations.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace sb::providers {
class ProviderRegistry;
}
namespace sb::usage {
class Ledger;
} // namespace sb::usage

namespace sb::router {

// Who is calling and under which limits.
struct DispatchContext {
    usage::Source source = usage::Source::Playground;
    QString sourceKey; // conversation / comparison id, or the proxy key's name
    QString proxyKey; // the proxy key's name, for its budgets (empty otherwise)
    QString member; // the team member whose key it is (empty: not a team key)
    // The dialect a proxy client spoke (OpenAI Chat, Responses, Anthropic, Gemini): kept in the ledger
    // row's trace as "client", so a call can be traced back to the kind of tool that made it.
    std::optional<protocol::Dialect> clientDialect;
    std::optional<Task> task; // an explicit task tag; otherwise the classifier guesses
    std::optional<double> maxCostUsd; // per call; tighter than the virtual model's
    std::optional<int> latencyBudgetMs; // time to first token; tighter than the virtual model's
    // Headers for upstreams of this dialect only (the proxy forwards an Anthropic client's
    // anthropic-beta and anthropic-version to Anthropic upstreams); names in lower case.
    std::optional<protocol::Dialect> headersDialect;
    QList<std::pair<QByteArray, QByteArray>> headers;
    // Same-dialect passthrough: the request as the client sent it, in rawDialect. A target whose
    // provider speaks that dialect gets these bytes with only the top-level "model" replaced; its
    // answer comes back as it is too (Dispatch::raw, CallOutcome::rawBody) besides the decoded events.
    std::optional<protocol::Dialect> rawDialect;
    QByteArray rawBody;
    // Set: an embedding of these texts, not a chat (Router::embed). Targets are embedding models; the
    // vectors come back in CallOutcome::embeddings.
    QStringList embedInputs;
};

struct Candidate {
    Target target;
    QString skipped; // why it is not used; empty = usable
    double estimatedCostUsd = -1; // -1 = unknown (no catalog entry)
    std::optional<double> ttftMs; // from the health tracker
    int inFlight = 0;
    bool trial = false; // usable as its half-open circuit's trial call after failures
    int failures = 0; // consecutive failures behind that circuit
    QString demoted; // why it is tried after the other usable targets (HealthTracker::setDemotions); empty: not
};

// Which targets a request would go to, in order, and why the others would not.
struct Plan {
    QString requested; // the model the caller asked for
    QString virtualModel; // when a virtual model was asked for
    QString route; // the route used ("" for a direct PROVIDER/MODEL)
    QString rule; // which rule chose the route ("" = the default route)
    Task task = Task::General;
    bool taskGuessed = true; // false when the caller tagged it
    bool taskKnown = false; // tagged, or classified because a rule needed it
    Strategy strategy = Strategy::Fallback;
    qint64 estimatedInputTokens = 0;
    QStringList needs; // capabilities the request needs
    bool refuseHostedTools = false; // the virtual model's choice: skip targets that cannot run them
    bool embedding = false; // an embedding call (DispatchContext::embedInputs)
    QList<Candidate> candidates; // every target considered, in the order tried
    int retries = 0;
    int backoffMs = 0;
    int maxRetryAfterMs = 0;
    std::optional<protocol::ApiError> error; // set when no target is usable

    QList<Target> usable() const;
    // As compact JSON text (router/trace.cpp: what every ledger row's trace starts from), and that text
    // read back as an object.
    QByteArray toJsonText() const;
    QJsonObject toJson() const;
};

// The guess of the task from the prompt: cheap keyword and structure rules, no model call.
Task classifyTask(const protocol::ChatRequest &request);
// Rough token count (4 characters a token, images 1000): for context checks and cost ceilings.
qint64 estimateInputTokens(const protocol::ChatRequest &request);

struct DispatchResult {
    providers::CallOutcome outcome; // of the last attempt (the one that answered, or the last failure)
    QString requestId;
    QString provider;
    QString model;
    int attempts = 0;
    double costUsd = 0; // of the last attempt
    bool costKnown = true; // false: tokens were used but the model has no price (costUsd is 0, not known)
    // answered upstream, but its row could not be written: outcome.error (503 overloaded) says why,
    // and the caller does not give the answer (its row waits in the ledger's queue)
    bool unrecorded = false;
    // (the routing decision: Dispatch::trace(), made when asked for, not on the answer's path)
    bool ok() const { return outcome.ok(); }
};

class Router;

// One routed call: tries targets in the plan's order, retrying and failing over, until one answers.
// Streams the events of the attempt that produced content (events of failed attempts before their
// first token are dropped); finished() exactly once. With a ledger, finished() comes once the last
// attempt's row is on disk (usage::Ledger::recordThen, group commit): callers give the answer's last
// bytes to their client from finished(), so a crash loses no answered call. When the ledger cannot
// write, the dispatch is refused before any attempt, and an answer whose row could not be written
// ends in that error instead (503 overloaded, saying why). A stream cut short (cancelled, or failed
// after it began) is recorded with what it used so far: the upstream's counts where it sent them,
// else estimates. Delete it with deleteLater() from its own signals (its call objects are still on
// the stack then); deleting it during an attempt records that attempt as cancelled.
class Dispatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Dispatch)

public:
    ~Dispatch() override;
    void cancel();
    bool isFinished() const { return m_finished; }
    const Plan &plan() const { return m_plan; }
    const DispatchResult &result() const { return m_result; }
    // The routing decision so far: the plan, every attempt (with skips and backoffs) and, once answered,
    // the chosen target.
    QJsonObject trace() const;
    QString requestId() const { return m_requestId; }

Q_SIGNALS:
    // A new attempt begins (provider/model, 1-based attempt number across the dispatch).
    void attemptStarted(const QString &target, int attempt);
    void event(const sb::protocol::StreamEvent &event);
    // Passthrough attempts only (DispatchContext::rawBody): the upstream's stream bytes, each chunk
    // before the events decoded from it, held back like the events until the attempt has content.
    void raw(const QByteArray &bytes);
    void finished(const sb::router::DispatchResult &result);

private:
    friend class Router;
    Dispatch(Router &router, protocol::ChatRequest request, DispatchContext context, Plan plan, QObject *parent);
    void start();
    void next(); // the next attempt: same target (retry) or the next one
    int retriesOn(const Target &target) const; // the route's, or for a direct call the provider's network setting
    // Reserves the attempt's estimated maximum cost against the hard budgets that apply
    // (usage::BudgetReservations), then attempts it, or skips the target when a budget refuses.
    void reserveThenAttempt(const Target &target);
    void onReserved(const Target &target, const usage::Reservation &reservation);
    // What the attempt on `target` may cost at most: the prompt's estimated tokens at the input price
    // plus max_tokens (else the model's output limit) at the output price; 0 without a catalog entry.
    double maximumCost(const Target &target);
    // Replaces the attempt's reservation by its cost (0 releases it); nothing when it holds none.
    void settleReservation(double costUsd);
    void attempt(const Target &target);
    void attemptEmbedding(const Target &target, providers::ProviderClient &client, qint64 startedAt);
    void onFinished(const Target &target, const providers::CallOutcome &outcome, qint64 startedAtMs);
    void finish(const providers::CallOutcome &outcome, const Target &target);
    // The result without emitting finished() (finish() is settle() and the signal).
    void settle(const providers::CallOutcome &outcome, const Target &target);
    // What a stream cut short used so far, where the upstream did not say (see the class comment).
    protocol::Usage usedSoFar(const providers::CallOutcome &outcome, QStringList &notes) const;
    // The cost of an attempt's usage; sets m_result.costKnown (false: tokens without a price).
    double costOf(const Target &target, const providers::CallOutcome &outcome);
    // The ledger row of an attempt without its trace (nullopt without a ledger), and the trace.
    std::optional<usage::CallRecord> attemptRecord(const Target &target, const providers::CallOutcome &outcome, qint64 startedAtMs, double cost);
    QByteArray attemptTraceJson() const; // the plan and the attempts so far, as JSON text
    // The last attempt's row to the ledger, then finished() once it is on disk (group commit); without
    // group commit finish() first, so that the answer reaches the caller before the recording work.
    void finishThenRecord(const providers::CallOutcome &outcome, const Target &target, std::optional<usage::CallRecord> record);
    // The row with its trace (the plan and the attempts so far) to the ledger; nothing for nullopt.
    void queueRecord(std::optional<usage::CallRecord> record);

    Router &m_router;
    protocol::ChatRequest m_request;
    DispatchContext m_context;
    Plan m_plan;
    QString m_requestId;
    QList<Target> m_order;
    int m_targetIndex = 0;
    int m_triesOnTarget = 0;
    int m_attempts = 0;
    qint64 m_firstAttemptAtMs = 0; // on the seams' clock
    bool m_committed = false; // content reached the caller: no failover any more
    bool m_cancelled = false;
    bool m_finished = false;
    QList<protocol::StreamEvent> m_held; // events of the current attempt before its first content
    QList<QByteArray> m_heldRaw; // its raw bytes (passthrough) before its first content
    QPointer<providers::CallBase> m_call; // a ChatCall, or a JsonCall for embeddings
    Target m_attemptTarget; // of the attempt in flight
    qint64 m_attemptStartedAt = 0;
    quint64 m_ledgerTicket = 0; // finished() waits for this row's commit
    // The reservation of the attempt in flight (or being made: m_reservationTicket), its id and counters.
    quint64 m_reservationTicket = 0;
    QString m_reservationId;
    QList<usage::BudgetCounter> m_reservedCounters;
    // One entry of the trace's "attempts": a target tried, with its outcome, or skipped, with why.
    struct AttemptNote {
        QString target;
        QString skipped; // not tried: why (then nothing else is set)
        int attempt = 0; // 1-based across the dispatch
        qint64 latencyMs = 0;
        QString error; // the error's kind; empty when it answered
        QString message; // the error's message (at most 300 characters)
        int httpStatus = 0; // of the error, when there was one
        std::optional<int> backoffMs; // the wait before the next try of the same target
        QStringList notes; // what the request needed changing for this upstream (schemas)
        void appendJsonText(QByteArray &out) const; // as a compact JSON object
    };
    QList<AttemptNote> m_attemptNotes;
    mutable QByteArray m_planText; // Plan::toJsonText, made once
    QString m_chosen; // the target that answered
    std::optional<protocol::ApiError> m_lastError;
    std::optional<int> m_pendingDelayMs;
    DispatchResult m_result;
};

// Decides where each call goes and makes it. Lives on the thread of the registry's network manager;
// the health tracker, ledger and budget tracker are shared and thread-safe.
class Router
{
public:
    struct Seams {
        std::function<qint64()> nowMs; // wall clock, UTC epoch ms (ledger timestamps)
        std::function<quint32()> random; // weighted choice and jitter
        std::function<QString()> newRequestId;
        // Runs `then` after `delayMs` on `context`'s thread, unless the context is gone first (the
        // backoff before a retry). Default: a single-shot QTimer; tests record the wait and go on.
        async::Schedule schedule;
    };

    Router(providers::ProviderRegistry &registry, HealthTracker &health, catalog::Catalog catalog, usage::Ledger *ledger = nullptr,
           usage::BudgetTracker *budgets = nullptr, Seams seams = {});

    // Both also re-read the registry's workspace (call them after it changed).
    void setConfig(RoutingConfig config);
    const RoutingConfig &config() const { return m_config; }
    void setCatalog(catalog::Catalog catalog);
    const catalog::Catalog &catalog() const { return m_catalog; }
    // Budgets that hold under concurrency: each attempt under a hard budget first reserves its maximum
    // cost (nullptr: the budget tracker's check of spend alone). Shared, thread-safe; must outlive this.
    void setReservations(usage::BudgetReservations *reservations) { m_reservations = reservations; }
    providers::ProviderRegistry &registry() { return m_registry; }
    HealthTracker &health() { return m_health; }

    // What dispatch would do, without calling anything (the routing page's dry run; also the first
    // step of dispatch).
    Plan plan(const protocol::ChatRequest &request, const DispatchContext &context = {});
    // Starts the call. The Dispatch is a child of `parent` (or owned by the caller).
    [[nodiscard]] Dispatch *dispatch(const protocol::ChatRequest &request, const DispatchContext &context = {}, QObject *parent = nullptr);
    // An embedding of `inputs` by `model` (PROVIDER/MODEL, a route or virtual model whose targets are
    // embedding models): the same plan, budgets, health, failover and ledger row as a chat.
    [[nodiscard]] Dispatch *embed(const QString &model, const QStringList &inputs, DispatchContext context = {}, QObject *parent = nullptr);

    // The hosted tools of `request` the provider of `qualifiedTarget` (PROVIDER/MODEL) cannot run.
    QStringList hostedToolsDropped(const protocol::ChatRequest &request, const QString &qualifiedTarget) const;
    // The catalog entry of a target: the provider id first (workspace overrides), then its vendor.
    std::optional<catalog::ModelInfo> modelInfo(const Target &target);
    // Every "provider/model" the router can offer directly (enabled providers' chosen models, or the
    // catalog's models of their vendor when none are chosen), plus the virtual model names.
    QStringList offeredModels();

private:
    friend class Dispatch;
    // What does not change between calls, worked out once per target (setConfig / setCatalog).
    struct Prepared {
        Target target;
        QString qualified;
        std::optional<catalog::ModelInfo> info;
        bool exists = false;
        bool enabled = false;
        int healthId = -1;
        int providerIndex = -1; // position among the workspace's providers
        protocol::Dialect dialect = protocol::Dialect::OpenAiChat; // what the provider speaks
    };
    Prepared prepare(const Target &target);
    void prepareAll();
    void fillCandidates(Plan &plan, const protocol::ChatRequest &request, const DispatchContext &context, const QList<Prepared> &targets, bool direct,
                        std::optional<double> maxCost, std::optional<int> latencyBudget);
    void order(Plan &plan);

    providers::ProviderRegistry &m_registry;
    HealthTracker &m_health;
    catalog::Catalog m_catalog;
    usage::Ledger *m_ledger = nullptr;
    usage::BudgetTracker *m_budgets = nullptr;
    usage::BudgetReservations *m_reservations = nullptr;
    Seams m_seams;
    RoutingConfig m_config;
    QHash<QString, QList<Prepared>> m_prepared; // by route name
};

} // namespace sb::router
