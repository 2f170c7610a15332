#include "knowledge/extract.h"

#include "common/csv.h"
#include "knowledge/documents.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

namespace sb::knowledge {

namespace {

const QSet<QString> kMarkdown{QStringLiteral("md"), QStringLiteral("markdown"), QStringLiteral("mdx"), QStringLiteral("rst")};
const QSet<QString> kText{QStringLiteral("txt"),  QStringLiteral("text"), QStringLiteral("log"),
                          QStringLiteral("adoc"), QStringLiteral("org"),  QStringLiteral("tex")};
const QSet<QString> kCode{
    QStringLiteral("c"),    QStringLiteral("cc"),    QStringLiteral("cpp"),   QStringLiteral("cxx"),   QStringLiteral("h"),    QStringLiteral("hh"),
    QStringLiteral("hpp"),  QStringLiteral("cs"),    QStringLiteral("java"),  QStringLiteral("kt"),    QStringLiteral("go"),   QStringLiteral("rs"),
    QStringLiteral("py"),   QStringLiteral("rb"),    QStringLiteral("php"),   QStringLiteral("js"),    QStringLiteral("jsx"),  QStringLiteral("ts"),
    QStringLiteral("tsx"),  QStringLiteral("swift"), QStringLiteral("m"),     QStringLiteral("scala"), QStringLiteral("sh"),   QStringLiteral("bash"),
    QStringLiteral("zsh"),  QStringLiteral("ps1"),   QStringLiteral("sql"),   QStringLiteral("lua"),   QStringLiteral("pl"),   QStringLiteral("r"),
    QStringLiteral("dart"), QStringLiteral("qml"),   QStringLiteral("cmake"), QStringLiteral("yaml"),  QStringLiteral("yml"),  QStringLiteral("toml"),
    QStringLiteral("ini"),  QStringLiteral("xml"),   QStringLiteral("css"),   QStringLiteral("scss"),  QStringLiteral("proto")};
const QSet<QString> kHtml{QStringLiteral("html"), QStringLiteral("htm"), QStringLiteral("xhtml")};
const QSet<QString> kCsv{QStringLiteral("csv"), QStringLiteral("tsv")};
const QSet<QString> kJson{QStringLiteral("json"), QStringLiteral("jsonl"), QStringLiteral("ndjson")};
const QSet<QString> kPython{QStringLiteral("py"),  QStringLiteral("rb"),   QStringLiteral("yaml"),
                            QStringLiteral("yml"), QStringLiteral("toml"), QStringLiteral("ini")};

QString suffixOf(const QString &fileName)
{
    return QFileInfo(fileName).suffix().toLower();
}

Expected<QString> decodeText(const QString &fileName, const QByteArray &bytes)
{
    const QString name = QFileInfo(fileName).fileName();
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder utf16(QStringDecoder::Utf16, QStringDecoder::Flag::Stateless);
        QString text = utf16(bytes);
        if (utf16.hasError())
            return Error::make(Error::Kind::Parse, QStringLiteral("%1 is not valid UTF-16 text").arg(name));
        return text;
    }
    // NUL bytes do not occur in text: a binary file with a text name
    const qsizetype nul = bytes.left(1 << 20).indexOf('\0');
    if (nul >= 0)
        return Error::make(Error::Kind::Parse, QStringLiteral("%1 has binary content (a NUL byte at offset %2), not text").arg(name).arg(nul));
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8(bytes);
    if (utf8.hasError()) {
        // legacy 8-bit text is common in old documents; anything else with bytes no encoding maps
        // (control characters) is not text
        static const QRegularExpression control(QStringLiteral("[\\x01-\\x08\\x0E-\\x1F]"));
        QString latin = QString::fromLatin1(bytes);
        if (control.match(latin).hasMatch())
            return Error::make(Error::Kind::Parse, QStringLiteral("%1 is neither UTF-8 nor Latin-1 text").arg(name));
        text = std::move(latin);
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}

// Paragraphs: runs of lines separated by blank lines.
void addParagraphs(DocumentBuilder &out, const QString &text)
{
    QString paragraph;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty()) {
            out.add(Block::Kind::Paragraph, paragraph);
            paragraph.clear();
            continue;
        }
        if (!paragraph.isEmpty())
            paragraph += QLatin1Char('\n');
        paragraph += line;
    }
    out.add(Block::Kind::Paragraph, paragraph);
}

