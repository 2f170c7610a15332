// Cross-dialect tests: a stream decoded in dialect A, encoded in dialect B by our server-side
// encoder and decoded again by B's client-side decoder must give the same canonical content (minus
// what B cannot carry). Also: golden files for every encoder, and error round trips.

#include "protocol/codec.h"
#include "testpaths.h"
#include "wirefixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <memory>

using namespace sb::protocol;

namespace {

QString wirePath(const QString &relative)
{
    return sb::testing::fixturePath(QStringLiteral("wire/") + relative);
}

QByteArray fixture(const QString &relative)
{
    QFile f(wirePath(relative));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(relative));
    return f.readAll();
}

// Compares with a golden file; SB_UPDATE_GOLDEN=1 rewrites it instead.
bool matchesGolden(const QByteArray &actual, const QString &relative)
{
    const QString path = wirePath(relative);
    if (qEnvironmentVariableIntValue("SB_UPDATE_GOLDEN")) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(actual) == actual.size();
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        qWarning("missing golden file %s (run with SB_UPDATE_GOLDEN=1)", qPrintable(relative));
        return false;
    }
    const QByteArray expected = f.readAll();
    if (expected != actual) {
        qWarning("golden %s differs.\n--- expected\n%s\n--- actual\n%s", qPrintable(relative), expected.constData(), actual.constData());
        return false;
    }
    return true;
}

struct Source {
    Dialect dialect;
    QString file;
};

QList<Source> sources()
{
    return {
        {Dialect::OpenAiChat, QStringLiteral("stream_text.sse")},
        {Dialect::OpenAiChat, QStringLiteral("stream_tools.sse")},
        {Dialect::OpenAiChat, QStringLiteral("stream_reasoning.sse")},
        {Dialect::AnthropicMessages, QStringLiteral("stream_text.sse")},
        {Dialect::AnthropicMessages, QStringLiteral("stream_tool_use.sse")},
        {Dialect::AnthropicMessages, QStringLiteral("stream_thinking.sse")},
        {Dialect::AnthropicMessages, QStringLiteral("stream_error.sse")},
        {Dialect::OpenAiResponses, QStringLiteral("stream_text.sse")},
        {Dialect::OpenAiResponses, QStringLiteral("stream_function_call.sse")},
        {Dialect::OpenAiResponses, QStringLiteral("stream_failed.sse")},
        {Dialect::Gemini, QStringLiteral("stream_text.sse")},
        {Dialect::Gemini, QStringLiteral("stream_function_call.sse")},
        {Dialect::Ollama, QStringLiteral("stream_text.ndjson")},
        {Dialect::Ollama, QStringLiteral("stream_tools.ndjson")},
        {Dialect::Ollama, QStringLiteral("stream_error.ndjson")},
    };
}

std::unique_ptr<Codec> codec(Dialect d)
{
    auto c = makeCodec(d);
    c->setClock([] { return qint64(1700000000); });
    auto counter = std::make_shared<int>(0);
    // an explicit QString: with QStringBuilder, `auto` would return a builder pointing at the temporary
    c->setIdGenerator([counter](const QString &prefix) -> QString { return prefix + QStringLiteral("gen%1").arg(++*counter); });
    return c;
}

QString normalizedArguments(const QString &text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    return doc.isObject() ? QString::fromUtf8(doc.toJson(QJsonDocument::Compact)) : text;
}

// Usage as dialect `to` reports it.
Usage usageThrough(Usage u, Dialect to)
{
    switch (to) {
    case Dialect::OpenAiChat:
    case Dialect::OpenAiResponses:
    case Dialect::Gemini:
        u.inputTokens += u.cacheWriteTokens;
        u.cacheWriteTokens = 0;
        break;
    case Dialect::AnthropicMessages: u.reasoningTokens = 0; break;
    case Dialect::Ollama: u = Usage{u.totalInputTokens(), u.outputTokens, 0, 0, 0}; break;
    }
    return u;
}

