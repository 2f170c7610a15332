#pragma once

#include "common/expected.h"
#include "usage/queries.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace sb {
class Database;
}

namespace sb::ui::usagepage {

// Everything the Usage page shows for one filter, read in one go on a worker thread (the queries use
// that thread's connection). Each part keeps its own error so one failing query does not hide the rest.
struct Snapshot {
    usage::Filter filter;
    usage::Dimension dimension = usage::Dimension::Provider;
    Expected<usage::Totals> totals = usage::Totals{};
    Expected<QList<usage::DailySpend>> spend = QList<usage::DailySpend>{};
    Expected<QList<usage::DailyTokens>> tokens = QList<usage::DailyTokens>{};
    Expected<QList<usage::LatencyStats>> latency = QList<usage::LatencyStats>{};
    // 0: latency's percentiles are the exact ones; else how far they may be from them (a team server
    // estimates them from its daily rollups' histograms: team::UsageReport::latencyRelativeError)
    double latencyRelativeError = 0;
    Expected<QList<usage::ErrorRate>> errors = QList<usage::ErrorRate>{};
    Expected<QList<usage::KeySpend>> topKeys = QList<usage::KeySpend>{};
    Expected<QList<usage::RequestSpend>> topRequests = QList<usage::RequestSpend>{};
    Expected<usage::CallPage> calls = usage::CallPage{};
    Expected<qint64> unpriced = qint64(0); // calls whose model has no price
    // What the filter boxes offer: the providers, models and source keys with calls in the date range
    // (whatever the other filters say), sorted.
    QStringList providers;
    QStringList models;
    QStringList sourceKeys;
    // Titles of the conversations and comparisons among the top keys ("playground:12" -> title): a
    // bare id said nothing to the user.
    QHash<QString, QString> keyTitles;
    qint64 elapsedMs = 0;
};

struct SnapshotOptions {
    int topLimit = 10;
    int callPageSize = 200;
};

// Runs every query of the page for `filter`. Any thread.
Snapshot loadSnapshot(const std::shared_ptr<Database> &database, const usage::Filter &filter, usage::Dimension dimension,
                      const SnapshotOptions &options = {});

} // namespace sb::ui::usagepage
