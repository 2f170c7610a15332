#include "knowledge/ingest.h"

#include "common/logging.h"
#include "knowledge/chunker.h"
#include "knowledge/extract.h"
#include "knowledge/fetch.h"
#include "storage/database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace sb::knowledge {

namespace {

QString sizeText(qint64 bytes)
{
    if (bytes >= 1024LL * 1024 * 1024)
        return QStringLiteral("%1 GB").arg(double(bytes) / (1024.0 * 1024 * 1024), 0, 'f', 1);
    return QStringLiteral("%1 MB").arg(double(bytes) / (1024.0 * 1024), 0, 'f', 1);
}

QList<QRegularExpression> globs(const QStringList &patterns)
{
    QList<QRegularExpression> out;
    for (const QString &p : patterns) {
        if (!p.trimmed().isEmpty())
            out << QRegularExpression(QRegularExpression::wildcardToRegularExpression(p.trimmed(), QRegularExpression::UnanchoredWildcardConversion),
                                      QRegularExpression::CaseInsensitiveOption);
    }
    return out;
}

// A pattern with a slash is matched against the path below the folder, one without against the name.
bool matches(const QList<QRegularExpression> &patterns, const QString &relative, const QString &name)
{
    for (const QRegularExpression &re : patterns) {
        const QString &subject = re.pattern().contains(QLatin1Char('/')) ? relative : name;
        const auto m = re.match(subject);
        if (m.hasMatch() && m.capturedStart() == 0 && m.capturedLength() == subject.size())
            return true;
    }
    return false;
}

// The files of a folder a collection takes, and the documents under it whose files are gone.
struct Walk {
    QStringList files;
    QStringList gone;
};

Walk walk(const Collection &c, const QString &folder, const QStringList &known)
{
    Walk w;
    const QList<QRegularExpression> include = globs(c.include);
    const QList<QRegularExpression> exclude = globs(c.exclude);
    const QDir root(folder);
    QSet<QString> seen;
    QDirIterator it(folder, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = QFileInfo(it.next()).absoluteFilePath();
        const QString relative = root.relativeFilePath(path);
        // hidden files and folders (.git, .cache) are not documents
        if (relative.startsWith(QLatin1Char('.')) || relative.contains(QStringLiteral("/.")))
            continue;
        const QString name = QFileInfo(path).fileName();
        if (!include.isEmpty() && !matches(include, relative, name))
            continue;
        if (matches(exclude, relative, name))
            continue;
        w.files << path;
        seen.insert(path);
    }
    w.files.sort();
    const QString prefix = root.absolutePath() + QLatin1Char('/');
    for (const QString &source : known) {
        if (source.startsWith(prefix) && !seen.contains(source) && !QFileInfo::exists(source))
            w.gone << source;
    }
    return w;
}

// A job's work before anything is stored: what to write, or the outcome alone.
struct Prepared {
    enum class Write { Nothing, Replace, Mark, Remove };
    JobOutcome outcome;
    Write write = Write::Nothing;
    Document document;
    QList<Chunk> chunks;
    qint64 bytes = 0;
};

// Reads (or fetches), hashes, extracts and cuts one source; stores nothing. A store error (reading the
// document) is set in *storeError.
Prepared prepare(KnowledgeStore &store, const Collection &collection, const Job &job, const FetchOptions &fetchOptions, Error *storeError)
{
    Prepared p;
    p.outcome.job = job;
    Document &d = p.document;
    d.source = job.source;
    auto fail = [&p](JobOutcome::Result result, const QString &message) {
        p.outcome.result = result;
        p.outcome.message = message;
        p.document.status = result == JobOutcome::Result::Skipped ? Document::Status::Skipped : Document::Status::Failed;
        p.document.error = message;
        p.write = Prepared::Write::Mark;
        return std::move(p);
    };
    if (job.kind == Job::Kind::Remove) {
        p.outcome.result = JobOutcome::Result::Removed;
        p.write = Prepared::Write::Remove;
        return p;
    }
    auto existing = store.document(job.collectionId, job.source);
    if (!existing) {
        *storeError = existing.error();
        return p;
    }
    QByteArray bytes;
    QString name;
    if (isWebSource(job.source)) {
        auto fetched = fetch(QUrl(job.source), fetchOptions);
        if (!fetched) // too large or not text: skipped; unreachable, missing or slow: failed (retry may help)
            return fail(fetched.error().kind == Error::Kind::Validation ? JobOutcome::Result::Skipped : JobOutcome::Result::Failed,
                        fetched.error().message);
        bytes = std::move(fetched->body);
        name = fetched->fileName;
        d.kind = kindForName(name);
        d.size = bytes.size();
    } else {
        const QFileInfo fi(job.source);
        name = fi.fileName();
        d.kind = kindForName(name);
        d.size = fi.size();
        d.modifiedAt = fi.lastModified().toMSecsSinceEpoch();
        if (!fi.exists()) {
            if (*existing) { // deleted since it was imported
                p.outcome.result = JobOutcome::Result::Removed;
                p.write = Prepared::Write::Remove;
                return p;
            }
            return fail(JobOutcome::Result::Failed, QStringLiteral("the file does not exist"));
        }
        if (!fi.isFile())
            return fail(JobOutcome::Result::Skipped, QStringLiteral("not a file"));
        if (d.kind.isEmpty())
            return fail(JobOutcome::Result::Skipped, unsupportedReason(name));
        if (fi.size() > kMaxSourceBytes)
            return fail(JobOutcome::Result::Skipped,
                        QStringLiteral("%1 is larger than the %2 a document may have").arg(sizeText(fi.size()), sizeText(kMaxSourceBytes)));
        QFile f(job.source);
        if (!f.open(QIODevice::ReadOnly))
            return fail(JobOutcome::Result::Failed, QStringLiteral("cannot be read: %1").arg(f.errorString()));
        bytes = f.read(kMaxSourceBytes + 1);
        if (f.error() != QFileDevice::NoError)
            return fail(JobOutcome::Result::Failed, QStringLiteral("cannot be read: %1").arg(f.errorString()));
        d.size = bytes.size();
    }
    p.bytes = bytes.size();
    d.contentHash = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    if (*existing && (*existing)->status == Document::Status::Ok && (*existing)->contentHash == d.contentHash) {
        p.outcome.result = JobOutcome::Result::Unchanged;
        p.outcome.chunks = (*existing)->chunks;
        p.outcome.tokens = (*existing)->tokens;
        return p;
    }
    auto extracted = extract(name, bytes, collection.ocrLanguage); // the store fills in the default
    if (!extracted)
        return fail(JobOutcome::Result::Failed, extracted.error().message);
    d.kind = extracted->kind;
    ChunkOptions options;
    options.maxTokens = collection.chunkTokens;
    options.overlapTokens = collection.chunkOverlap;
    p.chunks = chunk(extracted->blocks, options);
    if (p.chunks.isEmpty())
        return fail(JobOutcome::Result::Skipped, QStringLiteral("there is no text in it"));
    p.write = Prepared::Write::Replace;
    p.outcome.result = JobOutcome::Result::Imported;
    p.outcome.chunks = int(p.chunks.size());
    for (const Chunk &c : std::as_const(p.chunks))
        p.outcome.tokens += c.tokens;
    return p;
}

// Stores what a batch prepared and finishes its jobs, in one transaction.
Expected<void> write(KnowledgeStore &store, const QList<Prepared> &batch)
{
    return store.inTransaction([&]() -> Expected<void> {
        for (const Prepared &p : batch) {
            const Job &job = p.outcome.job;
            switch (p.write) {
            case Prepared::Write::Nothing: break;
            case Prepared::Write::Replace:
                if (auto ok = store.replaceDocument(job.collectionId, p.document, p.chunks); !ok)
                    return ok.error();
                break;
            case Prepared::Write::Mark:
                if (auto ok = store.markDocument(job.collectionId, p.document); !ok)
                    return ok;
                break;
            case Prepared::Write::Remove:
                if (auto ok = store.removeDocument(job.collectionId, job.source); !ok)
                    return ok;
                break;
            }
            const bool failed = p.outcome.result == JobOutcome::Result::Failed;
            if (auto ok = store.finishJob(job.id, failed ? Job::State::Failed : Job::State::Done, failed ? p.outcome.message : QString()); !ok)
                return ok;
        }
        return {};
    });
}

bool isFolder(const QString &path)
{
    return !isWebSource(path) && QFileInfo(path).isDir();
}

// A source as the queue keeps it: an absolute path, or the URL without its fragment.
QString sourceOf(const QString &path)
{
    if (isWebSource(path))
        return QUrl(path).adjusted(QUrl::RemoveFragment).toString();
    return QFileInfo(path).absoluteFilePath();
}

// A collection with its documents by source (what a plan and a sync compare the files with).
struct Known {
    Collection collection;
    QHash<QString, Document> documents;
};

Expected<Known> known(KnowledgeStore &store, qint64 collectionId)
{
    auto c = store.collection(collectionId);
    if (!c)
        return c.error();
    auto docs = store.documents(collectionId);
    if (!docs)
        return docs.error();
    Known out{*c, {}};
    for (const Document &d : std::as_const(*docs))
        out.documents.insert(d.source, d);
    return out;
}

// Imported before with the same size and time: not read again by a sync, not estimated by a plan.
bool sameAsImported(const QHash<QString, Document> &documents, const QString &file, bool importedOnly)
{
    const auto k = documents.constFind(file);
    if (k == documents.constEnd() || (importedOnly && (k->status != Document::Status::Ok || k->contentHash.isEmpty())))
        return false;
    const QFileInfo fi(file);
    return k->size == fi.size() && k->modifiedAt == fi.lastModified().toMSecsSinceEpoch();
}

} // namespace

