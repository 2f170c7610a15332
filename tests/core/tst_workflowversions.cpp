#include "storage/database.h"
#include "storage/workspace.h"
#include "workflow/versionstore.h"
#include "workflowjson.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;
using namespace sb::workflow;
using sb::testing::json;

namespace {

const char *kV1 = "{'version':1,'name':'triage','description':'first','steps':["
                  "{'id':'read','kind':'extract_text','file':'input.document'},"
                  "{'id':'sum','kind':'llm','model':'fast','user':'Sum up {{steps.read.output}}','parameters':{'temperature':0.2}},"
                  "{'id':'check','kind':'human_review','value':'{{steps.sum.output}}'},"
                  "{'id':'out','kind':'output','value':'{{steps.check.output}}'}],"
                  "'edges':[{'from':'read','to':'sum'},{'from':'sum','to':'check'},{'from':'check','to':'out'}]}";

const char *kV2 = "{'version':1,'name':'triage','description':'second','steps':["
                  "{'id':'read','kind':'extract_text','file':'input.document'},"
                  "{'id':'sum','kind':'llm','model':'smart','user':'Sum up {{steps.read.output}}','parameters':{'maxTokens':300}},"
                  "{'id':'out','kind':'output','value':'{{steps.sum.output}}'}],"
                  "'edges':[{'from':'read','to':'sum'},{'from':'sum','to':'out'}]}";

} // namespace

// Saved versions of workflows: kept for good, listed, restored and compared step by step.
class TestWorkflowVersions : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    qint64 m_now = 1'750'000'000'000;

    VersionStore store()
    {
        return VersionStore(m_db, [this] { return m_now; });
    }

