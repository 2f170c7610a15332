#include "monitor/canaryservice.h"

#include "common/logging.h"
#include "compare/answer.h"
#include "compare/judge.h"
#include "router/router.h"

#include <QDateTime>

namespace sb::monitor {

namespace {

router::DispatchContext contextOf(const Canary &canary)
{
    router::DispatchContext c;
    c.source = usage::Source::Eval;
    c.sourceKey = QStringLiteral("canary:") + canary.name;
    return c;
}

} // namespace

CanaryRunner::CanaryRunner(router::Router &router, Canary canary, Clock clock, QObject *parent)
    : QObject(parent)
    , m_router(router)
    , m_canary(std::move(canary))
    , m_clock(std::move(clock))
{
    if (!m_clock)
        m_clock = [] { return QDateTime::currentMSecsSinceEpoch(); };
}

CanaryRunner::~CanaryRunner()
{
    if (m_answer)
        m_answer->disconnect(this);
    if (m_grader)
        m_grader->disconnect(this);
}

void CanaryRunner::start()
{
    m_runs.clear();
    const qint64 now = m_clock();
    for (const QString &model : std::as_const(m_canary.models)) {
        CanaryRun run;
        run.canary = m_canary.name;
        run.model = model;
        run.startedAt = now;
        run.results = QList<CanaryResult>(m_canary.rows.size());
        m_runs << run;
    }
    next();
}

protocol::ChatRequest CanaryRunner::request(int job) const
{
    const int models = int(m_canary.models.size());
    const compare::PromptRow &row = m_canary.rows.at(job / models);
    protocol::ChatRequest r;
    r.model = m_canary.models.at(job % models);
    r.system = row.system.isEmpty() ? m_canary.systemPrompt : row.system;
    r.messages << protocol::Message::make(protocol::Role::User, row.prompt);
    r.maxTokens = m_canary.maxTokens;
    r.stream = true;
    return r;
}

QString CanaryRunner::admit(const protocol::ChatRequest &request)
{
    const router::Plan plan = m_router.plan(request, contextOf(m_canary));
    double estimate = -1;
    for (const router::Candidate &c : plan.candidates) {
        if (c.skipped.isEmpty()) {
            estimate = c.estimatedCostUsd;
            break;
        }
    }
    if (estimate < 0)
        estimate = m_dearest; // no price known: as dear as the dearest call so far
    if (m_spent + estimate <= m_canary.maxCostUsd)
        return {};
    m_capRefused = true;
    return QStringLiteral("the run's cost cap of $%1 would be passed ($%2 spent, up to $%3 more)")
        .arg(m_canary.maxCostUsd)
        .arg(m_spent, 0, 'f', 6)
        .arg(estimate, 0, 'f', 6);
}

void CanaryRunner::next()
{
    const int total = int(m_canary.rows.size() * m_canary.models.size());
    if (m_cancelled) {
        finish(QStringLiteral("cancelled"));
        return;
    }
    if (m_next >= total) {
        finish({});
        return;
    }
    const int job = m_next;
    const protocol::ChatRequest r = request(job);
    if (const QString refusal = admit(r); !refusal.isEmpty()) {
        finish(refusal);
        return;
    }
    m_answer = new compare::Answer(m_router, r, contextOf(m_canary), this);
    connect(m_answer, &compare::Answer::finished, this, [this, job] { onAnswered(job); });
}

void CanaryRunner::onAnswered(int job)
{
    compare::Answer *answer = m_answer;
    const compare::AnswerStats stats = answer->stats();
    const QString text = answer->text();
    answer->deleteLater();
    const int models = int(m_canary.models.size());
    const compare::PromptRow &row = m_canary.rows.at(job / models);
    CanaryResult result;
    result.rowId = row.id;
    result.prompt = row.prompt;
    result.answer = text;
    result.costUsd = stats.costUsd;
    m_spent += stats.costUsd;
    m_dearest = std::max(m_dearest, stats.costUsd);
    if (stats.status != compare::AnswerStats::Status::Ok) {
        result.status = stats.status == compare::AnswerStats::Status::Stopped ? CanaryResult::Status::Skipped : CanaryResult::Status::Error;
        result.detail = stats.error.isEmpty() ? QStringLiteral("cancelled") : stats.error;
        done(job, result);
        return;
    }
    result.latencyMs = stats.latencyMs;
    compare::Grader::Options options;
    options.judgeModel = m_canary.judgeModel;
    options.context = contextOf(m_canary);
    options.admit = [this](const protocol::ChatRequest &judge) { return admit(judge); };
    m_grader = new compare::Grader(m_router, row.checks, row.prompt, text, options, this);
    connect(m_grader, &compare::Grader::finished, this, [this, job, result] { onGraded(job, result); });
    m_grader->start();
}

void CanaryRunner::onGraded(int job, CanaryResult result)
{
    const compare::GradeResult g = m_grader->result();
    m_grader->deleteLater();
    result.costUsd += g.costUsd;
    m_spent += g.costUsd;
    m_dearest = std::max(m_dearest, g.costUsd);
    result.detail = g.detail;
    if (m_capRefused)
        result.status = CanaryResult::Status::Skipped; // its judge would have passed the cap
    else if (g.error)
        result.status = CanaryResult::Status::Error;
    else
        result.status = g.passed ? CanaryResult::Status::Passed : CanaryResult::Status::Failed;
    done(job, result);
}

void CanaryRunner::done(int job, CanaryResult result)
{
    const int models = int(m_canary.models.size());
    m_runs[job % models].results[job / models] = result;
    ++m_next;
    Q_EMIT progress(m_next, int(m_canary.rows.size() * models));
    if (m_capRefused) {
        finish(result.detail);
        return;
    }
    next();
}

void CanaryRunner::finish(const QString &skipReason)
{
    if (m_finished)
        return;
    m_finished = true;
    const int models = int(m_canary.models.size());
    const int total = int(m_canary.rows.size() * models);
    const qint64 now = m_clock();
    // the prompts not asked: skipped, and why
    for (int job = m_next; job < total; ++job) {
        CanaryResult &r = m_runs[job % models].results[job / models];
        const compare::PromptRow &row = m_canary.rows.at(job / models);
        r.rowId = row.id;
        r.prompt = row.prompt;
        r.status = CanaryResult::Status::Skipped;
        r.detail = skipReason;
    }
    for (CanaryRun &run : m_runs) {
        run.finishedAt = now;
        run.capped = m_capRefused;
        run.tally();
    }
    Q_EMIT finished();
}

void CanaryRunner::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    if (m_grader)
        m_grader->cancel();
    else if (m_answer)
        m_answer->cancel();
}

