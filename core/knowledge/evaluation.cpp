#include "knowledge/evaluation.h"

#include "knowledge/context.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sb::knowledge {

Expected<QList<GoldenQuestion>> parseGolden(const QByteArray &jsonl)
{
    QList<GoldenQuestion> out;
    int number = 0;
    for (const QByteArray &line : jsonl.split('\n')) {
        ++number;
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError e{};
        const QJsonDocument doc = QJsonDocument::fromJson(line, &e);
        if (e.error != QJsonParseError::NoError || !doc.isObject())
            return Error::make(Error::Kind::Parse, QStringLiteral("line %1: not a JSON object (%2)").arg(number).arg(e.errorString()));
        const QJsonObject o = doc.object();
        GoldenQuestion q;
        q.question = o.value(QLatin1String("question")).toString().trimmed();
        for (const QJsonValue &v : o.value(QLatin1String("sources")).toArray())
            q.sources << v.toString();
        if (o.contains(QLatin1String("source")))
            q.sources << o.value(QLatin1String("source")).toString();
        q.sources.removeAll(QString());
        q.phrase = o.value(QLatin1String("phrase")).toString();
        if (q.question.isEmpty() || (q.sources.isEmpty() && q.phrase.isEmpty()))
            return Error::make(Error::Kind::Validation,
                               QStringLiteral("line %1: a question needs \"question\" and \"sources\" (or a \"phrase\")").arg(number));
        out << q;
    }
    if (out.isEmpty())
        return Error::make(Error::Kind::Validation, QStringLiteral("the golden set has no questions"));
    return out;
}

bool isRelevant(const Passage &passage, const GoldenQuestion &question)
{
    if (!question.sources.isEmpty()) {
        const bool fromSource = std::any_of(question.sources.begin(), question.sources.end(), [&passage](const QString &s) {
            return passage.source == s || passage.source.endsWith(QLatin1Char('/') + s);
        });
        if (!fromSource)
            return false;
    }
    return question.phrase.isEmpty() || passage.text.contains(question.phrase, Qt::CaseInsensitive);
}

Evaluator::Evaluator(router::Router *router, std::shared_ptr<Database> database, QObject *parent)
    : QObject(parent)
    , m_retriever(router, std::move(database))
{
}

void Evaluator::run(const Collection &collection, const QList<GoldenQuestion> &questions, const QList<SearchMode> &modes, int k)
{
    m_collection = collection;
    m_questions = questions;
    m_modes = modes;
    m_k = std::max(5, k);
    m_scores.clear();
    for (SearchMode mode : modes) {
        ModeScore s;
        s.mode = mode;
        m_scores << s;
    }
    m_mode = 0;
    m_question = 0;
    next();
}

void Evaluator::next()
{
    if (m_mode >= m_modes.size() || m_questions.isEmpty()) {
        for (ModeScore &s : m_scores) {
            if (s.questions > 0) {
                s.recallAt1 /= s.questions;
                s.recallAt5 /= s.questions;
                s.recallAtK /= s.questions;
                s.mrr /= s.questions;
                s.citationCorrect /= s.questions;
            }
        }
        Q_EMIT finished(m_scores);
        return;
    }
    Q_EMIT progress(m_mode * int(m_questions.size()) + m_question, int(m_modes.size() * m_questions.size()));
    SearchOptions options;
    options.mode = m_modes.at(m_mode);
    options.topK = m_k;
    const GoldenQuestion question = m_questions.at(m_question);
    m_retriever.search(m_collection, question.question, options, [this, question](Expected<SearchResult> r) {
        ModeScore &score = m_scores[m_mode];
        bool skipMode = false;
        if (!r) {
            score.note = r.error().message; // this mode cannot run (no vectors): the others still do
            skipMode = true;
        } else {
            if (score.note.isEmpty())
                score.note = r->note;
            ++score.questions;
            score.costUsd += r->costUsd;
            const Context context = buildContext(r->passages, ContextOptions{}.tokenBudget);
            if (!context.isEmpty() && isRelevant(context.passages.first(), question))
                score.citationCorrect += 1;
            for (qsizetype i = 0; i < r->passages.size(); ++i) {
                if (!isRelevant(r->passages.at(i), question))
                    continue;
                const int rank = int(i) + 1;
                score.recallAt1 += rank == 1 ? 1 : 0;
                score.recallAt5 += rank <= 5 ? 1 : 0;
                score.recallAtK += 1;
                score.mrr += 1.0 / rank;
                break;
            }
        }
        if (skipMode || ++m_question >= m_questions.size()) {
            m_question = 0;
            ++m_mode;
        }
        next();
    });
}

} // namespace sb::knowledge
