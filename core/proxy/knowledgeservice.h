#pragma once

// The knowledge base as the proxy offers it: context for virtual models that name collections,
// POST /v1/knowledge/{name}/search and the MCP endpoint's search_knowledge tool. One per proxy worker,
// on its thread; the store's work runs on the service's own worker threads (async::Serial), never on
// the proxy's.

#include "common/async.h"
#include "common/expected.h"
#include "knowledge/context.h"
#include "knowledge/retrieval.h"
#include "knowledge/store.h"
#include "protocol/types.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace sb {
class Database;
}
namespace sb::router {
class Router;
struct RoutingConfig;
} // namespace sb::router

namespace sb::proxy {

// What is wrong with the virtual models' knowledge lists, given the collections there are: one line per
// collection that is not there ("virtual model 'bot': no collection named "x" (there are: handbook)").
QStringList knowledgeProblems(const router::RoutingConfig &routing, const QList<knowledge::Collection> &collections);

} // namespace sb::proxy

namespace sb::proxy::detail {

class KnowledgeService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KnowledgeService)

public:
    KnowledgeService(router::Router *router, std::shared_ptr<Database> database, QObject *parent = nullptr);
    ~KnowledgeService() override;

    // Each `done` runs on this object's thread, and only while `context` lives.
    void context(const QStringList &collections, const QString &query, const knowledge::ContextOptions &options, QObject *context,
                 std::function<void(Expected<knowledge::Context>)> done);
    void search(const QString &collection, const QString &query, const knowledge::SearchOptions &options, QObject *context,
                std::function<void(Expected<knowledge::SearchResult>)> done);
    void collections(QObject *context, std::function<void(Expected<QList<knowledge::Collection>>)> done);

private:
    std::shared_ptr<knowledge::KnowledgeStore> m_store;
    knowledge::Retriever m_retriever;
    knowledge::ContextBuilder m_builder;
    async::Serial m_serial; // last: destroyed first, waiting for the store's work
};

// A knowledge base error as the proxy answers it: 404 for an unknown collection, 400 for a search
// that cannot be done as asked, 502 when the query could not be embedded, else 500.
protocol::ApiError toApiError(const Error &error);

// The numbered passages as a model (or an MCP client) reads them: "[1] refunds.md, page 2, Refunds\n<text>".
QString passagesText(const QList<knowledge::Passage> &passages, const QStringList &notes);

// A search result as the JSON the search endpoint returns.
QJsonObject searchResultJson(const QString &collection, const QString &query, const knowledge::SearchResult &result);

// MCP (Streamable HTTP) sessions, shared by the worker threads: each bound to the proxy key that
// opened it, so another key cannot use it. At most kMax are kept; the least recently used goes first.
class McpSessions
{
public:
    static constexpr int kMax = 1000;
    McpSessions() = default;
    Q_DISABLE_COPY_MOVE(McpSessions)

    QByteArray open(const QString &keyName, const QString &protocolVersion);
    // The session's protocol version; nullopt when there is no such session for this key.
    std::optional<QString> find(const QByteArray &id, const QString &keyName);
    bool close(const QByteArray &id, const QString &keyName);

private:
    struct Session {
        QString keyName;
        QString version;
        quint64 used = 0;
    };
    QMutex m_mutex;
    QHash<QByteArray, Session> m_sessions;
    quint64 m_tick = 0;
};

// The protocol versions the MCP endpoint speaks, newest first.
const QStringList &mcpProtocolVersions();

} // namespace sb::proxy::detail