Ingestor::Ingestor(std::shared_ptr<Database> database, QObject *parent)
    : QObject(parent)
    , m_store(std::make_shared<KnowledgeStore>(std::move(database)))
    , m_now([timer = std::make_shared<QElapsedTimer>()] {
        if (!timer->isValid())
            timer->start();
        return timer->elapsed();
    })
{
    qRegisterMetaType<sb::knowledge::JobOutcome>();
    qRegisterMetaType<sb::knowledge::Progress>();
}

Ingestor::~Ingestor() = default;

Expected<QList<JobOutcome>> Ingestor::processBatch(KnowledgeStore &store, const BatchOptions &options)
{
    auto claimed = store.claimBatch(std::max(1, options.maxFiles));
    if (!claimed)
        return claimed.error();
    QList<JobOutcome> out;
    QHash<qint64, Collection> collections;
    QList<Prepared> pending;
    qint64 pendingBytes = 0;
    // a failure of the store (disk full, read-only) puts the jobs not yet written back in the queue
    // for the next start: nothing is lost
    auto requeue = [&store](const QList<Job> &jobs, const Error &e) {
        for (const Job &j : jobs)
            (void)store.finishJob(j.id, Job::State::Queued, e.message);
        return e;
    };
    auto flush = [&]() -> Expected<void> {
        if (pending.isEmpty())
            return {};
        if (auto ok = write(store, pending); !ok)
            return ok;
        for (const Prepared &p : std::as_const(pending))
            out << p.outcome;
        pending.clear();
        pendingBytes = 0;
        return {};
    };
    for (qsizetype i = 0; i < claimed->size(); ++i) {
        const Job &job = claimed->at(i);
        if (!collections.contains(job.collectionId)) {
            auto c = store.collection(job.collectionId);
            if (!c)
                return requeue(claimed->mid(i - pending.size()), c.error());
            collections.insert(job.collectionId, *c);
        }
        Error storeError = Error::make(Error::Kind::Database, QString());
        Prepared p = prepare(store, collections.value(job.collectionId), job, options.fetch, &storeError);
        if (!storeError.message.isEmpty())
            return requeue(claimed->mid(i - pending.size()), storeError);
        pendingBytes += p.bytes;
        pending << std::move(p);
        if (pendingBytes >= options.maxBytes) {
            const qsizetype written = pending.size();
            if (auto ok = flush(); !ok)
                return requeue(claimed->mid(i + 1 - written), ok.error());
        }
    }
    if (auto ok = flush(); !ok)
        return requeue(claimed->mid(claimed->size() - pending.size()), ok.error());
    return out;
}

