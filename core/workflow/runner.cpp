#include "workflow/runner.h"

#include "common/async.h"
#include "common/ids.h"
#include "common/logging.h"
#include "common/nametable.h"
#include "compare/promptset.h"
#include "knowledge/context.h"
#include "knowledge/extract.h"
#include "knowledge/pdftext.h"
#include "protocol/documents.h"
#include "protocol/parameters.h"
#include "router/router.h"
#include "workflow/runstore.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <array>
#include <cmath>
#include <map>
#include <utility>

namespace sb::workflow {

namespace {

constexpr NameTable<RunStatus, 6> kRunStatuses{{
    {RunStatus::Running, "running"},
    {RunStatus::Paused, "paused"},
    {RunStatus::Succeeded, "succeeded"},
    {RunStatus::Failed, "failed"},
    {RunStatus::Cancelled, "cancelled"},
    {RunStatus::Interrupted, "interrupted"},
}};
constexpr NameTable<StepStatus, 8> kStepStatuses{{
    {StepStatus::Waiting, "waiting"},
    {StepStatus::Running, "running"},
    {StepStatus::Done, "done"},
    {StepStatus::Failed, "failed"},
    {StepStatus::Skipped, "skipped"},
    {StepStatus::Cancelled, "cancelled"},
    {StepStatus::Review, "review"},
    {StepStatus::Interrupted, "interrupted"},
}};

constexpr int kDefaultRetryDelayMs = 1000;
// A running run's lease in the store: renewed every third of it while its runner lives.
constexpr qint64 kLeaseMs = 60'000;
constexpr int kDefaultConcurrency = 4;
// How long the store's writes wait to go together: preparing the statements of a batch costs about as
// much as writing twenty steps (bench/workflow), and a busy run changes a step every millisecond or two.
constexpr int kWriteWindowMs = 10;

QString money(double usd)
{
    return QStringLiteral("$%1").arg(usd, 0, 'f', usd < 0.01 ? 6 : 4);
}

// A JSON value held as text (a model's answer) read as JSON when it is an array or object.
QJsonValue jsonOf(const QJsonValue &v)
{
    if (!v.isString())
        return v;
    const QString text = compare::jsonPayload(v.toString());
    if (!text.startsWith(QLatin1Char('[')) && !text.startsWith(QLatin1Char('{')))
        return v;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return v;
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

// The label a classify answer names: the whole answer (quotes, a trailing period, "label:" and case
// aside), else the one label it mentions as a word.
QString matchLabel(const QString &answer, const QStringList &labels)
{
    QString t = answer.trimmed();
    const QJsonValue json = jsonOf(QJsonValue(t));
    if (json.isObject())
        t = json.toObject().value(QLatin1String("label")).toString();
    if (t.startsWith(QLatin1String("label:"), Qt::CaseInsensitive))
        t = t.mid(6);
    while (!t.isEmpty() && QStringLiteral("\"'`*.!: \n").contains(t.back()))
        t.chop(1);
    while (!t.isEmpty() && QStringLiteral("\"'`* \n").contains(t.front()))
        t.remove(0, 1);
    for (const QString &l : labels) {
        if (t.compare(l, Qt::CaseInsensitive) == 0)
            return l;
    }
    QString found;
    for (const QString &l : labels) {
        const QRegularExpression word(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(l)), QRegularExpression::CaseInsensitiveOption);
        if (word.match(answer).hasMatch()) {
            if (!found.isEmpty())
                return {}; // two labels: not an answer
            found = l;
        }
    }
    return found;
}

QString errorText(const SyntaxError &e, const QString &field)
{
    return QStringLiteral("%1: %2").arg(field, e.toString());
}

} // namespace

QString runStatusName(RunStatus status)
{
    return nameIn(kRunStatuses, status);
}
std::optional<RunStatus> runStatusFromName(QStringView name)
{
    return valueIn(kRunStatuses, name);
}
QString stepStatusName(StepStatus status)
{
    return nameIn(kStepStatuses, status);
}
std::optional<StepStatus> stepStatusFromName(QStringView name)
{
    return valueIn(kStepStatuses, name);
}

QJsonObject StepResult::pathView() const
{
    QJsonObject o{{QStringLiteral("output"), output},
                  {QStringLiteral("branch"), branch},
                  {QStringLiteral("cost"), costUsd},
                  {QStringLiteral("model"), model},
                  {QStringLiteral("inputTokens"), inputTokens},
                  {QStringLiteral("outputTokens"), outputTokens},
                  {QStringLiteral("status"), stepStatusName(status)},
                  {QStringLiteral("attempts"), attempts}};
    if (latencyMs)
        o.insert(QStringLiteral("latencyMs"), *latencyMs);
    return o;
}

// ------------------------------------------------------------------------------------------------
// The state of a run

// One try of an async step: the context of its calls and timers (deleting it drops them).
class Runner::Attempt final : public QObject
{
public:
    explicit Attempt(QObject *parent)
        : QObject(parent)
    {
    }
    QPointer<router::Dispatch> dispatch;
    protocol::ChatRequest request; // llm, classify: what was sent last
    QString text; // streamed so far
    double estimate = 0; // reserved against the ceiling while the call runs
    bool repaired = false; // the one repair request was sent
    bool ended = false; // finished, failed, timed out or cancelled: late answers are ignored
};

struct Runner::StepState {
    StepResult result;
    QPointer<Attempt> attempt; // while an async try runs, or its retry waits
    bool counted = false; // counted in Execution::active
    // map
    std::vector<std::unique_ptr<GraphRun>> items;
    size_t nextItem = 0;
    int runningItems = 0;
};

struct Runner::GraphRun {
    const Graph *graph = nullptr;
    QString prefix; // "" at the top, "translate[2]." inside a map
    GraphRun *parent = nullptr;
    const Step *mapStep = nullptr; // in parent: the map this graph is one item of
    QJsonValue item;
    int index = -1;
    std::map<QString, StepState> states; // by step id
    bool ended = false; // a map item that finished (or stopped)
    bool pumping = false;
};

struct Runner::Execution {
    RunRecord record;
    Definition definition;
    std::unique_ptr<GraphRun> top;
    QHash<QString, std::pair<GraphRun *, QString>> byKey; // step key -> its graph and step id
    QStringList order; // step keys in the order they were first reported
    int active = 0; // async steps running (or waiting to retry)
    double reserved = 0; // estimated cost of the calls in flight
    bool cancelled = false;
    QString failure; // the first failure: nothing new starts after it
    QList<GraphRun *> dirty;
    bool progressing = false;
    QHash<QString, int> seq; // step key -> its position in `order` (the store's seq)
    double storedCost = -1; // the run's cost as last stored
    QHash<QString, StepResult> restored; // resume: what finished before, by key
    QHash<QString, StepResult> recorded; // replay: the recorded run's results, by key
    bool liveMisses = false;
    QString proxyKey; // RunOptions::proxyKey
    QSet<QString> inReview; // keys of the steps waiting for review (stepChangedFor keeps it)
    bool storedWhole = false; // the store has its definition and input (later saves leave them out)

