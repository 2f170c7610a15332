#include "fakesite.h"
#include "knowledge/extract.h"
#include "knowledge/fetch.h"
#include "knowledge/ingest.h"
#include "knowledge/store.h"
#include "knowledge/watcher.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;
using namespace sb::knowledge;
namespace fk = sb::fakes;

// Imports that follow their sources: pages fetched from http(s) URLs (a local fake site), folders
// watched for changes (real files, the debounce run by the test), passages that keep their vectors
// when their file is renamed or edited elsewhere, many small files per transaction, and progress with
// an ETA from an injected clock.
class TestKnowledgeIngest : public QObject
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
        auto db = Database::open(m_dir.filePath(QStringLiteral("ingest%1.sqlite").arg(++n)));
        if (!db)
            qFatal("%s", qPrintable(db.error().message));
        return *db;
    }

    static qint64 createCollection(KnowledgeStore &store, const QString &name)
    {
        Collection c;
        c.name = name;
        c.chunkTokens = 50;
        c.chunkOverlap = 0;
        auto id = store.createCollection(c);
        if (!id)
            qFatal("%s", qPrintable(id.error().message));
        return *id;
    }

    // Runs what `queue` starts to its end on the worker: the outcomes, in order.
    static QList<JobOutcome> run(Ingestor &ingestor, const std::function<void()> &queue)
    {
        QList<JobOutcome> outcomes;
        auto c = QObject::connect(&ingestor, &Ingestor::jobFinished, &ingestor, [&outcomes](const JobOutcome &o) { outcomes << o; });
        QSignalSpy idle(&ingestor, &Ingestor::idle);
        queue();
        ingestor.start();
        if (!idle.wait(20000))
            qWarning("the queue did not become idle");
        QObject::disconnect(c);
        return outcomes;
    }

    static JobOutcome outcomeFor(const QList<JobOutcome> &outcomes, const QString &end)
    {
        for (const JobOutcome &o : outcomes) {
            if (o.job.source.endsWith(end))
                return o;
        }
        JobOutcome none;
        none.message = QStringLiteral("no outcome for ") + end;
        return none;
    }

    // Vectors for every passage of the collection that has none: one per passage, all different.
    static int embedAll(KnowledgeStore &store, qint64 collection, const QString &model)
    {
        auto pending = store.chunksWithoutVector(collection, model, 1000);
        if (!pending)
            return -1;
        QList<qint64> ids;
        QList<QList<float>> vectors;
        for (const PendingChunk &p : *pending) {
            ids << p.chunkId;
            vectors << QList<float>{float(p.chunkId), 1.0f, 0.5f};
        }
        return store.storeVectors(model, ids, vectors) ? int(ids.size()) : -1;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void contentTypeDecidesTheReader()
    {
        QCOMPARE(kindForContentType(QStringLiteral("text/html; charset=utf-8")), QStringLiteral("html"));
        QCOMPARE(kindForContentType(QStringLiteral("text/markdown")), QStringLiteral("markdown"));
        QCOMPARE(kindForContentType(QStringLiteral("application/json")), QStringLiteral("json"));
        QCOMPARE(kindForContentType(QStringLiteral("text/csv")), QStringLiteral("csv"));
        QCOMPARE(kindForContentType(QStringLiteral("text/x-unknown")), QStringLiteral("text"));
        QCOMPARE(kindForContentType(QStringLiteral("application/zip")), QString());
        QVERIFY(isWebSource(QStringLiteral("HTTPS://example.com/a")));
        QVERIFY(!isWebSource(QStringLiteral("/home/me/http://x")));
    }

    void importsPagesFromUrls()
    {
        fk::FakeSite site;
        QVERIFY(site.listen());
        site.setPage(QStringLiteral("/guide"),
                     fk::Page::of("text/html; charset=utf-8", "<html><body><h1>Refunds</h1><p>Money back within thirty days.</p></body></html>"));
        site.setPage(QStringLiteral("/notes.md"), fk::Page::of("text/plain", "# Shipping\n\nParcels leave on weekdays.\n"));
        site.setPage(QStringLiteral("/people"), fk::Page::of("application/json", "[{\"name\":\"Ada\",\"team\":\"platform\"}]"));
        site.setPage(QStringLiteral("/latin"), fk::Page::of("text/plain; charset=iso-8859-1", "Caf\xe9 opens at nine."));
        site.setPage(QStringLiteral("/old"), fk::Page::redirect(site.url(QStringLiteral("/guide2")).toEncoded(), 301));
        site.setPage(QStringLiteral("/guide2"), fk::Page::of("text/html", "<p>Moved handbook page about warranties.</p>"));
        site.setPage(QStringLiteral("/loop"), fk::Page::redirect("/loop"));
        fk::Page slow = fk::Page::of("text/html", "<p>late</p>");
        slow.headerDelayMs = 5000;
        site.setPage(QStringLiteral("/slow"), slow);
        site.setPage(QStringLiteral("/big"), fk::Page::of("text/plain", QByteArray(3000, 'a')));
        fk::Page bigChunked = fk::Page::of("text/plain", QByteArray(3000, 'b'));
        bigChunked.chunked = true;
        bigChunked.chunkSize = 500;
        site.setPage(QStringLiteral("/stream"), bigChunked);
        site.setPage(QStringLiteral("/archive"), fk::Page::of("application/zip", "PK\x03\x04"));

        auto db = openDatabase();
        KnowledgeStore store(db);
        const qint64 id = createCollection(store, QStringLiteral("web"));
        Ingestor ingestor(db);
        BatchOptions options;
        options.fetch.maxBytes = 2000;
        options.fetch.timeoutMs = 300;
        options.fetch.maxRedirects = 3;
        ingestor.setBatchOptions(options);
        QStringList urls;
        for (const char *path : {"/guide", "/notes.md", "/people", "/latin", "/old#top", "/loop", "/missing", "/slow", "/big", "/stream", "/archive"})
            urls << site.url(QString::fromLatin1(path)).toString();
        const QList<JobOutcome> first = run(ingestor, [&] { ingestor.add(id, urls); });
        QCOMPARE(first.size(), urls.size());

        QCOMPARE(outcomeFor(first, QStringLiteral("/guide")).result, JobOutcome::Result::Imported);
        QCOMPARE(outcomeFor(first, QStringLiteral("/notes.md")).result, JobOutcome::Result::Imported);
        QCOMPARE(outcomeFor(first, QStringLiteral("/people")).result, JobOutcome::Result::Imported);
        QCOMPARE(outcomeFor(first, QStringLiteral("/latin")).result, JobOutcome::Result::Imported);
        const JobOutcome moved = outcomeFor(first, QStringLiteral("/old")); // the fragment is not part of the source
        QCOMPARE(moved.result, JobOutcome::Result::Imported);
        QCOMPARE(site.hits(QStringLiteral("/guide2")), 1);
        const JobOutcome loop = outcomeFor(first, QStringLiteral("/loop"));
        QCOMPARE(loop.result, JobOutcome::Result::Skipped);
        QVERIFY2(loop.message.contains(QLatin1String("redirects more than 3 times")), qPrintable(loop.message));
        const JobOutcome missing = outcomeFor(first, QStringLiteral("/missing"));
        QCOMPARE(missing.result, JobOutcome::Result::Failed);
        QVERIFY2(missing.message.contains(QLatin1String("answered 404")), qPrintable(missing.message));
        const JobOutcome slowOutcome = outcomeFor(first, QStringLiteral("/slow"));
        QCOMPARE(slowOutcome.result, JobOutcome::Result::Failed);
        QVERIFY2(slowOutcome.message.contains(QLatin1String("did not answer within 0.3 s")), qPrintable(slowOutcome.message));
        for (const char *large : {"/big", "/stream"}) { // declared or only seen while it arrives
            const JobOutcome o = outcomeFor(first, QString::fromLatin1(large));
            QCOMPARE(o.result, JobOutcome::Result::Skipped);
            QVERIFY2(o.message.contains(QLatin1String("is larger than the 2.0 KB")), qPrintable(o.message));
        }
        const JobOutcome archive = outcomeFor(first, QStringLiteral("/archive"));
        QCOMPARE(archive.result, JobOutcome::Result::Skipped);
        QVERIFY2(archive.message.contains(QLatin1String("not text or a document a knowledge base reads (application/zip)")),
                 qPrintable(archive.message));

        // the document is the URL; its kind is what the content type said (text/plain under a .md name
        // stays Markdown)
        auto guide = store.document(id, urls.at(0)).value();
        QVERIFY(guide);
        QCOMPARE(guide->kind, QStringLiteral("html"));
        QCOMPARE(store.document(id, urls.at(1)).value()->kind, QStringLiteral("markdown"));
        QCOMPARE(store.document(id, urls.at(2)).value()->kind, QStringLiteral("json"));
        QVERIFY(store.document(id, site.url(QStringLiteral("/old")).toString()).value());
        auto hits = store.searchText(id, QStringLiteral("money back"), 3);
        QVERIFY(hits && !hits->isEmpty());
        QCOMPARE(hits->first().source, urls.at(0));
        QCOMPARE(hits->first().heading, QStringLiteral("Refunds"));
        QCOMPARE(store.searchText(id, QStringLiteral("Café"), 3)->size(), 1); // Latin-1 read as such
        QCOMPARE(store.document(id, urls.at(6)).value()->status, Document::Status::Failed);

        // fetched again: an unchanged page is not cut again; a changed one is
        site.setPage(QStringLiteral("/notes.md"), fk::Page::of("text/markdown", "# Shipping\n\nParcels leave on Mondays only.\n"));
        const QList<JobOutcome> second = run(ingestor, [&] { ingestor.add(id, {urls.at(0), urls.at(1)}); });
        QCOMPARE(second.size(), 2);
        QCOMPARE(outcomeFor(second, QStringLiteral("/guide")).result, JobOutcome::Result::Unchanged);
        QCOMPARE(outcomeFor(second, QStringLiteral("/notes.md")).result, JobOutcome::Result::Imported);
        QCOMPARE(site.hits(QStringLiteral("/guide")), 2);
        QCOMPARE(store.searchText(id, QStringLiteral("Mondays"), 3)->size(), 1);

        // removed by its URL
        run(ingestor, [&] { ingestor.remove(id, {urls.at(2)}); });
        QVERIFY(!store.document(id, urls.at(2)).value());
    }

    void manyFilesPerTransaction()
    {
        auto db = openDatabase();
        KnowledgeStore store(db);
        const qint64 id = createCollection(store, QStringLiteral("batch"));
        QStringList files;
        for (int i = 0; i < 10; ++i)
            files << write(QStringLiteral("batch/f%1.md").arg(i), QStringLiteral("# F%1\n\nfile number %1 of ten\n").arg(i).toUtf8());
        QCOMPARE(store.enqueue(id, Job::Kind::Import, files).value(), 10);
        BatchOptions options;
        options.maxFiles = 4;
        options.maxBytes = 60; // about two of these files: written in two transactions each batch
        auto batch = Ingestor::processBatch(store, options);
        QVERIFY(batch);
        QCOMPARE(batch->size(), 4);
        QCOMPARE(batch->first().job.source, files.first()); // oldest first
        QCOMPARE(store.stats(id)->documents, 4);
        QCOMPARE(store.waitingJobs(id).value(), 6);
        options.maxFiles = 64;
        options.maxBytes = 1 << 20;
        batch = Ingestor::processBatch(store, options);
        QCOMPARE(batch->size(), 6);
        QCOMPARE(store.stats(id)->documents, 10);
        QCOMPARE(store.waitingJobs(id).value(), 0);
        QVERIFY(Ingestor::processBatch(store, options)->isEmpty());

        // a batch taken and not written (a crash) is queued again on the next start, whole
        QCOMPARE(store.forgetHashes(id).value(), 10);
        QCOMPARE(store.enqueue(id, Job::Kind::Import, files).value(), 10);
        QCOMPARE(store.claimBatch(5)->size(), 5);
        QCOMPARE(store.requeueRunning().value(), 5);
        QCOMPARE(store.waitingJobs(id).value(), 10);
    }

    void progressHasAnEta()
    {
        auto db = openDatabase();
        KnowledgeStore store(db);
        const qint64 id = createCollection(store, QStringLiteral("eta"));
        QStringList files;
        for (int i = 0; i < 4; ++i)
            files << write(QStringLiteral("eta/f%1.txt").arg(i), QStringLiteral("one two three four %1\n").arg(i).toUtf8());
        Ingestor ingestor(db);
        qint64 now = 0;
        ingestor.setClock([&now] { return now += 1000; }); // each reading one second later
        BatchOptions one;
        one.maxFiles = 1;
        ingestor.setBatchOptions(one);
        QList<Progress> seen;
        connect(&ingestor, &Ingestor::progress, this, [&seen](const Progress &p) { seen << p; });
        run(ingestor, [&] { ingestor.add(id, files); });
        QCOMPARE(seen.size(), 4);
        QCOMPARE(seen.at(0).filesDone, 1);
        QCOMPARE(seen.at(0).filesTotal, 4);
        QCOMPARE(seen.at(0).elapsedMs, 1000);
        QCOMPARE(seen.at(0).etaMs, std::optional<qint64>(3000)); // a second a file, three to go
        QCOMPARE(seen.at(1).etaMs, std::optional<qint64>(2000));
        QCOMPARE(seen.at(3).filesDone, 4);
        QCOMPARE(seen.at(3).etaMs, std::optional<qint64>(0));
        QCOMPARE(seen.at(3).chunks, 4);
        QVERIFY(seen.at(3).tokens >= 4 * 5);
        QCOMPARE(remainingMs(0, 10, 500), std::nullopt);

        // the plan before an import: what it reads and the tokens it holds (about four bytes a token)
        const QString folder = m_dir.filePath(QStringLiteral("plan"));
        write(QStringLiteral("plan/a.md"), QByteArray(400, 'a'));
        write(QStringLiteral("plan/b.txt"), QByteArray(41, 'b'));
        write(QStringLiteral("plan/c.pdf"), "%PDF-1.4");
        write(QStringLiteral("plan/d.bin"), "xx"); // skipped: nothing to embed
        const int pdf = kindForName(QStringLiteral("c.pdf")).isEmpty() ? 0 : 1; // a build without poppler skips it
        auto plan = Ingestor::plan(store, id, {folder, QStringLiteral("https://example.com/page")});
        QVERIFY(plan);
        QCOMPARE(plan->files, 3 + pdf); // a.md, b.txt, c.pdf and the page
        QCOMPARE(plan->bytes, qint64(400 + 41 + 8 * pdf));
        QCOMPARE(plan->estimatedTokens, qint64(100 + 11));
        QCOMPARE(plan->unestimated, 1 + pdf);
        run(ingestor, [&] { ingestor.add(id, {folder + QStringLiteral("/a.md")}); });
        plan = Ingestor::plan(store, id, {folder});
        QCOMPARE(plan->unchanged, 1);
        QCOMPARE(plan->estimatedTokens, qint64(11));
    }

    void renamedAndEditedFilesKeepTheirVectors()
    {
        auto db = openDatabase();
        KnowledgeStore store(db);
        const qint64 id = createCollection(store, QStringLiteral("keep"));
        const QString model = QStringLiteral("fake/embed");
        const QString root = m_dir.filePath(QStringLiteral("keep"));
        const QByteArray two = "# Alpha\n\nThe alpha section stays as it is.\n\n# Beta\n\nThe beta section is edited later.\n";
        write(QStringLiteral("keep/one.md"), "# One\n\nA file that is renamed.\n");
        write(QStringLiteral("keep/two.md"), two);
        Ingestor ingestor(db);
        run(ingestor, [&] { ingestor.add(id, {root}); });
        QCOMPARE(embedAll(store, id, model), 3);

        QVERIFY(QFile::rename(root + QStringLiteral("/one.md"), root + QStringLiteral("/renamed.md")));
        write(QStringLiteral("keep/two.md"), QByteArray(two).replace("is edited later", "was edited"));
        const QList<JobOutcome> outcomes = run(ingestor, [&] { ingestor.add(id, {root}); });
        QCOMPARE(outcomeFor(outcomes, QStringLiteral("/renamed.md")).result, JobOutcome::Result::Imported);
        QCOMPARE(outcomeFor(outcomes, QStringLiteral("/one.md")).result, JobOutcome::Result::Removed);
        QCOMPARE(outcomeFor(outcomes, QStringLiteral("/two.md")).result, JobOutcome::Result::Imported);
        // only the edited section waits for a vector; the renamed file and the unchanged section kept theirs
        auto pending = store.chunksWithoutVector(id, model, 10);
        QCOMPARE(pending->size(), 1);
        QVERIFY2(pending->first().text.contains(QLatin1String("was edited")), qPrintable(pending->first().text));
        QCOMPARE(store.stats(id)->chunks, 3);
        QVERIFY(!store.document(id, root + QStringLiteral("/one.md")).value());
    }

    void watchedFolderFollowsChanges()
    {
        auto db = openDatabase();
        KnowledgeStore store(db);
        const qint64 id = createCollection(store, QStringLiteral("watched"));
        const QString model = QStringLiteral("fake/embed");
        const QString root = m_dir.filePath(QStringLiteral("watched"));
        write(QStringLiteral("watched/keep.md"), "# Keep\n\nNothing changes here.\n");
        write(QStringLiteral("watched/edit.md"), "# Edit\n\nThe first version.\n");
        write(QStringLiteral("watched/gone.md"), "# Gone\n\nDeleted soon.\n");
        write(QStringLiteral("watched/move.md"), "# Move\n\nRenamed soon.\n");
        Ingestor ingestor(db);
        run(ingestor, [&] { ingestor.add(id, {root}); });
        QCOMPARE(store.folders(id).value(), QStringList{QFileInfo(root).absoluteFilePath()});
        QCOMPARE(embedAll(store, id, model), 4);

        // the debounce timers are the test's to run
        QList<std::pair<int, std::function<void()>>> timers;
        FolderWatcher watcher(ingestor);
        watcher.setSchedule([&timers](int delayMs, QObject *, std::function<void()> then) { timers.append({delayMs, std::move(then)}); });
        QSignalSpy syncing(&watcher, &FolderWatcher::syncing);
        QSignalSpy seen(&watcher, &FolderWatcher::changeSeen);
        // the first sync finds nothing changed while nobody watched
        QList<JobOutcome> outcomes = run(ingestor, [&] { watcher.watch(id, store.folders(id).value()); });
        QCOMPARE(syncing.count(), 1);
        QVERIFY(outcomes.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(watcher.watchedPaths().contains(root + QStringLiteral("/edit.md")), 5000);

        write(QStringLiteral("watched/edit.md"), "# Edit\n\nThe second version.\n");
        QVERIFY(QFile::remove(root + QStringLiteral("/gone.md")));
        QVERIFY(QFile::rename(root + QStringLiteral("/move.md"), root + QStringLiteral("/moved.md")));
        write(QStringLiteral("watched/sub/new.md"), "# New\n\nA new file in a new folder.\n");
        QTRY_VERIFY_WITH_TIMEOUT(seen.count() >= 3, 5000);
        QVERIFY(timers.size() >= 2);
        QCOMPARE(timers.first().first, FolderWatcher::kDebounceMs);
        // a burst of changes is one sync: the earlier timers find a later change and do nothing
        outcomes = run(ingestor, [&] {
            const auto due = std::exchange(timers, {});
            for (const auto &t : due)
                t.second();
        });
        QCOMPARE(syncing.count(), 2);
        QCOMPARE(outcomeFor(outcomes, QStringLiteral("/edit.md")).result, JobOutcome::Result::Imported);
        QCOMPARE(outcomeFor(outcomes, QStringLiteral("/gone.md")).result, JobOutcome::Result::Removed);
        QCOMPARE(outcomeFor(outcomes, QStringLiteral("/move.md")).result, JobOutcome::Result::Removed);
        QCOMPARE(outcomeFor(outcomes, QStringLiteral("/moved.md")).result, JobOutcome::Result::Imported);
        QCOMPARE(outcomeFor(outcomes, QStringLiteral("/sub/new.md")).result, JobOutcome::Result::Imported);
        QCOMPARE(outcomeFor(outcomes, QStringLiteral("/keep.md")).message, QStringLiteral("no outcome for /keep.md")); // not even read
        QCOMPARE(store.searchText(id, QStringLiteral("second version"), 3)->size(), 1);
        QCOMPARE(store.searchText(id, QStringLiteral("first"), 3)->size(), 0);
        // what is new or edited waits for its vector; the renamed file kept its own
        auto pending = store.chunksWithoutVector(id, model, 10).value();
        QCOMPARE(pending.size(), 2);
        QStringList texts;
        for (const PendingChunk &p : pending)
            texts << p.text;
        texts.sort();
        QCOMPARE(texts, (QStringList{QStringLiteral("Edit\n\nThe second version."), QStringLiteral("New\n\nA new file in a new folder.")}));
        // the new folder is watched too
        QTRY_VERIFY_WITH_TIMEOUT(watcher.watchedPaths().contains(root + QStringLiteral("/sub")), 5000);

        watcher.unwatch(id);
        QTRY_VERIFY_WITH_TIMEOUT(watcher.watchedPaths().isEmpty(), 5000);
    }
};

QTEST_GUILESS_MAIN(TestKnowledgeIngest)
#include "tst_knowledgeingest.moc"
