#pragma once

#include "common/expected.h"
#include "protocol/types.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace sb::catalog {

// Prices in US dollars per million tokens. Unset cache and reasoning prices fall back: cache read and
// cache write to the input price, reasoning to the output price.
struct Prices {
    double input = 0;
    double output = 0;
    std::optional<double> cacheRead;
    std::optional<double> cacheWrite;
    std::optional<double> reasoning;

    bool operator==(const Prices &) const = default;
    double cacheReadOrInput() const { return cacheRead.value_or(input); }
    double cacheWriteOrInput() const { return cacheWrite.value_or(input); }
    double reasoningOrOutput() const { return reasoning.value_or(output); }
};

struct Capabilities {
    bool tools = false;
    bool vision = false;
    bool jsonMode = false; // response_format json_object / JSON schema
    bool reasoning = false; // thinking / reasoning effort
    bool embeddings = false; // an embedding model rather than a chat model
    // Anthropic: takes `role: "system"` messages inside `messages` as they are (else the proxy turns
    // them into <system-reminder> text where they stand). Named "system_messages" in the catalog.
    bool systemMessages = false;
    // Reads PDFs sent as document parts (Anthropic document blocks, Gemini inline data, OpenAI file
    // input), with their layout and images. Named "pdf" in the catalog.
    bool pdf = false;

    bool operator==(const Capabilities &) const = default;
};

struct ModelInfo {
    QString vendor; // catalog vendor: openai, anthropic, gemini, deepseek, mistral, groq, xai, ollama, ...
    QString id; // the model id the vendor's API takes
    QString name; // shown to people
    qint64 contextWindow = 0; // tokens
    qint64 maxOutput = 0; // tokens
    Prices prices;
    Capabilities capabilities;

    bool operator==(const ModelInfo &) const = default;
};

// What a call cost, by kind of token. All in US dollars.
struct Cost {
    double input = 0;
    double output = 0;
    double cacheRead = 0;
    double cacheWrite = 0;
    double reasoning = 0;
    double total() const { return input + output + cacheRead + cacheWrite + reasoning; }
};

// outputTokens include reasoningTokens (see protocol::Usage): reasoning is priced separately and the
// rest of the output at the output price.
Cost costOf(const Prices &prices, const protocol::Usage &usage);

// The model catalog: context windows, output limits, prices and capabilities, dated, shipped as a
// JSON resource and overridable per workspace (Workspace::modelOverrides: "VENDOR/MODEL" -> fields).
class Catalog
{
public:
    static QString builtInPath() { return QStringLiteral(":/catalog/models.json"); }
    [[nodiscard]] static Expected<Catalog> fromJson(const QByteArray &json, const QString &sourceName);
    // The catalog shipped with this build.
    static const Catalog &builtIn();

    QString asOf() const { return m_asOf; }
    QList<ModelInfo> models() const { return m_models; }
    int size() const { return int(m_models.size()); }

    // Exact id first, then a dated snapshot of a known id ("gpt-4o-2024-08-06" -> "gpt-4o",
    // "claude-sonnet-4-20250514" -> "claude-sonnet-4"), the longest known id winning.
    std::optional<ModelInfo> find(const QString &vendor, const QString &modelId) const;

    // A copy with overrides applied: keys "VENDOR/MODEL", values objects with any of the model
    // fields (contextWindow, maxOutput, prices{...}, capabilities{...}, name). Unknown models are added
    // when they give at least their prices.
    [[nodiscard]] Expected<Catalog> withOverrides(const QJsonObject &overrides) const;

private:
    QString m_asOf;
    QList<ModelInfo> m_models;
    QHash<QString, qsizetype> m_index; // "vendor/id" -> position
    void reindex();
};

} // namespace sb::catalog
