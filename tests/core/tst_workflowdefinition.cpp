#include "storage/workspace.h"
#include "testpaths.h"
#include "workflow/definition.h"
#include "workflowjson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sb;
using namespace sb::workflow;
using sb::testing::json;

// Workflow definitions: reading, writing back, and validation messages that name the step and field.
class TestWorkflowDefinition : public QObject
{
    Q_OBJECT

private:
    static QJsonObject fixture()
    {
        QFile f(testing::fixturePath(QStringLiteral("workflows/every_kind.json")));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(f.readAll()).object();
    }
    static QStringList problemsOf(const QJsonObject &workflow)
    {
        QList<Problem> problems;
        Definition::read(workflow, problems);
        QStringList out;
        for (const Problem &p : std::as_const(problems))
            out << p.toString();
        return out;
    }

private Q_SLOTS:
    void everyKindIsValidAndRoundTrips()
    {
        const QJsonObject source = fixture();
        QVERIFY(!source.isEmpty());
        auto d = Definition::fromJson(source);
        QVERIFY2(d, qPrintable(d ? QString() : d.error().message));
        QCOMPARE(d->name, QStringLiteral("every-kind"));
        QCOMPARE(d->graph.steps.size(), 13);
        QSet<StepKind> kinds;
        for (const auto &[step, owner] : d->allSteps())
            kinds.insert(step->kind);
        QCOMPARE(kinds.size(), allKinds().size());
        QVERIFY(d->compiledInputSchema.has_value());

        // the map's body is its own graph, with its owner known
        const Step *translate = d->graph.step(QStringLiteral("translate"));
        QVERIFY(translate && translate->body);
        QCOMPARE(translate->body->steps.size(), 3);
        QCOMPARE(translate->body->resultStep()->id, QStringLiteral("one"));
        QVERIFY(d->findStep(QStringLiteral("clean")));
        QCOMPARE(d->allSteps().size(), 16);

        // compiled for the runner: templates, expressions, schema, regex, pick path
        const Step *extract = d->graph.step(QStringLiteral("extract"));
        QVERIFY(extract->compiled->templates.contains(QStringLiteral("user")));
        QVERIFY(extract->compiled->schema.has_value());
        QVERIFY(d->graph.step(QStringLiteral("big"))->compiled->expressions.contains(QStringLiteral("expression")));
        QVERIFY(d->findStep(QStringLiteral("clean"))->compiled->regex.isValid());
        QCOMPARE(d->graph.step(QStringLiteral("currency"))->compiled->pick->toString(), QStringLiteral("currency"));
        QCOMPARE(d->graph.incoming(QStringLiteral("summary")).size(), 3);
        QCOMPARE(d->graph.outgoing(QStringLiteral("sort")).size(), 2);

        // written back, it is the same JSON
        QCOMPARE(d->toJson(), source);
        auto again = Definition::fromJson(d->toJson());
        QVERIFY(again);
        QCOMPARE(again->toJson(), source);
    }

