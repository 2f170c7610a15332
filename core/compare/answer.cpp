#include "compare/answer.h"

namespace sb::compare {

Answer::Answer(router::Router &router, const protocol::ChatRequest &request, const router::DispatchContext &context, QObject *parent)
    : QObject(parent)
{
    m_stats.model = request.model;
    m_clock.start();
    m_dispatch = router.dispatch(request, context, this);
    connect(m_dispatch, &router::Dispatch::event, this, &Answer::onEvent);
    connect(m_dispatch, &router::Dispatch::finished, this, &Answer::onFinished);
}

Answer::~Answer()
{
    if (m_dispatch)
        m_dispatch->disconnect(this);
}

void Answer::cancel()
{
    if (m_finished || !m_dispatch)
        return;
    m_cancelled = true;
    m_dispatch->cancel();
}

void Answer::onEvent(const protocol::StreamEvent &e)
{
    using Type = protocol::StreamEvent::Type;
    const bool content = e.type == Type::TextDelta || e.type == Type::ReasoningDelta || e.type == Type::ToolCallStart;
    if (content && !m_stats.ttftMs) {
        m_stats.ttftMs = m_clock.elapsed();
        Q_EMIT statsChanged();
    }
    if (e.type == Type::TextDelta && !e.text.isEmpty()) {
        m_text += e.text;
        Q_EMIT textAdded(e.text);
    } else if (e.type == Type::ReasoningDelta && !e.text.isEmpty()) {
        Q_EMIT reasoningAdded(e.text);
    } else if (e.type == Type::ToolCallStart) {
        const QString line = QStringLiteral("\n[tool call %1]").arg(e.name);
        m_text += line;
        Q_EMIT textAdded(line);
    } else if (e.type == Type::Usage) {
        m_stats.inputTokens = e.usage.totalInputTokens();
        m_stats.outputTokens = e.usage.outputTokens;
        Q_EMIT statsChanged();
    }
}

void Answer::onFinished(const router::DispatchResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    const providers::CallOutcome &o = result.outcome;
    m_stats.latencyMs = m_clock.elapsed();
    m_stats.provider = result.provider;
    if (!result.model.isEmpty())
        m_stats.model = result.provider.isEmpty() ? result.model : result.provider + QLatin1Char('/') + result.model;
    m_stats.requestId = result.requestId;
    m_stats.inputTokens = o.response.usage.totalInputTokens();
    m_stats.outputTokens = o.response.usage.outputTokens;
    m_stats.costUsd = result.costUsd;
    m_stats.costKnown = result.costKnown;
    // a non-streamed answer, or text the stream did not deliver as deltas
    const QString full = o.response.message.text();
    if (m_text.isEmpty() && !full.isEmpty()) {
        if (!m_stats.ttftMs)
            m_stats.ttftMs = m_stats.latencyMs;
        m_text = full;
        Q_EMIT textAdded(full);
    }
    if (o.error) {
        const bool cancelled = m_cancelled || o.error->kind == protocol::ApiError::Kind::Cancelled;
        m_stats.status = cancelled ? AnswerStats::Status::Stopped : AnswerStats::Status::Error;
        m_stats.error = cancelled ? QString() : QStringLiteral("%1: %2").arg(protocol::toString(o.error->kind), o.error->message);
    }
    Q_EMIT statsChanged();
    Q_EMIT finished();
}

} // namespace sb::compare