    StepState *state(const QString &key)
    {
        auto it = byKey.constFind(key);
        if (it == byKey.constEnd())
            return nullptr;
        auto s = it->first->states.find(it->second);
        return s == it->first->states.end() ? nullptr : &s->second;
    }
    bool stopping() const { return cancelled || !failure.isEmpty(); }
};

// What waits to be stored: the newest state of each run and step that changed.
struct Runner::PendingWrites {
    QHash<QString, RunStore::Batch::Run> runs; // by run id
    QHash<QString, RunStore::Batch::Step> steps; // by run id and step key
    bool isEmpty() const { return runs.isEmpty() && steps.isEmpty(); }
};

// The values a step's paths read: the run's input, earlier steps (of this graph and those around
// it), the run, and a map's item.
class Runner::StepScope final : public Scope
{
public:
    StepScope(const Execution &run, const GraphRun &graph)
        : m_run(run)
        , m_graph(graph)
    {
    }
    QJsonValue resolve(const Path &path) const override
    {
        const QString root = path.root();
        if (root == QLatin1String("input"))
            return descend(m_run.record.input, path, 1);
        if (root == QLatin1String("run")) {
            const QJsonObject run{{QStringLiteral("id"), m_run.record.id},
                                  {QStringLiteral("cost"), m_run.record.costUsd},
                                  {QStringLiteral("workflow"), m_run.record.workflow}};
            return descend(run, path, 1);
        }
        if (root == QLatin1String("item") || root == QLatin1String("index")) {
            for (const GraphRun *g = &m_graph; g; g = g->parent) {
                if (g->index >= 0)
                    return root == QLatin1String("index") ? QJsonValue(g->index) : descend(g->item, path, 1);
            }
            return QJsonValue::Null;
        }
        if (root == QLatin1String("steps")) {
            const QString id = path.second();
            for (const GraphRun *g = &m_graph; g; g = g->parent) {
                auto it = g->states.find(id);
                if (it != g->states.end())
                    return descend(it->second.result.pathView(), path, 2);
            }
        }
        return QJsonValue::Null;
    }

private:
    const Execution &m_run;
    const GraphRun &m_graph;
};

namespace {

// Complete: every step done or skipped; Busy: something runs or waits for review; Stuck: neither
// (a failure, a cancel or an interruption keeps the rest from running).
enum class Progress { Complete, Busy, Stuck };
Progress progressOf(const Runner::GraphRun &g)
{
    bool complete = true;
    for (const auto &[id, st] : g.states) {
        if (st.result.status == StepStatus::Running || st.result.status == StepStatus::Review)
            return Progress::Busy;
        complete = complete && st.result.isFinished();
    }
    return complete ? Progress::Complete : Progress::Stuck;
}

} // namespace

// ------------------------------------------------------------------------------------------------

std::unique_ptr<Runner::GraphRun> Runner::makeGraph(Execution &run, const Graph &graph, const QString &prefix)
{
    auto g = std::make_unique<GraphRun>();
    g->graph = &graph;
    g->prefix = prefix;
    for (const Step &s : graph.steps) {
        StepState &st = g->states[s.id];
        const QString key = prefix + s.id;
        // a resumed run keeps what finished (and the reviews still open)
        auto restored = run.restored.constFind(key);
        if (restored != run.restored.constEnd() && restored->kind == s.kind)
            st.result = *restored;
        st.result.key = key;
        st.result.stepId = s.id;
        st.result.kind = s.kind;
        run.byKey.insert(key, {g.get(), s.id});
    }
    return g;
}

Runner::Runner(router::Router &router, Seams seams, QObject *parent)
    : QObject(parent)
    , m_router(router)
    , m_seams(std::move(seams))
    , m_pending(std::make_unique<PendingWrites>())
{
    qRegisterMetaType<StepResult>();
    qRegisterMetaType<RunStatus>();
    if (!m_seams.nowMs)
        m_seams.nowMs = [] { return QDateTime::currentMSecsSinceEpoch(); };
    if (!m_seams.schedule)
        m_seams.schedule = [](int delayMs, QObject *context, std::function<void()> then) { QTimer::singleShot(delayMs, context, std::move(then)); };
    if (!m_seams.newRunId)
        m_seams.newRunId = [] { return ids::timeOrderedUuid(); };
    m_writeWindow.setSingleShot(true);
    m_writeWindow.setInterval(kWriteWindowMs);
    if (const int ms = qEnvironmentVariableIntValue("SWITCHBOARD_WORKFLOW_WRITE_WINDOW_MS"); ms > 0)
        m_writeWindow.setInterval(ms); // (a knob for benchmarks under a profiler, whose clock runs slow)
    connect(&m_writeWindow, &QTimer::timeout, this, [this] {
        if (m_batchesInFlight == 0)
            submitWrites();
        else
            m_windowOver = true; // goes when the batch being written is done
    });
    m_leases.setInterval(int(kLeaseMs / 3));
    connect(&m_leases, &QTimer::timeout, this, &Runner::renewLeases);
}

void Runner::setStore(std::shared_ptr<RunStore> store)
{
    m_store = std::move(store);
    if (m_store)
        m_leases.start();
    else
        m_leases.stop();
}

Runner::~Runner()
{
    // the attempts (and their calls) go first: no callback reaches a run that is gone
    const QList<Attempt *> attempts = findChildren<Attempt *>(QString(), Qt::FindDirectChildrenOnly);
    for (Attempt *a : attempts) {
        a->ended = true;
        delete a;
    }
    // runs that were running stop here: stored as interrupted, to be resumed (paused runs stay paused)
    blockSignals(true);
    for (const std::shared_ptr<Execution> &run : std::as_const(m_runs)) {
        if (run->record.status != RunStatus::Running)
            continue;
        for (auto it = run->byKey.cbegin(); it != run->byKey.cend(); ++it) {
            StepState *st = run->state(it.key());
            if (st && st->result.status == StepStatus::Running) {
                st->result.status = StepStatus::Interrupted;
                st->result.error = QStringLiteral("the app stopped while it ran");
                persistStep(*run, st->result);
            }
        }
        run->record.error = QStringLiteral("the app stopped while it ran; resume it to go on");
        run->record.status = RunStatus::Interrupted;
        persistRun(*run);
    }
    m_runs.clear();
    submitWrites(); // (m_writes waits for the queued writes when it goes)
}

Expected<QString> Runner::start(const Definition &definition, const QJsonValue &input, const RunOptions &options)
{
    return startRun(definition, input, options, {});
}

Expected<QString> Runner::startRun(const Definition &definition, const QJsonValue &input, const RunOptions &options,
                                   const std::function<void(Execution &)> &prepare)
{
    // a private copy, compiled again: what runs is exactly what is recorded
    auto copy = Definition::fromJson(definition.toJson());
    if (!copy)
        return copy.error();
    if (copy->compiledInputSchema) {
        const QStringList errors = copy->compiledInputSchema->validate(input);
        if (!errors.isEmpty())
            return Error::make(
                Error::Kind::Validation,
                QStringLiteral("the input does not match the workflow's inputSchema:\n  - %1").arg(errors.join(QStringLiteral("\n  - "))));
    }
    auto run = std::make_shared<Execution>();
    run->definition = std::move(*copy);
    RunRecord &r = run->record;
    r.id = m_seams.newRunId();
    r.workflow = run->definition.name;
    r.definition = run->definition.toJson();
    r.input = input;
    r.maxCostUsd = options.maxCostUsd;
    r.startedBy = options.startedBy;
    run->proxyKey = options.proxyKey;
    r.startedAtMs = m_seams.nowMs();
    r.updatedAtMs = r.startedAtMs;
    if (prepare)
        prepare(*run);
    run->top = makeGraph(*run, run->definition.graph, QString());
    m_runs.insert(r.id, run);
    persistRun(*run);
    Q_EMIT runStatusChanged(r.id, RunStatus::Running);
    startSoon(run);
    return r.id;
}

void Runner::startSoon(const std::shared_ptr<Execution> &run)
{
    // from the event loop: the caller connects to the run's signals first
    std::weak_ptr<Execution> weak = run;
    QMetaObject::invokeMethod(
        this,
        [this, weak] {
            if (auto locked = weak.lock())
                progress(*locked, locked->top.get());
        },
        Qt::QueuedConnection);
}

void Runner::progress(Execution &run, GraphRun *graph)
{
    if (!run.dirty.contains(graph))
        run.dirty << graph;
    if (run.progressing)
        return;
    run.progressing = true;
    while (!run.dirty.isEmpty()) {
        GraphRun *g = run.dirty.takeFirst();
        pump(run, *g);
        if (g->parent && !g->ended && progressOf(*g) != Progress::Busy) {
            g->ended = true;
            itemEnded(run, *g);
        }
    }
    run.progressing = false;
    checkRun(run);
}

void Runner::pump(Execution &run, GraphRun &g)
{
    // a step that finishes at once (transform, condition, output) can let others start: go round
    // until nothing changes
    bool changed = true;
    while (changed) {
        changed = false;
        for (const Step &step : g.graph->steps) {
            StepState &st = g.states[step.id];
            if (st.result.status != StepStatus::Waiting)
                continue;
            const QList<const Edge *> incoming = g.graph->incoming(step.id);
            bool decided = true;
            bool taken = incoming.isEmpty();
            for (const Edge *e : incoming) {
                const StepResult &from = g.states[e->from].result;
                if (!from.isFinished()) {
                    decided = false;
                    break;
                }
                if (from.status == StepStatus::Done && (e->when.isEmpty() || e->when == from.branch))
                    taken = true;
            }
            if (!decided)
                continue;
            if (!taken) {
                st.result.status = StepStatus::Skipped;
                stepChangedFor(run, st.result);
                changed = true;
                continue;
            }
            if (run.stopping())
                continue;
            startStep(run, g, step);
            changed = true;
        }
    }
}

void Runner::stepChangedFor(Execution &run, const StepResult &result)
{
    if (!run.seq.contains(result.key)) {
        run.seq.insert(result.key, int(run.order.size()));
        run.order << result.key;
    }
    if (result.status == StepStatus::Review)
        run.inReview.insert(result.key);
    else
        run.inReview.remove(result.key);
    run.record.updatedAtMs = m_seams.nowMs();
    persistStep(run, result);
    Q_EMIT stepChanged(run.record.id, result);
}

void Runner::persistStep(Execution &run, const StepResult &result)
{
    if (!m_store)
        return;
    m_pending->steps.insert(run.record.id + QLatin1Char('\n') + result.key, RunStore::Batch::Step{run.record.id, result, run.seq.value(result.key)});
    writeSoon();
}

void Runner::persistRun(Execution &run)
{
    if (!m_store)
        return;
    run.storedCost = run.record.costUsd;
    const qint64 lease = run.record.status == RunStatus::Running ? m_seams.nowMs() + kLeaseMs : 0;
    // the first save of a run is whole (definition and input), and stays whole while it waits
    const auto waiting = m_pending->runs.constFind(run.record.id);
    const bool whole = !run.storedWhole || (waiting != m_pending->runs.cend() && waiting->whole);
    run.storedWhole = true;
    m_pending->runs.insert(run.record.id, RunStore::Batch::Run{run.record, lease, whole});
    writeSoon();
}

void Runner::writeSoon()
{
    // What changes within kWriteWindowMs of the first change that waits goes into one batch, also
    // while a batch is being written (then the window's batch goes once that one is done, not before
    // the window is over): a step that starts and ends within the window is written once, as it ended,
    // and a busy run's steps go a window's worth at a time instead of a batch per write of the store's
    // thread (bench/workflow/results-2026-12-07-step.md).
    if (!m_writeWindow.isActive() && !m_windowOver)
        m_writeWindow.start();
}

void Runner::submitWrites()
{
    m_writeWindow.stop();
    m_windowOver = false;
    if (!m_store || m_pending->isEmpty())
        return;
    RunStore::Batch batch;
    batch.runs = m_pending->runs.values();
    batch.steps = m_pending->steps.values();
    *m_pending = {};
    ++m_batchesInFlight;
    m_writes.run(
        this, [store = m_store, batch = std::move(batch)] { return store->save(batch); },
        [this](const Expected<void> &saved) {
            if (!saved)
                qCWarning(lcWorkflow) << "cannot store the workflow runs:" << saved.error().message;
            // what changed while this batch was written goes once its window is over
            if (--m_batchesInFlight == 0 && m_windowOver)
                submitWrites();
        });
}

void Runner::renewLeases()
{
    QStringList running;
    for (auto it = m_runs.cbegin(); it != m_runs.cend(); ++it) {
        if (it.value()->record.status == RunStatus::Running)
            running << it.key();
    }
    if (!m_store || running.isEmpty())
        return;
    submitWrites(); // a run's first save goes before its lease's renewal
    m_writes.run(
        this, [store = m_store, running, until = m_seams.nowMs() + kLeaseMs] { return store->renewLeases(running, until); },
        [](const Expected<void> &renewed) {
            if (!renewed)
                qCWarning(lcWorkflow) << "cannot renew the runs' leases:" << renewed.error().message;
        });
}

void Runner::flush()
{
    submitWrites();
    if (m_writes.pending() == 0)
        return;
    QEventLoop loop;
    connect(&m_writes, &async::Serial::idle, &loop, &QEventLoop::quit);
    loop.exec();
}

void Runner::whenStored(QObject *context, std::function<void()> then)
{
    submitWrites(); // what waits for the write window goes first
    m_writes.run(
        context, [] {}, std::move(then));
}

void Runner::startStep(Execution &run, GraphRun &g, const Step &step)
{
    StepState &st = g.states[step.id];
    StepResult &r = st.result;
    r.status = StepStatus::Running;
    r.startedAtMs = m_seams.nowMs();
    r.error.clear();
    r.attempts = 0;
    stepChangedFor(run, r);
    if (step.kind == StepKind::Map) {
        startMap(run, g, step);
        return;
    }
    if (isAsyncKind(step.kind)) {
        st.counted = true;
        ++run.active;
        startAttempt(run, g, step);
        return;
    }
    const StepScope scope(run, g);
    if (step.kind == StepKind::HumanReview) {
        auto value = step.compiled->templates.value(QStringLiteral("value")).value(scope);
        if (!value) {
            r.error = errorText(value.error(), QStringLiteral("value"));
            finishStep(run, g, step, StepStatus::Failed);
            return;
        }
        r.inputs = *value;
        if (replayRecorded(run, g, step, nullptr))
            return;
        r.status = StepStatus::Review;
        stepChangedFor(run, r);
        Q_EMIT reviewRequested(run.record.id, r.key, *value, step.text(QStringLiteral("instructions")));
        return;
    }
    runSync(run, g, step, r);
}

void Runner::runSync(Execution &run, GraphRun &g, const Step &step, StepResult &r)
{
    const StepScope scope(run, g);
    const Compiled &c = *step.compiled;
    auto fail = [&](const QString &error) {
        r.error = error;
        finishStep(run, g, step, StepStatus::Failed);
    };
    auto evaluate = [&](const QString &field) -> std::optional<QJsonValue> {
        auto v = c.expressions.value(field).evaluate(scope);
        if (!v) {
            fail(errorText(v.error(), field));
            return std::nullopt;
        }
        return *v;
    };
    switch (step.kind) {
    case StepKind::Condition: {
        const auto v = evaluate(QStringLiteral("expression"));
        if (!v)
            return;
        const bool yes = truthy(*v);
        r.output = yes;
        r.branch = yes ? QStringLiteral("true") : QStringLiteral("false");
        break;
    }
    case StepKind::Output: {
        auto v = c.templates.value(QStringLiteral("value")).value(scope);
        if (!v)
            return fail(errorText(v.error(), QStringLiteral("value")));
        r.output = *v;
        break;
    }
    case StepKind::Transform: {
        const TransformOp op = opFromName(step.text(QStringLiteral("op"))).value_or(TransformOp::Template);
        if (op == TransformOp::Template) {
            auto text = c.templates.value(QStringLiteral("template")).render(scope);
            if (!text)
                return fail(errorText(text.error(), QStringLiteral("template")));
            r.output = *text;
            break;
        }
        const auto from = evaluate(QStringLiteral("from"));
        if (!from)
            return;
        r.inputs = *from;
        const QString separator = step.config.contains(QLatin1String("separator")) ? step.text(QStringLiteral("separator")) : QStringLiteral("\n");
        if (op == TransformOp::JsonPick) {
            r.output = descend(jsonOf(*from), *c.pick, 0);
        } else if (op == TransformOp::Split) {
            QJsonArray parts;
            for (const QString &part : toText(*from).split(separator)) {
                if (!part.trimmed().isEmpty())
                    parts.append(part.trimmed());
            }
            r.output = parts;
        } else if (op == TransformOp::Join) {
            const QJsonValue list = jsonOf(*from);
            if (!list.isArray())
                return fail(QStringLiteral("from: join needs a list, %1 gave %2").arg(step.text(QStringLiteral("from")), toText(list).left(80)));
            QStringList parts;
            for (const QJsonValue &v : list.toArray())
                parts << toText(v);
            r.output = parts.join(separator);
        } else {
            const QString text = toText(*from);
            const int group = step.integer(QStringLiteral("group"), 0);
            if (step.config.value(QLatin1String("all")).toBool()) {
                QJsonArray all;
                auto it = c.regex.globalMatch(text);
                while (it.hasNext())
                    all.append(it.next().captured(group));
                r.output = all;
            } else {
                const QRegularExpressionMatch m = c.regex.match(text);
                r.output = m.hasMatch() ? QJsonValue(m.captured(group)) : QJsonValue(QJsonValue::Null);
            }
        }
        break;
    }
    default: break;
    }
    finishStep(run, g, step, StepStatus::Done);
}

void Runner::finishStep(Execution &run, GraphRun &g, const Step &step, StepStatus status)
{
    StepState &st = g.states[step.id];
    StepResult &r = st.result;
    r.status = status;
    r.finishedAtMs = m_seams.nowMs();
    r.latencyMs = r.finishedAtMs - r.startedAtMs;
    if (st.attempt) {
        st.attempt->ended = true;
        st.attempt->deleteLater();
        st.attempt = nullptr;
    }
    if (st.counted) {
        st.counted = false;
        --run.active;
    }
    if (status == StepStatus::Failed && run.failure.isEmpty())
        run.failure = QStringLiteral("%1: %2").arg(r.key, r.error);
    stepChangedFor(run, r);
    if (run.record.costUsd != run.storedCost)
        persistRun(run); // what was spent survives a crash
    progress(run, &g);
}

// ------------------------------------------------------------------------------------------------
// Async steps

void Runner::startAttempt(Execution &run, GraphRun &g, const Step &step)
{
    StepState &st = g.states[step.id];
    ++st.result.attempts;
    auto *attempt = new Attempt(this);
    st.attempt = attempt;
    if (step.config.contains(QLatin1String("timeoutMs"))) {
        const int timeout = step.integer(QStringLiteral("timeoutMs"), 0);
        std::weak_ptr<Execution> weak = m_runs.value(run.record.id);
        m_seams.schedule(timeout, attempt, [this, weak, gp = &g, sp = &step, attempt, timeout] {
            auto locked = weak.lock();
            if (!locked || attempt->ended)
                return;
            attemptFailed(*locked, *gp, *sp, attempt, QStringLiteral("timed out after %1 ms").arg(timeout), true);
        });
    }
    switch (step.kind) {
    case StepKind::Llm:
    case StepKind::Classify: attemptLlm(run, g, step, attempt); break;
    case StepKind::ExtractText: attemptExtract(run, g, step, attempt); break;
    case StepKind::KnowledgeRetrieve: attemptRetrieve(run, g, step, attempt); break;
    default: break;
    }
}

void Runner::attemptFailed(Execution &run, GraphRun &g, const Step &step, Attempt *attempt, const QString &error, bool retryable)
{
    if (attempt->ended)
        return;
    attempt->ended = true;
    run.reserved -= attempt->estimate;
    attempt->estimate = 0;
    if (attempt->dispatch && !attempt->dispatch->isFinished())
        attempt->dispatch->cancel();
    attempt->deleteLater();
    StepState &st = g.states[step.id];
    st.attempt = nullptr;
    StepResult &r = st.result;
    r.error = error;
    const int retries = step.integer(QStringLiteral("retries"), 0);
    if (run.cancelled) {
        finishStep(run, g, step, StepStatus::Cancelled);
        return;
    }
    if (!retryable || r.attempts > retries || !run.failure.isEmpty()) {
        finishStep(run, g, step, StepStatus::Failed);
        return;
    }
    // the next try after a wait that doubles each time; the step stays running and shows the error
    const int delay = int(std::min<qint64>(qint64(step.integer(QStringLiteral("retryDelayMs"), kDefaultRetryDelayMs)) << (r.attempts - 1), 600000));
    stepChangedFor(run, r);
    auto *wait = new Attempt(this);
    st.attempt = wait;
    std::weak_ptr<Execution> weak = m_runs.value(run.record.id);
    m_seams.schedule(delay, wait, [this, weak, gp = &g, sp = &step, wait] {
        auto locked = weak.lock();
        if (!locked || wait->ended)
            return;
        wait->ended = true;
        wait->deleteLater();
        startAttempt(*locked, *gp, *sp);
    });
}

QString Runner::overCeiling(Execution &run, const Step &step, double estimate) const
{
    if (!run.record.maxCostUsd)
        return {};
    const double ceiling = *run.record.maxCostUsd;
    const double total = run.record.costUsd + run.reserved + estimate;
    if (total <= ceiling)
        return {};
    return QStringLiteral("stopped before \"%1\": its estimated cost %2 would take the run to %3, over its ceiling of %4")
        .arg(step.id, money(estimate), money(total), money(ceiling));
}

void Runner::attemptLlm(Execution &run, GraphRun &g, const Step &step, Attempt *attempt)
{
    StepResult &r = g.states[step.id].result;
    const Compiled &c = *step.compiled;
    const StepScope scope(run, g);
    protocol::ChatRequest request;
    request.model = step.text(QStringLiteral("model"));
    request.stream = true;
    QJsonObject inputs{{QStringLiteral("model"), request.model}};
    if (c.templates.contains(QStringLiteral("system"))) {
        auto system = c.templates.value(QStringLiteral("system")).render(scope);
        if (!system)
            return attemptFailed(run, g, step, attempt, errorText(system.error(), QStringLiteral("system")), false);
        request.system = *system;
    }
    auto user = c.templates.value(QStringLiteral("user")).render(scope);
    if (!user)
        return attemptFailed(run, g, step, attempt, errorText(user.error(), QStringLiteral("user")), false);
    const QStringList labels = step.config.value(QLatin1String("labels")).toVariant().toStringList();
    if (step.kind == StepKind::Classify) {
        const QString instruction = QStringLiteral("Classify the text. Answer with exactly one of these labels and nothing else: %1.")
                                        .arg(labels.join(QStringLiteral(", ")));
        request.system = request.system.isEmpty() ? instruction : request.system + QStringLiteral("\n\n") + instruction;
    }
    if (!request.system.isEmpty())
        inputs.insert(QStringLiteral("system"), request.system);
    inputs.insert(QStringLiteral("user"), *user);
    protocol::Message message = protocol::Message::make(protocol::Role::User, *user);
    QJsonArray attached;
    for (int i = 0; i < c.attachments.size(); ++i) {
        auto v = c.attachments.at(i).evaluate(scope);
        if (!v)
            return attemptFailed(run, g, step, attempt, errorText(v.error(), QStringLiteral("attachments[%1]").arg(i)), false);
        const QJsonArray values = v->isArray() ? v->toArray() : QJsonArray{*v};
        for (const QJsonValue &each : values) {
            const std::optional<FileValue> file = FileValue::fromJson(each);
            if (!file)
                return attemptFailed(run, g, step, attempt,
                                     QStringLiteral("attachments[%1]: %2 is not a file ({\"name\", \"mediaType\", \"data\": base64})")
                                         .arg(i)
                                         .arg(c.attachments.at(i).text()),
                                     false);
            protocol::ContentPart part;
            if (file->mediaType.startsWith(QLatin1String("image/"))) {
                part = protocol::ContentPart::makeImageData(file->base64, file->mediaType);
            } else {
                part.type = protocol::ContentPart::Type::Document;
                part.data = file->base64;
                part.mediaType = file->mediaType;
                part.title = file->name;
            }
            message.content << part;
            attached.append(QJsonObject{{QStringLiteral("name"), file->name},
                                        {QStringLiteral("mediaType"), file->mediaType},
                                        {QStringLiteral("bytes"), qint64(file->base64.size()) * 3 / 4}});
        }
    }
    if (!attached.isEmpty())
        inputs.insert(QStringLiteral("attachments"), attached);
    request.messages << message;
    const QJsonObject params = step.config.value(QLatin1String("parameters")).toObject();
    if (!params.isEmpty())
        inputs.insert(QStringLiteral("parameters"), params);
    protocol::applyParameters(request, params);
    if (c.schema) {
        protocol::ResponseFormat format;
        format.type = protocol::ResponseFormat::Type::JsonSchema;
        format.name = step.id;
        format.schema = step.config.value(QLatin1String("schema")).toObject();
        request.responseFormat = format;
        inputs.insert(QStringLiteral("schema"), format.schema);
    }
    r.inputs = inputs;
    attempt->request = request;
    if (replayRecorded(run, g, step, attempt))
        return;
    if (!protocol::hasPdf(request))
        return dispatchCall(run, g, step, attempt);
    // a PDF goes as the API's document part where the model reads PDFs, else as its extracted text
    router::DispatchContext context;
    context.source = usage::Source::Workflow;
    context.proxyKey = run.proxyKey;
    std::weak_ptr<Execution> weak = m_runs.value(run.record.id);
    knowledge::fitPdfs(m_router, std::move(request), context, attempt,
                       [this, weak, gp = &g, sp = &step, attempt](Expected<knowledge::PdfFitted> fitted) {
                           auto locked = weak.lock();
                           if (!locked || attempt->ended)
                               return;
                           if (!fitted)
                               return attemptFailed(*locked, *gp, *sp, attempt,
                                                    QStringLiteral("%1 reads no PDFs (or not this one), and their text cannot be extracted: %2. "
                                                                   "Choose a model that reads PDFs")
                                                        .arg(attempt->request.model, fitted.error().message),
                                                    false);
                           const bool asText = fitted->delivery.how == knowledge::PdfDelivery::How::AsText;
                           StepResult &result = gp->states[sp->id].result;
                           QJsonObject shown = result.inputs.toObject();
                           shown.insert(QStringLiteral("pdf"), asText ? QStringLiteral("text") : QStringLiteral("document"));
                           if (asText)
                               shown.insert(QStringLiteral("pdfWhy"), fitted->delivery.why);
                           result.inputs = shown;
                           attempt->request = std::move(fitted->request);
                           dispatchCall(*locked, *gp, *sp, attempt);
                       });
}

void Runner::dispatchCall(Execution &run, GraphRun &g, const Step &step, Attempt *attempt)
{
    router::DispatchContext context;
    context.source = usage::Source::Workflow;
    context.sourceKey = run.record.id;
    context.proxyKey = run.proxyKey;
    if (run.record.maxCostUsd) {
        // what dispatch would try first, at the catalog's prices (unknown prices count as nothing)
        const router::Plan plan = m_router.plan(attempt->request, context);
        double estimate = 0;
        for (const router::Candidate &candidate : plan.candidates) {
            if (candidate.skipped.isEmpty()) {
                estimate = std::max(0.0, candidate.estimatedCostUsd);
                break;
            }
        }
        const QString over = overCeiling(run, step, estimate);
        if (!over.isEmpty()) {
            if (run.failure.isEmpty())
                run.failure = over;
            return attemptFailed(run, g, step, attempt, over, false);
        }
        attempt->estimate = estimate;
        run.reserved += estimate;
    }
    attempt->text.clear();
    router::Dispatch *d = m_router.dispatch(attempt->request, context, attempt);
    attempt->dispatch = d;
    const QString runId = run.record.id;
    const QString key = g.states[step.id].result.key;
    connect(d, &router::Dispatch::event, attempt, [this, attempt, runId, key](const protocol::StreamEvent &e) {
        if (e.type == protocol::StreamEvent::Type::TextDelta && !e.text.isEmpty() && !attempt->ended) {
            attempt->text += e.text;
            Q_EMIT stepText(runId, key, e.text);
        }
    });
    std::weak_ptr<Execution> weak = m_runs.value(runId);
    connect(d, &router::Dispatch::finished, attempt, [this, weak, gp = &g, sp = &step, attempt](const router::DispatchResult &result) {
        attempt->dispatch->deleteLater();
        auto locked = weak.lock();
        if (!locked || attempt->ended)
            return;
        onAnswer(*locked, *gp, *sp, attempt, result);
    });
}

void Runner::onAnswer(Execution &run, GraphRun &g, const Step &step, Attempt *attempt, const router::DispatchResult &result)
{
    StepResult &r = g.states[step.id].result;
    run.reserved -= attempt->estimate;
    attempt->estimate = 0;
    const protocol::Usage &usage = result.outcome.response.usage;
    r.inputTokens += usage.totalInputTokens();
    r.outputTokens += usage.outputTokens;
    r.costUsd += result.costUsd;
    r.costKnown = r.costKnown && result.costKnown;
    r.requestId = result.requestId;
    if (!result.provider.isEmpty())
        r.model = result.provider + QLatin1Char('/') + result.model;
    if (result.costUsd != 0 || !result.costKnown) {
        run.record.costUsd += result.costUsd;
        run.record.costKnown = run.record.costKnown && result.costKnown;
        Q_EMIT costChanged(run.record.id, run.record.costUsd);
    }
    if (const auto &error = result.outcome.error) {
        const bool retryable = error->kind != protocol::ApiError::Kind::Cancelled && error->kind != protocol::ApiError::Kind::BudgetExceeded;
        return attemptFailed(run, g, step, attempt, QStringLiteral("%1: %2").arg(protocol::toString(error->kind), error->message), retryable);
    }
    const QString text = attempt->text.isEmpty() ? result.outcome.response.message.text() : attempt->text;
    // one repair request: the answer and what is wrong with it, asking for it again
    auto repair = [&](const QString &problem) {
        if (attempt->repaired)
            return false;
        attempt->repaired = true;
        attempt->request.messages << protocol::Message::make(protocol::Role::Assistant, text)
                                  << protocol::Message::make(protocol::Role::User, problem);
        dispatchCall(run, g, step, attempt);
        return true;
    };
    if (step.kind == StepKind::Classify) {
        const QStringList labels = step.config.value(QLatin1String("labels")).toVariant().toStringList();
        const QString label = matchLabel(text, labels);
        if (label.isEmpty()) {
            const QString problem = QStringLiteral("\"%1\" is not one of the labels. Answer with exactly one of: %2.")
                                        .arg(text.trimmed().left(200), labels.join(QStringLiteral(", ")));
            if (!repair(problem))
                attemptFailed(run, g, step, attempt, QStringLiteral("the answer names none of the labels: %1").arg(text.trimmed().left(200)), true);
            return;
        }
        r.output = label;
        r.branch = label;
    } else if (step.compiled->schema) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(compare::jsonPayload(text).toUtf8(), &parseError);
        QStringList problems;
        QJsonValue value;
        if (parseError.error != QJsonParseError::NoError || doc.isNull()) {
            problems << QStringLiteral("not JSON (%1 at offset %2)").arg(parseError.errorString()).arg(parseError.offset);
        } else {
            value = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
            problems = step.compiled->schema->validate(value);
        }
        if (!problems.isEmpty()) {
            const QString problem = QStringLiteral("Your answer does not match the JSON Schema:\n- %1\nAnswer again with only the corrected JSON.")
                                        .arg(problems.join(QStringLiteral("\n- ")));
            if (!repair(problem))
                attemptFailed(run, g, step, attempt,
                              QStringLiteral("the answer does not match the schema after a repair: %1").arg(problems.join(QStringLiteral("; "))),
                              true);
            return;
        }
        r.output = value;
    } else {
        r.output = text;
    }
    finishStep(run, g, step, StepStatus::Done);
}

