#include "providers/networkproxy.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using sb::providers::ConnectionSetting;
using sb::providers::effectiveConnection;
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
        // a provider's network options without a mode keep the global proxy (only timeouts, say)
        QCOMPARE(*effectiveProxy(global, QJsonObject{{u"network"_s, QJsonObject{{u"retries"_s, 3}}}}), global);
    }

    void connectionSettingsRoundTrip()
    {
        const QJsonObject json{{u"timeouts"_s, QJsonObject{{u"connect"_s, 5}, {u"first_token"_s, 60}, {u"idle"_s, 30}}},
                               {u"retries"_s, 2},
                               {u"ca_file"_s, u"/etc/corp/ca.pem"_s},
                               {u"allow_self_signed"_s, true}};
        const auto s = ConnectionSetting::fromJson(json, true);
        QVERIFY2(s.hasValue(), qPrintable(s.hasValue() ? QString() : s.error().message));
        QCOMPARE(s->connectS, 5);
        QCOMPARE(s->retries, 2);
        QCOMPARE(s->caFile, u"/etc/corp/ca.pem"_s);
        QVERIFY(s->allowSelfSigned);
        QJsonObject back{{u"mode"_s, u"none"_s}, {u"retries"_s, 9}};
        s->writeTo(back);
        QJsonObject expected = json;
        expected.insert(u"mode"_s, u"none"_s);
        QCOMPARE(back, expected);
        const sb::providers::Timeouts t = s->applyTo({});
        QCOMPARE(t.connect, std::chrono::milliseconds(5000));
        QCOMPARE(t.firstToken, std::chrono::milliseconds(60000));
        QCOMPARE(t.idle, std::chrono::milliseconds(30000));
        // nothing set: nothing written, the defaults kept
        QJsonObject empty{{u"timeouts"_s, QJsonObject{}}, {u"ca_file"_s, u"x"_s}};
        ConnectionSetting{}.writeTo(empty);
        QCOMPARE(empty, QJsonObject{});
        QCOMPARE(ConnectionSetting{}.applyTo({}).idle, sb::providers::Timeouts{}.idle);
    }

    void connectionSettingsSayWhatToFix_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<bool>("perProvider");
        QTest::addColumn<QString>("says");
        QTest::newRow("timeouts not an object") << QJsonObject{{u"timeouts"_s, 5}} << false << u"timeouts must be an object like"_s;
        QTest::newRow("unknown timeout") << QJsonObject{{u"timeouts"_s, QJsonObject{{u"read"_s, 5}}}} << false
                                         << u"Network timeout \"read\" is unknown: use connect, first_token or idle"_s;
        QTest::newRow("zero") << QJsonObject{{u"timeouts"_s, QJsonObject{{u"connect"_s, 0}}}} << false
                              << u"timeouts.connect must be a whole number from 1 to 3600 seconds"_s;
        QTest::newRow("fraction") << QJsonObject{{u"timeouts"_s, QJsonObject{{u"idle"_s, 1.5}}}} << true
                                  << u"timeouts.idle must be a whole number from 1 to 3600 seconds"_s;
        QTest::newRow("text") << QJsonObject{{u"timeouts"_s, QJsonObject{{u"first_token"_s, u"60"_s}}}} << true << u"timeouts.first_token must"_s;
        QTest::newRow("retries") << QJsonObject{{u"retries"_s, 11}} << false << u"retries must be a whole number from 0 to 10"_s;
        QTest::newRow("ca_file") << QJsonObject{{u"ca_file"_s, true}} << false << u"ca_file must be the path of a PEM file"_s;
        QTest::newRow("global self-signed") << QJsonObject{{u"allow_self_signed"_s, true}} << false << u"a provider's own choice"_s;
        QTest::newRow("self-signed not bool") << QJsonObject{{u"allow_self_signed"_s, u"yes"_s}} << true << u"must be true or false"_s;
    }
    void connectionSettingsSayWhatToFix()
    {
        QFETCH(QJsonObject, json);
        QFETCH(bool, perProvider);
        QFETCH(QString, says);
        const auto s = ConnectionSetting::fromJson(json, perProvider);
        QVERIFY(!s.hasValue());
        QVERIFY2(s.error().message.contains(says), qPrintable(s.error().message));
    }

    void aProvidersConnectionFieldsOverrideOneByOne()
    {
        const QJsonObject global{{u"mode"_s, u"none"_s},
                                 {u"timeouts"_s, QJsonObject{{u"connect"_s, 10}, {u"idle"_s, 40}}},
                                 {u"retries"_s, 3},
                                 {u"ca_file"_s, u"/global.pem"_s}};
        auto c = effectiveConnection(global, {});
        QVERIFY(c.hasValue());
        QCOMPARE(c->retries, 3);
        QCOMPARE(c->caFile, u"/global.pem"_s);
        QVERIFY(!c->allowSelfSigned);
        c = effectiveConnection(
            global,
            QJsonObject{
                {u"network"_s, QJsonObject{{u"timeouts"_s, QJsonObject{{u"idle"_s, 300}}}, {u"retries"_s, 0}, {u"allow_self_signed"_s, true}}}});
        QVERIFY(c.hasValue());
        QCOMPARE(c->connectS, 10); // kept
        QCOMPARE(c->idleS, 300); // the provider's
        QCOMPARE(c->retries, 0); // 0 is a value, not "unset"
        QCOMPARE(c->caFile, u"/global.pem"_s);
        QVERIFY(c->allowSelfSigned);
        const auto bad = effectiveConnection(global, QJsonObject{{u"network"_s, QJsonObject{{u"retries"_s, -1}}}});
        QVERIFY(!bad.hasValue());
        QVERIFY(bad.error().message.contains(u"retries"_s));
    }
};

QTEST_GUILESS_MAIN(TstNetworkProxy)
#include "tst_networkproxy.moc"
