#pragma once

#include "common/expected.h"
#include "knowledge/extract.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace sb::knowledge {

// How a page is fetched for import.
struct FetchOptions {
    qint64 maxBytes = kMaxSourceBytes; // the same limit as files
    int timeoutMs = 30000; // without a byte arriving
    int maxRedirects = 5;
};

struct Fetched {
    QUrl url; // where it was read, after redirects
    QString contentType; // the media type without parameters ("text/html")
    // The name extract() reads it by: the URL's last segment with the suffix its content type means
    // ("guide.html" for text/html at /docs/guide).
    QString fileName;
    QByteArray body; // UTF-8 for text whose charset said otherwise
};

// An http or https URL (what `kb add` and the Ingestor take besides paths).
bool isWebSource(const QString &source);

// The extract() kind of a content type: markdown, text, html, csv, json, pdf, docx, odt, epub,
// image, or empty for none a knowledge base reads.
QString kindForContentType(const QString &contentType);

// Fetches a URL on the calling thread (its own network manager and event loop: for the ingest
// worker, never the GUI thread). Redirects are followed up to maxRedirects (never from https to
// http). The content type decides how it is read; one that says nothing (octet-stream) leaves it to
// the URL's suffix. Errors say why: the HTTP status, a timeout, too large, not text.
[[nodiscard]] Expected<Fetched> fetch(const QUrl &url, const FetchOptions &options = {});

} // namespace sb::knowledge
