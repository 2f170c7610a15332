// bench_knowledge: how fast the knowledge base imports and how fast it answers.
//
// 1. Import: generates --files files (Markdown, source code, PDF and CSV in turn) of --file-kb KB
//    each in a temporary folder and imports them through the Ingestor (the worker the app and the CLI use),
//    no embedding. Reports files/s, MB/s, passages, peak memory (VmHWM) and the longest gap between
//    ticks of a 5 ms timer on the main thread while it runs (what a GUI would feel), with the main
//    thread's own CPU time and run-queue wait during it (StallMeter's sampling); --control S measures the idle
//    process first, --busy-threads N spins N more threads of the process meanwhile (the app's other
//    busy threads competing for the cores).
// 2. BM25: --queries queries of two or three words from the corpus's vocabulary, p50/p95.
// 3. Vectors: --vectors random unit vectors of --dims dimensions stored for the passages (more
//    passages are added as needed), then exact cosine search, p50/p95; database size per 1,000
//    passages.
// With --quality DIR, none of that: retrieval quality over a real corpus with golden questions
// (quality.h).
#include "../common/stallmeter.h"
#include "corpus.h"
#include "knowledge/ingest.h"
#include "knowledge/store.h"
#include "percentiles.h"
#include "quality.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <random>
#include <thread>

using namespace sb;
using namespace sb::knowledge;
using sb::bench::kWords;
using sb::bench::sentence;

int runScale(int passages, int dims, int queries, const QList<int> &efs, const QString &keepDb, QTextStream &out); // scale.cpp

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

