#pragma once

#include "common/expected.h"
#include "knowledge/extract.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace sb::knowledge {

// Collects blocks in reading order with their offsets in the extracted text (the blocks joined by a
// blank line). Empty blocks are dropped; code keeps the indentation of its first line.
class DocumentBuilder
{
public:
    void add(Block::Kind kind, QString text, int level = 0, int page = 0);
    QList<Block> take() { return std::move(m_blocks); }

private:
    QList<Block> m_blocks;
    qsizetype m_offset = 0;
};

// The binary formats this build reads: "pdf" (poppler-qt6), "docx", "odt", "epub" (libzip), "ocr"
// (Tesseract: images, and PDF pages that are pictures).
QStringList documentFeatures();

// The blocks of a PDF (with page numbers; a page without text is read by OCR), an image (OCR), or a
// DOCX, ODT or EPUB. Encrypted, damaged or mislabelled files are refused with the reason.
[[nodiscard]] Expected<QList<Block>> documentBlocks(const QString &kind, const QString &fileName, const QByteArray &bytes,
                                                    const QString &ocrLanguage = QStringLiteral("eng"));

} // namespace sb::knowledge