Expected<std::optional<JobOutcome>> Ingestor::processNext(KnowledgeStore &store)
{
    BatchOptions one;
    one.maxFiles = 1;
    auto batch = processBatch(store, one);
    if (!batch)
        return batch.error();
    if (batch->isEmpty())
        return std::optional<JobOutcome>{};
    return std::optional<JobOutcome>{batch->first()};
}

Expected<ImportPlan> Ingestor::plan(KnowledgeStore &store, qint64 collectionId, const QStringList &paths)
{
    auto k = known(store, collectionId);
    if (!k)
        return k.error();
    ImportPlan out;
    QStringList files;
    for (const QString &p : paths) {
        if (isWebSource(p)) {
            ++out.files;
            ++out.unestimated;
        } else if (isFolder(p)) {
            files << walk(k->collection, QFileInfo(p).absoluteFilePath(), {}).files;
        } else {
            files << QFileInfo(p).absoluteFilePath();
        }
    }
    static const QStringList documents{QStringLiteral("pdf"), QStringLiteral("docx"), QStringLiteral("odt"), QStringLiteral("epub"),
                                       QStringLiteral("image")};
    for (const QString &file : std::as_const(files)) {
        const QFileInfo fi(file);
        const QString kind = kindForName(fi.fileName());
        if (!fi.isFile() || kind.isEmpty() || fi.size() > kMaxSourceBytes)
            continue; // skipped with its reason, nothing to embed
        if (sameAsImported(k->documents, file, true)) {
            ++out.unchanged;
            continue;
        }
        ++out.files;
        out.bytes += fi.size();
        if (documents.contains(kind))
            ++out.unestimated;
        else
            out.estimatedTokens += (fi.size() + 3) / 4;
    }
    return out;
}

