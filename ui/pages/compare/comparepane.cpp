#include "pages/compare/comparepane.h"

#include "format.h"
#include "widgets/markdownview.h"
#include "widgets/messageview.h"
#include "widgets/sourcedialog.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace sb::ui {

ComparePane::ComparePane(int pane, QWidget *parent)
    : QFrame(parent)
    , m_pane(pane)
{
    setObjectName(QStringLiteral("comparePane%1").arg(pane));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(4);

    auto *header = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("paneTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // long model names must not widen six panes past the window: clipped, full name in the tooltip
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_title->setMinimumWidth(60);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("paneState"));
    m_state->setForegroundRole(QPalette::PlaceholderText);
    m_stop = new QPushButton(tr("Stop"), this);
    m_stop->setObjectName(QStringLiteral("paneStop"));
    m_stop->setToolTip(tr("Stop this model's answer; the others go on"));
    m_stop->setEnabled(false);
    connect(m_stop, &QPushButton::clicked, this, [this] { Q_EMIT stopRequested(m_pane); });
    m_fastestBadge = new QLabel(tr("Fastest"), this);
    m_fastestBadge->setToolTip(tr("Shortest total time"));
    m_firstTokenBadge = new QLabel(tr("First token"), this);
    m_firstTokenBadge->setToolTip(tr("Its first token came first, though another answer finished sooner"));
    m_cheapestBadge = new QLabel(tr("Cheapest"), this);
    m_fastestBadge->setObjectName(QStringLiteral("fastestBadge"));
    m_firstTokenBadge->setObjectName(QStringLiteral("firstTokenBadge"));
    m_cheapestBadge->setObjectName(QStringLiteral("cheapestBadge"));
    m_fastestBadge->setStyleSheet(QStringLiteral("background: #2e7d32; color: white; border-radius: 3px; padding: 1px 6px;"));
    m_firstTokenBadge->setStyleSheet(QStringLiteral("background: #00695c; color: white; border-radius: 3px; padding: 1px 6px;"));
    m_cheapestBadge->setStyleSheet(QStringLiteral("background: #1565c0; color: white; border-radius: 3px; padding: 1px 6px;"));
    for (QLabel *badge : {m_fastestBadge, m_firstTokenBadge, m_cheapestBadge}) {
        badge->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
        badge->hide();
    }
    header->addWidget(m_title, 1);
    header->addWidget(m_state);
    header->addWidget(m_stop);
    layout->addLayout(header);
    // the badges on a row of their own: beside the title, a pane with two of them in German made six
    // panes wider than a 1366 px screen
    auto *badges = new QHBoxLayout;
    badges->setContentsMargins(0, 0, 0, 0);
    badges->addWidget(m_fastestBadge);
    badges->addWidget(m_firstTokenBadge);
    badges->addWidget(m_cheapestBadge);
    badges->addStretch(1);
    layout->addLayout(badges);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("paneTranscript"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *transcript = new QWidget(m_scroll);
    m_transcriptLayout = new QVBoxLayout(transcript);
    m_transcriptLayout->setContentsMargins(0, 0, 0, 0);
    m_transcriptLayout->setSpacing(6);
    m_transcriptLayout->addStretch(1);
    m_scroll->setWidget(transcript);
    QScrollBar *bar = m_scroll->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this, [this, bar](int value) { m_follow = value >= bar->maximum() - 4; });
    connect(bar, &QScrollBar::rangeChanged, this, [this, bar](int, int max) {
        if (m_follow)
            bar->setValue(max);
    });
    layout->addWidget(m_scroll, 1);

    m_pdfNote = new QLabel(this);
    m_pdfNote->setObjectName(QStringLiteral("panePdfNote"));
    m_pdfNote->setWordWrap(true);
    m_pdfNote->setForegroundRole(QPalette::PlaceholderText);
    m_pdfNote->hide();
    layout->addWidget(m_pdfNote);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("paneError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c03030;"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    layout->addWidget(m_error);

    m_metrics = new QLabel(this);
    m_metrics->setObjectName(QStringLiteral("paneMetrics"));
    m_metrics->setWordWrap(true);
    m_metrics->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_metrics);
}

ComparePane::~ComparePane() = default;

void ComparePane::setTitle(const QString &title)
{
    m_title->setText(title);
    m_title->setToolTip(title);
}

QString ComparePane::title() const
{
    return m_title->text();
}

void ComparePane::setPdfNote(const QString &note, const QString &detail)
{
    m_pdfNote->setText(note);
    m_pdfNote->setToolTip(detail);
    m_pdfNote->setVisible(!note.isEmpty());
}

QString ComparePane::pdfNoteText() const
{
    return m_pdfNote->isHidden() ? QString() : m_pdfNote->text();
}

void ComparePane::setState(const QString &state, bool running)
{
    m_state->setText(state);
    m_stop->setEnabled(running);
}

QString ComparePane::stateText() const
{
    return m_state->text();
}