private Q_SLOTS:
    void init()
    {
        m_db.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("db.sqlite")));
        auto db = Database::open(m_dir.filePath(QStringLiteral("db.sqlite")));
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        m_db = *db;
    }

    void savesBecomeNumberedVersions()
    {
        VersionStore s = store();
        auto first = s.save(json(kV1), QStringLiteral("app"));
        QVERIFY(first);
        QVERIFY(first->added);
        QCOMPARE(first->version.number, 1);
        QCOMPARE(first->version.savedAtMs, m_now);

        // saving what the newest version holds adds nothing
        m_now += 1000;
        auto same = s.save(json(kV1), QStringLiteral("app"));
        QVERIFY(same);
        QVERIFY(!same->added);
        QCOMPARE(same->version.number, 1);
        QCOMPARE(same->version.savedAtMs, m_now - 1000);

        auto second = s.save(json(kV2), QStringLiteral("cli"), QStringLiteral("imported from triage.json"));
        QVERIFY(second && second->added);
        QCOMPARE(second->version.number, 2);
        // the first again is a change from the second: a version of its own
        m_now += 1000;
        auto third = s.save(json(kV1), QStringLiteral("app"));
        QVERIFY(third && third->added);
        QCOMPARE(third->version.number, 3);
        // another workflow has a history of its own
        QJsonObject other = json(kV1);
        other.insert(QStringLiteral("name"), QStringLiteral("other"));
        auto otherFirst = s.save(other);
        QVERIFY(otherFirst);
        QCOMPARE(otherFirst->version.number, 1);

        auto list = s.versions(QStringLiteral("triage"));
        QVERIFY(list);
        QCOMPARE(list->size(), 3);
        QCOMPARE(list->at(0).number, 3); // newest first
        QCOMPARE(list->at(2).number, 1);
        QCOMPARE(list->at(1).savedBy, QStringLiteral("cli"));
        QCOMPARE(list->at(1).note, QStringLiteral("imported from triage.json"));
        QVERIFY(list->at(1).definition.isEmpty()); // lists leave definitions out
        QCOMPARE(list->at(0).savedAtMs, m_now);

        auto v2 = s.version(QStringLiteral("triage"), 2);
        QVERIFY(v2);
        QCOMPARE(v2->definition, json(kV2));
        auto newest = s.latest(QStringLiteral("triage"));
        QVERIFY(newest && *newest);
        QCOMPARE((*newest)->number, 3);
        QCOMPARE((*newest)->definition, json(kV1));

        auto none = s.latest(QStringLiteral("nothing"));
        QVERIFY(none && !*none);
        QVERIFY(s.versions(QStringLiteral("nothing"))->isEmpty());
    }

    void missingVersionsAndNamelessDrafts()
    {
        VersionStore s = store();
        QVERIFY(s.save(json(kV1)));
        auto missing = s.version(QStringLiteral("triage"), 7);
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, Error::Kind::NotFound);
        QCOMPARE(missing.error().message, QStringLiteral("the workflow \"triage\" has no version 7 (it has 1 to 1)"));
        auto unknown = s.version(QStringLiteral("nope"), 1);
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().message, QStringLiteral("the workflow \"nope\" has no saved versions"));

        auto nameless = s.save(json("{'version':1,'steps':[]}"));
        QVERIFY(!nameless);
        QCOMPARE(nameless.error().kind, Error::Kind::Validation);
        // a draft that does not validate is kept all the same
        auto draft = s.save(json("{'version':1,'name':'draft','steps':[{'id':'x','kind':'condition'}]}"));
        QVERIFY(draft && draft->added);
    }

    void versionsOutliveTheStoreAndTheDatabaseConnection()
    {
        QVERIFY(store().save(json(kV1)));
        QVERIFY(store().save(json(kV2)));
        m_db.reset();
        auto reopened = Database::open(m_dir.filePath(QStringLiteral("db.sqlite")));
        QVERIFY(reopened);
        m_db = *reopened;
        auto list = store().versions(QStringLiteral("triage"));
        QVERIFY(list);
        QCOMPARE(list->size(), 2);
        QCOMPARE(store().version(QStringLiteral("triage"), 1)->definition, json(kV1));
    }

    void restoreSavesAnOldVersionAsTheNewest()
    {
        VersionStore s = store();
        QVERIFY(s.save(json(kV1)));
        QVERIFY(s.save(json(kV2)));
        m_now += 60'000;
        auto restored = s.restore(QStringLiteral("triage"), 1, QStringLiteral("cli"));
        QVERIFY(restored);
        QVERIFY(restored->added);
        QCOMPARE(restored->version.number, 3);
        QCOMPARE(restored->version.note, QStringLiteral("restored version 1"));
        QCOMPARE(restored->version.savedBy, QStringLiteral("cli"));
        QCOMPARE(restored->version.definition, json(kV1));
        QCOMPARE(s.versions(QStringLiteral("triage"))->size(), 3); // nothing was lost

        // restoring what is newest already changes nothing
        auto again = s.restore(QStringLiteral("triage"), 3);
        QVERIFY(again);
        QVERIFY(!again->added);
        QCOMPARE(again->version.number, 3);
        QVERIFY(!s.restore(QStringLiteral("triage"), 9));

        // the workspace takes the restored definition in place of the current one
        Workspace ws;
        ws.workflows = {json(kV2), json("{'version':1,'name':'another'}")};
        QVERIFY(putWorkflow(ws, restored->version.definition));
        QCOMPARE(ws.workflows.size(), 2);
        QCOMPARE(*workflowJson(ws, QStringLiteral("triage")), json(kV1));
        QVERIFY(!putWorkflow(ws, json("{'version':1,'name':'new'}")));
        QCOMPARE(ws.workflows.size(), 3);
        QVERIFY(!workflowJson(ws, QStringLiteral("missing")));
    }

    void diffNamesStepsAndFields()
    {
        VersionStore s = store();
        QVERIFY(s.save(json(kV1)));
        QVERIFY(s.save(json(kV2)));
        auto d = s.diff(QStringLiteral("triage"), 1, 2);
        QVERIFY(d);
        QCOMPARE(d->workflow, (QList<FieldChange>{{QStringLiteral("description"), QStringLiteral("first"), QStringLiteral("second")}}));
        QCOMPARE(d->steps.size(), 3);
        const StepChange sum = d->steps.at(0);
        QCOMPARE(sum.change, Change::Changed);
        QCOMPARE(sum.step, QStringLiteral("sum"));
        QCOMPARE(sum.kind, QStringLiteral("llm"));
        QCOMPARE(sum.fields,
                 (QList<FieldChange>{{QStringLiteral("model"), QStringLiteral("fast"), QStringLiteral("smart")},
                                     {QStringLiteral("parameters.maxTokens"), QJsonValue(QJsonValue::Undefined), 300},
                                     {QStringLiteral("parameters.temperature"), 0.2, QJsonValue(QJsonValue::Undefined)}}));
        QCOMPARE(d->steps.at(1).step, QStringLiteral("out"));
        QCOMPARE(d->steps.at(1).fields.first().field, QStringLiteral("value"));
        QCOMPARE(d->steps.at(2), (StepChange{Change::Removed, QStringLiteral("check"), QString(), QStringLiteral("human_review"), {}}));
        QCOMPARE(d->edges.size(), 3);
        QCOMPARE(d->edges.at(0).change, Change::Removed);
        QCOMPARE(d->edges.at(0).edge, (Edge{QStringLiteral("sum"), QStringLiteral("check"), {}}));
        QCOMPARE(d->edges.at(2).change, Change::Added);
        QCOMPARE(d->edges.at(2).edge, (Edge{QStringLiteral("sum"), QStringLiteral("out"), {}}));

        const QStringList lines = d->lines(20);
        QCOMPARE(
            lines,
            (QStringList{QStringLiteral("description: \"first\" -> \"second\""), QStringLiteral("~ step sum (llm)"),
                         QStringLiteral("    model: \"fast\" -> \"smart\""), QStringLiteral("    parameters.maxTokens: (not set) -> 300"),
                         QStringLiteral("    parameters.temperature: 0.2 -> (not set)"), QStringLiteral("~ step out (output)"),
                         QStringLiteral("    value: \"{{steps.check.outpu… -> \"{{steps.sum.output}…"), QStringLiteral("- step check (human_review)"),
                         QStringLiteral("- edge sum -> check"), QStringLiteral("- edge check -> out"), QStringLiteral("+ edge sum -> out")}));

        // the other way round, everything turns over
        auto back = s.diff(QStringLiteral("triage"), 2, 1);
        QVERIFY(back);
        QCOMPARE(back->steps.size(), 3); // in the newer one's order: sum, check, out
        QCOMPARE(back->steps.at(1), (StepChange{Change::Added, QStringLiteral("check"), QString(), QStringLiteral("human_review"), {}}));
        auto same = s.diff(QStringLiteral("triage"), 2, 2);
        QVERIFY(same && same->isEmpty());
        QVERIFY(!s.diff(QStringLiteral("triage"), 1, 5));
    }

    void diffInsideMapsKindsAndBranches()
    {
        const QJsonObject before = json("{'version':1,'name':'t','steps':["
                                        "{'id':'split','kind':'transform','op':'split','from':'input.text'},"
                                        "{'id':'each','kind':'map','over':'steps.split.output','concurrency':2,'steps':["
                                        "{'id':'one','kind':'llm','model':'fast','user':'{{item}}'}],'edges':[]},"
                                        "{'id':'big','kind':'condition','expression':'len(steps.each.output) > 3'},"
                                        "{'id':'cut','kind':'transform','op':'template','template':'x'},"
                                        "{'id':'out','kind':'output','value':'{{steps.each.output}}','position':{'x':10,'y':20}}],"
                                        "'edges':[{'from':'split','to':'each'},{'from':'each','to':'big'},{'from':'big','to':'out','when':true}]}");
        const QJsonObject after = json("{'version':1,'name':'t','steps':["
                                       "{'id':'split','kind':'transform','op':'split','from':'input.text'},"
                                       "{'id':'each','kind':'map','over':'steps.split.output','concurrency':4,'steps':["
                                       "{'id':'one','kind':'llm','model':'fast','user':'Translate {{item}}'},"
                                       "{'id':'cut','kind':'transform','op':'template','template':'x'},"
                                       "{'id':'fin','kind':'output','value':'{{steps.one.output}}'}],"
                                       "'edges':[{'from':'one','to':'fin'}]},"
                                       "{'id':'big','kind':'classify','model':'fast','user':'{{steps.each.output}}','labels':['a','b']},"
                                       "{'id':'out','kind':'output','value':'{{steps.each.output}}','position':{'x':10,'y':40}}],"
                                       "'edges':[{'from':'split','to':'each'},{'from':'each','to':'big'},{'from':'big','to':'out','when':'false'}]}");
        const DefinitionDiff d = diffDefinitions(before, after);
        QVERIFY(d.workflow.isEmpty());
        QCOMPARE(d.steps.size(), 6);
        // the map's own field; its body's steps come each on their own
        QCOMPARE(d.steps.at(0).step, QStringLiteral("each"));
        QCOMPARE(d.steps.at(0).fields, (QList<FieldChange>{{QStringLiteral("concurrency"), 2, 4}}));
        QCOMPARE(d.steps.at(1).step, QStringLiteral("one"));
        QCOMPARE(d.steps.at(1).map, QStringLiteral("each"));
        QCOMPARE(d.steps.at(1).fields.first().field, QStringLiteral("user"));
        // moved into the map
        QCOMPARE(d.steps.at(2).step, QStringLiteral("cut"));
        QCOMPARE(d.steps.at(2).fields, (QList<FieldChange>{{QStringLiteral("map"), QString(), QStringLiteral("each")}}));
        QCOMPARE(d.steps.at(3), (StepChange{Change::Added, QStringLiteral("fin"), QStringLiteral("each"), QStringLiteral("output"), {}}));
        // a new kind is a change of the step, with its fields
        QCOMPARE(d.steps.at(4).step, QStringLiteral("big"));
        QCOMPARE(d.steps.at(4).fields.first(), (FieldChange{QStringLiteral("kind"), QStringLiteral("condition"), QStringLiteral("classify")}));
        QCOMPARE(d.steps.at(4).fields.size(), 5); // kind, expression, labels, model, user
        // the editor's layout is a field like any other
        QCOMPARE(d.steps.at(5).fields, (QList<FieldChange>{{QStringLiteral("position.y"), 20, 40}}));
        // a branch that changed: one edge out, one in; an edge inside the map
        QCOMPARE(d.edges.size(), 3);
        QCOMPARE(d.edges.at(0), (EdgeChange{Change::Removed, QString(), Edge{QStringLiteral("big"), QStringLiteral("out"), QStringLiteral("true")}}));
        QCOMPARE(d.edges.at(1), (EdgeChange{Change::Added, QStringLiteral("each"), Edge{QStringLiteral("one"), QStringLiteral("fin"), {}}}));
        QCOMPARE(d.edges.at(2), (EdgeChange{Change::Added, QString(), Edge{QStringLiteral("big"), QStringLiteral("out"), QStringLiteral("false")}}));
        const QStringList lines = d.lines();
        QVERIFY2(lines.contains(QStringLiteral("+ step fin (output) in map each")), qPrintable(lines.join(QLatin1Char('\n'))));
        QVERIFY(lines.contains(QStringLiteral("+ edge each: one -> fin")));
        QVERIFY(lines.contains(QStringLiteral("- edge big -> out when true")));
        QVERIFY(lines.contains(QStringLiteral("    map: \"\" -> \"each\"")));

        const QJsonObject o = d.toJson();
        const QJsonObject first = o.value(QLatin1String("steps")).toArray().first().toObject();
        QCOMPARE(first.value(QLatin1String("change")).toString(), QStringLiteral("changed"));
        QCOMPARE(first.value(QLatin1String("fields")).toArray().first().toObject(), json("{'field':'concurrency','before':2,'after':4}"));
        const QJsonObject added = o.value(QLatin1String("steps")).toArray().at(3).toObject();
        QCOMPARE(added, json("{'change':'added','step':'fin','map':'each','kind':'output'}"));
        QCOMPARE(o.value(QLatin1String("edges")).toArray().at(2).toObject(),
                 json("{'change':'added','map':'','from':'big','to':'out','when':'false'}"));
        // a field set on one side only has no value on the other
        const QJsonObject classify = o.value(QLatin1String("steps")).toArray().at(4).toObject();
        QCOMPARE(classify.value(QLatin1String("fields")).toArray().at(2).toObject(), json("{'field':'labels','after':['a','b']}"));
    }
};

QTEST_GUILESS_MAIN(TestWorkflowVersions)
#include "tst_workflowversions.moc"
