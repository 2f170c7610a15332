#include "knowledge/pdftext.h"

#include "knowledge/extract.h"
#include "protocol/documents.h"

namespace sb::knowledge {

Expected<protocol::ContentPart> pdfAsText(const protocol::ContentPart &pdf)
{
    const QString name = pdf.title.isEmpty() ? QStringLiteral("document.pdf") : pdf.title;
    auto extracted = extract(name.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) ? name : name + QStringLiteral(".pdf"),
                             QByteArray::fromBase64(pdf.data));
    if (!extracted)
        return extracted.error();
    QString text;
    int page = 0;
    for (const Block &b : std::as_const(extracted->blocks)) {
        if (b.page != page && b.page > 0) {
            page = b.page;
            text += (text.isEmpty() ? QString() : QStringLiteral("\n\n")) + QStringLiteral("[page %1]").arg(page);
        }
        text += QStringLiteral("\n\n") + b.text;
    }
    if (text.trimmed().isEmpty())
        return Error::make(Error::Kind::Validation, QStringLiteral("%1 holds no text to send instead of the PDF").arg(name));
    protocol::ContentPart out;
    out.type = protocol::ContentPart::Type::Document;
    out.text = text.trimmed();
    out.mediaType = QStringLiteral("text/plain");
    out.title = pdf.title;
    return out;
}

Expected<protocol::ChatRequest> withPdfsAsText(protocol::ChatRequest request)
{
    for (protocol::Message &m : request.messages) {
        for (protocol::ContentPart &p : m.content) {
            if (!protocol::isPdf(p))
                continue;
            auto text = pdfAsText(p);
            if (!text)
                return text.error();
            p = std::move(*text);
        }
    }
    return request;
}

} // namespace sb::knowledge
