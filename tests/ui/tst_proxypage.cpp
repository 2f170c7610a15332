#include "appcontext.h"
#include "i18n.h"
#include "mainwindow.h"
#include "pages/proxypage.h"
#include "proxy/proxyserver.h"
#include "theme.h"
#include "uitest.h"

#include "fakeupstream.h"

#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

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

        // on: the workspace remembers it, the proxy answers in the OpenAI dialect and the call is logged
        page->setEnabled(true);
        QVERIFY2(page->isOn(), qPrintable(page->statusText()));
        QVERIFY(context.workspace().proxy.enabled);
        const QUrl base = context.proxyServer()->baseUrl();
        QVERIFY2(page->statusText().contains(base.toString()), qPrintable(page->statusText()));
        QNetworkAccessManager nam;
        const QByteArray body = R"({"model": "openai/gpt-4o-mini", "messages": [{"role": "user", "content": "hi"}]})";
        Reply r = post(nam, QUrl(base.toString() + QStringLiteral("/v1/chat/completions")), body);
        QCOMPARE(r.status, 200);
        QCOMPARE(QJsonDocument::fromJson(r.body).object().value(QLatin1String("object")).toString(), QStringLiteral("chat.completion"));
        QTRY_COMPARE_WITH_TIMEOUT(page->logRows(), 1, 5000);

        // a key: requests without it are refused, with it they pass; the snippet carries it
        const QString secret = page->addKey(QStringLiteral("aider"));
        QVERIFY2(secret.startsWith(QLatin1String("sk-sb-")), qPrintable(page->statusText()));
        QCOMPARE(context.workspace().proxy.keys.size(), 1);
        QCOMPARE(context.workspace().proxy.keys.first().key, QStringLiteral("keychain:switchboard-proxykey-aider"));
        QVERIFY(page->isOn());
        const QUrl base2 = context.proxyServer()->baseUrl();
        r = post(nam, QUrl(base2.toString() + QStringLiteral("/v1/chat/completions")), body);
        QCOMPARE(r.status, 401);
        r = post(nam, QUrl(base2.toString() + QStringLiteral("/v1/chat/completions")), body, secret.toUtf8());
        QCOMPARE(r.status, 200);
        const QString snippet = page->snippet(QStringLiteral("aider"));
        QVERIFY2(snippet.contains(QStringLiteral("OPENAI_API_BASE=http://127.0.0.1:%1/v1").arg(ws.proxy.port)), qPrintable(snippet));
        QVERIFY(snippet.contains(secret));
        QVERIFY(page->snippet(QStringLiteral("Claude Code")).contains(QLatin1String("ANTHROPIC_BASE_URL=")));
        QVERIFY(page->snippet(QStringLiteral("Codex CLI")).contains(QLatin1String("wire_api = \"responses\"")));
        // the secret is in the keychain, not in the workspace file
        QFile file(context.workspacePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(secret.toUtf8()));
        QTRY_VERIFY_WITH_TIMEOUT(page->logRows() >= 3, 5000);
        saveScreenshot(&window, QStringLiteral("proxy"));

        // off
        page->removeKey(QStringLiteral("aider"));
        QVERIFY(context.workspace().proxy.keys.isEmpty());
        page->setEnabled(false);
        QVERIFY(!page->isOn());
        QVERIFY(!context.workspace().proxy.enabled);
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
        page->setEnabled(true);
        QVERIFY(!page->isOn());
        QVERIFY2(page->statusText().startsWith(QLatin1String("Not running:")), qPrintable(page->statusText()));
        QVERIFY(!context.workspace().proxy.enabled);
    }
};

QTEST_MAIN(TestProxyPage)
#include "tst_proxypage.moc"
