#include "proxy/agentsettings.h"

#include <QStringList>

namespace sb::proxy {

QList<std::pair<QString, QString>> claudeCodeEnvironment(const QString &baseUrl, const QString &key, const QString &model)
{
    return {
        {QStringLiteral("ANTHROPIC_BASE_URL"), baseUrl},
        // a bearer token: Claude Code then skips its own login and sends no x-api-key
        {QStringLiteral("ANTHROPIC_AUTH_TOKEN"), key},
        {QStringLiteral("ANTHROPIC_MODEL"), model},
        {QStringLiteral("ANTHROPIC_DEFAULT_HAIKU_MODEL"), model},
        {QStringLiteral("ANTHROPIC_DEFAULT_SONNET_MODEL"), model},
        {QStringLiteral("ANTHROPIC_DEFAULT_OPUS_MODEL"), model},
        {QStringLiteral("ANTHROPIC_SMALL_FAST_MODEL"), model}, // versions before the DEFAULT_* variables
    };
}

namespace {

// "export NAME=value" for each variable, then the command that starts the agent.
QString exportsThen(const QList<std::pair<QString, QString>> &environment, const QString &command)
{
    QStringList lines;
    for (const auto &[name, value] : environment)
        lines << QStringLiteral("export %1=%2").arg(name, value);
    lines << command;
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace

QString claudeCodeSnippet(const QString &baseUrl, const QString &key, const QString &model)
{
    return exportsThen(claudeCodeEnvironment(baseUrl, key, model), QStringLiteral("claude"));
}

QString codexKeyVariable()
{
    return QStringLiteral("SWITCHBOARD_KEY");
}

QString codexConfigToml(const QString &baseUrl, const QString &model)
{
    return QStringLiteral("model = \"%1\"\n"
                          "model_provider = \"switchboard\"\n"
                          "\n"
                          "[model_providers.switchboard]\n"
                          "name = \"Switchboard\"\n"
                          "base_url = \"%2/v1\"\n"
                          "env_key = \"%3\"\n"
                          "wire_api = \"responses\"\n")
        .arg(model, baseUrl, codexKeyVariable());
}

QString codexSnippet(const QString &baseUrl, const QString &key, const QString &model)
{
    return QStringLiteral("# ~/.codex/config.toml\n") + codexConfigToml(baseUrl, model)
        + QStringLiteral("\n# then, in the shell:\nexport %1=%2\ncodex\n").arg(codexKeyVariable(), key);
}

QList<std::pair<QString, QString>> qwenCodeEnvironment(const QString &baseUrl, const QString &key, const QString &model)
{
    return {
        {QStringLiteral("OPENAI_BASE_URL"), baseUrl + QStringLiteral("/v1")},
        {QStringLiteral("OPENAI_API_KEY"), key},
        {QStringLiteral("OPENAI_MODEL"), model},
    };
}

QString qwenCodeSnippet(const QString &baseUrl, const QString &key, const QString &model)
{
    return exportsThen(qwenCodeEnvironment(baseUrl, key, model), QStringLiteral("qwen --auth-type openai"));
}

QList<std::pair<QString, QString>> geminiCliEnvironment(const QString &baseUrl, const QString &key, const QString &model)
{
    return {
        {QStringLiteral("GOOGLE_GEMINI_BASE_URL"), baseUrl},
        {QStringLiteral("GEMINI_API_KEY"), key},
        {QStringLiteral("GEMINI_MODEL"), model},
    };
}

QString geminiCliSettingsJson()
{
    return QStringLiteral(R"({"security":{"auth":{"selectedType":"gemini-api-key"}}})");
}

QString geminiCliSnippet(const QString &baseUrl, const QString &key, const QString &model)
{
    return QStringLiteral("# ~/.gemini/settings.json\n") + geminiCliSettingsJson() + QStringLiteral("\n\n# then, in the shell:\n")
        + exportsThen(geminiCliEnvironment(baseUrl, key, model), QStringLiteral("gemini"));
}

} // namespace sb::proxy