QList<Block> markdownBlocks(const QString &text)
{
    DocumentBuilder out;
    static const QRegularExpression atx(QStringLiteral("^ {0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$"));
    static const QRegularExpression fence(QStringLiteral("^ {0,3}(`{3,}|~{3,})"));
    const QStringList lines = text.split(QLatin1Char('\n'));
    QString paragraph;
    QString code;
    QString fenceMark;
    auto flush = [&] {
        out.add(Block::Kind::Paragraph, paragraph);
        paragraph.clear();
    };
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (!fenceMark.isEmpty()) {
            if (line.trimmed().startsWith(fenceMark)) {
                out.add(Block::Kind::Code, code);
                code.clear();
                fenceMark.clear();
            } else {
                code += line + QLatin1Char('\n');
            }
            continue;
        }
        if (const auto m = fence.match(line); m.hasMatch()) {
            flush();
            fenceMark = m.captured(1);
            continue;
        }
        if (const auto m = atx.match(line); m.hasMatch()) {
            flush();
            out.add(Block::Kind::Heading, m.captured(2), int(m.captured(1).size()));
            continue;
        }
        // setext: a line of === or --- under a paragraph's single line
        const QString t = line.trimmed();
        if (!paragraph.isEmpty() && !paragraph.contains(QLatin1Char('\n')) && t.size() >= 2
            && (t.count(QLatin1Char('=')) == t.size() || t.count(QLatin1Char('-')) == t.size())) {
            out.add(Block::Kind::Heading, paragraph, t.startsWith(QLatin1Char('=')) ? 1 : 2);
            paragraph.clear();
            continue;
        }
        if (t.isEmpty()) {
            flush();
            continue;
        }
        if (!paragraph.isEmpty())
            paragraph += QLatin1Char('\n');
        paragraph += line;
    }
    flush();
    out.add(Block::Kind::Code, code); // an unclosed fence runs to the end
    return out.take();
}

// Top-level units of source code: a unit ends at a blank line where brackets are balanced and the
// next line starts at column 0 (a new function, class or statement), so functions stay whole. In
// indentation languages (no brackets around bodies) the column alone decides.
QList<Block> codeBlocks(const QString &text, bool indentation)
{
    DocumentBuilder out;
    QString unit;
    int depth = 0;
    bool afterBlank = false;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const bool blank = line.trimmed().isEmpty();
        const QChar first = blank ? QChar() : line.at(0);
        const bool topLevel = !blank && !first.isSpace() && first != QLatin1Char('}') && first != QLatin1Char(')') && first != QLatin1Char(']');
        if (topLevel && afterBlank && (indentation || depth <= 0) && !unit.trimmed().isEmpty()) {
            out.add(Block::Kind::Code, unit);
            unit.clear();
        }
        unit += line + QLatin1Char('\n');
        if (!indentation) {
            for (const QChar c : line) {
                if (c == QLatin1Char('{') || c == QLatin1Char('(') || c == QLatin1Char('['))
                    ++depth;
                else if (c == QLatin1Char('}') || c == QLatin1Char(')') || c == QLatin1Char(']'))
                    --depth;
            }
        }
        afterBlank = blank;
    }
    out.add(Block::Kind::Code, unit);
    return out.take();
}

