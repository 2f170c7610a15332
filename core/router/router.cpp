#include "router/router.h"

#include "common/ids.h"
#include "common/logging.h"
#include "protocol/anthropicmessagescodec.h"
#include "protocol/documents.h"
#include "protocol/jsonscan.h"
#include "providers/registry.h"
#include "usage/budgets.h"
#include "usage/ledger.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace sb::router {

using protocol::ApiError;
using protocol::ChatRequest;
using protocol::StreamEvent;

// ------------------------------------------------------------------------------------------------
// Request analysis

qint64 estimateInputTokens(const ChatRequest &request)
{
    qint64 chars = request.system.size();
    qint64 images = 0;
    for (const protocol::Message &m : request.messages) {
        for (const protocol::ContentPart &p : m.content) {
            if (p.type == protocol::ContentPart::Type::Image)
                ++images;
            else if (p.type == protocol::ContentPart::Type::Document)
                chars += p.text.isEmpty() ? p.data.size() * 3 / 4 : p.text.size();
            else
                chars += p.text.size();
        }
        for (const protocol::ToolCall &c : m.toolCalls)
            chars += c.name.size() + c.arguments.size();
    }
    for (const protocol::ToolDef &t : request.tools)
        chars += t.name.size() + t.description.size() + 200;
    return (chars + 3) / 4 + images * 1000;
}

Task classifyTask(const ChatRequest &request)
{
    QString last;
    for (qsizetype i = request.messages.size() - 1; i >= 0; --i) {
        const protocol::Message &m = request.messages.at(i);
        if (m.role != protocol::Role::User)
            continue;
        for (const protocol::ContentPart &p : m.content) {
            if (p.type == protocol::ContentPart::Type::Image)
                return Task::Vision;
        }
        last = m.text();
        break;
    }
    // the opening of the prompt says what it is about; scanning all of a long prompt costs more than
    // the routing it informs
    const QStringView t = QStringView(last).left(1500);
    constexpr auto ci = QRegularExpression::CaseInsensitiveOption;
    static const QRegularExpression code(
        QStringLiteral(
            "```|\\b(function|class|def|struct|compile|compiler|stack trace|traceback|segfault|refactor|unit test|regex|sql|python|javascript|"
            "typescript|c\\+\\+|rust|golang|java|kotlin|bash|script|bug|debug|api endpoint)\\b"),
        ci);
    static const QRegularExpression summarize(
        QStringLiteral("\\b(summari[sz]e|summary|tl;?dr|extract|classify|categori[sz]e|translate|rewrite|paraphrase|list the|bullet points?)\\b"),
        ci);
    static const QRegularExpression reasoning(
        QStringLiteral("\\b(prove|proof|step by step|reason|derive|why does|calculate|solve|puzzle|theorem|plan|trade-?offs?|analy[sz]e)\\b"), ci);
    if (code.match(t).hasMatch())
        return Task::Code;
    if (summarize.match(t).hasMatch())
        return Task::Summarize;
    if (reasoning.match(t).hasMatch())
        return Task::Reasoning;
    return Task::General;
}

namespace {

QStringList neededCapabilities(const ChatRequest &request)
{
    QStringList needs;
    if (!request.tools.isEmpty())
        needs << QStringLiteral("tools");
    for (const protocol::Message &m : request.messages) {
        for (const protocol::ContentPart &p : m.content) {
            if (p.type == protocol::ContentPart::Type::Image) {
                needs << QStringLiteral("vision");
                break;
            }
        }
        if (needs.contains(QStringLiteral("vision")))
            break;
    }
    if (request.responseFormat && request.responseFormat->type != protocol::ResponseFormat::Type::Text)
        needs << QStringLiteral("json");
    if (protocol::hasPdf(request))
        needs << QStringLiteral("pdf");
    return needs;
}

bool has(const catalog::Capabilities &c, const QString &need)
{
    if (need == QLatin1String("tools"))
        return c.tools;
    if (need == QLatin1String("vision"))
        return c.vision;
    if (need == QLatin1String("json"))
        return c.jsonMode;
    if (need == QLatin1String("reasoning"))
        return c.reasoning;
    if (need == QLatin1String("pdf"))
        return c.pdf;
    return false;
}

// Errors after which another target may do better.
bool failsOver(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::RateLimited:
    case ApiError::Kind::Overloaded:
    case ApiError::Kind::Server:
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Auth:
    case ApiError::Kind::Permission:
    case ApiError::Kind::NotFound:
    case ApiError::Kind::ContextLength: return true;
    default: return false;
    }
}

// Whether an error says something about the target's health (circuit breaker).
bool countsForHealth(ApiError::Kind kind)
{
    return ApiError::isRetryable(kind) || kind == ApiError::Kind::Auth || kind == ApiError::Kind::Permission;
}

bool isContent(const StreamEvent &e)
{
    return e.type == StreamEvent::Type::TextDelta || e.type == StreamEvent::Type::ReasoningDelta || e.type == StreamEvent::Type::ToolCallStart;
}

} // namespace

QList<Target> Plan::usable() const
{
    QList<Target> out;
    for (const Candidate &c : candidates) {
        if (c.skipped.isEmpty())
            out << c.target;
    }
    return out;
}

static bool hasSystemMessage(const ChatRequest &request)
{
    return std::any_of(request.messages.cbegin(), request.messages.cend(),
                       [](const protocol::Message &m) { return m.role == protocol::Role::System; });
}

