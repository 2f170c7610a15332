// JsonMembers: the proxy's tree-free check of a JSON object and its top-level members, against
// QJsonDocument (the parser everything else uses) on hand-written cases, every prefix of valid
// documents, and seeded random mutations of them.
#include "protocol/jsonscan.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using sb::protocol::JsonMembers;

namespace {

bool qtAcceptsObject(const QByteArray &text)
{
    QJsonParseError e;
    const QJsonDocument d = QJsonDocument::fromJson(text, &e);
    return e.error == QJsonParseError::NoError && d.isObject();
}

const QList<QByteArray> &validDocuments()
{
    static const QList<QByteArray> docs{
        "{}",
        " \t\r\n{ } \n",
        "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"created\":1700000000,\"model\":\"gpt-4o-mini\",\"choices\":[{\"index\":0,"
        "\"message\":{\"role\":\"assistant\",\"content\":\"Hello "
        "\\\"there\\\"\\n\\u00e9\\ud83d\\ude00\",\"refusal\":null},\"logprobs\":null,\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":12,"
        "\"completion_tokens\":7,\"total_tokens\":19,\"prompt_tokens_details\":{\"cached_tokens\":0}}}",
        "{\"big\":1e300,\"long\":123456789012345678901234567890,\"a\":[],\"b\":{},\"c\":[[],[{}],{\"d\":[1,-2,3.5,-0.25e+10,1E-3,0,-0,0.0]}],\"e\":"
        "true,\"f\":false,\"g\":null,\"h\":\"\\/\\\\\\b\\f\\n\\r\\t\"}",
        "{\"caf\xc3\xa9\":\"\xe2\x82\xac \xf0\x9f\x98\x80 \xed\x9f\xbf \xee\x80\x80\"}",
        "{ \"spaced\" :  [ 1 , 2 ] , \"x\" : { \"y\" : \"z\" } }",
        "{\"type\":\"message\",\"id\":\"msg_1\",\"model\":\"claude-sonnet-4\",\"content\":[{\"type\":\"text\",\"text\":\"hi\"}],\"stop_reason\":"
        "\"end_turn\",\"usage\":{\"input_tokens\":3,\"output_tokens\":1}}",
    };
    return docs;
}

} // namespace

