#include "knowledge/context.h"

#include "knowledge/chunker.h"
#include "protocol/types.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace sb::knowledge {

namespace {

QString instruction()
{
    return QStringLiteral("Answer from the numbered sources below when they hold the answer, and cite each source you use as [n] "
                          "right after what it supports. If they do not hold the answer, say so.");
}

QString sourceBlock(int number, const Passage &p)
{
    return QStringLiteral("[%1] %2\n%3").arg(number).arg(citationLabel(p), p.text.trimmed());
}

} // namespace

QString citationLabel(const Passage &passage, LabelFor reader)
{
    QString name = passage.source;
    const QUrl url(passage.source);
    if (!url.isValid() || url.scheme().size() < 2) // a path ("C:" is a drive, not a scheme)
        name = QFileInfo(passage.source).fileName();
    QStringList parts{name};
    if (passage.page > 0)
        parts << (reader == LabelFor::App ? QCoreApplication::translate("sb::knowledge::Citation", "page %1") : QStringLiteral("page %1"))
                     .arg(passage.page);
    if (!passage.heading.isEmpty())
        parts << passage.heading;
    return parts.join(QStringLiteral(", "));
}

QString sourceList(const Context &context, LabelFor reader)
{
    QStringList lines;
    for (qsizetype i = 0; i < context.passages.size(); ++i)
        lines << QStringLiteral("[%1] %2").arg(i + 1).arg(citationLabel(context.passages.at(i), reader));
    return lines.join(QLatin1Char('\n'));
}

Context buildContext(const QList<Passage> &passages, int tokenBudget)
{
    Context context;
    QSet<qint64> seen;
    QStringList blocks;
    int used = estimateTokens(instruction());
    for (const Passage &p : passages) {
        if (seen.contains(p.chunkId))
            continue;
        seen.insert(p.chunkId);
        const QString block = sourceBlock(int(context.passages.size()) + 1, p);
        const int tokens = estimateTokens(block);
        if (used + tokens > tokenBudget && !context.passages.isEmpty())
            break; // the best ones are in; a lower one that would fit is not worth a gap in the ranking
        if (used + tokens > tokenBudget)
            continue; // the best passage alone is over the budget: try the next
        used += tokens;
        context.passages << p;
        blocks << block;
    }
    if (context.passages.isEmpty())
        return context;
    context.text = instruction() + QStringLiteral("\n\nSources:\n\n") + blocks.join(QStringLiteral("\n\n"));
    context.tokens = used;
    return context;
}

QString queryOf(const protocol::ChatRequest &request)
{
    for (auto it = request.messages.crbegin(); it != request.messages.crend(); ++it) {
        if (it->role == protocol::Role::User && !it->text().trimmed().isEmpty())
            return it->text().trimmed();
    }
    return {};
}

void applyContext(protocol::ChatRequest &request, const Context &context)
{
    if (context.text.isEmpty())
        return;
    request.system = request.system.isEmpty() ? context.text : request.system + QStringLiteral("\n\n") + context.text;
}

QList<int> citedSources(const QString &answer, int count)
{
    // [3], [1, 2], [1,2], [1; 4]: a bracket of numbers and separators only
    static const QRegularExpression bracket(QStringLiteral("\\[(\\d{1,3}(?:\\s*[,;]\\s*\\d{1,3})*)\\]"));
    static const QRegularExpression number(QStringLiteral("\\d+"));
    QList<int> out;
    for (auto m = bracket.globalMatch(answer); m.hasNext();) {
        const QString inside = m.next().captured(1);
        for (auto n = number.globalMatch(inside); n.hasNext();) {
            const int value = n.next().captured().toInt();
            if (value >= 1 && value <= count && !out.contains(value))
                out << value;
        }
    }
    return out;
}

QJsonObject contextToJson(const Context &context)
{
    if (context.passages.isEmpty() && context.notes.isEmpty() && context.collections.isEmpty())
        return {};
    QJsonArray passages;
    for (const Passage &p : context.passages) {
        QJsonObject o{{QStringLiteral("chunk"), p.chunkId}, {QStringLiteral("source"), p.source}, {QStringLiteral("text"), p.text}};
        if (!p.heading.isEmpty())
            o.insert(QStringLiteral("heading"), p.heading);
        if (p.page > 0)
            o.insert(QStringLiteral("page"), p.page);
        if (p.end > p.start) {
            o.insert(QStringLiteral("start"), qint64(p.start));
            o.insert(QStringLiteral("end"), qint64(p.end));
        }
        passages.append(o);
    }
    QJsonObject o{{QStringLiteral("collections"), QJsonArray::fromStringList(context.collections)},
                  {QStringLiteral("query"), context.query},
                  {QStringLiteral("passages"), passages}};
    if (!context.notes.isEmpty())
        o.insert(QStringLiteral("notes"), QJsonArray::fromStringList(context.notes));
    if (context.costUsd > 0)
        o.insert(QStringLiteral("costUsd"), context.costUsd);
    return o;
}

