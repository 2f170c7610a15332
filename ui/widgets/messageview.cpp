#include "widgets/messageview.h"

#include "format.h"
#include "providers/advice.h"
#include "widgets/codehighlight.h"
#include "widgets/markdownview.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <cmath>

namespace sb::ui {

using protocol::ApiError;
using Kind = protocol::ApiError::Kind;

ErrorAdvice adviceFor(const ApiError &error)
{
    const providers::Advice advice = providers::adviceFor(error);
    switch (advice.remedy) {
    case providers::Remedy::FixProvider: return {advice.text, ErrorAction::OpenProviders};
    case providers::Remedy::OpenUsage: return {advice.text, ErrorAction::OpenUsage};
    case providers::Remedy::Retry: return {advice.text, ErrorAction::Retry};
    case providers::Remedy::None: break;
    }
    return {advice.text, ErrorAction::None};
}

QString storedError(const ApiError &error)
{
    return QStringLiteral("[%1] %2").arg(protocol::toString(error.kind), error.message);
}

std::optional<ApiError> parseStoredError(const QString &stored)
{
    static const QRegularExpression re(QStringLiteral(R"(^\[([a-z_]+)\] (.*)$)"), QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = re.match(stored);
    if (!m.hasMatch())
        return std::nullopt;
    const auto kind = protocol::apiErrorKindFromString(m.capturedView(1));
    if (!kind)
        return std::nullopt;
    return ApiError::make(*kind, m.captured(2));
}

QString statsLine(const chat::MessageStats &s)
{
    QStringList parts;
    if (!s.provider.isEmpty() || !s.model.isEmpty())
        parts << (s.provider.isEmpty() ? s.model : s.provider + QLatin1Char('/') + s.model);
    if (s.attempts > 1) // the failover, on the answer itself
        parts << MessageView::tr("after %n failed attempt(s)", nullptr, s.attempts - 1);
    if (s.ttftMs)
        parts << MessageView::tr("TTFT %1 ms").arg(*s.ttftMs);
    if (const auto tps = s.tokensPerSecond())
        parts << MessageView::tr("%1 tok/s").arg(formatNumber(*tps, 1));
    if (s.inputTokens || s.outputTokens)
        parts << MessageView::tr("%1 in, %2 out").arg(s.inputTokens).arg(s.outputTokens);
    if (!s.provider.isEmpty() || s.costUsd > 0)
        parts << formatCost(s.costUsd, s.costKnown);
    return parts.join(QStringLiteral(" · "));
}

namespace {

QToolButton *actionButton(const QString &text, const QString &tip, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(tip);
    b->setAutoRaise(true);
    b->setFocusPolicy(Qt::TabFocus);
    return b;
}

} // namespace

MessageView::MessageView(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("message"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 4);
    layout->setSpacing(2);

    m_who = new QLabel(this);
    QFont bold = m_who->font();
    bold.setBold(true);
    m_who->setFont(bold);
    layout->addWidget(m_who);

    m_reasoningToggle = new QToolButton(this);
    m_reasoningToggle->setCheckable(true);
    m_reasoningToggle->setAutoRaise(true);
    m_reasoningToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_reasoningToggle->setArrowType(Qt::RightArrow);
    m_reasoningToggle->setText(tr("Show reasoning"));
    m_reasoningToggle->hide();
    layout->addWidget(m_reasoningToggle);
    m_reasoningView = new QTextBrowser(this);
    m_reasoningView->setFrameShape(QFrame::NoFrame);
    m_reasoningView->setForegroundRole(QPalette::PlaceholderText);
    m_reasoningView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QFont reasoningFont = m_reasoningView->font();
    reasoningFont.setItalic(true);
    m_reasoningView->setFont(reasoningFont);
    // as tall as its text, up to a few lines (then it scrolls)
    connect(m_reasoningView->document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, m_reasoningView,
            [this](const QSizeF &size) {
                m_reasoningView->setFixedHeight(std::min(180, int(std::ceil(size.height())) + 2 * m_reasoningView->frameWidth() + 2));
            });
    m_reasoningView->hide();
    layout->addWidget(m_reasoningView);
    connect(m_reasoningToggle, &QToolButton::toggled, this, &MessageView::setReasoningVisible);

    m_body = new MarkdownView(this);
    layout->addWidget(m_body);

    m_toolCalls = new QLabel(this);
    m_toolCalls->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_toolCalls->setWordWrap(true);
    m_toolCalls->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_toolCalls->hide();
    layout->addWidget(m_toolCalls);

    m_sourcesLabel = new QLabel(this);
    m_sourcesLabel->setObjectName(QStringLiteral("sources"));
    m_sourcesLabel->setWordWrap(true);
    m_sourcesLabel->setTextFormat(Qt::RichText);
    m_sourcesLabel->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard | Qt::TextSelectableByMouse);
    m_sourcesLabel->hide();
    layout->addWidget(m_sourcesLabel);
    connect(m_sourcesLabel, &QLabel::linkActivated, this, [this](const QString &link) {
        const QUrl url(link);
        if (url.scheme() == QLatin1String("cite"))
            Q_EMIT sourceRequested(m_id, url.path().toInt());
    });
    connect(m_body, &MarkdownView::citationClicked, this, [this](int number) { Q_EMIT sourceRequested(m_id, number); });
    m_notesLabel = new QLabel(this);
    m_notesLabel->setObjectName(QStringLiteral("knowledgeNotes"));
    m_notesLabel->setWordWrap(true);
    m_notesLabel->setForegroundRole(QPalette::PlaceholderText);
    QFont small = m_notesLabel->font();
    if (small.pointSizeF() > 0)
        small.setPointSizeF(small.pointSizeF() * 0.9);
    m_notesLabel->setFont(small);
    m_notesLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notesLabel->hide();
    layout->addWidget(m_notesLabel);

    m_errorBox = new QFrame(this);
    m_errorBox->setObjectName(QStringLiteral("errorBox"));
    auto *errorLayout = new QHBoxLayout(m_errorBox);
    errorLayout->setContentsMargins(6, 4, 6, 4);
    m_error = new QLabel(m_errorBox);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorButton = new QPushButton(m_errorBox);
    errorLayout->addWidget(m_error, 1);
    errorLayout->addWidget(m_errorButton);
    m_errorBox->hide();
    layout->addWidget(m_errorBox);
    connect(m_errorButton, &QPushButton::clicked, this, [this] { Q_EMIT errorActionRequested(m_id, m_errorAction); });

    auto *footer = new QHBoxLayout;
    footer->setSpacing(2);
    m_stopped = new QLabel(tr("Stopped"), this);
    m_stopped->setObjectName(QStringLiteral("stoppedMark"));
    m_stopped->setToolTip(tr("The answer was stopped before it ended; what arrived is kept."));
    QFont stoppedFont = m_stopped->font();
    stoppedFont.setBold(true);
    m_stopped->setFont(stoppedFont);
    QPalette stoppedPalette = m_stopped->palette();
    stoppedPalette.setColor(QPalette::WindowText, QColor(0xc2, 0x6a, 0x00));
    m_stopped->setPalette(stoppedPalette);
    m_stopped->hide();
    m_statsLabel = new QLabel(this);
    m_statsLabel->setForegroundRole(QPalette::PlaceholderText);
    m_statsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_prev = actionButton(QStringLiteral("‹"), tr("Previous version"), this);
    m_branch = new QLabel(this);
    m_next = actionButton(QStringLiteral("›"), tr("Next version"), this);
    m_copy = actionButton(tr("Copy"), tr("Copy the message as Markdown"), this);
    m_edit = actionButton(tr("Edit"), tr("Edit and resend (the original is kept as another version)"), this);
    m_regenerate = actionButton(tr("Regenerate"), tr("Answer again (the answer is kept as another version)"), this);
    m_trace = actionButton(tr("Routing"), tr("Why the router sent this call where it did"), this);
    footer->addWidget(m_stopped);
    footer->addWidget(m_statsLabel, 1);
    for (QWidget *w :
         {static_cast<QWidget *>(m_prev), static_cast<QWidget *>(m_branch), static_cast<QWidget *>(m_next), static_cast<QWidget *>(m_trace),
          static_cast<QWidget *>(m_edit), static_cast<QWidget *>(m_regenerate), static_cast<QWidget *>(m_copy)})
        footer->addWidget(w);
    layout->addLayout(footer);
    connect(m_prev, &QToolButton::clicked, this, [this] { Q_EMIT siblingRequested(m_id, -1); });
    connect(m_next, &QToolButton::clicked, this, [this] { Q_EMIT siblingRequested(m_id, +1); });
    connect(m_copy, &QToolButton::clicked, this, &MessageView::copyToClipboard);
    connect(m_edit, &QToolButton::clicked, this, [this] { Q_EMIT editRequested(m_id); });
    connect(m_regenerate, &QToolButton::clicked, this, [this] { Q_EMIT regenerateRequested(m_id); });
    connect(m_trace, &QToolButton::clicked, this, [this] { Q_EMIT traceRequested(m_id); });
    setRole(protocol::Role::User);
}

MessageView::~MessageView() = default;

void MessageView::setRole(protocol::Role role)
{
    m_role = role;
    setBackgroundRole(role == protocol::Role::User ? QPalette::AlternateBase : QPalette::Base);
    updateFooter();
}

void MessageView::setMessage(const chat::StoredMessage &message)
{
    m_id = message.id;
    m_siblingIndex = message.siblingIndex;
    m_siblingCount = message.siblingCount;
    m_stats = message.stats;
    m_tools.clear();
    m_reasoning.clear();
    setRole(message.message.role);
    QStringList attached;
    for (const protocol::ContentPart &p : message.message.content) {
        if (p.type == protocol::ContentPart::Type::Reasoning)
            m_reasoning += p.text;
        else if (p.type == protocol::ContentPart::Type::Image)
            attached << (p.title.isEmpty() ? tr("image (%1)").arg(p.mediaType) : p.title);
        else if (p.type == protocol::ContentPart::Type::Document)
            attached << (p.title.isEmpty() ? tr("document") : p.title);
    }
    int i = 0;
    for (const protocol::ToolCall &c : message.message.toolCalls)
        m_tools.insert(i++, Tool{c.name, c.arguments});
    m_reasoningDirty = true;
    m_body->setMarkdown(message.message.text());
    m_body->setVisible(!message.message.text().isEmpty());
    if (!attached.isEmpty() && m_tools.isEmpty()) {
        m_toolCalls->setText(tr("Attached: %1").arg(attached.join(QStringLiteral(", "))));
        m_toolCalls->show();
    } else {
        updateToolCalls();
    }
    if (m_stats.status == chat::MessageStats::Status::Error) {
        const auto e = parseStoredError(m_stats.error);
        setError(e ? adviceFor(*e) : ErrorAdvice{m_stats.error, ErrorAction::None});
    } else {
        m_errorBox->hide();
    }
    setReasoningVisible(m_reasoningToggle->isChecked());
    setSources(message.stats.knowledge);
    updateFooter();
}

void MessageView::setSources(const knowledge::Context &context)
{
    m_sources = context;
    m_body->setCitationCount(int(context.passages.size()));
    if (context.passages.isEmpty()) {
        m_sourcesLabel->hide();
    } else {
        QStringList lines;
        for (qsizetype i = 0; i < context.passages.size(); ++i)
            lines << QStringLiteral("[%1] <a href=\"cite:%1\">%2</a>")
                         .arg(i + 1)
                         .arg(knowledge::citationLabel(context.passages.at(i), knowledge::LabelFor::App).toHtmlEscaped());
        m_sourcesLabel->setText(QStringLiteral("<b>%1</b><br>%2").arg(tr("Sources").toHtmlEscaped(), lines.join(QStringLiteral("<br>"))));
        m_sourcesLabel->setToolTip(tr("Click a source to read the passage and open its file."));
        m_sourcesLabel->show();
    }
    QStringList notes;
    if (!context.collections.isEmpty() && context.passages.isEmpty())
        notes << tr("Nothing in %1 matched the question.").arg(context.collections.join(QStringLiteral(", ")));
    notes << context.notes;
    m_notesLabel->setText(notes.join(QStringLiteral(" · ")));
    m_notesLabel->setVisible(!notes.isEmpty());
}

void MessageView::setSearching(bool searching)
{
    m_searching = searching;
    updateFooter();
}

QString MessageView::sourcesText() const
{
    if (m_sourcesLabel->isHidden())
        return {};
    return knowledge::sourceList(m_sources, knowledge::LabelFor::App);
}

QString MessageView::notesText() const
{
    return m_notesLabel->isHidden() ? QString() : m_notesLabel->text();
}

void MessageView::beginAnswer(qint64 id, const QString &requestedModel)
{
    m_id = id;
    m_requestedModel = requestedModel;
    m_stats = {};
    m_siblingIndex = 0;
    m_siblingCount = 1;
    m_tools.clear();
    m_reasoning.clear();
    m_reasoningDirty = true;
    m_body->setMarkdown(QString());
    m_body->show();
    m_errorBox->hide();
    m_toolCalls->hide();
    setSources({});
    m_searching = false;
    m_streaming = true;
    setRole(protocol::Role::Assistant);
}

void MessageView::appendText(const QString &text)
{
    m_body->appendText(text);
}

void MessageView::appendReasoning(const QString &text)
{
    if (text.isEmpty())
        return;
    m_reasoning += text;
    m_reasoningDirty = true;
    if (m_reasoningToggle->isHidden())
        m_reasoningToggle->show();
    if (m_reasoningView->isVisible()) {
        QTextCursor c(m_reasoningView->document());
        c.movePosition(QTextCursor::End);
        c.insertText(text);
        m_reasoningDirty = false;
    }
}

void MessageView::toolCallStarted(int index, const QString &name)
{
    m_tools[index].name = name;
    updateToolCalls();
}

void MessageView::toolCallDelta(int index, const QString &arguments)
{
    m_tools[index].arguments += arguments;
    updateToolCalls();
}

void MessageView::flush()
{
    m_body->flush();
    setReasoningVisible(m_reasoningToggle->isChecked());
}

void MessageView::finishAnswer()
{
    m_body->finish();
    setReasoningVisible(m_reasoningToggle->isChecked());
}

void MessageView::setBranch(int index, int count)
{
    if (index == m_siblingIndex && count == m_siblingCount)
        return;
    m_siblingIndex = index;
    m_siblingCount = count;
    updateFooter();
}

void MessageView::setStats(const chat::MessageStats &stats)
{
    m_streaming = false;
    m_searching = false;
    m_stats = stats;
    if (!stats.knowledge.collections.isEmpty())
        setSources(stats.knowledge);
    updateFooter();
}

void MessageView::setError(const ErrorAdvice &advice)
{
    m_errorAction = advice.action;
    m_error->setText(advice.text);
    switch (advice.action) {
    case ErrorAction::OpenProviders: m_errorButton->setText(tr("Open Providers")); break;
    case ErrorAction::OpenUsage: m_errorButton->setText(tr("Open Usage")); break;
    case ErrorAction::Retry: m_errorButton->setText(tr("Retry")); break;
    case ErrorAction::None: break;
    }
    m_errorButton->setVisible(advice.action != ErrorAction::None);
    colorErrorBox();
    m_errorBox->show();
    m_body->setVisible(!m_body->markdown().isEmpty());
}

void MessageView::colorErrorBox()
{
    // red on the theme's light or dark background
    const bool dark = isDarkPalette(palette());
    QPalette p = palette();
    p.setColor(QPalette::Window, dark ? QColor(0x4a, 0x1f, 0x22) : QColor(0xfd, 0xec, 0xec));
    p.setColor(QPalette::WindowText, dark ? QColor(0xff, 0xd7, 0xd7) : QColor(0x8a, 0x1c, 0x1c));
    m_errorBox->setPalette(p);
    m_errorBox->setBackgroundRole(QPalette::Window);
    m_errorBox->setForegroundRole(QPalette::WindowText);
    m_errorBox->setAutoFillBackground(true);
}

void MessageView::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_errorBox->isHidden())
        colorErrorBox();
    if (event->type() == QEvent::PaletteChange && !m_sourcesLabel->isHidden()) {
        // a rich-text label colours its links when the text is set: set it again for the new theme
        const QString text = m_sourcesLabel->text();
        m_sourcesLabel->clear();
        m_sourcesLabel->setText(text);
    }
}

