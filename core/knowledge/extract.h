#pragma once

#include "common/expected.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace sb::knowledge {

// A piece of a document's structure, in reading order. Headings carry their level (1 = top);
// the chunker keeps the path of headings above each passage and never cuts inside a row.
struct Block {
    enum class Kind { Heading, Paragraph, Code, Row };
    Kind kind = Kind::Paragraph;
    QString text;
    int level = 0; // headings
    int page = 0; // 1-based where the format has pages, else 0
    qsizetype offset = 0; // of the text in the document's extracted text (citations)
};

struct Extracted {
    QString kind; // markdown, text, code, html, csv, json
    QList<Block> blocks;
};

// What an import refuses before reading: larger files are listed as skipped with this reason.
inline constexpr qint64 kMaxSourceBytes = 64 * 1024 * 1024;

// The kind of a file by its name (markdown, text, code, html, csv, json), or empty when the name says
// nothing a knowledge base can read yet (then the caller skips it with unsupportedReason()).
QString kindForName(const QString &fileName);
// Why a file of this name is skipped (e.g. "PDF files are not imported yet").
QString unsupportedReason(const QString &fileName);

// The blocks of a file's bytes, by its name. Errors say why the content cannot be used: not valid
// UTF-8 or binary content under a text name, a CSV without rows, JSON that does not parse.
// Images and scanned PDF pages are read by OCR in `ocrLanguage` (Tesseract's codes).
[[nodiscard]] Expected<Extracted> extract(const QString &fileName, const QByteArray &bytes, const QString &ocrLanguage = QStringLiteral("eng"));

} // namespace sb::knowledge