void Runner::attemptExtract(Execution &run, GraphRun &g, const Step &step, Attempt *attempt)
{
    StepResult &r = g.states[step.id].result;
    const StepScope scope(run, g);
    auto v = step.compiled->expressions.value(QStringLiteral("file")).evaluate(scope);
    if (!v)
        return attemptFailed(run, g, step, attempt, errorText(v.error(), QStringLiteral("file")), false);
    const std::optional<FileValue> file = FileValue::fromJson(*v);
    if (!file)
        return attemptFailed(
            run, g, step, attempt,
            QStringLiteral("file: %1 is not a file ({\"name\", \"mediaType\", \"data\": base64})").arg(step.text(QStringLiteral("file"))), false);
    const QByteArray bytes = QByteArray::fromBase64(file->base64);
    r.inputs = QJsonObject{
        {QStringLiteral("name"), file->name}, {QStringLiteral("mediaType"), file->mediaType}, {QStringLiteral("bytes"), bytes.size()}};
    const QString ocr = step.text(QStringLiteral("ocrLanguage")).isEmpty() ? QStringLiteral("eng") : step.text(QStringLiteral("ocrLanguage"));
    if (replayRecorded(run, g, step, attempt))
        return;
    const QString name = file->name.isEmpty() ? QStringLiteral("input") : file->name;
    std::weak_ptr<Execution> weak = m_runs.value(run.record.id);
    // the knowledge base's readers, on a worker (OCR takes seconds)
    async::runThenCallback(
        attempt, [name, bytes, ocr] { return knowledge::extract(name, bytes, ocr); },
        [this, weak, gp = &g, sp = &step, attempt](const Expected<knowledge::Extracted> &extracted) {
            auto locked = weak.lock();
            if (!locked || attempt->ended)
                return;
            if (!extracted)
                return attemptFailed(*locked, *gp, *sp, attempt, extracted.error().message, false);
            QStringList parts;
            for (const knowledge::Block &b : extracted->blocks)
                parts << b.text;
            gp->states[sp->id].result.output = parts.join(QStringLiteral("\n\n"));
            finishStep(*locked, *gp, *sp, StepStatus::Done);
        });
}

