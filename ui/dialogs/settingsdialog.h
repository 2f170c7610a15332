#pragma once

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QSettings;
class QStackedWidget;

namespace sb::ui {

class Prompts;

// Application preferences in sections (a list beside a stack of pages): General (theme, applied at
// once; language, applied at once), Chat (the send key, applied at once), Startup (start at login) and Data (the data directory,
// after a restart). A page of its own class joins with addSection(title, page).
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    // inUse: the data directory this run uses (shown when none is set; "" = the default)
    SettingsDialog(QSettings &settings, Prompts &prompts, QWidget *parent = nullptr, const QString &inUse = {});
    ~SettingsDialog() override;

    bool restartNeeded() const { return m_restartNeeded; }
    // Appends a section; the dialog owns the page. Returns its index.
    int addSection(const QString &title, QWidget *page);
    void showSection(int index);
    int sectionCount() const;
    void accept() override;
    // A section of its own (e.g. NetworkSettingsPage); OK runs `apply` first and stays open when it fails.
    void addSection(const QString &title, QWidget *section, std::function<bool()> apply);

protected:
    void changeEvent(QEvent *event) override; // a new language: the tooltip that names the data directory

private:
    QSettings &m_settings;
    Prompts &m_prompts;
    QListWidget *m_sections = nullptr;
    QStackedWidget *m_pages = nullptr;
    QComboBox *m_theme = nullptr;
    QComboBox *m_sendKey = nullptr;
    QCheckBox *m_autostart = nullptr;
    int m_startupSection = 0;
    QComboBox *m_language = nullptr;
    QLineEdit *m_dataDir = nullptr;
    bool m_restartNeeded = false;
    QList<std::pair<int, std::function<bool()>>> m_applies; // section, what OK runs first
};

} // namespace sb::ui
