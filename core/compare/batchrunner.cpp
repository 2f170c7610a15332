#include "compare/batchrunner.h"

#include "common/csv.h"
#include "common/logging.h"
#include "compare/answer.h"
#include "compare/judge.h"
#include "router/router.h"

#include <algorithm>

namespace sb::compare {

QList<ModelSummary> summarize(const QList<BatchResult> &results, const QStringList &models)
{
    QList<ModelSummary> out;
    for (const QString &m : models) {
        ModelSummary s;
        s.model = m;
        qint64 latencySum = 0;
        for (const BatchResult &r : results) {
            if (r.model != m)
                continue;
            ++s.rows;
            s.totalCostUsd += r.stats.costUsd;
            s.unpriced += r.stats.costKnown ? 0 : 1;
            // an error fails the row's checks; a cancelled row is not judged
            if (r.checks > 0 && r.stats.status != AnswerStats::Status::Stopped) {
                ++s.checked;
                if (r.passed.value_or(false))
                    ++s.passed;
            }
            if (r.stats.status != AnswerStats::Status::Ok) {
                if (r.stats.status == AnswerStats::Status::Error)
                    ++s.errors;
                continue;
            }
            ++s.answered;
            latencySum += r.stats.latencyMs.value_or(0);
        }
        s.meanLatencyMs = s.answered ? double(latencySum) / s.answered : 0;
        out << s;
    }
    return out;
}

QString resultsToCsv(const QList<BatchResult> &results)
{
    QString out = csv::row({QStringLiteral("row_id"), QStringLiteral("model"), QStringLiteral("prompt"), QStringLiteral("output"),
                            QStringLiteral("passed"), QStringLiteral("check_detail"), QStringLiteral("status"), QStringLiteral("error"),
                            QStringLiteral("latency_ms"), QStringLiteral("ttft_ms"), QStringLiteral("input_tokens"), QStringLiteral("output_tokens"),
                            QStringLiteral("cost_usd"), QStringLiteral("provider"), QStringLiteral("request_id"), QStringLiteral("sources")});
    for (const BatchResult &r : results) {
        if (r.model.isEmpty())
            continue;
        const QString status = r.stats.status == AnswerStats::Status::Ok ? QStringLiteral("ok")
            : r.stats.status == AnswerStats::Status::Stopped             ? QStringLiteral("stopped")
                                                                         : QStringLiteral("error");
        out += csv::row({r.rowId, r.model, r.prompt, r.output, r.passed ? (*r.passed ? QStringLiteral("true") : QStringLiteral("false")) : QString(),
                         r.checkDetail, status, r.stats.error, r.stats.latencyMs ? QString::number(*r.stats.latencyMs) : QString(),
                         r.stats.ttftMs ? QString::number(*r.stats.ttftMs) : QString(), QString::number(r.stats.inputTokens),
                         QString::number(r.stats.outputTokens), r.stats.costKnown ? QString::number(r.stats.costUsd, 'f', 9) : QString(),
                         r.stats.provider, r.stats.requestId, knowledge::sourceList(r.knowledge)});
    }
    return out;
}

BatchRunner::BatchRunner(router::Router &router, std::shared_ptr<CompareStore> store, QString workspace, QObject *parent)
    : QObject(parent)
    , m_router(router)
    , m_store(std::move(store))
    , m_workspace(std::move(workspace))
{
}

BatchRunner::~BatchRunner()
{
    for (const QPointer<Answer> &a : std::as_const(m_inFlight)) {
        if (a)
            a->disconnect(this);
    }
}

int BatchRunner::inFlight() const
{
    return int(std::count_if(m_inFlight.begin(), m_inFlight.end(), [](const QPointer<Answer> &a) { return a && !a->isFinished(); }));
}

Expected<void> BatchRunner::start(const QList<PromptRow> &rows, const BatchOptions &options)
{
    if (m_running)
        return Error::make(Error::Kind::Validation, tr("A batch is already running."));
    if (rows.isEmpty())
        return Error::make(Error::Kind::Validation, tr("The prompt set is empty."));
    if (options.models.isEmpty())
        return Error::make(Error::Kind::Validation, tr("Choose at least one model."));
    if (!options.knowledge.isEmpty() && !m_builder)
        return Error::make(Error::Kind::Validation, tr("The knowledge base is not available here: detach the collections to run without them."));
    Comparison c;
    c.workspace = m_workspace;
    c.kind = Comparison::Kind::Batch;
    c.title = options.title.isEmpty() ? tr("Batch of %n prompt(s)", nullptr, int(rows.size())) : options.title;
    c.systemPrompt = options.systemPrompt;
    c.models = options.models;
    c.category = options.category;
    c.knowledge = options.knowledge;
    m_comparisonId = 0;
    m_rows = rows;
    m_options = options;
    m_options.concurrency = std::clamp(options.concurrency, 1, 16);
    m_results = QList<BatchResult>(rows.size() * options.models.size());
    m_inFlight.clear();
    m_contexts = QList<std::optional<knowledge::Context>>(rows.size());
    m_rowErrors = QStringList(rows.size());
    m_searching = false;
    m_next = 0;
    m_done = 0;
    m_peakInFlight = 0;
    m_grading = 0;
    m_cancelled = false;
    m_running = true;
    Q_EMIT progress(0, total());
    // the calls go out once the comparison is stored: the ledger files them under its id
    m_writes.run(
        this, [store = m_store, c] { return store->create(c); },
        [this](const Expected<qint64> &id) {
            if (m_cancelled)
                return; // cancelled meanwhile: finished() follows
            if (!id) {
                qCWarning(lcCompare) << "cannot save the batch:" << id.error().message;
                m_running = false;
                Q_EMIT storeError(id.error().message);
                Q_EMIT finished(true);
                return;
            }
            m_comparisonId = *id;
            Q_EMIT started(m_comparisonId);
            launch();
        });
    return {};
}

void BatchRunner::launch()
{
    m_inFlight.removeIf([](const QPointer<Answer> &a) { return !a || a->isFinished(); });
    const int models = int(m_options.models.size());
    while (!m_cancelled && m_next < total() && inFlight() < m_options.concurrency && contextReadyFor(m_next / models)) {
        const int job = m_next++;
        const PromptRow &row = m_rows.at(job / models);
        if (!m_rowErrors.at(job / models).isEmpty()) {
            BatchResult r;
            r.stats.model = m_options.models.at(job % models);
            r.stats.status = AnswerStats::Status::Error;
            r.stats.error = m_rowErrors.at(job / models);
            record(job, r);
            continue;
        }
        protocol::ChatRequest request;
        request.model = m_options.models.at(job % models);
        request.system = row.system.isEmpty() ? m_options.systemPrompt : row.system;
        request.messages << protocol::Message::make(protocol::Role::User, row.prompt);
        request.maxTokens = m_options.maxTokens;
        request.stream = true;
        knowledge::applyContext(request, m_contexts.at(job / models).value_or(knowledge::Context{}));
        router::DispatchContext context;
        context.source = usage::Source::Compare;
        context.sourceKey = QString::number(m_comparisonId);
        auto *answer = new Answer(m_router, request, context, this);
        connect(answer, &Answer::finished, this, [this, job, answer] { onAnswered(job, answer); });
        m_inFlight << answer;
        m_peakInFlight = std::max(m_peakInFlight, inFlight());
    }
    if (m_running && !m_finishing && inFlight() == 0 && m_grading == 0 && (m_cancelled || m_next >= total())) {
        m_searching = false; // a search still running is for nothing now: its answer is dropped
        m_finishing = true;
        // after the results' writes: what finished is in the store
        m_writes.run(
            this, [] {},
            [this] {
                m_running = false;
                m_finishing = false;
                Q_EMIT finished(m_cancelled);
            });
    }
}

bool BatchRunner::contextReadyFor(int row)
{
    if (m_options.knowledge.isEmpty() || m_contexts.at(row) || !m_rowErrors.at(row).isEmpty())
        return true;
    if (m_searching || !m_builder)
        return false;
    // once per row: every model gets the same passages
    m_searching = true;
    m_builder->build(m_options.knowledge, m_rows.at(row).prompt, m_options.knowledgeOptions,
                     [this, row, guard = QPointer<BatchRunner>(this), id = m_comparisonId](Expected<knowledge::Context> context) {
                         if (!guard || !m_searching || id != m_comparisonId)
                             return;
                         m_searching = false;
                         if (context) {
                             m_contexts[row] = *context;
                             // before the row's results: a reopened batch shows what they answered from
                             write(row, [id, row, sources = *context](CompareStore &store) { return store.saveSources(id, row, sources); });
                         } else
                             m_rowErrors[row] = tr("Knowledge search failed: %1").arg(context.error().message);
                         launch();
                     });
    return false;
}

void BatchRunner::onAnswered(int job, Answer *answer)
{
    BatchResult r;
    r.output = answer->text();
    r.stats = answer->stats();
    answer->deleteLater();
    record(job, r);
    launch();
}

void BatchRunner::record(int job, BatchResult r)
{
    const int models = int(m_options.models.size());
    const PromptRow &row = m_rows.at(job / models);
    r.row = job / models;
    r.rowId = row.id;
    r.model = m_options.models.at(job % models);
    r.prompt = row.prompt;
    r.knowledge = m_contexts.at(job / models).value_or(knowledge::Context{});
    r.checks = int(row.checks.size());
    if (!row.checks.isEmpty() && r.stats.status == AnswerStats::Status::Ok && !judgeChecks(row.checks).isEmpty() && !m_cancelled) {
        // a judge grades it through the router, filed under this comparison
        Grader::Options options;
        options.judgeModel = m_options.judgeModel;
        options.context.source = usage::Source::Compare;
        options.context.sourceKey = QString::number(m_comparisonId);
        auto *grader = new Grader(m_router, row.checks, row.prompt, r.output, options, this);
        ++m_grading;
        connect(grader, &Grader::finished, this, [this, job, r, grader]() mutable {
            const GradeResult &g = grader->result();
            r.passed = g.passed;
            r.checkDetail = g.error ? tr("not graded: %1").arg(g.detail) : g.detail;
            grader->deleteLater();
            --m_grading;
            recorded(job, r);
            launch();
        });
        grader->start();
        return;
    }
    if (!row.checks.isEmpty() && r.stats.status == AnswerStats::Status::Ok) {
        const CheckResult check = runChecks(row.checks, r.output);
        r.passed = check.passed;
        r.checkDetail = check.detail;
    } else if (!row.checks.isEmpty()) {
        r.passed = false;
        r.checkDetail = r.stats.status == AnswerStats::Status::Stopped ? tr("cancelled") : tr("no answer");
    }
    recorded(job, r);
}

void BatchRunner::recorded(int job, const BatchResult &r)
{
    const int models = int(m_options.models.size());
    m_results[job] = r;
    ++m_done;
    write(r.row, [id = m_comparisonId, r](CompareStore &store) { return store.saveBatchResult(id, r); });
    Q_EMIT resultReady(r.row, job % models);
    Q_EMIT progress(m_done, total());
}

void BatchRunner::write(int row, std::function<Expected<void>(CompareStore &)> job)
{
    m_writes.run(
        this, [store = m_store, job = std::move(job)] { return job(*store); },
        [this, id = m_comparisonId, row](const Expected<void> &ok) {
            if (ok)
                return;
            qCWarning(lcCompare) << "cannot save row" << row << "of batch comparison" << id << ":" << ok.error().message;
            Q_EMIT storeError(ok.error().message);
        });
}

void BatchRunner::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    const QList<QPointer<Answer>> running = m_inFlight;
    for (const QPointer<Answer> &a : running) {
        if (a)
            a->cancel();
    }
    const QList<Grader *> grading = findChildren<Grader *>(Qt::FindDirectChildrenOnly);
    for (Grader *g : grading)
        g->cancel();
    launch(); // finishes now when nothing was in flight
}

} // namespace sb::compare
