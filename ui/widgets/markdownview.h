#pragma once

#include <QFont>
#include <QStringList>
#include <QTextBrowser>

#include <optional>

namespace sb::ui {

// Read-only Markdown with fenced code highlighted by KSyntaxHighlighting (theme follows the palette's
// light or dark), a "Copy" link above each code block, and a height that follows its content (it sits
// in a transcript that scrolls as a whole).
//
// Streaming: appendText() only buffers; at most once a frame the view renders what arrived. Blocks
// that are complete (ended by a blank line, or a closed code fence) are rendered once and never touched
// again; only the last, growing block is replaced. So the cost of a frame does not grow with the answer.
// Every view shares one rendering budget per frame (8 ms): setMarkdown() of many long messages, or a
// long answer arriving at once, is rendered over several frames instead of freezing the window.
class MarkdownView final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarkdownView)

public:
    explicit MarkdownView(QWidget *parent = nullptr);
    ~MarkdownView() override;

    void setMarkdown(const QString &markdown);
    QString markdown() const { return m_source; }
    void appendText(const QString &text);
    // Renders what is pending now, however long it takes (tests).
    void flush();
    // The stream ended: render what is pending, over more frames when it is a lot.
    void finish();
    // Whether text is waiting to be rendered.
    bool isRendering() const { return m_rendered != m_source.size(); }
    // The code of the fenced blocks, in order (what the copy links copy).
    QStringList codeBlocks() const { return m_code; }
    void copyCodeBlock(int index);
    // Numbered citations: with count > 0, "[n]" and "[n, m]" in the text (not in code) for n in
    // 1..count render as links that emit citationClicked(n). 0: plain text. Re-renders on a change.
    void setCitationCount(int count);
    int citationCount() const { return m_citations; }

    // How many renders ran and how long the slowest took (the benchmark).
    int renderCount() const { return m_renders; }
    qint64 slowestRenderUs() const { return m_slowestUs; }
    qint64 totalRenderUs() const { return m_totalUs; }

    // One frame's share of rendering (the shared render queue); true when it caught up.
    bool renderSlice(qint64 budgetNs);

    // The fonts of every answer, in the views that exist and those made later: the text's (nullopt =
    // the inherited font) and the code blocks' (nullopt = the system's fixed-width font). Applied at once.
    static void setFonts(const std::optional<QFont> &text, const std::optional<QFont> &code);
    static QFont codeFont();

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void codeCopied(int index);
    void citationClicked(int number);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // budgetNs < 0: everything now; otherwise complete blocks within the budget (the rest later)
    void render(qint64 budgetNs);
    void rerenderAll();
    void applyTextFont();
    void renderSegment(QTextCursor &cursor, QStringView text, bool growing);
    void insertCode(QTextCursor &cursor, const QString &language, const QString &code, bool closed);
    qsizetype nextBoundary(qsizetype from) const; // the end of the first complete block after `from`, or `from`
    void fitHeight();

    QString m_source;
    qsizetype m_stableEnd = 0; // m_source[0, m_stableEnd) is rendered for good
    int m_docStable = 0; // document position where the growing tail starts
    qsizetype m_rendered = 0; // m_source.size() at the last render that caught up
    int m_stableCodeBlocks = 0;
    QStringList m_code;
    bool m_dark = false;
    int m_renders = 0;
    qint64 m_slowestUs = 0;
    qint64 m_totalUs = 0;
    int m_lastHeight = -1;
    int m_citations = 0;
};

} // namespace sb::ui
