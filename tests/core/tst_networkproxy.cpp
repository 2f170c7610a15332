#include "providers/networkproxy.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using sb::providers::effectiveProxy;
using sb::providers::hostInNoProxy;
using sb::providers::NetworkProxySetting;

class TstNetworkProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noProxyMatching_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QStringList>("list");
        QTest::addColumn<bool>("match");
        QTest::newRow("exact") << u"gw.corp.example"_s << QStringList{u"gw.corp.example"_s} << true;
        QTest::newRow("case") << u"GW.Corp.Example"_s << QStringList{u"gw.corp.example"_s} << true;
        QTest::newRow("suffix") << u"api.corp.example"_s << QStringList{u"corp.example"_s} << true;
        QTest::newRow("dot suffix") << u"api.corp.example"_s << QStringList{u".corp.example"_s} << true;
        QTest::newRow("star suffix") << u"api.corp.example"_s << QStringList{u"*.corp.example"_s} << true;
        QTest::newRow("not a suffix") << u"evilcorp.example"_s << QStringList{u"corp.example"_s} << false;
        QTest::newRow("port ignored") << u"127.0.0.1"_s << QStringList{u"127.0.0.1:8080"_s} << true;
        QTest::newRow("all") << u"api.openai.com"_s << QStringList{u"*"_s} << true;
        QTest::newRow("other") << u"api.openai.com"_s << QStringList{u"localhost"_s, u"  "_s} << false;
    }
    void noProxyMatching()
    {
        QFETCH(QString, host);
        QFETCH(QStringList, list);
        QFETCH(bool, match);
        QCOMPARE(hostInNoProxy(host, list), match);
    }

    void socksWithReferenceRoundTrips()
    {
        const QJsonObject json{{u"mode"_s, u"socks5"_s}, {u"host"_s, u"127.0.0.1"_s},       {u"port"_s, 1080},
                               {u"user"_s, u"alice"_s},  {u"password"_s, u"keychain:px"_s}, {u"no_proxy"_s, QJsonArray{u"localhost"_s}}};
        const auto s = NetworkProxySetting::fromJson(json);
        QVERIFY2(s.hasValue(), qPrintable(s.hasValue() ? QString() : s.error().message));
        QCOMPARE(s->mode, NetworkProxySetting::Mode::Socks5);
        QCOMPARE(s->toJson(), json);
        QVERIFY(s->appliesTo(QUrl(u"http://api.example/v1"_s)));
        QVERIFY(!s->appliesTo(QUrl(u"http://localhost:11434/"_s)));
        const auto p = s->proxyFor(QUrl(u"http://api.example/v1"_s), u"secret"_s);
        QCOMPARE(p.type(), QNetworkProxy::Socks5Proxy);
        QCOMPARE(p.port(), quint16(1080));
        QCOMPARE(p.user(), QString(u"alice"_s));
        QCOMPARE(p.password(), QString(u"secret"_s));
        QCOMPARE(s->proxyFor(QUrl(u"http://localhost/"_s), u"secret"_s).type(), QNetworkProxy::NoProxy);
    }

    void refusesBadSettings_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("says");
        QTest::newRow("mode") << QJsonObject{{u"mode"_s, u"ftp"_s}} << u"use system, none"_s;
        QTest::newRow("host") << QJsonObject{{u"mode"_s, u"http"_s}, {u"port"_s, 3128}} << u"needs a host"_s;
        QTest::newRow("port") << QJsonObject{{u"mode"_s, u"http"_s}, {u"host"_s, u"p"_s}, {u"port"_s, 70000}} << u"1 to 65535"_s;
        QTest::newRow("plain password") << QJsonObject{{u"mode"_s, u"http"_s}, {u"host"_s, u"p"_s}, {u"port"_s, 3128}, {u"password"_s, u"hunter2"_s}}
                                        << u"keychain"_s;
    }
    void refusesBadSettings()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, says);
        const auto s = NetworkProxySetting::fromJson(json);
        QVERIFY(!s.hasValue());
        QVERIFY2(s.error().message.contains(says), qPrintable(s.error().message));
    }

    void providerOverridesGlobal()
    {
        NetworkProxySetting global;
        global.mode = NetworkProxySetting::Mode::Http;
        global.host = u"proxy.corp"_s;
        global.port = 3128;
        QCOMPARE(*effectiveProxy(global, {}), global);
        const auto own = effectiveProxy(global, QJsonObject{{u"network"_s, QJsonObject{{u"mode"_s, u"none"_s}}}});
        QCOMPARE(own->mode, NetworkProxySetting::Mode::None);
        QVERIFY(!own->appliesTo(QUrl(u"http://api.example/"_s)));
        QCOMPARE(own->proxyFor(QUrl(u"http://api.example/"_s), {}).type(), QNetworkProxy::NoProxy);
        QVERIFY(!effectiveProxy(global, QJsonObject{{u"network"_s, QJsonObject{{u"mode"_s, u"bogus"_s}}}}).hasValue());
    }
};

QTEST_GUILESS_MAIN(TstNetworkProxy)
#include "tst_networkproxy.moc"