Context contextFromJson(const QJsonObject &json)
{
    Context context;
    const auto strings = [&json](const char *key) {
        QStringList out;
        for (const QJsonValue &v : json.value(QLatin1String(key)).toArray())
            out << v.toString();
        return out;
    };
    context.collections = strings("collections");
    context.notes = strings("notes");
    context.query = json.value(QLatin1String("query")).toString();
    context.costUsd = json.value(QLatin1String("costUsd")).toDouble();
    for (const QJsonValue &v : json.value(QLatin1String("passages")).toArray()) {
        const QJsonObject o = v.toObject();
        Passage p;
        p.chunkId = o.value(QLatin1String("chunk")).toInteger();
        p.source = o.value(QLatin1String("source")).toString();
        p.text = o.value(QLatin1String("text")).toString();
        if (p.source.isEmpty() && p.text.isEmpty())
            continue;
        p.heading = o.value(QLatin1String("heading")).toString();
        p.page = o.value(QLatin1String("page")).toInt();
        p.start = o.value(QLatin1String("start")).toInteger();
        p.end = o.value(QLatin1String("end")).toInteger();
        context.passages << p;
    }
    return context;
}

// ------------------------------------------------------------------------------------------------

struct ContextBuilder::Run {
    QStringList names;
    QString query;
    ContextOptions options;
    std::function<void(Expected<Context>)> done;
    qsizetype index = 0;
    QList<QList<Passage>> found; // per collection, best first
    QStringList notes;
    double costUsd = 0;
};

ContextBuilder::ContextBuilder(router::Router *router, std::shared_ptr<Database> database, QObject *parent)
    : QObject(parent)
    , m_store(std::make_shared<KnowledgeStore>(database))
    , m_retriever(router, std::move(database))
{
}

ContextBuilder::~ContextBuilder() = default;

void ContextBuilder::build(const QStringList &collections, const QString &query, const ContextOptions &options,
                           std::function<void(Expected<Context>)> done)
{
    auto run = std::make_shared<Run>();
    run->names = collections;
    run->names.removeDuplicates();
    run->query = query.trimmed();
    run->options = options;
    run->done = std::move(done);
    if (run->query.isEmpty() || run->names.isEmpty()) {
        Context empty;
        empty.collections = run->names;
        run->done(empty);
        return;
    }
    next(run);
}

void ContextBuilder::next(std::shared_ptr<Run> run)
{
    if (run->index == run->names.size()) {
        QList<QList<qint64>> rankings;
        QHash<qint64, Passage> byId;
        for (const QList<Passage> &list : std::as_const(run->found)) {
            QList<qint64> ids;
            for (const Passage &p : list) {
                ids << p.chunkId;
                byId.insert(p.chunkId, p);
            }
            rankings << ids;
        }
        QList<Passage> ranked;
        if (rankings.size() == 1) {
            ranked = run->found.constFirst(); // one collection: its own fused scores stay
        } else {
            for (const auto &[id, fused] : reciprocalRankFusion(rankings)) {
                Passage p = byId.value(id);
                p.fused = fused;
                ranked << p;
            }
        }
        Context context = buildContext(ranked.mid(0, run->options.search.topK), run->options.tokenBudget);
        context.collections = run->names;
        context.query = run->query;
        context.notes = run->notes;
        context.costUsd = run->costUsd;
        run->done(std::move(context));
        return;
    }
    const QString name = run->names.at(run->index);
    m_serial.run(
        this, [store = m_store, name] { return store->collection(name); },
        [this, run, name](Expected<Collection> collection) {
            if (!collection) {
                run->done(collection.error());
                return;
            }
            m_retriever.search(*collection, run->query, run->options.search, [this, run, name](Expected<SearchResult> result) {
                if (!result) {
                    run->done(Error::make(result.error().kind, QStringLiteral("%1: %2").arg(name, result.error().message)));
                    return;
                }
                if (!result->note.isEmpty())
                    run->notes << QStringLiteral("%1: %2").arg(name, result->note);
                run->costUsd += result->costUsd;
                run->found << result->passages;
                ++run->index;
                next(run);
            });
        });
}

} // namespace sb::knowledge