void Runner::attemptRetrieve(Execution &run, GraphRun &g, const Step &step, Attempt *attempt)
{
    StepResult &r = g.states[step.id].result;
    const StepScope scope(run, g);
    auto query = step.compiled->templates.value(QStringLiteral("query")).render(scope);
    if (!query)
        return attemptFailed(run, g, step, attempt, errorText(query.error(), QStringLiteral("query")), false);
    const QStringList collections = step.config.value(QLatin1String("collections")).toVariant().toStringList();
    knowledge::ContextOptions options;
    options.search.topK = step.integer(QStringLiteral("topK"), options.search.topK);
    options.tokenBudget = step.integer(QStringLiteral("tokens"), options.tokenBudget);
    r.inputs = QJsonObject{{QStringLiteral("collections"), QJsonArray::fromStringList(collections)}, {QStringLiteral("query"), *query}};
    if (replayRecorded(run, g, step, attempt))
        return;
    if (!m_builder)
        return attemptFailed(run, g, step, attempt, QStringLiteral("the knowledge base is not available here"), false);
    std::weak_ptr<Execution> weak = m_runs.value(run.record.id);
    QPointer<Attempt> guard(attempt);
    m_builder->build(collections, *query, options, [this, weak, gp = &g, sp = &step, guard](Expected<knowledge::Context> context) {
        auto locked = weak.lock();
        if (!locked || !guard || guard->ended)
            return;
        if (!context)
            return attemptFailed(*locked, *gp, *sp, guard, context.error().message, true);
        StepResult &result = gp->states[sp->id].result;
        QJsonObject out = knowledge::contextToJson(*context);
        out.insert(QStringLiteral("text"), context->text);
        result.output = out;
        result.costUsd += context->costUsd;
        if (context->costUsd > 0) {
            locked->record.costUsd += context->costUsd;
            Q_EMIT costChanged(locked->record.id, locked->record.costUsd);
        }
        finishStep(*locked, *gp, *sp, StepStatus::Done);
    });
}

