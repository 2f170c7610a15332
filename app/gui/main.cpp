#include "appcontext.h"
#include "appsettings.h"
#include "common/filesizelimit.h"
#include "common/version.h"
#include "i18n.h"
#include "localdata.h"
#include "mainwindow.h"
#include "prompts.h"
#include "storage/keychainsecretstore.h"
#include "theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>

using namespace sb;
using namespace sb::ui;

namespace {

// Opens the data directory, shows the window and runs until the app quits; everything it opened is
// closed again when it returns the exit code.
// file: a workspace file given on the command line, imported after a confirmation (may be empty).
int run(QApplication &app, QSettings &settings, const QString &dataDir, const QString &file)
{
    AppContext context(dataDir, std::make_shared<KeychainSecretStore>());
    QtPrompts prompts;

    if (auto db = context.openDatabase(); !db) {
        QMessageBox::critical(nullptr, QObject::tr("Switchboard"),
                              QObject::tr("The database in %1 could not be opened.\n\n%2\n\nChoose another data directory with --data-dir, "
                                          "or move the file away.")
                                  .arg(QDir::toNativeSeparators(dataDir), db.error().message));
        return 1;
    }
    if (auto ws = context.loadWorkspace(); !ws) {
        QMessageBox box(QMessageBox::Warning, QObject::tr("Switchboard"),
                        QObject::tr("The workspace file could not be loaded:\n\n%1").arg(ws.error().message));
        box.setInformativeText(QObject::tr("Start with a new workspace? The current file is kept next to it, renamed."));
        QPushButton *fresh = box.addButton(QObject::tr("Start with a new workspace"), QMessageBox::AcceptRole);
        box.addButton(QObject::tr("Quit"), QMessageBox::RejectRole);
        box.exec();
        if (box.clickedButton() != static_cast<QAbstractButton *>(fresh))
            return 1;
        auto aside = context.setAsideBrokenWorkspace();
        if (!aside) {
            QMessageBox::critical(nullptr, QObject::tr("Switchboard"), aside.error().message);
            return 1;
        }
    }

    if (auto engine = context.startEngine(); !engine) {
        QMessageBox::critical(nullptr, QObject::tr("Switchboard"), QObject::tr("The router could not start:\n\n%1").arg(engine.error().message));
        return 1;
    }

    MainWindow window(context, settings, prompts);
    const bool shown = window.startUp(); // false when it starts hidden in the tray
    if (!file.isEmpty())
        window.openFile(file);
    if (shown)
        window.offerWelcome(); // not when the import brought providers
    window.startUpdateChecks(); // as Settings, Updates says (once a day at most)
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    ignoreFileSizeLimitSignal();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Switchboard"));
    QApplication::setOrganizationName(QStringLiteral("Switchboard"));
    QApplication::setApplicationVersion(QStringLiteral(SWITCHBOARD_VERSION_STRING));
    QApplication::setDesktopFileName(QStringLiteral("dev.switchboard.Switchboard"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/switchboard.svg")));

    QSettings settings;
    AppSettings prefs(settings);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Switchboard: every LLM provider behind one interface."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("data-dir"), QStringLiteral("Use DIR as the data directory for this run."), QStringLiteral("DIR")});
    // what the installers' "Open with" association passes: an exported workspace file to import
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("A workspace file (.json) to import, after a confirmation."),
                                 QStringLiteral("[FILE.json]"));
    parser.process(app);

    // "Clear all local data" asked for it at the end of the last run: before anything is opened
    const auto cleared = localdata::clearIfRequested(settings);

    installTranslations(prefs.language());
    ThemeManager::captureSystemDefaults();
    ThemeManager::apply(prefs.theme());
    if (!cleared)
        QMessageBox::warning(nullptr, QObject::tr("Switchboard"), cleared.error().message);

    const QString dataDir = parser.isSet(QStringLiteral("data-dir")) ? parser.value(QStringLiteral("data-dir")) : prefs.effectiveDataDirectory();
    const QStringList files = parser.positionalArguments();
    const int code = run(app, settings, dataDir, files.isEmpty() ? QString() : files.first());
    if (code == 0 && localdata::isRequested(settings)) {
        // the database and the workspace are closed now: a new process clears them and starts empty
        if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), QCoreApplication::arguments().mid(1)))
            qWarning("Switchboard could not start again: start it yourself to finish clearing the local data.");
    }
    return code;
}
