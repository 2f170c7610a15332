#include "i18n.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace sb::ui {

QStringList availableLanguages()
{
    QStringList langs{QStringLiteral("en")};
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("switchboard_*.qm")}, QDir::Files, QDir::Name);
    for (QString f : files) {
        f.remove(QStringLiteral("switchboard_"));
        f.chop(3);
        if (f != QLatin1String("en"))
            langs << f;
    }
    return langs;
}

namespace {
QList<QTranslator *> g_installed;
}

QString installTranslations(const QString &language)
{
    for (QTranslator *t : std::as_const(g_installed)) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    g_installed.clear();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto *app = QCoreApplication::instance();
    auto *ours = new QTranslator(app);
    if (!ours->load(locale, QStringLiteral("switchboard"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete ours;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(ours);
    g_installed << ours;
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        g_installed << qt;
    } else {
        delete qt;
    }
    QLocale::setDefault(locale);
    return locale.name().section(QLatin1Char('_'), 0, 0);
}

} // namespace sb::ui