// ------------------------------------------------------------------------------------------------
Router::Router(providers::ProviderRegistry &registry, HealthTracker &health, catalog::Catalog catalog, usage::Ledger *ledger,
               usage::BudgetTracker *budgets, Seams seams)
    : m_registry(registry)
    , m_health(health)
    , m_catalog(std::move(catalog))
    , m_ledger(ledger)
    , m_budgets(budgets)
    , m_seams(std::move(seams))
{
    if (!m_seams.nowMs)
        m_seams.nowMs = [] { return QDateTime::currentMSecsSinceEpoch(); };
    if (!m_seams.random)
        m_seams.random = [] { return QRandomGenerator::global()->generate(); };
    if (!m_seams.schedule)
        m_seams.schedule = async::timerSchedule();
    if (!m_seams.newRequestId)
        m_seams.newRequestId = [] { return ids::timeOrderedUuid(); }; // in time order: the ledger appends
}

void Router::setConfig(RoutingConfig config)
{
    m_config = std::move(config);
    prepareAll();
}

void Router::setCatalog(catalog::Catalog catalog)
{
    m_catalog = std::move(catalog);
    prepareAll();
}

QStringList Router::hostedToolsDropped(const ChatRequest &request, const QString &qualifiedTarget) const
{
    if (request.hostedTools.isEmpty())
        return {};
    const qsizetype slash = qualifiedTarget.indexOf(QLatin1Char('/'));
    const ProviderConfig *p = m_registry.workspace().provider(qualifiedTarget.left(slash));
    if (!p)
        return request.hostedTools;
    ChatRequest asSent = request;
    asSent.model = qualifiedTarget.mid(slash + 1);
    return protocol::hostedToolsDropped(asSent, providers::dialectOf(*p));
}

Router::Prepared Router::prepare(const Target &target)
{
    Prepared p;
    p.target = target;
    p.qualified = target.qualified();
    p.info = modelInfo(target);
    const auto &providers = m_registry.workspace().providers;
    for (int i = 0; i < providers.size(); ++i) {
        if (providers.at(i).id == target.provider) {
            p.exists = true;
            p.enabled = providers.at(i).enabled;
            p.providerIndex = i;
            p.dialect = providers::dialectOf(providers.at(i));
        }
    }
    p.healthId = m_health.intern(p.qualified);
    return p;
}

void Router::prepareAll()
{
    m_prepared.clear();
    for (const Route &r : m_config.routes) {
        QList<Prepared> list;
        list.reserve(r.targets.size());
        for (const Target &t : r.targets)
            list << prepare(t);
        m_prepared.insert(r.name, list);
    }
}

std::optional<catalog::ModelInfo> Router::modelInfo(const Target &target)
{
    if (auto m = m_catalog.find(target.provider, target.model))
        return m;
    if (const ProviderConfig *cfg = m_registry.workspace().provider(target.provider)) {
        if (auto m = m_catalog.find(providers::presetFor(*cfg).catalogVendor, target.model))
            return m;
        // a team server's models are its own PROVIDER/MODEL: priced as that vendor's model when the
        // team's provider is named after its vendor (virtual models stay unpriced here; the team's
        // ledger has their cost)
        if (cfg->kind == QLatin1String("switchboard")) {
            const qsizetype slash = target.model.indexOf(QLatin1Char('/'));
            if (slash > 0)
                return m_catalog.find(target.model.left(slash), target.model.mid(slash + 1));
        }
    }
    return std::nullopt;
}

QStringList Router::offeredModels()
{
    QStringList out;
    for (const VirtualModel &v : m_config.virtualModels)
        out << v.name;
    for (const Route &r : m_config.routes) {
        if (!out.contains(r.name))
            out << r.name;
    }
    for (const ProviderConfig &p : m_registry.workspace().providers) {
        if (!p.enabled)
            continue;
        if (!p.models.isEmpty()) {
            for (const QString &m : p.models)
                out << p.id + QLatin1Char('/') + m;
            continue;
        }
        const QString vendor = providers::presetFor(p).catalogVendor;
        for (const catalog::ModelInfo &m : m_catalog.models()) {
            if (m.vendor == vendor && !m.capabilities.embeddings)
                out << p.id + QLatin1Char('/') + m.id;
        }
    }
    return out;
}

