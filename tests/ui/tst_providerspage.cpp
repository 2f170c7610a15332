#include "appcontext.h"
#include "fakeproxy.h"
#include "fakeupstream.h"
#include "i18n.h"
#include "mainwindow.h"
#include "pages/providerspage.h"
#include "theme.h"
#include "uitest.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;
using namespace sb::ui;
using namespace sb::uitest;
namespace fk = sb::fakes;

class TestProvidersPage : public QObject
{
    Q_OBJECT

private:
    struct Fixture : AppFixture {
        fk::FakeUpstream fake{fk::allDialects()};
        ProvidersPage *page = nullptr;

        bool start()
        {
            if (!fake.listen())
                return false;
            fake.setApiKey(QStringLiteral("sk-right"));
            if (!open() || !showWindow({1100, 720}, QStringLiteral("providers")))
                return false;
            page = window->providersPage();
            return page;
        }
        template<typename T> T *child(const char *name) { return page->findChild<T *>(QLatin1String(name)); }
        void type(const char *name, const QString &text)
        {
            auto *e = child<QLineEdit>(name);
            e->setFocus();
            e->selectAll();
            QTest::keyClicks(e, text);
        }
    };

private Q_SLOTS:
    void initTestCase()
    {
        ThemeManager::captureSystemDefaults();
        ThemeManager::apply(Theme::Light);
        QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 10));
        installTranslations(QStringLiteral("en"));
    }

    // Test of a provider not saved yet, through its own proxy with a password typed but not saved:
    // the typed password is used (in memory), and nothing goes to the keychain before Save.
    void testUsesTheTypedProxyPassword()
    {
        Fixture f;
        QVERIFY(f.start());
        fk::FakeProxy proxy(fk::FakeProxy::Kind::HttpConnect);
        proxy.setCredentials(QStringLiteral("alice"), QStringLiteral("s3cret"));
        proxy.addHost(QStringLiteral("upstream.test"), QStringLiteral("127.0.0.1")); // reachable only through the proxy
        QVERIFY(proxy.listen());
        f.page->addProvider(QStringLiteral("anthropic"));
        QUrl base = f.fake.baseUrl();
        base.setHost(QStringLiteral("upstream.test"));
        f.type("baseUrl", base.toString());
        f.type("apiKey", QStringLiteral("sk-right"));
        auto *mode = f.child<QComboBox>("networkMode");
        mode->setCurrentIndex(mode->findData(QStringLiteral("http")));
        f.type("networkHost", QStringLiteral("127.0.0.1"));
        f.child<QSpinBox>("networkPort")->setValue(proxy.port());
        f.type("networkUser", QStringLiteral("alice"));
        f.type("networkPassword", QStringLiteral("s3cret"));
        f.page->testConnection();
        QTRY_VERIFY_WITH_TIMEOUT(!f.page->isBusy(), 20000);
        QVERIFY2(f.page->status().startsWith(QLatin1String("Connected in")), qPrintable(f.page->status()));
        QCOMPARE(proxy.tunnelCount(), 1);
        QVERIFY(!f.secrets->read(QStringLiteral("network-proxy-anthropic"))); // in memory only until Save
        QVERIFY(!f.context->workspace().provider(QStringLiteral("anthropic")));
    }

    void addTestFetchSaveRemove()
    {
        Fixture f;
        QVERIFY(f.start());
        QCOMPARE(f.window->currentPageId(), QStringLiteral("providers"));
        saveScreenshot(f.window.get(), QStringLiteral("providers-empty"));

        // add Anthropic pointed at the fake, with a wrong key first
        f.page->addProvider(QStringLiteral("anthropic"));
        QCOMPARE(f.child<QLineEdit>("providerId")->text(), QStringLiteral("anthropic"));
        f.type("baseUrl", f.fake.baseUrl().toString());
        f.type("apiKey", QStringLiteral("sk-wrong"));
        QCOMPARE(f.child<QLineEdit>("apiKey")->echoMode(), QLineEdit::Password); // a typed key is never shown
        f.page->testConnection();
        QTRY_VERIFY_WITH_TIMEOUT(!f.page->isBusy(), 10000);
        QVERIFY2(f.page->status().contains(QLatin1String("refused the key")), qPrintable(f.page->status()));
        QCOMPARE(f.fake.lastRequest().header("x-api-key"), QByteArray("sk-wrong"));

        // the right key: connection works, models can be fetched and chosen
        f.type("apiKey", QStringLiteral("sk-right"));
        f.fake.setModels({QStringLiteral("claude-a"), QStringLiteral("claude-b"), QStringLiteral("claude-c")});
        f.page->fetchModels();
        QTRY_VERIFY_WITH_TIMEOUT(!f.page->isBusy(), 10000);
        QVERIFY2(f.page->status().contains(QLatin1String("3 models available")), qPrintable(f.page->status()));
        auto *models = f.child<QListWidget>("models");
        QCOMPARE(models->count(), 3);
        models->item(1)->setCheckState(Qt::Unchecked);
        saveScreenshot(f.window.get(), QStringLiteral("providers-edit"));

        f.page->save();
        QTRY_VERIFY_WITH_TIMEOUT(!f.page->isBusy(), 10000);
        QCOMPARE(f.page->status(), QStringLiteral("Saved."));
        const ProviderConfig *saved = f.context->workspace().provider(QStringLiteral("anthropic"));
        QVERIFY(saved);
        QCOMPARE(saved->apiKey, QStringLiteral("keychain:switchboard-provider-anthropic"));
        QCOMPARE(saved->models, (QStringList{QStringLiteral("claude-a"), QStringLiteral("claude-c")}));
        QCOMPARE(saved->baseUrl, f.fake.baseUrl().toString());
        // the key is in the keychain, and nowhere in the workspace file
        QCOMPARE(*f.secrets->read(QStringLiteral("switchboard-provider-anthropic")), QStringLiteral("sk-right"));
        QFile file(f.context->workspacePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("sk-right"));
        QVERIFY(f.child<QLineEdit>("apiKey")->text().isEmpty());

        // testing again reads the key back from the keychain
        f.page->testConnection();
        QTRY_VERIFY_WITH_TIMEOUT(!f.page->isBusy(), 10000);
        QVERIFY2(f.page->status().startsWith(QLatin1String("Connected in")), qPrintable(f.page->status()));
        QCOMPARE(f.fake.lastRequest().header("x-api-key"), QByteArray("sk-right"));
        saveScreenshot(f.window.get(), QStringLiteral("providers-saved"));

        // a second provider from an OpenAI-compatible preset, keyed by an environment variable
        f.page->addProvider(QStringLiteral("deepseek"));
        f.child<QComboBox>("keySource")->setCurrentIndex(1);
        f.type("apiKey", QStringLiteral("DEEPSEEK_API_KEY"));
        f.page->save();
        QTRY_VERIFY_WITH_TIMEOUT(!f.page->isBusy(), 10000);
        const ProviderConfig *ds = f.context->workspace().provider(QStringLiteral("deepseek"));
        QVERIFY(ds);
        QCOMPARE(ds->apiKey, QStringLiteral("env:DEEPSEEK_API_KEY"));
        QCOMPARE(ds->kind, QStringLiteral("openai_compatible"));
        QCOMPARE(ds->options.value(QLatin1String("preset")).toString(), QStringLiteral("deepseek"));
        QCOMPARE(f.child<QListWidget>("providerList")->count(), 2);
        QVERIFY(!f.child<QCheckBox>("schemaSubset")->isVisible()); // a Gemini setting

        // issue 30: a Gemini provider can be told to send its schemas in the older Schema subset
        f.page->addProvider(QStringLiteral("gemini"));
        f.child<QComboBox>("keySource")->setCurrentIndex(1);
        f.type("apiKey", QStringLiteral("GEMINI_API_KEY"));
        QVERIFY(f.child<QCheckBox>("schemaSubset")->isVisible());
        f.child<QCheckBox>("schemaSubset")->setChecked(true);
        f.page->save();
        QTRY_VERIFY_WITH_TIMEOUT(!f.page->isBusy(), 10000);
        QCOMPARE(f.context->workspace().provider(QStringLiteral("gemini"))->options.value(QLatin1String("schemas")).toString(),
                 QStringLiteral("subset"));
        f.child<QCheckBox>("schemaSubset")->setChecked(false);
        f.page->save();
        QTRY_VERIFY_WITH_TIMEOUT(!f.page->isBusy(), 10000);
        QVERIFY(!f.context->workspace().provider(QStringLiteral("gemini"))->options.contains(QLatin1String("schemas")));
        f.prompts.confirmAnswers << true;
        f.page->removeSelected();

        // remove the first: confirmed, key deleted from the keychain
        f.page->selectProvider(QStringLiteral("anthropic"));
        f.prompts.confirmAnswers << true;
        f.page->removeSelected();
        QVERIFY(!f.context->workspace().provider(QStringLiteral("anthropic")));
        QTRY_COMPARE_WITH_TIMEOUT(f.secrets->size(), 0, 5000);
        QCOMPARE(f.child<QListWidget>("providerList")->count(), 1);
    }

    // Issue 15, bugs 1 and 2: a custom server's fetched models, all ticked, are stored as that list
    // (not [] = "the catalog's models", which for a custom server is none); Save stays usable after
    // Test connection and Fetch models; ticking none is refused.
    void fetchedModelsAreStoredAndSaveStaysEnabled()
    {
        Fixture f;
        QVERIFY(f.start());
        f.page->addProvider(QStringLiteral("custom"));
        f.type("baseUrl", f.fake.baseUrl().toString() + QStringLiteral("/v1"));
        f.type("apiKey", QStringLiteral("sk-right"));
        auto *save = f.child<QPushButton>("saveProvider");
        QVERIFY(save->isEnabled());
        f.page->testConnection();
        QTRY_VERIFY_WITH_TIMEOUT(!f.page->isBusy(), 10000);
        QVERIFY2(f.page->status().startsWith(QLatin1String("Connected in")), qPrintable(f.page->status()));
        QVERIFY2(save->isEnabled(), "Save is usable after Test connection");
        f.fake.setModels({QStringLiteral("qwen2.5-coder"), QStringLiteral("llama-3.1-8b")});
        f.page->fetchModels();
        QTRY_VERIFY_WITH_TIMEOUT(!f.page->isBusy(), 10000);
        QVERIFY(save->isEnabled());
        auto *models = f.child<QListWidget>("models");
        QCOMPARE(models->count(), 2);
        // none ticked: refused, with the reason
        models->item(0)->setCheckState(Qt::Unchecked);
        models->item(1)->setCheckState(Qt::Unchecked);
        f.page->save();
        QVERIFY2(f.page->status().contains(QLatin1String("tick at least one model")), qPrintable(f.page->status()));
        QVERIFY(!f.context->workspace().provider(QStringLiteral("custom")));
        models->item(0)->setCheckState(Qt::Checked);
        models->item(1)->setCheckState(Qt::Checked);
        save->click();
        QTRY_VERIFY_WITH_TIMEOUT(!f.page->isBusy(), 10000);
        QCOMPARE(f.page->status(), QStringLiteral("Saved."));
        const ProviderConfig *saved = f.context->workspace().provider(QStringLiteral("custom"));
        QVERIFY(saved);
        QStringList stored = saved->models;
        stored.sort();
        QCOMPARE(stored, (QStringList{QStringLiteral("llama-3.1-8b"), QStringLiteral("qwen2.5-coder")}));
        QVERIFY(!save->isEnabled()); // nothing left to save

        // issue 15, item 8: a model the catalog does not know gets prices and a context window here
        models->setCurrentRow(models->row(models->findItems(QStringLiteral("qwen2.5-coder"), Qt::MatchExactly).value(0)));
        auto *in = f.child<QLineEdit>("priceInput");
        QCOMPARE(in->placeholderText(), QStringLiteral("unknown"));
        f.type("priceInput", QStringLiteral("abc"));
        f.page->save();
        QVERIFY2(f.page->status().startsWith(QLatin1String("Not saved:")) && f.page->status().contains(QLatin1String("modelOverrides")),
                 qPrintable(f.page->status()));
        f.type("priceInput", QStringLiteral("0.5"));
        f.type("priceOutput", QStringLiteral("1.5"));
        f.type("contextWindow", QStringLiteral("32768"));
        QVERIFY(save->isEnabled());
        save->click();
        QTRY_VERIFY_WITH_TIMEOUT(!f.page->isBusy(), 10000);
        QCOMPARE(f.page->status(), QStringLiteral("Saved."));
        QCOMPARE(f.context->workspace().modelOverrides.value(QStringLiteral("custom/qwen2.5-coder")).toObject(),
                 (QJsonObject{{QStringLiteral("prices"), QJsonObject{{QStringLiteral("input"), 0.5}, {QStringLiteral("output"), 1.5}}},
                              {QStringLiteral("contextWindow"), 32768}}));
        // shown again when the model is selected
        models->setCurrentRow(models->row(models->findItems(QStringLiteral("qwen2.5-coder"), Qt::MatchExactly).value(0)));
        QCOMPARE(in->text(), QStringLiteral("0.5"));
        // editing an existing provider, then testing: still savable
        f.type("providerName", QStringLiteral("My server"));
        f.page->testConnection();
        QTRY_VERIFY_WITH_TIMEOUT(!f.page->isBusy(), 10000);
        QVERIFY(save->isEnabled());
    }

    void invalidInputIsExplained()
    {
        Fixture f;
        QVERIFY(f.start());
        // a custom provider needs a base URL
        f.page->addProvider(QStringLiteral("custom"));
        f.type("apiKey", QStringLiteral("k"));
        f.type("baseUrl", QStringLiteral("not a url"));
        f.page->save();
        QVERIFY2(f.page->status().contains(QLatin1String("baseUrl")), qPrintable(f.page->status()));
        QVERIFY(f.context->workspace().providers.isEmpty());
        // a bad id
        f.type("baseUrl", QStringLiteral("http://127.0.0.1:9/v1"));
        f.type("providerId", QStringLiteral("Has Spaces"));
        f.page->save();
        QVERIFY2(f.page->status().contains(QLatin1String("lower-case")), qPrintable(f.page->status()));
        // unreachable server
        f.type("providerId", QStringLiteral("local"));
        f.page->testConnection();
        QTRY_VERIFY_WITH_TIMEOUT(!f.page->isBusy(), 15000);
        QVERIFY2(f.page->status().contains(QLatin1String("Cannot reach")), qPrintable(f.page->status()));
        saveScreenshot(f.window.get(), QStringLiteral("providers-error"));
        // keychain unavailable: saving says what to do instead
        f.secrets->setUnavailable(QStringLiteral("no keychain"));
        f.page->save();
        QTRY_VERIFY_WITH_TIMEOUT(!f.page->isBusy(), 5000);
        QVERIFY2(f.page->status().contains(QLatin1String("Environment variable")), qPrintable(f.page->status()));
        QVERIFY(f.context->workspace().providers.isEmpty());
    }
};

QTEST_MAIN(TestProvidersPage)
#include "tst_providerspage.moc"
