#pragma once

#include "protocol/codec.h"
#include "protocol/types.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace sb::protocol {

// What each API takes of PDFs sent inline as document parts (the vendors' documentation, 2025-10):
// Anthropic 100 pages and 32 MB per request; Gemini 1000 pages and 20 MB per request for inline data;
// OpenAI (Chat Completions file parts and Responses input_file) 50 MB per request. Ollama has no
// document part at all. Sizes count the base64 text as sent.
struct PdfLimits {
    int maxPages = 0; // 0 = no page limit documented
    qint64 maxRequestBytes = 0;
};
std::optional<PdfLimits> pdfLimits(Dialect dialect);

// A PDF document part: application/pdf with inline data.
bool isPdf(const ContentPart &part);
// The request carries at least one PDF document part.
bool hasPdf(const ChatRequest &request);

// The number of pages of a PDF (its /Type /Page objects), or nullopt when they cannot be counted
// without decompressing (object streams).
std::optional<int> pdfPageCount(const QByteArray &pdf);

// Why the request's PDFs cannot go to an API of this dialect as they are: the limit they exceed
// ("the PDF report.pdf has 120 pages; Anthropic takes at most 100"), or empty when they fit.
QString pdfLimitProblem(const ChatRequest &request, Dialect dialect);

} // namespace sb::protocol