// ------------------------------------------------------------------------------------------------
// Maps

void Runner::startMap(Execution &run, GraphRun &g, const Step &step)
{
    StepState &st = g.states[step.id];
    const StepScope scope(run, g);
    auto over = step.compiled->expressions.value(QStringLiteral("over")).evaluate(scope);
    if (!over) {
        st.result.error = errorText(over.error(), QStringLiteral("over"));
        return finishStep(run, g, step, StepStatus::Failed);
    }
    const QJsonValue list = jsonOf(*over);
    if (!list.isArray()) {
        st.result.error = QStringLiteral("over: %1 gave %2, not a list").arg(step.text(QStringLiteral("over")), toText(list).left(80));
        return finishStep(run, g, step, StepStatus::Failed);
    }
    const QJsonArray items = list.toArray();
    st.result.inputs = QJsonObject{{QStringLiteral("items"), items.size()}};
    st.items.clear();
    for (int i = 0; i < items.size(); ++i) {
        auto item = makeGraph(run, *step.body, QStringLiteral("%1%2[%3].").arg(g.prefix, step.id).arg(i));
        item->parent = &g;
        item->mapStep = &step;
        item->item = items.at(i);
        item->index = i;
        st.items.push_back(std::move(item));
    }
    st.nextItem = 0;
    st.runningItems = 0;
    startItems(run, g, step);
}