    void problems_data()
    {
        QTest::addColumn<QJsonObject>("workflow");
        QTest::addColumn<QString>("problem");

        QTest::newRow("cycle") << json("{'version':1,'name':'w','steps':["
                                       "{'id':'a','kind':'transform','op':'template','template':'x'},"
                                       "{'id':'b','kind':'transform','op':'template','template':'y'},"
                                       "{'id':'out','kind':'output','value':'{{steps.b.output}}'}],"
                                       "'edges':[{'from':'a','to':'b'},{'from':'b','to':'a'},{'from':'b','to':'out'}]}")
                               << QStringLiteral("steps.a.edges: the steps form a cycle: a -> b -> a; a workflow runs each step once");
        QTest::newRow("unknown edge target") << json("{'version':1,'name':'w','steps':[{'id':'out','kind':'output','value':'x'}],"
                                                     "'edges':[{'from':'out','to':'nope'}]}")
                                             << QStringLiteral("edges[0].to: no step \"nope\"");
        QTest::newRow("missing field") << json("{'version':1,'name':'w','steps':[{'id':'a','kind':'llm','model':'m'},"
                                               "{'id':'out','kind':'output','value':'x'}]}")
                                       << QStringLiteral("steps.a.user: required");
        QTest::newRow("bad template") << json("{'version':1,'name':'w','steps':[{'id':'a','kind':'llm','model':'m','user':'Hello {{input.name'},"
                                              "{'id':'out','kind':'output','value':'x'}]}")
                                      << QStringLiteral("steps.a.user: at 6: '{{' is not closed with '}}'");
        QTest::newRow("expression error") << json("{'version':1,'name':'w','steps':[{'id':'c','kind':'condition','expression':'input.x = 3'},"
                                                  "{'id':'out','kind':'output','value':'x'}],'edges':[{'from':'c','to':'out','when':'true'}]}")
                                          << QStringLiteral("steps.c.expression: at 8: '=' does not compare; use ==");
        QTest::newRow("reads a step that runs later")
            << json("{'version':1,'name':'w','steps':[{'id':'a','kind':'llm','model':'m','user':'Use {{steps.b.output}}'},"
                    "{'id':'b','kind':'llm','model':'m','user':'x'},{'id':'out','kind':'output','value':'{{steps.a.output}}'}],"
                    "'edges':[{'from':'a','to':'out'}]}")
            << QStringLiteral("steps.a.user: at 6: steps.b does not run before a; add an edge from b (or a step after it) to a");
        QTest::newRow("unknown step") << json("{'version':1,'name':'w','steps':[{'id':'out','kind':'output','value':'{{steps.zzz.output}}'}]}")
                                      << QStringLiteral("steps.out.value: at 2: no step \"zzz\"");
        QTest::newRow("typo after the step") << json("{'version':1,'name':'w','steps':[{'id':'a','kind':'llm','model':'m','user':'x'},"
                                                     "{'id':'out','kind':'output','value':'{{steps.a.outptu}}'}],'edges':[{'from':'a','to':'out'}]}")
                                             << QStringLiteral(
                                                    "steps.out.value: at 2: steps.a.outptu is not something a step has; there are output, branch, "
                                                    "cost, model, inputTokens, outputTokens, latencyMs, status, attempts");
        QTest::newRow("unknown root") << json("{'version':1,'name':'w','steps':[{'id':'out','kind':'output','value':'{{inptu.text}}'}]}")
                                      << QStringLiteral("steps.out.value: at 2: unknown name \"inptu\"; paths start with input, steps, run");
        QTest::newRow("condition edge without when")
            << json("{'version':1,'name':'w','steps':[{'id':'c','kind':'condition','expression':'true'},{'id':'out','kind':'output','value':'x'}],"
                    "'edges':[{'from':'c','to':'out'}]}")
            << QStringLiteral("edges[0].when: an edge from the condition \"c\" says when it is taken: true or false");
        QTest::newRow("label that is not one") << json(
            "{'version':1,'name':'w','steps':[{'id':'k','kind':'classify','model':'m','user':'x','labels':['a','b']},"
            "{'id':'out','kind':'output','value':'x'}],'edges':[{'from':'k','to':'out','when':'c'}]}")
                                               << QStringLiteral("edges[0].when: \"c\" is not a label of \"k\" (a, b)");
        QTest::newRow("when on a plain edge")
            << json("{'version':1,'name':'w','steps':[{'id':'a','kind':'llm','model':'m','user':'x'},"
                    "{'id':'out','kind':'output','value':'x'}],'edges':[{'from':'a','to':'out','when':'true'}]}")
            << QStringLiteral("edges[0].when: only edges from a condition or a classify step have when; \"a\" is a step of kind llm");
        QTest::newRow("one label") << json("{'version':1,'name':'w','steps':[{'id':'k','kind':'classify','model':'m','user':'x','labels':['a']},"
                                           "{'id':'out','kind':'output','value':'x'}]}")
                                   << QStringLiteral("steps.k.labels: a classify step needs at least two labels");
        QTest::newRow("unknown kind") << json("{'version':1,'name':'w','steps':[{'id':'a','kind':'shell'},{'id':'out','kind':'output','value':'x'}]}")
                                      << QStringLiteral("steps.a.kind: \"shell\" is not one of llm, classify, condition, map, extract_text, "
                                                        "knowledge_retrieve, transform, human_review, output");
        QTest::newRow("duplicate id") << json("{'version':1,'name':'w','steps':[{'id':'out','kind':'output','value':'x'},"
                                              "{'id':'out','kind':'output','value':'y'}]}")
                                      << QStringLiteral("steps.out.id: \"out\" is the id of another step; ids are unique in a workflow");
        QTest::newRow("bad id") << json("{'version':1,'name':'w','steps':[{'id':'my-step','kind':'output','value':'x'}]}")
                                << QStringLiteral(
                                       "steps.my-step.id: \"my-step\" must start with a letter or '_' and hold letters, digits and '_' (at most 64)");
        QTest::newRow("no output") << json("{'version':1,'name':'w','steps':[{'id':'a','kind':'llm','model':'m','user':'x'}]}")
                                   << QStringLiteral("steps: add an output step: it says what the run returns");
        QTest::newRow("no steps") << json("{'version':1,'name':'w','steps':[]}") << QStringLiteral("steps: a workflow needs at least one step");
        QTest::newRow("item outside a map") << json("{'version':1,'name':'w','steps':[{'id':'out','kind':'output','value':'{{item}}'}]}")
                                            << QStringLiteral("steps.out.value: at 2: item is only there in the steps of a map");
        QTest::newRow("retries on a transform")
            << json("{'version':1,'name':'w','steps':[{'id':'t','kind':'transform','op':'template','template':'x','retries':2},"
                    "{'id':'out','kind':'output','value':'x'}]}")
            << QStringLiteral("steps.t.retries: only steps that call a model, the knowledge base or a document reader retry and time out; "
                              "a transform step does neither");
        QTest::newRow("bad regex") << json("{'version':1,'name':'w','steps':[{'id':'t','kind':'transform','op':'regex_extract','from':'input.text',"
                                           "'pattern':'(unclosed'},{'id':'out','kind':'output','value':'x'}]}")
                                   << QStringLiteral("steps.t.pattern: at 9: missing closing parenthesis");
        QTest::newRow("field of another op") << json("{'version':1,'name':'w','steps':[{'id':'t','kind':'transform','op':'split','from':'input.text',"
                                                     "'pattern':'x'},{'id':'out','kind':'output','value':'x'}]}")
                                             << QStringLiteral("steps.t.pattern: split takes from, separator, not pattern");
        QTest::newRow("pick path") << json("{'version':1,'name':'w','steps':[{'id':'t','kind':'transform','op':'json_pick','from':'input',"
                                           "'path':'a + b'},{'id':'out','kind':'output','value':'x'}]}")
                                   << QStringLiteral("steps.t.path: must be a path such as total or items[0].name");
        QTest::newRow("unknown field") << json("{'version':1,'name':'w','steps':[{'id':'out','kind':'output','value':'x','prompt':'y'}]}")
                                       << QStringLiteral("steps.out.prompt: unknown field; output steps have value");
        QTest::newRow("wrong type") << json("{'version':1,'name':'w','steps':[{'id':'a','kind':'llm','model':'m','user':'x','timeoutMs':10},"
                                            "{'id':'out','kind':'output','value':'x'}]}")
                                    << QStringLiteral("steps.a.timeoutMs: must be a whole number from 100 to 3600000");
        QTest::newRow("bad parameter") << json("{'version':1,'name':'w','steps':[{'id':'a','kind':'llm','model':'m','user':'x',"
                                               "'parameters':{'temperature':3}},{'id':'out','kind':'output','value':'x'}]}")
                                       << QStringLiteral("steps.a.parameters.temperature: must be a number from 0 to 2");
        QTest::newRow("bad schema") << json("{'version':1,'name':'w','steps':[{'id':'a','kind':'llm','model':'m','user':'x',"
                                            "'schema':{'type':'strnig'}},{'id':'out','kind':'output','value':'x'}]}")
                                    << QStringLiteral("steps.a.schema: schema.type: unknown type \"strnig\"");
        QTest::newRow("map without result")
            << json("{'version':1,'name':'w','steps':[{'id':'m','kind':'map','over':'input.list','steps':["
                    "{'id':'x','kind':'transform','op':'template','template':'a'},{'id':'y','kind':'transform','op':'template','template':'b'}]},"
                    "{'id':'out','kind':'output','value':'{{steps.m.output}}'}],'edges':[{'from':'m','to':'out'}]}")
            << QStringLiteral(
                   "steps.m.steps: each item's result is the value of an output step, or of the one step nothing follows; add an output step");
        QTest::newRow("reads inside a map") << json("{'version':1,'name':'w','steps':[{'id':'m','kind':'map','over':'input.list','steps':["
                                                    "{'id':'x','kind':'transform','op':'template','template':'{{item}}'}]},"
                                                    "{'id':'out','kind':'output','value':'{{steps.x.output}}'}],'edges':[{'from':'m','to':'out'}]}")
                                            << QStringLiteral(
                                                   "steps.out.value: at 2: steps.x runs inside the map \"m\" for each item; read steps.m.output");
        QTest::newRow("edge across a map") << json("{'version':1,'name':'w','steps':[{'id':'m','kind':'map','over':'input.list','steps':["
                                                   "{'id':'x','kind':'transform','op':'template','template':'{{item}}'}]},"
                                                   "{'id':'out','kind':'output','value':'x'}],'edges':[{'from':'x','to':'out'}]}")
                                           << QStringLiteral("edges[0].from: \"x\" is inside the map \"m\"; edges stay within one map's steps");
        QTest::newRow("newer version") << json("{'version':2,'name':'w','steps':[{'id':'out','kind':'output','value':'x'}]}")
                                       << QStringLiteral("version: 2 was written by a newer Switchboard (this build reads up to 1)");
        QTest::newRow("bad name") << json("{'version':1,'name':'my workflow','steps':[{'id':'out','kind':'output','value':'x'}]}")
                                  << QStringLiteral("name: \"my workflow\" must be letters, digits, '_', '-' or '.' (at most 64)");
        QTest::newRow("unknown top key") << json("{'version':1,'name':'w','nodes':[],'steps':[{'id':'out','kind':'output','value':'x'}]}")
                                         << QStringLiteral(
                                                "nodes: unknown key (a workflow has version, name, description, inputSchema, steps, edges)");
    }
    void problems()
    {
        QFETCH(QJsonObject, workflow);
        QFETCH(QString, problem);
        QVERIFY(!workflow.isEmpty());
        const QStringList found = problemsOf(workflow);
        const bool listed = std::any_of(found.cbegin(), found.cend(), [&](const QString &p) { return p.startsWith(problem); });
        QVERIFY2(listed, qPrintable(found.join(QLatin1Char('\n'))));
        auto d = Definition::fromJson(workflow);
        QVERIFY(!d);
        QCOMPARE(d.error().kind, Error::Kind::Validation);
        QVERIFY2(d.error().message.contains(problem), qPrintable(d.error().message));
    }

