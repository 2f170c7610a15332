#pragma once

#include <QtGlobal>

#include <optional>

namespace sb {

// Output tokens per second while the answer was being generated: the tokens after the first, over the
// time from the first token to the end. Nothing when that cannot be told honestly: an answer of a few
// tokens, or one that arrived in a burst, would show thousands of tokens a second.
inline constexpr qint64 kRateMinTokens = 8;
inline constexpr qint64 kRateMinGeneratingMs = 100;

inline std::optional<double> tokensPerSecond(qint64 outputTokens, std::optional<qint64> latencyMs, std::optional<qint64> ttftMs)
{
    if (!latencyMs || !ttftMs || outputTokens < kRateMinTokens)
        return std::nullopt;
    const qint64 generating = *latencyMs - *ttftMs;
    if (generating < kRateMinGeneratingMs)
        return std::nullopt;
    return double(outputTokens - 1) * 1000.0 / double(generating);
}

} // namespace sb
