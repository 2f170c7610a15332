#include "appcontext.h"
#include "engine/engine.h"
#include "fakeupstream.h"
#include "i18n.h"
#include "mainwindow.h"
#include "pages/proxypage.h"
#include "proxy/proxyserver.h"
#include "theme.h"
#include "uitest.h"
#include "usage/ledger.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace sb;
using namespace sb::ui;
using namespace sb::uitest;
namespace fk = sb::fakes;

class TestProxyPage : public QObject
{
    Q_OBJECT

private:
    static int freePort()
    {
        QTcpServer s;
        s.listen(QHostAddress::LocalHost, 0);
        return s.serverPort();
    }

    struct Reply {
        int status = 0;
        QByteArray body;
    };
    static Reply post(QNetworkAccessManager &nam, const QUrl &url, const QByteArray &body, const QByteArray &key = {})
    {
        QNetworkRequest req(url);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (!key.isEmpty())
            req.setRawHeader("Authorization", "Bearer " + key);
        QNetworkReply *reply = nam.post(req, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(15000);
        Reply r{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
        reply->deleteLater();
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        ThemeManager::captureSystemDefaults();
        ThemeManager::apply(Theme::Light);
        QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 10));
        installTranslations(QStringLiteral("en"));
    }

    void cleanup()
    {
        ThemeManager::apply(Theme::Light);
        installTranslations(QStringLiteral("en"));
    }

