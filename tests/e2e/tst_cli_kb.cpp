#include "clirun.h"
#include "fakesite.h"
#include "fakeupstream.h"
#include "ledgerrows.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace fk = sb::fakes;

// switchboard-cli kb as a user runs it: a folder imported and embedded through a fake provider,
// searched by hybrid ranking, and an import killed with SIGKILL that `kb resume` completes.
class TestCliKb : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    fk::FakeUpstream m_fake{fk::allDialects()};
    QString m_workspace;

    using Run = sb::testing::CliRun;
    QStringList common() const
    {
        return {QStringLiteral("--workspace"), m_workspace, QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("data"))};
    }
    // A sanitizer build imports about ten times slower: the timeout is generous, the test is not slower.
    Run kb(const QStringList &args, int timeoutMs = 60000)
    {
        sb::testing::CliOptions o;
        o.environment.insert(QStringLiteral("SB_FAKE_KEY"), QStringLiteral("sk-fake-123"));
        o.timeoutMs = timeoutMs;
        return sb::testing::runCli(QStringList{QStringLiteral("kb")} + args + common(), o);
    }
    void write(const QString &relative, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(relative);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    QStringList ledger()
    {
        return sb::testing::ledgerRows(m_dir.filePath(QStringLiteral("data/switchboard.sqlite")),
                                       QStringLiteral("provider, source, source_key, status"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_fake.listen());
        m_fake.setApiKey(QStringLiteral("sk-fake-123"));
        fk::ReplyScript reply;
        reply.embeddingDimensions = 128;
        m_fake.setReply(reply);
        const QString base = m_fake.baseUrl().toString();
        QJsonArray providers{QJsonObject{{QStringLiteral("id"), QStringLiteral("openai")},
                                         {QStringLiteral("kind"), QStringLiteral("openai")},
                                         {QStringLiteral("baseUrl"), base},
                                         {QStringLiteral("apiKey"), QStringLiteral("env:SB_FAKE_KEY")}},
                             QJsonObject{{QStringLiteral("id"), QStringLiteral("gemini")},
                                         {QStringLiteral("kind"), QStringLiteral("gemini")},
                                         {QStringLiteral("baseUrl"), base},
                                         {QStringLiteral("apiKey"), QStringLiteral("env:SB_FAKE_KEY")}}};
        m_workspace = m_dir.filePath(QStringLiteral("workspace.json"));
        QFile f(m_workspace);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(QJsonObject{{QStringLiteral("version"), 1},
                                          {QStringLiteral("name"), QStringLiteral("kb test")},
                                          {QStringLiteral("providers"), providers}})
                    .toJson());
    }

    void importEmbedSearch()
    {
        write(QStringLiteral("docs/refunds.md"),
              "# Refunds\n\nCustomers get their money back within thirty days.\n\n## Sale items\n\nSale items are final.\n");
        write(QStringLiteral("docs/shipping.md"), "# Shipping\n\nParcels ship on weekdays from the warehouse.\n");
        write(QStringLiteral("docs/people.csv"), "name,team\nAda,platform\nGrace,payments\n");
        write(QStringLiteral("docs/broken.json"), "{\"unterminated\": ");
        Run r = kb(
            {QStringLiteral("create"), QStringLiteral("handbook"), QStringLiteral("--embed-model"), QStringLiteral("openai/text-embedding-3-small")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("search by BM25 and openai/text-embedding-3-small vectors")), qPrintable(r.out));

        r = kb({QStringLiteral("add"), QStringLiteral("handbook"), m_dir.filePath(QStringLiteral("docs"))});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(QLatin1String("queued 4 file(s)")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("failed    ")) && r.err.contains(QLatin1String("broken.json is not valid JSON")), qPrintable(r.err));
        // the cost is estimated before it starts (text-embedding-3-small: $0.02 per million tokens)
        QVERIFY2(r.err.contains(QLatin1String("embedding 4 passage(s) with openai/text-embedding-3-small, about 41 tokens, estimated $0.000001")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("embedded 4/4 passage(s)")), qPrintable(r.err));
        QCOMPARE(ledger(), QStringList{QStringLiteral("openai knowledge handbook ok")});

        r = kb({QStringLiteral("search"), QStringLiteral("handbook"), QStringLiteral("when do customers get their money back"),
                QStringLiteral("--json"), QStringLiteral("--top"), QStringLiteral("2")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray hits = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(hits.size(), 2);
        const QJsonObject top = hits.first().toObject();
        QVERIFY2(top.value(QLatin1String("source")).toString().endsWith(QLatin1String("refunds.md")), qPrintable(r.out));
        QCOMPARE(top.value(QLatin1String("heading")).toString(), QStringLiteral("Refunds"));
        QVERIFY(top.value(QLatin1String("bm25")).toDouble() > 0);
        QVERIFY(top.value(QLatin1String("similarity")).toDouble() > 0);
        QCOMPARE(ledger().size(), 2); // the query was embedded too

        // another provider's model: embedded beside the first, then it answers
        r = kb({QStringLiteral("set"), QStringLiteral("handbook"), QStringLiteral("--embed-model"), QStringLiteral("gemini/text-embedding-004")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("(changing to gemini/text-embedding-004)")), qPrintable(r.out));
        r = kb({QStringLiteral("embed"), QStringLiteral("handbook")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(QLatin1String("gemini/text-embedding-004 now answers")), qPrintable(r.err));
        r = kb({QStringLiteral("status"), QStringLiteral("handbook")});
        QVERIFY2(r.out.contains(QLatin1String("search by BM25 and gemini/text-embedding-004 vectors; 4 of 4 passage(s) embedded")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("broken.json: broken.json is not valid JSON")), qPrintable(r.out));

        // golden questions: each mode scored
        write(QStringLiteral("golden.jsonl"),
              "{\"question\": \"money back within thirty days\", \"sources\": [\"refunds.md\"]}\n"
              "{\"question\": \"when do parcels ship\", \"source\": \"shipping.md\"}\n");
        r = kb({QStringLiteral("eval"), QStringLiteral("handbook"), QStringLiteral("--golden"), m_dir.filePath(QStringLiteral("golden.jsonl")),
                QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray scores = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(scores.size(), 3);
        QStringList modes;
        for (const QJsonValue &v : scores) {
            modes << v.toObject().value(QLatin1String("mode")).toString();
            QCOMPARE(v.toObject().value(QLatin1String("questions")).toInt(), 2);
            QCOMPARE(v.toObject().value(QLatin1String("recallAt5")).toDouble(), 1.0);
        }
        QCOMPARE(modes, (QStringList{QStringLiteral("bm25"), QStringLiteral("vector"), QStringLiteral("hybrid")}));
        r = kb({QStringLiteral("eval"), QStringLiteral("handbook")}); // the stored set, as a table
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("2 golden question(s), top 10")) && r.out.contains(QLatin1String("hybrid")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("CITED[1]")) && !r.out.contains(QLatin1String("rerank")), qPrintable(r.out));

        // a rerank model tried in the evaluation first (the collection stays as it is), then adopted
        const fk::ReplyScript plain = m_fake.reply();
        fk::ReplyScript reordering = plain;
        reordering.text = QStringLiteral("[2, 1]");
        m_fake.setReply(reordering);
        const qsizetype calls = ledger().size();
        r = kb({QStringLiteral("eval"), QStringLiteral("handbook"), QStringLiteral("--rerank-model"), QStringLiteral("openai/gpt-4o-mini"),
                QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray withRerank = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(withRerank.size(), 4);
        const QJsonObject rerank = withRerank.at(3).toObject();
        QCOMPARE(rerank.value(QLatin1String("mode")).toString(), QStringLiteral("rerank"));
        QCOMPARE(rerank.value(QLatin1String("questions")).toInt(), 2);
        QCOMPARE(rerank.value(QLatin1String("recallAt5")).toDouble(), 1.0);
        QVERIFY2(rerank.contains(QLatin1String("citationCorrect")) && rerank.value(QLatin1String("note")).toString().isEmpty(), qPrintable(r.out));
        QVERIFY(rerank.value(QLatin1String("costUsd")).toDouble() > 0);
        // the queries embedded for vector, hybrid and rerank, and a rerank per question: all the knowledge base's
        QCOMPARE(ledger().size(), calls + 3 * 2 + 2);
        QCOMPARE(ledger().last(), QStringLiteral("openai knowledge handbook ok"));
        r = kb({QStringLiteral("status"), QStringLiteral("handbook")});
        QVERIFY2(!r.out.contains(QLatin1String("reranked")), qPrintable(r.out));

        r = kb({QStringLiteral("set"), QStringLiteral("handbook"), QStringLiteral("--rerank-model"), QStringLiteral("openai/gpt-4o-mini"),
                QStringLiteral("--rerank-candidates"), QStringLiteral("5")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("the best 5 reranked by openai/gpt-4o-mini")), qPrintable(r.out));
        // a search without a mode ranks as the collection's context does: reranked
        r = kb({QStringLiteral("search"), QStringLiteral("handbook"), QStringLiteral("when do customers get their money back"),
                QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject first = QJsonDocument::fromJson(r.out.toUtf8()).array().first().toObject();
        QCOMPARE(first.value(QLatin1String("rerankRank")).toInt(), 1);
        QCOMPARE(first.value(QLatin1String("fusedRank")).toInt(), 2);
        r = kb({QStringLiteral("eval"), QStringLiteral("handbook")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("\nrerank ")) && r.out.contains(QLatin1String("model calls cost $")), qPrintable(r.out));
        r = kb({QStringLiteral("set"), QStringLiteral("handbook"), QStringLiteral("--rerank-candidates"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("--rerank-candidates takes a number from 2 to 50")), qPrintable(r.err));
        r = kb({QStringLiteral("set"), QStringLiteral("handbook"), QStringLiteral("--rerank-model"), QStringLiteral("off")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(!r.out.contains(QLatin1String("reranked")), qPrintable(r.out));
        m_fake.setReply(plain);

        r = kb({QStringLiteral("search"), QStringLiteral("nope"), QStringLiteral("x")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("there are: handbook")), qPrintable(r.err));
    }

    void urlsEstimateAndWatch()
    {
        fk::FakeSite site;
        QVERIFY(site.listen());
        site.setPage(QStringLiteral("/travel.html"), fk::Page::of("text/html", "<h1>Travel</h1><p>Book trains at least a week ahead.</p>"));
        write(QStringLiteral("web/policy.md"), "# Policy\n\nExpenses are filed within a month.\n");
        const QString page = site.url(QStringLiteral("/travel.html")).toString();
        const QString gone = site.url(QStringLiteral("/gone")).toString();
        Run r = kb({QStringLiteral("create"), QStringLiteral("web"), QStringLiteral("--embed-model"), QStringLiteral("openai/text-embedding-3-small"),
                    QStringLiteral("--watch"), QStringLiteral("on")});
        QCOMPARE(r.exitCode, 0);

        // the cost is estimated before the import; over --max-cost, nothing is embedded
        r = kb({QStringLiteral("add"), QStringLiteral("web"), m_dir.filePath(QStringLiteral("web")), page, gone, QStringLiteral("--max-cost"),
                QStringLiteral("0")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("to read: 3 source(s), 0.0 MB; about 12 tokens to embed with openai/text-embedding-3-small, "
                                              "estimated $0.000000, plus 2 document(s) or page(s) counted once read")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("imported  %1 (1 passage(s)").arg(page)), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("failed    %1: %1 answered 404").arg(gone)), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("progress: 3/3 source(s), 2 passage(s)")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("not embedding: ")) && r.err.contains(QLatin1String("over --max-cost $0")), qPrintable(r.err));
        r = kb({QStringLiteral("search"), QStringLiteral("web"), QStringLiteral("trains"), QStringLiteral("--mode"), QStringLiteral("bm25"),
                QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().first().toObject().value(QLatin1String("source")).toString(), page);

        // the same page again: unchanged, then embedded
        r = kb({QStringLiteral("add"), QStringLiteral("web"), page});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(QStringLiteral("unchanged %1").arg(page)), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("embedded 2/2 passage(s)")), qPrintable(r.err));

        // watched: a new file in the folder is imported and embedded while `kb watch` runs
        QProcess p;
        p.setProcessEnvironment([] {
            QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
            e.insert(QStringLiteral("SB_FAKE_KEY"), QStringLiteral("sk-fake-123"));
            return e;
        }());
        p.start(sb::testing::binPath(QStringLiteral("switchboard-cli")), QStringList{QStringLiteral("kb"), QStringLiteral("watch")} + common());
        QVERIFY(p.waitForStarted());
        QByteArray err;
        auto until = [&](const QByteArray &text) {
            return QTest::qWaitFor(
                [&] {
                    err += p.readAllStandardError();
                    return err.contains(text) || p.state() == QProcess::NotRunning;
                },
                30000);
        };
        QVERIFY(until("Ctrl+C stops"));
        QVERIFY2(err.contains("watching web: "), err.constData());
        write(QStringLiteral("web/visas.md"), "# Visas\n\nApply for a visa two months ahead.\n");
        QVERIFY(until("visas.md"));
        QVERIFY2(err.contains("imported  ") && p.state() == QProcess::Running, err.constData());
        // and its passage embedded
        QTRY_VERIFY_WITH_TIMEOUT(kb({QStringLiteral("status"), QStringLiteral("web")}).out.contains(QLatin1String("3 of 3 passage(s) embedded")),
                                 30000);
        p.terminate();
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0);
    }

    void killedImportResumes()
    {
        const int files = 400;
        for (int i = 0; i < files; ++i)
            write(QStringLiteral("many/note%1.md").arg(i, 4, 10, QLatin1Char('0')),
                  QStringLiteral("# Note %1\n\nAbout topic %2.\n").arg(i).arg(i % 17).toUtf8());
        QCOMPARE(kb({QStringLiteral("create"), QStringLiteral("notes")}).exitCode, 0);
        // killed without warning once some files are in
        QProcess p;
        p.start(sb::testing::binPath(QStringLiteral("switchboard-cli")),
                QStringList{QStringLiteral("kb"), QStringLiteral("add"), QStringLiteral("notes"), m_dir.filePath(QStringLiteral("many"))} + common());
        QVERIFY(p.waitForStarted());
        QByteArray err;
        const bool some = QTest::qWaitFor(
            [&] {
                err += p.readAllStandardError();
                return err.count("imported") >= 20 || p.state() == QProcess::NotRunning;
            },
            120000); // the sanitized build at load 6 took 21 s for these 20 files
        QVERIFY(some);
        QVERIFY2(p.state() == QProcess::Running, "the import ended before it could be killed: make it larger");
        p.kill(); // SIGKILL
        QVERIFY(p.waitForFinished(10000));
        Run r = kb({QStringLiteral("status"), QStringLiteral("notes"), QStringLiteral("--json")});
        const QJsonObject before = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const int imported = int(before.value(QLatin1String("documents")).toArray().size());
        QVERIFY2(imported >= 20 && imported < files, qPrintable(QString::number(imported)));
        // what is not in waits (the file in hand may be in already: its job runs again, unchanged)
        const int waiting = before.value(QLatin1String("queued")).toInt();
        QVERIFY2(waiting == files - imported || waiting == files - imported + 1, qPrintable(QStringLiteral("%1 of %2").arg(waiting).arg(imported)));

        r = kb({QStringLiteral("resume"), QStringLiteral("notes")}, 300000);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(QStringLiteral("%1 source(s)").arg(waiting)), qPrintable(r.err.right(300)));
        r = kb({QStringLiteral("status"), QStringLiteral("notes"), QStringLiteral("--json")});
        const QJsonObject after = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(after.value(QLatin1String("documents")).toArray().size(), files);
        QCOMPARE(after.value(QLatin1String("queued")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliKb)
#include "tst_cli_kb.moc"
