#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

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
    enum class Key { Theme, Language, DataDirectory, WindowGeometry, WindowState, LastPage, WelcomeDone, CtrlEnterSends };

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

    static QString themeName(Theme t);
    static Theme themeFromName(const QString &name);

private:
    static const Directive &directive(Key key);
    QSettings &m_settings;
};

} // namespace sb::ui
