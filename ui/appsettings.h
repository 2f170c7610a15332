#pragma once

#include <QFont>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariant>

#include <optional>

namespace sb::ui {

enum class Theme { System, Light, Dark };

// The application's own preferences (not the workspace): one typed table of keys and defaults.
class AppSettings
{
public:
    struct Directive {
        const char *key;
        QVariant defaultValue;
    };
    // WelcomeDone: the first-run welcome was finished or skipped; it is not offered by itself again
    // ClearDataPending: the data directory to empty at the next start (see localdata.h)
    // Update*: the release feed (Settings, Updates): its URL ("" = the built-in one), automatic checks
    // (unset = on, or off on a managed install), pre-releases too, the version skipped, the last check
    // (UTC) and what it found (a sentence in the language of that time)
    enum class Key {
        Theme,
        Language,
        DataDirectory,
        WindowGeometry,
        WindowState,
        LastPage,
        WelcomeDone,
        CtrlEnterSends,
        DefaultModel,
        CompareModels,
        AnswerFont,
        CodeFont,
        StartInTray,
        HistoryDays,
        ClearDataPending,
        UpdateFeedUrl,
        UpdateAutomatic,
        UpdatePrereleases,
        UpdateSkipped,
        UpdateLastCheck,
        UpdateLastResult
    };

    explicit AppSettings(QSettings &settings)
        : m_settings(settings)
    {
    }

    QVariant get(Key key) const;
    void set(Key key, const QVariant &value);

    Theme theme() const;
    void setTheme(Theme theme);
    // "" = follow the system locale, else a locale name such as "de".
    QString language() const { return get(Key::Language).toString(); }
    // "" = the default data directory.
    QString dataDirectory() const { return get(Key::DataDirectory).toString(); }
    QString effectiveDataDirectory() const;
    // true: Ctrl+Enter sends a message and Enter starts a new line; false (default): Enter sends.
    bool ctrlEnterSends() const { return get(Key::CtrlEnterSends).toBool(); }
    // The model a new Playground conversation starts with ("" = the first the router offers) and the
    // models Compare starts with (empty = none chosen).
    QString defaultModel() const { return get(Key::DefaultModel).toString(); }
    QStringList compareModels() const { return get(Key::CompareModels).toStringList(); }
    // The fonts of answers and of their code blocks; nullopt = the application's font and the system's
    // fixed-width font.
    std::optional<QFont> answerFont() const { return font(Key::AnswerFont); }
    std::optional<QFont> codeFont() const { return font(Key::CodeFont); }
    void setFont(Key key, const std::optional<QFont> &font);
    // Start hidden in the tray, with the local proxy on.
    bool startInTray() const { return get(Key::StartInTray).toBool(); }
    // Playground conversations not touched for this many days are deleted; 0 = kept forever.
    int historyDays() const { return get(Key::HistoryDays).toInt(); }

    // The release feed to check: the one set, else the built-in one.
    QUrl updateFeedUrl() const;
    // Whether the feed is checked by itself (once a day at most): the user's choice, else not on a
    // managed install (updates::managedInstall).
    bool checkUpdatesAutomatically(bool managedInstall) const;

    static QString themeName(Theme t);
    static Theme themeFromName(const QString &name);

private:
    std::optional<QFont> font(Key key) const;
    static const Directive &directive(Key key);
    QSettings &m_settings;
};

} // namespace sb::ui
