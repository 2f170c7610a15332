#include "storage/workspace.h"
#include "workflow/definition.h"
#include "workflow/workflowfile.h"
#include "workflowjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace sb;
using namespace sb::workflow;
using sb::testing::json;

namespace {

const char *kTriage = "{'version':1,'name':'triage','steps':["
                      "{'id':'sum','kind':'llm','model':'fast','user':'Sum up {{input.text}}'},"
                      "{'id':'out','kind':'output','value':'{{steps.sum.output}}'}],"
                      "'edges':[{'from':'sum','to':'out'}]}";

QByteArray bytes(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

} // namespace

// Workflows as files: export, import with validation that names step and field, and name clashes.
class TestWorkflowFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportReadsBack()
    {
        const QByteArray file = exportWorkflow(json(kTriage), 1'750'000'000'000);
        const QJsonObject o = QJsonDocument::fromJson(file).object();
        QCOMPARE(o.value(QLatin1String("format")).toString(), QStringLiteral("switchboard.workflow"));
        QCOMPARE(o.value(QLatin1String("formatVersion")).toInt(), 1);
        QCOMPARE(o.value(QLatin1String("exportedAt")).toString(), QStringLiteral("2025-06-15T15:06:40Z"));
        QCOMPARE(o.value(QLatin1String("workflow")).toObject(), json(kTriage));
        QVERIFY(file.contains("\n    \"workflow\"")); // indented, for people and diffs

        auto read = readWorkflowFile(file, QStringLiteral("triage.json"));
        QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
        QCOMPARE(*read, json(kTriage));
        // what the workspace keeps under "workflows" reads too
        auto bare = readWorkflowFile(bytes(kTriage), QStringLiteral("bare.json"));
        QVERIFY(bare);
        QCOMPARE(*bare, json(kTriage));
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("not json") << QByteArray("{\"format\": ") << int(Error::Kind::Parse)
                                  << QStringLiteral("x.json: not JSON (unterminated object at offset 11)");
        QTest::newRow("not an object") << QByteArray("[1]") << int(Error::Kind::Parse)
                                       << QStringLiteral("x.json: not a workflow file (a JSON object with \"format\": \"switchboard.workflow\")");
        QTest::newRow("no format") << bytes("{'workflow':{}}") << int(Error::Kind::Validation)
                                   << QStringLiteral("x.json: not a workflow file (\"format\": \"switchboard.workflow\" is missing)");
        QTest::newRow("other format") << bytes("{'format':'n8n','formatVersion':1,'workflow':{}}") << int(Error::Kind::Validation)
                                      << QStringLiteral("x.json: \"format\" is \"n8n\", not \"switchboard.workflow\"");
        QTest::newRow("newer") << bytes("{'format':'switchboard.workflow','formatVersion':2,'workflow':{}}") << int(Error::Kind::Version)
                               << QStringLiteral(
                                      "x.json: written by a newer Switchboard (file format 2; this build reads up to 1): update Switchboard");
        QTest::newRow("no version") << bytes("{'format':'switchboard.workflow','workflow':{}}") << int(Error::Kind::Validation)
                                    << QStringLiteral("x.json: \"formatVersion\" must be a number (1)");
        QTest::newRow("unknown key") << bytes("{'format':'switchboard.workflow','formatVersion':1,'workflow':{},'secrets':1}")
                                     << int(Error::Kind::Validation)
                                     << QStringLiteral("x.json: unknown key \"secrets\" (a workflow file has format, formatVersion, exportedAt, "
                                                       "workflow, template)");
        QTest::newRow("no workflow") << bytes("{'format':'switchboard.workflow','formatVersion':1}") << int(Error::Kind::Validation)
                                     << QStringLiteral("x.json: \"workflow\" is missing: the file holds no workflow");
        QTest::newRow("workflow not object") << bytes("{'format':'switchboard.workflow','formatVersion':1,'workflow':[]}")
                                             << int(Error::Kind::Validation)
                                             << QStringLiteral("x.json: \"workflow\" must be an object, not an array");
        QTest::newRow("invalid workflow")
            << bytes("{'format':'switchboard.workflow','formatVersion':1,'workflow':{'version':1,'name':'bad','steps':["
                     "{'id':'sum','kind':'llm','model':'fast','user':'{{steps.nope.output}}','parameters':{'temperature':'hot'}},"
                     "{'id':'out','kind':'output','value':'{{steps.sum.output}}'}],'edges':[{'from':'sum','to':'out'}]}}")
            << int(Error::Kind::Validation)
            << QStringLiteral("x.json: workflow bad is not valid:\n  - steps.sum.parameters.temperature: must be a number from 0 to 2\n"
                              "  - steps.sum.user: at 2: no step \"nope\"");
    }
    void refusals()
    {
        QFETCH(QByteArray, file);
        QFETCH(int, kind);
        QFETCH(QString, message);
        auto read = readWorkflowFile(file, QStringLiteral("x.json"));
        QVERIFY(!read);
        QCOMPARE(read.error().message, message);
        QCOMPARE(int(read.error().kind), kind);
    }

