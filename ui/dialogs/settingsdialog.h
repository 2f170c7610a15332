#pragma once

#include <QDialog>

#include <functional>

class QComboBox;
class QLineEdit;
class QSettings;

namespace sb::ui {

class Prompts;

// Application preferences: theme (applied at once), language and data directory (after a restart).
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    // inUse: the data directory this run uses (shown when none is set; "" = the default)
    SettingsDialog(QSettings &settings, Prompts &prompts, QWidget *parent = nullptr, const QString &inUse = {});
    ~SettingsDialog() override;

    bool restartNeeded() const { return m_restartNeeded; }
    void accept() override;
    // A section of its own (e.g. NetworkSettingsPage); OK runs `apply` first and stays open when it fails.
    void addSection(const QString &title, QWidget *section, std::function<bool()> apply);

private:
    QSettings &m_settings;
    Prompts &m_prompts;
    QComboBox *m_theme = nullptr;
    QComboBox *m_language = nullptr;
    QLineEdit *m_dataDir = nullptr;
    bool m_restartNeeded = false;
    QList<std::function<bool()>> m_applies;
};

} // namespace sb::ui
