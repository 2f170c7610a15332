#include "pdfpart.h"
#include "protocol/codec.h"
#include "protocol/documents.h"
#include "protocol/types.h"

#include <QRegularExpression>
#include <QTest>

using namespace sb::protocol;

class TestProtocolTypes : public QObject
{
    Q_OBJECT

private slots:
    // Issue 24: a tool call id that carries a signature through clients with no field for it
    void signedIds()
    {
        const QString signature = QStringLiteral("CiQB0e2Kb+/w9x==") + QString(600, QLatin1Char('A'));
        const QString id = idWithSignature(QStringLiteral("call_7"), signature);
        QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]+$")).match(id).hasMatch());
        const SignedId back = splitSignedId(id);
        QCOMPARE(back.id, QStringLiteral("call_7"));
        QCOMPARE(back.signature, signature);
        QCOMPARE(idWithSignature(QStringLiteral("call_7"), QString()), QStringLiteral("call_7"));
        QCOMPARE(splitSignedId(QStringLiteral("toolu_01")).id, QStringLiteral("toolu_01"));
        QCOMPARE(splitSignedId(QStringLiteral("odd__sbsig_!!")).id, QStringLiteral("odd__sbsig_!!")); // not ours: kept whole

        ChatRequest r;
        Message call;
        call.role = Role::Assistant;
        call.toolCalls << ToolCall{id, QStringLiteral("get_weather"), QStringLiteral("{}"), {}, {}};
        Message result = Message::make(Role::Tool, QStringLiteral("sunny"));
        result.toolCallId = id;
        r.messages << call << result;
        takeSignaturesFromIds(r);
        QCOMPARE(r.messages.at(0).toolCalls.at(0).id, QStringLiteral("call_7"));
        QCOMPARE(r.messages.at(0).toolCalls.at(0).signature, signature);
        QCOMPARE(r.messages.at(1).toolCallId, QStringLiteral("call_7"));
    }

    // Issue 22: the PDF limits of each API, checked before sending
    void pdfLimitsPerDialect_data()
    {
        QTest::addColumn<int>("dialect");
        QTest::addColumn<int>("pages");
        QTest::addColumn<int>("padMb");
        QTest::addColumn<QString>("problem");
        QTest::newRow("anthropic fits") << int(Dialect::AnthropicMessages) << 100 << 0 << QString();
        QTest::newRow("anthropic pages") << int(Dialect::AnthropicMessages) << 101 << 0
                                         << QStringLiteral("the PDF report.pdf has 101 pages; Anthropic takes at most 100 pages per request");
        QTest::newRow("anthropic size") << int(Dialect::AnthropicMessages) << 2 << 25
                                        << QStringLiteral("Anthropic takes at most 32.0 MB per request");
        QTest::newRow("gemini pages fit") << int(Dialect::Gemini) << 101 << 0 << QString();
        QTest::newRow("gemini size") << int(Dialect::Gemini) << 2 << 16 << QStringLiteral("Gemini takes at most 20.0 MB per request");
        QTest::newRow("openai chat no page limit") << int(Dialect::OpenAiChat) << 500 << 30 << QString();
        QTest::newRow("openai responses size") << int(Dialect::OpenAiResponses) << 2 << 40
                                               << QStringLiteral("OpenAI takes at most 50.0 MB per request");
        QTest::newRow("ollama") << int(Dialect::Ollama) << 1 << 0 << QStringLiteral("Ollama takes no PDF documents");
    }
    void pdfLimitsPerDialect()
    {
        QFETCH(int, dialect);
        QFETCH(int, pages);
        QFETCH(int, padMb);
        QFETCH(QString, problem);
        const QByteArray pdf = sb::testing::fakePdf(pages, qsizetype(padMb) * 1024 * 1024);
        QCOMPARE(pdfPageCount(pdf), std::optional<int>(pages));
        const ContentPart doc = sb::testing::pdfPart(pdf, QStringLiteral("report.pdf"));
        ChatRequest r;
        r.messages << Message{Role::User, {ContentPart::makeText(QStringLiteral("Summarise")), doc}, {}, {}, {}, false};
        QVERIFY(hasPdf(r));
        const QString got = pdfLimitProblem(r, Dialect(dialect));
        if (problem.isEmpty())
            QVERIFY2(got.isEmpty(), qPrintable(got));
        else
            QVERIFY2(got.contains(problem), qPrintable(got));
        ChatRequest plain;
        plain.messages << Message::make(Role::User, QStringLiteral("no documents"));
        QVERIFY(pdfLimitProblem(plain, Dialect(dialect)).isEmpty());
    }

    void kindStrings_data();
    void kindStrings();
    void unknownKindString();
    void kindForStatus_data();
    void kindForStatus();
    void statusForResponse();
    void retryAfter_data();
    void retryAfter();
    void dialectStrings();
    void accumulator();
    void accumulatorError();
    void coalesceKeepsBoundaries();
};