void MessageView::setActionsEnabled(bool enabled)
{
    for (QWidget *w : {static_cast<QWidget *>(m_prev), static_cast<QWidget *>(m_next), static_cast<QWidget *>(m_edit),
                       static_cast<QWidget *>(m_regenerate), static_cast<QWidget *>(m_errorButton)})
        w->setEnabled(enabled);
    if (enabled)
        updateFooter(); // prev/next follow the branch position
}

void MessageView::setBranchActionsVisible(bool visible)
{
    m_branchActions = visible;
    updateFooter();
}

QString MessageView::text() const
{
    return m_body->markdown();
}

QString MessageView::statsText() const
{
    return m_statsLabel->text();
}

QString MessageView::errorText() const
{
    return m_errorBox->isHidden() ? QString() : m_error->text();
}

QString MessageView::toolCallsText() const
{
    return m_toolCalls->isHidden() ? QString() : m_toolCalls->text();
}

void MessageView::copyToClipboard() const
{
    QApplication::clipboard()->setText(text());
    Q_EMIT const_cast<MessageView *>(this)->copied();
}

void MessageView::updateToolCalls()
{
    if (m_tools.isEmpty()) {
        m_toolCalls->hide();
        return;
    }
    QStringList lines;
    for (const Tool &t : std::as_const(m_tools))
        lines << tr("Tool call: %1(%2)").arg(t.name, t.arguments);
    m_toolCalls->setText(lines.join(QLatin1Char('\n')));
    m_toolCalls->show();
}