Plan Router::plan(const ChatRequest &request, const DispatchContext &context)
{
    Plan plan;
    plan.requested = request.model;
    plan.embedding = !context.embedInputs.isEmpty();
    plan.estimatedInputTokens = estimateInputTokens(request);
    plan.needs = neededCapabilities(request);
    if (context.task) {
        plan.task = *context.task;
        plan.taskGuessed = false;
        plan.taskKnown = true;
    }

    std::optional<double> maxCost = context.maxCostUsd;
    std::optional<int> latencyBudget = context.latencyBudgetMs;
    const Route *route = nullptr;
    if (const VirtualModel *vm = m_config.virtualModel(request.model)) {
        plan.virtualModel = vm->name;
        route = m_config.route(vm->route);
        // the classifier reads the prompt: only when a rule asks for a task
        if (!context.task && std::any_of(vm->rules.cbegin(), vm->rules.cend(), [](const Rule &r) { return r.task.has_value(); })) {
            plan.task = classifyTask(request);
            plan.taskKnown = true;
        }
        for (int i = 0; i < vm->rules.size(); ++i) {
            const Rule &rule = vm->rules.at(i);
            bool match = true;
            if (rule.task && *rule.task != plan.task)
                match = false;
            for (const QString &need : rule.needs)
                match = match && plan.needs.contains(need);
            if (rule.minContextTokens && plan.estimatedInputTokens < *rule.minContextTokens)
                match = false;
            if (match) {
                route = m_config.route(rule.route);
                plan.rule = QStringLiteral("rules[%1]").arg(i);
                break;
            }
        }
        plan.refuseHostedTools = vm->refuseHostedTools;
        if (vm->maxCostUsd)
            maxCost = maxCost ? std::min(*maxCost, *vm->maxCostUsd) : *vm->maxCostUsd;
        if (vm->latencyBudgetMs)
            latencyBudget = latencyBudget ? std::min(*latencyBudget, *vm->latencyBudgetMs) : *vm->latencyBudgetMs;
    } else {
        route = m_config.route(request.model);
    }

    QList<Prepared> targets;
    bool direct = false;
    if (route) {
        plan.route = route->name;
        plan.strategy = route->strategy;
        plan.retries = route->retries;
        plan.backoffMs = route->backoffMs;
        plan.maxRetryAfterMs = route->maxRetryAfterMs;
        targets = m_prepared.value(route->name);
    } else {
        direct = true;
        plan.strategy = Strategy::Fallback;
        Route defaults;
        plan.retries = defaults.retries;
        plan.backoffMs = defaults.backoffMs;
        plan.maxRetryAfterMs = defaults.maxRetryAfterMs;
        const qsizetype slash = request.model.indexOf(QLatin1Char('/'));
        if (slash > 0 && m_registry.workspace().provider(request.model.left(slash))) {
            targets << prepare(Target{request.model.left(slash), request.model.mid(slash + 1), 1, 0});
        } else {
            // a bare model name ("claude-sonnet-4-5"): every enabled provider that offers it
            int priority = 0;
            for (const ProviderConfig &p : m_registry.workspace().providers) {
                if (!p.enabled)
                    continue;
                const bool listed = p.models.contains(request.model);
                const bool inCatalog = p.models.isEmpty()
                    && (m_catalog.find(p.id, request.model) || m_catalog.find(providers::presetFor(p).catalogVendor, request.model));
                if (listed || inCatalog)
                    targets << prepare(Target{p.id, request.model, 1, priority++});
            }
        }
        if (targets.isEmpty()) {
            plan.error = ApiError::make(
                ApiError::Kind::NotFound,
                QStringLiteral("no route, virtual model or provider offers \"%1\"; use PROVIDER/MODEL or a virtual model name").arg(request.model),
                404);
            return plan;
        }
    }
    fillCandidates(plan, request, context, targets, direct, maxCost, latencyBudget);
    order(plan);
    if (plan.usable().isEmpty() && !plan.error) {
        // Say why, with the most specific kind: budgets stop, cooling circuits are overload
        bool allBudget = !plan.candidates.isEmpty();
        bool allCircuit = !plan.candidates.isEmpty();
        QStringList reasons;
        for (const Candidate &c : std::as_const(plan.candidates)) {
            allBudget = allBudget && c.skipped.startsWith(QLatin1String("budget"));
            allCircuit = allCircuit && c.skipped.startsWith(QLatin1String("circuit"));
            reasons << c.target.qualified() + QStringLiteral(": ") + c.skipped;
        }
        const ApiError::Kind kind = allBudget ? ApiError::Kind::BudgetExceeded
            : allCircuit                      ? ApiError::Kind::Overloaded
                                              : ApiError::Kind::InvalidRequest;
        plan.error = ApiError::make(kind, QStringLiteral("no target can take this request (%1)").arg(reasons.join(QStringLiteral("; "))),
                                    kind == ApiError::Kind::BudgetExceeded   ? 402
                                        : kind == ApiError::Kind::Overloaded ? 503
                                                                             : 400);
    }
    return plan;
}

