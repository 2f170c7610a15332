#pragma once

#include <QString>
#include <QStringList>

namespace sb::ui {

// Installs Switchboard's and Qt's translators for a language ("" = the system locale).
// Replaces the translators a previous call installed. Returns the language loaded as shipped ("de",
// "zh_CN"; "en" when none matched).
QString installTranslations(const QString &language);
// Languages Switchboard ships, as locale names ("en" first).
QStringList availableLanguages();
// The name a language goes by in itself, for the language list: "Deutsch", "Português (Brasil)".
// QLocale's own names add the country where CLDR has one ("español de España"), so the shipped
// languages are named here; others fall back to QLocale's.
QString nativeLanguageName(const QString &language);

} // namespace sb::ui
