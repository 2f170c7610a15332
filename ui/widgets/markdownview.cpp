#include "widgets/markdownview.h"

#include "widgets/codehighlight.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QClipboard>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QElapsedTimer>
#include <QEvent>
#include <QFontDatabase>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTimer>

#include <cmath>
#include <optional>

namespace sb::ui {

namespace {

constexpr int kFrameMs = 16; // coalesce stream updates to about 60 renders a second
// Rendering time per frame, shared by every view (a transcript opened with many long messages, or a
// burst of a long answer at once, is rendered over several frames).
constexpr qint64 kBudgetNs = 8'000'000;
// A message this short is rendered at once by setMarkdown() (well under a millisecond).
constexpr qsizetype kImmediateChars = 2000;

// The views waiting to render, served in order once a frame within the shared budget (GUI thread only).
class RenderQueue final : public QObject
{
public:
    static RenderQueue &get()
    {
        static auto *queue = new RenderQueue(QCoreApplication::instance());
        return *queue;
    }
    void add(MarkdownView *view)
    {
        if (!m_views.contains(view))
            m_views.append(view);
        if (!m_timer.isActive())
            m_timer.start();
    }
    void remove(MarkdownView *view) { m_views.removeAll(view); }

private:
    explicit RenderQueue(QObject *parent)
        : QObject(parent)
    {
        m_timer.setSingleShot(true);
        m_timer.setInterval(kFrameMs);
        connect(&m_timer, &QTimer::timeout, this, &RenderQueue::tick);
    }
    void tick()
    {
        QElapsedTimer frame;
        frame.start();
        const QList<MarkdownView *> views = m_views;
        m_views.clear();
        for (MarkdownView *view : views) {
            const qint64 left = kBudgetNs - frame.nsecsElapsed();
            if (left <= 0 || !view->renderSlice(left))
                m_views.append(view); // more next frame
        }
        if (!m_views.isEmpty())
            m_timer.start();
    }
    QList<MarkdownView *> m_views;
    QTimer m_timer;
};

const QString kCopyScheme = QStringLiteral("copy-code");

// A fence line: up to three spaces, then ``` or ~~~ (at least three). Returns the fence (marker run)
// and the info string, or an empty fence when the line is not one.
struct Fence {
    QChar marker;
    qsizetype length = 0;
    QString info;
};

Fence fenceOf(QStringView line)
{
    qsizetype i = 0;
    while (i < line.size() && i < 3 && line[i] == QLatin1Char(' '))
        ++i;
    if (i >= line.size() || (line[i] != QLatin1Char('`') && line[i] != QLatin1Char('~')))
        return {};
    const QChar marker = line[i];
    qsizetype n = 0;
    while (i + n < line.size() && line[i + n] == marker)
        ++n;
    if (n < 3)
        return {};
    return Fence{marker, n, line.mid(i + n).trimmed().toString()};
}

bool closesFence(QStringView line, const Fence &open)
{
    const Fence f = fenceOf(line);
    return f.length >= open.length && f.marker == open.marker && f.info.isEmpty();
}

bool isBlank(QStringView line)
{
    return line.trimmed().isEmpty();
}

const QString kCiteScheme = QStringLiteral("cite");

// "[2]" -> "[\\[2\\]](cite:2)" for the numbers 1..count; others stay text. A bracket followed by "(" is a
// Markdown link already and is left alone; so is anything inside `code`.
QString linkCitations(const QString &markdown, int count)
{
    static const QRegularExpression bracket(QStringLiteral("`[^`\n]*`|\\[(\\d{1,3}(?:\\s*[,;]\\s*\\d{1,3})*)\\](?!\\()"));
    static const QRegularExpression number(QStringLiteral("\\d+"));
    QString out;
    qsizetype last = 0;
    for (auto m = bracket.globalMatch(markdown); m.hasNext();) {
        const QRegularExpressionMatch match = m.next();
        if (match.capturedLength(1) == 0)
            continue; // inline code
        QString linked;
        bool any = false;
        for (auto n = number.globalMatch(match.captured(1)); n.hasNext();) {
            const int value = n.next().captured().toInt();
            if (value >= 1 && value <= count) {
                linked += QStringLiteral("[\\[%1\\]](%2:%1)").arg(value).arg(kCiteScheme);
                any = true;
            } else {
                linked += QStringLiteral("\\[%1\\]").arg(value);
            }
        }
        if (!any)
            continue;
        out += QStringView(markdown).mid(last, match.capturedStart() - last);
        out += linked;
        last = match.capturedEnd();
    }
    if (last == 0)
        return markdown;
    out += QStringView(markdown).mid(last);
    return out;
}

} // namespace

namespace {
// the Settings' answer fonts (MarkdownView::setFonts); the GUI thread only
std::optional<QFont> s_textFont;
std::optional<QFont> s_codeFont;

// Inline `code` comes from the Markdown importer in the system's fixed-width font: the Settings' code
// font instead, in the text from..to.
void applyCodeFont(QTextDocument *document, int from, int to, const QFont &code)
{
    QList<std::pair<int, int>> spans; // collected first: merging a format splits fragments
    for (QTextBlock b = document->findBlock(from); b.isValid() && b.position() <= to; b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            if (const QTextFragment f = it.fragment(); f.isValid() && f.charFormat().fontFixedPitch())
                spans.append({f.position(), f.position() + f.length()});
        }
    }
    QTextCharFormat format;
    format.setFontFamilies(QStringList{code.family()});
    if (code.pointSizeF() > 0)
        format.setFontPointSize(code.pointSizeF());
    QTextCursor cursor(document);
    for (const auto &[start, end] : std::as_const(spans)) {
        cursor.setPosition(start);
        cursor.setPosition(end, QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(format);
    }
}
} // namespace

void MarkdownView::setFonts(const std::optional<QFont> &text, const std::optional<QFont> &code)
{
    s_textFont = text;
    s_codeFont = code;
    const QWidgetList widgets = QApplication::allWidgets();
    for (QWidget *w : widgets) {
        if (auto *view = qobject_cast<MarkdownView *>(w)) {
            view->applyTextFont();
            view->rerenderAll(); // the code font changes no widget font
        }
    }
}

QFont MarkdownView::codeFont()
{
    return s_codeFont ? *s_codeFont : QFontDatabase::systemFont(QFontDatabase::FixedFont);
}

void MarkdownView::applyTextFont()
{
    const bool italic = font().italic(); // a reasoning view keeps its italics
    QFont f = s_textFont ? *s_textFont : QFont(); // an empty font inherits the parent's again
    if (italic)
        f.setItalic(true);
    setFont(f);
}

MarkdownView::MarkdownView(QWidget *parent)
    : QTextBrowser(parent)
{
    if (s_textFont)
        setFont(*s_textFont);
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard | Qt::LinksAccessibleByMouse);
    viewport()->setAutoFillBackground(false);
    setAutoFillBackground(false);
    document()->setDocumentMargin(2);
    m_dark = isDarkPalette(palette());
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == kCopyScheme)
            copyCodeBlock(url.path().toInt());
        else if (url.scheme() == kCiteScheme)
            Q_EMIT citationClicked(url.path().toInt());
        else if (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
            QDesktopServices::openUrl(url); // web links only: never files or other schemes
    });
    connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this, &MarkdownView::fitHeight);
    fitHeight();
}

