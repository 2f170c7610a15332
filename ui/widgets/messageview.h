#pragma once

#include "chat/conversationstore.h"
#include "protocol/types.h"

#include <QFrame>
#include <QMap>

class QLabel;
class QPushButton;
class QTextBrowser;
class QToolButton;

namespace sb::ui {

class MarkdownView;

// What the user can do about an error, shown as a button beside it.
enum class ErrorAction {
    None,
    OpenProviders, // a bad or missing key, an unknown model: fix the provider
    OpenUsage, // a Switchboard budget stopped the call
    Retry, // rate limits, overload, timeouts, network trouble
};

struct ErrorAdvice {
    QString text; // what happened and what to do
    ErrorAction action = ErrorAction::None;
};
ErrorAdvice adviceFor(const protocol::ApiError &error);
// MessageStats::error is stored as "[kind] message"; these two write and read that form.
QString storedError(const protocol::ApiError &error);
std::optional<protocol::ApiError> parseStoredError(const QString &stored);

// "openai/gpt-4o · TTFT 120 ms · 45 tok/s · 12 in, 9 out · $0.000120"
QString statsLine(const chat::MessageStats &stats);

// One message of a transcript: who, the Markdown body (streamed or whole), reasoning collapsed, tool
// calls, the stats of an answer, an inline error with what to do, and actions (copy, edit, regenerate,
// routing trace, previous/next branch). Used by the Playground and the Compare page.
class MessageView final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageView)

public:
    explicit MessageView(QWidget *parent = nullptr);
    ~MessageView() override;

    // Whole message (from the store).
    void setMessage(const chat::StoredMessage &message);
    // An answer that is about to stream in.
    void beginAnswer(qint64 id, const QString &requestedModel);
    void appendText(const QString &text);
    void appendReasoning(const QString &text);
    void toolCallStarted(int index, const QString &name);
    void toolCallDelta(int index, const QString &arguments);
    // Renders what is pending now (coalesced per frame while streaming).
    void flush();
    // The answer ended: what is pending is rendered in the next frames.
    void finishAnswer();
    void setStats(const chat::MessageStats &stats);
    // Which version among its siblings this message is (0-based), of how many.
    void setBranch(int index, int count);
    void setError(const ErrorAdvice &advice);
    // Hide the actions that make no sense elsewhere (the Compare page has no branches).
    void setBranchActionsVisible(bool visible);
    // Edit, regenerate and branch switching are off while another answer streams.
    void setActionsEnabled(bool enabled);
    // The knowledge-base sources the answer was given: its [n] become links, the numbered list
    // shows under it, the search's notes in small print. An empty context with no notes hides them.
    void setSources(const knowledge::Context &context);
    const knowledge::Context &sources() const { return m_sources; }
    // The answer waits for the knowledge search (before it streams).
    void setSearching(bool searching);

    qint64 messageId() const { return m_id; }
    protocol::Role role() const { return m_role; }
    QString text() const;
    QString reasoning() const { return m_reasoning; }
    QString statsText() const;
    QString errorText() const;
    QString toolCallsText() const;
    QString sourcesText() const; // the list as shown, plain text; empty when hidden
    QString notesText() const;
    bool isStopped() const { return m_stats.status == chat::MessageStats::Status::Stopped; }
    MarkdownView *body() const { return m_body; }
    void copyToClipboard() const;

Q_SIGNALS:
    void regenerateRequested(qint64 id);
    void editRequested(qint64 id);
    void siblingRequested(qint64 id, int offset);
    void traceRequested(qint64 id);
    // A citation or an entry of the sources list was clicked: source `number` (from 1).
    void sourceRequested(qint64 id, int number);
    void errorActionRequested(qint64 id, sb::ui::ErrorAction action);
    void copied();

protected:
    void changeEvent(QEvent *event) override;

private:
    void colorErrorBox();
    void setRole(protocol::Role role);
    void updateToolCalls();
    void updateFooter();
    void setReasoningVisible(bool visible);

    qint64 m_id = 0;
    protocol::Role m_role = protocol::Role::User;
    chat::MessageStats m_stats;
    QString m_requestedModel;
    QString m_reasoning;
    bool m_reasoningDirty = false;
    struct Tool {
        QString name;
        QString arguments;
    };
    QMap<int, Tool> m_tools;
    int m_siblingIndex = 0;
    int m_siblingCount = 1;
    bool m_branchActions = true;
    bool m_streaming = false;
    bool m_searching = false;
    knowledge::Context m_sources;

    QLabel *m_who = nullptr;
    QToolButton *m_reasoningToggle = nullptr;
    QTextBrowser *m_reasoningView = nullptr;
    MarkdownView *m_body = nullptr;
    QLabel *m_toolCalls = nullptr;
    QLabel *m_sourcesLabel = nullptr;
    QLabel *m_notesLabel = nullptr;
    QFrame *m_errorBox = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_errorButton = nullptr;
    ErrorAction m_errorAction = ErrorAction::None;
    QLabel *m_stopped = nullptr;
    QLabel *m_statsLabel = nullptr;
    QToolButton *m_prev = nullptr;
    QLabel *m_branch = nullptr;
    QToolButton *m_next = nullptr;
    QToolButton *m_copy = nullptr;
    QToolButton *m_edit = nullptr;
    QToolButton *m_regenerate = nullptr;
    QToolButton *m_trace = nullptr;
};

} // namespace sb::ui