void Router::fillCandidates(Plan &plan, const ChatRequest &request, const DispatchContext &context, const QList<Prepared> &targets, bool direct,
                            std::optional<double> maxCost, std::optional<int> latencyBudget)
{
    const qint64 input = plan.estimatedInputTokens;
    const qint64 requestedOutput = request.maxTokens.value_or(0);
    // one budget check per provider, not per target
    std::vector<std::optional<usage::BudgetCheck>> budgetByProvider(size_t(m_registry.workspace().providers.size()) + 1);
    plan.candidates.reserve(targets.size());
    for (const Prepared &t : targets) {
        Candidate c;
        c.target = t.target;
        const HealthTracker::Quick h = m_health.quick(t.healthId);
        c.trial = h.trial;
        c.failures = h.consecutiveFailures;
        c.ttftMs = h.ttftMs;
        c.inFlight = h.inFlight;
        if (h.demoted)
            c.demoted = m_health.demotionOf(t.healthId);
        const std::optional<catalog::ModelInfo> &info = t.info;
        if (info) {
            const qint64 output = plan.embedding ? 0
                : request.maxTokens              ? *request.maxTokens
                                                 : std::min<qint64>(info->maxOutput > 0 ? info->maxOutput : 1024, 1024);
            c.estimatedCostUsd = double(input) * info->prices.input / 1e6 + double(output) * info->prices.output / 1e6;
        }
        if (!t.exists) {
            c.skipped = QStringLiteral("no provider \"%1\" in the workspace").arg(t.target.provider);
        } else if (!t.enabled) {
            c.skipped = QStringLiteral("provider disabled");
        } else if (!direct && info && info->capabilities.embeddings != plan.embedding) {
            c.skipped = plan.embedding ? QStringLiteral("not an embedding model") : QStringLiteral("an embedding model");
        } else if (plan.embedding && t.dialect == protocol::Dialect::AnthropicMessages) {
            c.skipped = QStringLiteral("Anthropic has no embeddings API");
        } else if (!direct && info && !plan.needs.isEmpty()) {
            QStringList missing;
            for (const QString &n : std::as_const(plan.needs)) {
                if (!has(info->capabilities, n))
                    missing << n;
            }
            if (!missing.isEmpty())
                c.skipped = QStringLiteral("lacks %1").arg(missing.join(QStringLiteral(", ")))
                    + (missing.contains(QStringLiteral("pdf")) ? QStringLiteral(" (send the PDF's extracted text instead)") : QString());
        }
        // a PDF goes only where the API takes it within its limits, whatever the route or target says
        if (c.skipped.isEmpty() && !plan.embedding && plan.needs.contains(QStringLiteral("pdf"))) {
            if (info && !info->capabilities.pdf)
                c.skipped = QStringLiteral("lacks pdf (send the PDF's extracted text instead)");
            else if (const QString problem = protocol::pdfLimitProblem(request, t.dialect); !problem.isEmpty())
                c.skipped = problem;
        }
        QStringList cannotRun;
        if (plan.refuseHostedTools && !request.hostedTools.isEmpty()) {
            protocol::ChatRequest asSent = request; // the rules depend on the target's model (Gemini 3)
            asSent.model = t.target.model;
            cannotRun = protocol::hostedToolsDropped(asSent, t.dialect);
        }
        if (!c.skipped.isEmpty()) {
        } else if (!cannotRun.isEmpty()) {
            c.skipped = QStringLiteral("cannot run the hosted tool %1").arg(cannotRun.join(QStringLiteral(", ")));
        } else if (!plan.embedding && info && info->contextWindow > 0 && input + requestedOutput > info->contextWindow) {
            // (an embedding model's window holds each input, not all of them together)
            c.skipped = QStringLiteral("context window %1 too small for about %2 tokens").arg(info->contextWindow).arg(input + requestedOutput);
        } else if (maxCost && c.estimatedCostUsd > *maxCost) {
            c.skipped = QStringLiteral("estimated cost $%1 above the ceiling $%2").arg(c.estimatedCostUsd, 0, 'f', 6).arg(*maxCost, 0, 'f', 6);
        } else if (maxCost && c.estimatedCostUsd < 0) {
            c.skipped = QStringLiteral("cost unknown (no catalog entry) under a cost ceiling");
        } else if (latencyBudget && c.ttftMs && *c.ttftMs > *latencyBudget) {
            c.skipped = QStringLiteral("time to first token %1 ms over the %2 ms budget").arg(std::round(*c.ttftMs)).arg(*latencyBudget);
        } else if (!h.allowed) {
            c.skipped = QStringLiteral("circuit open after %1 failures").arg(h.consecutiveFailures);
        } else if (m_budgets) {
            std::optional<usage::BudgetCheck> &check = budgetByProvider[size_t(t.providerIndex + 1)];
            if (!check)
                check = m_budgets->check(t.target.provider, usage::Spender(context.proxyKey, context.member));
            if (check->outcome == usage::BudgetOutcome::HardExceeded)
                c.skipped = QStringLiteral("budget: ") + check->message();
        }
        plan.candidates << c;
    }
}

void Router::order(Plan &plan)
{
    QList<Candidate> &cs = plan.candidates;
    const qsizetype n = cs.size();
    // sort keys once, then indices (moving whole candidates around costs more than comparing)
    std::vector<double> key(size_t(n), 0.0);
    for (qsizetype i = 0; i < n; ++i) {
        const Candidate &c = cs.at(i);
        switch (plan.strategy) {
        case Strategy::LowestCost:
            key[size_t(i)] = c.estimatedCostUsd < 0 ? 1e18 : c.estimatedCostUsd; // unknown cost last
            break;
        case Strategy::LowestLatency:
            key[size_t(i)] = c.ttftMs.value_or(-1); // unmeasured first, so every target gets measured
            break;
        case Strategy::LeastBusy: key[size_t(i)] = c.inFlight; break;
        case Strategy::Fallback:
        case Strategy::Weighted: break;
        }
    }
    std::vector<int> idx(static_cast<size_t>(n));
    for (qsizetype i = 0; i < n; ++i)
        idx[size_t(i)] = int(i);
    // usable targets first, demoted ones (an SLO burning its budget fast) after the others
    const auto rank = [&](int i) {
        const Candidate &c = cs.at(i);
        return !c.skipped.isEmpty() ? 2 : !c.demoted.isEmpty() ? 1 : 0;
    };
    std::stable_sort(idx.begin(), idx.end(), [&](int a, int b) {
        const int ra = rank(a);
        const int rb = rank(b);
        if (ra != rb)
            return ra < rb;
        if (key[size_t(a)] != key[size_t(b)])
            return key[size_t(a)] < key[size_t(b)];
        return cs.at(a).target.priority < cs.at(b).target.priority;
    });
    if (plan.strategy == Strategy::Weighted) {
        // the weighted pick is among the first rank's targets (the demoted ones only when no other is usable)
        qint64 total = 0;
        int usable = 0;
        const int first = idx.empty() ? 2 : rank(idx.front());
        for (int i : idx) {
            if (rank(i) != first || first == 2)
                break;
            total += cs.at(i).target.weight;
            ++usable;
        }
        if (total > 0) {
            qint64 pick = qint64(m_seams.random() % quint64(total));
            for (int k = 0; k < usable; ++k) {
                pick -= cs.at(idx[size_t(k)]).target.weight;
                if (pick < 0) {
                    std::rotate(idx.begin(), idx.begin() + k, idx.begin() + k + 1);
                    break;
                }
            }
        }
    }
    QList<Candidate> sorted;
    sorted.reserve(n);
    for (int i : idx)
        sorted << std::move(cs[i]);
    cs = std::move(sorted);
}

Dispatch *Router::dispatch(const ChatRequest &request, const DispatchContext &context, QObject *parent)
{
    auto *d = new Dispatch(*this, request, context, plan(request, context), parent);
    QMetaObject::invokeMethod(d, &Dispatch::start, Qt::QueuedConnection);
    return d;
}