class TestJsonScan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validDocumentsAreAccepted()
    {
        for (const QByteArray &d : validDocuments()) {
            QVERIFY2(qtAcceptsObject(d), d.constData());
            QVERIFY2(JsonMembers::scan(d).has_value(), d.constData());
        }
    }

    void invalidTextIsRefused_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("spaces") << QByteArray("  ");
        QTest::newRow("array") << QByteArray("[1]");
        QTest::newRow("string") << QByteArray("\"x\"");
        QTest::newRow("number") << QByteArray("1");
        QTest::newRow("two objects") << QByteArray("{}{}");
        QTest::newRow("garbage after") << QByteArray("{} x");
        QTest::newRow("trailing comma") << QByteArray("{\"a\":1,}");
        QTest::newRow("trailing comma in array") << QByteArray("{\"a\":[1,]}");
        QTest::newRow("missing colon") << QByteArray("{\"a\" 1}");
        QTest::newRow("missing value") << QByteArray("{\"a\":}");
        QTest::newRow("unquoted key") << QByteArray("{a:1}");
        QTest::newRow("single quotes") << QByteArray("{'a':1}");
        QTest::newRow("comment") << QByteArray("{/*c*/\"a\":1}");
        QTest::newRow("leading zero") << QByteArray("{\"a\":01}");
        QTest::newRow("lone minus") << QByteArray("{\"a\":-}");
        QTest::newRow("dot without digits") << QByteArray("{\"a\":1.}");
        QTest::newRow("leading dot") << QByteArray("{\"a\":.5}");
        QTest::newRow("plus sign") << QByteArray("{\"a\":+1}");
        QTest::newRow("exponent without digits") << QByteArray("{\"a\":1e}");
        QTest::newRow("too large for a double") << QByteArray("{\"a\":1e400}");
        QTest::newRow("too long for a double") << QByteArray("{\"a\":") + QByteArray(400, '9') + "}";
        QTest::newRow("hex") << QByteArray("{\"a\":0x1}");
        QTest::newRow("capital literal") << QByteArray("{\"a\":True}");
        QTest::newRow("short literal") << QByteArray("{\"a\":nul}");
        QTest::newRow("bad escape") << QByteArray("{\"a\":\"\\x\"}");
        QTest::newRow("short unicode escape") << QByteArray("{\"a\":\"\\u12\"}");
        QTest::newRow("raw newline in string") << QByteArray("{\"a\":\"x\ny\"}");
        QTest::newRow("raw tab in string") << QByteArray("{\"a\":\"x\ty\"}");
        QTest::newRow("unterminated string") << QByteArray("{\"a\":\"x}");
        QTest::newRow("unclosed object") << QByteArray("{\"a\":{\"b\":1}");
        QTest::newRow("unclosed array") << QByteArray("{\"a\":[1}");
        QTest::newRow("mismatched close") << QByteArray("{\"a\":[1}]");
        QTest::newRow("lone continuation byte") << QByteArray("{\"a\":\"\x80\"}");
        QTest::newRow("truncated sequence") << QByteArray("{\"a\":\"\xe2\x82\"}");
        QTest::newRow("overlong slash") << QByteArray("{\"a\":\"\xc0\xaf\"}");
        QTest::newRow("encoded surrogate") << QByteArray("{\"a\":\"\xed\xa0\x80\"}");
        QTest::newRow("past U+10FFFF") << QByteArray("{\"a\":\"\xf4\x90\x80\x80\"}");
        QTest::newRow("0xff byte") << QByteArray("{\"a\":\"\xff\"}");
        QTest::newRow("too deep") << QByteArray("{\"a\":") + QByteArray(JsonMembers::kMaxDepth, '[') + QByteArray(JsonMembers::kMaxDepth, ']') + "}";
    }

    void invalidTextIsRefused()
    {
        QFETCH(QByteArray, text);
        QVERIFY(!JsonMembers::scan(text));
    }

    void everyPrefixOfAValidDocumentIsRefused()
    {
        for (const QByteArray &d : validDocuments()) {
            const QByteArray trimmed = d.trimmed();
            for (qsizetype n = 0; n < trimmed.size(); ++n)
                QVERIFY2(!JsonMembers::scan(trimmed.left(n)), trimmed.left(n).constData());
        }
    }

    // Whatever the scanner accepts, QJsonDocument accepts as an object: the proxy forwards what the
    // scanner accepted. The scanner is stricter than QJsonDocument, which takes unknown escapes ("\d"),
    // raw control characters in strings and numbers such as "-.5"; such answers get the full decode.
    void randomMutationsAgreeWithQJsonDocument()
    {
        QRandomGenerator rng(20261126);
        static const QByteArray alphabet = QByteArrayLiteral("{}[]\",:\\ tfn0123456789-+.eEu\x80\xc3\xa9\xff\n");
        int accepted = 0;
        int qtLenient = 0;
        for (int round = 0; round < 20000; ++round) {
            QByteArray t = validDocuments().at(int(rng.bounded(validDocuments().size())));
            const int edits = 1 + int(rng.bounded(3));
            for (int e = 0; e < edits && !t.isEmpty(); ++e) {
                const qsizetype at = qsizetype(rng.bounded(int(t.size())));
                switch (rng.bounded(3)) {
                case 0: t[at] = alphabet.at(int(rng.bounded(alphabet.size()))); break;
                case 1: t.remove(at, 1); break;
                default: t.insert(at, alphabet.at(int(rng.bounded(alphabet.size())))); break;
                }
            }
            const bool ours = JsonMembers::scan(t).has_value();
            const bool qt = qtAcceptsObject(t);
            accepted += ours;
            QVERIFY2(!ours || qt, QByteArray("scanner accepts, Qt refuses: " + t).constData());
            qtLenient += qt && !ours;
        }
        QVERIFY2(accepted > 1000, qPrintable(QString::number(accepted))); // the mutants are not all broken
        qInfo("%d of 20000 mutants valid; %d more that only QJsonDocument takes", accepted, qtLenient);
    }

    void membersAndValues()
    {
        const QByteArray text
            = "{\"id\":\"x\\\"y\",\"model\":\"gpt-4o\",\"n\":12,\"usage\":{\"prompt_tokens\":3,\"completion_tokens\":4},\"choices\":[ {\"i\":0} "
              "],\"empty\":[ ],\"blank\":[ { } ],\"numbers\":[1,{\"i\":0}],\"obj\":{},\"model\":\"gpt-4o-mini\",\"caf\\u00e9\":1}";
        const auto m = JsonMembers::scan(text);
        QVERIFY(m);
        QCOMPARE(m->size(), 11);
        QCOMPARE(m->value(QLatin1String("n")), QByteArrayView("12"));
        QCOMPARE(m->value(QLatin1String("usage")), QByteArrayView("{\"prompt_tokens\":3,\"completion_tokens\":4}"));
        QCOMPARE(m->string(QLatin1String("id")), std::optional<QString>(QStringLiteral("x\"y")));
        QCOMPARE(m->string(QLatin1String("model")), std::optional<QString>(QStringLiteral("gpt-4o-mini"))); // the last one, as QJsonDocument
        QCOMPARE(QJsonDocument::fromJson(text).object().value(QLatin1String("model")).toString(), QStringLiteral("gpt-4o-mini"));
        QCOMPARE(m->string(QLatin1String("n")), std::nullopt);
        QCOMPARE(m->string(QLatin1String("missing")), std::nullopt);
        QCOMPARE(m->object(QLatin1String("usage")).value(QLatin1String("completion_tokens")).toInt(), 4);
        QVERIFY(m->object(QLatin1String("choices")).isEmpty());
        QVERIFY(m->isObject(QLatin1String("obj")));
        QVERIFY(!m->isObject(QLatin1String("choices")));
        QVERIFY(m->startsWithNonEmptyObject(QLatin1String("choices")));
        QVERIFY(!m->startsWithNonEmptyObject(QLatin1String("empty")));
        QVERIFY(!m->startsWithNonEmptyObject(QLatin1String("blank")));
        QVERIFY(!m->startsWithNonEmptyObject(QLatin1String("numbers")));
        QVERIFY(!m->startsWithNonEmptyObject(QLatin1String("obj")));
        QVERIFY(!m->startsWithNonEmptyObject(QLatin1String("missing")));
        QVERIFY(m->contains(QLatin1String("caf\xe9"))); // an escaped key is compared decoded
        QVERIFY(!m->contains(QLatin1String("cafe")));
    }

    void withStringMember_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QByteArray>("expected");
        QTest::addRow("plain") << QByteArray("{\"model\":\"a/b\",\"x\":1}") << QByteArray("{\"model\":\"m\\\"q\",\"x\":1}");
        QTest::addRow("later, nested first")
            << QByteArray("{\"o\":{\"model\":\"no\"},\"s\":\"\\\"model\\\":\\\"no\\\"\",\"a\":[{\"model\":1}], \"model\" : \"a/b\" }")
            << QByteArray("{\"o\":{\"model\":\"no\"},\"s\":\"\\\"model\\\":\\\"no\\\"\",\"a\":[{\"model\":1}], \"model\" : \"m\\\"q\" }");
        QTest::addRow("none") << QByteArray("{\"o\":{\"model\":\"no\"}}") << QByteArray();
        QTest::addRow("not a string") << QByteArray("{\"model\":5}") << QByteArray();
        QTest::addRow("array") << QByteArray("[\"model\"]") << QByteArray();
        QTest::addRow("truncated") << QByteArray("{\"model\":\"a") << QByteArray();
        QTest::addRow("escaped key") << QByteArray("{\"mod\\u0065l\":\"a\"}") << QByteArray("{\"mod\\u0065l\":\"m\\\"q\"}");
        QTest::addRow("invalid before it") << QByteArray("{\"x\":01,\"model\":\"a\"}") << QByteArray();
    }

    void withStringMember()
    {
        QFETCH(QByteArray, json);
        QFETCH(QByteArray, expected);
        QCOMPARE(sb::protocol::withStringMember(json, QLatin1String("model"), QStringLiteral("m\"q")), expected);
    }
};

QTEST_GUILESS_MAIN(TestJsonScan)
#include "tst_jsonscan.moc"
