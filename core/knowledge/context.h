#pragma once

#include "common/expected.h"
#include "knowledge/retrieval.h"
#include "knowledge/store.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>

namespace sb {
class Database;
}
namespace sb::protocol {
struct ChatRequest;
}
namespace sb::router {
class Router;
}

namespace sb::knowledge {

// What a model is given from the knowledge base for one question: passages numbered from 1 in this
// order (the numbers its answer cites as [1], [2]) and the text that carries them.
struct Context {
    QStringList collections;
    QString query;
    QList<Passage> passages; // passages.at(n - 1) is source [n]
    QString text; // the instruction and the numbered sources; empty when nothing was found
    int tokens = 0; // estimated, of `text`
    QStringList notes; // what the search could not do, per collection ("handbook: BM25 only: ...")
    double costUsd = 0; // of the searches' model calls: embedding the query, reranking

    bool isEmpty() const { return passages.isEmpty(); }
};

struct ContextOptions {
    // per collection; topK is the number of passages in the context. A collection with a rerank
    // model has it reorder its hybrid passages.
    SearchOptions search{.rerankIfSet = true};
    int tokenBudget = 3000; // for the sources; the best passages that fit are kept
};

// Numbers the passages (best first, duplicates dropped) and keeps those that fit the token budget.
Context buildContext(const QList<Passage> &passages, int tokenBudget);

// The question a request asks: the text of its last user message.
QString queryOf(const protocol::ChatRequest &request);

// Puts the context in front of the request's system prompt (nothing when it is empty).
void applyContext(protocol::ChatRequest &request, const Context &context);

// The source numbers an answer cites ([2], [1, 3], [1][4]), in the order they first appear; numbers
// outside 1..count are not citations of this context and are left out.
QList<int> citedSources(const QString &answer, int count);

// Who reads a citation label: a model, an API client or an export (English, like the context's
// instruction), or a person in the app (the UI's language: "Seite 3").
enum class LabelFor { Model, App };

// A passage as a reader sees the citation: "handbook.pdf, page 3, Refunds > Timing".
QString citationLabel(const Passage &passage, LabelFor reader = LabelFor::Model);

// The context's sources one per line as a reader sees them: "[1] handbook.pdf, page 3, Refunds"
// (empty when it has no passage).
QString sourceList(const Context &context, LabelFor reader = LabelFor::Model);

// The sources of a context as kept with an answer: collections, query, notes, cost and the numbered
// passages (not `text`: the passages are what a reader reopens; {} when no collection was searched). contextFromJson reads it back, leaving out what
// is not a passage.
QJsonObject contextToJson(const Context &context);
Context contextFromJson(const QJsonObject &json);

// Searches one or more collections for a question and builds the context: each collection ranked by
// its own settings (hybrid by default, reranked when it has a rerank model), the lists fused by
// reciprocal rank. Store work runs on a
// worker thread; `done` runs on this object's thread.
class ContextBuilder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContextBuilder)

public:
    ContextBuilder(router::Router *router, std::shared_ptr<Database> database, QObject *parent = nullptr);
    ~ContextBuilder() override;

    void build(const QStringList &collections, const QString &query, const ContextOptions &options, std::function<void(Expected<Context>)> done);

private:
    struct Run;
    void next(std::shared_ptr<Run> run);

    std::shared_ptr<KnowledgeStore> m_store;
    Retriever m_retriever;
    async::Serial m_serial;
};

} // namespace sb::knowledge
