#pragma once

#include "compare/comparestore.h"
#include "protocol/types.h"
#include "router/router.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

namespace sb::compare {

// One routed answer of a comparison: starts a Router::dispatch, keeps the streamed text, and measures
// what the user saw: time to first token and latency from the send (retries and failover included).
class Answer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Answer)

public:
    Answer(router::Router &router, const protocol::ChatRequest &request, const router::DispatchContext &context, QObject *parent = nullptr);
    ~Answer() override;

    void cancel();
    bool isFinished() const { return m_finished; }
    const QString &text() const { return m_text; }
    // Live while streaming (tokens from usage events as they come), final after finished().
    const AnswerStats &stats() const { return m_stats; }

Q_SIGNALS:
    void textAdded(const QString &delta);
    void reasoningAdded(const QString &delta); // a reasoning model's thinking, streamed
    void statsChanged();
    void finished();

private:
    void onEvent(const protocol::StreamEvent &event);
    void onFinished(const router::DispatchResult &result);

    QPointer<router::Dispatch> m_dispatch;
    QElapsedTimer m_clock;
    QString m_text;
    AnswerStats m_stats;
    bool m_finished = false;
    bool m_cancelled = false;
};

} // namespace sb::compare