MarkdownView::~MarkdownView()
{
    RenderQueue::get().remove(this);
}

bool MarkdownView::renderSlice(qint64 budgetNs)
{
    render(budgetNs);
    return !isRendering();
}

void MarkdownView::setMarkdown(const QString &markdown)
{
    m_source = markdown;
    rerenderAll();
}

void MarkdownView::appendText(const QString &text)
{
    if (text.isEmpty())
        return;
    m_source += text;
    RenderQueue::get().add(this);
}

void MarkdownView::flush()
{
    RenderQueue::get().remove(this);
    render(-1);
}

void MarkdownView::finish()
{
    RenderQueue::get().add(this);
}

void MarkdownView::copyCodeBlock(int index)
{
    if (index < 0 || index >= m_code.size())
        return;
    QApplication::clipboard()->setText(m_code[index]);
    Q_EMIT codeCopied(index);
}

void MarkdownView::rerenderAll()
{
    document()->clear();
    document()->setDefaultFont(font());
    m_stableEnd = 0;
    m_docStable = 0;
    m_stableCodeBlocks = 0;
    m_rendered = -1;
    m_code.clear();
    // a short message at once (no blank frame); a long one over a few frames
    if (m_source.size() <= kImmediateChars)
        render(-1);
    else
        RenderQueue::get().add(this);
}

