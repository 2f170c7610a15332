#include "proxy/knowledgeservice.h"

#include "router/routingconfig.h"

#include <QJsonArray>
#include <QPointer>
#include <QRandomGenerator>

namespace sb::proxy {

QStringList knowledgeProblems(const router::RoutingConfig &routing, const QList<knowledge::Collection> &collections)
{
    QStringList names;
    for (const knowledge::Collection &c : collections)
        names << c.name;
    QStringList problems;
    for (const router::VirtualModel &vm : routing.virtualModels) {
        for (const QString &wanted : vm.knowledge) {
            if (!names.contains(wanted))
                problems << QStringLiteral("virtual model '%1': no collection named \"%2\" (%3)")
                                .arg(vm.name, wanted,
                                     names.isEmpty() ? QStringLiteral("there are none yet")
                                                     : QStringLiteral("there are: %1").arg(names.join(QStringLiteral(", "))));
        }
    }
    return problems;
}

} // namespace sb::proxy

namespace sb::proxy::detail {

using protocol::ApiError;

KnowledgeService::KnowledgeService(router::Router *router, std::shared_ptr<Database> database, QObject *parent)
    : QObject(parent)
    , m_store(std::make_shared<knowledge::KnowledgeStore>(database))
    , m_retriever(router, database)
    , m_builder(router, database)
{
}

KnowledgeService::~KnowledgeService() = default;

void KnowledgeService::context(const QStringList &collections, const QString &query, const knowledge::ContextOptions &options, QObject *context,
                               std::function<void(Expected<knowledge::Context>)> done)
{
    m_builder.build(collections, query, options, [guard = QPointer<QObject>(context), done = std::move(done)](Expected<knowledge::Context> c) {
        if (guard)
            done(std::move(c));
    });
}

void KnowledgeService::search(const QString &collection, const QString &query, const knowledge::SearchOptions &options, QObject *context,
                              std::function<void(Expected<knowledge::SearchResult>)> done)
{
    m_serial.run(
        context, [store = m_store, collection] { return store->collection(collection); },
        [this, guard = QPointer<QObject>(context), query, options, done = std::move(done)](Expected<knowledge::Collection> found) mutable {
            if (!found) {
                done(found.error());
                return;
            }
            m_retriever.search(*found, query, options, [guard, done = std::move(done)](Expected<knowledge::SearchResult> r) {
                if (guard)
                    done(std::move(r));
            });
        });
}

void KnowledgeService::collections(QObject *context, std::function<void(Expected<QList<knowledge::Collection>>)> done)
{
    m_serial.run(
        context, [store = m_store] { return store->collections(); }, std::move(done));
}

ApiError toApiError(const Error &error)
{
    switch (error.kind) {
    case Error::Kind::NotFound: return ApiError::make(ApiError::Kind::NotFound, error.message, 404);
    case Error::Kind::Validation:
    case Error::Kind::Usage: return ApiError::make(ApiError::Kind::InvalidRequest, error.message, 400);
    case Error::Kind::Unavailable:
    case Error::Kind::Timeout: return ApiError::make(ApiError::Kind::Network, error.message, 502);
    default: return ApiError::make(ApiError::Kind::Server, QStringLiteral("the knowledge base failed: %1").arg(error.message), 500);
    }
}

QString passagesText(const QList<knowledge::Passage> &passages, const QStringList &notes)
{
    QStringList blocks;
    for (qsizetype i = 0; i < passages.size(); ++i) {
        const knowledge::Passage &p = passages.at(i);
        blocks << QStringLiteral("[%1] %2\nSource: %3\n%4").arg(i + 1).arg(knowledge::citationLabel(p), p.source, p.text.trimmed());
    }
    QString text = blocks.isEmpty() ? QStringLiteral("No passage matches.") : blocks.join(QStringLiteral("\n\n"));
    if (!blocks.isEmpty())
        text += QStringLiteral("\n\nCite a passage as [n] where you use it.");
    for (const QString &note : notes)
        text += QStringLiteral("\nNote: ") + note;
    return text;
}

QJsonObject searchResultJson(const QString &collection, const QString &query, const knowledge::SearchResult &result)
{
    QJsonArray passages;
    for (qsizetype i = 0; i < result.passages.size(); ++i) {
        const knowledge::Passage &p = result.passages.at(i);
        passages.append(QJsonObject{
            {QStringLiteral("index"), int(i + 1)},
            {QStringLiteral("source"), p.source},
            {QStringLiteral("page"), p.page},
            {QStringLiteral("heading"), p.heading},
            {QStringLiteral("citation"), knowledge::citationLabel(p)},
            {QStringLiteral("text"), p.text},
            {QStringLiteral("start"), double(p.start)},
            {QStringLiteral("end"), double(p.end)},
            {QStringLiteral("scores"),
             QJsonObject{{QStringLiteral("bm25"), p.score}, {QStringLiteral("vector"), p.similarity}, {QStringLiteral("fused"), p.fused}}},
            {QStringLiteral("fused_rank"), p.fusedRank},
            {QStringLiteral("rerank_rank"), p.rerankRank}});
    }
    QJsonArray notes;
    if (!result.note.isEmpty())
        notes.append(result.note);
    return QJsonObject{{QStringLiteral("object"), QStringLiteral("knowledge.search")},
                       {QStringLiteral("collection"), collection},
                       {QStringLiteral("query"), query},
                       {QStringLiteral("mode"), knowledge::modeName(result.used)},
                       {QStringLiteral("passages"), passages},
                       {QStringLiteral("notes"), notes},
                       {QStringLiteral("cost_usd"), result.costUsd}};
}

// ------------------------------------------------------------------------------------------------
QByteArray McpSessions::open(const QString &keyName, const QString &protocolVersion)
{
    // 128 random bits from the system's generator: a session id must not be guessable
    QByteArray raw(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), 4);
    const QByteArray id = raw.toHex();
    QMutexLocker lock(&m_mutex);
    if (m_sessions.size() >= kMax) {
        auto oldest = m_sessions.begin();
        for (auto it = m_sessions.begin(); it != m_sessions.end(); ++it) {
            if (it->used < oldest->used)
                oldest = it;
        }
        m_sessions.erase(oldest);
    }
    m_sessions.insert(id, Session{keyName, protocolVersion, ++m_tick});
    return id;
}

std::optional<QString> McpSessions::find(const QByteArray &id, const QString &keyName)
{
    QMutexLocker lock(&m_mutex);
    auto it = m_sessions.find(id);
    if (it == m_sessions.end() || it->keyName != keyName)
        return std::nullopt;
    it->used = ++m_tick;
    return it->version;
}

bool McpSessions::close(const QByteArray &id, const QString &keyName)
{
    QMutexLocker lock(&m_mutex);
    auto it = m_sessions.find(id);
    if (it == m_sessions.end() || it->keyName != keyName)
        return false;
    m_sessions.erase(it);
    return true;
}

const QStringList &mcpProtocolVersions()
{
    static const QStringList versions{QStringLiteral("2025-11-25"), QStringLiteral("2025-06-18"), QStringLiteral("2025-03-26"),
                                      QStringLiteral("2024-11-05")};
    return versions;
}

} // namespace sb::proxy::detail
