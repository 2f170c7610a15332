#include "knowledge/documents.h"

#include <QBuffer>
#include <QFileInfo>
#include <QHash>
#include <QImage>
#include <QRegularExpression>
#include <QXmlStreamReader>

#ifdef SB_HAVE_POPPLER
#include <poppler-qt6.h>
#endif
#ifdef SB_HAVE_TESSERACT
#include <tesseract/baseapi.h>
#endif
#ifdef SB_HAVE_LIBZIP
#include <zip.h>
#endif

#include <memory>

namespace sb::knowledge {

namespace {

// An archive's members are read whole: one larger than this is refused (a zip bomb, or not a
// document anyone reads).
constexpr qint64 kMaxMemberBytes = 64 * 1024 * 1024;

void addText(DocumentBuilder &out, const QString &text, int page)
{
    // paragraphs: runs of lines separated by blank lines; within one, line breaks become spaces
    QString paragraph;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.trimmed().isEmpty()) {
            out.add(Block::Kind::Paragraph, paragraph.simplified(), 0, page);
            paragraph.clear();
            continue;
        }
        paragraph += line + QLatin1Char(' ');
    }
    out.add(Block::Kind::Paragraph, paragraph.simplified(), 0, page);
}

// A PDF page's text comes as lines: a line ends its paragraph when it ends a sentence or stops well
// short of the page's longest line (a title, the last line of a paragraph).
void addPageLines(DocumentBuilder &out, const QString &text, int page)
{
    QStringList lines;
    qsizetype longest = 0;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        lines << line.simplified();
        longest = std::max(longest, lines.last().size());
    }
    QString paragraph;
    for (const QString &line : std::as_const(lines)) {
        if (line.isEmpty()) {
            out.add(Block::Kind::Paragraph, paragraph, 0, page);
            paragraph.clear();
            continue;
        }
        paragraph += (paragraph.isEmpty() ? QString() : QStringLiteral(" ")) + line;
        static const QRegularExpression end(QStringLiteral("[.!?:;]$"));
        if (end.match(line).hasMatch() || line.size() < longest * 6 / 10) {
            out.add(Block::Kind::Paragraph, paragraph, 0, page);
            paragraph.clear();
        }
    }
    out.add(Block::Kind::Paragraph, paragraph, 0, page);
}

#ifdef SB_HAVE_TESSERACT
Expected<QString> recognise(const QImage &image, const QString &language)
{
    QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    tesseract::TessBaseAPI api;
    if (api.Init(nullptr, language.toUtf8().constData()) != 0)
        return Error::make(Error::Kind::Unavailable,
                           QStringLiteral("OCR has no data for the language \"%1\" (install tesseract-ocr-%1)").arg(language));
    api.SetImage(gray.constBits(), gray.width(), gray.height(), 1, int(gray.bytesPerLine()));
    api.SetSourceResolution(300);
    std::unique_ptr<char[]> text(api.GetUTF8Text());
    api.End();
    return text ? QString::fromUtf8(text.get()) : QString();
}
#endif

#ifdef SB_HAVE_LIBZIP
// A zip archive in memory: members by name.
class Zip
{
public:
    static Expected<std::unique_ptr<Zip>> open(const QByteArray &bytes, const QString &name)
    {
        zip_error_t error;
        zip_error_init(&error);
        zip_source_t *source = zip_source_buffer_create(bytes.constData(), zip_uint64_t(bytes.size()), 0, &error);
        if (!source) {
            zip_error_fini(&error);
            return Error::make(Error::Kind::Io, QStringLiteral("%1 cannot be read").arg(name));
        }
        zip_t *archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
        if (!archive) {
            const QString why = QString::fromUtf8(zip_error_strerror(&error));
            zip_source_free(source);
            zip_error_fini(&error);
            return Error::make(Error::Kind::Parse, QStringLiteral("%1 is not a valid archive (%2)").arg(name, why));
        }
        zip_error_fini(&error);
        auto z = std::unique_ptr<Zip>(new Zip);
        z->m_archive = archive;
        z->m_bytes = bytes; // the source reads from it
        z->m_name = name;
        return z;
    }
    ~Zip()
    {
        if (m_archive)
            zip_discard(m_archive);
    }
    Q_DISABLE_COPY_MOVE(Zip)

    bool has(const QString &member) const { return zip_name_locate(m_archive, member.toUtf8().constData(), 0) >= 0; }

