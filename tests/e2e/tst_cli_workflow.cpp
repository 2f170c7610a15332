#include "clirun.h"
#include "fakeupstream.h"
#include "ledgerrows.h"
#include "testpaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace fk = sb::fakes;

namespace {

// JSON written with single quotes, for readable workflows.
QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text).replace('\'', '"')).object();
}

} // namespace

// switchboard-cli workflow list, validate, run, runs and resume against a fake upstream, as a user runs them.
class TestCliWorkflow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    fk::FakeUpstream m_fake{fk::Dialects(fk::Dialect::OpenAiChat)};
    QString m_workspace;

    sb::testing::CliRun cli(const QStringList &args)
    {
        sb::testing::CliOptions o;
        o.environment.insert(QStringLiteral("SB_FAKE_KEY"), QStringLiteral("sk-fake-123"));
        o.timeoutMs = 30000;
        return sb::testing::runCli(QStringList{QStringLiteral("workflow")} + args
                                       + QStringList{QStringLiteral("--workspace"), m_workspace, QStringLiteral("--data-dir"), dataDir()},
                                   o);
    }
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }
    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
        return path;
    }
    // (source, source_key) of the ledger's rows
    QStringList ledger() { return sb::testing::ledgerRows(dataDir() + QStringLiteral("/switchboard.sqlite"), QStringLiteral("source, source_key")); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_fake.listen());
        m_fake.setApiKey(QStringLiteral("sk-fake-123"));
        m_fake.setHandler([](const fk::RecordedRequest &r) -> std::optional<fk::Script> {
            const QJsonArray messages = r.json().value(QLatin1String("messages")).toArray();
            const QString user = messages.last().toObject().value(QLatin1String("content")).toString();
            fk::ReplyScript reply;
            reply.text = QStringLiteral("Summary of: ") + user.section(QLatin1Char('\n'), 0, 0);
            return fk::Script{reply, {}, {}};
        });
        QJsonObject ws{{QStringLiteral("version"), 1},
                       {QStringLiteral("name"), QStringLiteral("cli workflows")},
                       {QStringLiteral("providers"),
                        QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("fake")},
                                               {QStringLiteral("kind"), QStringLiteral("openai")},
                                               {QStringLiteral("baseUrl"), m_fake.baseUrl().toString()},
                                               {QStringLiteral("apiKey"), QStringLiteral("env:SB_FAKE_KEY")}}}}};
        const QJsonObject summarize = json("{'version':1,'name':'summarize','description':'Reads a note and sums it up','steps':["
                                           "{'id':'read','kind':'extract_text','file':'input.note'},"
                                           "{'id':'sum','kind':'llm','model':'fake/gpt-4o-mini','user':'{{steps.read.output}}'},"
                                           "{'id':'out','kind':'output','value':'{{steps.sum.output}}'}],"
                                           "'edges':[{'from':'read','to':'sum'},{'from':'sum','to':'out'}]}");
        const QJsonObject review = json("{'version':1,'name':'review','steps':["
                                        "{'id':'draft','kind':'llm','model':'fake/gpt-4o-mini','user':'{{input.text}}'},"
                                        "{'id':'check','kind':'human_review','value':'{{steps.draft.output}}','instructions':'Send this?'},"
                                        "{'id':'out','kind':'output','value':'{{steps.check.output}}'}],"
                                        "'edges':[{'from':'draft','to':'check'},{'from':'check','to':'out'}]}");
        const QJsonObject broken = json("{'version':1,'name':'broken','steps':["
                                        "{'id':'sum','kind':'llm','model':'fake/gpt-4o-mini','user':'{{steps.nope.output}}'},"
                                        "{'id':'out','kind':'output','value':'{{steps.sum.output}}'}],'edges':[{'from':'sum','to':'out'}]}");
        ws.insert(QStringLiteral("workflows"), QJsonArray{summarize, review, broken});
        m_workspace = writeFile(QStringLiteral("workspace.json"), QJsonDocument(ws).toJson());
        writeFile(QStringLiteral("note.md"), "# Standup\n\nThe release moves to Friday.\n");
        writeFile(QStringLiteral("input.json"), R"({"note": {"file": "note.md"}})");
    }

    void listAndValidate()
    {
        auto r = cli({QStringLiteral("list")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("summarize")) && r.out.contains(QLatin1String("3 step(s)")) && r.out.contains(QLatin1String("valid"))
                     && r.out.contains(QLatin1String("Reads a note and sums it up")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("broken")) && r.out.contains(QLatin1String("1 problem(s)")), qPrintable(r.out));

        r = cli({QStringLiteral("validate"), QStringLiteral("summarize")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("summarize: valid\n"));
        r = cli({QStringLiteral("validate")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("broken: 1 problem(s)\n  - steps.sum.user: at 2: no step \"nope\"")), qPrintable(r.err));
        // a file, before it goes into the workspace
        const QString file = writeFile(QStringLiteral("draft.json"), R"({"version": 1, "name": "d", "steps": [{"id": "x", "kind": "condition"}]})");
        r = cli({QStringLiteral("validate"), file});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("steps.x.expression: required")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("steps: add an output step")), qPrintable(r.err));
        r = cli({QStringLiteral("run"), QStringLiteral("broken")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("no step \"nope\"")));
        r = cli({QStringLiteral("run"), QStringLiteral("missing")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("no workflow \"missing\" in the workspace")));
        r = cli({QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 2);
    }

    void runPrintsProgressAndOutput()
    {
        m_fake.clearRequests();
        auto r = cli({QStringLiteral("run"), QStringLiteral("summarize"), QStringLiteral("--input"), m_dir.filePath(QStringLiteral("input.json"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out, QStringLiteral("Summary of: Standup\n"));
        QVERIFY2(r.err.contains(QLatin1String("  .. read (extract_text)\n")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("  ok sum (llm), ")) && r.err.contains(QLatin1String("fake/gpt-4o-mini 12+9 tokens, $0.000007")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String(" succeeded in ")), qPrintable(r.err));
        // the note's text went to the model
        QCOMPARE(m_fake.requestCount(), 1);
        QVERIFY(m_fake.lastRequest()
                    .json()
                    .value(QLatin1String("messages"))
                    .toArray()
                    .last()
                    .toObject()
                    .value(QLatin1String("content"))
                    .toString()
                    .contains(QLatin1String("The release moves to Friday.")));

        r = cli({QStringLiteral("run"), QStringLiteral("summarize"), QStringLiteral("--input"), m_dir.filePath(QStringLiteral("input.json")),
                 QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QLatin1String("status")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(o.value(QLatin1String("output")).toString(), QStringLiteral("Summary of: Standup"));
        QCOMPARE(o.value(QLatin1String("steps")).toArray().size(), 3);
        QVERIFY(o.value(QLatin1String("cost")).toDouble() > 0);
        const QString runId = o.value(QLatin1String("run")).toString();
        QVERIFY(ledger().contains(QStringLiteral("workflow ") + runId));

        r = cli({QStringLiteral("run"), QStringLiteral("summarize"), QStringLiteral("--input"), m_dir.filePath(QStringLiteral("nothere.json"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("cannot read")));
    }

    void reviewPausesAndResumes()
    {
        m_fake.clearRequests();
        const QString input = writeFile(QStringLiteral("text.json"), R"({"text": "Reply to the customer"})");
        auto r = cli({QStringLiteral("run"), QStringLiteral("review"), QStringLiteral("--input"), input});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QLatin1String("  ?? check (human_review) waits for review\n     Send this?: Summary of: Reply to the customer")),
                 qPrintable(r.err));
        const QString runId
            = QRegularExpression(QStringLiteral("^run ([0-9a-f-]{36})$"), QRegularExpression::MultilineOption).match(r.err).captured(1);
        QVERIFY2(!runId.isEmpty(), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("switchboard-cli workflow resume %1 --approve STEP[=JSON]").arg(runId)), qPrintable(r.err));

        r = cli({QStringLiteral("runs"), QStringLiteral("review")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(runId) && r.out.contains(QLatin1String("paused")), qPrintable(r.out));

        r = cli({QStringLiteral("resume"), runId, QStringLiteral("--approve"), QStringLiteral("check=\"Dear customer, done.\"")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out, QStringLiteral("Dear customer, done.\n"));
        QCOMPARE(m_fake.requestCount(), 1); // the draft was not written again
        r = cli({QStringLiteral("resume"), runId});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("succeeded; there is nothing to resume")), qPrintable(r.err));
    }

    // Every save is kept: a hand edit of the workspace becomes a version, two versions compare step by
    // step, and an old one goes back into the workspace as the newest.
    void versionsDiffAndRestore()
    {
        auto r = cli({QStringLiteral("versions"), QStringLiteral("summarize")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(
            QRegularExpression(
                QStringLiteral("^   1  \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d  workspace as found in the workspace file  \\(in the workspace\\)\\n$"))
                .match(r.out)
                .hasMatch(),
            qPrintable(r.out));

        // edited by hand: the summary step asks for something else and gets a system prompt
        QFile f(m_workspace);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject ws = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        const QByteArray original = QJsonDocument(ws).toJson();
        QJsonArray workflows = ws.value(QLatin1String("workflows")).toArray();
        QJsonObject summarize = workflows.at(0).toObject();
        QJsonArray steps = summarize.value(QLatin1String("steps")).toArray();
        QJsonObject sum = steps.at(1).toObject();
        sum.insert(QStringLiteral("user"), QStringLiteral("In one line: {{steps.read.output}}"));
        sum.insert(QStringLiteral("system"), QStringLiteral("Be brief."));
        steps.replace(1, sum);
        summarize.insert(QStringLiteral("steps"), steps);
        workflows.replace(0, summarize);
        ws.insert(QStringLiteral("workflows"), workflows);
        writeFile(QStringLiteral("workspace.json"), QJsonDocument(ws).toJson());

        r = cli({QStringLiteral("versions"), QStringLiteral("summarize"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray listed = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed.at(0).toObject().value(QLatin1String("version")).toInt(), 2);
        QVERIFY(listed.at(0).toObject().value(QLatin1String("current")).toBool());
        QVERIFY(!listed.at(1).toObject().value(QLatin1String("current")).toBool());

        r = cli({QStringLiteral("diff"), QStringLiteral("summarize"), QStringLiteral("1"), QStringLiteral("2")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out,
                 QStringLiteral("summarize: version 1 -> version 2\n"
                                "  ~ step sum (llm)\n"
                                "      system: (not set) -> \"Be brief.\"\n"
                                "      user: \"{{steps.read.output}}\" -> \"In one line: {{steps.read.output}}\"\n"));
        r = cli({QStringLiteral("diff"), QStringLiteral("summarize"), QStringLiteral("2"), QStringLiteral("1"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject diff = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(diff.value(QLatin1String("from")).toInt(), 2);
        const QJsonObject changed = diff.value(QLatin1String("steps")).toArray().first().toObject();
        QCOMPARE(changed.value(QLatin1String("step")).toString(), QStringLiteral("sum"));
        QCOMPARE(changed.value(QLatin1String("fields")).toArray().first().toObject().value(QLatin1String("before")).toString(),
                 QStringLiteral("Be brief."));

        r = cli({QStringLiteral("restore"), QStringLiteral("summarize"), QStringLiteral("1")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("restored version 1 of summarize")) && r.err.contains(QLatin1String("(now version 3)")),
                 qPrintable(r.err));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("workflows")),
                 QJsonDocument::fromJson(original).object().value(QLatin1String("workflows")));
        f.close();
        r = cli({QStringLiteral("versions"), QStringLiteral("summarize")});
        QVERIFY2(r.out.startsWith(QLatin1String("   3  ")) && r.out.contains(QLatin1String("cli       restored version 1  (in the workspace)\n")),
                 qPrintable(r.out));
        r = cli({QStringLiteral("restore"), QStringLiteral("summarize"), QStringLiteral("3")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(QLatin1String("is what the workspace holds already")), qPrintable(r.err));
        // the restored workflow runs as before
        r = cli({QStringLiteral("run"), QStringLiteral("summarize"), QStringLiteral("--input"), m_dir.filePath(QStringLiteral("input.json"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out, QStringLiteral("Summary of: Standup\n"));

        r = cli({QStringLiteral("restore"), QStringLiteral("summarize"), QStringLiteral("9")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("has no version 9 (it has 1 to 3)")), qPrintable(r.err));
        r = cli({QStringLiteral("restore"), QStringLiteral("summarize"), QStringLiteral("first")});
        QCOMPARE(r.exitCode, 2);
        r = cli({QStringLiteral("diff"), QStringLiteral("summarize"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 2);
        r = cli({QStringLiteral("versions"), QStringLiteral("nothing")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("none was ever saved under that name")), qPrintable(r.err));
    }

    // A workflow as a file: exported, imported after validation, name clashes refused unless asked.
    void exportAndImport()
    {
        const QString file = m_dir.filePath(QStringLiteral("summarize.workflow.json"));
        auto r = cli({QStringLiteral("export"), QStringLiteral("summarize"), file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject exported = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        QCOMPARE(exported.value(QLatin1String("format")).toString(), QStringLiteral("switchboard.workflow"));
        QCOMPARE(exported.value(QLatin1String("workflow")).toObject().value(QLatin1String("name")).toString(), QStringLiteral("summarize"));
        r = cli({QStringLiteral("export"), QStringLiteral("summarize"), QStringLiteral("-")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("workflow")), exported.value(QLatin1String("workflow")));
        r = cli({QStringLiteral("export"), QStringLiteral("nope"), file});
        QCOMPARE(r.exitCode, 1);

        r = cli({QStringLiteral("import"), file});
        QVERIFY2(r.exitCode == 0 && r.err.contains(QLatin1String("the workspace has summarize already, unchanged")), qPrintable(r.err));

        // another workflow of the same name
        QJsonObject workflow = exported.value(QLatin1String("workflow")).toObject();
        workflow.insert(QStringLiteral("description"), QStringLiteral("Sums up notes, shared by a colleague"));
        exported.insert(QStringLiteral("workflow"), workflow);
        writeFile(QStringLiteral("shared.json"), QJsonDocument(exported).toJson());
        const QString shared = m_dir.filePath(QStringLiteral("shared.json"));
        r = cli({QStringLiteral("import"), shared});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("the workspace has a different workflow called \"summarize\": import it with --replace")),
                 qPrintable(r.err));
        r = cli({QStringLiteral("import"), shared, QStringLiteral("--replace"), QStringLiteral("--keep-both")});
        QCOMPARE(r.exitCode, 2);
        r = cli({QStringLiteral("import"), shared, QStringLiteral("--keep-both")});
        QVERIFY2(r.exitCode == 0 && r.err.contains(QLatin1String("imported summarize-2 from")) && r.err.contains(QLatin1String("(version 1)")),
                 qPrintable(r.err));
        r = cli({QStringLiteral("import"), shared, QStringLiteral("--as"), QStringLiteral("notes")});
        QVERIFY2(r.exitCode == 0 && r.err.contains(QLatin1String("imported notes from")), qPrintable(r.err));
        r = cli({QStringLiteral("import"), shared, QStringLiteral("--replace")});
        QVERIFY2(r.exitCode == 0 && r.err.contains(QLatin1String("replaced summarize from")), qPrintable(r.err));
        r = cli({QStringLiteral("list")});
        QVERIFY2(r.out.contains(QLatin1String("Sums up notes, shared by a colleague")) && r.out.contains(QLatin1String("summarize-2"))
                     && r.out.contains(QLatin1String("notes ")),
                 qPrintable(r.out));
        r = cli({QStringLiteral("versions"), QStringLiteral("summarize")});
        QVERIFY2(r.out.contains(QLatin1String("imported from shared.json  (in the workspace)")), qPrintable(r.out));
        // the imported workflow runs
        r = cli({QStringLiteral("run"), QStringLiteral("notes"), QStringLiteral("--input"), m_dir.filePath(QStringLiteral("input.json"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        // a file whose workflow is not valid is refused with its problems, the workspace unchanged
        const QByteArray before = [&] {
            QFile w(m_workspace);
            return w.open(QIODevice::ReadOnly) ? w.readAll() : QByteArray();
        }();
        writeFile(
            QStringLiteral("broken.json"),
            QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("switchboard.workflow")},
                                      {QStringLiteral("formatVersion"), 1},
                                      {QStringLiteral("workflow"),
                                       json("{'version':1,'name':'broken2','steps':["
                                            "{'id':'sum','kind':'llm','model':'fake/gpt-4o-mini','user':'{{steps.nope.output}}'},"
                                            "{'id':'out','kind':'output','value':'{{steps.sum.output}}'}],'edges':[{'from':'sum','to':'out'}]}")}})
                .toJson());
        r = cli({QStringLiteral("import"), m_dir.filePath(QStringLiteral("broken.json"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("broken.json: workflow broken2 is not valid:\n  - steps.sum.user: at 2: no step \"nope\"")),
                 qPrintable(r.err));
        QFile w(m_workspace);
        QVERIFY(w.open(QIODevice::ReadOnly));
        QCOMPARE(w.readAll(), before);
        r = cli({QStringLiteral("import"), m_dir.filePath(QStringLiteral("missing.json"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("cannot read")));
    }
};

QTEST_GUILESS_MAIN(TestCliWorkflow)
#include "tst_cli_workflow.moc"
