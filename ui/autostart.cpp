#include "autostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>

namespace sb::ui::autostart {

namespace {

#if defined(Q_OS_WIN)
const QString kRunKey = QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run");
const QString kRunValue = QStringLiteral("Switchboard");
#else
QString entryContents(const QString &program)
{
#if defined(Q_OS_MACOS)
    // a launch agent that runs the program once at login
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                          "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
                          "<plist version=\"1.0\">\n<dict>\n"
                          "  <key>Label</key><string>dev.switchboard.Switchboard</string>\n"
                          "  <key>ProgramArguments</key><array><string>%1</string></array>\n"
                          "  <key>RunAtLoad</key><true/>\n"
                          "</dict>\n</plist>\n")
        .arg(program.toHtmlEscaped());
#else
    // the Exec key quotes the path as the Desktop Entry Specification asks
    QString quoted = program;
    quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('"'), QLatin1String("\\\""))
        .replace(QLatin1Char('`'), QLatin1String("\\`"))
        .replace(QLatin1Char('$'), QLatin1String("\\$"));
    return QStringLiteral("[Desktop Entry]\nType=Application\nName=Switchboard\nExec=\"%1\"\n"
                          "Icon=dev.switchboard.Switchboard\nTerminal=false\nX-GNOME-Autostart-enabled=true\n")
        .arg(quoted);
#endif
}
#endif

} // namespace

QString location()
{
#if defined(Q_OS_WIN)
    return kRunKey + QLatin1Char('\\') + kRunValue;
#elif defined(Q_OS_MACOS)
    return QDir::homePath() + QStringLiteral("/Library/LaunchAgents/dev.switchboard.Switchboard.plist");
#else
    QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (config.isEmpty() || !QDir::isAbsolutePath(config)) // the specification ignores a relative one
        config = QDir::homePath() + QStringLiteral("/.config");
    return config + QStringLiteral("/autostart/dev.switchboard.Switchboard.desktop");
#endif
}

bool isEnabled()
{
#if defined(Q_OS_WIN)
    return QSettings(kRunKey, QSettings::NativeFormat).contains(kRunValue);
#else
    return QFileInfo::exists(location());
#endif
}

Expected<void> setEnabled(bool on, const QString &program)
{
#if defined(Q_OS_WIN)
    QSettings run(kRunKey, QSettings::NativeFormat);
    if (on)
        run.setValue(kRunValue, QStringLiteral("\"%1\"").arg(QDir::toNativeSeparators(program)));
    else
        run.remove(kRunValue);
    run.sync();
    if (run.status() != QSettings::NoError)
        return Error::make(
            Error::Kind::Io,
            QCoreApplication::translate("sb::ui::autostart", "Cannot change %1. Check that your account may edit its own Run key.").arg(kRunKey));
    return {};
#else
    const QString path = location();
    if (!on) {
        if (QFileInfo::exists(path) && !QFile::remove(path))
            return Error::make(
                Error::Kind::Io,
                QCoreApplication::translate("sb::ui::autostart", "Cannot remove %1. Delete the file yourself or make its folder writable.")
                    .arg(path));
        return {};
    }
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return Error::make(
            Error::Kind::Io,
            QCoreApplication::translate("sb::ui::autostart", "Cannot create the folder %1. Make its parent writable, then try again.").arg(folder));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(entryContents(program).toUtf8()) < 0 || !file.commit())
        return Error::make(Error::Kind::Io,
                           QCoreApplication::translate("sb::ui::autostart", "Cannot write %1. Make the folder writable, then try again.").arg(path));
    return {};
#endif
}

} // namespace sb::ui::autostart
