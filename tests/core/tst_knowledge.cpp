#include "knowledge/chunker.h"
#include "knowledge/documents.h"
#include "knowledge/extract.h"
#include "knowledge/ingest.h"
#include "knowledge/pdftext.h"
#include "knowledge/store.h"
#include "protocol/documents.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;
using namespace sb::knowledge;

// The knowledge base's first layers: what each file type becomes, how passages are cut, the store
// with BM25 search, and the persistent ingest queue (resume after a crash, unchanged files not cut
// again, changed ones replaced, deleted ones removed, unreadable ones listed with their reason).
class TestKnowledge : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &relative, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(relative);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return QFileInfo(path).absoluteFilePath();
    }

    std::shared_ptr<Database> openDatabase()
    {
        static int n = 0;
        auto db = Database::open(m_dir.filePath(QStringLiteral("kb%1.sqlite").arg(++n)));
        if (!db)
            qFatal("%s", qPrintable(db.error().message));
        return *db;
    }

    static QStringList texts(const QList<Block> &blocks)
    {
        QStringList out;
        for (const Block &b : blocks)
            out << b.text;
        return out;
    }

    // Runs the queue to its end on the worker, as the app and the CLI do.
    static QList<JobOutcome> runQueue(Ingestor &ingestor)
    {
        QList<JobOutcome> outcomes;
        QObject::connect(&ingestor, &Ingestor::jobFinished, &ingestor, [&outcomes](const JobOutcome &o) { outcomes << o; });
        QSignalSpy idle(&ingestor, &Ingestor::idle);
        ingestor.start();
        if (!idle.wait(20000))
            qWarning("the queue did not become idle");
        QObject::disconnect(&ingestor, &Ingestor::jobFinished, &ingestor, nullptr);
        return outcomes;
    }

    static JobOutcome outcomeFor(const QList<JobOutcome> &outcomes, const QString &fileName)
    {
        for (const JobOutcome &o : outcomes) {
            if (o.job.source.endsWith(QLatin1Char('/') + fileName))
                return o;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void markdownKeepsStructure()
    {
        const QByteArray md = "# Install\n\nRun the installer.\n\n## Linux\nUse the .deb:\n\n```sh\nsudo apt install ./switchboard.deb\n\n"
                              "echo done\n```\n\nSetext title\n------------\n\nLast words.\n";
        auto e = extract(QStringLiteral("guide.md"), md);
        QVERIFY2(e, e ? "" : qPrintable(e.error().message));
        QCOMPARE(e->kind, QStringLiteral("markdown"));
        QCOMPARE(texts(e->blocks),
                 (QStringList{QStringLiteral("Install"), QStringLiteral("Run the installer."), QStringLiteral("Linux"),
                              QStringLiteral("Use the .deb:"), QStringLiteral("sudo apt install ./switchboard.deb\n\necho done"),
                              QStringLiteral("Setext title"), QStringLiteral("Last words.")}));
        QCOMPARE(e->blocks.at(0).kind, Block::Kind::Heading);
        QCOMPARE(e->blocks.at(2).level, 2);
        QCOMPARE(e->blocks.at(4).kind, Block::Kind::Code); // a blank line inside a fence does not end it
        QCOMPARE(e->blocks.at(5).level, 2);
        // offsets point into the extracted text (blocks joined by blank lines)
        QCOMPARE(e->blocks.at(1).offset, qsizetype(QStringLiteral("Install\n\n").size()));
    }

    void otherKinds()
    {
        auto html = extract(
            QStringLiteral("page.html"),
            "<html><head><title>x</title><style>p{}</style></head><body><h2>Refunds &amp; returns</h2>"
            "<p>Within <b>30</b>&nbsp;days.</p><script>alert(1)</script><pre>  code  here</pre><ul><li>one</li><li>two</li></ul></body></html>");
        QVERIFY(html);
        QCOMPARE(texts(html->blocks),
                 (QStringList{QStringLiteral("Refunds & returns"), QStringLiteral("Within 30 days."), QStringLiteral("  code  here"),
                              QStringLiteral("one"), QStringLiteral("two")}));
        QCOMPARE(html->blocks.first().kind, Block::Kind::Heading);

        auto csvRows = extract(QStringLiteral("people.csv"), "name,city\nAda,\"London, UK\"\nGrace,\n");
        QVERIFY(csvRows);
        QCOMPARE(texts(csvRows->blocks), (QStringList{QStringLiteral("name: Ada; city: London, UK"), QStringLiteral("name: Grace")}));
        QCOMPARE(csvRows->blocks.first().kind, Block::Kind::Row);

        auto jsonl = extract(QStringLiteral("items.jsonl"), "{\"a\":1}\n\n[2,3]\n");
        QVERIFY(jsonl);
        QCOMPARE(texts(jsonl->blocks), (QStringList{QStringLiteral("{\"a\":1}"), QStringLiteral("[2,3]")}));
        auto json = extract(QStringLiteral("config.json"), "{\"name\":\"kb\",\"tags\":[\"a\"]}");
        QVERIFY(json);
        QCOMPARE(texts(json->blocks), (QStringList{QStringLiteral("name: kb"), QStringLiteral("tags: [\"a\"]")}));

        // functions stay whole; a blank line inside a body does not cut it
        auto code = extract(QStringLiteral("main.cpp"), "#include <x>\n\nint f()\n{\n    int a = 1;\n\n    return a;\n}\n\nint g() { return 2; }\n");
        QVERIFY(code);
        QCOMPARE(texts(code->blocks),
                 (QStringList{QStringLiteral("#include <x>"), QStringLiteral("int f()\n{\n    int a = 1;\n\n    return a;\n}"),
                              QStringLiteral("int g() { return 2; }")}));
        auto py = extract(QStringLiteral("tool.py"), "import os\n\ndef a():\n    x = 1\n\n    return x\n\nclass B:\n    pass\n");
        QVERIFY(py);
        QCOMPARE(py->blocks.size(), 3);
        QVERIFY(py->blocks.at(1).text.startsWith(QLatin1String("def a():")));

        auto latin = extract(QStringLiteral("old.txt"), QByteArray("caf\xe9 cr\xe8me"));
        QVERIFY(latin);
        QCOMPARE(latin->blocks.first().text, QStringLiteral("café crème"));
    }

    void badInputSaysWhy()
    {
        auto binary = extract(QStringLiteral("notes.txt"), QByteArray("abc\0def", 7));
        QVERIFY(!binary);
        QVERIFY2(binary.error().message.contains(QLatin1String("binary content")), qPrintable(binary.error().message));
        auto json = extract(QStringLiteral("broken.json"), "{\"a\": ");
        QVERIFY(!json);
        QVERIFY2(json.error().message.startsWith(QLatin1String("broken.json is not valid JSON")), qPrintable(json.error().message));
        auto csvNoRows = extract(QStringLiteral("empty.csv"), "only,a,header\n");
        QVERIFY(!csvNoRows);
        auto csvBad = extract(QStringLiteral("bad.csv"), "a,b\n\"unterminated,1\n");
        QVERIFY(!csvBad);
        QVERIFY2(csvBad.error().message.contains(QLatin1String("unterminated")), qPrintable(csvBad.error().message));
        QCOMPARE(kindForName(QStringLiteral("README")), QStringLiteral("text"));
        QCOMPARE(kindForName(QStringLiteral("model.bin")), QString());
        QCOMPARE(unsupportedReason(QStringLiteral("model.bin")), QStringLiteral("the type .bin is not one a knowledge base reads"));
    }

    // Issue 22: a model that reads no PDFs gets the PDF's text instead, as the importer reads it
    void pdfTextFallback()
    {
        if (!documentFeatures().contains(QLatin1String("pdf")))
            QSKIP("built without poppler-qt6 (scripts/deps.sh installs it)");
        QFile f(sb::testing::sourcePath(QStringLiteral("tests/fixtures/knowledge/handbook.pdf")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QCOMPARE(sb::protocol::pdfPageCount(bytes), std::optional<int>(3));
        sb::protocol::ContentPart pdf;
        pdf.type = sb::protocol::ContentPart::Type::Document;
        pdf.data = bytes.toBase64();
        pdf.mediaType = QStringLiteral("application/pdf");
        pdf.title = QStringLiteral("handbook.pdf");
        sb::protocol::ChatRequest r;
        r.messages << sb::protocol::Message{
            sb::protocol::Role::User, {sb::protocol::ContentPart::makeText(QStringLiteral("When?")), pdf}, {}, {}, {}, false};
        QVERIFY(sb::protocol::hasPdf(r));
        auto asText = withPdfsAsText(r);
        QVERIFY2(asText, asText ? "" : qPrintable(asText.error().message));
        QVERIFY(!sb::protocol::hasPdf(*asText));
        const sb::protocol::ContentPart &doc = asText->messages.first().content.at(1);
        QCOMPARE(doc.mediaType, QStringLiteral("text/plain"));
        QCOMPARE(doc.title, QStringLiteral("handbook.pdf"));
        QVERIFY2(doc.text.startsWith(QLatin1String("[page 1]\n\nTravel policy")), qPrintable(doc.text));
        QVERIFY2(doc.text.contains(QLatin1String("[page 2]")) && doc.text.contains(QLatin1String("within thirty days")), qPrintable(doc.text));

        // a damaged PDF is refused with the importer's reason
        sb::protocol::ContentPart broken = pdf;
        broken.data = QByteArray("not a pdf").toBase64();
        QVERIFY(!pdfAsText(broken));
    }

    // Real files of each binary kind (tests/fixtures/knowledge, made by make_fixtures.py and
    // make_pdf.cpp there) and a broken one of each.
    void documentsAndScans()
    {
        const QStringList features = documentFeatures();
        if (!features.contains(QLatin1String("pdf")) || !features.contains(QLatin1String("docx")) || !features.contains(QLatin1String("ocr")))
            QSKIP("built without poppler-qt6, libzip or Tesseract (scripts/deps.sh installs them)");
        auto read = [](const QString &name) {
            QFile f(sb::testing::sourcePath(QStringLiteral("tests/fixtures/knowledge/") + name));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        auto pdf = extract(QStringLiteral("handbook.pdf"), read(QStringLiteral("handbook.pdf")));
        QVERIFY2(pdf, pdf ? "" : qPrintable(pdf.error().message));
        QCOMPARE(pdf->kind, QStringLiteral("pdf"));
        QCOMPARE(pdf->blocks.size(), 9); // a title and two sentences on each of three pages
        QCOMPARE(pdf->blocks.at(0).text, QStringLiteral("Travel policy"));
        QCOMPARE(pdf->blocks.at(0).page, 1);
        QCOMPARE(pdf->blocks.at(3).text, QStringLiteral("Expenses"));
        QCOMPARE(pdf->blocks.at(4).page, 2);
        QVERIFY2(pdf->blocks.at(4).text.contains(QLatin1String("within thirty days")), qPrintable(pdf->blocks.at(4).text));
        QCOMPARE(pdf->blocks.at(8).page, 3);

        // a page that is a picture is read by OCR, as is an image
        auto scanned = extract(QStringLiteral("scanned.pdf"), read(QStringLiteral("scanned.pdf")));
        QVERIFY2(scanned, scanned ? "" : qPrintable(scanned.error().message));
        QVERIFY2(texts(scanned->blocks).join(QLatin1Char(' ')).contains(QLatin1String("Invoice 4711")),
                 qPrintable(texts(scanned->blocks).join(QLatin1Char('|'))));
        QCOMPARE(scanned->blocks.first().page, 1);
        auto png = extract(QStringLiteral("scan.png"), read(QStringLiteral("scan.png")));
        QVERIFY2(png, png ? "" : qPrintable(png.error().message));
        QVERIFY2(texts(png->blocks).join(QLatin1Char(' ')).contains(QLatin1String("fourteen days")),
                 qPrintable(texts(png->blocks).join(QLatin1Char('|'))));

        // a language without its data: the reason says what to install
        auto noData = extract(QStringLiteral("scan.png"), read(QStringLiteral("scan.png")), QStringLiteral("xyz"));
        QVERIFY(!noData);
        QVERIFY2(noData.error().message.contains(QLatin1String("install tesseract-ocr-xyz")), qPrintable(noData.error().message));

        auto docx = extract(QStringLiteral("guide.docx"), read(QStringLiteral("guide.docx")));
        QVERIFY2(docx, docx ? "" : qPrintable(docx.error().message));
        QCOMPARE(texts(docx->blocks),
                 (QStringList{QStringLiteral("Onboarding guide"), QStringLiteral("First week"),
                              QStringLiteral("New hires meet their buddy on the first day."), QStringLiteral("Accounts"),
                              QStringLiteral("Accounts are ready before the start date."), QStringLiteral("Laptop"), QStringLiteral("IT desk")}));
        QCOMPARE(docx->blocks.at(0).level, 1);
        QCOMPARE(docx->blocks.at(3).level, 3);
        QCOMPARE(docx->blocks.at(3).kind, Block::Kind::Heading);

        auto odt = extract(QStringLiteral("notes.odt"), read(QStringLiteral("notes.odt")));
        QVERIFY2(odt, odt ? "" : qPrintable(odt.error().message));
        QCOMPARE(texts(odt->blocks),
                 (QStringList{QStringLiteral("Release notes"), QStringLiteral("Version two adds offline mode."), QStringLiteral("Fixes"),
                              QStringLiteral("Sync no longer stalls on large folders.")}));
        QCOMPARE(odt->blocks.at(2).level, 2);

        auto epub = extract(QStringLiteral("story.epub"), read(QStringLiteral("story.epub")));
        QVERIFY2(epub, epub ? "" : qPrintable(epub.error().message));
        QCOMPARE(texts(epub->blocks),
                 (QStringList{QStringLiteral("Chapter One"), QStringLiteral("The lighthouse keeper counted ships."), QStringLiteral("Chapter Two"),
                              QStringLiteral("A storm came from the north.")})); // spine order

        // broken or mislabelled: the reason, nothing else
        auto fakePdf = extract(QStringLiteral("fake.pdf"), read(QStringLiteral("fake.pdf")));
        QVERIFY(!fakePdf);
        QVERIFY2(fakePdf.error().message.contains(QLatin1String("is not a PDF")), qPrintable(fakePdf.error().message));
        for (const QString &name : {QStringLiteral("broken.docx"), QStringLiteral("broken.epub"), QStringLiteral("notzip.odt")}) {
            auto broken = extract(name, read(name));
            QVERIFY2(!broken, qPrintable(name));
            QVERIFY2(broken.error().message.startsWith(name), qPrintable(broken.error().message));
        }
        auto notImage = extract(QStringLiteral("photo.png"), "not an image at all");
        QVERIFY(!notImage);
        QVERIFY2(notImage.error().message.contains(QLatin1String("not an image")), qPrintable(notImage.error().message));
    }

    void tokensAreEstimated()
    {
        QCOMPARE(estimateTokens(u"the cat sat"), 3);
        QCOMPARE(estimateTokens(u"internationalization"), 4); // long words are several tokens
        QCOMPARE(estimateTokens(u"a, b."), 4); // punctuation counts
        QCOMPARE(estimateTokens(u"日本語"), 3);
        QCOMPARE(estimateTokens(u""), 0);
    }

    void chunksFollowStructure()
    {
        QList<Block> blocks;
        auto add = [&blocks](Block::Kind kind, const QString &text, int level = 0) {
            Block b;
            b.kind = kind;
            b.text = text;
            b.level = level;
            b.offset = blocks.isEmpty() ? 0 : blocks.last().offset + blocks.last().text.size() + 2;
            blocks << b;
        };
        add(Block::Kind::Heading, QStringLiteral("Guide"), 1);
        add(Block::Kind::Paragraph, QStringLiteral("Short intro."));
        add(Block::Kind::Heading, QStringLiteral("Install"), 2);
        QStringList sentences;
        for (int i = 0; i < 40; ++i)
            sentences << QStringLiteral("Step %1 copies the files to the right place.").arg(i);
        add(Block::Kind::Paragraph, sentences.join(QLatin1Char(' ')));
        add(Block::Kind::Heading, QStringLiteral("Usage"), 2);
        add(Block::Kind::Paragraph, QStringLiteral("Run it."));
        ChunkOptions o;
        o.maxTokens = 100;
        o.overlapTokens = 20;
        const QList<Chunk> chunks = chunk(blocks, o);
        QVERIFY(chunks.size() >= 5);
        QCOMPARE(chunks.first().heading, QStringLiteral("Guide"));
        QCOMPARE(chunks.first().text, QStringLiteral("Short intro."));
        QCOMPARE(chunks.last().heading, QStringLiteral("Guide > Usage")); // a heading starts a new passage
        QCOMPARE(chunks.last().text, QStringLiteral("Run it."));
        int installChunks = 0;
        for (qsizetype i = 1; i + 1 < chunks.size(); ++i) {
            const Chunk &c = chunks.at(i);
            QCOMPARE(c.heading, QStringLiteral("Guide > Install"));
            QVERIFY2(c.tokens <= o.maxTokens, qPrintable(QString::number(c.tokens)));
            // cut at sentence ends; a passage's offsets find its text in the block
            QVERIFY2(c.text.endsWith(QLatin1Char('.')), qPrintable(c.text));
            const QString inBlock = blocks.at(3).text.mid(c.start - blocks.at(3).offset, c.end - c.start);
            QCOMPARE(inBlock.simplified(), c.text.simplified());
            ++installChunks;
        }
        QVERIFY(installChunks >= 4);
        // the overlap: each passage after the first of a section starts with the end of the one before
        const Chunk &a = chunks.at(1);
        const Chunk &b = chunks.at(2);
        const QString lastSentence = a.text.mid(a.text.lastIndexOf(QStringLiteral("Step ")));
        QVERIFY2(b.text.startsWith(lastSentence), qPrintable(b.text.left(80)));
        QVERIFY(b.start < a.end);

        // a single word longer than a passage is cut by size, never dropped
        QList<Block> huge;
        Block h;
        h.text = QString(5000, QLatin1Char('x'));
        huge << h;
        const QList<Chunk> cut = chunk(huge, o);
        QVERIFY(cut.size() > 1);
        qsizetype total = 0;
        for (const Chunk &c : cut)
            total += c.text.size();
        QVERIFY(total >= 5000);
    }

    void commonWordsCountWhereTheyMeetRareOnes()
    {
        // "alpha" is in more passages than a search ranks in full; "beta" is rare. The passages with
        // beta come back in the order BM25 over both words gives them (alpha scored where it meets beta).
        auto db = openDatabase();
        KnowledgeStore store(db);
        Collection c;
        c.name = QStringLiteral("big");
        auto id = store.createCollection(c);
        QVERIFY(id);
        QList<Chunk> chunks;
        auto add = [&chunks](const QString &text) {
            Chunk ch;
            ch.text = text;
            ch.end = text.size();
            ch.tokens = 4;
            chunks << ch;
        };
        for (int i = 0; i < 5100; ++i)
            add(QStringLiteral("alpha filler number %1").arg(i));
        add(QStringLiteral("beta gamma one"));
        add(QStringLiteral("alpha beta two"));
        add(QStringLiteral("beta gamma three"));
        add(QStringLiteral("alpha and beta four"));
        Document d;
        d.source = QStringLiteral("/big.md");
        d.contentHash = QStringLiteral("b");
        QVERIFY(store.replaceDocument(*id, d, chunks));
        auto hits = store.searchText(*id, QStringLiteral("alpha beta"), 4);
        QVERIFY(hits);
        QList<qint64> found;
        for (const Passage &p : *hits)
            found << p.chunkId;
        QSqlQuery full(*db->connection());
        QVERIFY(full.exec(QStringLiteral("SELECT rowid FROM kb_chunks_fts WHERE kb_chunks_fts MATCH '\"alpha\" OR \"beta\"' ORDER BY rank LIMIT 4")));
        QList<qint64> reference;
        while (full.next())
            reference << full.value(0).toLongLong();
        QCOMPARE(found, reference);
        for (const Passage &p : *hits)
            QVERIFY2(p.text.contains(QLatin1String("beta")), qPrintable(p.text));
        // a query of common words alone finds the passages with all of them
        auto common = store.searchText(*id, QStringLiteral("alpha filler"), 10);
        QVERIFY(common);
        QCOMPARE(common->size(), 10);
        for (const Passage &p : *common)
            QVERIFY2(p.text.startsWith(QLatin1String("alpha filler")), qPrintable(p.text));
        // and when too few have all of them, the most common word left is dropped
        chunks.clear();
        for (int i = 0; i < 5100; ++i)
            add(QStringLiteral("delta spacer number %1").arg(i));
        add(QStringLiteral("alpha delta both"));
        d.source = QStringLiteral("/delta.md");
        QVERIFY(store.replaceDocument(*id, d, chunks));
        auto partial = store.searchText(*id, QStringLiteral("alpha delta"), 5);
        QVERIFY(partial);
        QCOMPARE(partial->size(), 5);
        QCOMPARE(partial->constFirst().text, QStringLiteral("alpha delta both"));
        for (const Passage &p : *partial)
            QVERIFY2(p.text.contains(QLatin1String("alpha")), qPrintable(p.text));
    }

    void storeAndSearch()
    {
        auto db = openDatabase();
        KnowledgeStore store(db);
        Collection c;
        c.name = QStringLiteral("handbook");
        auto id = store.createCollection(c);
        QVERIFY2(id, id ? "" : qPrintable(id.error().message));
        QVERIFY(!store.createCollection(c)); // the name is taken
        c.name = QStringLiteral("../etc");
        QVERIFY(!store.createCollection(c));
        c.name = QStringLiteral("x");
        c.chunkTokens = 10;
        QVERIFY(!store.createCollection(c));
        c.chunkTokens = 400;
        c.ocrLanguage = QStringLiteral("eng;rm -rf");
        QVERIFY(!store.createCollection(c));
        c.ocrLanguage = QStringLiteral("deu+eng");
        auto withLanguage = store.createCollection(c);
        QVERIFY(withLanguage);
        QCOMPARE(store.collection(*withLanguage)->ocrLanguage, QStringLiteral("deu+eng"));
        QVERIFY(store.removeCollection(*withLanguage));
        auto missing = store.collection(QStringLiteral("nope"));
        QVERIFY(!missing);
        QVERIFY2(missing.error().message.contains(QLatin1String("there are: handbook")), qPrintable(missing.error().message));

        Document d;
        d.source = QStringLiteral("/docs/refunds.md");
        d.kind = QStringLiteral("markdown");
        d.contentHash = QStringLiteral("h1");
        Chunk refunds;
        refunds.text = QStringLiteral("Customers get their money back within thirty days.");
        refunds.heading = QStringLiteral("Policies > Refunds");
        refunds.end = refunds.text.size();
        refunds.tokens = 9;
        Chunk shipping;
        shipping.text = QStringLiteral("Parcels ship on weekdays; refunds of shipping costs are not offered.");
        shipping.heading = QStringLiteral("Policies > Shipping");
        shipping.start = 60;
        shipping.end = 120;
        shipping.tokens = 12;
        QVERIFY(store.replaceDocument(*id, d, {refunds, shipping}));
        auto hits = store.searchText(*id, QStringLiteral("how do refunds work?"), 5);
        QVERIFY2(hits, hits ? "" : qPrintable(hits.error().message));
        QCOMPARE(hits->size(), 2);
        QCOMPARE(hits->first().heading, QStringLiteral("Policies > Refunds")); // the heading weighs more
        QCOMPARE(hits->first().source, QStringLiteral("/docs/refunds.md"));
        QVERIFY(hits->first().score > hits->last().score);
        // user text is never FTS syntax
        QVERIFY(store.searchText(*id, QStringLiteral("refunds\" OR NEAR( * -"), 5));
        QCOMPARE(store.searchText(*id, QStringLiteral("?!"), 5)->size(), 0);
        // stop words do not match on their own account ("their" is in the refunds passage), unless the
        // query has nothing else
        QCOMPARE(store.searchText(*id, QStringLiteral("their weekdays"), 5)->size(), 1);
        QCOMPARE(store.searchText(*id, QStringLiteral("are not"), 5)->size(), 1);

        // replacing a document replaces its passages (and the index follows)
        d.contentHash = QStringLiteral("h2");
        Chunk updated = shipping;
        updated.text = QStringLiteral("Parcels now ship every day.");
        QVERIFY(store.replaceDocument(*id, d, {updated}));
        QCOMPARE(store.searchText(*id, QStringLiteral("refunds"), 5)->size(), 0);
        QCOMPARE(store.searchText(*id, QStringLiteral("every day"), 5)->size(), 1);
        auto s = store.stats(*id);
        QVERIFY(s);
        QCOMPARE(s->documents, 1);
        QCOMPARE(s->chunks, 1);

        // another collection's passages are not found
        Collection other;
        other.name = QStringLiteral("other");
        auto otherId = store.createCollection(other);
        QVERIFY(otherId);
        QCOMPARE(store.searchText(*otherId, QStringLiteral("parcels"), 5)->size(), 0);

        // removing the collection removes everything under it
        QVERIFY(store.removeCollection(*id));
        auto left = sql::run(*db->connection(), QStringLiteral("SELECT (SELECT count(*) FROM kb_chunks) + (SELECT count(*) FROM kb_documents)"), {},
                             QStringLiteral("count"));
        QVERIFY(left && left->next());
        QCOMPARE(left->value(0).toInt(), 0);
    }

    void ingestFoldersAndChanges()
    {
        auto db = openDatabase();
        KnowledgeStore store(db);
        Collection c;
        c.name = QStringLiteral("project");
        c.chunkTokens = 60;
        c.chunkOverlap = 10;
        c.exclude = {QStringLiteral("*.log")};
        auto id = store.createCollection(c);
        QVERIFY(id);
        const QString root = m_dir.filePath(QStringLiteral("project"));
        write(QStringLiteral("project/README.md"), "# Project\n\nThe deploy key rotates every ninety days.\n");
        write(QStringLiteral("project/src/app.py"), "def main():\n    print('hello')\n");
        write(QStringLiteral("project/data/people.csv"), "name,role\nAda,engineer\n");
        write(QStringLiteral("project/notes.txt"), QByteArray("bin\0ary", 7));
        write(QStringLiteral("project/model.bin"), "weights");
        write(QStringLiteral("project/debug.log"), "noise");
        write(QStringLiteral("project/.git/config"), "[core]");

        Ingestor ingestor(db);
        QSignalSpy queued(&ingestor, &Ingestor::queued);
        ingestor.add(*id, {root});
        QList<JobOutcome> first = runQueue(ingestor);
        QCOMPARE(queued.count(), 1);
        QCOMPARE(queued.first().at(1).toInt(), 5); // not the .log, not what is under .git
        QCOMPARE(first.size(), 5);
        QCOMPARE(outcomeFor(first, QStringLiteral("README.md")).result, JobOutcome::Result::Imported);
        QCOMPARE(outcomeFor(first, QStringLiteral("app.py")).result, JobOutcome::Result::Imported);
        QCOMPARE(outcomeFor(first, QStringLiteral("people.csv")).result, JobOutcome::Result::Imported);
        const JobOutcome binary = outcomeFor(first, QStringLiteral("notes.txt"));
        QCOMPARE(binary.result, JobOutcome::Result::Failed);
        QVERIFY2(binary.message.contains(QLatin1String("binary content")), qPrintable(binary.message));
        QCOMPARE(outcomeFor(first, QStringLiteral("model.bin")).result, JobOutcome::Result::Skipped);
        auto hits = store.searchText(*id, QStringLiteral("deploy key"), 3);
        QVERIFY(hits && !hits->isEmpty());
        QCOMPARE(hits->first().heading, QStringLiteral("Project"));
        auto s = store.stats(*id);
        QCOMPARE(s->documents, 5);
        QCOMPARE(s->failed, 2); // listed with their reasons
        QCOMPARE(s->failedJobs, 1); // the binary one can be retried; the .bin is skipped for good

        // again: nothing changed, nothing is cut again; one file changed, one deleted, one new
        write(QStringLiteral("project/README.md"), "# Project\n\nThe deploy key rotates every thirty days.\n");
        QFile::remove(root + QStringLiteral("/src/app.py"));
        write(QStringLiteral("project/CHANGES.md"), "# Changes\n\nFirst release.\n");
        ingestor.add(*id, {root});
        QList<JobOutcome> second = runQueue(ingestor);
        QCOMPARE(outcomeFor(second, QStringLiteral("README.md")).result, JobOutcome::Result::Imported);
        QCOMPARE(outcomeFor(second, QStringLiteral("people.csv")).result, JobOutcome::Result::Unchanged);
        QCOMPARE(outcomeFor(second, QStringLiteral("app.py")).result, JobOutcome::Result::Removed);
        QCOMPARE(outcomeFor(second, QStringLiteral("CHANGES.md")).result, JobOutcome::Result::Imported);
        QCOMPARE(store.searchText(*id, QStringLiteral("ninety"), 3)->size(), 0);
        QCOMPARE(store.searchText(*id, QStringLiteral("thirty"), 3)->size(), 1);
        QVERIFY(!store.document(*id, root + QStringLiteral("/src/app.py")).value());

        // removing a folder's documents
        ingestor.remove(*id, {root + QStringLiteral("/data")});
        runQueue(ingestor);
        QVERIFY(!store.document(*id, root + QStringLiteral("/data/people.csv")).value());
    }

    void queueSurvivesACrash()
    {
        auto db = openDatabase();
        KnowledgeStore store(db);
        Collection c;
        c.name = QStringLiteral("crash");
        auto id = store.createCollection(c);
        QVERIFY(id);
        QStringList files;
        for (int i = 0; i < 4; ++i)
            files << write(QStringLiteral("crash/f%1.md").arg(i), QStringLiteral("# F%1\n\nfile number %1\n").arg(i).toUtf8());
        QCOMPARE(store.enqueue(*id, Job::Kind::Import, files).value(), 4);
        QCOMPARE(store.enqueue(*id, Job::Kind::Import, files).value(), 0); // already waiting
        // a run that died in the middle: two done, one taken and never finished
        for (int i = 0; i < 2; ++i) {
            auto o = Ingestor::processNext(store);
            QVERIFY(o && *o);
            QCOMPARE((*o)->result, JobOutcome::Result::Imported);
        }
        auto taken = store.claimNext();
        QVERIFY(taken && *taken);
        // the next start queues it again and finishes the rest without redoing the first two
        Ingestor ingestor(db);
        const QList<JobOutcome> resumed = runQueue(ingestor);
        QCOMPARE(resumed.size(), 2);
        QCOMPARE(resumed.at(0).job.source, files.at(2));
        QCOMPARE(resumed.at(0).job.attempts, 2);
        QCOMPARE(resumed.at(1).job.source, files.at(3));
        QCOMPARE(store.stats(*id)->documents, 4);

        // pause and cancel
        QCOMPARE(store.forgetHashes(*id).value(), 4);
        QCOMPARE(store.enqueue(*id, Job::Kind::Import, files).value(), 4);
        QCOMPARE(store.moveJobs(*id, {Job::State::Queued}, Job::State::Paused).value(), 4);
        QVERIFY(!Ingestor::processNext(store).value()); // nothing runs while paused
        QCOMPARE(store.stats(*id)->paused, 4);
        QCOMPARE(store.moveJobs(*id, {Job::State::Paused}, Job::State::Cancelled).value(), 4);
        QCOMPARE(store.stats(*id)->queued, 0);
    }
};

QTEST_GUILESS_MAIN(TestKnowledge)
#include "tst_knowledge.moc"