    Expected<QByteArray> read(const QString &member) const
    {
        const zip_int64_t index = zip_name_locate(m_archive, member.toUtf8().constData(), 0);
        if (index < 0)
            return Error::make(Error::Kind::Parse, QStringLiteral("%1 has no %2").arg(m_name, member));
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(m_archive, zip_uint64_t(index), 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE))
            return Error::make(Error::Kind::Parse, QStringLiteral("%1: %2 cannot be read").arg(m_name, member));
        if (st.size > zip_uint64_t(kMaxMemberBytes))
            return Error::make(Error::Kind::Validation, QStringLiteral("%1: %2 unpacks to more than 64 MB").arg(m_name, member));
        zip_file_t *f = zip_fopen_index(m_archive, zip_uint64_t(index), 0);
        if (!f)
            return Error::make(Error::Kind::Parse,
                               QStringLiteral("%1: %2 cannot be unpacked (%3)").arg(m_name, member, QString::fromUtf8(zip_strerror(m_archive))));
        QByteArray out(qsizetype(st.size), Qt::Uninitialized);
        const zip_int64_t n = zip_fread(f, out.data(), st.size);
        zip_fclose(f);
        if (n < 0 || zip_uint64_t(n) != st.size)
            return Error::make(Error::Kind::Parse, QStringLiteral("%1: %2 is damaged").arg(m_name, member));
        return out;
    }

private:
    Zip() = default;
    zip_t *m_archive = nullptr;
    QByteArray m_bytes;
    QString m_name;
};

QString xmlError(const QString &name, const QString &member, const QXmlStreamReader &xml)
{
    return QStringLiteral("%1: %2 is not well-formed XML (%3, line %4)").arg(name, member, xml.errorString()).arg(xml.lineNumber());
}

// Word: paragraphs (w:p) with their runs' text (w:t, tabs, breaks); "Title" and "HeadingN" styles are
// headings; table cells are paragraphs of their own.
Expected<QList<Block>> docxBlocks(const Zip &zip, const QString &name)
{
    const QString member = QStringLiteral("word/document.xml");
    auto xmlBytes = zip.read(member);
    if (!xmlBytes)
        return xmlBytes.error();
    DocumentBuilder out;
    QXmlStreamReader xml(*xmlBytes);
    QString text;
    int level = 0;
    bool inParagraph = false;
    static const QRegularExpression heading(QStringLiteral("^(?:Heading|heading )?(\\d)$"));
    while (!xml.atEnd()) {
        xml.readNext();
        const QStringView local = xml.name();
        if (xml.isStartElement()) {
            if (local == u"p") {
                inParagraph = true;
                text.clear();
                level = 0;
            } else if (local == u"pStyle") {
                const QString style = xml.attributes().value(QStringLiteral("w:val")).toString();
                if (style == QLatin1String("Title"))
                    level = 1;
                else if (style.startsWith(QLatin1String("Heading")))
                    level = std::clamp(style.mid(7).toInt() + 1, 2, 6); // under the title
            } else if (local == u"t" && inParagraph) {
                text += xml.readElementText();
            } else if (local == u"tab") {
                text += QLatin1Char(' ');
            } else if (local == u"br") {
                text += QLatin1Char('\n');
            }
        } else if (xml.isEndElement() && local == u"p") {
            inParagraph = false;
            if (level > 0)
                out.add(Block::Kind::Heading, text.simplified(), level);
            else
                out.add(Block::Kind::Paragraph, text);
        }
    }
    if (xml.hasError())
        return Error::make(Error::Kind::Parse, xmlError(name, member, xml));
    return out.take();
}

// OpenDocument text: text:h (with its outline level) and text:p, in order.
Expected<QList<Block>> odtBlocks(const Zip &zip, const QString &name)
{
    const QString member = QStringLiteral("content.xml");
    auto xmlBytes = zip.read(member);
    if (!xmlBytes)
        return xmlBytes.error();
    DocumentBuilder out;
    QXmlStreamReader xml(*xmlBytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"h") {
            const int level = std::clamp(xml.attributes().value(QStringLiteral("text:outline-level")).toInt(), 1, 6);
            out.add(Block::Kind::Heading, xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified(), level);
        } else if (xml.name() == u"p") {
            out.add(Block::Kind::Paragraph, xml.readElementText(QXmlStreamReader::IncludeChildElements));
        }
    }
    if (xml.hasError())
        return Error::make(Error::Kind::Parse, xmlError(name, member, xml));
    return out.take();
}

// EPUB: the package's spine, in order, each chapter's XHTML as HTML.
Expected<QList<Block>> epubBlocks(const Zip &zip, const QString &name)
{
    auto container = zip.read(QStringLiteral("META-INF/container.xml"));
    if (!container)
        return container.error();
    QString opfPath;
    QXmlStreamReader c(*container);
    while (!c.atEnd() && opfPath.isEmpty()) {
        c.readNext();
        if (c.isStartElement() && c.name() == u"rootfile")
            opfPath = c.attributes().value(QStringLiteral("full-path")).toString();
    }
    if (opfPath.isEmpty())
        return Error::make(Error::Kind::Parse, QStringLiteral("%1 names no package document (META-INF/container.xml)").arg(name));
    auto opf = zip.read(opfPath);
    if (!opf)
        return opf.error();
    const QString base = opfPath.contains(QLatin1Char('/')) ? opfPath.left(opfPath.lastIndexOf(QLatin1Char('/')) + 1) : QString();
    QHash<QString, QString> manifest;
    QStringList spine;
    QXmlStreamReader x(*opf);
    while (!x.atEnd()) {
        x.readNext();
        if (!x.isStartElement())
            continue;
        if (x.name() == u"item")
            manifest.insert(x.attributes().value(QStringLiteral("id")).toString(), x.attributes().value(QStringLiteral("href")).toString());
        else if (x.name() == u"itemref")
            spine << x.attributes().value(QStringLiteral("idref")).toString();
    }
    if (x.hasError())
        return Error::make(Error::Kind::Parse, xmlError(name, opfPath, x));
    DocumentBuilder out;
    for (const QString &id : std::as_const(spine)) {
        const QString href = manifest.value(id);
        if (href.isEmpty())
            continue;
        auto chapter = zip.read(base + href);
        if (!chapter)
            return chapter.error();
        auto blocks = extract(href, *chapter); // XHTML, by its name
        if (!blocks)
            return Error::make(Error::Kind::Parse, QStringLiteral("%1: %2").arg(name, blocks.error().message));
        for (const Block &b : blocks->blocks)
            out.add(b.kind, b.text, b.level, b.page);
    }
    return out.take();
}
#endif

} // namespace