void Runner::startItems(Execution &run, GraphRun &g, const Step &step)
{
    StepState &st = g.states[step.id];
    const int concurrency = step.integer(QStringLiteral("concurrency"), kDefaultConcurrency);
    while (!run.stopping() && st.runningItems < concurrency && st.nextItem < st.items.size()) {
        GraphRun *item = st.items.at(st.nextItem++).get();
        ++st.runningItems;
        progress(run, item);
    }
    if (st.runningItems > 0 || (st.nextItem < st.items.size() && !run.stopping()))
        return;
    // every item ran (or the run stops): the map's result
    QJsonArray outputs;
    QString failed;
    bool cancelled = false;
    for (size_t i = 0; i < st.items.size(); ++i) {
        const GraphRun &item = *st.items.at(i);
        if (i >= st.nextItem || progressOf(item) != Progress::Complete) {
            for (const auto &[id, inner] : item.states) {
                if (failed.isEmpty() && inner.result.status == StepStatus::Failed)
                    failed = QStringLiteral("item %1: %2: %3").arg(i).arg(id, inner.result.error);
                cancelled = cancelled || inner.result.status == StepStatus::Cancelled;
            }
            if (failed.isEmpty() && i >= st.nextItem)
                failed = QStringLiteral("item %1 did not run").arg(i);
            continue;
        }
        const Step *resultStep = step.body->resultStep();
        const StepResult &res = item.states.at(resultStep->id).result;
        outputs.append(res.status == StepStatus::Done ? res.output : QJsonValue(QJsonValue::Null));
    }
    if (!failed.isEmpty() || cancelled) {
        st.result.error = failed;
        return finishStep(run, g, step, run.cancelled ? StepStatus::Cancelled : StepStatus::Failed);
    }
    st.result.output = outputs;
    finishStep(run, g, step, StepStatus::Done);
}