CanaryService::CanaryService(std::shared_ptr<Database> database, router::Router &router, QList<Canary> canaries, Options options, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_router(router)
    , m_canaries(std::move(canaries))
    , m_options(std::move(options))
    , m_store(std::make_shared<CanaryStore>(database))
    , m_alerts(std::make_shared<AlertStore>(std::move(database), m_options.origin))
{
    if (!m_options.schedule)
        m_options.schedule = async::timerSchedule();
    if (!m_options.clock)
        m_options.clock = [] { return QDateTime::currentMSecsSinceEpoch(); };
    m_options.tickMs = std::max(1000, m_options.tickMs);
}

CanaryService::~CanaryService()
{
    if (m_runner) {
        m_runner->disconnect(this);
        m_runner->cancel();
    }
}

void CanaryService::setCanaries(QList<Canary> canaries)
{
    m_canaries = std::move(canaries);
    m_queue.removeIf([this](const QString &name) { return !canary(name); });
}

std::optional<Canary> CanaryService::canary(const QString &name) const
{
    for (const Canary &c : m_canaries) {
        if (c.name == name)
            return c;
    }
    return std::nullopt;
}

void CanaryService::start()
{
    if (m_running)
        return;
    m_running = true;
    ++m_generation;
    tick();
}

void CanaryService::stop()
{
    m_running = false;
    ++m_generation;
}

void CanaryService::scheduleTick()
{
    if (!m_running)
        return;
    const quint64 generation = ++m_generation;
    m_options.schedule(m_options.tickMs, this, [this, generation] {
        if (generation == m_generation && m_running)
            tick();
    });
}

void CanaryService::tick()
{
    if (!m_loaded) {
        // when each canary last ran, from the database, once
        if (m_loading)
            return;
        m_loading = true;
        m_serial.run(
            this, [store = m_store] { return store->lastRuns(); },
            [this](const Expected<QHash<QString, qint64>> &last) {
                m_loading = false;
                m_loaded = true;
                if (last) {
                    for (auto it = last->cbegin(); it != last->cend(); ++it)
                        m_lastRuns.insert(it.key(), std::max(it.value(), m_lastRuns.value(it.key())));
                } else {
                    qCWarning(lcMonitor).noquote() << "canaries: cannot read their last runs:" << last.error().message;
                }
                tick();
            });
        return;
    }
    const qint64 now = m_options.clock();
    for (const Canary &c : std::as_const(m_canaries)) {
        const bool due = !m_lastRuns.contains(c.name) || now >= m_lastRuns.value(c.name) + c.intervalMs();
        if (c.enabled && due && !m_queue.contains(c.name) && running() != c.name)
            m_queue << c.name;
    }
    startNext();
    scheduleTick();
}

Expected<void> CanaryService::runNow(const QString &name)
{
    if (!canary(name))
        return Error::make(Error::Kind::NotFound, tr("There is no canary \"%1\" in the workspace.").arg(name));
    if (running() == name || m_queue.contains(name))
        return Error::make(Error::Kind::Validation, tr("The canary \"%1\" is already running or waiting to run.").arg(name));
    m_queue << name;
    startNext();
    return {};
}

QString CanaryService::running() const
{
    return m_runner && !m_runner->isFinished() ? m_runner->canary().name : QString();
}

void CanaryService::startNext()
{
    if (m_runner || m_queue.isEmpty())
        return;
    const std::optional<Canary> c = canary(m_queue.takeFirst());
    if (!c) {
        startNext();
        return;
    }
    m_lastRuns.insert(c->name, m_options.clock());
    m_runner = new CanaryRunner(m_router, *c, m_options.clock, this);
    connect(m_runner, &CanaryRunner::finished, this, [this, runner = m_runner.data()] { onRunnerFinished(runner); });
    Q_EMIT runStarted(c->name);
    m_runner->start();
}

void CanaryService::onRunnerFinished(CanaryRunner *runner)
{
    const Canary c = runner->canary();
    const QList<CanaryRun> runs = runner->runs();
    runner->deleteLater();
    m_runner.clear();
    const qint64 now = m_options.clock();
    ++m_recording;
    m_serial.run(
        this,
        [store = m_store, alerts = m_alerts, c, runs, now]() -> Expected<QList<CanaryVerdict>> {
            QList<CanaryVerdict> verdicts;
            for (const CanaryRun &run : runs) {
                auto v = store->record(c, run, *alerts, now);
                if (!v)
                    return v.error();
                verdicts << *v;
            }
            return verdicts;
        },
        [this, name = c.name](const Expected<QList<CanaryVerdict>> &verdicts) {
            --m_recording;
            if (!verdicts) {
                qCWarning(lcMonitor).noquote() << "canary" << name << "could not be stored:" << verdicts.error().message;
                Q_EMIT runFailed(name, verdicts.error().message);
            } else {
                QList<CanaryRun> stored;
                for (const CanaryVerdict &v : *verdicts) {
                    stored << v.run;
                    if (v.raised) {
                        qCWarning(lcMonitor).noquote() << "alert firing:" << v.raised->message;
                        Q_EMIT alertRaised(*v.raised);
                    }
                    if (v.resolved) {
                        qCInfo(lcMonitor).noquote() << "alert resolved:" << v.resolved->message;
                        Q_EMIT alertResolved(*v.resolved);
                    }
                }
                Q_EMIT runFinished(name, stored);
            }
        });
    startNext();
}

void CanaryService::runs(const QString &canary, const QString &model, qint64 fromMs, qint64 toMs, QObject *context,
                         std::function<void(Expected<QList<CanaryRun>>)> done)
{
    m_serial.run(
        context, [store = m_store, canary, model, fromMs, toMs] { return store->runs(canary, model, fromMs, toMs); },
        [done = std::move(done)](const Expected<QList<CanaryRun>> &runs) { done(runs); });
}

void CanaryService::results(qint64 runId, QObject *context, std::function<void(Expected<QList<CanaryResult>>)> done)
{
    m_serial.run(
        context, [store = m_store, runId] { return store->results(runId); },
        [done = std::move(done)](const Expected<QList<CanaryResult>> &results) { done(results); });
}

} // namespace sb::monitor