    void importHandlesNameClashes()
    {
        Workspace ws;
        auto added = importWorkflow(ws, json(kTriage));
        QVERIFY(added);
        QCOMPARE(added->outcome, Imported::Outcome::Added);
        QCOMPARE(ws.workflows.size(), 1);
        // the same again changes nothing
        auto same = importWorkflow(ws, json(kTriage));
        QVERIFY(same);
        QCOMPARE(same->outcome, Imported::Outcome::Unchanged);
        QCOMPARE(ws.workflows.size(), 1);

        QJsonObject changed = json(kTriage);
        changed.insert(QStringLiteral("description"), QStringLiteral("the new one"));
        auto refused = importWorkflow(ws, changed);
        QVERIFY(!refused);
        QCOMPARE(refused.error().message, QStringLiteral("the workspace has a different workflow called \"triage\""));
        QCOMPARE(ws.workflows.first().toObject(), json(kTriage));

        auto both = importWorkflow(ws, changed, ImportOptions{{}, NameClash::KeepBoth});
        QVERIFY(both);
        QCOMPARE(both->outcome, Imported::Outcome::Added);
        QCOMPARE(both->definition.value(QLatin1String("name")).toString(), QStringLiteral("triage-2"));
        changed.insert(QStringLiteral("description"), QStringLiteral("a third"));
        both = importWorkflow(ws, changed, ImportOptions{{}, NameClash::KeepBoth});
        QVERIFY(both);
        QCOMPARE(both->definition.value(QLatin1String("name")).toString(), QStringLiteral("triage-3"));
        QCOMPARE(ws.workflows.size(), 3);

        auto replaced = importWorkflow(ws, changed, ImportOptions{{}, NameClash::Replace});
        QVERIFY(replaced);
        QCOMPARE(replaced->outcome, Imported::Outcome::Replaced);
        QCOMPARE(ws.workflows.size(), 3);
        QCOMPARE(*workflowJson(ws, QStringLiteral("triage")), changed);

        auto renamed = importWorkflow(ws, json(kTriage), ImportOptions{QStringLiteral("triage.copy"), NameClash::Refuse});
        QVERIFY(renamed);
        QCOMPARE(renamed->outcome, Imported::Outcome::Added);
        QCOMPARE(renamed->definition.value(QLatin1String("name")).toString(), QStringLiteral("triage.copy"));
        auto badName = importWorkflow(ws, json(kTriage), ImportOptions{QStringLiteral("no spaces"), NameClash::Refuse});
        QVERIFY(!badName);
        QVERIFY2(badName.error().message.contains(QLatin1String("name: \"no spaces\" must be letters, digits")), qPrintable(badName.error().message));
        QCOMPARE(ws.workflows.size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestWorkflowFile)
#include "tst_workflowfile.moc"
