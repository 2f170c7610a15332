#include "usagedata.h"

#include "chat/conversationstore.h"
#include "compare/comparestore.h"

#include <QElapsedTimer>

namespace sb::ui::usagepage {

Snapshot loadSnapshot(const std::shared_ptr<Database> &database, const usage::Filter &filter, usage::Dimension dimension,
                      const SnapshotOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    const usage::UsageQueries queries(database);
    Snapshot s;
    s.filter = filter;
    s.dimension = dimension;
    s.totals = queries.totals(filter);
    s.spend = queries.spendPerDay(filter, dimension);
    s.tokens = queries.tokensPerDay(filter);
    s.latency = queries.latencyPerModel(filter);
    s.errors = queries.errorRates(filter);
    s.topKeys = queries.topSourceKeys(filter, options.topLimit);
    if (s.topKeys) {
        const chat::ConversationStore conversations(database);
        const compare::CompareStore comparisons(database);
        for (const usage::KeySpend &k : *s.topKeys) {
            bool numeric = false;
            const qint64 id = k.sourceKey.toLongLong(&numeric);
            if (!numeric)
                continue;
            QString title;
            if (k.source == usage::Source::Playground) {
                if (auto c = conversations.conversation(id))
                    title = c->title;
            } else if (k.source == usage::Source::Compare) {
                if (auto c = comparisons.comparison(id))
                    title = c->title;
            }
            if (!title.isEmpty())
                s.keyTitles.insert(usage::sourceName(k.source) + QLatin1Char(':') + k.sourceKey, title);
        }
    }
    s.topRequests = queries.topRequests(filter, options.topLimit);
    s.calls = queries.calls(filter, options.callPageSize);
    s.unpriced = queries.unpricedCalls(filter);

    // The filter boxes' choices come from the date range alone: a DISTINCT per list over the rollups,
    // as the team server's (the per-day spend by key sent a row per day and key)
    if (auto choices = queries.filterChoices(usage::Filter{filter.fromDay, filter.toDay, {}, {}, {}, {}})) {
        s.providers = choices->providers;
        s.models = choices->models;
        s.sourceKeys = choices->sourceKeys;
    }
    s.elapsedMs = timer.elapsed();
    return s;
}

} // namespace sb::ui::usagepage
