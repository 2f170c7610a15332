#pragma once

#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <utility>

namespace sb::ui {

struct LayoutSpacing {
    double columnWidth = 270; // from one layer's left edge to the next one's
    double rowGap = 28; // between steps of one layer
};

// Positions (top-left corners) for a graph's steps, left to right in layers by dependency: a step sits
// one layer after the last step it waits for. Within a layer steps are ordered to keep edges short
// (median of their neighbours, a few sweeps each way), and layers are centred on one line. Edges that
// would close a cycle (a graph still being edited) are left out. Linear in the edges per sweep.
QHash<QString, QPointF> layeredLayout(const QStringList &ids, const QList<std::pair<QString, QString>> &edges, const QHash<QString, double> &heights,
                                      const LayoutSpacing &spacing = {});

} // namespace sb::ui
