#pragma once

#include "protocol/codec.h"

#include <QList>
#include <QString>

namespace sb::providers {

// A kind of provider people pick from a list: how to reach it and how to talk to it.
struct Preset {
    QString id; // openai, anthropic, gemini, ollama, deepseek, ..., custom
    QString name; // shown to people
    QString kind; // the workspace provider kind (Workspace::providerKinds())
    protocol::Dialect dialect = protocol::Dialect::OpenAiChat;
    QString defaultBaseUrl; // may include a version prefix (".../v1")
    QString catalogVendor; // where prices come from in the model catalog
    QString keyEnvVar; // the variable people usually keep the key in
    bool needsKey = true;
    bool local = false; // runs on this machine or network
    enum class Auth { Bearer, AnthropicKey, GoogleKey, AzureKey, None };
    Auth auth = Auth::Bearer;
};

const QList<Preset> &presets();
const Preset *presetById(const QString &id);

} // namespace sb::providers