void TestProtocolTypes::kindStrings_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("text");
    const QStringList names{QStringLiteral("auth"),           QStringLiteral("permission"),      QStringLiteral("not_found"),
                            QStringLiteral("rate_limited"),   QStringLiteral("overloaded"),      QStringLiteral("context_length"),
                            QStringLiteral("content_filter"), QStringLiteral("invalid_request"), QStringLiteral("timeout"),
                            QStringLiteral("network"),        QStringLiteral("server"),          QStringLiteral("cancelled"),
                            QStringLiteral("budget_exceeded")};
    for (int k = 0; k < names.size(); ++k)
        QTest::newRow(qPrintable(names.at(k))) << k << names.at(k);
}

void TestProtocolTypes::kindStrings()
{
    QFETCH(int, kind);
    QFETCH(QString, text);
    QCOMPARE(toString(ApiError::Kind(kind)), text);
    QCOMPARE(int(apiErrorKindFromString(text).value_or(ApiError::Kind::Server)), kind);
}

void TestProtocolTypes::unknownKindString()
{
    QVERIFY(!apiErrorKindFromString(u"Auth").has_value());
    QVERIFY(!apiErrorKindFromString(u"").has_value());
    QVERIFY(!apiErrorKindFromString(u"rate-limited").has_value());
}

void TestProtocolTypes::kindForStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("retryable");
    QTest::newRow("400") << 400 << QStringLiteral("invalid_request") << false;
    QTest::newRow("401") << 401 << QStringLiteral("auth") << false;
    QTest::newRow("402") << 402 << QStringLiteral("budget_exceeded") << false;
    QTest::newRow("403") << 403 << QStringLiteral("permission") << false;
    QTest::newRow("404") << 404 << QStringLiteral("not_found") << false;
    QTest::newRow("408") << 408 << QStringLiteral("timeout") << true;
    QTest::newRow("413") << 413 << QStringLiteral("invalid_request") << false;
    QTest::newRow("418") << 418 << QStringLiteral("invalid_request") << false;
    QTest::newRow("429") << 429 << QStringLiteral("rate_limited") << true;
    QTest::newRow("500") << 500 << QStringLiteral("server") << true;
    QTest::newRow("502") << 502 << QStringLiteral("server") << true;
    QTest::newRow("503") << 503 << QStringLiteral("overloaded") << true;
    QTest::newRow("504") << 504 << QStringLiteral("timeout") << true;
    QTest::newRow("529") << 529 << QStringLiteral("overloaded") << true;
}

void TestProtocolTypes::kindForStatus()
{
    QFETCH(int, status);
    QFETCH(QString, kind);
    QFETCH(bool, retryable);
    const ApiError e = ApiError::make(ApiError::kindForStatus(status), QStringLiteral("x"), status);
    QCOMPARE(toString(e.kind), kind);
    QCOMPARE(e.isRetryable(), retryable);
    QCOMPARE(e.statusForResponse(), status);
}

void TestProtocolTypes::statusForResponse()
{
    QCOMPARE(ApiError::make(ApiError::Kind::Network, {}).statusForResponse(), 502);
    QCOMPARE(ApiError::make(ApiError::Kind::Timeout, {}).statusForResponse(), 504);
    QCOMPARE(ApiError::make(ApiError::Kind::ContextLength, {}).statusForResponse(), 400);
    QCOMPARE(ApiError::make(ApiError::Kind::Overloaded, {}).statusForResponse(), 529);
    QCOMPARE(ApiError::make(ApiError::Kind::BudgetExceeded, {}).statusForResponse(), 402);
    QCOMPARE(ApiError::make(ApiError::Kind::Overloaded, {}, 503).statusForResponse(), 503);
}

void TestProtocolTypes::retryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("ms");
    QTest::newRow("seconds") << QByteArray("30") << qint64(30000);
    QTest::newRow("spaces") << QByteArray(" 2 ") << qint64(2000);
    QTest::newRow("fraction") << QByteArray("1.25") << qint64(1250);
    QTest::newRow("date") << QByteArray("Wed, 01 Jan 2025 00:01:30 GMT") << qint64(90000);
    QTest::newRow("past date") << QByteArray("Tue, 31 Dec 2024 23:00:00 GMT") << qint64(0);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
    QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
    QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
}

void TestProtocolTypes::retryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, ms);
    const QDateTime now(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    const auto parsed = parseRetryAfter(value, now);
    QCOMPARE(parsed ? parsed->count() : qint64(-1), ms);
}

