#include "common/csv.h"
#include "compare/jsonschema.h"
#include "compare/leaderboard.h"
#include "compare/promptset.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;
using namespace sb::compare;

namespace {

QJsonValue json(const char *text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + text + "]");
    return doc.array().at(0);
}

} // namespace

class TestCompareChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void schemaValidates_data()
    {
        QTest::addColumn<QString>("schema");
        QTest::addColumn<QString>("instance");
        QTest::addColumn<QStringList>("errors");

        const QString person = QStringLiteral(R"({"type":"object","required":["name","age"],"additionalProperties":false,
            "properties":{"name":{"type":"string","minLength":1,"maxLength":5},"age":{"type":"integer","minimum":0,"maximum":150},
            "tags":{"type":"array","items":{"enum":["a","b"]},"minItems":1,"maxItems":2},"score":{"type":["number","null"],"exclusiveMaximum":1}}})");
        QTest::newRow("valid") << person << QStringLiteral(R"({"name":"Ann","age":30,"tags":["a"],"score":0.5})") << QStringList{};
        QTest::newRow("null allowed by type list") << person << QStringLiteral(R"({"name":"Ann","age":30,"score":null})") << QStringList{};
        QTest::newRow("missing required") << person << QStringLiteral(R"({"name":"Ann"})")
                                          << QStringList{QStringLiteral("$: missing required property \"age\"")};
        QTest::newRow("wrong types") << person << QStringLiteral(R"({"name":5,"age":1.5})")
                                     << QStringList{QStringLiteral("$.age: expected integer, got number"),
                                                    QStringLiteral("$.name: expected string, got integer")};
        QTest::newRow("bounds") << person << QStringLiteral(R"({"name":"","age":200,"score":1})")
                                << QStringList{QStringLiteral("$.age: 200 is more than the maximum 150"),
                                               QStringLiteral("$.name: shorter than 1 characters"), QStringLiteral("$.score: 1 must be less than 1")};
        QTest::newRow("string length counts code points") << person << QStringLiteral(R"({"name":"😀😀😀😀😀","age":1})") << QStringList{};
        QTest::newRow("too long") << person << QStringLiteral(R"({"name":"abcdef","age":1})")
                                  << QStringList{QStringLiteral("$.name: longer than 5 characters")};
        QTest::newRow("additional") << person << QStringLiteral(R"({"name":"A","age":1,"x":1})")
                                    << QStringList{QStringLiteral("$: unexpected property \"x\"")};
        QTest::newRow("items and enum") << person << QStringLiteral(R"({"name":"A","age":1,"tags":["a","c","b"]})")
                                        << QStringList{QStringLiteral("$.tags: more than 2 items"),
                                                       QStringLiteral("$.tags[1]: \"c\" is not one of [\"a\",\"b\"]")};
        QTest::newRow("min items") << person << QStringLiteral(R"({"name":"A","age":1,"tags":[]})")
                                   << QStringList{QStringLiteral("$.tags: fewer than 1 items")};
        QTest::newRow("not an object") << person << QStringLiteral(R"([1])") << QStringList{QStringLiteral("$: expected object, got array")};
        QTest::newRow("additional schema") << QStringLiteral(R"({"additionalProperties":{"type":"number"},"properties":{"a":{}}})")
                                           << QStringLiteral(R"({"a":"x","b":2,"c":"y","d e":true})")
                                           << QStringList{QStringLiteral("$.c: expected number, got string"),
                                                          QStringLiteral("$[\"d e\"]: expected number, got boolean")};
        QTest::newRow("exclusive minimum and const")
            << QStringLiteral(R"({"properties":{"n":{"exclusiveMinimum":0},"k":{"const":"x"}}})") << QStringLiteral(R"({"n":0,"k":"y"})")
            << QStringList{QStringLiteral("$.k: must be \"x\""), QStringLiteral("$.n: 0 must be more than 0")};
        QTest::newRow("integer accepts 2.0") << QStringLiteral(R"({"type":"integer","minimum":2})") << QStringLiteral("2.0") << QStringList{};
        QTest::newRow("false schema") << QStringLiteral(R"({"properties":{"a":false}})") << QStringLiteral(R"({"a":1})")
                                      << QStringList{QStringLiteral("$.a: no value is allowed here")};
    }
    void schemaValidates()
    {
        QFETCH(QString, schema);
        QFETCH(QString, instance);
        QFETCH(QStringList, errors);
        auto s = JsonSchema::parse(schema);
        QVERIFY2(s, s ? "" : qPrintable(s.error().message));
        QStringList got = s->validate(json(instance.toUtf8().constData()));
        got.sort();
        errors.sort();
        QCOMPARE(got, errors);
    }

    void schemaItselfIsChecked_data()
    {
        QTest::addColumn<QString>("schema");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown type") << QStringLiteral(R"({"type":"strin"})") << QStringLiteral("schema.type: unknown type \"strin\"");
        QTest::newRow("nested minimum") << QStringLiteral(R"({"properties":{"age":{"minimum":"0"}}})")
                                        << QStringLiteral("schema.properties.age.minimum: must be a number");
        QTest::newRow("required") << QStringLiteral(R"({"required":"a"})") << QStringLiteral("schema.required: must be a list");
        QTest::newRow("tuple items") << QStringLiteral(R"({"items":[{}]})") << QStringLiteral("schema.items: a list of schemas (tuple form)");
        QTest::newRow("empty enum") << QStringLiteral(R"({"enum":[]})") << QStringLiteral("schema.enum: must be a non-empty list");
        QTest::newRow("negative length") << QStringLiteral(R"({"maxLength":-1})") << QStringLiteral("schema.maxLength: must be a whole number");
        QTest::newRow("not json") << QStringLiteral(R"({"type":)") << QStringLiteral("schema: not JSON");
        QTest::newRow("schema not object") << QStringLiteral(R"({"properties":{"a":3}})") << QStringLiteral("schema.properties.a: a schema is");
    }
    void schemaItselfIsChecked()
    {
        QFETCH(QString, schema);
        QFETCH(QString, message);
        auto s = JsonSchema::parse(schema);
        QVERIFY(!s);
        QVERIFY2(s.error().message.startsWith(message), qPrintable(s.error().message));
    }

    void checks()
    {
        auto rows = PromptSet::parseJsonl(
            QStringLiteral(R"({"prompt":"p","contains":"Paris","regex":"\\d{4}","json":true,"schema":{"type":"object","required":["city"]}})"));
        QVERIFY2(rows, rows ? "" : qPrintable(rows.error().message));
        const QList<Check> &checks = rows->first().checks;
        QCOMPARE(checks.size(), 4);
        QVERIFY(runChecks(checks, QStringLiteral("```json\n{\"city\": \"Paris\", \"year\": 1889}\n```")).passed);
        const CheckResult r = runChecks(checks, QStringLiteral(R"({"town": "Lyon"})"));
        QVERIFY(!r.passed);
        QCOMPARE(r.detail, QStringLiteral("does not contain \"Paris\"; does not match /\\d{4}/; schema: $: missing required property \"city\""));
        // checks come in key order: contains, json, regex, schema
        QCOMPARE(checks.at(1).type, Check::Type::ValidJson);
        const CheckResult notJson = runCheck(checks.at(1), QStringLiteral("Paris in 1889"));
        QVERIFY(!notJson.passed);
        QVERIFY2(notJson.detail.startsWith(QLatin1String("not valid JSON")), qPrintable(notJson.detail));
        QVERIFY(runCheck(checks.at(1), QStringLiteral(" 42 ")).passed); // scalars are JSON too
        QVERIFY(!runCheck(checks.at(1), QStringLiteral("1 2")).passed);
        QCOMPARE(jsonPayload(QStringLiteral("```\n[1]\n```")), QStringLiteral("[1]"));
        QCOMPARE(jsonPayload(QStringLiteral("```a``` text ```b```")), QStringLiteral("```a``` text ```b```"));
    }

    void csvRoundTrip()
    {
        const QStringList fields{QStringLiteral("plain"),      QStringLiteral("with, comma"), QStringLiteral("say \"hi\""),
                                 QStringLiteral("two\nlines"), QStringLiteral(" padded "),    QString(),
                                 QStringLiteral("crlf\r\nend")};
        const QString row = csv::row(fields);
        QCOMPARE(row, QStringLiteral("plain,\"with, comma\",\"say \"\"hi\"\"\",\"two\nlines\",\" padded \",,\"crlf\r\nend\"\r\n"));
        auto back = csv::parse(row + row);
        QVERIFY(back);
        QCOMPARE(back->size(), 2);
        QCOMPARE(back->at(0).fields, fields);
        QCOMPARE(back->at(0).line, 1);
        QCOMPARE(back->at(1).line, 4); // two embedded line breaks in the first record
    }

    void csvPromptSet()
    {
        const QString text = QStringLiteral("\xFEFFid,Prompt,contains,regex,json,schema,category\r\n"
                                            "capital,\"What is the capital of France? Answer in one word.\",Paris,,,,geo\r\n"
                                            "\r\n"
                                            "q2,\"Give JSON\nwith a city\",,,true,\"{\"\"type\"\":\"\"object\"\"}\",\r\n"
                                            ",plain,,^\\w+$,no,,\r\n");
        auto rows = PromptSet::parseCsv(text);
        QVERIFY2(rows, rows ? "" : qPrintable(rows.error().message));
        QCOMPARE(rows->size(), 3);
        QCOMPARE(rows->at(0).id, QStringLiteral("capital"));
        QCOMPARE(rows->at(0).category, QStringLiteral("geo"));
        QCOMPARE(rows->at(0).checks.size(), 1);
        QCOMPARE(rows->at(1).prompt, QStringLiteral("Give JSON\nwith a city"));
        QCOMPARE(rows->at(1).line, 4);
        QCOMPARE(rows->at(1).checks.size(), 2);
        QCOMPARE(rows->at(1).checks.at(1).type, Check::Type::Schema);
        QCOMPARE(rows->at(2).id, QStringLiteral("3")); // row number when the id is empty
        QCOMPARE(rows->at(2).checks.size(), 1);
        QCOMPARE(rows->at(2).line, 6);
    }

    void malformedCsvNamesTheLine_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("unterminated") << QStringLiteral("prompt\nok\n\"open\nmore\n") << QStringLiteral("line 3: unterminated quoted field");
        QTest::newRow("stray quote") << QStringLiteral("prompt,id\nok,1\nsay \"hi\",2\n")
                                     << QStringLiteral("line 3: a quote inside an unquoted field");
        QTest::newRow("after quote") << QStringLiteral("prompt\n\"a\"b\n") << QStringLiteral("line 2: text after the closing quote");
        QTest::newRow("field count") << QStringLiteral("prompt,id\na,1\nb,2,3\n") << QStringLiteral("line 3: 3 fields, the header has 2");
        QTest::newRow("no prompt column") << QStringLiteral("id,contains\n1,x\n") << QStringLiteral("line 1: no \"prompt\" column");
        QTest::newRow("unknown column") << QStringLiteral("prompt,expect\na,b\n") << QStringLiteral("line 1: unknown column \"expect\"");
        QTest::newRow("empty prompt") << QStringLiteral("prompt,id\n\"a\nb\",1\n ,2\n") << QStringLiteral("line 4: the prompt is empty");
        QTest::newRow("bad regex") << QStringLiteral("prompt,regex\na,(\n") << QStringLiteral("line 2: regex /(/:");
        QTest::newRow("bad schema") << QStringLiteral("prompt,schema\na,\"{\"\"type\"\":1}\"\n")
                                    << QStringLiteral("line 2: schema.type: unknown type 1");
        QTest::newRow("bad json flag") << QStringLiteral("prompt,json\na,maybe\n") << QStringLiteral("line 2: json: \"maybe\" is not true/false");
        QTest::newRow("header only") << QStringLiteral("prompt\n") << QStringLiteral("the prompt set has a header but no rows");
    }
    void malformedCsvNamesTheLine()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        auto rows = PromptSet::parseCsv(text);
        QVERIFY(!rows);
        QVERIFY2(rows.error().message.startsWith(message), qPrintable(rows.error().message));
    }

    void jsonlPromptSet()
    {
        auto rows = PromptSet::parseJsonl(
            QStringLiteral("{\"prompt\":\"a\",\"id\":7}\n\n{\"prompt\":\"b\",\"contains\":[\"x\",\"y\"],\"system\":\"terse\"}\n"));
        QVERIFY2(rows, rows ? "" : qPrintable(rows.error().message));
        QCOMPARE(rows->size(), 2);
        QCOMPARE(rows->at(0).id, QStringLiteral("7"));
        QCOMPARE(rows->at(1).line, 3);
        QCOMPARE(rows->at(1).checks.size(), 2);
        QCOMPARE(rows->at(1).system, QStringLiteral("terse"));
    }

    void malformedJsonlNamesTheLine_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("broken") << QStringLiteral("{\"prompt\":\"a\"}\n{\"prompt\": \"b\",}\n") << QStringLiteral("line 2: not valid JSON");
        QTest::newRow("array") << QStringLiteral("\n[1]\n") << QStringLiteral("line 2: each line must be a JSON object");
        QTest::newRow("no prompt") << QStringLiteral("{\"id\":1}") << QStringLiteral("line 1: no \"prompt\"");
        QTest::newRow("unknown key") << QStringLiteral("{\"prompt\":\"a\",\"expect\":\"b\"}") << QStringLiteral("line 1: unknown key \"expect\"");
        QTest::newRow("contains type") << QStringLiteral("{\"prompt\":\"a\",\"contains\":[1]}")
                                       << QStringLiteral("line 1: \"contains\" takes a string");
        QTest::newRow("schema") << QStringLiteral("{\"prompt\":\"a\",\"schema\":{\"minimum\":\"x\"}}")
                                << QStringLiteral("line 1: schema.minimum: must be a number");
    }
    void malformedJsonlNamesTheLine()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        auto rows = PromptSet::parseJsonl(text);
        QVERIFY(!rows);
        QVERIFY2(rows.error().message.startsWith(message), qPrintable(rows.error().message));
    }

    void pastedText()
    {
        auto lines = PromptSet::parseText(QStringLiteral("\n  first prompt \nsecond prompt\n"));
        QVERIFY(lines);
        QCOMPARE(lines->size(), 2);
        QCOMPARE(lines->at(1).prompt, QStringLiteral("second prompt"));
        QCOMPARE(lines->at(1).line, 3);
        auto csv = PromptSet::parseText(QStringLiteral("prompt,contains\nhi,hello\n"));
        QVERIFY(csv);
        QCOMPARE(csv->first().checks.size(), 1);
        auto jsonl = PromptSet::parseText(QStringLiteral("{\"prompt\":\"x\"}"));
        QVERIFY(jsonl);
        QVERIFY(!PromptSet::parseText(QStringLiteral("   ")));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("set.jsonl"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"prompt\":\"ok\"}\n{oops}\n");
        f.close();
        auto loaded = PromptSet::load(path);
        QVERIFY(!loaded);
        QVERIFY2(loaded.error().message.startsWith(QLatin1String("set.jsonl: line 2: ")), qPrintable(loaded.error().message));
        QVERIFY(!PromptSet::load(dir.filePath(QStringLiteral("missing.csv"))));
    }

    void elo()
    {
        // equal ratings: the winner gains K/2
        QList<LeaderboardEntry> board = computeLeaderboard({Vote{QStringLiteral("x"), QStringLiteral("y"), VoteOutcome::AWins, {}, 0, 0}});
        QCOMPARE(board.size(), 2);
        QCOMPARE(board.at(0).model, QStringLiteral("x"));
        QCOMPARE(board.at(0).elo, 1016.0);
        QCOMPARE(board.at(1).elo, 984.0);
        QCOMPARE(board.at(0).winRate(), 1.0);
        // then y wins: expected score of y was 1/(1+10^(-32/400)) = 0.4540...; y gains 32*(1-0.4540)
        board = computeLeaderboard({Vote{QStringLiteral("x"), QStringLiteral("y"), VoteOutcome::AWins, {}, 0, 0},
                                    Vote{QStringLiteral("x"), QStringLiteral("y"), VoteOutcome::BWins, {}, 0, 0}});
        const double expectedY = 1.0 / (1.0 + std::pow(10.0, 32.0 / 400.0));
        QCOMPARE(board.at(0).model, QStringLiteral("y"));
        QVERIFY(qAbs(board.at(0).elo - (984.0 + 32.0 * (1 - expectedY))) < 1e-9);
        QVERIFY(qAbs(board.at(0).elo + board.at(1).elo - 2000.0) < 1e-9); // zero sum
        // ties and both-bad are draws for Elo; both-bad is counted apart
        board = computeLeaderboard({Vote{QStringLiteral("x"), QStringLiteral("y"), VoteOutcome::BothBad, {}, 0, 0},
                                    Vote{QStringLiteral("x"), QStringLiteral("y"), VoteOutcome::Tie, {}, 0, 0}});
        QCOMPARE(board.at(0).elo, 1000.0);
        QCOMPARE(board.at(0).ties, 2);
        QCOMPARE(board.at(0).bothBad, 1);
        QCOMPARE(board.at(0).games, 2);
        QCOMPARE(board.at(0).winRate(), 0.0);
    }

    void roundsOfManyPanes()
    {
        const QStringList m{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        QList<Vote> v = roundVotes(m, 1, VoteOutcome::AWins);
        QCOMPARE(v.size(), 2);
        QCOMPARE(v.at(0).modelA, QStringLiteral("b"));
        QCOMPARE(v.at(0).modelB, QStringLiteral("a"));
        QCOMPARE(v.at(1).modelB, QStringLiteral("c"));
        v = roundVotes(m, -1, VoteOutcome::BothBad);
        QCOMPARE(v.size(), 3);
        QCOMPARE(v.at(2).outcome, VoteOutcome::BothBad);
        v = roundVotes(m.mid(0, 2), -1, VoteOutcome::BWins);
        QCOMPARE(v.size(), 1);
        QCOMPARE(v.at(0).outcome, VoteOutcome::BWins);
        VoteOutcome o;
        QVERIFY(voteOutcomeFromName(u"both_bad", &o));
        QCOMPARE(o, VoteOutcome::BothBad);
        QVERIFY(!voteOutcomeFromName(u"x", &o));
    }
};

QTEST_GUILESS_MAIN(TestCompareChecks)
#include "tst_comparechecks.moc"
