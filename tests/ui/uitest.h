#pragma once

#include "appcontext.h"
#include "mainwindow.h"
#include "prompts.h"
#include "storage/secretstore.h"
#include "storage/workspace.h"

#include <QList>
#include <QPoint>
#include <QSettings>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTranslator>
#include <QUrl>

#include <functional>
#include <memory>

class QWidget;
class QTextBrowser;

namespace sb::uitest {

// Answers the UI's modal questions from a script and records what it was told.
class ScriptedPrompts final : public ui::Prompts
{
public:
    QStringList openAnswers; // next file names for openFile (empty string = cancel)
    QStringList saveAnswers; // next file names for saveFile
    QList<bool> confirmAnswers;
    QStringList errors; // titles + texts of error()s shown
    QStringList infos;
    QStringList confirmations; // texts of questions asked
    QList<int> chooseAnswers; // next answers to choose() (an index; -1 = cancel; none left: cancel)
    QStringList textAnswers; // next answers to askText() (none left: cancel)

    QString openFile(QWidget *, const QString &, const QString &) override;
    QString saveFile(QWidget *, const QString &, const QString &, const QString &) override;
    bool confirm(QWidget *, const QString &title, const QString &text) override;
    int choose(QWidget *, const QString &title, const QString &text, const QStringList &choices) override;
    QString askText(QWidget *, const QString &title, const QString &label, const QString &suggested) override;
    void error(QWidget *, const QString &title, const QString &text) override;
    void info(QWidget *, const QString &title, const QString &text) override;
};

// Where the first link to `href` is in a text browser (a Markdown view: its viewport's coordinates,
// for a click); a null point when there is none.
QPoint linkPosition(QTextBrowser *view, const QString &href);

// Saves a PNG of the widget under build/screenshots/ and returns its path.
QString saveScreenshot(QWidget *widget, const QString &name);

// A test that looks at something in English and German, light and dark: its _data() adds these four
// rows (columns "language" and "dark"); the test starts with useRowLanguageAndTheme(), which installs
// the row's language and theme and returns a name for its screenshots ("de-dark").
void addLanguageAndThemeRows();
QString useRowLanguageAndTheme();

// The pseudo-locale en_XA (scripts/pseudo_locale.py, built next to the tests): while it lives, every
// text is accented, bracketed and about 40 % longer, over the English ones. loaded() says whether the
// build made it.
class PseudoLocale
{
public:
    PseudoLocale();
    ~PseudoLocale();
    PseudoLocale(const PseudoLocale &) = delete;
    PseudoLocale &operator=(const PseudoLocale &) = delete;
    bool loaded() const { return m_loaded; }

private:
    QTranslator m_translator;
    bool m_loaded = false;
};

// What every UI test starts from (like KeePassXC's GuiTestBase): a fresh data directory with its
// database and workspace, secrets in memory, prompts from a script, settings in a private file, and
// the main window. A test's own fixture derives from it and adds its fake upstreams and page.
struct AppFixture {
    QTemporaryDir dir;
    QString dataDirectory; // empty: a folder in `dir`; set before open() to use one that outlives the fixture
    std::unique_ptr<QSettings> settings;
    std::shared_ptr<MemorySecretStore> secrets = std::make_shared<MemorySecretStore>();
    std::shared_ptr<SecretStore> keychain; // set before open(): the app keeps its secrets here instead (the real keychain)
    std::unique_ptr<ui::AppContext> context;
    ScriptedPrompts prompts;
    std::unique_ptr<ui::MainWindow> window;

    // Opens the database and the default workspace. False (with a warning) on failure.
    bool open();
    // Applies `edit` to the workspace (when given), saves it and starts the engine.
    bool startEngine(const std::function<void(Workspace &)> &edit = {});
    // Shows the main window at `size` on `page` (its name in the sidebar; empty: the first) and waits
    // until it is exposed.
    bool showWindow(QSize size, const QString &page = {});
    // A provider on a fake upstream whose key is the keychain entry "k" (storeKey() writes it).
    static ProviderConfig provider(const char *id, const char *kind, const QUrl &baseUrl, QStringList models = {});
    void storeKey(const QString &secret) { (void)secrets->write(QStringLiteral("k"), secret); }
};

} // namespace sb::uitest
