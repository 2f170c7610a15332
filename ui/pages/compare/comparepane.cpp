#include "pages/compare/comparepane.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTextCursor>
#include <QVBoxLayout>

namespace sb::ui {

QString formatCost(double usd)
{
    if (usd <= 0)
        return QStringLiteral("$0");
    if (usd >= 0.01)
        return QStringLiteral("$%1").arg(usd, 0, 'f', 4);
    return QStringLiteral("$%1").arg(usd, 0, 'f', 6);
}

QString formatMs(qint64 ms)
{
    if (ms < 1000)
        return QCoreApplication::translate("sb::ui::ComparePane", "%1 ms").arg(ms);
    return QCoreApplication::translate("sb::ui::ComparePane", "%1 s").arg(double(ms) / 1000.0, 0, 'f', 2);
}

PlainAnswerView::PlainAnswerView(QWidget *parent)
    : m_edit(new QPlainTextEdit(parent))
{
    m_edit->setReadOnly(true);
    m_edit->setObjectName(QStringLiteral("answerView"));
    m_edit->setFrameShape(QFrame::NoFrame);
}

QWidget *PlainAnswerView::widget()
{
    return m_edit;
}

void PlainAnswerView::setContent(const QString &text)
{
    m_edit->setPlainText(text);
    m_edit->verticalScrollBar()->setValue(m_edit->verticalScrollBar()->maximum());
}

void PlainAnswerView::appendText(const QString &delta)
{
    QScrollBar *bar = m_edit->verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum() - 4;
    QTextCursor c(m_edit->document());
    c.movePosition(QTextCursor::End);
    c.insertText(delta);
    if (atEnd)
        bar->setValue(bar->maximum());
}

QString PlainAnswerView::content() const
{
    return m_edit->toPlainText();
}

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
    m_cheapestBadge = new QLabel(tr("Cheapest"), this);
    m_fastestBadge->setObjectName(QStringLiteral("fastestBadge"));
    m_cheapestBadge->setObjectName(QStringLiteral("cheapestBadge"));
    m_fastestBadge->setStyleSheet(QStringLiteral("background: #2e7d32; color: white; border-radius: 3px; padding: 1px 6px;"));
    m_cheapestBadge->setStyleSheet(QStringLiteral("background: #1565c0; color: white; border-radius: 3px; padding: 1px 6px;"));
    for (QLabel *badge : {m_fastestBadge, m_cheapestBadge}) {
        badge->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
        badge->hide();
    }
    header->addWidget(m_title, 1);
    header->addWidget(m_fastestBadge);
    header->addWidget(m_cheapestBadge);
    header->addWidget(m_state);
    header->addWidget(m_stop);
    layout->addLayout(header);

    m_view = std::make_unique<PlainAnswerView>(this);
    layout->addWidget(m_view->widget(), 1);

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

void ComparePane::setState(const QString &state, bool running)
{
    m_state->setText(state);
    m_stop->setEnabled(running);
}

QString ComparePane::stateText() const
{
    return m_state->text();
}

void ComparePane::setConversation(const QString &text)
{
    m_view->setContent(text);
}

void ComparePane::appendAnswer(const QString &delta)
{
    m_view->appendText(delta);
}

QString ComparePane::conversationText() const
{
    return m_view->content();
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
            parts << tr("%1 tok/s").arg(*tps, 0, 'f', 1);
        parts << tr("%1 in / %2 out").arg(s.inputTokens).arg(s.outputTokens);
        if (finished)
            parts << (s.costUsd > 0 ? formatCost(s.costUsd) : tr("cost unknown"));
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

void ComparePane::setBadges(bool fastest, bool cheapest)
{
    m_fastest = fastest;
    m_cheapest = cheapest;
    m_fastestBadge->setVisible(fastest);
    m_cheapestBadge->setVisible(cheapest);
}

} // namespace sb::ui