bool keepsSignatures(Dialect d)
{
    return d == Dialect::AnthropicMessages || d == Dialect::OpenAiResponses || d == Dialect::Gemini;
}

// Canonical events minus what dialect `to` cannot carry: message starts, usage snapshots and
// tool-call ends are compared through the accumulated response instead, ids that `to` does not
// carry are cleared, deltas are coalesced, arguments compared as JSON, errors by kind.
QList<StreamEvent> normalized(const QList<StreamEvent> &events, Dialect to)
{
    QList<StreamEvent> out;
    for (StreamEvent e : events) {
        switch (e.type) {
        case StreamEvent::Type::MessageStart:
        case StreamEvent::Type::Usage:
        case StreamEvent::Type::ToolCallEnd: continue;
        case StreamEvent::Type::ReasoningDelta:
            e.id.clear();
            if (e.redacted && to != Dialect::AnthropicMessages)
                continue;
            if (!keepsSignatures(to))
                e.signature.clear();
            if (e.text.isEmpty() && e.signature.isEmpty())
                continue;
            break;
        case StreamEvent::Type::ToolCallStart:
            if (to == Dialect::Ollama)
                e.id.clear();
            if (to != Dialect::Gemini)
                e.signature.clear();
            break;
        case StreamEvent::Type::Error: e.error = ApiError::make(e.error.kind, {}); break;
        default: break;
        }
        out.append(e);
    }
    out = coalesce(out);
    for (StreamEvent &e : out) {
        if (e.type == StreamEvent::Type::ToolCallDelta)
            e.text = normalizedArguments(e.text);
    }
    return out;
}

ChatResponse normalizedResponse(const QList<StreamEvent> &events, Dialect to)
{
    StreamAccumulator acc;
    acc.add(events);
    ChatResponse r = acc.response();
    if (to == Dialect::Ollama)
        r.id.clear();
    if (r.message.content.isEmpty() && r.message.toolCalls.isEmpty()) {
        r.id.clear(); // nothing was sent: Gemini and Ollama have no frame to carry them
        r.model.clear();
    }
    r.usage = usageThrough(r.usage, to);
    QList<ContentPart> parts;
    for (ContentPart p : std::as_const(r.message.content)) {
        p.id.clear();
        if (p.type == ContentPart::Type::Reasoning) {
            if (p.redacted && to != Dialect::AnthropicMessages)
                continue;
            if (!keepsSignatures(to))
                p.signature.clear();
            if (p.text.isEmpty() && p.signature.isEmpty())
                continue;
            if (!parts.isEmpty() && parts.last().type == ContentPart::Type::Reasoning && !parts.last().redacted && !p.redacted
                && parts.last().signature.isEmpty()) {
                parts.last().text += p.text; // a block boundary that `to` cannot express
                parts.last().signature = p.signature;
                continue;
            }
        }
        parts.append(p);
    }
    r.message.content = parts;
    for (ToolCall &c : r.message.toolCalls) {
        if (to == Dialect::Ollama)
            c.id.clear();
        if (to != Dialect::Gemini)
            c.signature.clear();
        c.arguments = normalizedArguments(c.arguments);
    }
    return r;
}

QString fileStem(const QString &file)
{
    return file.section(QLatin1Char('.'), 0, 0);
}

QString encodedExtension(Dialect d)
{
    return d == Dialect::Ollama ? QStringLiteral("ndjson") : QStringLiteral("sse");
}

} // namespace

class TestProtocolCross : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void encoderGolden_data();
    void encoderGolden();
    void responseRoundTrip_data();
    void responseRoundTrip();
    void errorRoundTrip_data();
    void errorRoundTrip();
    void requestRoundTrip_data();
    void pdfDocumentPart_data();
    void pdfDocumentPart();
    void requestRoundTrip();
    void responseSummaryAgreesWithTheFullDecode_data();
    void responseSummaryAgreesWithTheFullDecode();
};

