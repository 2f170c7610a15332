#include "protocol/jsonutil.h"

#include <QDateTime>
#include <QJsonParseError>
#include <QUuid>

namespace sb::protocol::detail {

Result<QJsonObject> parseRequestBody(const QByteArray &body)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError)
        return invalidRequest(QStringLiteral("request body is not valid JSON: %1 at offset %2").arg(pe.errorString()).arg(pe.offset));
    if (!doc.isObject())
        return invalidRequest(QStringLiteral("request body must be a JSON object"));
    return doc.object();
}

Result<QJsonObject> parseUpstreamBody(const QByteArray &body, const QString &what)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return upstreamGarbage(QStringLiteral("%1 is not a JSON object").arg(what));
    return doc.object();
}

std::optional<QJsonObject> parseObject(QByteArrayView bytes)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.toByteArray(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

ApiError invalidRequest(const QString &message)
{
    return ApiError::make(ApiError::Kind::InvalidRequest, message, 400);
}

ApiError upstreamGarbage(const QString &message)
{
    return ApiError::make(ApiError::Kind::Server, message, 502);
}

ApiError truncatedStream()
{
    return ApiError::make(ApiError::Kind::Network, QStringLiteral("the stream ended before it was complete"));
}

QJsonObject argumentsObject(const QString &json)
{
    if (json.trimmed().isEmpty())
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    return doc.isObject() ? doc.object() : QJsonObject{};
}

QString argumentsText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isObject())
        return QString::fromUtf8(compact(value.toObject()));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return QStringLiteral("{}");
}

std::optional<DataUrl> parseDataUrl(const QString &url)
{
    if (!url.startsWith(QLatin1String("data:")))
        return std::nullopt;
    const qsizetype comma = url.indexOf(QLatin1Char(','));
    if (comma < 0)
        return std::nullopt;
    const QStringView meta = QStringView(url).sliced(5, comma - 5);
    if (!meta.endsWith(QLatin1String(";base64")))
        return std::nullopt;
    return DataUrl{meta.chopped(7).toString(), QStringView(url).sliced(comma + 1).toLatin1()};
}

QString makeDataUrl(const QString &mediaType, const QByteArray &base64)
{
    return QStringLiteral("data:") + mediaType + QStringLiteral(";base64,") + QString::fromLatin1(base64);
}

int budgetForEffort(const QString &effort)
{
    if (effort == QLatin1String("minimal"))
        return 1024;
    if (effort == QLatin1String("low"))
        return 2048;
    if (effort == QLatin1String("high"))
        return 24576;
    return 8192; // medium
}

QString effortForBudget(int budget)
{
    if (budget <= 1024)
        return QStringLiteral("minimal");
    if (budget <= 4096)
        return QStringLiteral("low");
    if (budget <= 16384)
        return QStringLiteral("medium");
    return QStringLiteral("high");
}

void collectExtras(ChatRequest &request, const QJsonObject &body, const QStringList &known, Dialect dialect)
{
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!known.contains(it.key()))
            request.extras.insert(it.key(), it.value());
    }
    request.extrasDialect = toString(dialect);
}

Result<ChatRequest> readRequest(const QByteArray &body, const std::function<Result<ChatRequest>(const QJsonObject &)> &read)
{
    auto o = parseRequestBody(body);
    if (!o)
        return o.error();
    return read(o.value());
}

void mergeExtras(QJsonObject &body, const ChatRequest &request, Dialect dialect)
{
    if (!request.extrasDialect.isEmpty() && request.extrasDialect != toString(dialect))
        return;
    for (auto it = request.extras.begin(); it != request.extras.end(); ++it) {
        if (!body.contains(it.key()))
            body.insert(it.key(), it.value());
    }
}

ApiError::Kind refineKind(ApiError::Kind base, const QString &typeOrCode, const QString &message)
{
    const QString t = typeOrCode.toLower();
    const QString m = message.toLower();
    if (t.contains(QLatin1String("context_length")) || m.contains(QLatin1String("context length")) || m.contains(QLatin1String("context window"))
        || m.contains(QLatin1String("prompt is too long")) || m.contains(QLatin1String("maximum context"))
        || m.contains(QLatin1String("too many tokens")) || m.contains(QLatin1String("maximum number of tokens")))
        return ApiError::Kind::ContextLength;
    if (t.contains(QLatin1String("content_filter")) || t.contains(QLatin1String("content_policy")) || m.contains(QLatin1String("content filter"))
        || m.contains(QLatin1String("content management policy")))
        return ApiError::Kind::ContentFilter;
    if (t.contains(QLatin1String("insufficient_quota")) || t.contains(QLatin1String("budget_exceeded"))
        || m.startsWith(QLatin1String("budget exceeded")))
        return ApiError::Kind::BudgetExceeded;
    if (t.contains(QLatin1String("overloaded")) || m.startsWith(QLatin1String("overloaded")))
        return ApiError::Kind::Overloaded;
    if (t.contains(QLatin1String("rate_limit")) || m.startsWith(QLatin1String("rate limit")))
        return ApiError::Kind::RateLimited;
    if (t.contains(QLatin1String("cancelled")) || m.startsWith(QLatin1String("request cancelled")))
        return ApiError::Kind::Cancelled;
    if (t.contains(QLatin1String("timeout")))
        return ApiError::Kind::Timeout;
    return base;
}

