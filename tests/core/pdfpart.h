#pragma once

#include "protocol/types.h"

#include <QByteArray>

namespace sb::testing {

// A PDF with `pages` page objects (counted as a PDF reader counts them), padded by `padBytes` spaces.
inline QByteArray fakePdf(int pages, qsizetype padBytes = 0)
{
    QByteArray pdf = "%PDF-1.4\n";
    for (int i = 0; i < pages; ++i)
        pdf += QByteArray::number(i + 3) + " 0 obj\n<< /Type /Page /Parent 2 0 R >>\nendobj\n";
    pdf += "2 0 obj\n<</Type/Pages/Count " + QByteArray::number(pages) + ">>\nendobj\n";
    return pdf + QByteArray(padBytes, ' ') + "%%EOF\n";
}

// The PDF as a canonical document part, as an attachment or a client's request carries it.
inline protocol::ContentPart pdfPart(const QByteArray &pdf, const QString &fileName)
{
    protocol::ContentPart doc;
    doc.type = protocol::ContentPart::Type::Document;
    doc.data = pdf.toBase64();
    doc.mediaType = QStringLiteral("application/pdf");
    doc.title = fileName;
    return doc;
}

} // namespace sb::testing