void TestProtocolCross::roundTrip_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("to");
    for (const Source &s : sources()) {
        for (Dialect to : allDialects()) {
            const QString name = toString(s.dialect) + QLatin1Char('/') + s.file + QStringLiteral(" -> ") + toString(to);
            QTest::newRow(qPrintable(name)) << int(s.dialect) << s.file << int(to);
        }
    }
}

void TestProtocolCross::roundTrip()
{
    QFETCH(int, from);
    QFETCH(QString, file);
    QFETCH(int, to);
    const auto source = codec(Dialect(from));
    const auto target = codec(Dialect(to));
    const QList<StreamEvent> original = decodeStream(*source, fixture(toString(Dialect(from)) + QLatin1Char('/') + file));
    QVERIFY(original.size() >= 2);
    const auto last = original.last().type;
    QVERIFY2(last == StreamEvent::Type::Finish || last == StreamEvent::Type::Error, qPrintable(describe(original)));

    const QByteArray wire = encodeStream(*target, original);
    const QList<StreamEvent> again = decodeStream(*target, wire, 7);
    QCOMPARE(toString(again.last().type), toString(last));

    const QString expected = describe(normalized(original, Dialect(to)));
    const QString actual = describe(normalized(again, Dialect(to)));
    if (expected != actual)
        qWarning("wire:\n%s", wire.constData());
    QCOMPARE(actual, expected);
    ChatResponse a = normalizedResponse(again, Dialect(to));
    ChatResponse b = normalizedResponse(original, Dialect(to));
    if (b.id.isEmpty())
        a.id.clear(); // the target made one up
    if (original.last().type == StreamEvent::Type::Error) {
        a.usage = b.usage = Usage{}; // usage goes out with the end of a stream, not with an error
    }
    QCOMPARE(a.id, b.id);
    QCOMPARE(a.model, b.model);
    QCOMPARE(a.message.content, b.message.content);
    QCOMPARE(a.message.toolCalls, b.message.toolCalls);
    QCOMPARE(a.usage, b.usage);
    QCOMPARE(a, b);

    // Responses also sends the whole response at the end (Codex keeps its output items as history):
    // it must say what the events said.
    if (Dialect(to) == Dialect::OpenAiResponses && last == StreamEvent::Type::Finish) {
        const qsizetype at = wire.lastIndexOf("data: ");
        const QJsonObject completed = QJsonDocument::fromJson(wire.mid(at + 6).trimmed()).object();
        auto final = target->decodeResponse(QJsonDocument(completed.value(QStringLiteral("response")).toObject()).toJson());
        QVERIFY(final.hasValue());
        StreamAccumulator acc;
        acc.add(again);
        QCOMPARE(final->message.text(), acc.response().message.text());
        QCOMPARE(final->message.toolCalls, acc.response().message.toolCalls);
        QCOMPARE(final->message.content.size(), acc.response().message.content.size());
        QCOMPARE(final->usage, acc.response().usage);
        QSet<QString> ids;
        for (const QJsonValue &item : completed.value(QStringLiteral("response")).toObject().value(QStringLiteral("output")).toArray())
            ids.insert(item.toObject().value(QStringLiteral("id")).toString());
        QCOMPARE(ids.size(), completed.value(QStringLiteral("response")).toObject().value(QStringLiteral("output")).toArray().size());
    }
}

void TestProtocolCross::encoderGolden_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("to");
    for (Dialect to : allDialects()) {
        for (const Source &s : sources()) {
            const QString name = toString(to) + QStringLiteral("/encoded/") + toString(s.dialect) + QLatin1Char('_') + fileStem(s.file);
            QTest::newRow(qPrintable(name)) << int(s.dialect) << s.file << int(to);
        }
    }
}