QString messageWithKindWording(const ApiError &e)
{
    const auto withPrefix = [&e](const char *phrase) {
        return e.message.contains(QLatin1String(phrase), Qt::CaseInsensitive) ? e.message : QLatin1String(phrase) + QStringLiteral(": ") + e.message;
    };
    switch (e.kind) {
    case ApiError::Kind::ContextLength:
        return refineKind(ApiError::Kind::InvalidRequest, {}, e.message) == ApiError::Kind::ContextLength ? e.message
                                                                                                          : withPrefix("prompt is too long");
    case ApiError::Kind::ContentFilter: return withPrefix("content filter");
    case ApiError::Kind::Cancelled: return withPrefix("request cancelled");
    case ApiError::Kind::BudgetExceeded: return withPrefix("budget exceeded");
    case ApiError::Kind::Overloaded: return withPrefix("overloaded");
    case ApiError::Kind::RateLimited: return withPrefix("rate limit");
    default: break;
    }
    return e.message;
}

std::optional<double> optDouble(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (!v.isDouble())
        return std::nullopt;
    return v.toDouble();
}

std::optional<int> optInt(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (!v.isDouble())
        return std::nullopt;
    return v.toInt();
}

QString FieldReader::string(const QJsonObject &o, const QString &key, bool required)
{
    const QJsonValue v = o.value(key);
    if (v.isString())
        return v.toString();
    if (v.isUndefined() || v.isNull()) {
        if (required)
            fail(QStringLiteral("%1%2 is required").arg(m_context, key));
    } else {
        fail(QStringLiteral("%1%2 must be a string").arg(m_context, key));
    }
    return {};
}

QString generatedCallId(const QString &responseKey, int index)
{
    QString key;
    for (QChar c : responseKey) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            key += c;
    }
    if (key.isEmpty())
        return randomId(QStringLiteral("call_"));
    return QStringLiteral("call_%1_%2").arg(key).arg(index);
}

qint64 nowSeconds()
{
    return QDateTime::currentSecsSinceEpoch();
}

QString randomId(const QString &prefix)
{
    return prefix + QUuid::createUuid().toString(QUuid::Id128).left(24);
}

ApiError openAiErrorFromObject(int status, const QJsonObject &err)
{
    const QString message = err.value(QStringLiteral("message")).toString();
    const QString type = err.value(QStringLiteral("type")).toString();
    const QString code = err.value(QStringLiteral("code")).toVariant().toString();
    ApiError e = ApiError::make(ApiError::kindForStatus(status), message, status);
    if (status == 0) {
        // mid-stream errors have no status: the type or code tells the kind
        static const QList<std::pair<QLatin1String, ApiError::Kind>> byName{
            {QLatin1String("invalid_api_key"), ApiError::Kind::Auth},
            {QLatin1String("authentication_error"), ApiError::Kind::Auth},
            {QLatin1String("permission_error"), ApiError::Kind::Permission},
            {QLatin1String("model_not_found"), ApiError::Kind::NotFound},
            {QLatin1String("not_found_error"), ApiError::Kind::NotFound},
            {QLatin1String("invalid_request_error"), ApiError::Kind::InvalidRequest},
            {QLatin1String("invalid_value"), ApiError::Kind::InvalidRequest},
        };
        e.kind = ApiError::Kind::Server;
        for (const auto &[name, kind] : byName) {
            if (code == name || (code.isEmpty() && type == name)) {
                e.kind = kind;
                break;
            }
        }
    }
    e.kind = refineKind(e.kind, code.isEmpty() ? type : code + QLatin1Char(' ') + type, message);
    return e;
}