std::optional<qint64> remainingMs(qint64 done, qint64 total, qint64 elapsedMs)
{
    if (done <= 0 || total < done)
        return std::nullopt;
    return qint64(double(elapsedMs) / double(done) * double(total - done) + 0.5);
}

void Ingestor::setClock(std::function<qint64()> nowMs)
{
    m_now = std::move(nowMs);
}

void Ingestor::onWorker(std::function<Expected<int>(KnowledgeStore &)> work, std::function<void(int)> done)
{
    m_serial.run(
        this, [store = m_store, work = std::move(work)] { return work(*store); },
        [this, done = std::move(done)](const Expected<int> &r) {
            if (!r) {
                qCWarning(lcKnowledge) << "knowledge store:" << r.error().message;
                Q_EMIT storeError(r.error().message);
                return;
            }
            if (done)
                done(*r);
            pump();
        });
}

Expected<int> Ingestor::enqueue(KnowledgeStore &store, qint64 collectionId, const QStringList &imports, const QStringList &removals, bool quiet)
{
    auto added = store.enqueue(collectionId, Job::Kind::Import, imports);
    if (!added)
        return added.error();
    auto removed = store.enqueue(collectionId, Job::Kind::Remove, removals);
    if (!removed)
        return removed.error();
    if (!quiet || *added + *removed > 0)
        QMetaObject::invokeMethod(this, [this, collectionId, a = *added, r = *removed] { Q_EMIT queued(collectionId, a, r); });
    return *added + *removed;
}

void Ingestor::add(qint64 collectionId, const QStringList &paths)
{
    onWorker([this, collectionId, paths](KnowledgeStore &store) -> Expected<int> {
        auto c = store.collection(collectionId);
        if (!c)
            return c.error();
        auto known = store.sources(collectionId);
        if (!known)
            return known.error();
        QStringList files;
        QStringList gone;
        QStringList folders;
        for (const QString &p : paths) {
            if (isFolder(p)) {
                const QString folder = QFileInfo(p).absoluteFilePath();
                Walk w = walk(*c, folder, *known);
                files << w.files;
                gone << w.gone;
                folders << folder;
            } else {
                files << sourceOf(p); // a missing file fails with its reason
            }
        }
        if (auto ok = store.addFolders(collectionId, folders); !ok)
            return ok.error();
        return enqueue(store, collectionId, files, gone, false);
    });
}

void Ingestor::sync(qint64 collectionId, const QStringList &folders)
{
    onWorker([this, collectionId, folders](KnowledgeStore &store) -> Expected<int> {
        auto k = known(store, collectionId);
        if (!k)
            return k.error();
        const QStringList sources = k->documents.keys();
        QStringList files;
        QStringList gone;
        for (const QString &folder : folders) {
            Walk w = walk(k->collection, QFileInfo(folder).absoluteFilePath(), sources);
            gone << w.gone;
            for (const QString &file : std::as_const(w.files)) {
                if (!sameAsImported(k->documents, file, false)) // a failed one is tried again only when it changed
                    files << file;
            }
        }
        return enqueue(store, collectionId, files, gone, true);
    });
}