void TestProtocolCross::encoderGolden()
{
    QFETCH(int, from);
    QFETCH(QString, file);
    QFETCH(int, to);
    const auto source = codec(Dialect(from));
    const auto target = codec(Dialect(to));
    const QList<StreamEvent> events = decodeStream(*source, fixture(toString(Dialect(from)) + QLatin1Char('/') + file));
    const QByteArray wire = encodeStream(*target, events);
    QVERIFY(!wire.isEmpty());
    const QString golden = toString(Dialect(to)) + QStringLiteral("/encoded/") + toString(Dialect(from)) + QLatin1Char('_') + fileStem(file)
        + QLatin1Char('.') + encodedExtension(Dialect(to));
    QVERIFY(matchesGolden(wire, golden));
    // events fed one by one give the same bytes as the whole list
    const auto encoder = codec(Dialect(to))->streamEncoder();
    QByteArray piecewise;
    for (const StreamEvent &e : events)
        piecewise += encoder->encode(e);
    piecewise += encoder->finish();
    QCOMPARE(piecewise, wire);
    // nothing after the end
    QVERIFY(encoder->encode(StreamEvent::textDelta(QStringLiteral("late"))).isEmpty());
    QVERIFY(encoder->finish().isEmpty());
}

void TestProtocolCross::responseRoundTrip_data()
{
    QTest::addColumn<int>("to");
    for (Dialect to : allDialects())
        QTest::newRow(qPrintable(toString(to))) << int(to);
}

void TestProtocolCross::responseRoundTrip()
{
    QFETCH(int, to);
    const auto target = codec(Dialect(to));
    // a non-streamed response built from a stream with reasoning, text and two tool calls
    const auto source = codec(Dialect::OpenAiChat);
    StreamAccumulator acc;
    acc.add(decodeStream(*source, fixture(QStringLiteral("openai_chat/stream_tools.sse"))));
    ChatResponse response = acc.response();
    response.message.content.prepend(ContentPart::makeReasoning(QStringLiteral("thinking first")));
    response.message.content.append(ContentPart::makeText(QStringLiteral("Checking both.")));
    response.usage = Usage{100, 40, 20, 0, 10};
    response.created = 1700000000;
    QCOMPARE(response.message.toolCalls.size(), 2);

    auto decoded = target->decodeResponse(target->encodeResponse(response));
    QVERIFY2(decoded.hasValue(), qPrintable(decoded.hasValue() ? QString() : decoded.error().message));
    ChatResponse expected = response;
    expected.usage = usageThrough(response.usage, Dialect(to));
    if (Dialect(to) == Dialect::Ollama)
        expected.id.clear();
    if (Dialect(to) == Dialect::OpenAiResponses || Dialect(to) == Dialect::AnthropicMessages || Dialect(to) == Dialect::Gemini)
        expected.created = 0; // no created field (Responses: created_at is checked below)
    ChatResponse actual = decoded.value();
    if (Dialect(to) == Dialect::OpenAiResponses) {
        QCOMPARE(actual.created, qint64(1700000000));
        actual.created = 0;
    }
    for (ContentPart &p : actual.message.content)
        p.id.clear();
    for (ToolCall &c : actual.message.toolCalls) {
        c.arguments = normalizedArguments(c.arguments);
        if (Dialect(to) == Dialect::Ollama)
            c.id.clear();
    }
    for (ToolCall &c : expected.message.toolCalls) {
        c.arguments = normalizedArguments(c.arguments);
        if (Dialect(to) == Dialect::Ollama)
            c.id.clear();
    }
    QCOMPARE(actual.message.text(), expected.message.text());
    QCOMPARE(actual.message.toolCalls, expected.message.toolCalls);
    QCOMPARE(actual.message.content, expected.message.content);
    QCOMPARE(toString(actual.finishReason), toString(FinishReason::ToolCalls));
    QCOMPARE(actual.usage, expected.usage);
    QCOMPARE(actual, expected);
}

void TestProtocolCross::errorRoundTrip_data()
{
    QTest::addColumn<int>("dialect");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("expectedKind");
    for (Dialect d : allDialects()) {
        for (int k = int(ApiError::Kind::Auth); k <= int(ApiError::Kind::BudgetExceeded); ++k) {
            ApiError::Kind expected = ApiError::Kind(k);
            if (expected == ApiError::Kind::Network)
                expected = ApiError::Kind::Server; // a 502 from a gateway
            const QString name = toString(d) + QLatin1Char(' ') + toString(ApiError::Kind(k));
            QTest::newRow(qPrintable(name)) << int(d) << k << int(expected);
        }
    }
}

