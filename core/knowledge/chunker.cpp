#include "knowledge/chunker.h"

#include <QStringList>

#include <algorithm>

namespace sb::knowledge {

namespace {

bool isCjk(char16_t c)
{
    return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF)
        || (c >= 0xF900 && c <= 0xFAFF);
}

// A piece of the extracted text: the text and where it starts.
struct Segment {
    QString text;
    qsizetype offset = 0;
    int tokens = 0;
};

// Where a too-large block may be cut: after each line, or after each sentence of prose.
QList<Segment> pieces(const Block &block)
{
    QList<Segment> out;
    const QString &t = block.text;
    const bool lines = block.kind == Block::Kind::Code || block.kind == Block::Kind::Row;
    qsizetype start = 0;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const QChar c = t.at(i);
        bool cut = c == QLatin1Char('\n');
        if (!lines && !cut && (c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?') || c == QChar(0x3002)))
            cut = i + 1 == t.size() || t.at(i + 1).isSpace() || c == QChar(0x3002);
        if (cut) {
            out << Segment{t.mid(start, i + 1 - start), block.offset + start, 0};
            start = i + 1;
        }
    }
    if (start < t.size())
        out << Segment{t.mid(start), block.offset + start, 0};
    for (Segment &s : out)
        s.tokens = estimateTokens(s.text);
    return out;
}

// A piece still too large (a sentence without end, a minified line): cut between words by size.
QList<Segment> hardSplit(const Segment &s, int maxTokens)
{
    QList<Segment> out;
    qsizetype start = 0;
    while (start < s.text.size()) {
        qsizetype end = start;
        int tokens = 0;
        while (end < s.text.size()) {
            qsizetype next = end;
            while (next < s.text.size() && s.text.at(next).isSpace())
                ++next;
            while (next < s.text.size() && !s.text.at(next).isSpace())
                ++next;
            const int t = estimateTokens(QStringView(s.text).mid(end, next - end));
            if (tokens + t > maxTokens && end > start)
                break;
            tokens += t;
            end = next;
            if (tokens >= maxTokens) // one "word" larger than a passage: cut it
                break;
        }
        if (tokens > maxTokens) { // a single word over the limit: cut by characters
            end = start + std::max<qsizetype>(1, qsizetype(maxTokens) * 4);
            end = std::min(end, s.text.size());
            tokens = estimateTokens(QStringView(s.text).mid(start, end - start));
        }
        out << Segment{s.text.mid(start, end - start), s.offset + start, tokens};
        start = end;
    }
    return out;
}

class Packer
{
public:
    Packer(const ChunkOptions &options, QList<Chunk> &out)
        : m_options(options)
        , m_out(out)
    {
    }

    void setSection(const QString &heading)
    {
        flush(false);
        m_heading = heading;
        m_tail.clear();
    }

    void add(const Segment &segment, int page, bool joinLine)
    {
        if (m_tokens > 0 && m_tokens + segment.tokens > m_options.maxTokens)
            flush(true);
        if (m_segments.isEmpty()) {
            m_page = page;
            if (!m_tail.isEmpty() && m_tail.first().tokens + segment.tokens <= m_options.maxTokens) {
                m_segments << m_tail.first();
                m_tokens += m_tail.first().tokens;
                m_joins << false;
            }
            m_tail.clear();
        }
        m_segments << segment;
        m_joins << joinLine;
        m_tokens += segment.tokens;
    }

    void flush(bool keepTail)
    {
        if (m_segments.isEmpty())
            return;
        Chunk c;
        for (qsizetype i = 0; i < m_segments.size(); ++i) {
            if (i > 0)
                c.text += m_joins.at(i) ? QString() : QStringLiteral("\n\n");
            c.text += m_segments.at(i).text;
        }
        c.text = c.text.trimmed();
        c.heading = m_heading;
        c.page = m_page;
        c.start = m_segments.first().offset;
        c.end = m_segments.last().offset + m_segments.last().text.size();
        c.tokens = estimateTokens(c.text);
        m_out << c;
        m_tail.clear();
        if (keepTail && m_options.overlapTokens > 0)
            m_tail << tailOf(m_segments.last());
        m_segments.clear();
        m_joins.clear();
        m_tokens = 0;
    }

private:
    // The last sentences of a segment, up to overlapTokens.
    Segment tailOf(const Segment &s) const
    {
        Block b;
        b.text = s.text;
        b.offset = s.offset;
        const QList<Segment> sentences = pieces(b);
        Segment tail;
        tail.offset = s.offset + s.text.size();
        for (qsizetype i = sentences.size() - 1; i >= 0; --i) {
            if (tail.tokens + sentences.at(i).tokens > m_options.overlapTokens)
                break;
            tail.text.prepend(sentences.at(i).text);
            tail.tokens += sentences.at(i).tokens;
            tail.offset = sentences.at(i).offset;
        }
        tail.text = tail.text.trimmed();
        return tail.text.isEmpty() ? Segment{} : tail;
    }

    const ChunkOptions &m_options;
    QList<Chunk> &m_out;
    QString m_heading;
    QList<Segment> m_segments;
    QList<bool> m_joins; // true: the segment continues the previous one's block (no blank line)
    QList<Segment> m_tail;
    int m_tokens = 0;
    int m_page = 0;
};

} // namespace

int estimateTokens(QStringView text)
{
    int tokens = 0;
    qsizetype word = 0;
    auto endWord = [&] {
        if (word > 0)
            tokens += std::max<int>(1, int((word + 2) / 5));
        word = 0;
    };
    for (const QChar c : text) {
        if (c.isLetterOrNumber() && !isCjk(c.unicode())) {
            ++word;
            continue;
        }
        endWord();
        if (isCjk(c.unicode()) || (!c.isSpace() && !c.isLowSurrogate()))
            ++tokens;
    }
    endWord();
    return tokens;
}

QList<Chunk> chunk(const QList<Block> &blocks, const ChunkOptions &options)
{
    ChunkOptions o = options;
    o.maxTokens = std::max(16, o.maxTokens);
    o.overlapTokens = std::clamp(o.overlapTokens, 0, o.maxTokens / 2);
    QList<Chunk> out;
    Packer packer(o, out);
    QList<QPair<int, QString>> path; // (level, heading)
    for (const Block &b : blocks) {
        if (b.kind == Block::Kind::Heading) {
            while (!path.isEmpty() && path.last().first >= b.level)
                path.removeLast();
            path.append({b.level, b.text.simplified()});
            QStringList names;
            for (const auto &[level, name] : std::as_const(path))
                names << name;
            packer.setSection(names.join(QStringLiteral(" > ")));
            continue;
        }
        const int tokens = estimateTokens(b.text);
        if (tokens <= o.maxTokens) {
            packer.add(Segment{b.text, b.offset, tokens}, b.page, false);
            continue;
        }
        // too large for one passage: its lines or sentences, packed; a piece still too large, cut
        bool first = true;
        for (const Segment &p : pieces(b)) {
            const QList<Segment> parts = p.tokens <= o.maxTokens ? QList<Segment>{p} : hardSplit(p, o.maxTokens);
            for (const Segment &part : parts) {
                packer.add(part, b.page, !first);
                first = false;
            }
        }
    }
    packer.flush(false);
    return out;
}

} // namespace sb::knowledge
