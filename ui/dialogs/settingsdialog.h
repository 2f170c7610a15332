#pragma once

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QFontComboBox;
class QSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSettings;
class QStackedWidget;

namespace sb::ui {

class Prompts;

// Application preferences in sections (a list beside a stack of pages): General (theme and the fonts
// of answers and code, and the language, applied at once), Chat (the send key, the model of
// a new conversation and Compare's models, applied at once), Startup (start at login, start in the tray
// with the proxy on) and Data (the data directory, after a restart; history retention; clear all local
// data). A page of its own class joins with addSection(title, page).
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    // inUse: the data directory this run uses (shown when none is set; "" = the default)
    SettingsDialog(QSettings &settings, Prompts &prompts, QWidget *parent = nullptr, const QString &inUse = {});
    ~SettingsDialog() override;

    bool restartNeeded() const { return m_restartNeeded; }
    // The models to choose the defaults from (what the router offers); saved ones no longer offered
    // stay listed, marked.
    void setModels(const QStringList &models);
    // "Clear all local data" was confirmed: the dialog closed (accepted) without saving anything else,
    // and the caller clears (localdata.h).
    bool clearDataRequested() const { return m_clearRequested; }
    // The confirmation's text: exactly what goes and what stays.
    static QString clearDataQuestion(const QString &dataDirectory);
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
    QComboBox *m_defaultModel = nullptr;
    QListWidget *m_compareModels = nullptr;
    QLabel *m_noModels = nullptr;
    QFontComboBox *m_answerFont = nullptr;
    QSpinBox *m_answerSize = nullptr;
    QFontComboBox *m_codeFont = nullptr;
    QSpinBox *m_codeSize = nullptr;
    QCheckBox *m_inTray = nullptr;
    QSpinBox *m_historyDays = nullptr;
    QString m_dataInUse;
    bool m_clearRequested = false;
    QCheckBox *m_autostart = nullptr;
    int m_startupSection = 0;
    QComboBox *m_language = nullptr;
    QLineEdit *m_dataDir = nullptr;
    bool m_restartNeeded = false;
    QList<std::pair<int, std::function<bool()>>> m_applies; // section, what OK runs first
};

} // namespace sb::ui