Dispatch *Router::embed(const QString &model, const QStringList &inputs, DispatchContext context, QObject *parent)
{
    // the texts as a request's messages: what the plan reads (token estimate for cost ceilings)
    ChatRequest request;
    request.model = model;
    for (const QString &text : inputs)
        request.messages.append(protocol::Message::make(protocol::Role::User, text));
    context.embedInputs = inputs;
    context.rawDialect.reset();
    context.rawBody.clear();
    return dispatch(request, context, parent);
}

// ------------------------------------------------------------------------------------------------
Dispatch::Dispatch(Router &router, ChatRequest request, DispatchContext context, Plan plan, QObject *parent)
    : QObject(parent)
    , m_router(router)
    , m_request(std::move(request))
    , m_context(std::move(context))
    , m_plan(std::move(plan))
    , m_requestId(m_router.m_seams.newRequestId())
    , m_order(m_plan.usable())
{
    m_result.requestId = m_requestId;
}

Dispatch::~Dispatch()
{
    if (m_ledgerTicket != 0)
        m_router.m_ledger->forget(m_ledgerTicket);
    if (m_reservationTicket != 0) {
        // going while its reservation is being made: released once made (queued after it)
        m_router.m_reservations->forget(m_reservationTicket);
        settleReservation(0);
    }
    if (!m_call) {
        settleReservation(0);
        return;
    }
    m_call->disconnect(this);
    m_call->cancel();
    m_call->deleteLater();
    // The attempt ends here, unanswered: it is still counted, and its row (cancelled, with what it
    // used so far) still goes to the ledger.
    const auto *chat = qobject_cast<const providers::ChatCall *>(m_call.data());
    providers::CallOutcome outcome;
    if (chat && chat->isFinished()) {
        outcome = chat->outcome();
    } else {
        outcome.partial = m_committed;
        outcome.error = ApiError::make(ApiError::Kind::Cancelled, QStringLiteral("cancelled"));
    }
    m_router.m_health.failed(m_attemptTarget.qualified(), false);
    if (!m_router.m_ledger) {
        settleReservation(0);
        return;
    }
    if (outcome.latencyMs == 0)
        outcome.latencyMs = m_router.m_seams.nowMs() - m_attemptStartedAt;
    AttemptNote note;
    note.target = m_attemptTarget.qualified();
    note.attempt = m_attempts;
    note.latencyMs = outcome.latencyMs;
    note.error = protocol::toString(ApiError::Kind::Cancelled);
    note.message = QStringLiteral("the caller went away during the answer");
    outcome.response.usage = usedSoFar(outcome, note.notes);
    m_attemptNotes.append(std::move(note));
    const double cost = costOf(m_attemptTarget, outcome);
    settleReservation(cost);
    std::optional<usage::CallRecord> record = attemptRecord(m_attemptTarget, outcome, m_attemptStartedAt, cost);
    if (!record)
        return;
    record->traceJson = attemptTraceJson();
    m_router.m_ledger->record(std::move(*record));
}

void Dispatch::start()
{
    if (m_finished)
        return;
    if (m_plan.error) {
        providers::CallOutcome o;
        o.error = m_plan.error;
        o.model = m_request.model;
        finish(o, Target{});
        return;
    }
    next();
}

void Dispatch::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    if (m_call) {
        m_call->cancel();
        return;
    }
    providers::CallOutcome o;
    o.error = ApiError::make(ApiError::Kind::Cancelled, QStringLiteral("cancelled"));
    o.model = m_request.model;
    finish(o, m_order.value(m_targetIndex));
}

void Dispatch::next()
{
    if (m_finished)
        return;
    if (m_router.m_ledger) {
        // a call that cannot be recorded is not made: refused, saying why, before it costs anything
        if (const std::optional<Error> unwritable = m_router.m_ledger->writeError()) {
            providers::CallOutcome o;
            o.model = m_request.model;
            o.error = ApiError::make(ApiError::Kind::Overloaded, unwritable->message, 503);
            finish(o, Target{});
            return;
        }
    }
    while (m_targetIndex < m_order.size()) {
        const Target &t = m_order.at(m_targetIndex);
        if (m_triesOnTarget > retriesOn(t)) {
            ++m_targetIndex;
            m_triesOnTarget = 0;
            continue;
        }
        // the target's circuit may have opened, or its budget run out, since the plan was made
        QString skip;
        if (!m_router.m_health.allow(t.qualified())) {
            skip = QStringLiteral("circuit open");
        } else if (m_router.m_reservations
                   && !m_router.m_reservations->applicable(t.provider, usage::Spender(m_context.proxyKey, m_context.member)).isEmpty()) {
            reserveThenAttempt(t);
            return;
        } else if (m_router.m_budgets) {
            const usage::BudgetCheck check = m_router.m_budgets->check(t.provider, usage::Spender(m_context.proxyKey, m_context.member));
            if (check.outcome == usage::BudgetOutcome::HardExceeded) {
                skip = QStringLiteral("budget: ") + check.message();
                m_lastError = ApiError::make(ApiError::Kind::BudgetExceeded, check.message(), 402);
            }
        }
        if (!skip.isEmpty()) {
            AttemptNote note;
            note.target = t.qualified();
            note.skipped = skip;
            m_attemptNotes.append(std::move(note));
            ++m_targetIndex;
            m_triesOnTarget = 0;
            continue;
        }
        ++m_triesOnTarget;
        attempt(t);
        return;
    }
    providers::CallOutcome o;
    o.model = m_request.model;
    o.error = m_lastError ? *m_lastError : ApiError::make(ApiError::Kind::Overloaded, QStringLiteral("no target could take the request"), 503);
    if (m_order.size() > 1 && o.error->kind != ApiError::Kind::BudgetExceeded)
        o.error->message = QStringLiteral("all %1 targets failed; last: %2").arg(m_order.size()).arg(o.error->message);
    finish(o, m_order.isEmpty() ? Target{} : m_order.constLast());
}