qsizetype MarkdownView::nextBoundary(qsizetype from) const
{
    // Only whole lines count; the scan starts outside any fence (boundaries never fall inside one).
    qsizetype pos = from;
    std::optional<Fence> open;
    while (pos < m_source.size()) {
        const qsizetype nl = m_source.indexOf(QLatin1Char('\n'), pos);
        if (nl < 0)
            break;
        const QStringView line = QStringView(m_source).mid(pos, nl - pos);
        pos = nl + 1;
        if (open) {
            if (closesFence(line, *open))
                return pos;
        } else if (const Fence f = fenceOf(line); f.length > 0) {
            open = f;
        } else if (isBlank(line)) {
            return pos;
        }
    }
    return from;
}

void MarkdownView::render(qint64 budgetNs)
{
    if (m_rendered == m_source.size())
        return;
    QElapsedTimer timer;
    timer.start();
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    // drop the growing tail rendered last time
    cursor.setPosition(m_docStable);
    cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
    if (cursor.block().length() <= 1) {
        cursor.setBlockFormat(QTextBlockFormat());
        cursor.setBlockCharFormat(QTextCharFormat());
    }
    while (m_code.size() > m_stableCodeBlocks)
        m_code.removeLast();

    // complete blocks, for good; in a burst only as many as fit in the frame's budget
    bool behind = false;
    for (qsizetype next = nextBoundary(m_stableEnd); next > m_stableEnd; next = nextBoundary(m_stableEnd)) {
        if (budgetNs >= 0 && timer.nsecsElapsed() > budgetNs) {
            behind = true;
            break;
        }
        renderSegment(cursor, QStringView(m_source).mid(m_stableEnd, next - m_stableEnd), false);
        m_stableEnd = next;
        cursor.movePosition(QTextCursor::End);
        m_docStable = cursor.position();
        m_stableCodeBlocks = int(m_code.size());
    }
    if (!behind) {
        if (m_stableEnd < m_source.size())
            renderSegment(cursor, QStringView(m_source).mid(m_stableEnd), true);
        m_rendered = m_source.size();
    }
    cursor.endEditBlock();

    ++m_renders;
    m_slowestUs = std::max(m_slowestUs, timer.nsecsElapsed() / 1000);
    m_totalUs += timer.nsecsElapsed() / 1000;
}

void MarkdownView::setCitationCount(int count)
{
    if (count == m_citations)
        return;
    m_citations = count;
    if (!m_source.isEmpty())
        rerenderAll();
}

