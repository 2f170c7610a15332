#include "appsettings.h"

#include "common/paths.h"
#include "updates/feed.h"

#include <QDateTime>
#include <QHash>

namespace sb::ui {

const AppSettings::Directive &AppSettings::directive(Key key)
{
    static const QHash<Key, Directive> table{
        {Key::Theme, {"ui/theme", QStringLiteral("system")}},
        {Key::Language, {"ui/language", QString()}},
        {Key::DataDirectory, {"storage/dataDirectory", QString()}},
        {Key::WindowGeometry, {"ui/windowGeometry", QByteArray()}},
        {Key::WindowState, {"ui/windowState", QByteArray()}},
        {Key::LastPage, {"ui/lastPage", QString()}},
        {Key::WelcomeDone, {"ui/welcomeDone", false}},
        {Key::CtrlEnterSends, {"chat/ctrlEnterSends", false}},
        {Key::DefaultModel, {"chat/defaultModel", QString()}},
        {Key::CompareModels, {"compare/defaultModels", QStringList()}},
        {Key::AnswerFont, {"chat/answerFont", QString()}},
        {Key::CodeFont, {"chat/codeFont", QString()}},
        {Key::StartInTray, {"startup/inTray", false}},
        {Key::HistoryDays, {"chat/historyDays", 0}},
        {Key::ClearDataPending, {"storage/clearPending", QString()}},
        {Key::UpdateFeedUrl, {"updates/feedUrl", QString()}},
        {Key::UpdateAutomatic, {"updates/checkAutomatically", QVariant()}},
        {Key::UpdatePrereleases, {"updates/prereleases", false}},
        {Key::UpdateSkipped, {"updates/skippedVersion", QString()}},
        {Key::UpdateLastCheck, {"updates/lastCheck", QDateTime()}},
        {Key::UpdateLastResult, {"updates/lastResult", QString()}},
    };
    return table.find(key).value();
}

QVariant AppSettings::get(Key key) const
{
    const Directive &d = directive(key);
    return m_settings.value(QLatin1String(d.key), d.defaultValue);
}

void AppSettings::set(Key key, const QVariant &value)
{
    const Directive &d = directive(key);
    if (value == d.defaultValue)
        m_settings.remove(QLatin1String(d.key));
    else
        m_settings.setValue(QLatin1String(d.key), value);
}

QString AppSettings::themeName(Theme t)
{
    switch (t) {
    case Theme::Light: return QStringLiteral("light");
    case Theme::Dark: return QStringLiteral("dark");
    case Theme::System: break;
    }
    return QStringLiteral("system");
}

Theme AppSettings::themeFromName(const QString &name)
{
    if (name == QLatin1String("light"))
        return Theme::Light;
    if (name == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

Theme AppSettings::theme() const
{
    return themeFromName(get(Key::Theme).toString());
}

void AppSettings::setTheme(Theme theme)
{
    set(Key::Theme, themeName(theme));
}

std::optional<QFont> AppSettings::font(Key key) const
{
    QFont f;
    if (const QString text = get(key).toString(); text.isEmpty() || !f.fromString(text))
        return std::nullopt;
    return f;
}

void AppSettings::setFont(Key key, const std::optional<QFont> &font)
{
    set(key, font ? font->toString() : QString());
}

QUrl AppSettings::updateFeedUrl() const
{
    const QString set = get(Key::UpdateFeedUrl).toString().trimmed();
    return set.isEmpty() ? updates::defaultFeedUrl() : QUrl(set);
}

bool AppSettings::checkUpdatesAutomatically(bool managedInstall) const
{
    const QVariant chosen = get(Key::UpdateAutomatic);
    return chosen.isValid() ? chosen.toBool() : !managedInstall;
}

QString AppSettings::effectiveDataDirectory() const
{
    const QString dir = dataDirectory();
    return dir.isEmpty() ? paths::defaultDataDirectory() : dir;
}

} // namespace sb::ui
