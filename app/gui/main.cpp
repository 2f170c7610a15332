#include "appcontext.h"
#include "appsettings.h"
#include "common/filesizelimit.h"
#include "common/version.h"
#include "i18n.h"
#include "mainwindow.h"
#include "prompts.h"
#include "storage/keychainsecretstore.h"
#include "theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

using namespace sb;
using namespace sb::ui;

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

    installTranslations(prefs.language());
    ThemeManager::captureSystemDefaults();
    ThemeManager::apply(prefs.theme());

    const QString dataDir = parser.isSet(QStringLiteral("data-dir")) ? parser.value(QStringLiteral("data-dir")) : prefs.effectiveDataDirectory();
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
    window.show();
    if (const QStringList files = parser.positionalArguments(); !files.isEmpty())
        window.openFile(files.first());
    window.offerWelcome(); // not when the import brought providers

    return app.exec();
}
