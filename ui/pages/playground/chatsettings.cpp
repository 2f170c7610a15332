#include "pages/playground/chatsettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace sb::ui {

ChatSettings::ChatSettings(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("settingsPanel"));
    setFrameShape(QFrame::StyledPanel);
    auto *form = new QFormLayout(this);
    m_system = new QPlainTextEdit(this);
    m_system->setObjectName(QStringLiteral("systemPrompt"));
    m_system->setPlaceholderText(tr("Optional: how the model should behave"));
    m_system->setFixedHeight(m_system->fontMetrics().lineSpacing() * 4 + 10);
    form->addRow(tr("System prompt"), m_system);
    auto *params = new QHBoxLayout;
    m_temperature = new QDoubleSpinBox(this);
    m_temperature->setRange(-0.1, 2.0);
    m_temperature->setSingleStep(0.1);
    m_temperature->setDecimals(2);
    m_temperature->setSpecialValueText(tr("default"));
    m_temperature->setValue(-0.1);
    m_topP = new QDoubleSpinBox(this);
    m_topP->setRange(-0.05, 1.0);
    m_topP->setSingleStep(0.05);
    m_topP->setDecimals(2);
    m_topP->setSpecialValueText(tr("default"));
    m_topP->setValue(-0.05);
    m_maxTokens = new QSpinBox(this);
    m_maxTokens->setRange(0, 1'000'000);
    m_maxTokens->setSingleStep(256);
    m_maxTokens->setSpecialValueText(tr("default"));
    m_effort = new QComboBox(this);
    m_effort->addItem(tr("default"), QString());
    for (const char *e : {"minimal", "low", "medium", "high"})
        m_effort->addItem(QString::fromLatin1(e), QString::fromLatin1(e));
    m_json = new QCheckBox(tr("JSON mode"), this);
    params->addWidget(new QLabel(tr("Temperature"), this));
    params->addWidget(m_temperature);
    params->addWidget(new QLabel(tr("Top p"), this));
    params->addWidget(m_topP);
    params->addWidget(new QLabel(tr("Max tokens"), this));
    params->addWidget(m_maxTokens);
    params->addWidget(new QLabel(tr("Reasoning effort"), this));
    params->addWidget(m_effort);
    params->addWidget(m_json);
    params->addStretch(1);
    form->addRow(tr("Parameters"), params);
}

QString ChatSettings::systemPrompt() const
{
    return m_system->toPlainText();
}

void ChatSettings::setSystemPrompt(const QString &text)
{
    m_system->setPlainText(text);
}

void ChatSettings::setReasoningAvailable(bool available)
{
    m_effort->setEnabled(available);
}

QJsonObject ChatSettings::params() const
{
    QJsonObject p;
    if (m_temperature->value() >= 0)
        p.insert(QStringLiteral("temperature"), m_temperature->value());
    if (m_topP->value() >= 0)
        p.insert(QStringLiteral("top_p"), m_topP->value());
    if (m_maxTokens->value() > 0)
        p.insert(QStringLiteral("max_tokens"), m_maxTokens->value());
    if (const QString e = m_effort->currentData().toString(); !e.isEmpty())
        p.insert(QStringLiteral("reasoning_effort"), e);
    if (m_json->isChecked())
        p.insert(QStringLiteral("json"), true);
    return p;
}

void ChatSettings::applyParams(const QJsonObject &p)
{
    m_temperature->setValue(p.contains(QLatin1String("temperature")) ? p.value(QLatin1String("temperature")).toDouble() : m_temperature->minimum());
    m_topP->setValue(p.contains(QLatin1String("top_p")) ? p.value(QLatin1String("top_p")).toDouble() : m_topP->minimum());
    m_maxTokens->setValue(p.value(QLatin1String("max_tokens")).toInt());
    const int e = m_effort->findData(p.value(QLatin1String("reasoning_effort")).toString());
    m_effort->setCurrentIndex(e < 0 ? 0 : e);
    m_json->setChecked(p.value(QLatin1String("json")).toBool());
}

} // namespace sb::ui
