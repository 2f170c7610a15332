#pragma once

#include "common/expected.h"

#include <QByteArray>
#include <QJsonArray>
#include <QString>

namespace sb {
class Database;
}

namespace sb::monitor {

// The workspace's routing as monitor_routing_changes records it: {"routes": [...], "virtualModels":
// [...]} as compact JSON (object keys sorted), its SHA-256 (hex) and a summary ("3 routes, 2 virtual
// models").
struct RoutingConfig {
    QByteArray json;
    QString hash;
    QString summary;
    static RoutingConfig of(const QJsonArray &routes, const QJsonArray &virtualModels);
};

// Records the routing at `atMs` unless the latest record has the same hash; true when it recorded
// one. engine::Engine calls it when it opens and when the workspace is replaced, so that the Monitor
// charts can mark where the routing changed.
[[nodiscard]] Expected<bool> recordRouting(const Database &database, const RoutingConfig &routing, qint64 atMs);

} // namespace sb::monitor
