#include "protocol/types.h"

#include "common/logging.h"

#include <QCryptographicHash>
#include <QLocale>

#include <array>

namespace sb::protocol {

namespace {

struct KindName {
    ApiError::Kind kind;
    const char *name;
};

constexpr std::array<KindName, 13> kKindNames{{
    {ApiError::Kind::Auth, "auth"},
    {ApiError::Kind::Permission, "permission"},
    {ApiError::Kind::NotFound, "not_found"},
    {ApiError::Kind::RateLimited, "rate_limited"},
    {ApiError::Kind::Overloaded, "overloaded"},
    {ApiError::Kind::ContextLength, "context_length"},
    {ApiError::Kind::ContentFilter, "content_filter"},
    {ApiError::Kind::InvalidRequest, "invalid_request"},
    {ApiError::Kind::Timeout, "timeout"},
    {ApiError::Kind::Network, "network"},
    {ApiError::Kind::Server, "server"},
    {ApiError::Kind::Cancelled, "cancelled"},
    {ApiError::Kind::BudgetExceeded, "budget_exceeded"},
}};

} // namespace

QString toString(ApiError::Kind kind)
{
    for (const KindName &k : kKindNames) {
        if (k.kind == kind)
            return QString::fromLatin1(k.name);
    }
    return QStringLiteral("server");
}

std::optional<ApiError::Kind> apiErrorKindFromString(QStringView text)
{
    for (const KindName &k : kKindNames) {
        if (text == QLatin1String(k.name))
            return k.kind;
    }
    return std::nullopt;
}

ApiError::Kind ApiError::kindForStatus(int httpStatus)
{
    switch (httpStatus) {
    case 400:
    case 409:
    case 413:
    case 415:
    case 422: return Kind::InvalidRequest;
    case 401: return Kind::Auth;
    case 402: return Kind::BudgetExceeded;
    case 403: return Kind::Permission;
    case 404: return Kind::NotFound;
    case 408:
    case 504: return Kind::Timeout;
    case 429: return Kind::RateLimited;
    case 503:
    case 529: return Kind::Overloaded;
    default: break;
    }
    if (httpStatus >= 400 && httpStatus < 500)
        return Kind::InvalidRequest;
    return Kind::Server;
}

int ApiError::statusForResponse() const
{
    if (httpStatus >= 400 && httpStatus <= 599)
        return httpStatus;
    switch (kind) {
    case Kind::Auth: return 401;
    case Kind::Permission: return 403;
    case Kind::NotFound: return 404;
    case Kind::RateLimited: return 429;
    case Kind::Overloaded: return 529;
    case Kind::ContextLength:
    case Kind::ContentFilter:
    case Kind::InvalidRequest: return 400;
    case Kind::Timeout: return 504;
    case Kind::Network: return 502;
    case Kind::Server: return 500;
    case Kind::Cancelled: return 499;
    case Kind::BudgetExceeded: return 402;
    }
    return 500;
}

bool ApiError::isRetryable(Kind kind)
{
    switch (kind) {
    case Kind::RateLimited:
    case Kind::Overloaded:
    case Kind::Timeout:
    case Kind::Network:
    case Kind::Server: return true;
    default: return false;
    }
}

std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double seconds = v.toDouble(&ok);
    if (ok) {
        if (seconds < 0 || seconds > 86400.0 * 365)
            return std::nullopt;
        return std::chrono::milliseconds(qint64(seconds * 1000.0));
    }
    // IMF-fixdate, e.g. "Wed, 21 Oct 2015 07:28:00 GMT"
    QString text = QString::fromLatin1(v);
    if (text.endsWith(QLatin1String(" GMT")))
        text.chop(4);
    QDateTime when = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (!when.isValid())
        return std::nullopt;
    when.setTimeSpec(Qt::UTC);
    const qint64 ms = now.msecsTo(when);
    return std::chrono::milliseconds(ms > 0 ? ms : 0);
}

QString toString(Role role)
{
    switch (role) {
    case Role::System: return QStringLiteral("system");
    case Role::User: return QStringLiteral("user");
    case Role::Assistant: return QStringLiteral("assistant");
    case Role::Tool: return QStringLiteral("tool");
    }
    return QStringLiteral("user");
}

