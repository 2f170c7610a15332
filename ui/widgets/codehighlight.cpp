#include "widgets/codehighlight.h"

#include <QHash>
#include <QList>

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

#ifdef SB_SYNTAX_STATIC
// Q_INIT_RESOURCE must be used outside any namespace.
static void initSyntaxResources()
{
    Q_INIT_RESOURCE(syntax_data);
    Q_INIT_RESOURCE(theme_data);
}
#endif

namespace sb::ui {

namespace ksh = KSyntaxHighlighting;

namespace {

// One repository for the GUI thread: loading the definitions takes a while.
ksh::Repository &repository()
{
    static ksh::Repository *repo = [] {
#ifdef SB_SYNTAX_STATIC
        initSyntaxResources();
#endif
        return new ksh::Repository; // lives as long as the process (definitions are shared by every view)
    }();
    return *repo;
}

ksh::Definition definitionFor(const QString &language)
{
    // fence words: definition names in any case ("python", "c++") or file extensions ("py", "rs")
    static const QHash<QString, ksh::Definition> byWord = [] {
        QHash<QString, ksh::Definition> map;
        const auto defs = repository().definitions();
        for (const ksh::Definition &d : defs) {
            if (d.isHidden())
                continue;
            for (const QString &pattern : d.extensions()) {
                if (pattern.startsWith(QLatin1String("*.")) && pattern.indexOf(QLatin1Char('*'), 2) < 0)
                    map.insert(pattern.mid(2).toLower(), d);
            }
        }
        for (const ksh::Definition &d : defs)
            map.insert(d.name().toLower(), d); // names win over extensions
        static const QList<std::pair<const char *, const char *>> aliases{
            {"js", "JavaScript"}, {"ts", "TypeScript"}, {"sh", "Bash"},  {"shell", "Bash"},  {"console", "Bash"},
            {"golang", "Go"},     {"cs", "C#"},         {"yml", "YAML"}, {"md", "Markdown"}, {"text", "None"}};
        for (const auto &[word, name] : aliases) {
            const ksh::Definition d = repository().definitionForName(QString::fromLatin1(name));
            if (d.isValid())
                map.insert(QString::fromLatin1(word), d);
        }
        return map;
    }();
    return byWord.value(language.trimmed().toLower());
}

// Collects the formats KSyntaxHighlighting applies to one line.
class LineHighlighter final : public ksh::AbstractHighlighter
{
public:
    struct Span {
        int offset;
        int length;
        ksh::Format format;
    };
    QList<Span> spans;

    ksh::State line(QStringView text, const ksh::State &state)
    {
        spans.clear();
        return highlightLine(text, state);
    }

protected:
    void applyFormat(int offset, int length, const ksh::Format &format) override
    {
        if (length > 0)
            spans.append({offset, length, format});
    }
};

QTextCharFormat toCharFormat(const ksh::Format &format, const ksh::Theme &theme)
{
    QTextCharFormat f;
    if (format.isDefaultTextStyle(theme))
        return f;
    if (format.hasTextColor(theme))
        f.setForeground(format.textColor(theme));
    if (format.hasBackgroundColor(theme))
        f.setBackground(format.backgroundColor(theme));
    if (format.isBold(theme))
        f.setFontWeight(QFont::Bold);
    if (format.isItalic(theme))
        f.setFontItalic(true);
    return f;
}

} // namespace

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < palette.color(QPalette::Text).lightness();
}

CodeStyle codeStyle(bool dark)
{
    const ksh::Theme theme = repository().defaultTheme(dark ? ksh::Repository::DarkTheme : ksh::Repository::LightTheme);
    CodeStyle s;
    s.background = QColor::fromRgba(theme.editorColor(ksh::Theme::BackgroundColor));
    s.foreground = QColor::fromRgba(theme.textColor(ksh::Theme::Normal));
    s.border = dark ? s.background.lighter(160) : s.background.darker(115);
    return s;
}

void highlightCode(const QString &language, const QString &code, bool dark, const CodeRunSink &sink)
{
    const ksh::Definition def = definitionFor(language);
    const ksh::Theme theme = repository().defaultTheme(dark ? ksh::Repository::DarkTheme : ksh::Repository::LightTheme);
    LineHighlighter hl;
    if (def.isValid()) {
        hl.setDefinition(def);
        hl.setTheme(theme);
    }
    ksh::State state;
    qsizetype pos = 0;
    bool first = true;
    const QTextCharFormat plain;
    while (pos <= code.size()) {
        qsizetype nl = code.indexOf(QLatin1Char('\n'), pos);
        if (nl < 0)
            nl = code.size();
        const QStringView line = QStringView(code).mid(pos, nl - pos);
        const bool newLine = !first;
        first = false;
        if (!def.isValid() || line.isEmpty()) {
            sink(line, plain, newLine);
        } else {
            state = hl.line(line, state);
            int at = 0;
            bool lineStart = newLine;
            for (const LineHighlighter::Span &s : std::as_const(hl.spans)) {
                if (s.offset > at) {
                    sink(line.mid(at, s.offset - at), plain, lineStart);
                    lineStart = false;
                }
                if (s.offset < at)
                    continue;
                sink(line.mid(s.offset, s.length), toCharFormat(s.format, theme), lineStart);
                lineStart = false;
                at = s.offset + s.length;
            }
            if (at < line.size() || lineStart)
                sink(line.mid(at), plain, lineStart);
        }
        pos = nl + 1;
    }
}

} // namespace sb::ui