QJsonObject openAiErrorToWire(const ApiError &e)
{
    QString type = QStringLiteral("invalid_request_error");
    QJsonValue code = QJsonValue::Null;
    switch (e.kind) {
    case ApiError::Kind::Auth:
        type = QStringLiteral("authentication_error");
        code = QStringLiteral("invalid_api_key");
        break;
    case ApiError::Kind::Permission: type = QStringLiteral("permission_error"); break;
    case ApiError::Kind::NotFound: code = QStringLiteral("model_not_found"); break;
    case ApiError::Kind::RateLimited:
        type = QStringLiteral("rate_limit_error");
        code = QStringLiteral("rate_limit_exceeded");
        break;
    case ApiError::Kind::Overloaded:
        type = QStringLiteral("server_error");
        code = QStringLiteral("overloaded");
        break;
    case ApiError::Kind::ContextLength: code = QStringLiteral("context_length_exceeded"); break;
    case ApiError::Kind::ContentFilter: code = QStringLiteral("content_filter"); break;
    case ApiError::Kind::InvalidRequest: break;
    case ApiError::Kind::Timeout:
        type = QStringLiteral("timeout_error");
        code = QStringLiteral("timeout");
        break;
    case ApiError::Kind::Network:
    case ApiError::Kind::Server: type = QStringLiteral("server_error"); break;
    case ApiError::Kind::Cancelled:
        type = QStringLiteral("request_cancelled");
        code = QStringLiteral("cancelled");
        break;
    case ApiError::Kind::BudgetExceeded:
        type = QStringLiteral("insufficient_quota");
        code = QStringLiteral("budget_exceeded");
        break;
    }
    return QJsonObject{{QStringLiteral("error"),
                        QJsonObject{{QStringLiteral("message"), e.message},
                                    {QStringLiteral("type"), type},
                                    {QStringLiteral("param"), QJsonValue::Null},
                                    {QStringLiteral("code"), code}}}};
}

QList<StreamEvent> SseDecoderBase::feed(QByteArrayView bytes)
{
    QList<StreamEvent> out;
    if (m_done)
        return out;
    handle(m_parser.feed(bytes), out);
    if (!m_done && m_parser.error())
        push(out, StreamEvent::errorEvent(upstreamGarbage(m_parser.error()->message)));
    return out;
}

QList<StreamEvent> SseDecoderBase::finish()
{
    QList<StreamEvent> out;
    if (m_done)
        return out;
    m_finishing = true;
    handle(m_parser.finish(), out);
    if (!m_done && m_parser.error())
        push(out, StreamEvent::errorEvent(upstreamGarbage(m_parser.error()->message)));
    if (!m_done)
        onEnd(out);
    m_done = true;
    return out;
}

void SseDecoderBase::onEvent(const SseEvent &event, QList<StreamEvent> &out)
{
    if (event.data.trimmed().isEmpty())
        return; // an empty data: line some servers send as a keep-alive
    const auto payload = parseObject(event.data);
    if (!payload) {
        // an unterminated last event that does not parse was cut off
        push(out, StreamEvent::errorEvent(m_finishing ? truncatedStream() : upstreamGarbage(QStringLiteral("a stream event is not a JSON object"))));
        return;
    }
    QString type = payload->value(QStringLiteral("type")).toString();
    if (type.isEmpty())
        type = QString::fromUtf8(event.event);
    onPayload(*payload, type, out);
}

void SseDecoderBase::onEnd(QList<StreamEvent> &out)
{
    push(out, StreamEvent::errorEvent(truncatedStream()));
}

void SseDecoderBase::handle(const QList<SseEvent> &events, QList<StreamEvent> &out)
{
    for (const SseEvent &e : events) {
        if (m_done)
            return;
        onEvent(e, out);
    }
}

void SseDecoderBase::push(QList<StreamEvent> &out, StreamEvent event)
{
    if (m_done)
        return;
    if (event.type == StreamEvent::Type::Finish || event.type == StreamEvent::Type::Error)
        m_done = true;
    out.append(std::move(event));
}

int ToolIndexMap::indexFor(int key, bool *isNew)
{
    const qsizetype i = m_keys.indexOf(key);
    if (isNew)
        *isNew = i < 0;
    if (i >= 0)
        return int(i);
    m_keys.append(key);
    m_open.append(true);
    return int(m_keys.size() - 1);
}

std::optional<int> ToolIndexMap::find(int key) const
{
    const qsizetype i = m_keys.indexOf(key);
    return i < 0 ? std::nullopt : std::optional<int>(int(i));
}

void ToolIndexMap::closeAll(QList<StreamEvent> &out)
{
    for (qsizetype i = 0; i < m_open.size(); ++i) {
        if (m_open[i]) {
            m_open[i] = false;
            out.append(StreamEvent::toolCallEnd(int(i)));
        }
    }
}

void ToolIndexMap::close(int key, QList<StreamEvent> &out)
{
    const qsizetype i = m_keys.indexOf(key);
    if (i >= 0 && m_open[i]) {
        m_open[i] = false;
        out.append(StreamEvent::toolCallEnd(int(i)));
    }
}

} // namespace sb::protocol::detail
