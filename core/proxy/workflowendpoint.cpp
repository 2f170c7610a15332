// The proxy's workflow models: a chat request to workflow:NAME runs the workflow NAME of the workspace
// (proxy/workflowservice.h) and answers with its output in the client's dialect.
#include "proxy/proxyworker.h"
#include "proxy/workflowservice.h"
#include "workflow/chatinput.h"
#include "workflow/runner.h"

#include <QDateTime>
#include <QJsonDocument>

#include <memory>

namespace sb::proxy::detail {

using protocol::ApiError;
using protocol::StreamEvent;
using workflow::RunStatus;

namespace {

// Why a run did not succeed, as the client's error: a step that failed on a model's error keeps that
// error's kind (rate limited, over budget, ...); anything else is a server error. The message names the
// step and the run, which can be resumed.
ApiError runError(const QString &workflow, const workflow::RunRecord &run, const QList<workflow::StepResult> &steps)
{
    const QString resume = QStringLiteral("run %1; resume it in the app or with switchboard-cli workflow resume %1").arg(run.id);
    if (run.status == RunStatus::Paused) {
        QString step;
        for (const workflow::StepResult &s : steps) {
            if (s.status == workflow::StepStatus::Review)
                step = s.key;
        }
        return ApiError::make(ApiError::Kind::Server,
                              QStringLiteral("the workflow %1 waits for a person to review step %2 (%3 --approve %2)").arg(workflow, step, resume),
                              500);
    }
    for (const workflow::StepResult &s : steps) {
        if (s.status != workflow::StepStatus::Failed)
            continue;
        ApiError::Kind kind = ApiError::Kind::Server;
        QString why = s.error;
        // a model's error reads "rate_limited: ..." (Runner::onAnswer)
        const qsizetype colon = why.indexOf(QStringLiteral(": "));
        const std::optional<ApiError::Kind> k = colon > 0 ? protocol::apiErrorKindFromString(QStringView(why).left(colon)) : std::nullopt;
        // the provider refusing the key Switchboard holds is not the client's key's fault (a 401 would say so)
        if (k && *k != ApiError::Kind::Auth && *k != ApiError::Kind::Permission) {
            kind = *k;
            why = why.mid(colon + 2);
        }
        return ApiError::make(kind, QStringLiteral("the workflow %1 failed at step %2: %3 (%4)").arg(workflow, s.key, why, resume),
                              kind == ApiError::Kind::Server ? 502 : 0);
    }
    return ApiError::make(ApiError::Kind::Server, QStringLiteral("the workflow %1 stopped: %2 (%3)").arg(workflow, run.error, resume), 500);
}

} // namespace

void Connection::chatWithWorkflow(const protocol::ChatRequest &request, const ProxyKey *key)
{
    const QString name = request.model.mid(kWorkflowModelPrefix.size());
    WorkflowService &service = m_worker.workflows();
    m_ex->log.provider = QStringLiteral("workflow");
    m_ex->log.model = name;
    QList<workflow::Problem> problems;
    const workflow::Definition *definition = service.find(name, &problems);
    if (!definition) {
        const QStringList names = service.names();
        sendError(ApiError::make(
            ApiError::Kind::NotFound,
            QStringLiteral("no workflow \"%1\" in the workspace (%2)")
                .arg(name, names.isEmpty() ? QStringLiteral("it has none") : QStringLiteral("there are: %1").arg(names.join(QStringLiteral(", ")))),
            404));
        return;
    }
    if (!problems.isEmpty()) {
        // the workspace is wrong, not the request: the person who keeps the workflow can fix it
        sendError(ApiError::make(ApiError::Kind::Server,
                                 QStringLiteral("the workflow %1 is not valid (%2); fix it in the app's Workflows page or check it with "
                                                "switchboard-cli workflow validate %1")
                                     .arg(name, problems.first().toString()),
                                 500));
        return;
    }
    const protocol::Message *last = nullptr;
    for (const protocol::Message &m : request.messages) {
        if (m.role == protocol::Role::User)
            last = &m;
    }
    if (!last) {
        sendError(ApiError::make(ApiError::Kind::InvalidRequest,
                                 QStringLiteral("a workflow model takes its input from the last user message; the request has none"), 400));
        return;
    }
    auto input = workflow::inputFromMessage(*definition, *last);
    if (!input) {
        sendError(ApiError::make(ApiError::Kind::InvalidRequest, input.error().message, 400));
        return;
    }
    workflow::Runner &runner = service.runner();
    workflow::RunOptions options;
    options.startedBy = key ? key->name : QStringLiteral("proxy");
    options.proxyKey = key ? key->name : QString();
    auto started = runner.start(*definition, *input, options);
    if (!started) {
        sendError(ApiError::make(ApiError::Kind::InvalidRequest, started.error().message, 400));
        return;
    }
    const QString runId = *started;
    if (m_ex->stream) {
        // an OpenAI chat stream gets the usage chunk only when it asked for it (stream_options.include_usage)
        const QJsonObject body = QJsonDocument::fromJson(m_ex->request.body).object();
        m_ex->withholdUsage = m_ex->dialect == protocol::Dialect::OpenAiChat
            && !body.value(QLatin1String("stream_options")).toObject().value(QLatin1String("include_usage")).toBool();
        // the stream opens now: a long run keeps the client waiting on an open answer, not on nothing
        onEvent(StreamEvent::messageStart(runId, request.model));
    }
    Exchange *exchange = m_ex.get();
    // the run's end answers; the connection's end (a client that went away) cancels the run. Whichever
    // comes first drops both links.
    struct Links {
        QMetaObject::Connection ended;
        QMetaObject::Connection gone;
        void drop()
        {
            QObject::disconnect(ended);
            QObject::disconnect(gone);
        }
    };
    auto links = std::make_shared<Links>();
    // (the connection object is half destroyed by then: the run's end must not reach it)
    links->gone = connect(this, &QObject::destroyed, &service, [&service, runId, links] {
        links->drop();
        service.runner().cancel(runId);
        service.runner().forget(runId);
    });
    links->ended = connect(&runner, &workflow::Runner::runStatusChanged, this,
                           [this, exchange, links, &runner, runId, name, model = request.model](const QString &id, RunStatus status) {
                               if (id != runId || status == RunStatus::Running)
                                   return;
                               links->drop();
                               if (m_ex.get() != exchange)
                                   return;
                               const workflow::RunRecord run = *runner.run(runId);
                               const QList<workflow::StepResult> steps = runner.steps(runId);
                               runner.forget(runId); // the store keeps it
                               protocol::Usage usage;
                               for (const workflow::StepResult &s : steps) {
                                   usage.inputTokens += s.inputTokens;
                                   usage.outputTokens += s.outputTokens;
                               }
                               m_ex->log.inputTokens = usage.inputTokens;
                               m_ex->log.outputTokens = usage.outputTokens;
                               m_ex->log.costUsd = run.costUsd;
                               m_ex->log.costKnown = run.costKnown;
                               if (completedAsClientGone())
                                   return;
                               if (status != RunStatus::Succeeded) {
                                   const ApiError error = runError(name, run, steps);
                                   if (!m_ex->stream) {
                                       sendError(error);
                                       return;
                                   }
                                   m_ex->log.error = error.message;
                                   onEvent(StreamEvent::errorEvent(error));
                                   releaseHeldEnd(); // each step's row was on disk before the run ended
                                   endStream();
                                   return;
                               }
                               const QString text = workflow::outputText(run.output);
                               if (!m_ex->stream) {
                                   protocol::ChatResponse response;
                                   response.id = runId;
                                   response.model = model;
                                   response.message = protocol::Message::make(protocol::Role::Assistant, text);
                                   response.usage = usage;
                                   response.created = QDateTime::currentSecsSinceEpoch();
                                   sendJson(200, m_worker.codec(m_ex->dialect).encodeResponse(response));
                                   return;
                               }
                               if (!text.isEmpty())
                                   onEvent(StreamEvent::textDelta(text));
                               onEvent(StreamEvent::usageEvent(usage));
                               onEvent(StreamEvent::finish(protocol::FinishReason::Stop));
                               releaseHeldEnd();
                               endStream();
                           });
}

} // namespace sb::proxy::detail