void TestProtocolTypes::dialectStrings()
{
    QCOMPARE(allDialects().size(), 5);
    for (Dialect d : allDialects()) {
        QCOMPARE(int(dialectFromString(toString(d)).value_or(Dialect::OpenAiChat)), int(d));
        QCOMPARE(int(makeCodec(d)->dialect()), int(d));
    }
    QVERIFY(!dialectFromString(u"openai").has_value());
}

void TestProtocolTypes::accumulator()
{
    StreamAccumulator acc;
    acc.add({StreamEvent::messageStart(QStringLiteral("id1"), QStringLiteral("m")), StreamEvent::reasoningDelta(QStringLiteral("a")),
             StreamEvent::reasoningDelta(QStringLiteral("b"), QStringLiteral("sig1")),
             StreamEvent::reasoningDelta(QStringLiteral("c")), // after a signature: a new block
             StreamEvent::textDelta(QStringLiteral("Hel")), StreamEvent::textDelta(QStringLiteral("lo")),
             StreamEvent::toolCallStart(1, QStringLiteral("t2"), QStringLiteral("g")),
             StreamEvent::toolCallStart(0, QStringLiteral("t1"), QStringLiteral("f")), StreamEvent::toolCallDelta(0, QStringLiteral("{\"a\":")),
             StreamEvent::toolCallDelta(1, QStringLiteral("{}")), StreamEvent::toolCallDelta(0, QStringLiteral("1}")),
             StreamEvent::toolCallDelta(7, QStringLiteral("ignored")), StreamEvent::usageEvent(Usage{1, 2, 3, 4, 0}),
             StreamEvent::usageEvent(Usage{1, 5, 3, 4, 1}), StreamEvent::finish(FinishReason::ToolCalls)});
    QVERIFY(acc.finished());
    QVERIFY(!acc.error());
    const ChatResponse &r = acc.response();
    QCOMPARE(r.id, QStringLiteral("id1"));
    QCOMPARE(r.message.content.size(), 3);
    QCOMPARE(r.message.content.at(0).text, QStringLiteral("ab"));
    QCOMPARE(r.message.content.at(0).signature, QStringLiteral("sig1"));
    QCOMPARE(r.message.content.at(1).text, QStringLiteral("c"));
    QCOMPARE(r.message.content.at(2).text, QStringLiteral("Hello"));
    QCOMPARE(r.message.toolCalls.size(), 2);
    QCOMPARE(r.message.toolCalls.at(0).id, QStringLiteral("t2"));
    QCOMPARE(r.message.toolCalls.at(0).arguments, QStringLiteral("{}"));
    QCOMPARE(r.message.toolCalls.at(1).arguments, QStringLiteral("{\"a\":1}"));
    QCOMPARE(r.usage, (Usage{1, 5, 3, 4, 1}));
    QCOMPARE(r.usage.totalInputTokens(), qint64(8));
    QCOMPARE(toString(r.finishReason), QStringLiteral("tool_calls"));
}

void TestProtocolTypes::accumulatorError()
{
    StreamAccumulator acc;
    acc.add(StreamEvent::textDelta(QStringLiteral("x")));
    QVERIFY(!acc.finished());
    acc.add(StreamEvent::errorEvent(ApiError::make(ApiError::Kind::Overloaded, QStringLiteral("busy"), 529)));
    QVERIFY(acc.finished());
    QCOMPARE(acc.error()->httpStatus, 529);
    QCOMPARE(toString(acc.response().finishReason), QStringLiteral("error"));
}

void TestProtocolTypes::coalesceKeepsBoundaries()
{
    StreamEvent redacted = StreamEvent::reasoningDelta({}, QStringLiteral("data"));
    redacted.redacted = true;
    const QList<StreamEvent> events{StreamEvent::textDelta(QStringLiteral("a")),
                                    StreamEvent::textDelta(QStringLiteral("b")),
                                    StreamEvent::reasoningDelta(QStringLiteral("r"), QStringLiteral("s")),
                                    StreamEvent::reasoningDelta(QStringLiteral("t")),
                                    redacted,
                                    StreamEvent::toolCallDelta(0, QStringLiteral("{")),
                                    StreamEvent::toolCallDelta(1, QStringLiteral("[")),
                                    StreamEvent::toolCallDelta(1, QStringLiteral("]")),
                                    StreamEvent::textDelta(QStringLiteral("c"))};
    const QString expected = QStringLiteral("text_delta \"ab\"\n"
                                            "reasoning_delta \"r\" sig=s id=\n"
                                            "reasoning_delta \"t\" sig= id=\n"
                                            "reasoning_delta \"\" sig=data id= redacted\n"
                                            "tool_call_delta #0 \"{\"\n"
                                            "tool_call_delta #1 \"[]\"\n"
                                            "text_delta \"c\"\n");
    QCOMPARE(describe(coalesce(events)), expected);
}

QTEST_GUILESS_MAIN(TestProtocolTypes)
#include "tst_protocoltypes.moc"