void Dispatch::reserveThenAttempt(const Target &target)
{
    m_reservationId = m_requestId + QLatin1Char('#') + QString::number(m_attempts + 1);
    m_reservedCounters.clear();
    m_reservationTicket = m_router.m_reservations->reserve(m_reservationId, target.provider, usage::Spender(m_context.proxyKey, m_context.member),
                                                           usage::usdToNano(maximumCost(target)), this,
                                                           [this, target](const usage::Reservation &r) { onReserved(target, r); });
}

void Dispatch::onReserved(const Target &target, const usage::Reservation &reservation)
{
    m_reservationTicket = 0;
    m_reservedCounters = reservation.counters;
    if (m_finished) { // cancelled meanwhile
        settleReservation(0);
        return;
    }
    if (!reservation.granted) {
        m_reservationId.clear();
        m_reservedCounters.clear();
        AttemptNote note;
        note.target = target.qualified();
        note.skipped = QStringLiteral("budget: ") + reservation.message();
        m_attemptNotes.append(std::move(note));
        m_lastError = reservation.toApiError();
        ++m_targetIndex;
        m_triesOnTarget = 0;
        next();
        return;
    }
    ++m_triesOnTarget;
    attempt(target);
}

double Dispatch::maximumCost(const Target &target)
{
    const std::optional<catalog::ModelInfo> info = m_router.modelInfo(target);
    if (!info)
        return 0;
    const qint64 output = !m_context.embedInputs.isEmpty() ? 0
        : m_request.maxTokens                              ? *m_request.maxTokens
                                                           : (info->maxOutput > 0 ? info->maxOutput : 4096);
    return double(m_plan.estimatedInputTokens) * info->prices.input / 1e6
        + double(output) * std::max(info->prices.output, info->prices.reasoningOrOutput()) / 1e6;
}

void Dispatch::settleReservation(double costUsd)
{
    if (m_reservationId.isEmpty())
        return;
    m_router.m_reservations->settle(m_reservationId, usage::usdToNano(costUsd), m_reservedCounters);
    m_reservationId.clear();
    m_reservedCounters.clear();
}

void Dispatch::attempt(const Target &target)
{
    ++m_attempts;
    m_held.clear();
    const qint64 startedAt = m_router.m_seams.nowMs();
    m_attemptTarget = target;
    m_attemptStartedAt = startedAt;
    if (m_attempts == 1)
        m_firstAttemptAtMs = startedAt;
    Q_EMIT attemptStarted(target.qualified(), m_attempts);
    auto client = m_router.m_registry.client(target.provider);
    if (!client) {
        providers::CallOutcome o;
        o.providerId = target.provider;
        o.model = target.model;
        ApiError e = ApiError::make(ApiError::Kind::Auth, client.error().message);
        e.provider = target.provider;
        o.error = e;
        m_router.m_health.started(target.qualified());
        // no retry on the same target: its configuration will not change in a second
        m_triesOnTarget = retriesOn(target) + 1;
        onFinished(target, o, startedAt);
        return;
    }
    m_router.m_health.started(target.qualified());
    if (!m_context.embedInputs.isEmpty()) {
        attemptEmbedding(target, **client, startedAt);
        return;
    }
    ChatRequest req = m_request;
    req.model = target.model;
    const bool forward = m_context.headersDialect && *m_context.headersDialect == (*client)->dialect();
    QByteArray rawBody;
    if (m_context.rawDialect && *m_context.rawDialect == (*client)->dialect() && !m_context.rawBody.isEmpty()) {
        rawBody = protocol::withStringMember(m_context.rawBody, QLatin1String("model"), target.model);
        // Claude Code's system messages inside `messages`: as they are only where the catalog says the
        // model takes them; elsewhere reminders in place, the rest of the client's body untouched
        if (*m_context.rawDialect == protocol::Dialect::AnthropicMessages && hasSystemMessage(m_request)) {
            const std::optional<catalog::ModelInfo> info = m_router.modelInfo(target);
            if (!info || !info->capabilities.systemMessages)
                rawBody = protocol::systemMessagesAsReminders(rawBody);
        }
    }
    m_heldRaw.clear();
    providers::ChatCall *call = (*client)->chat(req, this, forward ? m_context.headers : QList<std::pair<QByteArray, QByteArray>>(), rawBody);
    m_call = call;
    connect(call, &providers::ChatCall::raw, this, [this](const QByteArray &bytes) {
        if (m_finished)
            return;
        if (m_committed)
            Q_EMIT raw(bytes);
        else
            m_heldRaw << bytes;
    });
    connect(call, &providers::ChatCall::event, this, [this](const StreamEvent &e) {
        if (m_finished)
            return;
        if (!m_committed) {
            if (e.type == StreamEvent::Type::Error)
                return; // the attempt failed before content: finished() decides what next
            m_held << e;
            if (!isContent(e))
                return;
            m_committed = true;
            for (const QByteArray &bytes : std::exchange(m_heldRaw, {}))
                Q_EMIT raw(bytes);
            const QList<StreamEvent> held = std::exchange(m_held, {});
            for (const StreamEvent &h : held)
                Q_EMIT event(h);
            return;
        }
        Q_EMIT event(e);
    });
    connect(call, &providers::ChatCall::finished, this, [this, target, startedAt](const providers::CallOutcome &outcome) {
        m_call = nullptr; // the call stays a child of this dispatch until it goes (no deleteLater per attempt)
        // a non-streamed or content-less answer: release what was held
        if (!m_committed && outcome.ok()) {
            for (const QByteArray &bytes : std::exchange(m_heldRaw, {}))
                Q_EMIT raw(bytes);
            const QList<StreamEvent> held = std::exchange(m_held, {});
            for (const StreamEvent &h : held)
                Q_EMIT event(h);
        }
        onFinished(target, outcome, startedAt);
    });
}