    void toggleServeLogAndKeys()
    {
        QTemporaryDir dir;
        fk::FakeUpstream fake(fk::Dialects(fk::Dialect::OpenAiChat));
        QVERIFY(fake.listen());
        fake.setApiKey(QStringLiteral("sk-up"));
        auto secrets = std::make_shared<MemorySecretStore>();
        QVERIFY(secrets->write(QStringLiteral("up"), QStringLiteral("sk-up")));
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        AppContext context(dir.filePath(QStringLiteral("data")), secrets);
        QVERIFY(context.openDatabase());
        QVERIFY(context.loadWorkspace());
        Workspace ws = context.workspace();
        ProviderConfig p;
        p.id = QStringLiteral("openai");
        p.kind = QStringLiteral("openai");
        p.baseUrl = fake.baseUrl().toString();
        p.apiKey = QStringLiteral("keychain:up");
        ws.providers << p;
        ws.proxy.port = freePort();
        QVERIFY(context.replaceWorkspace(ws));
        QVERIFY(context.startEngine());
        ScriptedPrompts prompts;
        MainWindow window(context, settings, prompts);
        window.resize(1200, 760);
        window.show();
        window.showPage(QStringLiteral("proxy"));
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ProxyPage *page = window.proxyPage();
        QVERIFY(page);
        QVERIFY(!page->isOn());
        QVERIFY2(page->statusText().startsWith(QLatin1String("Off.")), qPrintable(page->statusText()));

        // on for the first time: a key is made and shown; the proxy refuses calls without it
        page->setProxyEnabled(true);
        QTRY_VERIFY2_WITH_TIMEOUT(page->isOn(), qPrintable(page->statusText()), 10000); // after the keychain stored the key
        QVERIFY(context.workspace().proxy.enabled);
        QCOMPARE(context.workspace().proxy.keys.size(), 1);
        QCOMPARE(context.workspace().proxy.keys.first().key, QStringLiteral("keychain:switchboard-proxykey-tools"));
        const QString made = secrets->read(QStringLiteral("switchboard-proxykey-tools")).value();
        QVERIFY(made.startsWith(QLatin1String("sk-sb-")));
        QVERIFY2(!prompts.infos.isEmpty() && prompts.infos.last().contains(made), qPrintable(prompts.infos.join(QLatin1Char('\n'))));
        QCOMPARE(page->selectedSecret(), made);
        const QUrl base = context.proxyServer()->baseUrl();
        QVERIFY2(page->statusText().contains(base.toString()) && !page->statusText().contains(QLatin1String("without a key")),
                 qPrintable(page->statusText()));
        QNetworkAccessManager nam;
        const QByteArray body = R"({"model": "openai/gpt-4o-mini", "messages": [{"role": "user", "content": "hi"}]})";
        const QUrl chat(base.toString() + QStringLiteral("/v1/chat/completions"));
        Reply r = post(nam, chat, body);
        QCOMPARE(r.status, 401);
        r = post(nam, chat, body, made.toUtf8());
        QCOMPARE(r.status, 200);
        QCOMPARE(QJsonDocument::fromJson(r.body).object().value(QLatin1String("object")).toString(), QStringLiteral("chat.completion"));
        QTRY_COMPARE_WITH_TIMEOUT(page->logRows(), 2, 5000);
        // the set-ups carry the key when copied; on screen it is masked until shown
        for (const QString &tool :
             {QStringLiteral("Claude Code"), QStringLiteral("OpenAI SDK (Python)"), QStringLiteral("Anthropic SDK (JavaScript)"),
              QStringLiteral("Cursor"), QStringLiteral("Zed"), QStringLiteral("Continue")})
            QVERIFY2(page->snippet(tool).contains(made), qPrintable(tool));
        auto *shown = page->findChild<QPlainTextEdit *>(QStringLiteral("proxySnippet"));
        QVERIFY(shown && !shown->toPlainText().contains(made));
        auto *keyView = page->findChild<QLineEdit *>(QStringLiteral("proxyKeyView"));
        QCOMPARE(keyView->text(), made);
        QCOMPARE(keyView->echoMode(), QLineEdit::Password);
        page->findChild<QPushButton *>(QStringLiteral("proxyCopyKey"))->click();
        QCOMPARE(QApplication::clipboard()->text(), made);

        // a second key for a tool: requests without a key are refused, with it they pass
        std::optional<QString> added;
        page->addKey(QStringLiteral("aider"), {}, [&added](const QString &s) { added = s; });
        QTRY_VERIFY_WITH_TIMEOUT(added.has_value(), 10000);
        const QString secret = *added;
        QVERIFY2(secret.startsWith(QLatin1String("sk-sb-")), qPrintable(page->statusText()));
        QCOMPARE(context.workspace().proxy.keys.size(), 2);
        QCOMPARE(context.workspace().proxy.keys.last().key, QStringLiteral("keychain:switchboard-proxykey-aider"));
        QVERIFY(page->isOn());
        const QUrl base2 = context.proxyServer()->baseUrl();
        const QUrl chat2(base2.toString() + QStringLiteral("/v1/chat/completions"));
        r = post(nam, chat2, body);
        QCOMPARE(r.status, 401);
        r = post(nam, chat2, body, secret.toUtf8());
        QCOMPARE(r.status, 200);
        const QString snippet = page->snippet(QStringLiteral("aider"));
        QVERIFY2(snippet.contains(QStringLiteral("OPENAI_API_BASE=http://127.0.0.1:%1/v1").arg(ws.proxy.port)), qPrintable(snippet));
        QVERIFY(snippet.contains(secret));
        QVERIFY(page->snippet(QStringLiteral("Codex CLI")).contains(QLatin1String("wire_api = \"responses\"")));
        const QString gemini = page->snippet(QStringLiteral("Gemini CLI"));
        QVERIFY2(gemini.contains(QStringLiteral("GOOGLE_GEMINI_BASE_URL=http://127.0.0.1:%1\n").arg(ws.proxy.port)), qPrintable(gemini));
        QVERIFY2(gemini.contains(QStringLiteral("GEMINI_API_KEY=") + secret) && gemini.contains(QLatin1String("gemini-api-key")), qPrintable(gemini));
        // the secrets are in the keychain, not in the workspace file
        {
            QFile file(context.workspacePath());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray text = file.readAll();
            QVERIFY(!text.contains(secret.toUtf8()) && !text.contains(made.toUtf8()));
        }
        QTRY_VERIFY_WITH_TIMEOUT(page->logRows() >= 4, 5000);

        // web pages: only listed origins, each checked; the running proxy applies the list at once
        QVERIFY(!page->setAllowedOrigins(QStringLiteral("http://localhost:3000/app")));
        QVERIFY2(page->statusText().contains(QLatin1String("is not an origin")), qPrintable(page->statusText()));
        QVERIFY(context.workspace().proxy.allowedOrigins.isEmpty());
        QVERIFY(page->setAllowedOrigins(QStringLiteral("http://localhost:3000, https://chat.example.com")));
        QCOMPARE(context.workspace().proxy.allowedOrigins,
                 (QStringList{QStringLiteral("http://localhost:3000"), QStringLiteral("https://chat.example.com")}));
        QVERIFY(page->setAllowedHosts(QStringLiteral("gpu-box.lan")));
        QCOMPARE(context.workspace().proxy.allowedHosts, QStringList{QStringLiteral("gpu-box.lan")});
        QVERIFY(page->isOn());
        const QUrl chat3(context.proxyServer()->baseUrl().toString() + QStringLiteral("/v1/chat/completions"));
        for (const auto &[origin, status] :
             {std::pair{QByteArray("http://localhost:3000"), 200}, std::pair{QByteArray("http://evil.example"), 403}}) {
            QNetworkRequest req(chat3);
            req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            req.setRawHeader("Authorization", "Bearer " + made.toUtf8());
            req.setRawHeader("Origin", origin);
            QNetworkReply *reply = nam.post(req, body);
            QSignalSpy done(reply, &QNetworkReply::finished);
            QVERIFY(done.wait(15000));
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), status);
            QCOMPARE(reply->rawHeader("Access-Control-Allow-Origin"), status == 200 ? origin : QByteArray());
            reply->deleteLater();
        }
        window.resize(1366, 768);
        QVERIFY2(page->minimumSizeHint().width() <= page->width() && page->minimumSizeHint().height() <= page->height(),
                 qPrintable(QStringLiteral("needs %1x%2").arg(page->minimumSizeHint().width()).arg(page->minimumSizeHint().height())));
        saveScreenshot(&window, QStringLiteral("proxy"));

        // a key's limits: models it may call, requests per minute, a monthly spend limit (a proxy_key budget)
        QVERIFY(page->editKey(QStringLiteral("aider"), {QStringLiteral("openai/gpt-4o")}, 120, 5.0));
        QCOMPARE(context.workspace().proxy.keys.last().allowedModels, QStringList{QStringLiteral("openai/gpt-4o")});
        QCOMPARE(context.workspace().proxy.keys.last().requestsPerMinute, 120);
        QCOMPARE(page->monthlyLimit(QStringLiteral("aider")), std::optional<double>(5.0));
        QVERIFY(page->isOn());
        const QUrl chat4(context.proxyServer()->baseUrl().toString() + QStringLiteral("/v1/chat/completions"));
        r = post(nam, chat4, body, secret.toUtf8()); // gpt-4o-mini is not among its models now
        QCOMPARE(r.status, 403);
        QVERIFY(page->editKey(QStringLiteral("aider"), {}, 0, 7.5)); // the budget is changed, not doubled
        QCOMPARE(page->monthlyLimit(QStringLiteral("aider")), std::optional<double>(7.5));
        int aiderBudgets = 0;
        for (const QJsonValue &v : context.workspace().budgets)
            aiderBudgets += v.toObject().value(QLatin1String("target")).toString() == QLatin1String("aider") ? 1 : 0;
        QCOMPARE(aiderBudgets, 1);
        QVERIFY(page->editKey(QStringLiteral("aider"), {}, 0, std::nullopt));
        QVERIFY(!page->monthlyLimit(QStringLiteral("aider")));
        r = post(nam, QUrl(context.proxyServer()->baseUrl().toString() + QStringLiteral("/v1/chat/completions")), body, secret.toUtf8());
        QCOMPARE(r.status, 200);

        // removing a key asks; removing the last one warns, and declining keeps it
        prompts.confirmAnswers = {true};
        QVERIFY(page->removeKey(QStringLiteral("aider")));
        prompts.confirmAnswers = {false};
        QVERIFY(!page->removeKey(QStringLiteral("tools")));
        QVERIFY2(prompts.confirmations.last().contains(QLatin1String("any program on this computer")), qPrintable(prompts.confirmations.last()));
        QCOMPARE(context.workspace().proxy.keys.size(), 1);
        // keyless as an explicit choice: remembered, said in the status, and no key is made again
        prompts.confirmAnswers = {true};
        QVERIFY(page->removeKey(QStringLiteral("tools")));
        QVERIFY(context.workspace().proxy.keys.isEmpty());
        QVERIFY(context.workspace().proxy.keyless);
        QVERIFY2(page->statusText().contains(QLatin1String("without a key")), qPrintable(page->statusText()));
        r = post(nam, QUrl(context.proxyServer()->baseUrl().toString() + QStringLiteral("/v1/chat/completions")), body);
        QCOMPARE(r.status, 200);
        page->setProxyEnabled(false);
        QVERIFY(!page->isOn());
        QVERIFY(!context.workspace().proxy.enabled);
        page->setProxyEnabled(true);
        QVERIFY(page->isOn());
        QVERIFY(context.workspace().proxy.keys.isEmpty());
        page->setProxyEnabled(false);
    }

    // Issue 15, item 10: the set-ups name the model the user picks and $VAR for a key from the
    // environment; the status bar shows the proxy's state; the request log survives a restart.
    void snippetsStatusAndHistory()
    {
        QTemporaryDir dir;
        fk::FakeUpstream fake(fk::Dialects(fk::Dialect::OpenAiChat));
        QVERIFY(fake.listen());
        fake.setApiKey(QStringLiteral("sk-up"));
        auto secrets = std::make_shared<MemorySecretStore>();
        QVERIFY(secrets->write(QStringLiteral("up"), QStringLiteral("sk-up")));
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        AppContext context(dir.filePath(QStringLiteral("data")), secrets);
        QVERIFY(context.openDatabase() && context.loadWorkspace());
        Workspace ws = context.workspace();
        ProviderConfig p;
        p.id = QStringLiteral("openai");
        p.kind = QStringLiteral("openai");
        p.baseUrl = fake.baseUrl().toString();
        p.apiKey = QStringLiteral("keychain:up");
        p.models = {QStringLiteral("gpt-4o-mini"), QStringLiteral("gpt-4o")};
        ws.providers << p;
        ws.proxy.port = freePort();
        ws.proxy.keys = {ProxyKeyConfig{QStringLiteral("ci"), QStringLiteral("env:SB_TOOL_KEY"), {}}};
        QVERIFY(context.replaceWorkspace(ws));
        QVERIFY(context.startEngine());
        qputenv("SB_TOOL_KEY", "sk-from-the-environment");
        ScriptedPrompts prompts;
        auto window = std::make_unique<MainWindow>(context, settings, prompts);
        ProxyPage *page = window->proxyPage();
        auto *status = window->findChild<QLabel *>(QStringLiteral("proxyStatusLabel"));
        QVERIFY(status);
        QCOMPARE(status->text(), QStringLiteral("Proxy: off"));
        page->setProxyEnabled(true);
        QTRY_VERIFY2_WITH_TIMEOUT(page->isOn(), qPrintable(page->statusText()), 10000);
        QCOMPARE(status->text(), QStringLiteral("Proxy: on, %1").arg(context.proxyServer()->baseUrl().toString()));
        // the key lives in the environment: the set-up names the variable, never its value
        page->setSnippetModel(QStringLiteral("openai/gpt-4o"));
        const QString claude = page->snippet(QStringLiteral("Claude Code"));
        QVERIFY2(claude.contains(QLatin1String("ANTHROPIC_AUTH_TOKEN=$SB_TOOL_KEY"))
                     && claude.contains(QLatin1String("ANTHROPIC_MODEL=openai/gpt-4o\n")),
                 qPrintable(claude));
        QVERIFY(!claude.contains(QLatin1String("sk-from-the-environment")));
        QVERIFY(page->snippet(QStringLiteral("OpenAI SDK (Python)")).contains(QLatin1String("model=\"openai/gpt-4o\"")));

        QNetworkAccessManager nam;
        const QByteArray body = R"({"model": "openai/gpt-4o-mini", "messages": [{"role": "user", "content": "hi"}]})";
        const Reply r = post(nam, QUrl(context.proxyServer()->baseUrl().toString() + QStringLiteral("/v1/chat/completions")), body,
                             "sk-from-the-environment");
        QCOMPARE(r.status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(page->logRows(), 1, 5000);
        page->setProxyEnabled(false);
        QCOMPARE(status->text(), QStringLiteral("Proxy: off"));
        QVERIFY(context.engine()->ledger().flush());

        // a restart: a new window, the server's in-memory log gone; the page reads the ledger
        window.reset();
        context.proxyServer()->clearRequestLog();
        MainWindow again(context, settings, prompts);
        ProxyPage *page2 = again.proxyPage();
        QTRY_COMPARE_WITH_TIMEOUT(page2->logRows(), 1, 5000);
        auto *log = page2->findChild<QTableWidget *>(QStringLiteral("proxyLog"));
        QCOMPARE(log->item(0, 1)->text(), QStringLiteral("ci"));
        QCOMPARE(log->item(0, 4)->text(), QStringLiteral("openai/gpt-4o-mini"));
        QCOMPARE(log->item(0, 5)->text(), QStringLiteral("200"));
        qunsetenv("SB_TOOL_KEY");
    }

    // The page in German and dark, at 1366x768: the new controls fit and are translated.
    void germanDarkFits()
    {
        QCOMPARE(installTranslations(QStringLiteral("de")), QStringLiteral("de"));
        ThemeManager::apply(Theme::Dark);
        {
            QTemporaryDir dir;
            auto secrets = std::make_shared<MemorySecretStore>();
            QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
            AppContext context(dir.filePath(QStringLiteral("data")), secrets);
            QVERIFY(context.openDatabase() && context.loadWorkspace());
            Workspace ws = context.workspace();
            ws.proxy.port = freePort();
            QVERIFY(context.replaceWorkspace(ws));
            QVERIFY(context.startEngine());
            ScriptedPrompts prompts;
            MainWindow window(context, settings, prompts);
            window.resize(1366, 768);
            window.show();
            window.showPage(QStringLiteral("proxy"));
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            ProxyPage *page = window.proxyPage();
            page->setProxyEnabled(true);
            QTRY_VERIFY2_WITH_TIMEOUT(page->isOn(), qPrintable(page->statusText()), 10000);
            QVERIFY2(page->statusText().startsWith(QStringLiteral("Hört auf")), qPrintable(page->statusText()));
            QVERIFY2(page->minimumSizeHint().width() <= page->width() && page->minimumSizeHint().height() <= page->height(),
                     qPrintable(QStringLiteral("needs %1x%2").arg(page->minimumSizeHint().width()).arg(page->minimumSizeHint().height())));
            // the Gemini CLI set-up, as a German user in the dark theme sees it
            auto *tool = page->findChild<QComboBox *>(QStringLiteral("proxyTool"));
            QVERIFY(tool);
            tool->setCurrentIndex(tool->findText(QStringLiteral("Gemini CLI")));
            QVERIFY(tool->currentIndex() >= 0);
            saveScreenshot(&window, QStringLiteral("proxy-de-dark"));
            page->setProxyEnabled(false);
        }
        ThemeManager::apply(Theme::Light);
        QCOMPARE(installTranslations(QStringLiteral("en")), QStringLiteral("en"));
    }

    void portInUseIsExplained()
    {
        QTemporaryDir dir;
        QTcpServer blocker;
        QVERIFY(blocker.listen(QHostAddress::LocalHost, 0));
        auto secrets = std::make_shared<MemorySecretStore>();
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        AppContext context(dir.filePath(QStringLiteral("data")), secrets);
        QVERIFY(context.openDatabase() && context.loadWorkspace());
        Workspace ws = context.workspace();
        ws.proxy.port = blocker.serverPort();
        QVERIFY(context.replaceWorkspace(ws));
        QVERIFY(context.startEngine());
        ScriptedPrompts prompts;
        MainWindow window(context, settings, prompts);
        ProxyPage *page = window.proxyPage();
        page->setProxyEnabled(true);
        QTRY_VERIFY2_WITH_TIMEOUT(page->statusText().startsWith(QLatin1String("Not running:")), qPrintable(page->statusText()), 10000);
        QVERIFY(!page->isOn());
        QVERIFY(!context.workspace().proxy.enabled);
    }
};

QTEST_MAIN(TestProxyPage)
#include "tst_proxypage.moc"