void Ingestor::remove(qint64 collectionId, const QStringList &paths)
{
    onWorker([this, collectionId, paths](KnowledgeStore &store) -> Expected<int> {
        auto known = store.sources(collectionId);
        if (!known)
            return known.error();
        QStringList sources;
        QStringList folders;
        for (const QString &p : paths) {
            const QString path = sourceOf(p);
            const QString prefix = isWebSource(path) ? QString() : QDir(path).absolutePath() + QLatin1Char('/');
            for (const QString &s : *known) {
                if (s == path || (!prefix.isEmpty() && s.startsWith(prefix)))
                    sources << s;
            }
            if (!isWebSource(path))
                folders << QDir(path).absolutePath();
        }
        if (auto ok = store.removeFolders(collectionId, folders); !ok)
            return ok.error();
        auto n = store.enqueue(collectionId, Job::Kind::Remove, sources);
        if (!n)
            return n.error();
        QMetaObject::invokeMethod(this, [this, collectionId, r = *n] { Q_EMIT queued(collectionId, 0, r); });
        return *n;
    });
}

void Ingestor::reindex(qint64 collectionId)
{
    onWorker([this, collectionId](KnowledgeStore &store) -> Expected<int> {
        if (auto ok = store.forgetHashes(collectionId); !ok)
            return ok.error();
        auto known = store.sources(collectionId);
        if (!known)
            return known.error();
        auto n = store.enqueue(collectionId, Job::Kind::Import, *known);
        if (!n)
            return n.error();
        QMetaObject::invokeMethod(this, [this, collectionId, a = *n] { Q_EMIT queued(collectionId, a, 0); });
        return *n;
    });
}

void Ingestor::start()
{
    if (m_started)
        return;
    m_started = true;
    onWorker([](KnowledgeStore &store) { return store.requeueRunning(); });
}

void Ingestor::pause(qint64 collectionId)
{
    onWorker([collectionId](KnowledgeStore &store) { return store.moveJobs(collectionId, {Job::State::Queued}, Job::State::Paused); });
}

void Ingestor::resume(qint64 collectionId)
{
    onWorker([collectionId](KnowledgeStore &store) { return store.moveJobs(collectionId, {Job::State::Paused}, Job::State::Queued); });
}

void Ingestor::cancel(qint64 collectionId)
{
    onWorker([collectionId](KnowledgeStore &store) {
        return store.moveJobs(collectionId, {Job::State::Queued, Job::State::Paused}, Job::State::Cancelled);
    });
}

void Ingestor::retryFailed(qint64 collectionId)
{
    onWorker([collectionId](KnowledgeStore &store) { return store.moveJobs(collectionId, {Job::State::Failed}, Job::State::Queued); });
}

void Ingestor::pump()
{
    if (!m_started || m_working)
        return;
    m_working = true;
    if (m_runStartedAt < 0) {
        m_runStartedAt = m_now();
        m_progress = Progress{};
    }
    struct Batch {
        QList<JobOutcome> outcomes;
        int waiting = 0;
    };
    m_serial.run(
        this,
        [store = m_store, options = m_batch]() -> Expected<Batch> {
            auto outcomes = processBatch(*store, options);
            if (!outcomes)
                return outcomes.error();
            Batch b{*outcomes, 0};
            if (!b.outcomes.isEmpty()) {
                auto waiting = store->waitingJobs();
                if (!waiting)
                    return waiting.error();
                b.waiting = *waiting;
            }
            return b;
        },
        [this](const Expected<Batch> &r) {
            m_working = false;
            if (!r) {
                qCWarning(lcKnowledge) << "import stopped:" << r.error().message;
                m_runStartedAt = -1;
                Q_EMIT storeError(r.error().message);
                Q_EMIT idle();
                return;
            }
            if (r->outcomes.isEmpty()) {
                if (m_serial.pending() == 0) {
                    m_runStartedAt = -1;
                    Q_EMIT idle();
                }
                return;
            }
            for (const JobOutcome &o : r->outcomes) {
                ++m_progress.filesDone;
                if (o.result == JobOutcome::Result::Imported) {
                    m_progress.chunks += o.chunks;
                    m_progress.tokens += o.tokens;
                }
                Q_EMIT jobFinished(o);
            }
            m_progress.filesTotal = m_progress.filesDone + r->waiting;
            m_progress.elapsedMs = m_now() - m_runStartedAt;
            m_progress.etaMs = remainingMs(m_progress.filesDone, m_progress.filesTotal, m_progress.elapsedMs);
            Q_EMIT progress(m_progress);
            pump();
        });
}

} // namespace sb::knowledge
