#include "i18n.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
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

QString nativeLanguageName(const QString &language)
{
    static const QHash<QString, QString> names{
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("ja"), QStringLiteral("日本語")},
        {QStringLiteral("ko"), QStringLiteral("한국어")},
        {QStringLiteral("pt_BR"), QStringLiteral("Português (Brasil)")},
        {QStringLiteral("ru"), QStringLiteral("Русский")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
    };
    if (const auto it = names.constFind(language); it != names.cend())
        return *it;
    QString name = QLocale(language).nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
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
    // the file that matched names the language: "de" for de_AT, "zh_CN" and "pt_BR" as shipped
    QString loaded = QFileInfo(ours->filePath()).completeBaseName();
    return loaded.remove(0, int(qstrlen("switchboard_")));
}

} // namespace sb::ui