void MessageView::setReasoningVisible(bool visible)
{
    m_reasoningToggle->setVisible(!m_reasoning.isEmpty());
    m_reasoningToggle->setArrowType(visible ? Qt::DownArrow : Qt::RightArrow);
    m_reasoningToggle->setText(visible ? tr("Hide reasoning") : tr("Show reasoning"));
    if (visible && m_reasoningDirty) {
        m_reasoningView->setPlainText(m_reasoning);
        m_reasoningDirty = false;
    }
    m_reasoningView->setVisible(visible && !m_reasoning.isEmpty());
}

void MessageView::updateFooter()
{
    const bool assistant = m_role == protocol::Role::Assistant;
    if (assistant) {
        const QString model = m_stats.model.isEmpty() ? m_requestedModel : m_stats.provider + QLatin1Char('/') + m_stats.model;
        m_who->setText(model.isEmpty() || model == QLatin1String("/") ? tr("Assistant") : tr("Assistant · %1").arg(model));
    } else {
        m_who->setText(m_role == protocol::Role::Tool ? tr("Tool result") : tr("You"));
    }
    m_statsLabel->setText(!assistant        ? QString()
                              : m_streaming ? (m_searching ? tr("Searching the knowledge base…") : tr("Answering…"))
                                            : statsLine(m_stats));
    m_stopped->setVisible(m_stats.status == chat::MessageStats::Status::Stopped);
    const bool branches = m_branchActions && m_siblingCount > 1;
    m_prev->setVisible(branches);
    m_next->setVisible(branches);
    m_branch->setVisible(branches);
    m_prev->setEnabled(m_siblingIndex > 0);
    m_next->setEnabled(m_siblingIndex + 1 < m_siblingCount);
    m_branch->setText(QStringLiteral("%1/%2").arg(m_siblingIndex + 1).arg(m_siblingCount));
    m_edit->setVisible(m_branchActions && m_role == protocol::Role::User && m_id > 0);
    m_regenerate->setVisible(m_branchActions && assistant && m_id > 0 && !m_streaming);
    m_copy->setVisible(!m_streaming);
    m_trace->setVisible(assistant && !m_stats.requestId.isEmpty());
}

} // namespace sb::ui
