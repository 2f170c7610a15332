#pragma once

#include "compare/comparestore.h"
#include "knowledge/context.h"
#include "protocol/types.h"

#include <QFrame>
#include <QList>
#include <QString>

class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace sb::ui {

class MessageView;

// One model's column on the Compare page: its name (or "Model A" when blind), state, the
// conversation with the streaming answer, and the answer's numbers. Prompts and answers are shared
// MessageViews (Markdown, highlighted code with copy links), as in the Playground; they never show a
// model name, so a blind pane gives nothing away.
class ComparePane final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparePane)

public:
    enum class Badge { None = 0, Fastest = 1, Cheapest = 2 };

    ComparePane(int pane, QWidget *parent = nullptr);
    ~ComparePane() override;

    int pane() const { return m_pane; }
    void setTitle(const QString &title);
    QString title() const;
    void setState(const QString &state, bool running);
    QString stateText() const;
    // The pane's conversation so far (replaces what is shown); sources: what each message was
    // answered from, index for index (its citations open those passages), or empty.
    void setTranscript(const QList<protocol::Message> &messages, const QList<knowledge::Context> &sources = {});
    // An answer starts streaming below the conversation.
    void beginAnswer();
    void appendAnswer(const QString &delta);
    void appendReasoning(const QString &delta); // shown collapsed
    // The turn's knowledge-base sources (the same in every pane): the answer's [n] link to them.
    void setSources(const knowledge::Context &context);
    void setSearching(bool searching);
    // The streaming answer ended (no-op when none streams); an empty one is not shown.
    void finishAnswer(compare::AnswerStats::Status status);
    // "You: prompt", answers, separated by blank lines (tests, copying).
    QString conversationText() const;
    QList<MessageView *> messageViews() const { return m_views; }
    // Whether a message still waits for the shared render queue.
    bool isRendering() const;
    // answeredBy: the provider/model that answered, when it is not the name on the pane (a virtual
    // model or a route); empty otherwise.
    void setStats(const compare::AnswerStats &stats, bool finished, qint64 elapsedMs, const QString &answeredBy = {});
    QString metricsText() const;
    QString errorText() const;
    // How the turn's PDF went to this model (as a document, or as its extracted text; `detail` the
    // router's reason, as a tooltip); empty hides the note.
    void setPdfNote(const QString &note, const QString &detail = {});
    QString pdfNoteText() const;
    // fastest = shortest total time; firstToken = earliest first token (shown only when another pane finished first)
    void setBadges(bool fastest, bool firstToken, bool cheapest);
    bool isFastest() const { return m_fastest; }
    bool isFirstToken() const { return m_firstToken; }
    bool isCheapest() const { return m_cheapest; }

Q_SIGNALS:
    void stopRequested(int pane);

private:
    MessageView *addView();

    int m_pane = 0;
    QLabel *m_title = nullptr;
    QLabel *m_state = nullptr;
    QPushButton *m_stop = nullptr;
    QScrollArea *m_scroll = nullptr;
    QVBoxLayout *m_transcriptLayout = nullptr;
    QList<MessageView *> m_views;
    MessageView *m_live = nullptr; // the answer streaming now
    bool m_follow = true; // keep the newest text in view
    QLabel *m_metrics = nullptr;
    QLabel *m_fastestBadge = nullptr;
    QLabel *m_firstTokenBadge = nullptr;
    QLabel *m_cheapestBadge = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_pdfNote = nullptr;
    bool m_fastest = false;
    bool m_firstToken = false;
    bool m_cheapest = false;
};

} // namespace sb::ui