    void problemsKeepTheirPlace()
    {
        // the editor puts each problem on its node: step and field stay apart
        QList<Problem> problems;
        Definition::read(json("{'version':1,'name':'w','steps':[{'id':'a','kind':'llm','model':'','user':'{{'},"
                              "{'id':'out','kind':'output','value':'x'}]}"),
                         problems);
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems.at(0).step, QStringLiteral("a"));
        QCOMPARE(problems.at(0).field, QStringLiteral("model"));
        QCOMPARE(problems.at(1).field, QStringLiteral("user"));
        QCOMPARE(problems.at(1).message, QStringLiteral("at 0: '{{' is not closed with '}}'"));
    }

    void workspaceKeepsWorkflows()
    {
        Workspace ws = WorkspaceFile::defaults();
        QJsonObject broken = json("{'version':1,'name':'broken','steps':[{'id':'out','kind':'output','value':'{{steps.x.output}}'}]}");
        ws.workflows = {fixture(), broken};
        auto read = Workspace::fromJson(ws.toJson());
        QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
        QCOMPARE(read->workflows, ws.workflows);
        // one broken workflow does not stop the others
        const Library lib = Library::fromWorkspace(*read);
        QCOMPARE(lib.workflows.size(), 2);
        QVERIFY(lib.find(QStringLiteral("every-kind")));
        QVERIFY(!lib.problems.contains(QStringLiteral("every-kind")));
        QCOMPARE(lib.problems.value(QStringLiteral("broken")).size(), 1);
        // a workspace without workflows writes none
        QVERIFY(!QJsonDocument::fromJson(WorkspaceFile::defaults().toJson()).object().contains(QLatin1String("workflows")));
        // the shape is the workspace's to check
        ws.workflows = {QJsonValue(3)};
        QVERIFY(ws.validate().contains(QStringLiteral("workflows[0]: must be an object with a name")));
    }

    void fileValues()
    {
        auto f = FileValue::fromJson(
            QJsonObject{{QStringLiteral("name"), QStringLiteral("scan.png")}, {QStringLiteral("data"), QStringLiteral("aGk=")}});
        QVERIFY(f);
        QCOMPARE(f->mediaType, QStringLiteral("image/png"));
        QCOMPARE(QByteArray::fromBase64(f->base64), QByteArray("hi"));
        QVERIFY(!FileValue::fromJson(QJsonValue(QStringLiteral("scan.png"))));
        QCOMPARE(FileValue::mediaTypeFor(QStringLiteral("a.pdf")), QStringLiteral("application/pdf"));
    }
};

QTEST_GUILESS_MAIN(TestWorkflowDefinition)
#include "tst_workflowdefinition.moc"