qint64 peakRssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({QStringLiteral("files"), QStringLiteral("Files to import (default 2000)."), QStringLiteral("N"), QStringLiteral("2000")});
    p.addOption({QStringLiteral("file-kb"), QStringLiteral("Size of each file in KB (default 10)."), QStringLiteral("KB"), QStringLiteral("10")});
    p.addOption({QStringLiteral("queries"), QStringLiteral("Queries per search kind (default 200)."), QStringLiteral("N"), QStringLiteral("200")});
    p.addOption({QStringLiteral("vectors"), QStringLiteral("Passages with vectors for the vector search (default 20000)."), QStringLiteral("N"),
                 QStringLiteral("20000")});
    p.addOption({QStringLiteral("dims"), QStringLiteral("Vector dimensions (default 384)."), QStringLiteral("N"), QStringLiteral("384")});
    p.addOption({QStringLiteral("control"),
                 QStringLiteral("Seconds of the idle process measured before the import (default 0): the gaps the machine makes without our work."),
                 QStringLiteral("S"), QStringLiteral("0")});
    p.addOption({QStringLiteral("busy-threads"),
                 QStringLiteral("Threads of this process that spin during the import (default 0): the app's other busy threads, "
                                "such as the proxy's, competing with the import for the cores."),
                 QStringLiteral("N"), QStringLiteral("0")});
    p.addOption({QStringLiteral("passages"),
                 QStringLiteral("Retrieval at scale instead of the import: N generated passages with vectors (see scale.cpp)."),
                 QStringLiteral("N")});
    p.addOption({QStringLiteral("ef"), QStringLiteral("With --passages: the vector index's search widths to try (default 64,128,256)."),
                 QStringLiteral("LIST"), QStringLiteral("64,128,256")});
    p.addOption(
        {QStringLiteral("db"), QStringLiteral("With --passages: keep the database here and reuse it when it exists."), QStringLiteral("PATH")});
    sb::bench::addQualityOptions(p);
    p.process(app);
    if (p.isSet(QStringLiteral("quality")))
        return sb::bench::runQuality(p);
    if (p.isSet(QStringLiteral("passages"))) {
        QList<int> efs;
        for (const QString &ef : p.value(QStringLiteral("ef")).split(QLatin1Char(',')))
            efs << ef.toInt();
        return runScale(p.value(QStringLiteral("passages")).toInt(), p.value(QStringLiteral("dims")).toInt(),
                        p.value(QStringLiteral("queries")).toInt(), efs, p.value(QStringLiteral("db")), out());
    }
    const int files = p.value(QStringLiteral("files")).toInt();
    const int fileBytes = p.value(QStringLiteral("file-kb")).toInt() * 1024;
    const int queries = p.value(QStringLiteral("queries")).toInt();
    const int vectors = p.value(QStringLiteral("vectors")).toInt();
    const int dims = p.value(QStringLiteral("dims")).toInt();
    const int busyThreads = p.value(QStringLiteral("busy-threads")).toInt();

    QTemporaryDir dir;
    std::mt19937 rng(42);
    const QString corpus = dir.filePath(QStringLiteral("corpus"));
    const qint64 totalBytes = sb::bench::writeCorpus(corpus, files, fileBytes, rng);
    if (totalBytes < 0)
        return 1;
    auto opened = Database::open(dir.filePath(QStringLiteral("kb.sqlite")));
    if (!opened) {
        out() << opened.error().message << "\n";
        return 1;
    }
    std::shared_ptr<Database> db = *opened;
    KnowledgeStore store(db);
    Collection c;
    c.name = QStringLiteral("bench");
    const qint64 collection = *store.createCollection(c);

    // 0. the control: the same meter on the idle process, the floor this machine sets
    const int controlSeconds = p.value(QStringLiteral("control")).toInt();
    StallMeter control;
    control.setSampleThread(true);
    if (controlSeconds > 0) {
        control.start();
        QTimer::singleShot(controlSeconds * 1000, &app, &QCoreApplication::quit);
        app.exec();
        control.stop();
    }

    // 1. import, with a 5 ms timer on this thread standing in for the GUI
    Ingestor ingestor(db);
    StallMeter meter;
    meter.setSampleThread(true);
    int imported = 0;
    QObject::connect(&ingestor, &Ingestor::jobFinished, [&](const JobOutcome &o) { imported += o.result == JobOutcome::Result::Imported ? 1 : 0; });
    QObject::connect(&ingestor, &Ingestor::idle, &app, &QCoreApplication::quit);
    std::atomic<bool> importing{true};
    std::vector<std::thread> spinners;
    for (int i = 0; i < busyThreads; ++i)
        spinners.emplace_back([&importing] {
            volatile quint64 n = 0;
            while (importing.load(std::memory_order_relaxed))
                n = n + 1;
        });
    meter.start();
    ingestor.add(collection, {corpus});
    ingestor.start();
    app.exec();
    const double seconds = meter.elapsedMs() / 1000.0;
    meter.stop();
    importing = false;
    for (std::thread &t : spinners)
        t.join();
    const CollectionStats stats = *store.stats(collection);
    out() << "# bench_knowledge: " << files << " files of " << fileBytes / 1024 << " KB (Markdown, C++, PDF, CSV), " << QThread::idealThreadCount()
          << " cores, " << busyThreads << " busy threads beside the import\n";
    out() << QStringLiteral("import: %1 of %2 files in %3 s: %4 files/s, %5 MB/s; %6 passages, %7 tokens; peak RSS %8 MiB; "
                            "longest main-thread gap %9\n")
                 .arg(imported)
                 .arg(files)
                 .arg(seconds, 0, 'f', 2)
                 .arg(files / seconds, 0, 'f', 0)
                 .arg(double(totalBytes) / 1048576.0 / seconds, 0, 'f', 2)
                 .arg(stats.chunks)
                 .arg(stats.tokens)
                 .arg(peakRssKb() / 1024.0, 0, 'f', 1)
                 .arg(meter.describeLongest());
    if (controlSeconds > 0)
        out() << QStringLiteral("control, %1 s of the idle process before the import: longest main-thread gap %2\n")
                     .arg(controlSeconds)
                     .arg(control.describeLongest());

    // 2. BM25
    std::uniform_int_distribution<int> word(0, int(kWords.size()) - 1);
    std::vector<double> bm25;
    for (int i = 0; i < queries; ++i) {
        const QString q = kWords.at(word(rng)) + QLatin1Char(' ') + kWords.at(word(rng)) + QLatin1Char(' ') + kWords.at(word(rng));
        QElapsedTimer t;
        t.start();
        auto hits = store.searchText(collection, q, 10);
        bm25.push_back(t.nsecsElapsed() / 1e6);
        if (!hits)
            return 1;
    }
    const sb::bench::Percentiles b = sb::bench::percentiles(bm25);
    out() << QStringLiteral("bm25: %1 passages, top 10: p50 %2 ms, p95 %3 ms\n").arg(stats.chunks).arg(b.p50, 0, 'f', 2).arg(b.p95, 0, 'f', 2);

    // 3. vectors: passages with random unit vectors (more passages first when the import made fewer)
    const QString model = QStringLiteral("bench/vectors");
    int have = stats.chunks;
    Document filler;
    int fillerDoc = 0;
    while (have < vectors) {
        QList<Chunk> chunks;
        for (int i = 0; i < 1000 && have < vectors; ++i, ++have) {
            Chunk ch;
            ch.text = sentence(rng);
            ch.end = ch.text.size();
            ch.tokens = 12;
            chunks << ch;
        }
        filler.source = QStringLiteral("/filler/%1").arg(++fillerDoc);
        if (!store.replaceDocument(collection, filler, chunks))
            return 1;
    }
    std::normal_distribution<float> gauss;
    for (qint64 cursor = 0;;) {
        auto pending = store.chunksWithoutVector(collection, model, 1000, cursor);
        if (!pending || pending->isEmpty())
            break;
        cursor = pending->last().chunkId;
        QList<qint64> ids;
        QList<QList<float>> vs;
        for (const PendingChunk &pc : *pending) {
            ids << pc.chunkId;
            QList<float> v(dims);
            for (float &x : v)
                x = gauss(rng);
            vs << v;
        }
        if (!store.storeVectors(model, ids, vs))
            return 1;
        if (store.stats(collection)->chunks - store.countWithoutVector(collection, model).value() >= vectors)
            break;
    }
    std::vector<double> vec;
    for (int i = 0; i < std::max(1, queries / 10); ++i) {
        QList<float> q(dims);
        for (float &x : q)
            x = gauss(rng);
        QElapsedTimer t;
        t.start();
        auto hits = store.searchVectors(collection, model, q, 10);
        vec.push_back(t.nsecsElapsed() / 1e6);
        if (!hits)
            return 1;
    }
    const sb::bench::Percentiles v = sb::bench::percentiles(vec);
    const int withVectors = store.stats(collection)->chunks - store.countWithoutVector(collection, model).value();
    const double mb = QFileInfo(dir.filePath(QStringLiteral("kb.sqlite"))).size() / 1048576.0
        + QFileInfo(dir.filePath(QStringLiteral("kb.sqlite-wal"))).size() / 1048576.0;
    out() << QStringLiteral("vectors: %1 x %2 dims, exact cosine, top 10: p50 %3 ms, p95 %4 ms\n")
                 .arg(withVectors)
                 .arg(dims)
                 .arg(v.p50, 0, 'f', 1)
                 .arg(v.p95, 0, 'f', 1);
    out() << QStringLiteral("database: %1 MiB for %2 passages (%3 MiB per 1,000, vectors included)\n")
                 .arg(mb, 0, 'f', 1)
                 .arg(store.stats(collection)->chunks)
                 .arg(mb * 1000.0 / std::max(1, store.stats(collection)->chunks), 0, 'f', 2);
    return 0;
}