void TestProtocolCross::errorRoundTrip()
{
    QFETCH(int, dialect);
    QFETCH(int, kind);
    QFETCH(int, expectedKind);
    const auto c = codec(Dialect(dialect));
    const ApiError error = ApiError::make(ApiError::Kind(kind), QStringLiteral("something went wrong"));
    const int status = error.statusForResponse();
    const QByteArray body = c->encodeError(error);
    QVERIFY(QJsonDocument::fromJson(body).isObject());
    const ApiError decoded = c->decodeError(status, body, "7");
    QCOMPARE(toString(decoded.kind), toString(ApiError::Kind(expectedKind)));
    QCOMPARE(decoded.httpStatus, status);
    QVERIFY(decoded.message.contains(QLatin1String("something went wrong")));
    QCOMPARE(decoded.retryAfter.value_or(std::chrono::milliseconds(-1)).count(), 7000);

    // the same error in the middle of a stream
    const auto encoder = c->streamEncoder();
    QByteArray wire = encoder->encode(StreamEvent::messageStart(QStringLiteral("id1"), QStringLiteral("m")));
    wire += encoder->encode(StreamEvent::textDelta(QStringLiteral("partial")));
    wire += encoder->encode(StreamEvent::errorEvent(error));
    const QList<StreamEvent> events = decodeStream(*c, wire);
    QVERIFY(!events.isEmpty());
    QCOMPARE(toString(events.last().type), toString(StreamEvent::Type::Error));
    const ApiError::Kind streamKind = events.last().error.kind;
    // in a stream there is no HTTP status: kinds that only the status carries become server errors
    const bool statusOnly = Dialect(dialect) == Dialect::Ollama
        && (ApiError::Kind(expectedKind) == ApiError::Kind::Auth || ApiError::Kind(expectedKind) == ApiError::Kind::Permission
            || ApiError::Kind(expectedKind) == ApiError::Kind::NotFound || ApiError::Kind(expectedKind) == ApiError::Kind::Timeout
            || ApiError::Kind(expectedKind) == ApiError::Kind::InvalidRequest);
    if (!statusOnly)
        QCOMPARE(toString(streamKind), toString(ApiError::Kind(expectedKind)));
    else
        QCOMPARE(toString(streamKind), toString(ApiError::Kind::Server));
}

void TestProtocolCross::requestRoundTrip_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("to");
    const QList<std::pair<Dialect, QString>> requests{
        {Dialect::OpenAiChat, QStringLiteral("request_tools.json")},      {Dialect::AnthropicMessages, QStringLiteral("request_tools.json")},
        {Dialect::OpenAiResponses, QStringLiteral("request_codex.json")}, {Dialect::Gemini, QStringLiteral("request_tools.json")},
        {Dialect::Ollama, QStringLiteral("request_tools.json")},
    };
    for (const auto &[from, file] : requests) {
        for (Dialect to : allDialects())
            QTest::newRow(qPrintable(toString(from) + QStringLiteral(" -> ") + toString(to))) << int(from) << file << int(to);
    }
}