MessageView *ComparePane::addView()
{
    auto *view = new MessageView(m_scroll->widget());
    view->setBranchActionsVisible(false);
    connect(view, &MessageView::sourceRequested, this, [this, view](qint64, int number) {
        const QList<knowledge::Passage> &passages = view->sources().passages;
        if (number >= 1 && number <= passages.size())
            (new SourceDialog(number, passages.at(number - 1), this))->show();
    });
    m_transcriptLayout->insertWidget(m_transcriptLayout->count() - 1, view); // above the stretch
    m_views << view;
    return view;
}

void ComparePane::setTranscript(const QList<protocol::Message> &messages, const QList<knowledge::Context> &sources)
{
    qDeleteAll(m_views);
    m_views.clear();
    m_live = nullptr;
    m_follow = true;
    for (qsizetype i = 0; i < messages.size(); ++i) {
        chat::StoredMessage stored;
        stored.message = messages.at(i); // no id: no edit or regenerate; no model in the stats: none shown (blind panes)
        stored.stats.knowledge = sources.value(i);
        addView()->setMessage(stored);
    }
}

void ComparePane::beginAnswer()
{
    m_live = addView();
    m_live->beginAnswer(0, QString()); // no model name: the pane's title says it (or hides it)
    m_follow = true;
}

void ComparePane::setSources(const knowledge::Context &context)
{
    if (m_live) {
        m_live->setSearching(false);
        m_live->setSources(context);
    }
}

void ComparePane::setSearching(bool searching)
{
    if (m_live)
        m_live->setSearching(searching);
}

void ComparePane::appendAnswer(const QString &delta)
{
    if (m_live)
        m_live->appendText(delta);
}

void ComparePane::appendReasoning(const QString &delta)
{
    if (m_live)
        m_live->appendReasoning(delta);
}

void ComparePane::finishAnswer(compare::AnswerStats::Status status)
{
    if (!m_live)
        return;
    m_live->finishAnswer();
    chat::MessageStats stats; // the status only: the numbers are in the pane's own line
    switch (status) {
    case compare::AnswerStats::Status::Ok: stats.status = chat::MessageStats::Status::Ok; break;
    case compare::AnswerStats::Status::Stopped: stats.status = chat::MessageStats::Status::Stopped; break;
    case compare::AnswerStats::Status::Error: stats.status = chat::MessageStats::Status::Error; break;
    }
    stats.knowledge = m_live->sources();
    m_live->setStats(stats);
    m_live->setVisible(!m_live->text().isEmpty()); // a failure before any text: the pane's error says it
    m_live = nullptr;
}

QString ComparePane::conversationText() const
{
    QStringList parts;
    for (const MessageView *v : m_views) {
        if (v->text().isEmpty())
            continue;
        parts << (v->role() == protocol::Role::User ? tr("You: %1").arg(v->text()) : v->text());
    }
    return parts.join(QStringLiteral("\n\n"));
}

bool ComparePane::isRendering() const
{
    return std::any_of(m_views.begin(), m_views.end(), [](const MessageView *v) { return v->body()->isRendering(); });
}

void ComparePane::setStats(const compare::AnswerStats &s, bool finished, qint64 elapsedMs, const QString &answeredBy)
{
    QStringList parts;
    if (!answeredBy.isEmpty())
        parts << tr("by %1").arg(answeredBy);
    const bool noAnswer = finished && s.status != compare::AnswerStats::Status::Ok && s.inputTokens == 0 && s.outputTokens == 0;
    if (!noAnswer) {
        parts << (s.ttftMs ? tr("first token %1").arg(formatMs(*s.ttftMs)) : tr("first token –"));
        if (auto tps = s.tokensPerSecond(); tps && finished)
            parts << tr("%1 tok/s").arg(formatNumber(*tps, 1));
        parts << tr("%1 in / %2 out").arg(s.inputTokens).arg(s.outputTokens);
        if (finished)
            parts << formatCost(s.costUsd, s.costKnown);
    } else {
        parts << tr("no answer");
    }
    parts << (finished && s.latencyMs ? tr("total %1").arg(formatMs(*s.latencyMs)) : tr("%1 so far").arg(formatMs(elapsedMs)));
    m_metrics->setText(parts.join(QStringLiteral(" · ")));
    m_error->setText(s.error);
    m_error->setVisible(!s.error.isEmpty());
}

QString ComparePane::metricsText() const
{
    return m_metrics->text();
}

QString ComparePane::errorText() const
{
    return m_error->text();
}

void ComparePane::setBadges(bool fastest, bool firstToken, bool cheapest)
{
    m_fastest = fastest;
    m_firstToken = firstToken;
    m_cheapest = cheapest;
    m_fastestBadge->setVisible(fastest);
    m_firstTokenBadge->setVisible(firstToken);
    m_cheapestBadge->setVisible(cheapest);
}

} // namespace sb::ui
