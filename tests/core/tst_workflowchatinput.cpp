#include "workflow/chatinput.h"
#include "workflowjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace sb;
using namespace sb::workflow;
using sb::testing::json;

namespace {

Definition definition(const char *text)
{
    auto d = Definition::fromJson(json(text));
    if (!d)
        qWarning().noquote() << d.error().message;
    return d ? *d : Definition{};
}

protocol::Message message(const QString &text, const QList<protocol::ContentPart> &files = {})
{
    protocol::Message m = protocol::Message::make(protocol::Role::User, text);
    if (text.isEmpty())
        m.content.clear();
    m.content << files;
    return m;
}

QString inputText(const Expected<QJsonValue> &v)
{
    if (!v)
        return QStringLiteral("error: ") + v.error().message;
    const QByteArray wrapped = QJsonDocument(QJsonArray{*v}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

// question: one required text input; triage: a file or a text, neither required; pair: two required texts;
// loose: no schema, one field read; whole: no schema, the input read whole; two: no schema, two fields read.
const char *kQuestion = "{'version':1,'name':'question','inputSchema':{'type':'object','properties':{'question':{'type':'string','minLength':1},"
                        "'tone':{'type':'string'}},'required':['question']},"
                        "'steps':[{'id':'out','kind':'output','value':'{{input.question}}'}]}";
const char *kTriage = "{'version':1,'name':'triage','inputSchema':{'type':'object','properties':{"
                      "'document':{'type':'object','properties':{'data':{'type':'string'}},'required':['data']},'text':{'type':'string'}}},"
                      "'steps':[{'id':'out','kind':'output','value':'{{input.text}}'}]}";
const char *kPair = "{'version':1,'name':'pair','inputSchema':{'type':'object','properties':{'text':{'type':'string'},'language':{'type':'string'}},"
                    "'required':['text','language']},'steps':[{'id':'out','kind':'output','value':'{{input.text}}'}]}";
const char *kLoose = "{'version':1,'name':'loose','steps':[{'id':'out','kind':'output','value':'{{input.topic}} and {{input.topic}}'}]}";
const char *kWhole = "{'version':1,'name':'whole','steps':[{'id':'out','kind':'output','value':'{{input}}'}]}";
const char *kTwo = "{'version':1,'name':'two','steps':[{'id':'t','kind':'transform','op':'split','from':'input.a'},"
                   "{'id':'out','kind':'output','value':'{{input.b}}'}],'edges':[{'from':'t','to':'out'}]}";

} // namespace

// A chat message as a workflow's input (the proxy's workflow:NAME models), and a run's output as text.
class TestWorkflowChatInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inputs_data()
    {
        QTest::addColumn<QString>("workflow");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("text to the required text input") << kQuestion << "When do refunds come?"
                                                         << "{\"question\":\"When do refunds come?\"}";
        QTest::newRow("json that fits") << kQuestion << " {\"question\": \"q\", \"tone\": \"warm\"} "
                                        << "{\"question\":\"q\",\"tone\":\"warm\"}";
        QTest::newRow("json that does not fit is text") << kQuestion << "{\"tone\": \"warm\"}"
                                                        << "{\"question\":\"{\\\"tone\\\": \\\"warm\\\"}\"}";
        QTest::newRow("empty text refused by the schema")
            << kQuestion << ""
            << "error: the input does not fit: $.question: shorter than 1 characters; the workflow question takes a JSON "
               "object with question (string, required), tone (string), as the text of the last user message";
        QTest::newRow("the one text input, none required") << kTriage << "Invoice 12"
                                                           << "{\"text\":\"Invoice 12\"}";
        QTest::newRow("two text inputs need json") << kPair << "Hello"
                                                   << "error: the workflow has no single text input for the message's text; the workflow pair "
                                                      "takes a JSON object with language (string, required), text (string, required), as the "
                                                      "text of the last user message";
        QTest::newRow("two text inputs as json") << kPair << "{\"text\": \"Hello\", \"language\": \"German\"}"
                                                 << "{\"language\":\"German\",\"text\":\"Hello\"}";
        QTest::newRow("json missing a field") << kPair << "{\"text\": \"Hello\"}"
                                              << "error: the JSON does not fit: $: missing required property \"language\"; the workflow pair "
                                                 "takes a JSON object with language (string, required), text (string, required), as the text of "
                                                 "the last user message";
        QTest::newRow("no schema, the one field read") << kLoose << "tea"
                                                       << "{\"topic\":\"tea\"}";
        QTest::newRow("no schema, json object") << kLoose << "{\"topic\": \"tea\"}"
                                                << "{\"topic\":\"tea\"}";
        QTest::newRow("no schema, read whole") << kWhole << "just text"
                                               << "\"just text\"";
        QTest::newRow("no schema, two fields")
            << kTwo << "text"
            << "error: the message is not a JSON object; the workflow two takes a JSON object with a, b, as the text of the last user message";
    }
    void inputs()
    {
        QFETCH(QString, workflow);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const Definition d = definition(workflow.toUtf8().constData());
        QVERIFY(!d.name.isEmpty());
        QCOMPARE(inputText(inputFromMessage(d, message(text))), expected);
    }

    void filesGoToTheFileInput()
    {
        const Definition triage = definition(kTriage);
        const protocol::ContentPart image = protocol::ContentPart::makeImageData("iVBORw0K", QStringLiteral("image/png"));
        auto in = inputFromMessage(triage, message(QString(), {image}));
        QVERIFY(in);
        QCOMPARE(in->toObject(), json("{'document':{'name':'attachment-1.png','mediaType':'image/png','data':'iVBORw0K'}}"));
        // with text besides: both
        protocol::ContentPart pdf;
        pdf.type = protocol::ContentPart::Type::Document;
        pdf.data = "JVBERi0x";
        pdf.mediaType = QStringLiteral("application/pdf");
        pdf.title = QStringLiteral("contract.pdf");
        in = inputFromMessage(triage, message(QStringLiteral("Please check"), {pdf}));
        QVERIFY(in);
        QCOMPARE(in->toObject(), json("{'text':'Please check','document':{'name':'contract.pdf','mediaType':'application/pdf','data':'JVBERi0x'}}"));

        QVERIFY(
            inputText(inputFromMessage(triage, message(QString(), {image, image}))).contains(QLatin1String("holds 2 files; the workflow takes one")));
        QVERIFY(inputText(inputFromMessage(definition(kQuestion), message(QStringLiteral("q"), {image})))
                    .contains(QLatin1String("the message holds a file, but the workflow has no single file input")));
        QVERIFY(
            inputText(inputFromMessage(definition(kLoose), message(QStringLiteral("q"), {image}))).contains(QLatin1String("declares no file input")));
        const protocol::ContentPart linked = protocol::ContentPart::makeImageUrl(QStringLiteral("https://example.com/scan.png"));
        QVERIFY(inputText(inputFromMessage(triage, message(QString(), {linked})))
                    .contains(QLatin1String("the message links a file (https://example.com/scan.png); send its content")));
    }

    void outputsAsText()
    {
        QCOMPARE(outputText(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(outputText(QJsonValue(12.5)), QStringLiteral("12.5"));
        QCOMPARE(outputText(QJsonValue(true)), QStringLiteral("true"));
        QCOMPARE(outputText(QJsonValue::Null), QString());
        QCOMPARE(outputText(json("{'b':[1,2],'a':'x'}")), QStringLiteral("{\n    \"a\": \"x\",\n    \"b\": [\n        1,\n        2\n    ]\n}"));
    }
};

QTEST_GUILESS_MAIN(TestWorkflowChatInput)
#include "tst_workflowchatinput.moc"