void Dispatch::attemptEmbedding(const Target &target, providers::ProviderClient &client, qint64 startedAt)
{
    providers::JsonCall *call = client.embed(target.model, m_context.embedInputs, this);
    m_call = call;
    connect(call, &providers::JsonCall::finished, this, [this, target, startedAt, dialect = client.dialect()](const providers::JsonOutcome &json) {
        m_call = nullptr;
        providers::CallOutcome outcome;
        outcome.providerId = target.provider;
        outcome.model = target.model;
        outcome.error = json.error;
        outcome.httpStatus = json.httpStatus;
        outcome.latencyMs = json.latencyMs;
        outcome.ttftMs = json.latencyMs;
        if (!outcome.error) {
            if (auto parsed = providers::ProviderClient::parseEmbeddings(dialect, json.body, int(m_context.embedInputs.size()))) {
                outcome.embeddings = std::move(parsed->vectors);
                // a provider that does not count (Gemini) is priced on the plan's estimate
                outcome.response.usage.inputTokens = parsed->inputTokens >= 0 ? parsed->inputTokens : m_plan.estimatedInputTokens;
            } else {
                outcome.error = parsed.error();
                outcome.error->provider = target.provider;
            }
        }
        onFinished(target, outcome, startedAt);
    });
}

double Dispatch::costOf(const Target &target, const providers::CallOutcome &outcome)
{
    m_result.costKnown = true;
    if (auto info = m_router.modelInfo(Target{target.provider, outcome.response.model.isEmpty() ? target.model : outcome.response.model}))
        return catalog::costOf(info->prices, outcome.response.usage).total();
    if (auto base = m_router.modelInfo(target))
        return catalog::costOf(base->prices, outcome.response.usage).total();
    // no price and tokens spent: the cost is unknown, which is not the same as free
    m_result.costKnown = outcome.response.usage.isEmpty();
    return 0;
}

protocol::Usage Dispatch::usedSoFar(const providers::CallOutcome &outcome, QStringList &notes) const
{
    protocol::Usage used = outcome.response.usage;
    // the upstream began to answer (content, or the headers of a stream cancelled before it): the
    // prompt was read, and the text so far was generated
    const bool began = outcome.partial || (outcome.httpStatus >= 200 && outcome.httpStatus < 300);
    if (!outcome.error || !began || !m_context.embedInputs.isEmpty())
        return used;
    if (used.totalInputTokens() == 0 && m_plan.estimatedInputTokens > 0) {
        used.inputTokens = m_plan.estimatedInputTokens;
        notes << QStringLiteral("input tokens estimated: the answer ended before the upstream counted them");
    }
    if (used.outputTokens == 0) {
        qint64 chars = 0;
        for (const protocol::ContentPart &part : outcome.response.message.content)
            chars += part.text.size();
        for (const protocol::ToolCall &call : outcome.response.message.toolCalls)
            chars += call.name.size() + call.arguments.size();
        if (chars > 0) {
            used.outputTokens = (chars + 3) / 4; // as estimateInputTokens counts
            notes << QStringLiteral("output tokens estimated from the text streamed before the answer ended");
        }
    }
    return used;
}

void Dispatch::onFinished(const Target &target, const providers::CallOutcome &reported, qint64 startedAtMs)
{
    // a stream cut short is recorded with what it used so far (usedSoFar); a copy only then
    std::optional<providers::CallOutcome> cut;
    QStringList estimated;
    if (reported.error) {
        protocol::Usage used = usedSoFar(reported, estimated);
        if (!(used == reported.response.usage)) {
            cut = reported;
            cut->response.usage = used;
        }
    }
    const providers::CallOutcome &outcome = cut ? *cut : reported;
    const double cost = costOf(target, outcome);
    settleReservation(cost);

    const QString qualified = target.qualified();
    AttemptNote note;
    note.target = qualified;
    note.attempt = m_attempts;
    note.latencyMs = outcome.latencyMs;
    if (outcome.error) {
        note.error = protocol::toString(outcome.error->kind);
        note.message = outcome.error->message.left(300);
        note.httpStatus = outcome.error->httpStatus;
    }
    note.notes = outcome.notes + estimated;
    m_attemptNotes.append(std::move(note));
    std::optional<usage::CallRecord> record = attemptRecord(target, outcome, startedAtMs, cost);

    if (outcome.ok()) {
        m_router.m_health.succeeded(qualified, outcome.latencyMs, outcome.ttftMs >= 0 ? std::optional<qint64>(outcome.ttftMs) : std::nullopt);
        m_result.costUsd = cost;
        finishThenRecord(outcome, target, std::move(record));
        return;
    }
    const ApiError &e = *outcome.error;
    m_router.m_health.failed(qualified, countsForHealth(e.kind) && !m_cancelled);
    m_lastError = e;
    m_result.costUsd = cost;
    if (m_cancelled || e.kind == ApiError::Kind::Cancelled || m_committed || outcome.partial || !failsOver(e.kind)) {
        finishThenRecord(outcome, target, std::move(record));
        return;
    }
    queueRecord(std::move(record)); // before the next attempt: its budget check sees this one's spend
    qCDebug(lcRouter) << "attempt" << m_attempts << "on" << qualified << "failed:" << protocol::toString(e.kind) << e.httpStatus;
    // retry the same target after a backoff, or move on
    const int retries = retriesOn(target);
    if (ApiError::isRetryable(e.kind) && m_triesOnTarget <= retries) {
        int delay = 0;
        if (e.retryAfter) {
            if (e.retryAfter->count() > m_plan.maxRetryAfterMs) {
                m_triesOnTarget = retries + 1; // too long to wait: fail over now
                next();
                return;
            }
            delay = int(e.retryAfter->count());
        } else {
            const int base = m_plan.backoffMs * (1 << std::min(m_triesOnTarget - 1, 10));
            delay = base + (m_plan.backoffMs > 0 ? int(m_router.m_seams.random() % quint32(m_plan.backoffMs + 1)) : 0);
        }
        m_attemptNotes.last().backoffMs = delay;
        m_router.m_seams.schedule(delay, this, [this] { next(); });
        return;
    }
    m_triesOnTarget = retries + 1;
    next();
}