void TestProtocolCross::requestRoundTrip()
{
    QFETCH(int, from);
    QFETCH(QString, file);
    QFETCH(int, to);
    const auto source = codec(Dialect(from));
    const auto target = codec(Dialect(to));
    const RequestContext context{QStringLiteral("gemini-2.5-pro"), false};
    auto original = source->decodeRequest(fixture(toString(Dialect(from)) + QLatin1Char('/') + file), context);
    QVERIFY2(original.hasValue(), qPrintable(original.hasValue() ? QString() : original.error().message));
    const WireRequest wire = target->encodeRequest(original.value());
    const RequestContext targetContext{original->model, original->stream};
    auto again = target->decodeRequest(QJsonDocument(wire.body).toJson(), targetContext);
    QVERIFY2(again.hasValue(), qPrintable(again.hasValue() ? QString() : again.error().message));
    // the conversation survives: roles, text, tool calls and results, in order
    QCOMPARE(again->model, original->model);
    QCOMPARE(again->system, original->system);
    QCOMPARE(again->messages.size(), original->messages.size());
    for (qsizetype i = 0; i < original->messages.size(); ++i) {
        const Message &a = original->messages.at(i);
        const Message &b = again->messages.at(i);
        QCOMPARE(toString(b.role), toString(a.role));
        QCOMPARE(b.text(), a.text());
        QCOMPARE(b.toolCalls.size(), a.toolCalls.size());
        for (qsizetype j = 0; j < a.toolCalls.size(); ++j) {
            QCOMPARE(b.toolCalls.at(j).name, a.toolCalls.at(j).name);
            QCOMPARE(normalizedArguments(b.toolCalls.at(j).arguments), normalizedArguments(a.toolCalls.at(j).arguments));
        }
        if (a.role == Role::Tool && Dialect(to) != Dialect::Ollama && Dialect(to) != Dialect::Gemini)
            QCOMPARE(b.toolCallId, a.toolCallId);
        qsizetype images = 0, imagesAgain = 0;
        for (const ContentPart &p : a.content)
            images += p.type == ContentPart::Type::Image && (!p.data.isEmpty() || Dialect(to) != Dialect::Ollama);
        for (const ContentPart &p : b.content)
            imagesAgain += p.type == ContentPart::Type::Image;
        QCOMPARE(imagesAgain, images);
    }
    QCOMPARE(again->tools.size(), original->tools.size());
    for (qsizetype i = 0; i < original->tools.size(); ++i)
        QCOMPARE(again->tools.at(i).name, original->tools.at(i).name);
    if (original->toolChoice && Dialect(to) != Dialect::Ollama)
        QCOMPARE(int(again->toolChoice.value_or(ToolChoice{}).mode), int(original->toolChoice->mode));
}

// Issue 22: a PDF goes out as each API's own document part (golden request bodies) and comes back
// from that dialect as the same canonical document part.
void TestProtocolCross::pdfDocumentPart_data()
{
    QTest::addColumn<int>("dialect");
    QTest::addColumn<bool>("keepsFileName");
    QTest::newRow("anthropic_messages") << int(Dialect::AnthropicMessages) << true;
    QTest::newRow("gemini") << int(Dialect::Gemini) << false; // inline_data has no file name
    QTest::newRow("openai_chat") << int(Dialect::OpenAiChat) << true;
    QTest::newRow("openai_responses") << int(Dialect::OpenAiResponses) << true;
}

void TestProtocolCross::pdfDocumentPart()
{
    QFETCH(int, dialect);
    QFETCH(bool, keepsFileName);
    ContentPart doc;
    doc.type = ContentPart::Type::Document;
    doc.data = QByteArray("%PDF-1.4\n<< /Type /Page >>\n%%EOF\n").toBase64();
    doc.mediaType = QStringLiteral("application/pdf");
    doc.title = QStringLiteral("invoice.pdf");
    ChatRequest r;
    r.model = QStringLiteral("gemini-2.5-flash");
    r.maxTokens = 256;
    r.messages << Message{Role::User, {ContentPart::makeText(QStringLiteral("What is the total?")), doc}, {}, {}, {}, false};
    const auto c = codec(Dialect(dialect));
    const WireRequest wire = c->encodeRequest(r);
    QVERIFY(matchesGolden(QJsonDocument(wire.body).toJson(QJsonDocument::Indented),
                          toString(Dialect(dialect)) + QStringLiteral("/encoded/request_pdf.json")));
    auto back = c->decodeRequest(QJsonDocument(wire.body).toJson(), RequestContext{r.model, false});
    QVERIFY2(back.hasValue(), qPrintable(back.hasValue() ? QString() : back.error().message));
    QCOMPARE(back->messages.size(), 1);
    const QList<ContentPart> &parts = back->messages.first().content;
    QCOMPARE(parts.size(), 2);
    QCOMPARE(int(parts.at(1).type), int(ContentPart::Type::Document));
    QCOMPARE(parts.at(1).data, doc.data);
    QCOMPARE(parts.at(1).mediaType, doc.mediaType);
    QCOMPARE(parts.at(1).title, keepsFileName ? doc.title : QString());
}

