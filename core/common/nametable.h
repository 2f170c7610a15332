#pragma once

#include <QLatin1String>
#include <QString>
#include <QStringView>

#include <array>
#include <optional>
#include <utility>

namespace sb {

// Enums stored and written by name: a constexpr table of (value, name) pairs, read both ways.
template<typename E, size_t N> using NameTable = std::array<std::pair<E, const char *>, N>;

template<typename E, size_t N> QString nameIn(const NameTable<E, N> &table, E value)
{
    for (const auto &[v, name] : table) {
        if (v == value)
            return QLatin1String(name);
    }
    return {};
}

template<typename E, size_t N> std::optional<E> valueIn(const NameTable<E, N> &table, QStringView name)
{
    for (const auto &[v, text] : table) {
        if (name == QLatin1String(text))
            return v;
    }
    return std::nullopt;
}

} // namespace sb
