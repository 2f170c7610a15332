#pragma once

#include <QString>
#include <QStringList>

namespace sb::ui {

// Installs Switchboard's and Qt's translators for a language ("" = the system locale).
// Replaces the translators a previous call installed. Returns the language loaded ("en" when none matched).
QString installTranslations(const QString &language);
// Languages Switchboard ships, as locale names ("en" first).
QStringList availableLanguages();

} // namespace sb::ui
