#include "layout.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace sb::ui {

QHash<QString, QPointF> layeredLayout(const QStringList &ids, const QList<std::pair<QString, QString>> &edges, const QHash<QString, double> &heights,
                                      const LayoutSpacing &spacing)
{
    const int n = int(ids.size());
    QHash<QString, int> index;
    for (int i = 0; i < n; ++i)
        index.insert(ids.at(i), i);
    std::vector<std::vector<int>> next(n);
    for (const auto &[from, to] : edges) {
        const int a = index.value(from, -1);
        const int b = index.value(to, -1);
        if (a >= 0 && b >= 0 && a != b)
            next[a].push_back(b);
    }

    // depth-first, in the steps' order: edges back to a step on the stack close a cycle and are dropped
    enum Mark : char { White, Grey, Black };
    std::vector<Mark> mark(n, White);
    std::vector<std::vector<int>> dag(n);
    std::vector<int> order; // reverse post-order = a topological order of the DAG
    order.reserve(n);
    for (int root = 0; root < n; ++root) {
        if (mark[root] != White)
            continue;
        std::vector<std::pair<int, size_t>> stack{{root, 0}};
        mark[root] = Grey;
        while (!stack.empty()) {
            auto &[v, i] = stack.back();
            if (i < next[v].size()) {
                const int w = next[v][i++];
                if (mark[w] == Grey)
                    continue;
                dag[v].push_back(w);
                if (mark[w] == White) {
                    mark[w] = Grey;
                    stack.emplace_back(w, 0);
                }
            } else {
                mark[v] = Black;
                order.push_back(v);
                stack.pop_back();
            }
        }
    }
    std::reverse(order.begin(), order.end());

    // layer: the longest path from a step nothing waits for
    std::vector<int> layer(n, 0);
    std::vector<std::vector<int>> prev(n);
    for (int v : order) {
        for (int w : dag[v]) {
            layer[w] = std::max(layer[w], layer[v] + 1);
            prev[w].push_back(v);
        }
    }
    const int layers = n == 0 ? 0 : *std::max_element(layer.begin(), layer.end()) + 1;
    std::vector<std::vector<int>> rows(layers);
    for (int v = 0; v < n; ++v)
        rows[layer[v]].push_back(v); // the steps' own order to start with

    // a few sweeps: each step moves to the median position of its neighbours in the layer before (or after)
    std::vector<double> rank(n, 0);
    auto renumber = [&](const std::vector<int> &row) {
        for (size_t i = 0; i < row.size(); ++i)
            rank[row[i]] = double(i);
    };
    for (const auto &row : rows)
        renumber(row);
    auto sweep = [&](int l, const std::vector<std::vector<int>> &neighbours) {
        std::vector<int> &row = rows[l];
        std::vector<std::pair<double, int>> keyed;
        keyed.reserve(row.size());
        for (int v : row) {
            std::vector<double> at;
            for (int u : neighbours[v])
                at.push_back(rank[u]);
            double key = rank[v];
            if (!at.empty()) {
                std::sort(at.begin(), at.end());
                key = at.size() % 2 ? at[at.size() / 2] : (at[at.size() / 2 - 1] + at[at.size() / 2]) / 2;
            }
            keyed.emplace_back(key, v);
        }
        std::stable_sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        for (size_t i = 0; i < row.size(); ++i)
            row[i] = keyed[i].second;
        renumber(row);
    };
    for (int pass = 0; pass < 4; ++pass) {
        for (int l = 1; l < layers; ++l)
            sweep(l, prev);
        for (int l = layers - 2; l >= 0; --l)
            sweep(l, dag);
    }

    // each layer a column, centred on the same line
    QHash<QString, QPointF> out;
    for (int l = 0; l < layers; ++l) {
        double total = 0;
        for (int v : rows[l])
            total += heights.value(ids.at(v), 60) + spacing.rowGap;
        double y = -(total - spacing.rowGap) / 2;
        for (int v : rows[l]) {
            out.insert(ids.at(v), QPointF(l * spacing.columnWidth, std::round(y)));
            y += heights.value(ids.at(v), 60) + spacing.rowGap;
        }
    }
    return out;
}

} // namespace sb::ui