QString decodeEntities(QString text)
{
    static const QHash<QString, QString> named{{QStringLiteral("amp"), QStringLiteral("&")},    {QStringLiteral("lt"), QStringLiteral("<")},
                                               {QStringLiteral("gt"), QStringLiteral(">")},     {QStringLiteral("quot"), QStringLiteral("\"")},
                                               {QStringLiteral("apos"), QStringLiteral("'")},   {QStringLiteral("nbsp"), QStringLiteral(" ")},
                                               {QStringLiteral("mdash"), QStringLiteral("—")},  {QStringLiteral("ndash"), QStringLiteral("–")},
                                               {QStringLiteral("hellip"), QStringLiteral("…")}, {QStringLiteral("copy"), QStringLiteral("©")}};
    static const QRegularExpression entity(QStringLiteral("&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);"));
    QString out;
    qsizetype last = 0;
    for (auto it = entity.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        const QString e = m.captured(1);
        bool ok = false;
        char32_t code = 0;
        if (e.startsWith(QLatin1String("#x")))
            code = e.mid(2).toUInt(&ok, 16);
        else if (e.startsWith(QLatin1Char('#')))
            code = e.mid(1).toUInt(&ok, 10);
        if (ok && code > 0 && code < 0x110000)
            out += QString::fromUcs4(&code, 1);
        else
            out += named.value(e, m.captured(0));
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

// HTML as text: headings, paragraphs and preformatted code; scripts, styles and comments dropped.
QList<Block> htmlBlocks(const QString &html)
{
    DocumentBuilder out;
    static const QRegularExpression dropped(
        QStringLiteral("<!--.*?-->|<\\?.*?\\?>|<!DOCTYPE[^>]*>|<(script|style|noscript|template|svg)\\b.*?</\\1\\s*>|<head\\b.*?</head\\s*>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    QString text = html;
    text.remove(dropped);
    static const QRegularExpression tag(QStringLiteral("<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*>"));
    static const QSet<QString> breaks{QStringLiteral("p"),     QStringLiteral("div"),     QStringLiteral("br"),      QStringLiteral("li"),
                                      QStringLiteral("tr"),    QStringLiteral("section"), QStringLiteral("article"), QStringLiteral("blockquote"),
                                      QStringLiteral("table"), QStringLiteral("ul"),      QStringLiteral("ol"),      QStringLiteral("dd"),
                                      QStringLiteral("dt"),    QStringLiteral("header"),  QStringLiteral("footer"),  QStringLiteral("main"),
                                      QStringLiteral("nav"),   QStringLiteral("aside"),   QStringLiteral("figure"),  QStringLiteral("hr")};
    QString current;
    int headingLevel = 0;
    bool pre = false;
    auto normalise = [](const QString &s) { return decodeEntities(s).simplified(); };
    auto flush = [&] {
        if (pre)
            out.add(Block::Kind::Code, decodeEntities(current));
        else if (headingLevel)
            out.add(Block::Kind::Heading, normalise(current), headingLevel);
        else
            out.add(Block::Kind::Paragraph, normalise(current));
        current.clear();
    };
    qsizetype last = 0;
    for (auto it = tag.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        current += QStringView(text).mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        const QString name = m.captured(2).toLower();
        const bool closing = !m.captured(1).isEmpty();
        if (name.size() == 2 && name.at(0) == QLatin1Char('h') && name.at(1) >= QLatin1Char('1') && name.at(1) <= QLatin1Char('6')) {
            flush();
            headingLevel = closing ? 0 : name.at(1).digitValue();
        } else if (name == QLatin1String("pre")) {
            flush();
            pre = !closing;
        } else if (breaks.contains(name) && !pre) {
            flush();
        } else if (name == QLatin1String("td") || name == QLatin1String("th")) {
            current += QLatin1Char(' ');
        }
    }
    current += QStringView(text).mid(last);
    flush();
    return out.take();
}

Expected<QList<Block>> csvBlocks(const QString &fileName, const QString &text, bool tabs)
{
    QString input = text;
    if (tabs) { // TSV has no quoting: fields are quoted for the CSV reader
        QStringList lines;
        for (const QString &line : text.split(QLatin1Char('\n'))) {
            QStringList fields;
            for (const QString &f : line.split(QLatin1Char('\t')))
                fields << csv::field(f);
            lines << fields.join(QLatin1Char(','));
        }
        input = lines.join(QLatin1Char('\n'));
    }
    auto records = csv::parse(input);
    if (!records)
        return Error::make(Error::Kind::Parse, QStringLiteral("%1: %2").arg(QFileInfo(fileName).fileName(), records.error().message));
    if (records->size() < 2)
        return Error::make(Error::Kind::Parse, QStringLiteral("%1 has a header but no rows").arg(QFileInfo(fileName).fileName()));
    DocumentBuilder out;
    const QStringList header = records->first().fields;
    // each row is one passage that names its columns, so a retrieved row reads on its own
    for (qsizetype r = 1; r < records->size(); ++r) {
        const QStringList &fields = records->at(r).fields;
        QStringList parts;
        for (qsizetype c = 0; c < fields.size(); ++c) {
            if (fields.at(c).trimmed().isEmpty())
                continue;
            const QString name = c < header.size() && !header.at(c).trimmed().isEmpty() ? header.at(c).trimmed()
                                                                                        : QStringLiteral("column %1").arg(c + 1);
            parts << name + QStringLiteral(": ") + fields.at(c).trimmed();
        }
        out.add(Block::Kind::Row, parts.join(QStringLiteral("; ")));
    }
    return out.take();
}

QString compact(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    return v.toVariant().toString();
}

Expected<QList<Block>> jsonBlocks(const QString &fileName, const QString &text, bool lines)
{
    const QString name = QFileInfo(fileName).fileName();
    DocumentBuilder out;
    if (lines) {
        int number = 0;
        for (const QString &line : text.split(QLatin1Char('\n'))) {
            ++number;
            if (line.trimmed().isEmpty())
                continue;
            QJsonParseError e{};
            const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8(), &e);
            if (e.error != QJsonParseError::NoError)
                return Error::make(Error::Kind::Parse, QStringLiteral("%1, line %2: %3").arg(name).arg(number).arg(e.errorString()));
            out.add(Block::Kind::Row, doc.isArray() ? compact(doc.array()) : compact(doc.object()));
        }
        return out.take();
    }
    QJsonParseError e{};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &e);
    if (e.error != QJsonParseError::NoError)
        return Error::make(Error::Kind::Parse, QStringLiteral("%1 is not valid JSON (%2 at offset %3)").arg(name, e.errorString()).arg(e.offset));
    // records: the elements of a top-level array, or the members of a top-level object
    if (doc.isArray()) {
        for (const QJsonValue &v : doc.array())
            out.add(Block::Kind::Row, compact(v));
    } else {
        const QJsonObject o = doc.object();
        for (auto it = o.begin(); it != o.end(); ++it)
            out.add(Block::Kind::Row, it.key() + QStringLiteral(": ") + compact(it.value()));
    }
    return out.take();
}

const QSet<QString> kImages{QStringLiteral("png"),  QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("tif"),
                            QStringLiteral("tiff"), QStringLiteral("gif"), QStringLiteral("webp"), QStringLiteral("bmp")};

// A binary format and whether this build reads it.
QString binaryKind(const QString &suffix)
{
    if (suffix == QLatin1String("pdf") || suffix == QLatin1String("docx") || suffix == QLatin1String("odt") || suffix == QLatin1String("epub"))
        return suffix;
    if (kImages.contains(suffix))
        return QStringLiteral("image");
    return {};
}

bool readable(const QString &binary)
{
    return documentFeatures().contains(binary == QLatin1String("image") ? QStringLiteral("ocr") : binary);
}

} // namespace

QString kindForName(const QString &fileName)
{
    const QString s = suffixOf(fileName);
    if (const QString binary = binaryKind(s); !binary.isEmpty())
        return readable(binary) ? binary : QString();
    if (kMarkdown.contains(s))
        return QStringLiteral("markdown");
    if (kHtml.contains(s))
        return QStringLiteral("html");
    if (kCsv.contains(s))
        return QStringLiteral("csv");
    if (kJson.contains(s))
        return QStringLiteral("json");
    if (kCode.contains(s))
        return QStringLiteral("code");
    if (kText.contains(s) || s.isEmpty())
        return QStringLiteral("text");
    return {};
}

QString unsupportedReason(const QString &fileName)
{
    const QString s = suffixOf(fileName);
    const QString binary = binaryKind(s);
    if (binary == QLatin1String("image"))
        return QStringLiteral("images are not read: this build has no OCR (Tesseract)");
    if (binary == QLatin1String("pdf"))
        return QStringLiteral("PDF files are not read: this build has no poppler-qt6");
    if (!binary.isEmpty())
        return QStringLiteral("%1 files are not read: this build has no libzip").arg(s.toUpper());
    return QStringLiteral("the type .%1 is not one a knowledge base reads").arg(s);
}

Expected<Extracted> extract(const QString &fileName, const QByteArray &bytes, const QString &ocrLanguage)
{
    const QString kind = kindForName(fileName);
    if (kind.isEmpty())
        return Error::make(Error::Kind::Validation, unsupportedReason(fileName));
    Extracted out;
    out.kind = kind;
    if (!binaryKind(suffixOf(fileName)).isEmpty()) {
        auto blocks = documentBlocks(kind, fileName, bytes, ocrLanguage);
        if (!blocks)
            return blocks.error();
        out.blocks = std::move(*blocks);
        return out;
    }
    auto text = decodeText(fileName, bytes);
    if (!text)
        return text.error();
    const QString s = suffixOf(fileName);
    if (kind == QLatin1String("markdown")) {
        out.blocks = markdownBlocks(*text);
    } else if (kind == QLatin1String("html")) {
        out.blocks = htmlBlocks(*text);
    } else if (kind == QLatin1String("code")) {
        out.blocks = codeBlocks(*text, kPython.contains(s));
    } else if (kind == QLatin1String("csv")) {
        auto blocks = csvBlocks(fileName, *text, s == QLatin1String("tsv"));
        if (!blocks)
            return blocks.error();
        out.blocks = std::move(*blocks);
    } else if (kind == QLatin1String("json")) {
        auto blocks = jsonBlocks(fileName, *text, s != QLatin1String("json"));
        if (!blocks)
            return blocks.error();
        out.blocks = std::move(*blocks);
    } else {
        DocumentBuilder b;
        addParagraphs(b, *text);
        out.blocks = b.take();
    }
    return out;
}

} // namespace sb::knowledge
