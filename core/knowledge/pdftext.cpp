#include "knowledge/pdftext.h"

#include "common/async.h"
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

PdfDelivery pdfDelivery(router::Router &router, const protocol::ChatRequest &request, const router::DispatchContext &context)
{
    if (!protocol::hasPdf(request))
        return {};
    const router::Plan asIs = router.plan(request, context);
    if (!asIs.usable().isEmpty())
        return {};
    // the same request with each PDF as a short text: whether a target takes the fallback at all
    protocol::ChatRequest asText = request;
    for (protocol::Message &m : asText.messages) {
        for (protocol::ContentPart &p : m.content) {
            if (protocol::isPdf(p)) {
                p.data.clear();
                p.text = QStringLiteral("(the PDF's text)");
                p.mediaType = QStringLiteral("text/plain");
            }
        }
    }
    if (router.plan(asText, context).usable().isEmpty())
        return {}; // neither goes: the router's own error says why when the call is made
    return {PdfDelivery::How::AsText, asIs.error ? asIs.error->message : QString()};
}

void fitPdfs(router::Router &router, protocol::ChatRequest request, const router::DispatchContext &dispatchContext, QObject *context,
             std::function<void(Expected<PdfFitted>)> done)
{
    const PdfDelivery delivery = pdfDelivery(router, request, dispatchContext);
    if (delivery.how == PdfDelivery::How::AsIs) {
        done(PdfFitted{std::move(request), delivery});
        return;
    }
    // poppler, and OCR for pages that are pictures, take seconds on a large PDF: on a worker
    async::runThenCallback(
        context, [request = std::move(request)]() mutable { return withPdfsAsText(std::move(request)); },
        [delivery, done = std::move(done)](const Expected<protocol::ChatRequest> &fitted) {
            if (!fitted) {
                done(fitted.error());
                return;
            }
            done(PdfFitted{*fitted, delivery});
        });
}

} // namespace sb::knowledge
