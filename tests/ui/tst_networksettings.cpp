#include "appcontext.h"
#include "dialogs/networksettingspage.h"
#include "dialogs/settingsdialog.h"
#include "fakeproxy.h"
#include "fakeupstream.h"
#include "i18n.h"
#include "mainwindow.h"
#include "pages/providerspage.h"
#include "testpaths.h"
#include "theme.h"
#include "uitest.h"
#include "widgets/networkform.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>

using namespace sb;
using namespace sb::ui;
using namespace sb::uitest;
namespace fk = sb::fakes;

namespace {

const QString kHiddenHost = QStringLiteral("upstream.test"); // resolvable by the fake proxy only

template<typename T> T *child(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

void type(QWidget *parent, const char *name, const QString &text)
{
    auto *e = child<QLineEdit>(parent, name);
    QVERIFY2(e, name);
    e->setFocus();
    e->selectAll();
    if (text.isEmpty())
        QTest::keyClick(e, Qt::Key_Delete);
    else
        QTest::keyClicks(e, text);
}

void chooseMode(QWidget *parent, const QString &mode)
{
    auto *combo = child<QComboBox>(parent, "networkMode");
    QVERIFY(combo);
    combo->setCurrentIndex(combo->findData(mode));
}

// The Settings dialog as the main window opens it: its own sections and the Network one.
struct Settings {
    SettingsDialog dialog;
    NetworkSettingsPage *network = nullptr;

    explicit Settings(AppFixture &f)
        : dialog(*f.settings, f.prompts, f.window.get(), f.context->dataDirectory())
    {
        network = new NetworkSettingsPage(*f.context, &dialog);
        dialog.addSection(QCoreApplication::translate("sb::ui::MainWindow", "Network"), network, [this] { return network->apply(); });
        QObject::connect(network, &NetworkSettingsPage::passwordStored, &dialog, &SettingsDialog::accept);
    }
};

} // namespace

class TestNetworkSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        ThemeManager::captureSystemDefaults();
        ThemeManager::apply(Theme::Light);
        QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 10));
        installTranslations(QStringLiteral("en"));
    }

    void theNetworkSectionSavesAndReloads_data() { addLanguageAndThemeRows(); }
    void theNetworkSectionSavesAndReloads()
    {
        const QString name = useRowLanguageAndTheme();
        AppFixture f;
        QVERIFY(f.open());
        QVERIFY(f.showWindow({1366, 768}));
        const QString ca = testing::fixturePath(QStringLiteral("tls/ca.pem"));
        {
            Settings s(f);
            QWidget *page = s.network;
            chooseMode(page, QStringLiteral("socks5"));
            type(page, "networkHost", QStringLiteral("proxy.corp"));
            child<QSpinBox>(page, "networkPort")->setValue(1080);
            type(page, "networkUser", QStringLiteral("alice"));
            type(page, "networkPassword", QStringLiteral("s3cret"));
            type(page, "networkNoProxy", QStringLiteral("localhost, *.internal"));
            type(page, "networkCaFile", ca);
            child<QSpinBox>(page, "networkConnectTimeout")->setValue(5);
            child<QSpinBox>(page, "networkIdleTimeout")->setValue(300);
            child<QSpinBox>(page, "networkRetries")->setValue(3);
            s.dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&s.dialog));
            QVERIFY2(s.dialog.height() <= 768 && s.dialog.width() <= 1366,
                     qPrintable(QStringLiteral("%1x%2").arg(s.dialog.width()).arg(s.dialog.height())));
            saveScreenshot(&s.dialog, QStringLiteral("settings-network-") + name);
            s.dialog.accept();
            // the keychain write runs off the GUI thread: the dialog says so, and OK goes on once it is done
            QVERIFY(s.network->isStoringPassword());
            QVERIFY(s.dialog.isVisible() && !s.network->status().isEmpty());
            QTRY_COMPARE(s.dialog.result(), int(QDialog::Accepted));
            QVERIFY(!s.network->isStoringPassword());
        }
        const QJsonObject expected{{QStringLiteral("mode"), QStringLiteral("socks5")},
                                   {QStringLiteral("host"), QStringLiteral("proxy.corp")},
                                   {QStringLiteral("port"), 1080},
                                   {QStringLiteral("user"), QStringLiteral("alice")},
                                   {QStringLiteral("password"), QStringLiteral("keychain:network-proxy")},
                                   {QStringLiteral("no_proxy"), QJsonArray{QStringLiteral("localhost"), QStringLiteral("*.internal")}},
                                   {QStringLiteral("ca_file"), ca},
                                   {QStringLiteral("timeouts"), QJsonObject{{QStringLiteral("connect"), 5}, {QStringLiteral("idle"), 300}}},
                                   {QStringLiteral("retries"), 3}};
        QCOMPARE(f.context->workspace().network, expected);
        QCOMPARE(*f.secrets->read(QStringLiteral("network-proxy")), QStringLiteral("s3cret"));
        QFile file(f.context->workspacePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("s3cret"));

        // opened again: what was saved, the password kept in the keychain
        Settings again(f);
        QWidget *page = again.network;
        QCOMPARE(child<QComboBox>(page, "networkMode")->currentData().toString(), QStringLiteral("socks5"));
        QCOMPARE(child<QLineEdit>(page, "networkHost")->text(), QStringLiteral("proxy.corp"));
        QCOMPARE(child<QSpinBox>(page, "networkPort")->value(), 1080);
        QCOMPARE(child<QLineEdit>(page, "networkNoProxy")->text(), QStringLiteral("localhost, *.internal"));
        QCOMPARE(child<QSpinBox>(page, "networkFirstTokenTimeout")->value(), 0); // "Default"
        QCOMPARE(child<QSpinBox>(page, "networkRetries")->value(), 3);
        QVERIFY(child<QLineEdit>(page, "networkPassword")->text().isEmpty());
        again.dialog.accept();
        QCOMPARE(f.context->workspace().network, expected); // unchanged, the reference kept
    }

    void theNetworkSectionShowsWhatToFix_data() { addLanguageAndThemeRows(); }
    void theNetworkSectionShowsWhatToFix()
    {
        const QString name = useRowLanguageAndTheme();
        AppFixture f;
        QVERIFY(f.open());
        QVERIFY(f.showWindow({1366, 768}));
        const QJsonObject before = f.context->workspace().network;
        Settings s(f);
        QWidget *page = s.network;
        chooseMode(page, QStringLiteral("http"));
        s.dialog.accept();
        QCOMPARE(s.dialog.result(), int(QDialog::Rejected));
        QVERIFY2(s.network->status().contains(QLatin1String("needs a host name")), qPrintable(s.network->status()));
        type(page, "networkHost", QStringLiteral("proxy.corp"));
        QVERIFY(s.network->status().isEmpty()); // an edit hides the old message
        type(page, "networkCaFile", QStringLiteral("/nonexistent/corp-ca.pem"));
        s.dialog.accept();
        QCOMPARE(s.dialog.result(), int(QDialog::Rejected));
        QVERIFY2(s.network->status().contains(QLatin1String("/nonexistent/corp-ca.pem cannot be read")), qPrintable(s.network->status()));
        s.dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&s.dialog));
        saveScreenshot(&s.dialog, QStringLiteral("settings-network-error-") + name);
        QCOMPARE(f.context->workspace().network, before);
    }

    void aProviderOverrideSavesAndReloads_data() { addLanguageAndThemeRows(); }
    void aProviderOverrideSavesAndReloads()
    {
        const QString name = useRowLanguageAndTheme();
        AppFixture f;
        QVERIFY(f.open());
        f.storeKey(QStringLiteral("sk-test"));
        QVERIFY(f.startEngine([](Workspace &ws) {
            ws.providers = {AppFixture::provider("gw", "openai", QUrl(QStringLiteral("https://gw.corp.example/v1")), {QStringLiteral("m")})};
        }));
        QVERIFY(f.showWindow({1366, 768}, QStringLiteral("providers")));
        ProvidersPage *page = f.window->providersPage();
        page->selectProvider(QStringLiteral("gw"));
        child<QTabWidget>(page, "providerTabs")->setCurrentIndex(1);
        chooseMode(page, QStringLiteral("http"));
        page->save();
        QVERIFY2(page->status().contains(QLatin1String("needs a host name")), qPrintable(page->status()));
        type(page, "networkHost", QStringLiteral("gateway-proxy.corp"));
        child<QSpinBox>(page, "networkPort")->setValue(8080);
        child<QCheckBox>(page, "networkSelfSigned")->setChecked(true);
        child<QSpinBox>(page, "networkFirstTokenTimeout")->setValue(600);
        saveScreenshot(f.window.get(), QStringLiteral("providers-network-") + name);
        page->save();
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 10000);
        QCOMPARE(page->status(), QCoreApplication::translate("sb::ui::ProvidersPage", "Saved."));
        const QJsonObject expected{{QStringLiteral("mode"), QStringLiteral("http")},
                                   {QStringLiteral("host"), QStringLiteral("gateway-proxy.corp")},
                                   {QStringLiteral("port"), 8080},
                                   {QStringLiteral("allow_self_signed"), true},
                                   {QStringLiteral("timeouts"), QJsonObject{{QStringLiteral("first_token"), 600}}}};
        QCOMPARE(f.context->workspace().provider(QStringLiteral("gw"))->options.value(QStringLiteral("network")).toObject(), expected);

        // reloaded; back to the workspace's setting removes the override
        page->selectProvider(QStringLiteral("gw"));
        QCOMPARE(child<QLineEdit>(page, "networkHost")->text(), QStringLiteral("gateway-proxy.corp"));
        QVERIFY(child<QCheckBox>(page, "networkSelfSigned")->isChecked());
        chooseMode(page, QString());
        child<QCheckBox>(page, "networkSelfSigned")->setChecked(false);
        child<QSpinBox>(page, "networkFirstTokenTimeout")->setValue(0);
        page->save();
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 10000);
        QVERIFY(!f.context->workspace().provider(QStringLiteral("gw"))->options.contains(QStringLiteral("network")));
    }

    void theTestGoesThroughTheProxy()
    {
        installTranslations(QStringLiteral("en"));
        fk::FakeUpstream upstream{fk::Dialects(fk::Dialect::OpenAiChat)};
        QVERIFY(upstream.listen());
        upstream.setApiKey(QStringLiteral("sk-test"));
        fk::FakeProxy proxy(fk::FakeProxy::Kind::HttpConnect);
        proxy.setCredentials(QStringLiteral("alice"), QStringLiteral("s3cret"));
        proxy.addHost(kHiddenHost, QStringLiteral("127.0.0.1"));
        QVERIFY(proxy.listen());
        AppFixture f;
        QVERIFY(f.open());
        f.storeKey(QStringLiteral("sk-test"));
        (void)f.secrets->write(QStringLiteral("network-proxy"), QStringLiteral("s3cret"));
        const QUrl hidden(QStringLiteral("http://%1:%2/v1").arg(kHiddenHost).arg(upstream.baseUrl().port()));
        QVERIFY(f.startEngine([&](Workspace &ws) {
            ws.providers = {AppFixture::provider("up", "openai", hidden)};
            ws.network = QJsonObject{{QStringLiteral("mode"), QStringLiteral("http")},
                                     {QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                                     {QStringLiteral("port"), int(proxy.port())},
                                     {QStringLiteral("user"), QStringLiteral("alice")},
                                     {QStringLiteral("password"), QStringLiteral("keychain:network-proxy")}};
        }));
        QVERIFY(f.showWindow({1366, 768}, QStringLiteral("providers")));
        ProvidersPage *page = f.window->providersPage();
        page->selectProvider(QStringLiteral("up"));
        page->testConnection();
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 15000);
        QVERIFY2(page->status().startsWith(QLatin1String("Connected in")), qPrintable(page->status()));
        QCOMPARE(proxy.tunnelCount(), 1);
        QCOMPARE(upstream.requestCount(), 1);
    }
};

QTEST_MAIN(TestNetworkSettings)
#include "tst_networksettings.moc"
