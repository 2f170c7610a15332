#include "protocol/documents.h"

#include <cctype>

namespace sb::protocol {

namespace {

QString apiName(Dialect dialect)
{
    switch (dialect) {
    case Dialect::AnthropicMessages: return QStringLiteral("Anthropic");
    case Dialect::Gemini: return QStringLiteral("Gemini");
    case Dialect::OpenAiChat:
    case Dialect::OpenAiResponses: return QStringLiteral("OpenAI");
    case Dialect::Ollama: return QStringLiteral("Ollama");
    }
    return {};
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MB");
}

} // namespace

std::optional<PdfLimits> pdfLimits(Dialect dialect)
{
    constexpr qint64 mb = 1024 * 1024;
    switch (dialect) {
    case Dialect::AnthropicMessages: return PdfLimits{100, 32 * mb};
    case Dialect::Gemini: return PdfLimits{1000, 20 * mb};
    case Dialect::OpenAiChat:
    case Dialect::OpenAiResponses: return PdfLimits{0, 50 * mb};
    case Dialect::Ollama: return std::nullopt;
    }
    return std::nullopt;
}

bool isPdf(const ContentPart &part)
{
    return part.type == ContentPart::Type::Document && !part.data.isEmpty() && part.mediaType == QLatin1String("application/pdf");
}

bool hasPdf(const ChatRequest &request)
{
    for (const Message &m : request.messages) {
        for (const ContentPart &p : m.content) {
            if (isPdf(p))
                return true;
        }
    }
    return false;
}

std::optional<int> pdfPageCount(const QByteArray &pdf)
{
    if (pdf.contains("/ObjStm"))
        return std::nullopt; // page objects may sit compressed inside object streams
    // "/Type /Page" (any whitespace between), not "/Type /Pages"
    int count = 0;
    for (qsizetype at = pdf.indexOf("/Type"); at >= 0; at = pdf.indexOf("/Type", at + 5)) {
        qsizetype i = at + 5;
        while (i < pdf.size() && (pdf.at(i) == ' ' || pdf.at(i) == '\n' || pdf.at(i) == '\r' || pdf.at(i) == '\t'))
            ++i;
        if (pdf.mid(i, 5) != "/Page")
            continue;
        const char next = i + 5 < pdf.size() ? pdf.at(i + 5) : ' ';
        if (!std::isalpha(static_cast<unsigned char>(next)))
            ++count;
    }
    return count;
}

QString pdfLimitProblem(const ChatRequest &request, Dialect dialect)
{
    if (!hasPdf(request))
        return {};
    const std::optional<PdfLimits> limits = pdfLimits(dialect);
    if (!limits)
        return QStringLiteral("%1 takes no PDF documents").arg(apiName(dialect));
    qint64 total = 0;
    int pages = 0; // of all PDFs: the limits are per request
    int count = 0;
    QString title;
    for (const Message &m : request.messages) {
        for (const ContentPart &p : m.content) {
            if (!isPdf(p))
                continue;
            total += p.data.size();
            ++count;
            title = p.title;
            if (limits->maxPages > 0)
                pages += pdfPageCount(QByteArray::fromBase64(p.data)).value_or(0);
        }
    }
    if (limits->maxPages > 0 && pages > limits->maxPages) {
        const QString name = count > 1 ? QStringLiteral("the %1 PDFs").arg(count)
            : title.isEmpty()          ? QStringLiteral("the PDF")
                                       : QStringLiteral("the PDF %1").arg(title);
        return QStringLiteral("%1 %2 %3 pages; %4 takes at most %5 pages per request")
            .arg(name, count > 1 ? QStringLiteral("have") : QStringLiteral("has"))
            .arg(pages)
            .arg(apiName(dialect))
            .arg(limits->maxPages);
    }
    if (total > limits->maxRequestBytes)
        return QStringLiteral("the PDFs are %1 as sent; %2 takes at most %3 per request")
            .arg(megabytes(total), apiName(dialect), megabytes(limits->maxRequestBytes));
    return {};
}

} // namespace sb::protocol