void Runner::itemEnded(Execution &run, GraphRun &item)
{
    GraphRun &parent = *item.parent;
    StepState &st = parent.states[item.mapStep->id];
    --st.runningItems;
    startItems(run, parent, *item.mapStep);
}

// ------------------------------------------------------------------------------------------------
// The run as a whole

void Runner::checkRun(Execution &run)
{
    RunRecord &r = run.record;
    if (r.status != RunStatus::Running && r.status != RunStatus::Paused)
        return;
    const Progress top = progressOf(*run.top);
    if (top == Progress::Complete) {
        QJsonObject outputs;
        QJsonValue single;
        int count = 0;
        for (const Step &s : run.definition.graph.steps) {
            const StepResult &res = run.top->states.at(s.id).result;
            if (s.kind == StepKind::Output && res.status == StepStatus::Done) {
                outputs.insert(s.id, res.output);
                single = res.output;
                ++count;
            }
        }
        r.output = count == 1 ? single : QJsonValue(outputs);
        return finishRun(run, RunStatus::Succeeded);
    }
    if (run.active > 0) {
        setRunStatus(run, RunStatus::Running);
        return;
    }
    if (!run.inReview.isEmpty() && !run.stopping()) {
        setRunStatus(run, RunStatus::Paused);
        return;
    }
    if (run.cancelled) {
        r.error = QStringLiteral("cancelled");
        return finishRun(run, RunStatus::Cancelled);
    }
    r.error = run.failure.isEmpty() ? QStringLiteral("no step could run") : run.failure;
    finishRun(run, RunStatus::Failed);
}

void Runner::setRunStatus(Execution &run, RunStatus status)
{
    if (run.record.status == status)
        return;
    run.record.status = status;
    run.record.updatedAtMs = m_seams.nowMs();
    persistRun(run);
    Q_EMIT runStatusChanged(run.record.id, status);
}

void Runner::finishRun(Execution &run, RunStatus status)
{
    // reviews still open end with the run
    for (auto it = run.byKey.cbegin(); it != run.byKey.cend(); ++it) {
        StepState *st = run.state(it.key());
        if (st && st->result.status == StepStatus::Review) {
            st->result.status = StepStatus::Cancelled;
            stepChangedFor(run, st->result);
        }
    }
    run.record.finishedAtMs = m_seams.nowMs();
    qCInfo(lcWorkflow) << "run" << run.record.id << "of" << run.record.workflow << runStatusName(status);
    setRunStatus(run, status);
}

void Runner::cancel(const QString &runId)
{
    auto run = m_runs.value(runId);
    if (!run || (run->record.status != RunStatus::Running && run->record.status != RunStatus::Paused))
        return;
    run->cancelled = true;
    // every running try ends as cancelled (a call in flight is cancelled with it)
    QList<std::pair<GraphRun *, QString>> running;
    for (auto it = run->byKey.cbegin(); it != run->byKey.cend(); ++it) {
        StepState *st = run->state(it.key());
        if (st && st->attempt)
            running << it.value();
    }
    for (const auto &[g, id] : running) {
        StepState &st = g->states[id];
        if (st.attempt)
            attemptFailed(*run, *g, *g->graph->step(id), st.attempt, QStringLiteral("cancelled"), false);
    }
    progress(*run, run->top.get());
}

Runner::StepState *Runner::findReview(Execution &run, const QString &stepKey, GraphRun **graph)
{
    auto it = run.byKey.constFind(stepKey);
    if (it == run.byKey.constEnd())
        return nullptr;
    StepState *st = run.state(stepKey);
    if (!st || st->result.status != StepStatus::Review)
        return nullptr;
    *graph = it->first;
    return st;
}

Expected<void> Runner::approve(const QString &runId, const QString &stepKey, const QJsonValue &value)
{
    auto run = m_runs.value(runId);
    GraphRun *g = nullptr;
    StepState *st = run ? findReview(*run, stepKey, &g) : nullptr;
    if (!st)
        return Error::make(Error::Kind::NotFound, QStringLiteral("no step %1 waits for review in run %2").arg(stepKey, runId));
    st->result.output = value.isNull() || value.isUndefined() ? st->result.inputs : value;
    setRunStatus(*run, RunStatus::Running);
    finishStep(*run, *g, *g->graph->step(st->result.stepId), StepStatus::Done);
    return {};
}

Expected<void> Runner::reject(const QString &runId, const QString &stepKey, const QString &reason)
{
    auto run = m_runs.value(runId);
    GraphRun *g = nullptr;
    StepState *st = run ? findReview(*run, stepKey, &g) : nullptr;
    if (!st)
        return Error::make(Error::Kind::NotFound, QStringLiteral("no step %1 waits for review in run %2").arg(stepKey, runId));
    st->result.error = reason.isEmpty() ? QStringLiteral("rejected") : QStringLiteral("rejected: %1").arg(reason);
    setRunStatus(*run, RunStatus::Running);
    finishStep(*run, *g, *g->graph->step(st->result.stepId), StepStatus::Failed);
    return {};
}

void Runner::forget(const QString &runId)
{
    auto run = m_runs.value(runId);
    if (run && run->record.status != RunStatus::Running)
        m_runs.remove(runId);
}

bool Runner::isLive(const QString &runId) const
{
    auto run = m_runs.value(runId);
    return run && (run->record.status == RunStatus::Running || run->record.status == RunStatus::Paused);
}

std::optional<RunRecord> Runner::run(const QString &runId) const
{
    auto run = m_runs.value(runId);
    if (!run)
        return std::nullopt;
    return run->record;
}

QList<StepResult> Runner::steps(const QString &runId) const
{
    QList<StepResult> out;
    auto run = m_runs.value(runId);
    if (!run)
        return out;
    for (const QString &key : std::as_const(run->order)) {
        if (const StepState *st = run->state(key))
            out << st->result;
    }
    return out;
}

