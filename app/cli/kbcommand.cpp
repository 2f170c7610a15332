#include "commands.h"
#include "common/paths.h"
#include "engine/engine.h"
#include "knowledge/evaluation.h"
#include "knowledge/ingest.h"
#include "knowledge/retrieval.h"
#include "knowledge/store.h"
#include "knowledge/watcher.h"
#include "router/router.h"
#include "signals.h"
#include "storage/database.h"
#include "storage/keychainsecretstore.h"
#include "storage/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTimer>

namespace sb::cli {

using knowledge::Collection;
using knowledge::Ingestor;
using knowledge::JobOutcome;
using knowledge::KnowledgeStore;

namespace {

const char *kUsage
    = "usage: switchboard-cli kb <action> ...\n"
      "  create NAME [--embed-model PROVIDER/MODEL] [--chunk-tokens N] [--overlap N] [--include GLOB]... [--exclude GLOB]... [--ocr-language L]\n"
      "           [--rerank-model PROVIDER/MODEL] [--rerank-candidates N]\n"
      "  set NAME [--embed-model M] [--chunk-tokens N] [--overlap N] [--include GLOB]... [--exclude GLOB]... [--description T]\n"
      "           [--watch on|off] [--rerank-model M|off] [--rerank-candidates N]\n"
      "  list                      collections with their documents, passages and queue\n"
      "  add NAME PATH|URL... [--max-cost USD]   import files, folders (recursively) and http(s) pages; runs the queue,\n"
      "                            then embeds (not when the estimated cost is over --max-cost)\n"
      "  embed NAME                embed the passages that have no vector yet\n"
      "  remove NAME [PATH...]     remove documents (files or folders); no PATH: the collection\n"
      "  search NAME QUERY [--top K] [--mode hybrid|bm25|vector|rerank]   (default: hybrid, reranked when the collection\n"
      "                            has a rerank model)\n"
      "  status NAME               documents, failures with their reasons, the queue\n"
      "  watch [NAME]              import what changes in the collection's folders until Ctrl+C (no NAME: every\n"
      "                            collection set to --watch on)\n"
      "  eval NAME [--golden FILE.jsonl] [--k 10] [--rerank-model M] [--rerank-candidates N]\n"
      "                            recall@1/5/k, MRR and citation correctness of BM25, vector, hybrid and rerank search\n"
      "  reindex NAME              cut every document again (after changing the passage size)\n"
      "  resume [NAME]             run what waits in the queue (after a quit or a crash)\n"
      "  retry NAME                queue the failed imports again and run them\n"
      "  cancel NAME               drop the collection's waiting imports\n";

QString resultName(JobOutcome::Result r)
{
    switch (r) {
    case JobOutcome::Result::Imported: return QStringLiteral("imported");
    case JobOutcome::Result::Unchanged: return QStringLiteral("unchanged");
    case JobOutcome::Result::Skipped: return QStringLiteral("skipped");
    case JobOutcome::Result::Failed: return QStringLiteral("failed");
    case JobOutcome::Result::Removed: return QStringLiteral("removed");
    }
    return {};
}

QString durationText(qint64 ms)
{
    const qint64 s = (ms + 500) / 1000;
    if (s < 60)
        return QStringLiteral("%1 s").arg(s);
    if (s < 3600)
        return QStringLiteral("%1 min %2 s").arg(s / 60).arg(s % 60);
    return QStringLiteral("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
}

QString progressLine(const knowledge::Progress &p)
{
    QString line = QStringLiteral("progress: %1/%2 source(s), %3 passage(s), %4 tokens, %5")
                       .arg(p.filesDone)
                       .arg(p.filesTotal)
                       .arg(p.chunks)
                       .arg(p.tokens)
                       .arg(durationText(p.elapsedMs));
    if (p.etaMs && p.filesDone < p.filesTotal)
        line += QStringLiteral(", about %1 left").arg(durationText(*p.etaMs));
    return line;
}

// Runs the queue until it is empty, with a line per source on stderr; Ctrl+C stops after the source
// in hand (the rest stays queued for `kb resume`).
int runQueue(const std::shared_ptr<Database> &db, Io &io, bool json, const std::function<void(Ingestor &)> &queue)
{
    Ingestor ingestor(db);
    QEventLoop loop;
    int failures = 0;
    int done = 0;
    bool interrupted = false;
    QString storeError;
    QJsonArray results;
    QElapsedTimer clock;
    clock.start();
    QObject::connect(&ingestor, &Ingestor::queued, &loop, [&](qint64, int added, int removals) {
        io.err << "queued " << added << " file(s)" << (removals ? QStringLiteral(" and %1 removal(s)").arg(removals) : QString()) << "\n";
        io.err.flush();
    });
    QObject::connect(&ingestor, &Ingestor::jobFinished, &loop, [&](const JobOutcome &o) {
        ++done;
        if (o.result == JobOutcome::Result::Failed)
            ++failures;
        QString line = QStringLiteral("%1 %2").arg(resultName(o.result).leftJustified(9), QDir::toNativeSeparators(o.job.source));
        if (o.result == JobOutcome::Result::Imported)
            line += QStringLiteral(" (%1 passage(s), %2 tokens)").arg(o.chunks).arg(o.tokens);
        if (!o.message.isEmpty())
            line += QStringLiteral(": ") + o.message;
        io.err << line << "\n";
        io.err.flush();
        if (json)
            results.append(QJsonObject{{QStringLiteral("source"), o.job.source},
                                       {QStringLiteral("result"), resultName(o.result)},
                                       {QStringLiteral("passages"), o.chunks},
                                       {QStringLiteral("tokens"), o.tokens},
                                       {QStringLiteral("message"), o.message}});
    });
    // a line per second at most (and the last one): a large import is followed, not flooded
    QElapsedTimer sinceLine;
    std::optional<knowledge::Progress> unshown;
    QObject::connect(&ingestor, &Ingestor::progress, &loop, [&](const knowledge::Progress &progress) {
        unshown = progress;
        if (sinceLine.isValid() && sinceLine.elapsed() < 1000)
            return;
        sinceLine.start();
        io.err << progressLine(progress) << "\n";
        io.err.flush();
        unshown.reset();
    });
    QObject::connect(&ingestor, &Ingestor::storeError, &loop, [&](const QString &message) { storeError = message; });
    QObject::connect(&ingestor, &Ingestor::idle, &loop, &QEventLoop::quit);
    onTerminationSignal(&loop, [&](int) {
        interrupted = true;
        io.err << "stopping after the file in hand; the rest stays queued ('switchboard-cli kb resume')\n";
        io.err.flush();
        loop.quit();
    });
    queue(ingestor);
    ingestor.start();
    loop.exec();
    if (unshown)
        io.err << progressLine(*unshown) << "\n";
    if (json)
        io.out << QString::fromUtf8(QJsonDocument(results).toJson(QJsonDocument::Compact)) << "\n";
    io.err << done << " source(s) in " << QString::number(clock.elapsed() / 1000.0, 'f', 1) << " s";
    if (failures)
        io.err << ", " << failures << " failed (see 'switchboard-cli kb status')";
    io.err << "\n";
    if (!storeError.isEmpty()) {
        io.err << "switchboard-cli: the knowledge base could not be written: " << storeError << "\n";
        return Failed;
    }
    return interrupted ? Failed : Ok;
}

// The router, for embedding: the workspace's providers, with the keychain.
struct Routing {
    std::shared_ptr<engine::Engine> engine;
    std::unique_ptr<engine::RouterHost> host;
};

Expected<Routing> openRouting(const QCommandLineParser &p)
{
    const DataPaths paths = dataPaths(p);
    auto ws = WorkspaceFile::load(paths.workspaceFile);
    if (!ws)
        return ws.error();
    auto engine = engine::Engine::open(paths.dataDir, *ws, std::make_shared<KeychainSecretStore>());
    if (!engine)
        return engine.error();
    Routing r;
    r.engine = *engine;
    r.host = std::make_unique<engine::RouterHost>(r.engine);
    return r;
}

// What embedding `tokens` with `model` costs by the catalog's input price; nullopt when the model has
// no price (a route, a local model, an unknown one).
std::optional<double> embeddingCost(Routing &routing, const QString &model, qint64 tokens)
{
    const qsizetype slash = model.indexOf(QLatin1Char('/'));
    if (slash <= 0)
        return std::nullopt;
    auto info = routing.host->router().modelInfo(router::Target{model.left(slash), model.mid(slash + 1), 1, 0});
    if (!info)
        return std::nullopt;
    return double(tokens) * info->prices.input / 1e6;
}

// Embeds what has no vector yet, with progress on stderr; Ctrl+C stops (what was embedded stays).
// maxCost: the embedding does not start when its estimated cost is higher.
int runEmbed(Routing &routing, const Collection &c, Io &io, std::optional<double> maxCost = std::nullopt)
{
    knowledge::Embedder embedder(routing.host->router(), routing.engine->database());
    QEventLoop loop;
    bool ok = false;
    const QString model = c.embedModelNext.isEmpty() ? c.embedModel : c.embedModelNext;
    // what it will cost, from the catalog's price, before it starts
    QString estimate;
    if (auto tokens = KnowledgeStore(routing.engine->database()).tokensWithoutVector(c.id, model); tokens && *tokens > 0) {
        estimate = QStringLiteral(", about %1 tokens").arg(*tokens);
        const std::optional<double> cost = embeddingCost(routing, model, *tokens);
        if (cost)
            estimate += QStringLiteral(", estimated %1").arg(money(*cost));
        if (maxCost && cost && *cost > *maxCost) {
            io.err << "switchboard-cli: not embedding: " << *tokens << " tokens with " << model << " are estimated at " << money(*cost)
                   << ", over --max-cost " << money(*maxCost) << "; the passages are searched by BM25 until 'switchboard-cli kb embed " << c.name
                   << "'\n";
            return Failed;
        }
    }
    QElapsedTimer clock;
    QObject::connect(&embedder, &knowledge::Embedder::progress, &loop, [&](int done, int total, double cost) {
        if (done == 0) {
            clock.start();
            io.err << "embedding " << total << " passage(s) with " << model << estimate << "\n";
            return;
        }
        io.err << "embedded " << done << "/" << total << " passage(s), " << money(cost);
        if (auto eta = knowledge::remainingMs(done, total, clock.elapsed()); eta && done < total)
            io.err << ", about " << durationText(*eta) << " left";
        io.err << "\n";
        io.err.flush();
    });
    QObject::connect(&embedder, &knowledge::Embedder::waiting, &loop, [&](int delayMs, int attempt, const QString &reason) {
        io.err << reason << ": waiting " << durationText(delayMs) << " before sending the batch again (" << attempt << "/"
               << knowledge::Embedder::kMaxRateLimitWaits << ")\n";
        io.err.flush();
    });
    QObject::connect(&embedder, &knowledge::Embedder::finished, &loop, [&](bool success, const QString &message) {
        ok = success;
        if (!message.isEmpty())
            io.err << (success ? "" : "switchboard-cli: embedding stopped: ") << message << "\n";
        loop.quit();
    });
    onTerminationSignal(&loop, [&](int) { embedder.cancel(); });
    embedder.embed(c.id);
    if (embedder.isRunning())
        loop.exec();
    return ok ? Ok : Failed;
}

int runEmbed(const QCommandLineParser &p, const Collection &c, Io &io, std::optional<double> maxCost = std::nullopt)
{
    auto routing = openRouting(p);
    if (!routing) {
        io.err << "switchboard-cli: cannot embed: " << routing.error().message << "\n";
        return Failed;
    }
    return runEmbed(*routing, c, io, maxCost);
}

// Before an import: what it will read and, with an embedding model, what embedding it will cost by
// the catalog's price (the exact figure follows the import, before the embedding starts).
void printPlan(const QCommandLineParser &p, KnowledgeStore &store, const Collection &c, const QStringList &paths, Io &io)
{
    auto plan = Ingestor::plan(store, c.id, paths);
    if (!plan)
        return; // the import says what is wrong
    QString line = QStringLiteral("to read: %1 source(s), %2 MB").arg(plan->files).arg(double(plan->bytes) / 1048576.0, 0, 'f', 1);
    if (plan->unchanged)
        line += QStringLiteral(" (%1 unchanged)").arg(plan->unchanged);
    const QString model = c.embedModelNext.isEmpty() ? c.embedModel : c.embedModelNext;
    if (model.isEmpty()) {
        io.err << line << "; no embedding model: searched by BM25\n";
        return;
    }
    line += QStringLiteral("; about %1 tokens to embed with %2").arg(plan->estimatedTokens).arg(model);
    if (auto routing = openRouting(p)) {
        if (auto cost = embeddingCost(*routing, model, plan->estimatedTokens))
            line += QStringLiteral(", estimated %1").arg(money(*cost));
        else
            line += QStringLiteral(" (no price in the catalog)");
    }
    if (plan->unestimated)
        line += QStringLiteral(", plus %1 document(s) or page(s) counted once read").arg(plan->unestimated);
    io.err << line << "\n";
    io.err.flush();
}

// Watches collections' folders until Ctrl+C: what changes is imported (a line per source on stderr)
// and, in collections with an embedding model, embedded.
int runWatch(const QCommandLineParser &p, const std::shared_ptr<Database> &db, const QList<Collection> &collections, Io &io)
{
    KnowledgeStore store(db);
    std::optional<Routing> routing;
    for (const Collection &c : collections) {
        if (!routing && !(c.embedModel.isEmpty() && c.embedModelNext.isEmpty())) {
            auto started = openRouting(p);
            if (!started) {
                io.err << "switchboard-cli: cannot embed: " << started.error().message << "\n";
                return Failed;
            }
            routing = std::move(*started);
        }
    }
    Ingestor ingestor(db);
    knowledge::FolderWatcher watcher(ingestor);
    QEventLoop loop;
    QSet<qint64> changed; // collections with imports since their last embedding
    std::unique_ptr<knowledge::Embedder> embedder;
    QList<qint64> toEmbed;
    std::function<void()> embedNext = [&] {
        if (!routing || (embedder && embedder->isRunning()) || toEmbed.isEmpty())
            return;
        auto c = store.collection(toEmbed.takeFirst());
        if (!c || (c->embedModel.isEmpty() && c->embedModelNext.isEmpty())) {
            embedNext();
            return;
        }
        embedder = std::make_unique<knowledge::Embedder>(routing->host->router(), db);
        QObject::connect(embedder.get(), &knowledge::Embedder::waiting, &loop, [&io](int delayMs, int, const QString &reason) {
            io.err << reason << ": waiting " << durationText(delayMs) << "\n";
            io.err.flush();
        });
        QObject::connect(embedder.get(), &knowledge::Embedder::finished, &loop, [&io, &embedNext, name = c->name](bool ok, const QString &message) {
            if (!ok)
                io.err << "switchboard-cli: embedding " << name << " stopped: " << message << "\n";
            io.err.flush();
            QTimer::singleShot(0, embedNext);
        });
        embedder->embed(c->id);
    };
    QObject::connect(&ingestor, &Ingestor::jobFinished, &loop, [&](const JobOutcome &o) {
        if (o.result == JobOutcome::Result::Unchanged)
            return;
        changed.insert(o.job.collectionId);
        QString line = QStringLiteral("%1 %2").arg(resultName(o.result).leftJustified(9), QDir::toNativeSeparators(o.job.source));
        if (!o.message.isEmpty())
            line += QStringLiteral(": ") + o.message;
        io.err << line << "\n";
        io.err.flush();
    });
    QObject::connect(&ingestor, &Ingestor::idle, &loop, [&] {
        for (qint64 id : std::as_const(changed)) {
            if (!toEmbed.contains(id))
                toEmbed << id;
        }
        changed.clear();
        embedNext();
    });
    QObject::connect(&ingestor, &Ingestor::storeError, &loop,
                     [&](const QString &message) { io.err << "switchboard-cli: the knowledge base could not be written: " << message << "\n"; });
    for (const Collection &c : collections) {
        auto folders = store.folders(c.id);
        if (!folders) {
            io.err << "switchboard-cli: " << folders.error().message << "\n";
            return Failed;
        }
        if (folders->isEmpty()) {
            io.err << c.name << ": no folder imported yet; 'switchboard-cli kb add " << c.name << " FOLDER' first\n";
            continue;
        }
        io.err << "watching " << c.name << ": " << QDir::toNativeSeparators(folders->join(QStringLiteral(", "))) << "\n";
        watcher.watch(c.id, *folders);
    }
    io.err << "Ctrl+C stops\n";
    io.err.flush();
    onTerminationSignal(&loop, [&](int) {
        if (embedder)
            embedder->cancel();
        loop.quit();
    });
    loop.exec();
    return Ok;
}

QString rerankText(const Collection &c)
{
    if (c.rerankModel.isEmpty())
        return {};
    return QStringLiteral(", the best %1 reranked by %2").arg(c.rerankCandidates).arg(c.rerankModel);
}

QString searchText(const Collection &c)
{
    if (c.embedModel.isEmpty())
        return QStringLiteral("search by BM25") + rerankText(c);
    QString text = QStringLiteral("search by BM25 and %1 vectors").arg(c.embedModel);
    if (!c.embedModelNext.isEmpty())
        text += QStringLiteral(" (changing to %1)").arg(c.embedModelNext);
    return text + rerankText(c);
}

QString stateText(const knowledge::CollectionStats &s)
{
    QString text = QStringLiteral("%1 document(s), %2 passage(s), %3 tokens").arg(s.documents).arg(s.chunks).arg(s.tokens);
    if (s.failed)
        text += QStringLiteral(", %1 not imported").arg(s.failed);
    if (s.queued)
        text += QStringLiteral(", %1 queued").arg(s.queued);
    if (s.paused)
        text += QStringLiteral(", %1 paused").arg(s.paused);
    if (s.failedJobs)
        text += QStringLiteral(", %1 failed import(s)").arg(s.failedJobs);
    return text;
}

} // namespace

int kbCommand(const QStringList &args, Io &io)
{
    QCommandLineParser p;
    addDataOptions(p);
    p.addPositionalArgument(QStringLiteral("action"),
                            QStringLiteral("create, set, list, add, embed, remove, search, status, watch, eval, reindex, resume, retry or cancel."));
    p.addOption({QStringLiteral("chunk-tokens"), QStringLiteral("create: passage size in tokens (50-8000, default 400)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("overlap"), QStringLiteral("create: tokens repeated between passages (default 60)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("include"), QStringLiteral("create: only files matching GLOB in folders (repeatable)."), QStringLiteral("GLOB")});
    p.addOption({QStringLiteral("exclude"), QStringLiteral("create: leave out files matching GLOB (repeatable)."), QStringLiteral("GLOB")});
    p.addOption({QStringLiteral("description"), QStringLiteral("create: what the collection holds."), QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("top"), QStringLiteral("search: passages to show (default 5)."), QStringLiteral("K")});
    p.addOption(
        {QStringLiteral("embed-model"), QStringLiteral("create, set: the embedding model (PROVIDER/MODEL or a route)."), QStringLiteral("MODEL")});
    p.addOption({QStringLiteral("mode"),
                 QStringLiteral("search: hybrid (default; reranked when the collection has a rerank model), bm25, vector or rerank."),
                 QStringLiteral("MODE")});
    p.addOption({QStringLiteral("rerank-model"),
                 QStringLiteral("create, set, eval: the chat model (PROVIDER/MODEL, a route or a virtual model) that reorders the best passages; "
                                "off: none."),
                 QStringLiteral("MODEL")});
    p.addOption({QStringLiteral("rerank-candidates"),
                 QStringLiteral("create, set, eval: how many of the best passages it reorders (2-50, default 20)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("ocr-language"),
                 QStringLiteral("create, set: the language of scanned pages and images (Tesseract's codes: deu, eng+fra)."), QStringLiteral("LANG")});
    p.addOption({QStringLiteral("golden"), QStringLiteral("eval: golden questions (JSON Lines) to store for the collection and use."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("k"), QStringLiteral("eval: passages per question that count (default 10)."), QStringLiteral("K")});
    p.addOption({QStringLiteral("max-cost"),
                 QStringLiteral("add, reindex, retry: embed only when the estimated cost is at most USD (the import itself always runs)."),
                 QStringLiteral("USD")});
    p.addOption({QStringLiteral("watch"), QStringLiteral("create, set: watch the collection's folders (on or off)."), QStringLiteral("on|off")});
    p.addOption({QStringLiteral("json"), QStringLiteral("Print JSON on stdout (scripts).")});
    if (int rc = parseCommand(p, QStringLiteral("kb"), args, io); rc >= 0)
        return rc;
    const QStringList pos = p.positionalArguments();
    if (pos.isEmpty()) {
        io.err << kUsage;
        return Usage;
    }
    const QString action = pos.first();
    const bool json = p.isSet(QStringLiteral("json"));
    auto needs = [&](qsizetype n, bool more) {
        if (pos.size() < n + 1 || (!more && pos.size() > n + 1)) {
            io.err << "switchboard-cli kb " << action << ": wrong arguments\n" << kUsage;
            return false;
        }
        return true;
    };
    static const QStringList actions{QStringLiteral("create"),  QStringLiteral("set"),    QStringLiteral("list"),   QStringLiteral("add"),
                                     QStringLiteral("embed"),   QStringLiteral("remove"), QStringLiteral("search"), QStringLiteral("status"),
                                     QStringLiteral("reindex"), QStringLiteral("resume"), QStringLiteral("retry"),  QStringLiteral("cancel"),
                                     QStringLiteral("eval"),    QStringLiteral("watch")};
    if (!actions.contains(action)) {
        io.err << "switchboard-cli kb: unknown action '" << action << "'\n" << kUsage;
        return Usage;
    }
    std::optional<double> maxCost;
    if (p.isSet(QStringLiteral("max-cost"))) {
        bool ok = false;
        maxCost = p.value(QStringLiteral("max-cost")).toDouble(&ok);
        if (!ok || *maxCost < 0) {
            io.err << "switchboard-cli kb: --max-cost takes an amount in dollars, like 0.50\n";
            return Usage;
        }
    }
    std::optional<bool> watchSetting;
    if (p.isSet(QStringLiteral("watch"))) {
        const QString v = p.value(QStringLiteral("watch")).toLower();
        if (v != QLatin1String("on") && v != QLatin1String("off")) {
            io.err << "switchboard-cli kb: --watch takes on or off\n";
            return Usage;
        }
        watchSetting = v == QLatin1String("on");
    }
    // --rerank-model off (or none, or nothing): no rerank
    std::optional<QString> rerankModel;
    if (p.isSet(QStringLiteral("rerank-model"))) {
        rerankModel = p.value(QStringLiteral("rerank-model")).trimmed();
        if (rerankModel->compare(QLatin1String("off"), Qt::CaseInsensitive) == 0
            || rerankModel->compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
            rerankModel = QString();
    }
    std::optional<int> rerankCandidates;
    if (p.isSet(QStringLiteral("rerank-candidates"))) {
        bool ok = false;
        rerankCandidates = p.value(QStringLiteral("rerank-candidates")).toInt(&ok);
        if (!ok || *rerankCandidates < 2 || *rerankCandidates > 50) {
            io.err << "switchboard-cli kb: --rerank-candidates takes a number from 2 to 50\n";
            return Usage;
        }
    }
    auto applyRerank = [&](Collection &c) {
        if (rerankModel)
            c.rerankModel = *rerankModel;
        if (rerankCandidates)
            c.rerankCandidates = *rerankCandidates;
    };
    auto opened = Database::open(paths::databaseFile(dataPaths(p).dataDir));
    if (!opened) {
        io.err << "switchboard-cli: " << opened.error().message << "\n";
        return Failed;
    }
    const std::shared_ptr<Database> db = *opened;
    KnowledgeStore store(db);
    auto fail = [&io](const Error &e) {
        io.err << "switchboard-cli: " << e.message << "\n";
        return e.kind == Error::Kind::Validation ? int(Usage) : int(Failed);
    };
    auto named = [&](const QString &name) { return store.collection(name); };

    if (action == QLatin1String("create")) {
        if (!needs(1, false))
            return Usage;
        Collection c;
        c.name = pos.at(1);
        c.description = p.value(QStringLiteral("description"));
        bool ok = true;
        if (p.isSet(QStringLiteral("chunk-tokens")))
            c.chunkTokens = p.value(QStringLiteral("chunk-tokens")).toInt(&ok);
        if (ok && p.isSet(QStringLiteral("overlap")))
            c.chunkOverlap = p.value(QStringLiteral("overlap")).toInt(&ok);
        if (!ok) {
            io.err << "switchboard-cli kb create: --chunk-tokens and --overlap take whole numbers\n";
            return Usage;
        }
        c.include = p.values(QStringLiteral("include"));
        c.exclude = p.values(QStringLiteral("exclude"));
        c.embedModel = p.value(QStringLiteral("embed-model")).trimmed();
        c.watch = watchSetting.value_or(false);
        applyRerank(c);
        if (p.isSet(QStringLiteral("ocr-language")))
            c.ocrLanguage = p.value(QStringLiteral("ocr-language")).trimmed();
        auto id = store.createCollection(c);
        if (!id)
            return fail(id.error());
        io.out << "created collection \"" << c.name.trimmed() << "\" (passages of " << c.chunkTokens << " tokens, " << c.chunkOverlap
               << " overlapping; " << searchText(c) << ")\n";
        return Ok;
    }
    if (action == QLatin1String("list")) {
        auto all = store.collections();
        if (!all)
            return fail(all.error());
        QJsonArray out;
        for (const Collection &c : *all) {
            auto s = store.stats(c.id);
            if (!s)
                return fail(s.error());
            if (json)
                out.append(QJsonObject{{QStringLiteral("name"), c.name},
                                       {QStringLiteral("documents"), s->documents},
                                       {QStringLiteral("passages"), s->chunks},
                                       {QStringLiteral("tokens"), double(s->tokens)},
                                       {QStringLiteral("notImported"), s->failed},
                                       {QStringLiteral("queued"), s->queued}});
            else
                io.out << c.name.leftJustified(24) << ' ' << stateText(*s) << "\n";
        }
        if (json)
            io.out << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact)) << "\n";
        else if (all->isEmpty())
            io.out << "no collections yet; create one with 'switchboard-cli kb create NAME'\n";
        return Ok;
    }
    if (action == QLatin1String("resume")) {
        if (!needs(0, true))
            return Usage;
        qint64 id = 0;
        if (pos.size() > 1) {
            auto c = named(pos.at(1));
            if (!c)
                return fail(c.error());
            id = c->id;
        }
        return runQueue(db, io, json, [id](Ingestor &i) { i.resume(id); });
    }
    if (action == QLatin1String("watch")) {
        if (!needs(0, true))
            return Usage;
        QList<Collection> watched;
        if (pos.size() > 1) {
            for (const QString &name : pos.mid(1)) {
                auto c = named(name);
                if (!c)
                    return fail(c.error());
                watched << *c;
            }
        } else {
            auto all = store.collections();
            if (!all)
                return fail(all.error());
            for (const Collection &c : *all) {
                if (c.watch)
                    watched << c;
            }
            if (watched.isEmpty()) {
                io.err << "switchboard-cli kb watch: no collection is set to be watched; name one, or 'switchboard-cli kb set NAME --watch on'\n";
                return Usage;
            }
        }
        return runWatch(p, db, watched, io);
    }
    if (!needs(1, true))
        return Usage;
    auto c = named(pos.at(1));
    if (!c)
        return fail(c.error());
    const QStringList rest = pos.mid(2);

    // after an import, the new passages get their vectors (when the collection has a model)
    auto thenEmbed = [&](int rc) {
        auto now = store.collection(c->id);
        if (rc != Ok || !now || (now->embedModel.isEmpty() && now->embedModelNext.isEmpty()))
            return rc;
        return runEmbed(p, *now, io, maxCost);
    };
    if (action == QLatin1String("add")) {
        if (rest.isEmpty()) {
            io.err << "switchboard-cli kb add: name the files or folders to import\n";
            return Usage;
        }
        printPlan(p, store, *c, rest, io);
        return thenEmbed(runQueue(db, io, json, [&](Ingestor &i) { i.add(c->id, rest); }));
    }
    if (action == QLatin1String("embed"))
        return runEmbed(p, *c, io);
    if (action == QLatin1String("set")) {
        Collection changed = *c;
        bool ok = true;
        if (p.isSet(QStringLiteral("chunk-tokens")))
            changed.chunkTokens = p.value(QStringLiteral("chunk-tokens")).toInt(&ok);
        if (ok && p.isSet(QStringLiteral("overlap")))
            changed.chunkOverlap = p.value(QStringLiteral("overlap")).toInt(&ok);
        if (!ok) { // the ranges are the store's to check, as for create
            io.err << "switchboard-cli kb set: --chunk-tokens and --overlap take whole numbers\n";
            return Usage;
        }
        if (p.isSet(QStringLiteral("include")))
            changed.include = p.values(QStringLiteral("include"));
        if (p.isSet(QStringLiteral("exclude")))
            changed.exclude = p.values(QStringLiteral("exclude"));
        if (p.isSet(QStringLiteral("description")))
            changed.description = p.value(QStringLiteral("description"));
        if (p.isSet(QStringLiteral("ocr-language")))
            changed.ocrLanguage = p.value(QStringLiteral("ocr-language")).trimmed();
        if (watchSetting)
            changed.watch = *watchSetting;
        applyRerank(changed);
        if (p.isSet(QStringLiteral("embed-model"))) {
            const QString model = p.value(QStringLiteral("embed-model")).trimmed();
            auto s = store.stats(c->id);
            if (!s)
                return fail(s.error());
            // a collection with vectors keeps answering with them until the new model has embedded everything
            if (model.isEmpty() || c->embedModel.isEmpty() || s->vectors == 0) {
                changed.embedModel = model;
                changed.embedModelNext.clear();
            } else {
                changed.embedModelNext = model == c->embedModel ? QString() : model;
            }
        }
        if (auto updated = store.updateCollection(changed); !updated)
            return fail(updated.error());
        io.out << c->name << ": passages of " << changed.chunkTokens << " tokens, " << changed.chunkOverlap << " overlapping; " << searchText(changed)
               << "\n";
        if (changed.chunkTokens != c->chunkTokens || changed.chunkOverlap != c->chunkOverlap)
            io.out << "existing documents keep their passages until 'switchboard-cli kb reindex " << c->name << "'\n";
        if (changed.embedModel != c->embedModel || changed.embedModelNext != c->embedModelNext)
            io.out << "'switchboard-cli kb embed " << c->name << "' embeds the passages with the new model\n";
        if (changed.watch != c->watch)
            io.out << (changed.watch ? "its folders are watched while 'switchboard-cli kb watch' runs\n" : "its folders are not watched\n");
        return Ok;
    }
    if (action == QLatin1String("remove")) {
        if (rest.isEmpty()) {
            if (auto ok = store.removeCollection(c->id); !ok)
                return fail(ok.error());
            io.out << "removed collection \"" << c->name << "\"\n";
            return Ok;
        }
        return runQueue(db, io, json, [&](Ingestor &i) { i.remove(c->id, rest); });
    }
    if (action == QLatin1String("reindex"))
        return thenEmbed(runQueue(db, io, json, [&](Ingestor &i) { i.reindex(c->id); }));
    if (action == QLatin1String("retry"))
        return thenEmbed(runQueue(db, io, json, [&](Ingestor &i) { i.retryFailed(c->id); }));
    if (action == QLatin1String("cancel")) {
        auto n = store.moveJobs(c->id, {knowledge::Job::State::Queued, knowledge::Job::State::Paused}, knowledge::Job::State::Cancelled);
        if (!n)
            return fail(n.error());
        io.out << "cancelled " << *n << " waiting import(s)\n";
        return Ok;
    }
    if (action == QLatin1String("eval")) {
        bool ok = true;
        const int k = p.isSet(QStringLiteral("k")) ? p.value(QStringLiteral("k")).toInt(&ok) : 10;
        if (!ok || k < 5) {
            io.err << "switchboard-cli kb eval: --k takes a number of at least 5\n";
            return Usage;
        }
        if (p.isSet(QStringLiteral("golden"))) {
            QFile f(p.value(QStringLiteral("golden")));
            if (!f.open(QIODevice::ReadOnly))
                return fail(Error::make(Error::Kind::Io, QStringLiteral("%1 cannot be read: %2").arg(f.fileName(), f.errorString())));
            auto parsed = knowledge::parseGolden(f.readAll());
            if (!parsed)
                return fail(Error::make(parsed.error().kind, QStringLiteral("%1: %2").arg(f.fileName(), parsed.error().message)));
            if (auto stored = store.setGolden(c->id, *parsed); !stored)
                return fail(stored.error());
        }
        auto questions = store.golden(c->id);
        if (!questions)
            return fail(questions.error());
        if (questions->isEmpty()) {
            io.err << "switchboard-cli kb eval: the collection has no golden questions yet; give them with --golden FILE.jsonl\n"
                      "  (one a line: {\"question\": \"...\", \"sources\": [\"refunds.md\"], \"phrase\": \"thirty days\"})\n";
            return Usage;
        }
        // --rerank-model and --rerank-candidates try a rerank setting without changing the collection
        Collection evaluated = *c;
        applyRerank(evaluated);
        QList<knowledge::SearchMode> modes{knowledge::SearchMode::Bm25};
        if (!evaluated.embedModel.isEmpty())
            modes << knowledge::SearchMode::Vector << knowledge::SearchMode::Hybrid;
        if (!evaluated.rerankModel.isEmpty())
            modes << knowledge::SearchMode::Rerank;
        std::optional<Routing> routing;
        if (modes.size() > 1) {
            auto started = openRouting(p);
            if (!started)
                return fail(started.error());
            routing = std::move(*started);
        }
        knowledge::Evaluator evaluator(routing ? &routing->host->router() : nullptr, db);
        QEventLoop loop;
        QList<knowledge::ModeScore> scores;
        QObject::connect(&evaluator, &knowledge::Evaluator::finished, &loop, [&](const QList<knowledge::ModeScore> &s) {
            scores = s;
            loop.quit();
        });
        evaluator.run(evaluated, *questions, modes, k);
        if (scores.isEmpty())
            loop.exec();
        QJsonArray out;
        if (!json)
            io.out << c->name << ": " << questions->size() << " golden question(s), top " << k << rerankText(evaluated) << "\n"
                   << QStringLiteral("MODE").leftJustified(8) << QStringLiteral("RECALL@1").rightJustified(9)
                   << QStringLiteral("RECALL@5").rightJustified(9) << QStringLiteral("RECALL@%1").arg(k).rightJustified(10)
                   << QStringLiteral("MRR").rightJustified(7) << QStringLiteral("CITED[1]").rightJustified(9) << "\n";
        double cost = 0;
        for (const knowledge::ModeScore &s : std::as_const(scores)) {
            cost += s.costUsd;
            if (json) {
                out.append(QJsonObject{{QStringLiteral("mode"), knowledge::modeName(s.mode)},
                                       {QStringLiteral("questions"), s.questions},
                                       {QStringLiteral("recallAt1"), s.recallAt1},
                                       {QStringLiteral("recallAt5"), s.recallAt5},
                                       {QStringLiteral("recallAtK"), s.recallAtK},
                                       {QStringLiteral("mrr"), s.mrr},
                                       {QStringLiteral("citationCorrect"), s.citationCorrect},
                                       {QStringLiteral("costUsd"), s.costUsd},
                                       {QStringLiteral("note"), s.note}});
                continue;
            }
            io.out << knowledge::modeName(s.mode).leftJustified(8) << QString::number(s.recallAt1, 'f', 3).rightJustified(9)
                   << QString::number(s.recallAt5, 'f', 3).rightJustified(9) << QString::number(s.recallAtK, 'f', 3).rightJustified(10)
                   << QString::number(s.mrr, 'f', 3).rightJustified(7) << QString::number(s.citationCorrect, 'f', 3).rightJustified(9)
                   << (s.note.isEmpty() ? QString() : QStringLiteral("  (") + s.note + QLatin1Char(')')) << "\n";
        }
        if (json) {
            io.out << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact)) << "\n";
        } else {
            io.out << "CITED[1]: questions whose source [1] in a model's context is a right passage";
            if (cost > 0)
                io.out << "; the searches' model calls cost " << money(cost);
            io.out << "\n";
        }
        return Ok;
    }
    if (action == QLatin1String("search")) {
        if (rest.isEmpty()) {
            io.err << "switchboard-cli kb search: give a query\n";
            return Usage;
        }
        bool ok = true;
        const int top = p.isSet(QStringLiteral("top")) ? p.value(QStringLiteral("top")).toInt(&ok) : 5;
        if (!ok || top < 1) {
            io.err << "switchboard-cli kb search: --top takes a number of at least 1\n";
            return Usage;
        }
        knowledge::SearchOptions options;
        options.topK = top;
        if (p.isSet(QStringLiteral("mode"))) {
            const auto mode = knowledge::modeFromName(p.value(QStringLiteral("mode")));
            if (!mode) {
                io.err << "switchboard-cli kb search: --mode takes hybrid, bm25, vector or rerank\n";
                return Usage;
            }
            options.mode = *mode;
        } else {
            options.rerankIfSet = true; // the collection's own ranking: what a model is given
        }
        // the router embeds the query when the collection has vectors to match, and reranks
        const bool reranks = options.mode == knowledge::SearchMode::Rerank || (options.rerankIfSet && !c->rerankModel.isEmpty());
        std::optional<Routing> routing;
        if ((options.mode != knowledge::SearchMode::Bm25 && !c->embedModel.isEmpty()) || (reranks && !c->rerankModel.isEmpty())) {
            auto started = openRouting(p);
            if (!started)
                return fail(started.error());
            routing = std::move(*started);
        }
        knowledge::Retriever retriever(routing ? &routing->host->router() : nullptr, db);
        std::optional<Expected<knowledge::SearchResult>> answer;
        QEventLoop loop;
        retriever.search(*c, rest.join(QLatin1Char(' ')), options, [&](Expected<knowledge::SearchResult> r) {
            answer = std::move(r);
            loop.quit();
        });
        if (!answer)
            loop.exec();
        if (!*answer)
            return fail(answer->error());
        const knowledge::SearchResult &found = **answer;
        if (!found.note.isEmpty())
            io.err << found.note << "\n";
        QJsonArray out;
        int n = 0;
        for (const knowledge::Passage &hit : found.passages) {
            ++n;
            if (json) {
                QJsonObject o{{QStringLiteral("source"), hit.source},
                              {QStringLiteral("heading"), hit.heading},
                              {QStringLiteral("page"), hit.page},
                              {QStringLiteral("start"), double(hit.start)},
                              {QStringLiteral("end"), double(hit.end)},
                              {QStringLiteral("bm25"), hit.score},
                              {QStringLiteral("similarity"), hit.similarity},
                              {QStringLiteral("fused"), hit.fused},
                              {QStringLiteral("fusedRank"), hit.fusedRank},
                              {QStringLiteral("text"), hit.text}};
                if (found.used == knowledge::SearchMode::Rerank)
                    o.insert(QStringLiteral("rerankRank"), hit.rerankRank);
                out.append(o);
                continue;
            }
            io.out << "[" << n << "] " << QDir::toNativeSeparators(hit.source);
            if (hit.page > 0)
                io.out << ", page " << hit.page;
            if (!hit.heading.isEmpty())
                io.out << " — " << hit.heading;
            QStringList scores;
            if (hit.score > 0)
                scores << QStringLiteral("bm25 %1").arg(hit.score, 0, 'f', 2);
            if (hit.similarity != 0)
                scores << QStringLiteral("cosine %1").arg(hit.similarity, 0, 'f', 3);
            if (found.used == knowledge::SearchMode::Hybrid || found.used == knowledge::SearchMode::Rerank)
                scores << QStringLiteral("fused %1").arg(hit.fused, 0, 'f', 4);
            if (found.used == knowledge::SearchMode::Rerank)
                scores << (hit.rerankRank > 0 ? QStringLiteral("reranked from %1").arg(hit.fusedRank) : QStringLiteral("not ranked by the model"));
            io.out << "  (" << scores.join(QStringLiteral(", ")) << ")\n";
            QString text = hit.text.simplified();
            if (text.size() > 400)
                text = text.left(399) + QStringLiteral("…");
            io.out << "    " << text << "\n";
        }
        if (json)
            io.out << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact)) << "\n";
        else if (n == 0)
            io.out << "no passage matches\n";
        return Ok;
    }
    // status
    auto s = store.stats(c->id);
    if (!s)
        return fail(s.error());
    auto docs = store.documents(c->id);
    if (!docs)
        return fail(docs.error());
    if (json) {
        QJsonArray documents;
        for (const knowledge::Document &d : *docs)
            documents.append(QJsonObject{{QStringLiteral("source"), d.source},
                                         {QStringLiteral("kind"), d.kind},
                                         {QStringLiteral("status"), knowledge::statusName(d.status)},
                                         {QStringLiteral("error"), d.error},
                                         {QStringLiteral("passages"), d.chunks},
                                         {QStringLiteral("tokens"), d.tokens}});
        io.out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("name"), c->name},
                                                              {QStringLiteral("queued"), s->queued},
                                                              {QStringLiteral("paused"), s->paused},
                                                              {QStringLiteral("failedImports"), s->failedJobs},
                                                              {QStringLiteral("documents"), documents}})
                                        .toJson(QJsonDocument::Compact))
               << "\n";
        return Ok;
    }
    io.out << c->name << ": " << stateText(*s) << "\n";
    io.out << "passages of " << c->chunkTokens << " tokens, " << c->chunkOverlap << " overlapping; " << searchText(*c);
    if (!c->embedModel.isEmpty())
        io.out << "; " << s->vectors << " of " << s->chunks << " passage(s) embedded";
    io.out << "\n";
    for (const knowledge::Document &d : *docs) {
        if (d.status != knowledge::Document::Status::Ok)
            io.out << "  " << knowledge::statusName(d.status).leftJustified(8) << QDir::toNativeSeparators(d.source) << ": " << d.error << "\n";
    }
    return Ok;
}

} // namespace sb::cli
