#pragma once

#include "compare/comparestore.h"
#include "protocol/types.h"

#include <QElapsedTimer>
#include <QList>
#include <QTimer>
#include <QWidget>

class QGridLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace sb::compare {
class CompareSession;
}

namespace sb::ui {

class ComparePane;

// Compare's "Side by side" tab: the shared system prompt, one pane per model (streaming, its numbers
// and badges, refreshed while answers run), the vote bar of a blind comparison, the prompt with Send
// to all / Stop all, and the status line. It shows the session; the page decides what runs.
class LivePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LivePanel)

public:
    explicit LivePanel(compare::CompareSession &session, QWidget *parent = nullptr);

    QString systemPrompt() const;
    void setSystemPrompt(const QString &system); // without telling the session (it is its own)
    QString prompt() const;
    void setPrompt(const QString &prompt);
    void clearPrompt();
    void focusPrompt();
    // The Settings' send key (widgets/sendkey.h); until told, Ctrl+Enter sends.
    void setCtrlEnterSends(bool on);
    bool ctrlEnterSends() const { return m_ctrlEnterSends; }
    // Files sent with the next prompt to every pane (PDFs), cleared when it goes.
    void addAttachment(const protocol::ContentPart &part);
    QList<protocol::ContentPart> attachments() const { return m_attachments; }
    QStringList attachmentNames() const;
    void clearAttachments();

    QList<ComparePane *> panes() const { return m_panes; }
    ComparePane *paneFor(int pane) const;
    void rebuildPanes(); // one per model of the session, in its display order
    void clearPanes(); // too few models chosen: none
    void refreshPanes();
    void refreshVoteBar();
    void refreshControls();
    bool voteBarVisible() const;

    void beginTurn(); // the prompt went out: each pane shows it and waits for its answer
    void finishTurn(); // every answer is in

    void setStatus(const QString &text, bool error = false);
    QString statusText() const;

Q_SIGNALS:
    void runRequested();
    void stopAllRequested();
    void attachRequested();
    void systemPromptEdited(const QString &system);
    void voteRequested(int best, compare::VoteOutcome outcome);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refreshPane(int pane);

    compare::CompareSession &m_session;
    QLineEdit *m_system = nullptr;
    QWidget *m_paneArea = nullptr;
    QGridLayout *m_paneGrid = nullptr;
    QList<ComparePane *> m_panes;
    QWidget *m_voteBar = nullptr;
    QLabel *m_voteLabel = nullptr;
    QList<QPushButton *> m_voteButtons;
    QPlainTextEdit *m_composer = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_stopAll = nullptr;
    QPushButton *m_attach = nullptr;
    QLabel *m_attachLabel = nullptr;
    QPushButton *m_clearAttachments = nullptr;
    QList<protocol::ContentPart> m_attachments;
    QLabel *m_status = nullptr;
    QTimer m_ticker; // the panes' clocks while answers run
    QElapsedTimer m_runClock;
    bool m_ctrlEnterSends = true;
};

} // namespace sb::ui
