#include "pages/compare/livepanel.h"

#include "compare/session.h"
#include "knowledge/pdftext.h"
#include "pages/compare/comparepane.h"
#include "widgets/sendkey.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>

namespace sb::ui {

using compare::AnswerStats;
using compare::CompareSession;
using PaneState = compare::CompareSession::PaneState;

namespace {

bool isRunning(PaneState s)
{
    return s == PaneState::Waiting || s == PaneState::Streaming;
}

} // namespace

LivePanel::LivePanel(compare::CompareSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    auto *tab = this;
    auto *v = new QVBoxLayout(tab);
    m_system = new QLineEdit(tab);
    m_system->setObjectName(QStringLiteral("systemPrompt"));
    m_system->setPlaceholderText(tr("System prompt, shared by every pane (optional)"));
    connect(m_system, &QLineEdit::textChanged, this, &LivePanel::systemPromptEdited);
    v->addWidget(m_system);

    m_paneArea = new QWidget(tab);
    m_paneGrid = new QGridLayout(m_paneArea);
    m_paneGrid->setContentsMargins(0, 0, 0, 0);
    m_paneGrid->setSpacing(6);
    v->addWidget(m_paneArea, 1);

    m_voteBar = new QWidget(tab);
    m_voteBar->setObjectName(QStringLiteral("voteBar"));
    auto *voteLayout = new QHBoxLayout(m_voteBar);
    voteLayout->setContentsMargins(0, 0, 0, 0);
    m_voteLabel = new QLabel(tr("Your vote:"), m_voteBar);
    voteLayout->addWidget(m_voteLabel);
    voteLayout->addStretch(1);
    m_voteBar->hide();
    v->addWidget(m_voteBar);

    auto *attachRow = new QHBoxLayout;
    m_attachLabel = new QLabel(tab);
    m_attachLabel->setObjectName(QStringLiteral("attachments"));
    m_attachLabel->setWordWrap(true);
    m_clearAttachments = new QPushButton(tr("Remove attachments"), tab);
    m_clearAttachments->setFlat(true);
    connect(m_clearAttachments, &QPushButton::clicked, this, &LivePanel::clearAttachments);
    attachRow->addWidget(m_attachLabel, 1);
    attachRow->addWidget(m_clearAttachments);
    m_attachLabel->hide();
    m_clearAttachments->hide();
    v->addLayout(attachRow);

    auto *composerRow = new QHBoxLayout;
    m_composer = new QPlainTextEdit(tab);
    m_composer->setObjectName(QStringLiteral("composer"));
    m_composer->setFixedHeight(80);
    m_composer->installEventFilter(this);
    composerRow->addWidget(m_composer, 1);
    auto *buttons = new QVBoxLayout;
    m_run = new QPushButton(tr("Send to all"), tab);
    m_run->setObjectName(QStringLiteral("run"));
    m_run->setDefault(true);
    m_stopAll = new QPushButton(tr("Stop all"), tab);
    m_stopAll->setObjectName(QStringLiteral("stopAll"));
    m_stopAll->setToolTip(tr("Esc"));
    connect(m_run, &QPushButton::clicked, this, &LivePanel::runRequested);
    connect(m_stopAll, &QPushButton::clicked, this, &LivePanel::stopAllRequested);
    m_attach = new QPushButton(tr("Attach PDF…"), tab);
    m_attach->setObjectName(QStringLiteral("attach"));
    m_attach->setToolTip(tr("A PDF for every model: as a document to those that read PDFs, as its extracted text to the others"));
    connect(m_attach, &QPushButton::clicked, this, &LivePanel::attachRequested);
    buttons->addWidget(m_run);
    buttons->addWidget(m_stopAll);
    buttons->addWidget(m_attach);
    buttons->addStretch(1);
    composerRow->addLayout(buttons);
    v->addLayout(composerRow);
    setCtrlEnterSends(m_ctrlEnterSends); // the placeholder and the tooltip name the key
    m_status = new QLabel(tab);
    m_status->setObjectName(QStringLiteral("compareStatus"));
    m_status->setWordWrap(true);
    v->addWidget(m_status);

    m_ticker.setInterval(200);
    connect(&m_ticker, &QTimer::timeout, this, &LivePanel::refreshPanes);
    connect(&m_session, &CompareSession::panesReset, this, &LivePanel::rebuildPanes);
    connect(&m_session, &CompareSession::paneText, this, [this](int pane, const QString &delta) {
        if (ComparePane *p = paneFor(pane))
            p->appendAnswer(delta);
    });
    connect(&m_session, &CompareSession::paneReasoning, this, [this](int pane, const QString &delta) {
        if (ComparePane *p = paneFor(pane))
            p->appendReasoning(delta);
    });
    connect(&m_session, &CompareSession::paneChanged, this, &LivePanel::refreshPane);
}

void LivePanel::rebuildPanes()
{
    qDeleteAll(m_panes);
    m_panes.clear();
    const QList<int> order = m_session.displayOrder();
    const int n = int(order.size());
    const int columns = n <= 3 ? std::max(1, n) : (n + 1) / 2;
    for (int position = 0; position < n; ++position) {
        auto *pane = new ComparePane(order.at(position), m_paneArea);
        connect(pane, &ComparePane::stopRequested, this, [this](int p) { m_session.stop(p); });
        m_paneGrid->addWidget(pane, position / columns, position % columns);
        m_panes << pane;
        pane->setTranscript(m_session.transcript(order.at(position)), m_session.transcriptSources(order.at(position)));
    }
    for (int c = 0; c < 3; ++c)
        m_paneGrid->setColumnStretch(c, c < columns ? 1 : 0);
    if (!m_session.comparison().systemPrompt.isEmpty() || m_session.turns() > 0) {
        const QSignalBlocker block(m_system);
        m_system->setText(m_session.comparison().systemPrompt);
    }
    refreshPanes();
    refreshVoteBar();
    refreshControls();
}

void LivePanel::clearPanes()
{
    qDeleteAll(m_panes);
    m_panes.clear();
}

ComparePane *LivePanel::paneFor(int pane) const
{
    for (ComparePane *p : m_panes) {
        if (p->pane() == pane)
            return p;
    }
    return nullptr;
}

void LivePanel::refreshPane(int pane)
{
    ComparePane *p = paneFor(pane);
    if (!p)
        return;
    const PaneState state = m_session.state(pane);
    QString stateText;
    switch (state) {
    case PaneState::Idle: break;
    case PaneState::Waiting: stateText = tr("waiting…"); break;
    case PaneState::Streaming: stateText = tr("streaming…"); break;
    case PaneState::Done: stateText = tr("done"); break;
    case PaneState::Stopped: stateText = tr("stopped"); break;
    case PaneState::Failed: stateText = tr("failed"); break;
    }
    p->setTitle(m_session.label(pane));
    p->setState(stateText, isRunning(state));
    if (const auto pdf = m_session.pdfDelivery(pane); !pdf)
        p->setPdfNote(QString());
    else if (pdf->how == knowledge::PdfDelivery::How::AsIs)
        p->setPdfNote(tr("PDF sent as a document, with its layout and images"));
    else
        p->setPdfNote(tr("PDF sent as its extracted text: this model reads no PDFs, or not this one"), pdf->why);
    if (state == PaneState::Idle)
        p->setStats(AnswerStats{}, false, 0);
    else {
        const AnswerStats stats = m_session.answerStats(pane);
        const bool hidden = m_session.comparison().blind && !m_session.revealed();
        const QString by = !hidden && !isRunning(state) && !stats.provider.isEmpty() && stats.model != m_session.model(pane) ? stats.model
                                                                                                                             : QString();
        p->setStats(stats, !isRunning(state), m_runClock.isValid() ? m_runClock.elapsed() : 0, by);
        if (!isRunning(state))
            p->finishAnswer(stats.status);
    }
    // "Fastest" by total time alone hid a pane whose first token came much earlier: both are shown
    const int fastest = m_session.fastestPane();
    const int firstToken = m_session.firstTokenPane();
    const int cheapest = m_session.cheapestPane();
    for (ComparePane *other : std::as_const(m_panes))
        other->setBadges(other->pane() == fastest, other->pane() == firstToken && firstToken != fastest, other->pane() == cheapest);
}

void LivePanel::refreshPanes()
{
    for (int i = 0; i < m_session.paneCount(); ++i)
        refreshPane(i);
}

void LivePanel::refreshVoteBar()
{
    qDeleteAll(m_voteButtons);
    m_voteButtons.clear();
    const bool show = m_session.canVote();
    m_voteBar->setVisible(show);
    if (!show)
        return;
    auto *layout = qobject_cast<QHBoxLayout *>(m_voteBar->layout());
    auto add = [&](const QString &text, int best, compare::VoteOutcome outcome) {
        auto *b = new QPushButton(text, m_voteBar);
        connect(b, &QPushButton::clicked, this, [this, best, outcome] { Q_EMIT voteRequested(best, outcome); });
        layout->insertWidget(layout->count() - 1, b);
        m_voteButtons << b;
    };
    const QList<int> order = m_session.displayOrder();
    if (order.size() == 2) {
        add(tr("A is better"), -1, compare::VoteOutcome::AWins);
        add(tr("B is better"), -1, compare::VoteOutcome::BWins);
        add(tr("Tie"), -1, compare::VoteOutcome::Tie);
        add(tr("Both are bad"), -1, compare::VoteOutcome::BothBad);
        return;
    }
    for (int position = 0; position < order.size(); ++position)
        add(tr("%1 is best").arg(QChar(u'A' + char16_t(position))), order.at(position), compare::VoteOutcome::AWins);
    add(tr("Tie"), -1, compare::VoteOutcome::Tie);
    add(tr("All are bad"), -1, compare::VoteOutcome::BothBad);
}

void LivePanel::refreshControls()
{
    const bool running = m_session.isRunning();
    m_run->setEnabled(!running && m_session.paneCount() >= CompareSession::kMinPanes);
    m_stopAll->setEnabled(running);
    m_attach->setEnabled(!running);
}

bool LivePanel::voteBarVisible() const
{
    return !m_voteBar->isHidden();
}

void LivePanel::beginTurn()
{
    m_composer->clear();
    clearAttachments();
    m_runClock.start();
    for (int i = 0; i < m_session.paneCount(); ++i) {
        if (ComparePane *p = paneFor(i)) {
            p->setTranscript(m_session.transcript(i), m_session.transcriptSources(i));
            p->beginAnswer();
        }
    }
    m_ticker.start();
    refreshPanes();
    refreshVoteBar();
    refreshControls();
}

void LivePanel::finishTurn()
{
    m_ticker.stop();
    refreshPanes();
    refreshVoteBar();
    refreshControls();
}

QString LivePanel::systemPrompt() const
{
    return m_system->text();
}

void LivePanel::setSystemPrompt(const QString &system)
{
    const QSignalBlocker block(m_system);
    m_system->setText(system);
}

QString LivePanel::prompt() const
{
    return m_composer->toPlainText();
}

void LivePanel::setPrompt(const QString &prompt)
{
    m_composer->setPlainText(prompt);
}

void LivePanel::clearPrompt()
{
    m_composer->clear();
}

void LivePanel::addAttachment(const protocol::ContentPart &part)
{
    m_attachments << part;
    m_attachLabel->setText(tr("Attached for every model: %1").arg(attachmentNames().join(QStringLiteral(", "))));
    m_attachLabel->show();
    m_clearAttachments->show();
}

QStringList LivePanel::attachmentNames() const
{
    QStringList names;
    for (const protocol::ContentPart &p : m_attachments)
        names << p.title;
    return names;
}

void LivePanel::clearAttachments()
{
    m_attachments.clear();
    m_attachLabel->hide();
    m_clearAttachments->hide();
}

void LivePanel::focusPrompt()
{
    m_composer->setFocus();
}

void LivePanel::setCtrlEnterSends(bool on)
{
    m_ctrlEnterSends = on;
    m_composer->setPlaceholderText(on ? tr("Prompt for every model. Ctrl+Enter sends, Esc stops all.")
                                      : tr("Prompt for every model. Enter sends, Shift+Enter starts a new line, Esc stops all."));
    m_run->setToolTip(on ? tr("Ctrl+Enter") : tr("Enter (Shift+Enter starts a new line)"));
}

bool LivePanel::eventFilter(QObject *watched, QEvent *event)
{
    // Ctrl+Enter is also the page's shortcut, which takes it before the prompt sees it
    if (watched == m_composer && event->type() == QEvent::KeyPress && isSendKey(static_cast<QKeyEvent *>(event), m_ctrlEnterSends)) {
        Q_EMIT runRequested();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void LivePanel::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #c03030;") : QString());
}

QString LivePanel::statusText() const
{
    return m_status->text();
}

} // namespace sb::ui