QStringList Runner::liveRuns() const
{
    QStringList out;
    for (auto it = m_runs.cbegin(); it != m_runs.cend(); ++it) {
        if (isLive(it.key()))
            out << it.key();
    }
    return out;
}

// ------------------------------------------------------------------------------------------------
// Stored runs: resume, replay, recovery

bool Runner::replayRecorded(Execution &run, GraphRun &g, const Step &step, Attempt *attempt)
{
    if (run.record.replayOf.isEmpty())
        return false;
    StepResult &r = g.states[step.id].result;
    auto it = run.recorded.constFind(r.key);
    if (it != run.recorded.constEnd() && it->kind == step.kind && it->status == StepStatus::Done && it->inputs == r.inputs) {
        r.output = it->output;
        r.branch = it->branch;
        r.model = it->model;
        r.inputTokens = it->inputTokens;
        r.outputTokens = it->outputTokens;
        r.costUsd = 0; // nothing was called
        r.replayed = true;
        finishStep(run, g, step, StepStatus::Done);
        return true;
    }
    if (run.liveMisses)
        return false;
    const QString error = it == run.recorded.constEnd()
        ? QStringLiteral("run %1 has no recording of this step; replay it with live calls to run it").arg(run.record.replayOf)
        : QStringLiteral("its input differs from the recording in run %1; replay it with live calls to run it").arg(run.record.replayOf);
    if (attempt) {
        attemptFailed(run, g, step, attempt, error, false);
    } else {
        r.error = error;
        finishStep(run, g, step, StepStatus::Failed);
    }
    return true;
}

namespace {

struct Loaded {
    RunRecord run;
    QList<StepResult> steps;
    qint64 leaseUntilMs = 0;
};

Expected<Loaded> load(const RunStore &store, const QString &runId)
{
    auto run = store.run(runId);
    if (!run)
        return run.error();
    if (!*run)
        return Error::make(Error::Kind::NotFound, QStringLiteral("there is no workflow run %1").arg(runId));
    auto steps = store.steps(runId);
    if (!steps)
        return steps.error();
    auto lease = store.leaseOf(runId);
    if (!lease)
        return lease.error();
    return Loaded{**run, *steps, *lease};
}

} // namespace

void Runner::resume(const QString &runId, const ResumeOptions &options, std::function<void(Expected<void>)> done)
{
    auto report = [done](Expected<void> result) {
        if (done)
            done(std::move(result));
    };
    if (!m_store)
        return report(Error::make(Error::Kind::Unavailable, QStringLiteral("runs are not stored here, so none can be resumed")));
    if (isLive(runId))
        return report(Error::make(Error::Kind::Validation, QStringLiteral("run %1 is running already").arg(runId)));
    submitWrites(); // the load reads what was stored before it
    m_writes.run(
        this, [store = m_store, runId] { return load(*store, runId); },
        [this, runId, options, report](Expected<Loaded> loaded) {
            if (!loaded)
                return report(loaded.error());
            if (isLive(runId))
                return report(Error::make(Error::Kind::Validation, QStringLiteral("run %1 is running already").arg(runId)));
            RunRecord record = loaded->run;
            const qint64 now = m_seams.nowMs();
            if (record.status == RunStatus::Succeeded)
                return report(Error::make(Error::Kind::Validation, QStringLiteral("run %1 succeeded; there is nothing to resume").arg(runId)));
            if (record.status == RunStatus::Running && loaded->leaseUntilMs >= now)
                return report(Error::make(Error::Kind::Validation,
                                          QStringLiteral("run %1 is running in another Switchboard (it was seen %2 s ago)")
                                              .arg(runId)
                                              .arg((now - (loaded->leaseUntilMs - kLeaseMs)) / 1000)));
            auto definition = Definition::fromJson(options.definition ? options.definition->toJson() : record.definition);
            if (!definition)
                return report(definition.error());
            auto run = std::make_shared<Execution>();
            run->definition = std::move(*definition);
            // what finished stays; what failed, was cut short or never started runs again
            for (const StepResult &s : std::as_const(loaded->steps)) {
                run->seq.insert(s.key, int(run->order.size()));
                run->order << s.key;
                if (!s.isFinished() && s.status != StepStatus::Review)
                    continue;
                StepResult kept = s;
                auto answer = options.reviews.constFind(s.key);
                if (s.status == StepStatus::Review && answer != options.reviews.constEnd()) {
                    kept.output = answer->isNull() || answer->isUndefined() ? s.inputs : *answer;
                    kept.status = StepStatus::Done;
                    kept.finishedAtMs = now;
                    kept.latencyMs = now - kept.startedAtMs;
                }
                run->restored.insert(s.key, kept);
            }
            record.definition = run->definition.toJson();
            record.status = RunStatus::Running;
            record.error.clear();
            record.finishedAtMs = 0;
            record.updatedAtMs = now;
            if (options.maxCostUsd)
                record.maxCostUsd = options.maxCostUsd;
            run->record = record;
            run->top = makeGraph(*run, run->definition.graph, QString());
            m_runs.insert(runId, run);
            persistRun(*run);
            Q_EMIT runStatusChanged(runId, RunStatus::Running);
            // the steps as they are now: kept, answered, or waiting to run again
            for (auto it = run->byKey.cbegin(); it != run->byKey.cend(); ++it) {
                StepState *st = run->state(it.key());
                if (!st)
                    continue;
                if (!st->result.isFinished() && st->result.status != StepStatus::Review) {
                    st->result.status = StepStatus::Waiting;
                    st->result.attempts = 0;
                }
                if (run->seq.contains(it.key()) || st->result.isFinished())
                    stepChangedFor(*run, st->result);
                if (st->result.status == StepStatus::Review) {
                    const Step *step = run->definition.findStep(st->result.stepId);
                    Q_EMIT reviewRequested(runId, it.key(), st->result.inputs, step ? step->text(QStringLiteral("instructions")) : QString());
                }
            }
            startSoon(run);
            report({});
        });
}

void Runner::replay(const QString &recordedRunId, const Definition &definition, const ReplayOptions &options,
                    std::function<void(Expected<QString>)> done)
{
    auto report = [done](Expected<QString> result) {
        if (done)
            done(std::move(result));
    };
    if (!m_store)
        return report(Error::make(Error::Kind::Unavailable, QStringLiteral("runs are not stored here, so none can be replayed")));
    submitWrites();
    m_writes.run(
        this, [store = m_store, recordedRunId] { return load(*store, recordedRunId); },
        [this, recordedRunId, definition, options, report](Expected<Loaded> loaded) {
            if (!loaded)
                return report(loaded.error());
            const QJsonValue input = options.input ? *options.input : loaded->run.input;
            report(startRun(definition, input, options.run, [&](Execution &run) {
                run.record.replayOf = recordedRunId;
                run.liveMisses = options.liveMisses;
                for (const StepResult &s : std::as_const(loaded->steps))
                    run.recorded.insert(s.key, s);
            }));
        });
}

void Runner::recover(std::function<void(Expected<int>)> done)
{
    if (!m_store) {
        if (done)
            done(0);
        return;
    }
    submitWrites();
    m_writes.run(
        this, [store = m_store, now = m_seams.nowMs()] { return store->markInterrupted(now); },
        [done](const Expected<int> &count) {
            if (count && *count > 0)
                qCInfo(lcWorkflow) << *count << "workflow run(s) were left running by a runner that is gone: interrupted";
            if (done)
                done(count);
        });
}

} // namespace sb::workflow