QString toString(FinishReason reason)
{
    switch (reason) {
    case FinishReason::Stop: return QStringLiteral("stop");
    case FinishReason::Length: return QStringLiteral("length");
    case FinishReason::ToolCalls: return QStringLiteral("tool_calls");
    case FinishReason::ContentFilter: return QStringLiteral("content_filter");
    case FinishReason::Error: return QStringLiteral("error");
    }
    return QStringLiteral("stop");
}

ContentPart ContentPart::makeText(QString text)
{
    ContentPart p;
    p.text = std::move(text);
    return p;
}

ContentPart ContentPart::makeImageUrl(QString url)
{
    ContentPart p;
    p.type = Type::Image;
    p.url = std::move(url);
    return p;
}

ContentPart ContentPart::makeImageData(QByteArray base64, QString mediaType)
{
    ContentPart p;
    p.type = Type::Image;
    p.data = std::move(base64);
    p.mediaType = std::move(mediaType);
    return p;
}

ContentPart ContentPart::makeReasoning(QString text, QString signature)
{
    ContentPart p;
    p.type = Type::Reasoning;
    p.text = std::move(text);
    p.signature = std::move(signature);
    return p;
}

QString Message::text() const
{
    QString out;
    for (const ContentPart &p : content) {
        if (p.type == ContentPart::Type::Text)
            out += p.text;
    }
    return out;
}

Message Message::make(Role role, QString text)
{
    Message m;
    m.role = role;
    m.content.append(ContentPart::makeText(std::move(text)));
    return m;
}

StreamEvent StreamEvent::messageStart(QString id, QString model)
{
    StreamEvent e;
    e.type = Type::MessageStart;
    e.id = std::move(id);
    e.model = std::move(model);
    return e;
}

StreamEvent StreamEvent::textDelta(QString text)
{
    StreamEvent e;
    e.type = Type::TextDelta;
    e.text = std::move(text);
    return e;
}

StreamEvent StreamEvent::reasoningDelta(QString text, QString signature)
{
    StreamEvent e;
    e.type = Type::ReasoningDelta;
    e.text = std::move(text);
    e.signature = std::move(signature);
    return e;
}

QString flatToolName(const QString &toolNamespace, const QString &name)
{
    const QString whole = toolNamespace.isEmpty() ? name : toolNamespace + QStringLiteral("__") + name;
    QString out;
    out.reserve(whole.size());
    for (const QChar c : whole)
        out += (c.isLetterOrNumber() && c.unicode() < 128) || c == QLatin1Char('_') || c == QLatin1Char('-') ? c : QLatin1Char('_');
    if (out.isEmpty() || !(out.at(0).isLetter() || out.at(0) == QLatin1Char('_')))
        out.prepend(QLatin1Char('_'));
    if (out.size() > 64) {
        const QByteArray hash = QCryptographicHash::hash(whole.toUtf8(), QCryptographicHash::Sha1).toHex().left(8);
        out = out.left(55) + QLatin1Char('_') + QString::fromLatin1(hash);
    }
    return out;
}

namespace {
const QString kSignatureMark = QStringLiteral("__sbsig_");
}

