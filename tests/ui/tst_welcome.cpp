#include "appsettings.h"
#include "dialogs/welcomedialog.h"
#include "fakeupstream.h"
#include "i18n.h"
#include "mainwindow.h"
#include "pages/playgroundpage.h"
#include "storage/keychainsecretstore.h"
#include "theme.h"
#include "uitest.h"
#include "widgets/modelpicker.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QHash>
#include <QListWidget>
#include <QPushButton>
#include <QTcpServer>
#include <QTest>

using namespace sb;
using namespace sb::ui;
using namespace sb::uitest;
namespace fk = sb::fakes;

namespace {

const QString kKey = QStringLiteral("sk-welcome-test-4711");

providers::EnvLookup envOf(QHash<QString, QString> vars)
{
    return [vars = std::move(vars)](const QString &name) { return vars.value(name); };
}

} // namespace

class TestWelcome : public QObject
{
    Q_OBJECT

private:
    // The real keychain (gnome-keyring in scripts/test.sh's session) when it answers; it must when
    // SB_REQUIRE_KEYCHAIN=1. Elsewhere the fixture's memory store.
    static std::shared_ptr<SecretStore> keychainOrNothing()
    {
        auto store = std::make_shared<KeychainSecretStore>(QStringLiteral("Switchboard Tests"));
        if (auto ok = store->checkAvailable(); !ok) {
            if (qEnvironmentVariableIntValue("SB_REQUIRE_KEYCHAIN") == 1)
                qFatal("SB_REQUIRE_KEYCHAIN=1 but: %s", qPrintable(ok.error().message));
            return nullptr;
        }
        return store;
    }

