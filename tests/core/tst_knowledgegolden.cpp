#include "knowledge/evaluation.h"
#include "knowledge/ingest.h"
#include "knowledge/store.h"
#include "storage/database.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;
using namespace sb::knowledge;

// The golden questions of the quality benchmark (bench/knowledge/corpus: the SQLite documentation)
// stay answerable as the importer changes: the file parses, every question names a page of the
// corpus, and its phrase is in one of that page's passages as the Ingestor cuts them, by the rule the
// Evaluator scores with (isRelevant). A question nothing can find would lower every recall figure.
class TestKnowledgeGolden : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyPhraseIsInAPassageOfItsPage()
    {
        const QString corpus = sb::testing::sourcePath(QStringLiteral("bench/knowledge/corpus/sqlite-docs"));
        QFile file(corpus + QStringLiteral(".golden.jsonl"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const auto questions = parseGolden(file.readAll());
        QVERIFY2(questions, qPrintable(questions ? QString() : questions.error().message));
        QVERIFY2(questions->size() >= 200, qPrintable(QString::number(questions->size())));

        const QStringList pages = QDir(corpus).entryList({QStringLiteral("*.html")}, QDir::Files);
        QVERIFY(pages.size() >= 40);
        QSet<QString> asked;
        for (const GoldenQuestion &q : *questions) {
            QVERIFY2(!asked.contains(q.question), qPrintable(QStringLiteral("asked twice: ") + q.question));
            asked.insert(q.question);
            QCOMPARE(q.sources.size(), 1);
            QVERIFY2(pages.contains(q.sources.first()), qPrintable(q.sources.first()));
            QVERIFY2(!q.phrase.isEmpty(), qPrintable(q.question));
        }

        QTemporaryDir dir;
        auto opened = Database::open(dir.filePath(QStringLiteral("kb.sqlite")));
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        const std::shared_ptr<Database> db = *opened;
        KnowledgeStore store(db);
        Collection c;
        c.name = QStringLiteral("sqlite-docs"); // the passage size and overlap of a new collection, as the benchmark uses
        const auto id = store.createCollection(c);
        QVERIFY(id);
        {
            Ingestor ingestor(db);
            int imported = 0;
            connect(&ingestor, &Ingestor::jobFinished, this,
                    [&imported](const JobOutcome &o) { imported += o.result == JobOutcome::Result::Imported ? 1 : 0; });
            QSignalSpy idle(&ingestor, &Ingestor::idle);
            ingestor.add(*id, {corpus});
            ingestor.start();
            QVERIFY(idle.wait(60000)); // about 2 s; a sanitizer build takes ten times that
            QCOMPARE(imported, int(pages.size()));
        }

        auto connection = db->connection();
        QVERIFY(connection);
        QSqlQuery query(*connection);
        QVERIFY(query.exec(QStringLiteral("SELECT d.source, c.text FROM kb_chunks c JOIN kb_documents d ON d.id = c.document_id")));
        QList<Passage> passages;
        while (query.next()) {
            Passage p;
            p.source = query.value(0).toString();
            p.text = query.value(1).toString();
            passages << p;
        }
        QVERIFY(passages.size() > 500);

        QStringList missing;
        for (const GoldenQuestion &q : *questions) {
            const bool found = std::any_of(passages.cbegin(), passages.cend(), [&q](const Passage &p) { return isRelevant(p, q); });
            if (!found)
                missing << QStringLiteral("%1: \"%2\"").arg(q.sources.first(), q.phrase);
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("phrases in no passage of their page:\n") + missing.join(QLatin1Char('\n'))));

        // the check can fail: the first question's phrase is not in any passage of another page
        GoldenQuestion elsewhere = questions->first();
        elsewhere.sources = {QStringLiteral("lang_select.html")};
        QVERIFY(std::none_of(passages.cbegin(), passages.cend(), [&elsewhere](const Passage &p) { return isRelevant(p, elsewhere); }));
    }
};

QTEST_GUILESS_MAIN(TestKnowledgeGolden)
#include "tst_knowledgegolden.moc"