QString idWithSignature(const QString &id, const QString &signature)
{
    if (signature.isEmpty())
        return id;
    return id + kSignatureMark + QString::fromLatin1(signature.toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

SignedId splitSignedId(const QString &id)
{
    const qsizetype at = id.lastIndexOf(kSignatureMark);
    if (at < 0)
        return {id, {}};
    const auto decoded = QByteArray::fromBase64Encoding(id.mid(at + kSignatureMark.size()).toLatin1(),
                                                        QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return {id, {}}; // not ours after all: the id as it is
    return {id.left(at), QString::fromUtf8(decoded.decoded)};
}

void takeSignaturesFromIds(ChatRequest &request)
{
    for (Message &m : request.messages) {
        for (ToolCall &c : m.toolCalls) {
            SignedId s = splitSignedId(c.id);
            c.id = s.id;
            if (c.signature.isEmpty())
                c.signature = s.signature;
        }
        if (!m.toolCallId.isEmpty())
            m.toolCallId = splitSignedId(m.toolCallId).id;
    }
}

bool asksForWebSearch(const ChatRequest &request)
{
    return request.hostedTools.contains(QLatin1String("web_search")) || request.hostedTools.contains(QLatin1String("web_search_preview"));
}

bool geminiCanSearch(const ChatRequest &request)
{
    return request.tools.isEmpty() || request.model.startsWith(QLatin1String("gemini-3"));
}

StreamEvent StreamEvent::toolCallStart(int index, QString id, QString name)
{
    StreamEvent e;
    e.type = Type::ToolCallStart;
    e.index = index;
    e.id = std::move(id);
    e.name = std::move(name);
    return e;
}

StreamEvent StreamEvent::toolCallDelta(int index, QString partialJson)
{
    StreamEvent e;
    e.type = Type::ToolCallDelta;
    e.index = index;
    e.text = std::move(partialJson);
    return e;
}

StreamEvent StreamEvent::toolCallEnd(int index)
{
    StreamEvent e;
    e.type = Type::ToolCallEnd;
    e.index = index;
    return e;
}

StreamEvent StreamEvent::usageEvent(const Usage &usage)
{
    StreamEvent e;
    e.type = Type::Usage;
    e.usage = usage;
    return e;
}

StreamEvent StreamEvent::finish(FinishReason reason)
{
    StreamEvent e;
    e.type = Type::Finish;
    e.finishReason = reason;
    return e;
}

StreamEvent StreamEvent::errorEvent(ApiError error)
{
    StreamEvent e;
    e.type = Type::Error;
    e.error = std::move(error);
    return e;
}

QString toString(StreamEvent::Type type)
{
    switch (type) {
    case StreamEvent::Type::MessageStart: return QStringLiteral("message_start");
    case StreamEvent::Type::TextDelta: return QStringLiteral("text_delta");
    case StreamEvent::Type::ReasoningDelta: return QStringLiteral("reasoning_delta");
    case StreamEvent::Type::ToolCallStart: return QStringLiteral("tool_call_start");
    case StreamEvent::Type::ToolCallDelta: return QStringLiteral("tool_call_delta");
    case StreamEvent::Type::ToolCallEnd: return QStringLiteral("tool_call_end");
    case StreamEvent::Type::Usage: return QStringLiteral("usage");
    case StreamEvent::Type::Finish: return QStringLiteral("finish");
    case StreamEvent::Type::Error: return QStringLiteral("error");
    }
    return QStringLiteral("unknown");
}

namespace {
QString escaped(QString text)
{
    return text.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\n'), QStringLiteral("\\n"));
}
} // namespace

QString describe(const StreamEvent &e)
{
    QString out = toString(e.type);
    switch (e.type) {
    case StreamEvent::Type::MessageStart: out += QStringLiteral(" id=%1 model=%2").arg(e.id, e.model); break;
    case StreamEvent::Type::TextDelta: out += QStringLiteral(" \"%1\"").arg(escaped(e.text)); break;
    case StreamEvent::Type::ReasoningDelta:
        out += QStringLiteral(" \"%1\" sig=%2 id=%3%4").arg(escaped(e.text), e.signature, e.id, e.redacted ? QStringLiteral(" redacted") : QString());
        break;
    case StreamEvent::Type::ToolCallStart: out += QStringLiteral(" #%1 id=%2 name=%3").arg(e.index).arg(e.id, e.name); break;
    case StreamEvent::Type::ToolCallDelta: out += QStringLiteral(" #%1 \"%2\"").arg(e.index).arg(escaped(e.text)); break;
    case StreamEvent::Type::ToolCallEnd: out += QStringLiteral(" #%1").arg(e.index); break;
    case StreamEvent::Type::Usage:
        out += QStringLiteral(" in=%1 out=%2 cr=%3 cw=%4 rs=%5")
                   .arg(e.usage.inputTokens)
                   .arg(e.usage.outputTokens)
                   .arg(e.usage.cacheReadTokens)
                   .arg(e.usage.cacheWriteTokens)
                   .arg(e.usage.reasoningTokens);
        break;
    case StreamEvent::Type::Finish: out += QLatin1Char(' ') + toString(e.finishReason); break;
    case StreamEvent::Type::Error: out += QStringLiteral(" %1 %2 %3").arg(toString(e.error.kind)).arg(e.error.httpStatus).arg(e.error.message); break;
    }
    return out;
}

QList<StreamEvent> coalesce(const QList<StreamEvent> &events)
{
    QList<StreamEvent> out;
    for (const StreamEvent &e : events) {
        if (!out.isEmpty()) {
            StreamEvent &last = out.last();
            const bool sameKind = last.type == e.type;
            if (sameKind && e.type == StreamEvent::Type::TextDelta) {
                last.text += e.text;
                continue;
            }
            if (sameKind && e.type == StreamEvent::Type::ReasoningDelta && !last.redacted && !e.redacted && last.id == e.id
                && (last.signature.isEmpty() || e.text.isEmpty())) {
                last.text += e.text;
                last.signature += e.signature;
                continue;
            }
            if (sameKind && e.type == StreamEvent::Type::ToolCallDelta && last.index == e.index) {
                last.text += e.text;
                continue;
            }
            if (sameKind && e.type == StreamEvent::Type::Usage) {
                last.usage = e.usage;
                continue;
            }
        }
        out.append(e);
    }
    return out;
}

QString describe(const QList<StreamEvent> &events)
{
    QString out;
    for (const StreamEvent &e : events)
        out += describe(e) + QLatin1Char('\n');
    return out;
}

ContentPart &StreamAccumulator::lastPart(ContentPart::Type type)
{
    QList<ContentPart> &parts = m_response.message.content;
    if (parts.isEmpty() || parts.last().type != type) {
        ContentPart p;
        p.type = type;
        parts.append(p);
    }
    return parts.last();
}

void StreamAccumulator::add(const StreamEvent &e)
{
    switch (e.type) {
    case StreamEvent::Type::MessageStart:
        if (!e.id.isEmpty())
            m_response.id = e.id;
        if (!e.model.isEmpty())
            m_response.model = e.model;
        break;
    case StreamEvent::Type::TextDelta: lastPart(ContentPart::Type::Text).text += e.text; break;
    case StreamEvent::Type::ReasoningDelta: {
        // A redacted block, or a new block after a signed one, starts a new part.
        QList<ContentPart> &parts = m_response.message.content;
        const bool fresh = parts.isEmpty() || parts.last().type != ContentPart::Type::Reasoning || parts.last().redacted || e.redacted
            || (!parts.last().signature.isEmpty() && !e.text.isEmpty()) || (!e.id.isEmpty() && !parts.last().id.isEmpty() && e.id != parts.last().id);
        if (fresh) {
            ContentPart p;
            p.type = ContentPart::Type::Reasoning;
            p.redacted = e.redacted;
            parts.append(p);
        }
        parts.last().text += e.text;
        parts.last().signature += e.signature;
        if (!e.id.isEmpty())
            parts.last().id = e.id;
        break;
    }
    case StreamEvent::Type::ToolCallStart: {
        while (m_toolSlots.size() <= e.index)
            m_toolSlots.append(-1);
        if (e.index >= 0) {
            m_toolSlots[e.index] = int(m_response.message.toolCalls.size());
            m_response.message.toolCalls.append(ToolCall{e.id, e.name, {}, e.signature, {}});
        }
        break;
    }
    case StreamEvent::Type::ToolCallDelta:
        if (e.index >= 0 && e.index < m_toolSlots.size() && m_toolSlots[e.index] >= 0)
            m_response.message.toolCalls[m_toolSlots[e.index]].arguments += e.text;
        break;
    case StreamEvent::Type::ToolCallEnd: break;
    case StreamEvent::Type::Usage: m_response.usage = e.usage; break;
    case StreamEvent::Type::Finish:
        m_response.finishReason = e.finishReason;
        m_finished = true;
        break;
    case StreamEvent::Type::Error:
        m_error = e.error;
        m_response.finishReason = FinishReason::Error;
        m_finished = true;
        break;
    }
}

} // namespace sb::protocol
