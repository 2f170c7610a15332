// bench_knowledge --quality: how well retrieval finds the right passage, over a real corpus with
// golden questions (see quality.h).
#include "quality.h"

#include "common/paths.h"
#include "engine/engine.h"
#include "fakeupstream.h"
#include "knowledge/evaluation.h"
#include "knowledge/ingest.h"
#include "knowledge/retrieval.h"
#include "knowledge/store.h"
#include "storage/database.h"
#include "storage/keychainsecretstore.h"
#include "storage/secretstore.h"
#include "storage/workspace.h"

#include <QCommandLineParser>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <memory>

namespace sb::bench {

namespace {

namespace fk = sb::fakes;
using namespace sb::knowledge;

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

int fail(const QString &message)
{
    err() << "bench_knowledge: " << message << "\n";
    return 1;
}

} // namespace

void addQualityOptions(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("quality"),
                 QStringLiteral("Retrieval quality instead of speed: import the folder DIR, then score its golden questions (recall@1, "
                                "recall@5, MRR, citation correctness) for BM25, vector and hybrid search (and rerank with --rerank-model)."),
                 QStringLiteral("DIR")});
    p.addOption(
        {QStringLiteral("golden"), QStringLiteral("quality: the golden questions, JSON Lines (default: DIR.golden.jsonl)."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("embed-model"),
                 QStringLiteral("quality: embed with this model of the workspace's providers (PROVIDER/MODEL, through the router; costs "
                                "money with a paid provider). Default: the fake upstream's feature-hashed vectors."),
                 QStringLiteral("MODEL")});
    p.addOption({QStringLiteral("rerank-model"),
                 QStringLiteral("quality: also score hybrid search reranked by this chat model of the workspace's providers "
                                "(PROVIDER/MODEL, route or virtual model; one call per question, costs money with a paid provider)."),
                 QStringLiteral("MODEL")});
    p.addOption({QStringLiteral("rerank-candidates"),
                 QStringLiteral("quality: how many fused passages the rerank model orders (2-50, default: a new collection's)."),
                 QStringLiteral("N")});
    p.addOption({QStringLiteral("workspace"),
                 QStringLiteral("quality: the workspace file whose providers --embed-model and --rerank-model use (default: the app's, %1).")
                     .arg(paths::workspaceFile(paths::defaultDataDirectory())),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("fake-dims"), QStringLiteral("quality: dimensions of the fake vectors (default 384)."), QStringLiteral("N"),
                 QStringLiteral("384")});
    p.addOption(
        {QStringLiteral("chunk-tokens"), QStringLiteral("quality: passage size in tokens (default: a new collection's)."), QStringLiteral("N")});
    p.addOption(
        {QStringLiteral("overlap"), QStringLiteral("quality: tokens repeated between passages (default: a new collection's)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("k"), QStringLiteral("quality: passages per question that count for recall@k (default 10)."), QStringLiteral("K"),
                 QStringLiteral("10")});
}

int runQuality(const QCommandLineParser &p)
{
    const QString corpus = QFileInfo(p.value(QStringLiteral("quality"))).absoluteFilePath();
    if (!QFileInfo(corpus).isDir())
        return fail(QStringLiteral("%1 is not a folder").arg(corpus));
    const QString goldenPath = p.isSet(QStringLiteral("golden")) ? p.value(QStringLiteral("golden")) : corpus + QStringLiteral(".golden.jsonl");
    QFile goldenFile(goldenPath);
    if (!goldenFile.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("%1 cannot be read: %2").arg(goldenPath, goldenFile.errorString()));
    auto questions = parseGolden(goldenFile.readAll());
    if (!questions)
        return fail(goldenPath + QStringLiteral(": ") + questions.error().message);
    const int k = p.value(QStringLiteral("k")).toInt();
    if (k < 5)
        return fail(QStringLiteral("--k takes a number of at least 5"));

    const QString rerankModel = p.value(QStringLiteral("rerank-model")).trimmed();
    Collection collection;
    if (p.isSet(QStringLiteral("rerank-candidates"))) {
        collection.rerankCandidates = p.value(QStringLiteral("rerank-candidates")).toInt();
        if (collection.rerankCandidates < 2 || collection.rerankCandidates > 50)
            return fail(QStringLiteral("--rerank-candidates takes a number from 2 to 50"));
    }

    // Real models go through the user's workspace and keychain; the fake vectors through a provider
    // on 127.0.0.1 that only this process knows (its key in this process's environment).
    QString model = p.value(QStringLiteral("embed-model")).trimmed();
    QString modelText;
    std::unique_ptr<fk::FakeUpstream> fake;
    Workspace workspace;
    std::shared_ptr<SecretStore> secrets;
    if (!model.isEmpty() || !rerankModel.isEmpty()) {
        const QString path = p.isSet(QStringLiteral("workspace")) ? p.value(QStringLiteral("workspace"))
                                                                  : paths::workspaceFile(paths::defaultDataDirectory());
        auto loaded = WorkspaceFile::load(path);
        if (!loaded)
            return fail(QStringLiteral("the workspace %1 cannot be read: %2 (give another with --workspace FILE)").arg(path, loaded.error().message));
        workspace = *loaded;
        secrets = std::make_shared<KeychainSecretStore>();
        modelText = QStringLiteral("the providers of %1").arg(path);
    } else {
        workspace = WorkspaceFile::defaults();
        workspace.providers.clear();
        secrets = std::make_shared<MemorySecretStore>();
    }
    if (model.isEmpty()) {
        fake = std::make_unique<fk::FakeUpstream>(fk::Dialects(fk::Dialect::OpenAiChat));
        if (!fake->listen())
            return fail(QStringLiteral("the fake upstream cannot listen on 127.0.0.1"));
        fk::ReplyScript reply;
        reply.embeddingDimensions = p.value(QStringLiteral("fake-dims")).toInt();
        if (reply.embeddingDimensions < 1)
            return fail(QStringLiteral("--fake-dims takes a positive number"));
        fake->setReply(reply);
        qputenv("SB_BENCH_FAKE_KEY", "sk-fake");
        ProviderConfig provider;
        provider.id = QStringLiteral("bench-fake");
        provider.kind = QStringLiteral("openai");
        provider.baseUrl = fake->baseUrl().toString();
        provider.apiKey = QStringLiteral("env:SB_BENCH_FAKE_KEY");
        workspace.providers << provider;
        model = provider.id + QStringLiteral("/text-embedding-3-small");
        modelText = QStringLiteral("the fake upstream's feature-hashed word vectors, %1 dimensions (not a language model)")
                        .arg(reply.embeddingDimensions);
    }

    // A throwaway data folder: the collection, its vectors and the ledger of the embedding calls.
    QTemporaryDir dir;
    auto opened = engine::Engine::open(dir.path(), workspace, secrets);
    if (!opened)
        return fail(opened.error().message);
    engine::RouterHost host(*opened);
    const std::shared_ptr<Database> db = (*opened)->database();
    KnowledgeStore store(db);
    collection.name = QStringLiteral("quality");
    collection.embedModel = model;
    collection.rerankModel = rerankModel;
    if (p.isSet(QStringLiteral("chunk-tokens")))
        collection.chunkTokens = p.value(QStringLiteral("chunk-tokens")).toInt();
    if (p.isSet(QStringLiteral("overlap")))
        collection.chunkOverlap = p.value(QStringLiteral("overlap")).toInt();
    auto id = store.createCollection(collection);
    if (!id)
        return fail(id.error().message);
    collection.id = *id;

    qint64 bytes = 0;
    int files = 0;
    for (QDirIterator it(corpus, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
        it.next();
        bytes += it.fileInfo().size();
        ++files;
    }

    // 1. import
    QElapsedTimer clock;
    clock.start();
    int failed = 0;
    {
        Ingestor ingestor(db);
        QEventLoop loop;
        QObject::connect(&ingestor, &Ingestor::jobFinished, &loop, [&failed](const JobOutcome &o) {
            if (o.result == JobOutcome::Result::Failed) {
                ++failed;
                err() << "not imported: " << o.job.source << ": " << o.message << "\n";
            }
        });
        QObject::connect(&ingestor, &Ingestor::idle, &loop, &QEventLoop::quit);
        ingestor.add(collection.id, {corpus});
        ingestor.start();
        loop.exec();
    }
    const double importSeconds = clock.elapsed() / 1000.0;
    auto stats = store.stats(collection.id);
    if (!stats)
        return fail(stats.error().message);

    // The ceiling: questions whose phrase is in some passage of their page at all (a smaller passage
    // size may cut a phrase in two, and no ranking can find it then).
    int answerable = 0;
    {
        auto connection = db->connection();
        if (!connection)
            return fail(connection.error().message);
        QSqlQuery query(*connection);
        if (!query.exec(QStringLiteral("SELECT d.source, c.text FROM kb_chunks c JOIN kb_documents d ON d.id = c.document_id")))
            return fail(query.lastError().text());
        QList<Passage> passages;
        while (query.next()) {
            Passage passage;
            passage.source = query.value(0).toString();
            passage.text = query.value(1).toString();
            passages << passage;
        }
        for (const GoldenQuestion &q : std::as_const(*questions))
            answerable += std::any_of(passages.cbegin(), passages.cend(), [&q](const Passage &passage) { return isRelevant(passage, q); }) ? 1 : 0;
    }

    // 2. embed every passage
    clock.restart();
    bool embedded = false;
    QString embedMessage;
    double embedCost = 0;
    {
        Embedder embedder(host.router(), db);
        QEventLoop loop;
        QObject::connect(&embedder, &Embedder::progress, &loop, [&embedCost](int, int, double cost) { embedCost = cost; });
        QObject::connect(&embedder, &Embedder::finished, &loop, [&](bool ok, const QString &message) {
            embedded = ok;
            embedMessage = message;
            loop.quit();
        });
        embedder.embed(collection.id);
        if (embedder.isRunning())
            loop.exec();
    }
    const double embedSeconds = clock.elapsed() / 1000.0;
    if (!embedded)
        err() << "bench_knowledge: embedding failed (" << embedMessage << "): the vector and hybrid figures below are not the model's\n";

    // 3. every question through each mode
    auto current = store.collection(collection.id);
    if (!current)
        return fail(current.error().message);
    clock.restart();
    QList<ModeScore> scores;
    {
        Evaluator evaluator(&host.router(), db);
        QEventLoop loop;
        QObject::connect(&evaluator, &Evaluator::finished, &loop, [&](const QList<ModeScore> &s) {
            scores = s;
            loop.quit();
        });
        QList<SearchMode> modes{SearchMode::Bm25, SearchMode::Vector, SearchMode::Hybrid};
        if (!rerankModel.isEmpty())
            modes << SearchMode::Rerank;
        evaluator.run(*current, *questions, modes, k);
        if (scores.isEmpty())
            loop.exec();
    }
    const double evalSeconds = clock.elapsed() / 1000.0;

    out() << "# bench_knowledge --quality " << QDir::current().relativeFilePath(corpus) << "\n";
    out() << QStringLiteral("corpus: %1 files, %2 MB; %3 not imported; %4 passages of at most %5 tokens (%6 overlapping), %7 tokens; import %8 s\n")
                 .arg(files)
                 .arg(double(bytes) / 1048576.0, 0, 'f', 2)
                 .arg(failed)
                 .arg(stats->chunks)
                 .arg(current->chunkTokens)
                 .arg(current->chunkOverlap)
                 .arg(stats->tokens)
                 .arg(importSeconds, 0, 'f', 1);
    out() << QStringLiteral("vectors: %1 (%2): %3 s, %4\n")
                 .arg(model, modelText)
                 .arg(embedSeconds, 0, 'f', 1)
                 .arg(!embedded  ? QStringLiteral("FAILED: ") + embedMessage
                          : fake ? QStringLiteral("no cost (a fake)")
                                 : QStringLiteral("$%1").arg(embedCost, 0, 'f', 4));
    out() << QStringLiteral("golden: %1 questions from %2, %3 with their phrase in a passage of their page (the ceiling); %4 s for all modes\n")
                 .arg(questions->size())
                 .arg(QDir::current().relativeFilePath(QFileInfo(goldenPath).absoluteFilePath()))
                 .arg(answerable)
                 .arg(evalSeconds, 0, 'f', 1);
    if (!rerankModel.isEmpty())
        out() << QStringLiteral("rerank: %1, the best %2 fused passages\n").arg(rerankModel).arg(current->rerankCandidates);
    out() << QStringLiteral("| mode | recall@1 | recall@5 | recall@%1 | MRR@%1 | citation [1] right | search cost |\n|---|---|---|---|---|---|---|\n")
                 .arg(k);
    for (const ModeScore &s : std::as_const(scores)) {
        out() << QStringLiteral("| %1 | %2 | %3 | %4 | %5 |")
                     .arg(modeName(s.mode))
                     .arg(s.recallAt1, 0, 'f', 3)
                     .arg(s.recallAt5, 0, 'f', 3)
                     .arg(s.recallAtK, 0, 'f', 3)
                     .arg(s.mrr, 0, 'f', 3)
              << QStringLiteral(" %1 | $%2 |").arg(s.citationCorrect, 0, 'f', 3).arg(s.costUsd, 0, 'f', 4);
        if (!s.note.isEmpty())
            out() << " " << s.note;
        out() << "\n";
    }
    out().flush();
    return embedded ? 0 : 1;
}

} // namespace sb::bench