void DocumentBuilder::add(Block::Kind kind, QString text, int level, int page)
{
    if (kind == Block::Kind::Code) { // the first line keeps its indentation
        while (text.startsWith(QLatin1Char('\n')))
            text.remove(0, 1);
        while (!text.isEmpty() && text.back().isSpace())
            text.chop(1);
    } else {
        text = text.trimmed();
    }
    if (text.trimmed().isEmpty())
        return;
    Block b;
    b.kind = kind;
    b.level = level;
    b.page = page;
    b.offset = m_offset;
    m_offset += text.size() + 2;
    b.text = std::move(text);
    m_blocks << std::move(b);
}

QStringList documentFeatures()
{
    QStringList out;
#ifdef SB_HAVE_POPPLER
    out << QStringLiteral("pdf");
#endif
#ifdef SB_HAVE_LIBZIP
    out << QStringLiteral("docx") << QStringLiteral("odt") << QStringLiteral("epub");
#endif
#ifdef SB_HAVE_TESSERACT
    out << QStringLiteral("ocr");
#endif
    return out;
}

Expected<QList<Block>> documentBlocks(const QString &kind, const QString &fileName, const QByteArray &bytes,
                                      [[maybe_unused]] const QString &ocrLanguage)
{
    const QString name = QFileInfo(fileName).fileName();
    if (kind == QLatin1String("pdf")) {
#ifdef SB_HAVE_POPPLER
        if (!bytes.startsWith("%PDF-"))
            return Error::make(Error::Kind::Parse, QStringLiteral("%1 is not a PDF (it does not start with %PDF-)").arg(name));
        std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(bytes);
        if (!doc)
            return Error::make(Error::Kind::Parse, QStringLiteral("%1 is a damaged PDF").arg(name));
        if (doc->isLocked())
            return Error::make(Error::Kind::Validation,
                               QStringLiteral("%1 is encrypted: open it with its password and save a copy without one").arg(name));
        DocumentBuilder out;
        for (int i = 0; i < doc->numPages(); ++i) {
            std::unique_ptr<Poppler::Page> page = doc->page(i);
            if (!page)
                continue;
            QString text = page->text(QRectF());
            if (text.trimmed().size() < 16) { // a scanned page: its picture is read
#ifdef SB_HAVE_TESSERACT
                auto ocr = recognise(page->renderToImage(300, 300), ocrLanguage);
                if (!ocr)
                    return ocr.error();
                text = *ocr;
#endif
            }
            addPageLines(out, text, i + 1);
        }
        return out.take();
#else
        return Error::make(Error::Kind::Unavailable, QStringLiteral("this build reads no PDF files (built without poppler-qt6)"));
#endif
    }
    if (kind == QLatin1String("image")) {
#ifdef SB_HAVE_TESSERACT
        QImage image;
        if (!image.loadFromData(bytes))
            return Error::make(Error::Kind::Parse, QStringLiteral("%1 is not an image this build can read").arg(name));
        auto text = recognise(image, ocrLanguage);
        if (!text)
            return text.error();
        DocumentBuilder out;
        addText(out, *text, 0);
        return out.take();
#else
        return Error::make(Error::Kind::Unavailable, QStringLiteral("this build has no OCR (built without Tesseract)"));
#endif
    }
#ifdef SB_HAVE_LIBZIP
    auto zip = Zip::open(bytes, name);
    if (!zip)
        return zip.error();
    if (kind == QLatin1String("docx"))
        return docxBlocks(**zip, name);
    if (kind == QLatin1String("odt"))
        return odtBlocks(**zip, name);
    if (kind == QLatin1String("epub"))
        return epubBlocks(**zip, name);
    return Error::make(Error::Kind::Validation, QStringLiteral("%1: no reader for %2").arg(name, kind));
#else
    return Error::make(Error::Kind::Unavailable, QStringLiteral("this build reads no %1 files (built without libzip)").arg(kind.toUpper()));
#endif
}

} // namespace sb::knowledge
