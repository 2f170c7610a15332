#include "clirun.h"
#include "fakeupstream.h"
#include "testpaths.h"
#include "workflowscript.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace fk = sb::fakes;

// The four shipped workflow templates made into workflows and run end to end with switchboard-cli against
// a fake upstream whose models answer them (tests/fakes/workflowscript.h): document triage from text, a
// scan (OCR) and a picture OCR cannot read (vision), support answer from a knowledge base collection with
// both tone outcomes, code review by three models and a judge, batch translation over paragraphs.
class TestCliTemplates : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    fk::FakeUpstream m_fake{fk::Dialects(fk::Dialect::OpenAiChat)};
    fk::WorkflowScript m_script;
    QString m_workspace;

    sb::testing::CliRun cli(const QStringList &args)
    {
        sb::testing::CliOptions o;
        o.environment.insert(QStringLiteral("SB_FAKE_KEY"), QStringLiteral("sk-fake-123"));
        o.timeoutMs = 60000;
        return sb::testing::runCli(args + QStringList{QStringLiteral("--workspace"), m_workspace, QStringLiteral("--data-dir"), dataDir()}, o);
    }
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }
    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
        return path;
    }
    // Runs a workflow on an input with --json: the result (run, status, output, steps).
    QJsonObject run(const QString &workflow, const QJsonObject &input)
    {
        const QString file = writeFile(workflow + QStringLiteral("-input.json"), QJsonDocument(input).toJson());
        auto r = cli({QStringLiteral("workflow"), QStringLiteral("run"), workflow, QStringLiteral("--input"), file, QStringLiteral("--json")});
        if (r.exitCode != 0)
            qWarning().noquote() << r.err;
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }
    static QJsonObject step(const QJsonObject &result, const QString &key)
    {
        for (const QJsonValue &s : result.value(QLatin1String("steps")).toArray()) {
            if (s.toObject().value(QLatin1String("key")).toString() == key)
                return s.toObject();
        }
        return {};
    }
    static QString status(const QJsonObject &result, const QString &key) { return step(result, key).value(QLatin1String("status")).toString(); }
    // The requests' last user messages and the models they asked for, in arrival order.
    QList<std::pair<QString, QString>> calls() const
    {
        QList<std::pair<QString, QString>> out;
        for (const fk::RecordedRequest &r : m_fake.requests()) {
            const QJsonObject body = r.json();
            const QJsonValue content = body.value(QLatin1String("messages")).toArray().last().toObject().value(QLatin1String("content"));
            QString text = content.toString();
            for (const QJsonValue &part : content.toArray())
                text += part.toObject().value(QLatin1String("text")).toString();
            out << std::pair{body.value(QLatin1String("model")).toString(), text};
        }
        return out;
    }
    // Document triage of a fixture file, the fake's requests cleared first.
    QJsonObject triage(const QString &fixture)
    {
        m_fake.clearRequests();
        return run(QStringLiteral("document-triage"),
                   QJsonObject{{QStringLiteral("document"), QJsonObject{{QStringLiteral("file"), sb::testing::fixturePath(fixture)}}}});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_fake.listen());
        m_fake.setApiKey(QStringLiteral("sk-fake-123"));
        m_fake.setHandler(fk::workflowHandler(m_script));
        const QJsonObject ws{{QStringLiteral("version"), 1},
                             {QStringLiteral("name"), QStringLiteral("templates")},
                             {QStringLiteral("providers"),
                              QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("fake")},
                                                     {QStringLiteral("kind"), QStringLiteral("openai")},
                                                     {QStringLiteral("baseUrl"), m_fake.baseUrl().toString()},
                                                     {QStringLiteral("apiKey"), QStringLiteral("env:SB_FAKE_KEY")}}}}};
        m_workspace = writeFile(QStringLiteral("workspace.json"), QJsonDocument(ws).toJson());
    }

    void listedAndMadeIntoWorkflows()
    {
        auto r = cli({QStringLiteral("workflow"), QStringLiteral("templates")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        for (const char *id : {"document-triage  Document triage", "support-answer  Support answer", "code-review  Code review by three models",
                               "batch-translation  Batch translation", "--use vision=MODEL", "--use support=COLLECTION"})
            QVERIFY2(r.out.contains(QLatin1String(id)), qPrintable(r.out));
        r = cli({QStringLiteral("workflow"), QStringLiteral("templates"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 4);

        const QList<QStringList> made{{QStringLiteral("document-triage"), QStringLiteral("--use"), QStringLiteral("vision=fake/gpt-4o"),
                                       QStringLiteral("--use"), QStringLiteral("fast=fake/gpt-4o-mini"), QStringLiteral("--use"),
                                       QStringLiteral("smart=fake/gpt-4.1")},
                                      {QStringLiteral("support-answer"), QStringLiteral("--as"), QStringLiteral("helpdesk"), QStringLiteral("--use"),
                                       QStringLiteral("support=help-center"), QStringLiteral("--use"), QStringLiteral("smart=fake/gpt-4.1"),
                                       QStringLiteral("--use"), QStringLiteral("fast=fake/gpt-4o-mini")},
                                      {QStringLiteral("code-review"), QStringLiteral("--use"), QStringLiteral("reviewer-a=fake/gpt-4o"),
                                       QStringLiteral("--use"), QStringLiteral("reviewer-b=fake/gpt-4o-mini"), QStringLiteral("--use"),
                                       QStringLiteral("reviewer-c=fake/gpt-4.1-mini"), QStringLiteral("--use"), QStringLiteral("judge=fake/gpt-4.1")},
                                      {QStringLiteral("batch-translation"), QStringLiteral("--use"), QStringLiteral("translator=fake/gpt-4o-mini")}};
        for (const QStringList &args : made) {
            r = cli(QStringList{QStringLiteral("workflow"), QStringLiteral("new")} + args);
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QVERIFY2(r.err.contains(QStringLiteral("added %1 from the template ")
                                        .arg(args.at(0) == QLatin1String("support-answer") ? QStringLiteral("helpdesk") : args.at(0))),
                     qPrintable(r.err));
        }
        r = cli({QStringLiteral("workflow"), QStringLiteral("validate")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.count(QLatin1String(": valid")), 4);
        // the same template again under the same name: refused, with what to do
        r = cli({QStringLiteral("workflow"), QStringLiteral("new"), QStringLiteral("document-triage")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("different workflow called \"document-triage\": name the new one with --as NAME")), qPrintable(r.err));
        r = cli({QStringLiteral("workflow"), QStringLiteral("new"), QStringLiteral("nope")});
        QCOMPARE(r.exitCode, 1);
        r = cli({QStringLiteral("workflow"), QStringLiteral("new"), QStringLiteral("code-review"), QStringLiteral("--as"), QStringLiteral("x"),
                 QStringLiteral("--use"), QStringLiteral("vision=fake/gpt-4o")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("has no slot \"vision\" (it has reviewer-a, reviewer-b, reviewer-c, judge)")), qPrintable(r.err));
        // each is kept as its first version
        r = cli({QStringLiteral("workflow"), QStringLiteral("versions"), QStringLiteral("helpdesk")});
        QVERIFY2(r.out.contains(QLatin1String("cli       from the template support-answer")), qPrintable(r.out));
    }

    void documentTriageFromText()
    {
        m_fake.clearRequests();
        const QJsonObject result = run(QStringLiteral("document-triage"),
                                       QJsonObject{{QStringLiteral("text"),
                                                    QStringLiteral("Complaint: the delivery of order 881 arrived broken. We "
                                                                   "expect a replacement within ten days.")}});
        QCOMPARE(result.value(QLatin1String("status")).toString(), QStringLiteral("succeeded"));
        const QJsonObject output = result.value(QLatin1String("output")).toObject();
        QCOMPARE(output.value(QLatin1String("category")).toString(), QStringLiteral("complaint"));
        QCOMPARE(output.value(QLatin1String("fields")).toObject().value(QLatin1String("total")).toInt(), 1250);
        QCOMPARE(output.value(QLatin1String("risk")).toObject().value(QLatin1String("level")).toString(), QStringLiteral("low"));
        QVERIFY2(output.value(QLatin1String("summary")).toString().startsWith(QLatin1String("Answer to: Sum up this complaint")),
                 qPrintable(output.value(QLatin1String("summary")).toString()));
        // no file: nothing to read
        QCOMPARE(status(result, QStringLiteral("read")), QStringLiteral("skipped"));
        QCOMPARE(status(result, QStringLiteral("look")), QStringLiteral("skipped"));
        // the models of the slots, one call each: classify, extract, judge, summarize
        const auto c = calls();
        QCOMPARE(c.size(), 4);
        QCOMPARE(c.at(0).first, QStringLiteral("gpt-4o-mini"));
        QCOMPARE(c.at(1).first, QStringLiteral("gpt-4.1"));
        QVERIFY(c.at(1).second.startsWith(QLatin1String("This document is a complaint. Extract its fields.")));
        QCOMPARE(c.at(2).first, QStringLiteral("gpt-4.1"));
        QCOMPARE(c.at(3).first, QStringLiteral("gpt-4o-mini"));
        QVERIFY(c.at(3).second.contains(QLatin1String("its risk is low")));
    }

    void documentTriageFromAScan()
    {
        const QJsonObject result = triage(QStringLiteral("knowledge/scan.png"));
        QCOMPARE(result.value(QLatin1String("status")).toString(), QStringLiteral("succeeded"));
        // OCR read it: no vision model was asked
        QCOMPARE(status(result, QStringLiteral("read")), QStringLiteral("done"));
        QCOMPARE(status(result, QStringLiteral("look")), QStringLiteral("skipped"));
        const auto c = calls();
        QCOMPARE(c.size(), 4);
        QVERIFY2(c.at(0).second.contains(QLatin1String("fourteen days")), qPrintable(c.at(0).second));
    }

    void documentTriageFromAPictureOcrCannotRead()
    {
        const QJsonObject result = triage(QStringLiteral("workflows/blank.png"));
        QCOMPARE(result.value(QLatin1String("status")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(status(result, QStringLiteral("ocr_text")), QStringLiteral("skipped"));
        QCOMPARE(status(result, QStringLiteral("look")), QStringLiteral("done"));
        const auto c = calls();
        QCOMPARE(c.size(), 5);
        // the vision model got the picture
        QCOMPARE(c.at(0).first, QStringLiteral("gpt-4o"));
        const QJsonArray parts
            = m_fake.requests().at(0).json().value(QLatin1String("messages")).toArray().last().toObject().value(QLatin1String("content")).toArray();
        QCOMPARE(parts.size(), 2);
        QVERIFY(parts.at(1)
                    .toObject()
                    .value(QLatin1String("image_url"))
                    .toObject()
                    .value(QLatin1String("url"))
                    .toString()
                    .startsWith(QLatin1String("data:image/png;base64,")));
        // and what it read went on: an invoice
        QCOMPARE(result.value(QLatin1String("output")).toObject().value(QLatin1String("category")).toString(), QStringLiteral("invoice"));
        QVERIFY(c.at(1).second.contains(QLatin1String("Invoice 4711 from ACME Tools Ltd")));
    }

    void supportAnswerFromTheKnowledgeBase()
    {
        writeFile(QStringLiteral("docs/refunds.md"), "# Refunds\n\nRefunds are paid within thirty days of the return, to the card that paid.\n");
        writeFile(QStringLiteral("docs/shipping.md"), "# Shipping\n\nParcels ship from Hamburg on weekdays.\n");
        auto r = cli({QStringLiteral("kb"), QStringLiteral("create"), QStringLiteral("help-center")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli({QStringLiteral("kb"), QStringLiteral("add"), QStringLiteral("help-center"), m_dir.filePath(QStringLiteral("docs"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        m_fake.clearRequests();
        const QJsonObject question{{QStringLiteral("question"), QStringLiteral("When will my refund be paid?")}};
        QJsonObject result = run(QStringLiteral("helpdesk"), question);
        QCOMPARE(result.value(QLatin1String("status")).toString(), QStringLiteral("succeeded"));
        auto c = calls();
        QCOMPARE(c.size(), 2);
        // the draft cites the passage the collection found
        QCOMPARE(c.at(0).first, QStringLiteral("gpt-4.1"));
        QVERIFY2(c.at(0).second.contains(QLatin1String("[1] ")) && c.at(0).second.contains(QLatin1String("within thirty days")),
                 qPrintable(c.at(0).second));
        QVERIFY(c.at(0).second.endsWith(QLatin1String("Question: When will my refund be paid?")));
        // the tone was fine: the draft is the answer
        QCOMPARE(result.value(QLatin1String("output")).toString(), QStringLiteral("Answer to: ") + c.at(0).second);
        QCOMPARE(status(result, QStringLiteral("revised")), QStringLiteral("skipped"));

        // a draft whose tone is not: the rewritten one goes out
        fk::WorkflowScript rude = m_script;
        rude.answers.insert(
            QStringLiteral("tone"),
            QJsonObject{{QStringLiteral("ok"), false},
                        {QStringLiteral("issues"), QJsonArray{QStringLiteral("curt")}},
                        {QStringLiteral("revised"), QStringLiteral("Thank you for asking! Refunds are paid within thirty days [1].")}});
        m_fake.setHandler(fk::workflowHandler(rude));
        result = run(QStringLiteral("helpdesk"), question);
        m_fake.setHandler(fk::workflowHandler(m_script));
        QCOMPARE(result.value(QLatin1String("status")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(result.value(QLatin1String("output")).toString(), QStringLiteral("Thank you for asking! Refunds are paid within thirty days [1]."));
        QCOMPARE(status(result, QStringLiteral("answer")), QStringLiteral("skipped"));
    }

    void codeReviewByThreeModelsAndAJudge()
    {
        m_fake.clearRequests();
        const QJsonObject result = run(QStringLiteral("code-review"),
                                       QJsonObject{{QStringLiteral("code"), QStringLiteral("int div(int a, int b) { return a / b; }")},
                                                   {QStringLiteral("context"), QStringLiteral("A helper for the report.")}});
        QCOMPARE(result.value(QLatin1String("status")).toString(), QStringLiteral("succeeded"));
        const auto c = calls();
        QCOMPARE(c.size(), 4);
        // three reviewers (in any order), then the judge with the three reviews
        QSet<QString> reviewers;
        for (int i = 0; i < 3; ++i) {
            reviewers.insert(c.at(i).first);
            QVERIFY(c.at(i).second.contains(QLatin1String("return a / b;")));
        }
        QCOMPARE(reviewers, (QSet<QString>{QStringLiteral("gpt-4o"), QStringLiteral("gpt-4o-mini"), QStringLiteral("gpt-4.1-mini")}));
        QCOMPARE(c.at(3).first, QStringLiteral("gpt-4.1"));
        for (const char *review : {"Review A:\nAnswer to: A helper", "Review B:\nAnswer to: A helper", "Review C:\nAnswer to: A helper"})
            QVERIFY2(c.at(3).second.contains(QLatin1String(review)), qPrintable(c.at(3).second));
        const QJsonObject verdict = result.value(QLatin1String("output")).toObject();
        QCOMPARE(verdict.value(QLatin1String("verdict")).toString(), QStringLiteral("approve"));
        QCOMPARE(verdict.value(QLatin1String("findings")).toArray().first().toObject().value(QLatin1String("severity")).toString(),
                 QStringLiteral("high"));
        for (const char *id : {"review_a", "review_b", "review_c", "judge"})
            QCOMPARE(status(result, QLatin1String(id)), QStringLiteral("done"));
    }

    void batchTranslationOverParagraphs()
    {
        m_fake.clearRequests();
        const QJsonObject result = run(
            QStringLiteral("batch-translation"),
            QJsonObject{{QStringLiteral("text"), QStringLiteral("The first paragraph.\n\nThe second one.\n\n\n\nThe third.")},
                        {QStringLiteral("language"), QStringLiteral("German")}});
        QCOMPARE(result.value(QLatin1String("status")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(result.value(QLatin1String("output")).toString(),
                 QStringLiteral("Answer to: The first paragraph.\n\nAnswer to: The second one.\n\nAnswer to: The third."));
        QCOMPARE(m_fake.requestCount(), 3);
        for (const fk::RecordedRequest &r : m_fake.requests())
            QVERIFY(r.json()
                        .value(QLatin1String("messages"))
                        .toArray()
                        .first()
                        .toObject()
                        .value(QLatin1String("content"))
                        .toString()
                        .startsWith(QLatin1String("You translate text into German.")));
        QCOMPARE(status(result, QStringLiteral("translate[2].paragraph")), QStringLiteral("done"));
        // an input without the language is refused before anything runs
        const QString file = writeFile(QStringLiteral("bad-input.json"), "{\"text\": \"Hello.\"}");
        auto r = cli({QStringLiteral("workflow"), QStringLiteral("run"), QStringLiteral("batch-translation"), QStringLiteral("--input"), file});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("does not match the workflow's inputSchema")) && r.err.contains(QLatin1String("language")),
                 qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliTemplates)
#include "tst_cli_templates.moc"
