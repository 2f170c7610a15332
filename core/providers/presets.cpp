#include "providers/presets.h"

namespace sb::providers {

using protocol::Dialect;

const QList<Preset> &presets()
{
    static const QList<Preset> list = [] {
        auto p = [](const char *id, const char *name, const char *kind, Dialect d, const char *url, const char *vendor, const char *env,
                    Preset::Auth auth, bool needsKey = true, bool local = false) {
            Preset x;
            x.id = QString::fromLatin1(id);
            x.name = QString::fromLatin1(name);
            x.kind = QString::fromLatin1(kind);
            x.dialect = d;
            x.defaultBaseUrl = QString::fromLatin1(url);
            x.catalogVendor = QString::fromLatin1(vendor);
            x.keyEnvVar = QString::fromLatin1(env);
            x.auth = auth;
            x.needsKey = needsKey;
            x.local = local;
            return x;
        };
        using A = Preset::Auth;
        return QList<Preset>{
            p("openai", "OpenAI", "openai", Dialect::OpenAiChat, "https://api.openai.com/v1", "openai", "OPENAI_API_KEY", A::Bearer),
            p("anthropic", "Anthropic", "anthropic", Dialect::AnthropicMessages, "https://api.anthropic.com", "anthropic", "ANTHROPIC_API_KEY",
              A::AnthropicKey),
            p("gemini", "Google Gemini", "gemini", Dialect::Gemini, "https://generativelanguage.googleapis.com", "gemini", "GEMINI_API_KEY",
              A::GoogleKey),
            p("ollama", "Ollama (local)", "ollama", Dialect::Ollama, "http://127.0.0.1:11434", "ollama", "", A::None, false, true),
            p("deepseek", "DeepSeek", "openai_compatible", Dialect::OpenAiChat, "https://api.deepseek.com/v1", "deepseek", "DEEPSEEK_API_KEY",
              A::Bearer),
            p("mistral", "Mistral", "openai_compatible", Dialect::OpenAiChat, "https://api.mistral.ai/v1", "mistral", "MISTRAL_API_KEY", A::Bearer),
            p("groq", "Groq", "openai_compatible", Dialect::OpenAiChat, "https://api.groq.com/openai/v1", "groq", "GROQ_API_KEY", A::Bearer),
            p("xai", "xAI", "openai_compatible", Dialect::OpenAiChat, "https://api.x.ai/v1", "xai", "XAI_API_KEY", A::Bearer),
            p("openrouter", "OpenRouter", "openai_compatible", Dialect::OpenAiChat, "https://openrouter.ai/api/v1", "openrouter",
              "OPENROUTER_API_KEY", A::Bearer),
            p("together", "Together AI", "openai_compatible", Dialect::OpenAiChat, "https://api.together.xyz/v1", "together", "TOGETHER_API_KEY",
              A::Bearer),
            p("azure", "Azure OpenAI", "openai_compatible", Dialect::OpenAiChat, "https://RESOURCE.openai.azure.com/openai/v1", "openai",
              "AZURE_OPENAI_API_KEY", A::AzureKey),
            p("lmstudio", "LM Studio (local)", "openai_compatible", Dialect::OpenAiChat, "http://127.0.0.1:1234/v1", "lmstudio", "", A::None, false,
              true),
            p("vllm", "vLLM", "openai_compatible", Dialect::OpenAiChat, "http://127.0.0.1:8000/v1", "vllm", "VLLM_API_KEY", A::Bearer, false, true),
            // a team's `switchboard-cli serve` (DESIGN.md, "Scale beyond one machine"): a member key, the
            // team's virtual models and routes, and the team's budgets and ledger on every call
            p("switchboard", "Switchboard team server", "switchboard", Dialect::OpenAiChat, "", "switchboard", "SWITCHBOARD_TEAM_KEY", A::Bearer),
            p("custom", "Custom (OpenAI-compatible)", "openai_compatible", Dialect::OpenAiChat, "", "custom", "", A::Bearer, false),
        };
    }();
    return list;
}

const Preset *presetById(const QString &id)
{
    for (const Preset &p : presets()) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

} // namespace sb::providers