int Dispatch::retriesOn(const Target &target) const
{
    if (!m_plan.route.isEmpty())
        return m_plan.retries;
    return m_router.m_registry.retries(target.provider).value_or(m_plan.retries);
}

std::optional<usage::CallRecord> Dispatch::attemptRecord(const Target &target, const providers::CallOutcome &outcome, qint64 startedAtMs, double cost)
{
    if (!m_router.m_ledger)
        return std::nullopt;
    usage::CallRecord r;
    r.requestId = m_requestId;
    r.startedAtMs = startedAtMs;
    r.source = m_context.source;
    r.sourceKey = m_context.sourceKey;
    r.member = m_context.member;
    r.provider = target.provider;
    r.model = outcome.response.model.isEmpty() ? target.model : outcome.response.model;
    r.requestedModel = target.model;
    r.route = m_plan.virtualModel.isEmpty() ? m_plan.route : m_plan.virtualModel;
    r.attempt = m_attempts;
    r.usage = outcome.response.usage;
    r.costUsd = cost;
    r.unpriced = !m_result.costKnown;
    r.latencyMs = outcome.latencyMs;
    if (outcome.ttftMs >= 0)
        r.ttftMs = outcome.ttftMs;
    r.httpStatus = outcome.httpStatus;
    if (outcome.error)
        r.setError(*outcome.error);
    return r;
}

QByteArray Dispatch::attemptTraceJson() const
{
    if (m_planText.isEmpty())
        m_planText = m_plan.toJsonText(); // the plan does not change during the dispatch
    QByteArray trace = m_planText;
    trace.chop(1); // its closing brace
    if (m_context.clientDialect)
        trace += ",\"client\":\"" + protocol::toString(*m_context.clientDialect).toLatin1() + '"';
    trace += ",\"attempts\":[";
    for (qsizetype i = 0; i < m_attemptNotes.size(); ++i) {
        if (i > 0)
            trace += ',';
        m_attemptNotes.at(i).appendJsonText(trace);
    }
    trace += "]}";
    return trace;
}

void Dispatch::finishThenRecord(const providers::CallOutcome &outcome, const Target &target, std::optional<usage::CallRecord> record)
{
    if (!record || !m_router.m_ledger->groupCommit()) {
        finish(outcome, target);
        queueRecord(std::move(record));
        return;
    }
    // The answer goes to the caller once its row is on disk: a crash loses no answered call.
    settle(outcome, target);
    record->traceJson = attemptTraceJson();
    m_ledgerTicket = m_router.m_ledger->recordThen(std::move(*record), this, [this](const Expected<void> &written) {
        m_ledgerTicket = 0;
        if (!written && m_result.outcome.ok()) {
            // answered upstream, but not recorded: the caller is told why instead (the row is kept for
            // when the database takes writes again)
            m_result.outcome.error = ApiError::make(ApiError::Kind::Overloaded, written.error().message, 503);
            m_result.unrecorded = true;
            m_chosen.clear();
        }
        Q_EMIT finished(m_result);
    });
}

void Dispatch::queueRecord(std::optional<usage::CallRecord> record)
{
    if (!record)
        return;
    record->traceJson = attemptTraceJson();
    m_router.m_ledger->record(std::move(*record));
}

void Dispatch::finish(const providers::CallOutcome &outcome, const Target &target)
{
    if (m_finished)
        return;
    settle(outcome, target);
    Q_EMIT finished(m_result);
}

void Dispatch::settle(const providers::CallOutcome &outcome, const Target &target)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result.outcome = outcome;
    if (m_cancelled && outcome.error)
        m_result.outcome.error->kind = ApiError::Kind::Cancelled;
    else if (outcome.error && m_attempts > 1)
        // the last attempt's message alone ("did not answer within 15 s") hides the retries before it,
        // and the user waited for all of them
        m_result.outcome.error->message += QStringLiteral(" (%1 attempts, %2 s in all)")
                                               .arg(m_attempts)
                                               .arg(QLocale::c().toString(double(m_router.m_seams.nowMs() - m_firstAttemptAtMs) / 1000.0, 'f', 1));
    m_result.provider = target.provider;
    m_result.model = outcome.response.model.isEmpty() ? target.model : outcome.response.model;
    m_result.attempts = m_attempts;
    if (!target.provider.isEmpty() && outcome.ok())
        m_chosen = target.qualified();
}

QJsonObject Dispatch::trace() const
{
    // read back from the ledger's text: one writer for both (asked for once per answer, by the UI)
    QJsonObject trace = QJsonDocument::fromJson(attemptTraceJson()).object();
    if (!m_chosen.isEmpty())
        trace.insert(QStringLiteral("chosen"), m_chosen);
    return trace;
}

} // namespace sb::router
