#pragma once

#include <QList>
#include <QString>

#include <utility>

namespace sb::proxy {

// The settings that point a coding agent at the proxy, as the Proxy page shows them and as
// tests/e2e/tst_agents.cpp runs the agents with: one source, so what a user pastes is what was tested.
// `baseUrl` is the proxy's root (http://127.0.0.1:PORT), `model` what the agent asks for (a virtual
// model or PROVIDER/MODEL), `key` the proxy key or "$VAR" for a key kept in the environment.

// Claude Code reads environment variables. Every model slot it uses (the main one, the small one for
// titles and summaries, and the haiku/sonnet/opus defaults behind /model) is the same model, so no
// request asks for a Claude model the proxy does not route.
QList<std::pair<QString, QString>> claudeCodeEnvironment(const QString &baseUrl, const QString &key, const QString &model);
// "export NAME=value" lines, then "claude".
QString claudeCodeSnippet(const QString &baseUrl, const QString &key, const QString &model);

// Codex CLI: a model provider in ~/.codex/config.toml speaking the Responses API; the key comes from
// the environment variable named by codexKeyVariable().
QString codexConfigToml(const QString &baseUrl, const QString &model);
QString codexKeyVariable();
// The config.toml, then the export of the key.
QString codexSnippet(const QString &baseUrl, const QString &key, const QString &model);

// Qwen Code: OpenAI-compatible settings in the environment, Chat Completions with tools.
QList<std::pair<QString, QString>> qwenCodeEnvironment(const QString &baseUrl, const QString &key, const QString &model);
// "export NAME=value" lines, then "qwen --auth-type openai".
QString qwenCodeSnippet(const QString &baseUrl, const QString &key, const QString &model);

// Gemini CLI: the proxy as its Gemini endpoint (POST /v1beta/models/MODEL:streamGenerateContent) with
// the proxy key as the Gemini API key; it asks for an API key login in ~/.gemini/settings.json.
QList<std::pair<QString, QString>> geminiCliEnvironment(const QString &baseUrl, const QString &key, const QString &model);
QString geminiCliSettingsJson(); // {"security":{"auth":{"selectedType":"gemini-api-key"}}}
// The settings file, then "export NAME=value" lines, then "gemini".
QString geminiCliSnippet(const QString &baseUrl, const QString &key, const QString &model);

} // namespace sb::proxy
