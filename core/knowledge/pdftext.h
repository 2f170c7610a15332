#pragma once

#include "common/expected.h"
#include "protocol/types.h"

namespace sb::knowledge {

// The text-extracted fallback for a model that reads no PDFs: the PDF document part's text as the
// knowledge base's importer reads it (poppler-qt6, OCR for pages that are pictures), page by page, as
// a plain-text document part with the same title. Refused with the importer's reason (a build without
// poppler-qt6, an encrypted or damaged PDF).
[[nodiscard]] Expected<protocol::ContentPart> pdfAsText(const protocol::ContentPart &pdf);

// The request with every PDF document part replaced by its extracted text.
[[nodiscard]] Expected<protocol::ChatRequest> withPdfsAsText(protocol::ChatRequest request);

} // namespace sb::knowledge