    struct Fixture : AppFixture {
        bool start()
        {
            keychain = keychainOrNothing();
            return open() && startEngine() && showWindow({1366, 768});
        }
        SecretStore &store() { return keychain ? *keychain : *secrets; }
        WelcomeDialog *waitForDialog(WelcomeDialog::Step step)
        {
            WelcomeDialog *d = window->welcomeDialog();
            if (!d)
                return nullptr;
            return QTest::qWaitFor([&] { return d->step() == step; }, 10000) ? d : nullptr;
        }
    };

private Q_SLOTS:
    void initTestCase()
    {
        ThemeManager::captureSystemDefaults();
        QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 10));
    }

    void cleanup()
    {
        installTranslations(QStringLiteral("en"));
        ThemeManager::apply(Theme::Light);
    }

    void addsTheProviderFromTheEnvironment_data() { addLanguageAndThemeRows(); }
    // A key in OPENAI_API_KEY and a gateway in OPENAI_BASE_URL (the fake upstream): the welcome finds it,
    // tests it, writes the key to the keychain (not the workspace file) and ends in the Playground with a
    // model the provider listed.
    void addsTheProviderFromTheEnvironment()
    {
        const QString shot = useRowLanguageAndTheme();
        fk::FakeUpstream fake(fk::Dialect::OpenAiChat);
        QVERIFY(fake.listen());
        fake.setApiKey(kKey);
        // davinci-legacy is listed but not in the catalog (so not offered): the Playground gets gpt-4o-mini
        fake.setModels({QStringLiteral("davinci-legacy"), QStringLiteral("gpt-4o-mini")});
        Fixture f;
        QVERIFY(f.start());
        WelcomeDialog::Options options;
        options.env = envOf(
            {{QStringLiteral("OPENAI_API_KEY"), kKey}, {QStringLiteral("OPENAI_BASE_URL"), fake.baseUrl().toString() + QStringLiteral("/v1")}});
        // an Ollama that accepts and never answers: the dialog looks until the probe's timeout
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        options.localServers = {{QStringLiteral("ollama"), QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort())}};
        options.probeTimeout = std::chrono::milliseconds(500);
        f.window->setWelcomeOptions(options);
        QVERIFY(f.window->offerWelcome());
        WelcomeDialog *dialog = f.window->welcomeDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->step(), WelcomeDialog::Step::Looking);
        saveScreenshot(dialog, QStringLiteral("welcome-1-looking-") + shot);

        QVERIFY(f.waitForDialog(WelcomeDialog::Step::Choose));
        QCOMPARE(dialog->found(), QStringList{QStringLiteral("openai")});
        auto *found = dialog->findChild<QListWidget *>(QStringLiteral("welcomeFound"));
        QCOMPARE(found->count(), 1);
        QVERIFY(found->item(0)->text().contains(QStringLiteral("OPENAI_API_KEY")));
        QVERIFY(!found->item(0)->text().contains(kKey));
        saveScreenshot(dialog, QStringLiteral("welcome-2-choose-") + shot);

        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("welcomeAdd")), Qt::LeftButton);
        QVERIFY(f.waitForDialog(WelcomeDialog::Step::Done));
        QVERIFY2(dialog->added() == QStringList{QStringLiteral("openai")}, qPrintable(dialog->results().join(u'\n')));
        saveScreenshot(dialog, QStringLiteral("welcome-3-done-") + shot);

        const ProviderConfig *cfg = f.context->workspace().provider(QStringLiteral("openai"));
        QVERIFY(cfg);
        QCOMPARE(cfg->apiKey, QStringLiteral("keychain:switchboard-provider-openai"));
        QCOMPARE(cfg->baseUrl, fake.baseUrl().toString() + QStringLiteral("/v1"));
        auto stored = f.store().read(QStringLiteral("switchboard-provider-openai"));
        QVERIFY2(stored, stored ? "" : qPrintable(stored.error().message));
        QCOMPARE(*stored, kKey);
        QFile file(f.context->workspacePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(kKey.toUtf8()));

        auto *finish = dialog->findChild<QPushButton *>(QStringLiteral("welcomeFinish"));
        QVERIFY(finish->isVisible());
        QTest::mouseClick(finish, Qt::LeftButton);
        QTRY_VERIFY(!f.window->welcomeDialog());
        QCOMPARE(f.window->currentPageId(), QStringLiteral("playground"));
        QCOMPARE(f.window->playgroundPage()->modelPicker()->currentModel(), QStringLiteral("openai/gpt-4o-mini"));
        QVERIFY(AppSettings(*f.settings).get(AppSettings::Key::WelcomeDone).toBool());
        saveScreenshot(f.window.get(), QStringLiteral("welcome-4-playground-") + shot);
        if (f.keychain)
            (void)f.keychain->remove(QStringLiteral("switchboard-provider-openai"));
    }

    // A local server (Ollama on a fake) and no keys: its models become the provider's list.
    void addsALocalServer()
    {
        fk::FakeUpstream ollama(fk::Dialect::Ollama);
        QVERIFY(ollama.listen());
        ollama.setModels({QStringLiteral("llama3.2:3b")});
        Fixture f;
        QVERIFY(f.start());
        WelcomeDialog::Options options;
        options.env = envOf({});
        options.localServers = {{QStringLiteral("ollama"), ollama.baseUrl().toString()}};
        f.window->setWelcomeOptions(options);
        QVERIFY(f.window->offerWelcome());
        WelcomeDialog *dialog = f.waitForDialog(WelcomeDialog::Step::Choose);
        QVERIFY(dialog);
        QCOMPARE(dialog->found(), QStringList{QStringLiteral("ollama")});
        dialog->addChecked();
        QVERIFY(f.waitForDialog(WelcomeDialog::Step::Done));
        QCOMPARE(dialog->added(), QStringList{QStringLiteral("ollama")});
        const ProviderConfig *cfg = f.context->workspace().provider(QStringLiteral("ollama"));
        QVERIFY(cfg);
        QVERIFY(cfg->apiKey.isEmpty());
        QCOMPARE(cfg->models, QStringList{QStringLiteral("llama3.2:3b")});
        dialog->accept();
        QTRY_VERIFY(!f.window->welcomeDialog());
        QCOMPARE(f.window->playgroundPage()->modelPicker()->currentModel(), QStringLiteral("ollama/llama3.2:3b"));
    }

    // A key the provider refuses: nothing is added, no key is written, and the dialog says why.
    void refusedKeyIsNotAdded()
    {
        fk::FakeUpstream fake(fk::Dialect::OpenAiChat);
        QVERIFY(fake.listen());
        fake.setApiKey(QStringLiteral("sk-other"));
        Fixture f;
        QVERIFY(f.start());
        WelcomeDialog::Options options;
        options.env = envOf({{QStringLiteral("OPENAI_API_KEY"), kKey}, {QStringLiteral("OPENAI_BASE_URL"), fake.baseUrl().toString()}});
        options.localServers = {};
        f.window->setWelcomeOptions(options);
        QVERIFY(f.window->offerWelcome());
        WelcomeDialog *dialog = f.waitForDialog(WelcomeDialog::Step::Choose);
        QVERIFY(dialog);
        dialog->addChecked();
        QVERIFY(f.waitForDialog(WelcomeDialog::Step::Done));
        QVERIFY(dialog->added().isEmpty());
        QCOMPARE(dialog->results().size(), 1);
        QVERIFY(f.context->workspace().providers.isEmpty());
        QVERIFY(!f.store().read(QStringLiteral("switchboard-provider-openai")));
        QCOMPARE(dialog->nextPage(), QStringLiteral("providers"));
        saveScreenshot(dialog, QStringLiteral("welcome-refused"));
    }

    void skipIsRemembered_data() { addLanguageAndThemeRows(); }
    // Nothing found: the dialog says where to go instead; Skip is remembered, Help > Welcome brings it back.
    void skipIsRemembered()
    {
        const QString shot = useRowLanguageAndTheme();
        Fixture f;
        QVERIFY(f.start());
        WelcomeDialog::Options options;
        options.env = envOf({});
        options.localServers = {};
        f.window->setWelcomeOptions(options);
        QVERIFY(f.window->offerWelcome());
        WelcomeDialog *dialog = f.waitForDialog(WelcomeDialog::Step::Done);
        QVERIFY(dialog);
        QVERIFY(dialog->found().isEmpty());
        QCOMPARE(dialog->nextPage(), QStringLiteral("providers"));
        saveScreenshot(dialog, QStringLiteral("welcome-nothing-") + shot);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("welcomeSkip")), Qt::LeftButton);
        QTRY_VERIFY(!f.window->welcomeDialog());
        QVERIFY(AppSettings(*f.settings).get(AppSettings::Key::WelcomeDone).toBool());
        QVERIFY(!f.window->offerWelcome());
        QVERIFY(!f.window->welcomeDialog());
        // remembered across runs: the same settings, a new window
        f.window.reset();
        QVERIFY(f.showWindow({1366, 768}));
        QVERIFY(!f.window->offerWelcome());
        auto *action = f.window->findChild<QAction *>(QStringLiteral("welcomeAction"));
        QVERIFY(action);
        f.window->setWelcomeOptions(options);
        action->trigger();
        QVERIFY(f.waitForDialog(WelcomeDialog::Step::Done));
        f.window->welcomeDialog()->reject();
        QTRY_VERIFY(!f.window->welcomeDialog());
    }
};

QTEST_MAIN(TestWelcome)
#include "tst_welcome.moc"
