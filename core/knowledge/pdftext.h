#pragma once

#include "common/expected.h"
#include "protocol/types.h"
#include "router/router.h"

#include <QObject>

#include <functional>

namespace sb::knowledge {

// The text-extracted fallback for a model that reads no PDFs: the PDF document part's text as the
// knowledge base's importer reads it (poppler-qt6, OCR for pages that are pictures), page by page, as
// a plain-text document part with the same title. Refused with the importer's reason (a build without
// poppler-qt6, an encrypted or damaged PDF).
[[nodiscard]] Expected<protocol::ContentPart> pdfAsText(const protocol::ContentPart &pdf);

// The request with every PDF document part replaced by its extracted text.
[[nodiscard]] Expected<protocol::ChatRequest> withPdfsAsText(protocol::ChatRequest request);

// How a request's PDF document parts reach its model (Compare's panes, a workflow's llm steps; the
// Playground asks at attach time instead). As they are when a target the router would use reads PDFs
// within its API's page and size limits; else as their extracted text (the fallback above) when a
// target takes that. `why` (English, the router's) says why the PDFs could not go as they are.
struct PdfDelivery {
    enum class How { AsIs, AsText };
    How how = How::AsIs;
    QString why;
};
PdfDelivery pdfDelivery(router::Router &router, const protocol::ChatRequest &request, const router::DispatchContext &context = {});

// The request as pdfDelivery() says it goes: unchanged (at once, on this thread), or with its PDFs as
// extracted text (read on a worker; `done` comes back on `context`'s thread unless it is gone). An
// error is the refusal: the PDFs cannot go as they are and their text cannot be extracted.
struct PdfFitted {
    protocol::ChatRequest request;
    PdfDelivery delivery;
};
void fitPdfs(router::Router &router, protocol::ChatRequest request, const router::DispatchContext &dispatchContext, QObject *context,
             std::function<void(Expected<PdfFitted>)> done);

} // namespace sb::knowledge