QTEST_GUILESS_MAIN(TestProtocolCross)
// decodeResponseSummary (the proxy's passthrough: the body is forwarded, only id, model and usage are
// read) gives what decodeResponse gives for those, and decodeResponse's own result (the same error)
// for everything that is not a plain answer.
void TestProtocolCross::responseSummaryAgreesWithTheFullDecode_data()
{
    QTest::addColumn<int>("dialect");
    QTest::addColumn<QByteArray>("body");
    const QList<std::pair<Dialect, QString>> dirs{{Dialect::OpenAiChat, QStringLiteral("openai_chat")},
                                                  {Dialect::AnthropicMessages, QStringLiteral("anthropic_messages")},
                                                  {Dialect::OpenAiResponses, QStringLiteral("openai_responses")},
                                                  {Dialect::Gemini, QStringLiteral("gemini")},
                                                  {Dialect::Ollama, QStringLiteral("ollama")}};
    for (const auto &[d, dir] : dirs) {
        const QStringList files = QDir(wirePath(dir)).entryList({QStringLiteral("*.json")}, QDir::Files);
        for (const QString &f : files) // responses, error bodies and requests (not answers at all)
            QTest::newRow(qPrintable(dir + QLatin1Char('/') + f)) << int(d) << sb::testing::wireFixture(dir + QLatin1Char('/') + f);
        QTest::newRow(qPrintable(dir + QStringLiteral(" not json"))) << int(d) << QByteArray("<html>502 Bad Gateway</html>");
        QTest::newRow(qPrintable(dir + QStringLiteral(" cut short"))) << int(d) << QByteArray("{\"id\":\"x\",\"model\":\"m\",\"usage\":{");
        QTest::newRow(qPrintable(dir + QStringLiteral(" empty object"))) << int(d) << QByteArray("{}");
        QTest::newRow(qPrintable(dir + QStringLiteral(" null error"))) << int(d) << QByteArray("{\"error\":null}");
    }
    QTest::newRow("openai_chat choices without an object")
        << int(Dialect::OpenAiChat) << QByteArray("{\"id\":\"c\",\"model\":\"m\",\"choices\":[1],\"usage\":{\"prompt_tokens\":1}}");
    QTest::newRow("openai_chat escaped model")
        << int(Dialect::OpenAiChat)
        << QByteArray("{\"id\":\"c\\u0031\",\"model\":\"m\\/1\",\"choices\":[{\"message\":{\"content\":\"x\"}}],"
                      "\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":2,\"prompt_tokens_details\":{\"cached_tokens\":3}}}");
}

void TestProtocolCross::responseSummaryAgreesWithTheFullDecode()
{
    QFETCH(int, dialect);
    QFETCH(QByteArray, body);
    const auto c = codec(Dialect(dialect));
    const auto full = c->decodeResponse(body);
    const auto summary = c->decodeResponseSummary(body);
    QCOMPARE(bool(summary), bool(full));
    if (!full) {
        QCOMPARE(int(summary.error().kind), int(full.error().kind));
        QCOMPARE(summary.error().message, full.error().message);
        QCOMPARE(summary.error().httpStatus, full.error().httpStatus);
        return;
    }
    QCOMPARE(summary->id, full->id);
    QCOMPARE(summary->model, full->model);
    QCOMPARE(summary->usage, full->usage);
    QCOMPARE(summary->created, full->created);
}

#include "tst_protocolcross.moc"
