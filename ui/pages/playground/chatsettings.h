#pragma once

#include <QFrame>
#include <QJsonObject>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QPlainTextEdit;
class QSpinBox;

namespace sb::ui {

// The Playground's "System prompt and parameters" panel: the system prompt, temperature, top p, max
// tokens, reasoning effort and JSON mode. Parameters are kept with a conversation as a JSON object
// with only what differs from the provider's default.
class ChatSettings final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatSettings)

public:
    explicit ChatSettings(QWidget *parent = nullptr);

    QString systemPrompt() const;
    void setSystemPrompt(const QString &text);
    // {"temperature", "top_p", "max_tokens", "reasoning_effort", "json"}: the ones set
    QJsonObject params() const;
    void applyParams(const QJsonObject &params);
    // Reasoning effort only means something for reasoning models.
    void setReasoningAvailable(bool available);

private:
    QPlainTextEdit *m_system = nullptr;
    QDoubleSpinBox *m_temperature = nullptr;
    QDoubleSpinBox *m_topP = nullptr;
    QSpinBox *m_maxTokens = nullptr;
    QComboBox *m_effort = nullptr;
    QCheckBox *m_json = nullptr;
};

} // namespace sb::ui