void MarkdownView::renderSegment(QTextCursor &cursor, QStringView text, bool growing)
{
    // Alternate Markdown runs and fenced code blocks.
    qsizetype pos = 0;
    qsizetype mdStart = 0;
    auto flushMarkdown = [&](qsizetype end) {
        const QStringView md = text.mid(mdStart, end - mdStart);
        if (md.trimmed().isEmpty())
            return;
        cursor.movePosition(QTextCursor::End);
        // continue in an empty last block (the start, or the block after a code frame)
        if (cursor.block().length() > 1)
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
        const int start = cursor.position();
        // raw HTML from a model is shown as text, never interpreted (no images or files loaded)
        cursor.insertMarkdown(m_citations > 0 ? linkCitations(md.toString(), m_citations) : md.toString(),
                              QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML));
        if (s_codeFont)
            applyCodeFont(document(), start, cursor.position(), *s_codeFont);
    };
    while (pos < text.size()) {
        qsizetype nl = text.indexOf(QLatin1Char('\n'), pos);
        const qsizetype lineEnd = nl < 0 ? text.size() : nl;
        const Fence open = fenceOf(text.mid(pos, lineEnd - pos));
        if (open.length == 0 || nl < 0) {
            pos = nl < 0 ? text.size() : nl + 1;
            continue;
        }
        flushMarkdown(pos);
        // collect the code up to the closing fence (or the end of what arrived)
        qsizetype codeStart = nl + 1;
        qsizetype p = codeStart;
        qsizetype codeEnd = text.size();
        bool closed = false;
        while (p < text.size()) {
            const qsizetype n = text.indexOf(QLatin1Char('\n'), p);
            const qsizetype e = n < 0 ? text.size() : n;
            if (n >= 0 && closesFence(text.mid(p, e - p), open)) {
                codeEnd = p;
                closed = true;
                p = n + 1;
                break;
            }
            if (n < 0 && !growing && closesFence(text.mid(p, e - p), open)) {
                codeEnd = p;
                closed = true;
                p = e;
                break;
            }
            p = n < 0 ? text.size() : n + 1;
        }
        QString code = text.mid(codeStart, codeEnd - codeStart).toString();
        if (code.endsWith(QLatin1Char('\n')))
            code.chop(1);
        insertCode(cursor, open.info.section(QLatin1Char(' '), 0, 0), code, closed);
        pos = closed ? p : text.size();
        mdStart = pos;
    }
    flushMarkdown(text.size());
}

void MarkdownView::insertCode(QTextCursor &cursor, const QString &language, const QString &code, bool closed)
{
    Q_UNUSED(closed)
    const int index = int(m_code.size());
    m_code << code;
    const QPalette pal = palette();

    cursor.movePosition(QTextCursor::End);
    if (cursor.block().length() > 1)
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
    // the header line: language and a copy link
    QTextBlockFormat header;
    header.setTopMargin(4);
    cursor.setBlockFormat(header);
    QTextCharFormat label;
    label.setForeground(pal.brush(QPalette::PlaceholderText));
    label.setFontPointSize(std::max(7.0, font().pointSizeF() * 0.85));
    cursor.insertText(language.isEmpty() ? tr("code") : language, label);
    cursor.insertText(QStringLiteral("   "), label);
    QTextCharFormat link = label;
    link.setAnchor(true);
    link.setAnchorHref(kCopyScheme + QLatin1Char(':') + QString::number(index));
    link.setForeground(pal.brush(QPalette::Link));
    link.setFontUnderline(true);
    cursor.insertText(tr("Copy"), link);

    const CodeStyle style = codeStyle(m_dark);
    QTextFrameFormat box;
    box.setBackground(style.background);
    box.setPadding(6);
    box.setBorder(1);
    box.setBorderBrush(style.border);
    box.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    box.setTopMargin(2);
    box.setBottomMargin(4);
    cursor.insertFrame(box);
    QTextCharFormat plain;
    plain.setFont(codeFont());
    plain.setForeground(style.foreground);
    highlightCode(language, code, m_dark, [&](QStringView run, const QTextCharFormat &format, bool newLine) {
        if (newLine)
            cursor.insertBlock(QTextBlockFormat(), plain);
        QTextCharFormat f = plain;
        f.merge(format);
        cursor.insertText(run.toString(), f);
    });
    cursor.movePosition(QTextCursor::End);
}

QSize MarkdownView::sizeHint() const
{
    return QSize(QTextBrowser::sizeHint().width(), height());
}

QSize MarkdownView::minimumSizeHint() const
{
    return QSize(100, height());
}

void MarkdownView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        const bool dark = isDarkPalette(palette());
        if (dark != m_dark || event->type() == QEvent::FontChange) {
            m_dark = dark;
            rerenderAll();
        }
    }
}

void MarkdownView::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    fitHeight();
}

void MarkdownView::fitHeight()
{
    // QTextEdit keeps the text width at the viewport's; setting it here would lay out everything again
    const int h = int(std::ceil(document()->size().height())) + 2 * frameWidth();
    if (h != m_lastHeight) {
        m_lastHeight = h;
        setFixedHeight(std::max(h, fontMetrics().height() + 4));
    }
}

} // namespace sb::ui
