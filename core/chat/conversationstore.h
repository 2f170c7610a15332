#pragma once

#include "common/expected.h"
#include "knowledge/context.h"
#include "protocol/types.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace sb {
class Database;
}

namespace sb::chat {

struct Conversation {
    qint64 id = 0;
    QString title;
    QString folder;
    QStringList tags;
    QString model; // the model picked in the composer (real or virtual)
    QString systemPrompt;
    QJsonObject params; // temperature, top_p, max tokens, reasoning effort, json mode
    qint64 createdAt = 0; // UTC epoch ms
    qint64 updatedAt = 0;
    std::optional<qint64> deletedAt;
    qint64 currentLeaf = 0; // last message of the branch on screen; 0 = empty
};

struct ConversationSummary {
    qint64 id = 0;
    QString title;
    QString folder;
    QStringList tags;
    QString model;
    qint64 updatedAt = 0;
    int messages = 0;
    QString snippet; // where a search matched
};

// What the answer of a message cost and how it went (assistant messages).
struct MessageStats {
    QString provider; // after routing
    QString model;
    QString requestId; // the ledger's request id: the routing decision is one lookup away
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    double costUsd = 0;
    bool costKnown = true; // false: the model has no price, the cost is unknown (not 0); stored as cost_nusd -1
    int attempts = 1; // of the dispatch that answered (the failover, shown on the answer)
    std::optional<qint64> ttftMs;
    std::optional<qint64> latencyMs;
    enum class Status { Ok, Stopped, Error };
    Status status = Status::Ok;
    QString error;
    // The knowledge-base sources the answer was given (numbered as it cites them) and the search's
    // notes; empty: none. Kept in the message's stored JSON so a reopened answer still shows them.
    knowledge::Context knowledge;
    // Output tokens per second after the first token, when it can be told.
    std::optional<double> tokensPerSecond() const;
};

struct StoredMessage {
    qint64 id = 0;
    qint64 parentId = 0; // 0 = first message
    qint64 createdAt = 0;
    protocol::Message message;
    MessageStats stats;
    int siblingIndex = 0; // position among the messages with the same parent (branches), 0-based
    int siblingCount = 1;
};

// The canonical message as stored JSON (text, images, documents, reasoning, tool calls and results).
QJsonObject messageToJson(const protocol::Message &message);
[[nodiscard]] Expected<protocol::Message> messageFromJson(const QJsonObject &json);

// Conversations of the playground in SQLite. Messages form a tree: regenerating, or editing and
// resending, adds a sibling under the same parent and keeps every branch. Deleting is soft and can be
// undone until purged. All calls run on the calling thread's connection.
class ConversationStore
{
public:
    explicit ConversationStore(std::shared_ptr<Database> database, std::function<qint64()> clockMs = {});

    [[nodiscard]] Expected<qint64> create(const QString &title = {}, const QString &model = {}, const QString &systemPrompt = {},
                                          const QJsonObject &params = {});
    [[nodiscard]] Expected<Conversation> conversation(qint64 id) const;
    [[nodiscard]] Expected<void> rename(qint64 id, const QString &title);
    [[nodiscard]] Expected<void> setFolder(qint64 id, const QString &folder);
    [[nodiscard]] Expected<void> setTags(qint64 id, const QStringList &tags);
    [[nodiscard]] Expected<void> setSettings(qint64 id, const QString &model, const QString &systemPrompt, const QJsonObject &params);
    [[nodiscard]] Expected<void> remove(qint64 id); // soft: restore() undoes it
    [[nodiscard]] Expected<void> restore(qint64 id);
    [[nodiscard]] Expected<int> purgeDeleted(qint64 deletedBeforeMs);
    // History retention: deletes for good (no undo) every conversation not changed for `days` days
    // (by the store's clock), with its messages. days <= 0 keeps everything. Returns how many went.
    [[nodiscard]] Expected<int> removeOlderThan(int days);

    // Newest first. search: words matched in titles and messages (prefix match); folder/tag filter.
    [[nodiscard]] Expected<QList<ConversationSummary>> list(const QString &search = {}, const QString &folder = {}, const QString &tag = {},
                                                            bool deleted = false) const;
    [[nodiscard]] Expected<QStringList> folders() const;
    [[nodiscard]] Expected<QStringList> tags() const;

    // Adds a message under parentId (0 = at the start) and makes it the current leaf. The first user
    // message titles an untitled conversation.
    [[nodiscard]] Expected<qint64> append(qint64 conversationId, qint64 parentId, const protocol::Message &message, const MessageStats &stats = {});
    // Replaces a message's content and stats (a streamed answer is appended when it starts and
    // updated as it completes, so a crash keeps the partial answer).
    [[nodiscard]] Expected<void> update(qint64 messageId, const protocol::Message &message, const MessageStats &stats);
    // The branch on screen, first message to current leaf, with each message's branch position.
    [[nodiscard]] Expected<QList<StoredMessage>> thread(qint64 conversationId) const;
    // Shows the branch through messageId (down to its newest descendants).
    [[nodiscard]] Expected<void> selectBranch(qint64 conversationId, qint64 messageId);
    // The sibling `offset` steps from messageId (-1 = previous branch, +1 = next), or an error at the ends.
    [[nodiscard]] Expected<qint64> sibling(qint64 messageId, int offset) const;

    // The routing decision of an answer, read from the usage ledger (the last attempt of the request,
    // found through the conversation's source key). NotFound until the ledger has written it.
    [[nodiscard]] Expected<QJsonObject> routingTrace(qint64 conversationId, const QString &requestId) const;

    [[nodiscard]] Expected<QString> exportMarkdown(qint64 conversationId) const;
    [[nodiscard]] Expected<QByteArray> exportJson(qint64 conversationId) const;

private:
    [[nodiscard]] Expected<void> touch(qint64 id);
    std::shared_ptr<Database> m_database;
    std::function<qint64()> m_clock;
};

} // namespace sb::chat
