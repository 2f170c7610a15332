#include "workflow/definition.h"
#include "workflow/templates.h"
#include "workflowjson.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace sb;
using namespace sb::workflow;
using sb::testing::json;

namespace {

// The models and collections a definition's steps name, map bodies included.
void namesIn(const QJsonArray &steps, QSet<QString> &models, QSet<QString> &collections)
{
    for (const QJsonValue &v : steps) {
        const QJsonObject s = v.toObject();
        if (s.contains(QLatin1String("model")))
            models.insert(s.value(QLatin1String("model")).toString());
        for (const QJsonValue &c : s.value(QLatin1String("collections")).toArray())
            collections.insert(c.toString());
        namesIn(s.value(QLatin1String("steps")).toArray(), models, collections);
    }
}

} // namespace

// The shipped workflow templates: each valid, each model and collection a slot, and new workflows made
// from them with the user's choices in the slots. (tests/e2e/tst_cli_templates runs each end to end.)
class TestWorkflowTemplates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fourTemplatesShip()
    {
        QStringList ids;
        for (const WorkflowTemplate &t : templates())
            ids << t.id;
        QCOMPARE(ids,
                 (QStringList{QStringLiteral("batch-translation"), QStringLiteral("code-review"), QStringLiteral("document-triage"),
                              QStringLiteral("support-answer")}));
        for (const WorkflowTemplate &t : templates()) {
            QVERIFY2(!t.title.isEmpty() && !t.description.isEmpty(), qPrintable(t.id));
            auto d = Definition::fromJson(t.definition);
            QVERIFY2(d, qPrintable(d ? QString() : d.error().message));
            QCOMPARE(d->name, t.id);
            QVERIFY2(d->compiledInputSchema.has_value(), qPrintable(t.id)); // the input is declared
            // no model or collection is written in: each is a slot, and each slot is used
            QSet<QString> models;
            QSet<QString> collections;
            namesIn(t.definition.value(QLatin1String("steps")).toArray(), models, collections);
            QSet<QString> modelSlots;
            QSet<QString> collectionSlots;
            for (const TemplateSlot &s : t.templateSlots) {
                QVERIFY2(!s.description.isEmpty(), qPrintable(s.name));
                (s.kind == TemplateSlot::Kind::Model ? modelSlots : collectionSlots).insert(s.name);
            }
            QCOMPARE(models, modelSlots);
            QCOMPARE(collections, collectionSlots);
        }
        QVERIFY(findTemplate(QStringLiteral("code-review")));
        QCOMPARE(findTemplate(QStringLiteral("code-review"))->templateSlots.size(), 4);
        QCOMPARE(findTemplate(QStringLiteral("code-review"))->templateSlots.first().name, QStringLiteral("reviewer-a")); // the file's order
        QVERIFY(!findTemplate(QStringLiteral("nope")));
    }

    void instantiateFillsTheSlots()
    {
        const WorkflowTemplate *translation = findTemplate(QStringLiteral("batch-translation"));
        QVERIFY(translation);
        auto made = instantiate(*translation, QString(), {{QStringLiteral("translator"), QStringLiteral("openai/gpt-4o-mini")}});
        QVERIFY2(made, qPrintable(made ? QString() : made.error().message));
        QCOMPARE(made->value(QLatin1String("name")).toString(), QStringLiteral("batch-translation"));
        // inside the map's body too
        QSet<QString> models;
        QSet<QString> collections;
        namesIn(made->value(QLatin1String("steps")).toArray(), models, collections);
        QCOMPARE(models, QSet<QString>{QStringLiteral("openai/gpt-4o-mini")});

        const WorkflowTemplate *support = findTemplate(QStringLiteral("support-answer"));
        QVERIFY(support);
        made = instantiate(*support, QStringLiteral("helpdesk"), {{QStringLiteral("support"), QStringLiteral("help-center")}});
        QVERIFY(made);
        QCOMPARE(made->value(QLatin1String("name")).toString(), QStringLiteral("helpdesk"));
        models.clear();
        namesIn(made->value(QLatin1String("steps")).toArray(), models, collections);
        QCOMPARE(collections, QSet<QString>{QStringLiteral("help-center")});
        QCOMPARE(models, (QSet<QString>{QStringLiteral("smart"), QStringLiteral("fast")})); // slots left alone keep their names

        auto unknown = instantiate(*support, QString(), {{QStringLiteral("judge"), QStringLiteral("x/y")}});
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().message, QStringLiteral("the template support-answer has no slot \"judge\" (it has support, smart, fast)"));
        auto empty = instantiate(*support, QString(), {{QStringLiteral("support"), QStringLiteral(" ")}});
        QVERIFY(!empty);
        QCOMPARE(empty.error().message, QStringLiteral("the slot \"support\" needs a collection"));
        auto badName = instantiate(*support, QStringLiteral("two words"));
        QVERIFY(!badName);
        QVERIFY(badName.error().message.contains(QLatin1String("must be letters, digits")));
    }

    void templateFilesAreChecked()
    {
        const QByteArray noSection = "{\"format\": \"switchboard.workflow\", \"formatVersion\": 1, \"workflow\": {\"version\": 1, \"name\": \"t\", "
                                     "\"steps\": [{\"id\": \"out\", \"kind\": \"output\", \"value\": \"x\"}]}}";
        auto t = readTemplate(noSection, QStringLiteral("t.json"));
        QVERIFY(!t);
        QCOMPARE(t.error().message, QStringLiteral("t.json: a template needs \"template\": {\"id\", \"title\", ...}"));
        QByteArray badSlot = noSection;
        badSlot.replace("\"workflow\"",
                        "\"template\": {\"id\": \"t\", \"title\": \"T\", \"slots\": [{\"name\": \"m\", \"kind\": \"tool\"}]}, \"workflow\"");
        t = readTemplate(badSlot, QStringLiteral("t.json"));
        QVERIFY(!t);
        QCOMPARE(t.error().message, QStringLiteral("t.json: template.slots[0] needs a name and a kind, model or collection"));
        QByteArray good = badSlot;
        good.replace("\"tool\"", "\"model\"");
        t = readTemplate(good, QStringLiteral("t.json"));
        QVERIFY2(t, qPrintable(t ? QString() : t.error().message));
        QCOMPARE(t->templateSlots.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestWorkflowTemplates)
#include "tst_workflowtemplates.moc"
