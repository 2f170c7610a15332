#include "knowledge/rerank.h"

#include "common/logging.h"
#include "knowledge/context.h"
#include "providers/advice.h"
#include "router/router.h"

#include <QCoreApplication>
#include <QPointer>
#include <QRegularExpression>

#include <memory>

namespace sb::knowledge {

router::DispatchContext knowledgeCallContext(const Collection &collection)
{
    router::DispatchContext ctx;
    ctx.source = usage::Source::Knowledge;
    ctx.sourceKey = collection.name;
    return ctx;
}

protocol::ChatRequest rerankRequest(const QString &model, const QString &query, const QList<Passage> &candidates)
{
    QStringList blocks;
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        const Passage &p = candidates.at(i);
        QString text = p.text.simplified();
        if (text.size() > kRerankPassageChars)
            text = text.left(kRerankPassageChars - 1) + QStringLiteral("…");
        blocks << QStringLiteral("[%1] %2\n%3").arg(i + 1).arg(citationLabel(p), text);
    }
    protocol::ChatRequest request;
    request.model = model;
    request.system = QStringLiteral("You rank passages by how well they answer a question. Reply with the numbers of the passages that help "
                                    "answer it, best first, as a JSON array such as [3, 1, 2], and nothing else.");
    request.messages << protocol::Message::make(
        protocol::Role::User,
        QStringLiteral("Question: %1\n\nPassages:\n\n%2\n\nThe numbers of the passages that help answer the question, best "
                       "first, as a JSON array:")
            .arg(query.trimmed(), blocks.join(QStringLiteral("\n\n"))));
    request.maxTokens = Reranker::kMaxTokens;
    request.stream = false;
    return request;
}

std::optional<QList<int>> parseRanking(const QString &answer, int count)
{
    QString text = answer;
    // reasoning some models write into the answer, closed or cut off
    static const QRegularExpression think(QStringLiteral("<think>.*?(</think>|$)"),
                                          QRegularExpression::DotMatchesEverythingOption | QRegularExpression::CaseInsensitiveOption);
    text.remove(think);
    static const QRegularExpression number(QStringLiteral("\\d{1,6}"));
    QList<int> out;
    auto take = [&out, count](const QString &inside) {
        for (auto n = number.globalMatch(inside); n.hasNext();) {
            const int value = n.next().captured().toInt();
            if (value >= 1 && value <= count && !out.contains(value))
                out << value;
        }
    };
    // [3, 1, 2], ["3", "1"], [3] > [1] > [2]: the numbers in brackets
    static const QRegularExpression bracket(QStringLiteral("\\[\\s*\"?\\d{1,6}\"?(?:\\s*[,;]\\s*\"?\\d{1,6}\"?)*\\s*\\]"));
    for (auto m = bracket.globalMatch(text); m.hasNext();)
        take(m.next().captured());
    if (!out.isEmpty())
        return out;
    // 3 > 1 > 2, "3, 1, 2", or a list ("1. Passage 3" a line): the numbers, without the list's own
    static const QRegularExpression marker(QStringLiteral("^\\s*(?:\\d{1,3}[.)]|[-*•])\\s+(?=\\D*\\d)"));
    for (QString line : text.split(QLatin1Char('\n'))) {
        line.remove(marker);
        take(line);
    }
    if (out.isEmpty())
        return std::nullopt;
    return out;
}

QList<Passage> applyRanking(const QList<Passage> &candidates, const QList<int> &ranking)
{
    QList<Passage> out;
    out.reserve(candidates.size());
    QList<bool> placed(candidates.size(), false);
    for (int n : ranking) {
        if (n < 1 || n > candidates.size() || placed.at(n - 1))
            continue;
        placed[n - 1] = true;
        Passage p = candidates.at(n - 1);
        p.rerankRank = int(out.size()) + 1;
        out << p;
    }
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        if (placed.at(i))
            continue;
        Passage p = candidates.at(i);
        p.rerankRank = 0;
        out << p;
    }
    return out;
}

// ------------------------------------------------------------------------------------------------

Reranker::Reranker(router::Router &router, QObject *parent)
    : QObject(parent)
    , m_router(router)
    , m_schedule(async::timerSchedule())
{
}

// the calls in flight are children: destroyed with this object, they cancel their requests
Reranker::~Reranker() = default;

void Reranker::setSchedule(Schedule schedule)
{
    m_schedule = std::move(schedule);
}

void Reranker::rerank(const Collection &collection, const QString &query, const QList<Passage> &candidates, std::function<void(RerankOutcome)> done)
{
    const QString model = collection.rerankModel.trimmed();
    if (candidates.size() < 2) { // nothing to reorder: no call
        RerankOutcome same;
        same.passages = applyRanking(candidates, {1});
        same.reranked = true;
        done(same);
        return;
    }
    auto keep = [candidates](const QString &why, double cost) {
        RerankOutcome o;
        o.passages = candidates;
        o.note = QCoreApplication::translate("sb::knowledge::Reranker", "not reranked: %1").arg(why);
        o.costUsd = cost;
        qCInfo(lcKnowledge) << o.note;
        return o;
    };
    struct State {
        QPointer<router::Dispatch> call;
        bool over = false; // done was called (an answer, or the timeout)
    };
    auto state = std::make_shared<State>();
    router::DispatchContext context = knowledgeCallContext(collection);
    context.task = router::Task::General; // passages of code do not make it a coding task
    state->call = m_router.dispatch(rerankRequest(model, query, candidates), context, this);
    auto answered = [state, candidates, model, done, keep](const router::DispatchResult &r) {
        if (state->call)
            state->call->deleteLater();
        if (state->over)
            return; // it timed out and was cancelled
        state->over = true;
        if (!r.ok()) {
            done(
                keep(QCoreApplication::translate("sb::knowledge::Reranker", "%1 failed (%2)").arg(model, providers::adviceFor(*r.outcome.error).text),
                     r.costUsd));
            return;
        }
        const std::optional<QList<int>> ranking = parseRanking(r.outcome.response.message.text(), int(candidates.size()));
        if (!ranking) {
            done(keep(QCoreApplication::translate("sb::knowledge::Reranker", "the answer of %1 named no passage numbers").arg(model), r.costUsd));
            return;
        }
        RerankOutcome o;
        o.passages = applyRanking(candidates, *ranking);
        o.reranked = true;
        o.costUsd = r.costUsd;
        done(o);
    };
    // a call refused before it starts (no target, a budget) has finished already
    if (state->call->isFinished()) {
        answered(state->call->result());
        return;
    }
    connect(state->call, &router::Dispatch::finished, this, answered);
    m_schedule(kTimeoutMs, this, [state, done, keep, model] {
        if (state->over)
            return;
        state->over = true;
        if (state->call)
            state->call->cancel(); // the ledger keeps the cancelled call; `answered` deletes it
        done(keep(QCoreApplication::translate("sb::knowledge::Reranker", "%1 did not answer within %2 s").arg(model).arg(kTimeoutMs / 1000), 0));
    });
}

} // namespace sb::knowledge
