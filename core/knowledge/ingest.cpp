#include "knowledge/ingest.h"

#include "common/logging.h"
#include "knowledge/chunker.h"
#include "knowledge/extract.h"
#include "storage/database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
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

JobOutcome importSource(KnowledgeStore &store, const Job &job, Error *storeError)
{
    JobOutcome out;
    out.job = job;
    auto fail = [&](JobOutcome::Result result, const QString &message, Document d) {
        out.result = result;
        out.message = message;
        d.status = result == JobOutcome::Result::Skipped ? Document::Status::Skipped : Document::Status::Failed;
        d.error = message;
        if (auto ok = store.markDocument(job.collectionId, d); !ok)
            *storeError = ok.error();
        return out;
    };
    auto collection = store.collection(job.collectionId);
    if (!collection) {
        *storeError = collection.error();
        return out;
    }
    const QFileInfo fi(job.source);
    Document d;
    d.source = job.source;
    d.kind = kindForName(fi.fileName());
    d.size = fi.size();
    d.modifiedAt = fi.lastModified().toMSecsSinceEpoch();
    auto existing = store.document(job.collectionId, job.source);
    if (!existing) {
        *storeError = existing.error();
        return out;
    }
    if (!fi.exists()) {
        if (*existing) { // deleted since it was imported
            if (auto ok = store.removeDocument(job.collectionId, job.source); !ok)
                *storeError = ok.error();
            out.result = JobOutcome::Result::Removed;
            return out;
        }
        return fail(JobOutcome::Result::Failed, QStringLiteral("the file does not exist"), d);
    }
    if (!fi.isFile())
        return fail(JobOutcome::Result::Skipped, QStringLiteral("not a file"), d);
    if (d.kind.isEmpty())
        return fail(JobOutcome::Result::Skipped, unsupportedReason(fi.fileName()), d);
    if (fi.size() > kMaxSourceBytes)
        return fail(JobOutcome::Result::Skipped,
                    QStringLiteral("%1 is larger than the %2 a document may have").arg(sizeText(fi.size()), sizeText(kMaxSourceBytes)), d);
    QFile f(job.source);
    if (!f.open(QIODevice::ReadOnly))
        return fail(JobOutcome::Result::Failed, QStringLiteral("cannot be read: %1").arg(f.errorString()), d);
    const QByteArray bytes = f.read(kMaxSourceBytes + 1);
    if (f.error() != QFileDevice::NoError)
        return fail(JobOutcome::Result::Failed, QStringLiteral("cannot be read: %1").arg(f.errorString()), d);
    d.size = bytes.size();
    d.contentHash = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    if (*existing && (*existing)->status == Document::Status::Ok && (*existing)->contentHash == d.contentHash) {
        out.result = JobOutcome::Result::Unchanged;
        out.chunks = (*existing)->chunks;
        out.tokens = (*existing)->tokens;
        return out;
    }
    auto extracted = extract(fi.fileName(), bytes, collection->ocrLanguage); // the store fills in the default
    if (!extracted)
        return fail(JobOutcome::Result::Failed, extracted.error().message, d);
    d.kind = extracted->kind;
    ChunkOptions options;
    options.maxTokens = collection->chunkTokens;
    options.overlapTokens = collection->chunkOverlap;
    const QList<Chunk> chunks = chunk(extracted->blocks, options);
    if (chunks.isEmpty())
        return fail(JobOutcome::Result::Skipped, QStringLiteral("there is no text in it"), d);
    if (auto ok = store.replaceDocument(job.collectionId, d, chunks); !ok) {
        *storeError = ok.error();
        return out;
    }
    out.result = JobOutcome::Result::Imported;
    out.chunks = int(chunks.size());
    for (const Chunk &c : chunks)
        out.tokens += c.tokens;
    return out;
}

} // namespace

Ingestor::Ingestor(std::shared_ptr<Database> database, QObject *parent)
    : QObject(parent)
    , m_store(std::make_shared<KnowledgeStore>(std::move(database)))
{
    qRegisterMetaType<sb::knowledge::JobOutcome>();
}

Ingestor::~Ingestor() = default;

Expected<std::optional<JobOutcome>> Ingestor::processNext(KnowledgeStore &store)
{
    auto next = store.claimNext();
    if (!next)
        return next.error();
    if (!*next)
        return std::optional<JobOutcome>{};
    const Job &job = **next;
    Error storeError = Error::make(Error::Kind::Database, QString());
    JobOutcome out;
    if (job.kind == Job::Kind::Remove) {
        out.job = job;
        out.result = JobOutcome::Result::Removed;
        if (auto ok = store.removeDocument(job.collectionId, job.source); !ok)
            storeError = ok.error();
    } else {
        out = importSource(store, job, &storeError);
    }
    if (!storeError.message.isEmpty()) {
        // the store refused (disk full, read-only): the job waits for the next start, nothing is lost
        (void)store.finishJob(job.id, Job::State::Queued, storeError.message);
        return storeError;
    }
    const bool failed = out.result == JobOutcome::Result::Failed;
    if (auto ok = store.finishJob(job.id, failed ? Job::State::Failed : Job::State::Done, failed ? out.message : QString()); !ok)
        return ok.error();
    return std::optional<JobOutcome>{out};
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
        for (const QString &p : paths) {
            const QFileInfo fi(p);
            if (fi.isDir()) {
                Walk w = walk(*c, fi.absoluteFilePath(), *known);
                files << w.files;
                gone << w.gone;
            } else {
                files << fi.absoluteFilePath(); // a missing file fails with its reason
            }
        }
        auto added = store.enqueue(collectionId, Job::Kind::Import, files);
        if (!added)
            return added.error();
        auto removals = store.enqueue(collectionId, Job::Kind::Remove, gone);
        if (!removals)
            return removals.error();
        QMetaObject::invokeMethod(this, [this, collectionId, a = *added, r = *removals] { Q_EMIT queued(collectionId, a, r); });
        return *added + *removals;
    });
}

void Ingestor::remove(qint64 collectionId, const QStringList &paths)
{
    onWorker([this, collectionId, paths](KnowledgeStore &store) -> Expected<int> {
        auto known = store.sources(collectionId);
        if (!known)
            return known.error();
        QStringList sources;
        for (const QString &p : paths) {
            const QString path = QFileInfo(p).absoluteFilePath();
            const QString prefix = QDir(path).absolutePath() + QLatin1Char('/');
            for (const QString &s : *known) {
                if (s == path || s.startsWith(prefix))
                    sources << s;
            }
        }
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
    m_serial.run(
        this, [store = m_store] { return processNext(*store); },
        [this](const Expected<std::optional<JobOutcome>> &r) {
            m_working = false;
            if (!r) {
                qCWarning(lcKnowledge) << "import stopped:" << r.error().message;
                Q_EMIT storeError(r.error().message);
                Q_EMIT idle();
                return;
            }
            if (!*r) {
                if (m_serial.pending() == 0)
                    Q_EMIT idle();
                return;
            }
            Q_EMIT jobFinished(**r);
            pump();
        });
}

} // namespace sb::knowledge
