#include "fakeproxy.h"
#include "fakesite.h"
#include "storage/secretstore.h"
#include "storage/workspace.h"
#include "updates/buildconfig.h"
#include "updates/feed.h"
#include "updates/updatechecker.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;
using namespace sb::updates;
namespace fk = sb::fakes;
using namespace std::chrono_literals;

namespace {

QJsonObject release(const QString &version, const QJsonValue &notes = QJsonValue(), const QString &date = QStringLiteral("2026-12-01"))
{
    QJsonObject o{{QStringLiteral("version"), version}, {QStringLiteral("date"), date}};
    if (!notes.isUndefined() && !notes.isNull())
        o.insert(QStringLiteral("notes"), notes);
    o.insert(QStringLiteral("url"), QString(QStringLiteral("https://switchboard.invalid/releases/") + version));
    return o;
}

QByteArray feedJson(const QJsonArray &releases)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), QString::fromLatin1(kFeedFormat)}, {QStringLiteral("releases"), releases}})
        .toJson(QJsonDocument::Compact);
}

// A checker on its own network manager, and a way to wait for one check's result.
struct Checker {
    QNetworkAccessManager nam;
    std::shared_ptr<MemorySecretStore> secrets = std::make_shared<MemorySecretStore>();
    UpdateChecker checker{nam, secrets};
    Workspace ws = WorkspaceFile::defaults();

    std::optional<CheckResult> run(const QUrl &url, int waitMs = 20000)
    {
        std::optional<CheckResult> out;
        int calls = 0;
        checker.check(url, ws, [&](const CheckResult &r) {
            out = r;
            ++calls;
        });
        if (!QTest::qWaitFor([&] { return calls > 0; }, waitMs))
            return std::nullopt;
        QTest::qWait(20); // a second done() would show here
        return calls == 1 ? out : std::nullopt;
    }
};

} // namespace

class TestUpdates final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // semver.org's precedence example, in order, plus numbers that are not compared as text
    void versionsOrderAsSemverSays()
    {
        const QStringList ordered{QStringLiteral("1.0.0-alpha"), QStringLiteral("1.0.0-alpha.1"), QStringLiteral("1.0.0-alpha.beta"),
                                  QStringLiteral("1.0.0-beta"),  QStringLiteral("1.0.0-beta.2"),  QStringLiteral("1.0.0-beta.11"),
                                  QStringLiteral("1.0.0-rc.1"),  QStringLiteral("1.0.0"),         QStringLiteral("1.0.1"),
                                  QStringLiteral("1.9.0"),       QStringLiteral("1.10.0"),        QStringLiteral("2.0.0-0"),
                                  QStringLiteral("2.0.0"),       QStringLiteral("10.0.0")};
        for (qsizetype i = 0; i < ordered.size(); ++i) {
            const std::optional<Version> a = Version::parse(ordered.at(i));
            QVERIFY2(a, qPrintable(ordered.at(i)));
            QCOMPARE(a->toString(), ordered.at(i));
            for (qsizetype j = 0; j < ordered.size(); ++j) {
                const std::optional<Version> b = Version::parse(ordered.at(j));
                QVERIFY(b);
                QVERIFY2((*a <=> *b) == (i <=> j), qPrintable(ordered.at(i) + QStringLiteral(" vs ") + ordered.at(j)));
            }
        }
    }

    void versionsParse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("parsed"); // "" = not a version
        QTest::newRow("plain") << QStringLiteral("1.2.3") << QStringLiteral("1.2.3");
        QTest::newRow("v prefix") << QStringLiteral("v1.2.3") << QStringLiteral("1.2.3");
        QTest::newRow("short") << QStringLiteral("2") << QStringLiteral("2.0.0");
        QTest::newRow("minor only") << QStringLiteral("2.1") << QStringLiteral("2.1.0");
        QTest::newRow("build ignored") << QStringLiteral("1.0.0+20130313144700") << QStringLiteral("1.0.0");
        QTest::newRow("pre and build") << QStringLiteral("1.0.0-beta+exp.sha.5114f85") << QStringLiteral("1.0.0-beta");
        QTest::newRow("spaces") << QStringLiteral(" 0.3.0 ") << QStringLiteral("0.3.0");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("four parts") << QStringLiteral("1.2.3.4") << QString();
        QTest::newRow("leading zero") << QStringLiteral("01.2.3") << QString();
        QTest::newRow("empty pre") << QStringLiteral("1.2.3-") << QString();
        QTest::newRow("leading zero pre") << QStringLiteral("1.2.3-01") << QString();
        QTest::newRow("empty identifier") << QStringLiteral("1.2.3-beta..1") << QString();
        QTest::newRow("letters") << QStringLiteral("a.b.c") << QString();
        QTest::newRow("negative") << QStringLiteral("1.-2.3") << QString();
        QTest::newRow("huge") << QStringLiteral("99999999999999999999.0.0") << QString();
        QTest::newRow("bad build") << QStringLiteral("1.0.0+") << QString();
    }
    void versionsParse()
    {
        QFETCH(QString, text);
        QFETCH(QString, parsed);
        const std::optional<Version> v = Version::parse(text);
        QCOMPARE(v ? v->toString() : QString(), parsed);
        QCOMPARE(Version::parse(QStringLiteral("1.0.0+a")) == Version::parse(QStringLiteral("1.0.0+b")), true);
    }

    void feedParses()
    {
        QJsonArray list{release(QStringLiteral("0.2.0"),
                                QJsonObject{{QStringLiteral("en"), QStringLiteral("Faster.")},
                                            {QStringLiteral("de"), QStringLiteral("Schneller.")},
                                            {QStringLiteral("pt_BR"), QStringLiteral("Mais rápido.")}}),
                        release(QStringLiteral("0.10.0-rc.1"), QStringLiteral("Plain notes.")), release(QStringLiteral("0.1.0")),
                        release(QStringLiteral("not-a-version")), QStringLiteral("a string, not an object")};
        QJsonObject odd = release(QStringLiteral("0.3.0"));
        odd.insert(QStringLiteral("url"), QStringLiteral("javascript:alert(1)")); // never opened
        odd.insert(QStringLiteral("download"), QStringLiteral("https://switchboard.invalid/download"));
        odd.insert(QStringLiteral("date"), QStringLiteral("yesterday"));
        odd.insert(QStringLiteral("future"), QStringLiteral("members a newer feed adds are ignored"));
        list.append(odd);

        const Expected<Feed> feed = parseFeed(feedJson(list));
        QVERIFY2(feed, qPrintable(feed ? QString() : feed.error().message));
        QStringList versions;
        for (const Release &r : feed->releases)
            versions << r.versionText;
        QCOMPARE(versions, (QStringList{QStringLiteral("0.10.0-rc.1"), QStringLiteral("0.3.0"), QStringLiteral("0.2.0"), QStringLiteral("0.1.0")}));
        QCOMPARE(feed->ignored.size(), 4); // two entries, one URL, one date
        QVERIFY2(feed->ignored.contains(QStringLiteral("releases[5].url: not an http or https URL")), qPrintable(feed->ignored.join(u'\n')));

        const Release &r3 = feed->releases.at(1);
        QVERIFY(r3.page.isEmpty());
        QCOMPARE(r3.link(), QUrl(QStringLiteral("https://switchboard.invalid/download")));
        QVERIFY(!r3.date.isValid());
        const Release &r2 = feed->releases.at(2);
        QCOMPARE(r2.date, QDate(2026, 12, 1));
        QCOMPARE(r2.link(), QUrl(QStringLiteral("https://switchboard.invalid/releases/0.2.0")));
        QCOMPARE(r2.notesFor(QStringLiteral("de")), QStringLiteral("Schneller."));
        QCOMPARE(r2.notesFor(QStringLiteral("de_AT")), QStringLiteral("Schneller."));
        QCOMPARE(r2.notesFor(QStringLiteral("pt_BR")), QStringLiteral("Mais rápido."));
        QCOMPARE(r2.notesFor(QStringLiteral("ja")), QStringLiteral("Faster."));
        QCOMPARE(feed->releases.at(0).notesFor(QStringLiteral("de")), QStringLiteral("Plain notes."));
        QCOMPARE(feed->releases.at(3).notesFor(QStringLiteral("de")), QString());

        const Version running = *Version::parse(QStringLiteral("0.1.0"));
        const auto names = [](const QList<Release> &rs) {
            QStringList out;
            for (const Release &r : rs)
                out << r.versionText;
            return out;
        };
        QCOMPARE(names(newerReleases(*feed, running, false)), (QStringList{QStringLiteral("0.3.0"), QStringLiteral("0.2.0")}));
        QCOMPARE(names(newerReleases(*feed, running, true)),
                 (QStringList{QStringLiteral("0.10.0-rc.1"), QStringLiteral("0.3.0"), QStringLiteral("0.2.0")}));
        // a pre-release user hears of later pre-releases anyway
        QCOMPARE(names(newerReleases(*feed, *Version::parse(QStringLiteral("0.3.0-beta")), false)).first(), QStringLiteral("0.10.0-rc.1"));
        QVERIFY(newerReleases(*feed, *Version::parse(QStringLiteral("0.10.0")), true).isEmpty());
    }

    void feedsThatAreNot_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("not json") << QByteArray("<html>hi</html>") << QStringLiteral("it is not JSON");
        QTest::newRow("array") << QByteArray("[1,2]") << QStringLiteral("it is not a Switchboard release feed");
        QTest::newRow("no format") << QByteArray("{\"releases\":[]}") << QStringLiteral("it is not a Switchboard release feed");
        QTest::newRow("releases not a list") << QByteArray("{\"format\":\"switchboard-releases/1\",\"releases\":{}}")
                                             << QStringLiteral("it is not a Switchboard release feed");
        QTest::newRow("newer format") << QByteArray("{\"format\":\"switchboard-releases/2\",\"releases\":[]}")
                                      << QStringLiteral("the feed is in the format \"switchboard-releases/2\", which this version does not read");
        QTest::newRow("no entry usable") << QByteArray("{\"format\":\"switchboard-releases/1\",\"releases\":[{\"version\":\"soon\"}]}")
                                         << QStringLiteral("none of its releases has a version");
        QJsonArray many;
        for (int i = 0; i <= kMaxReleases; ++i)
            many.append(release(QStringLiteral("0.0.%1").arg(i)));
        QTest::newRow("too many") << feedJson(many) << QStringLiteral("the feed lists 1001 releases");
    }
    void feedsThatAreNot()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        const Expected<Feed> feed = parseFeed(body);
        QVERIFY(!feed);
        QVERIFY2(feed.error().message.startsWith(message), qPrintable(feed.error().message));
    }

    void emptyFeedIsNoNews()
    {
        const Expected<Feed> feed = parseFeed(feedJson({}));
        QVERIFY(feed);
        QVERIFY(feed->releases.isEmpty());
    }

    void feedUrls()
    {
        QVERIFY(feedUrlFromText(QString()));
        QVERIFY(feedUrlFromText(QStringLiteral("  ")).value().isEmpty());
        QCOMPARE(feedUrlFromText(QStringLiteral(" https://example.org/r.json ")).value(), QUrl(QStringLiteral("https://example.org/r.json")));
        QVERIFY(feedUrlFromText(QStringLiteral("http://127.0.0.1:8080/feed")));
        for (const char *bad : {"file:///etc/passwd", "ftp://example.org/feed.json", "example.org/feed.json", "https://", "javascript:alert(1)"})
            QVERIFY2(!feedUrlFromText(QString::fromLatin1(bad)), bad);
        // the built-in feed is either none or a valid address
        QVERIFY(defaultFeedUrl().isEmpty() || feedUrlFromText(defaultFeedUrl().toString()).value().isValid());
    }

    // The environment wins, then the system-wide settings, then the build.
    void managedInstallIsRecognised()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("Switchboard.conf"));
        QSettings system(file, QSettings::IniFormat);
        QProcessEnvironment env;
        QCOMPARE(managedInstall(env, &system).managed, bool(SWITCHBOARD_MANAGED_BUILD));
        QCOMPARE(managedInstall(env, nullptr).managed, bool(SWITCHBOARD_MANAGED_BUILD));

        system.setValue(QStringLiteral("updates/managed"), true);
        system.sync();
        QSettings reread(file, QSettings::IniFormat);
        ManagedInstall m = managedInstall(env, &reread);
        QVERIFY(m.managed);
        QCOMPARE(m.source, file);

        env.insert(QStringLiteral("SWITCHBOARD_MANAGED_INSTALL"), QStringLiteral("0"));
        m = managedInstall(env, &reread);
        QVERIFY(!m.managed);
        QCOMPARE(m.source, QStringLiteral("SWITCHBOARD_MANAGED_INSTALL"));
        env.insert(QStringLiteral("SWITCHBOARD_MANAGED_INSTALL"), QStringLiteral("yes"));
        QVERIFY(managedInstall(env, nullptr).managed);
        env.insert(QStringLiteral("SWITCHBOARD_MANAGED_INSTALL"), QStringLiteral("maybe")); // not a flag: the next source decides
        QVERIFY(managedInstall(env, &reread).managed);
    }

    void checkReadsAGoodFeed()
    {
        fk::FakeSite site;
        QVERIFY(site.listen());
        site.setPage(QStringLiteral("/releases.json"),
                     fk::Page::of("application/json", feedJson({release(QStringLiteral("99.0.0"), QStringLiteral("News."))})));
        Checker c;
        const QDateTime stamp(QDate(2026, 12, 5), QTime(10, 0), Qt::UTC);
        c.checker.setClock([stamp] { return stamp; });
        const auto r = c.run(site.url(QStringLiteral("/releases.json")));
        QVERIFY(r);
        QVERIFY2(r->feed, qPrintable(r->feed ? QString() : r->feed.error().message));
        QCOMPARE(r->feed->releases.size(), 1);
        QCOMPARE(r->feed->releases.first().notesFor(QStringLiteral("en")), QStringLiteral("News."));
        QCOMPARE(r->checkedAt, stamp);
        QCOMPARE(site.hits(QStringLiteral("/releases.json")), 1);
        const fk::RecordedRequest &req = site.requests().first();
        QCOMPARE(req.method, QByteArray("GET"));
        QVERIFY(req.body.isEmpty());
        QByteArray agent;
        for (const auto &[name, value] : req.headers) {
            QVERIFY2(name.toLower() != "authorization" && name.toLower() != "cookie", name.constData());
            if (name.toLower() == "user-agent")
                agent = value;
        }
        QVERIFY2(agent.startsWith("Switchboard/"), agent.constData());
        QVERIFY(!c.checker.isChecking());
    }

    void checkFailsClearly_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("404") << 404 << QByteArray("text/html") << QByteArray("<h1>Not found</h1>")
                             << QStringLiteral("The release feed at %1 answered with HTTP status 404");
        QTest::newRow("500") << 500 << QByteArray("application/json") << QByteArray("{\"error\":\"down\"}")
                             << QStringLiteral("The release feed at %1 answered with HTTP status 500");
        QTest::newRow("html") << 200 << QByteArray("text/html; charset=utf-8") << QByteArray("<html><body>Welcome</body></html>")
                              << QStringLiteral("%1 is not a release feed: it sent text/html instead of JSON");
        QTest::newRow("malformed json") << 200 << QByteArray("application/json") << QByteArray("{\"format\": \"switchboard-releases/1\", \"rel")
                                        << QStringLiteral("%1 is not a release feed: its JSON is malformed");
        QTest::newRow("other json") << 200 << QByteArray("application/json") << QByteArray("{\"data\":[1,2,3]}")
                                    << QStringLiteral("%1 is not a release feed this version reads: it is not a Switchboard release feed");
        QTest::newRow("newer format") << 200 << QByteArray("application/json")
                                      << QByteArray("{\"format\":\"switchboard-releases/9\",\"releases\":[]}")
                                      << QStringLiteral("%1 is not a release feed this version reads: the feed is in the format");
    }
    void checkFailsClearly()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        fk::FakeSite site;
        QVERIFY(site.listen());
        site.setPage(QStringLiteral("/feed"), fk::Page::of(contentType, body, status));
        Checker c;
        const QUrl url = site.url(QStringLiteral("/feed"));
        const auto r = c.run(url);
        QVERIFY(r);
        QVERIFY(!r->feed);
        QVERIFY2(r->feed.error().message.startsWith(message.arg(url.toString())), qPrintable(r->feed.error().message));
    }

    // 10 MB without a Content-Length: the check stops reading at the limit and says why.
    void checkRefusesAHugeAnswer()
    {
        fk::FakeSite site;
        QVERIFY(site.listen());
        fk::Page huge = fk::Page::of("application/json", "[" + QByteArray(10 * 1000 * 1000, ' ') + "]");
        huge.chunked = true;
        site.setPage(QStringLiteral("/big"), huge);
        Checker c;
        const QUrl url = site.url(QStringLiteral("/big"));
        const auto r = c.run(url);
        QVERIFY(r);
        QVERIFY(!r->feed);
        QVERIFY2(r->feed.error().message.startsWith(QStringLiteral("The answer of %1 is larger than 1024 KiB").arg(url.toString())),
                 qPrintable(r->feed.error().message));
    }

    void checkTimesOut()
    {
        fk::FakeSite site;
        QVERIFY(site.listen());
        fk::Page slow = fk::Page::of("application/json", feedJson({}));
        slow.headerDelayMs = 5000;
        site.setPage(QStringLiteral("/slow"), slow);
        Checker c;
        providers::Timeouts t;
        t.connect = 300ms;
        c.checker.setTimeouts(t);
        QElapsedTimer clock;
        clock.start();
        const auto r = c.run(site.url(QStringLiteral("/slow")));
        QVERIFY(r);
        QVERIFY(!r->feed);
        QCOMPARE(r->feed.error().kind, Error::Kind::Timeout);
        QVERIFY2(r->feed.error().message.contains(QStringLiteral("did not answer in time")), qPrintable(r->feed.error().message));
        QVERIFY2(clock.elapsed() < 4000, qPrintable(QString::number(clock.elapsed())));
    }

    void checkCannotConnect()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close(); // nothing listens there now
        Checker c;
        const QUrl url(QStringLiteral("http://127.0.0.1:%1/feed.json").arg(port));
        const auto r = c.run(url);
        QVERIFY(r);
        QVERIFY(!r->feed);
        QVERIFY2(r->feed.error().message.startsWith(QStringLiteral("Cannot reach the release feed at %1:").arg(url.toString())),
                 qPrintable(r->feed.error().message));
        // and a URL that is not a feed's is refused before anything is sent
        const auto bad = c.run(QUrl(QStringLiteral("file:///etc/passwd")));
        QVERIFY(bad && !bad->feed);
        QVERIFY2(bad->feed.error().message.contains(QStringLiteral("http or https")), qPrintable(bad->feed.error().message));
        const auto none = c.run(QUrl());
        QVERIFY(none && !none->feed);
        QVERIFY2(none->feed.error().message.startsWith(QStringLiteral("No release feed is set")), qPrintable(none->feed.error().message));
    }

    // The workspace's network setting applies: the feed's host is known to the proxy only, and the
    // proxy's password comes from the keychain.
    void checkGoesThroughTheNetworkProxy()
    {
        fk::FakeSite site;
        QVERIFY(site.listen());
        site.setPage(QStringLiteral("/releases.json"), fk::Page::of("application/json", feedJson({release(QStringLiteral("99.1.0"))})));
        fk::FakeProxy proxy(fk::FakeProxy::Kind::HttpConnect);
        proxy.setCredentials(QStringLiteral("alice"), QStringLiteral("s3cret"));
        QVERIFY(proxy.listen());
        proxy.addHost(QStringLiteral("feeds.test"), QStringLiteral("127.0.0.1"));
        Checker c;
        (void)c.secrets->write(QStringLiteral("proxy-pw"), QStringLiteral("s3cret"));
        c.ws.network = QJsonObject{{QStringLiteral("mode"), QStringLiteral("http")},
                                   {QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                                   {QStringLiteral("port"), int(proxy.port())},
                                   {QStringLiteral("user"), QStringLiteral("alice")},
                                   {QStringLiteral("password"), QStringLiteral("keychain:proxy-pw")}};
        QVERIFY(c.ws.validate().isEmpty());
        const QUrl url(QStringLiteral("http://feeds.test:%1/releases.json").arg(site.url(QString()).port()));
        const auto r = c.run(url);
        QVERIFY(r);
        QVERIFY2(r->feed, qPrintable(r->feed ? QString() : r->feed.error().message));
        QCOMPARE(r->feed->releases.first().versionText, QStringLiteral("99.1.0"));
        QCOMPARE(proxy.tunnelCount(), 1);
        QCOMPARE(proxy.targets().first(), QStringLiteral("feeds.test:%1").arg(url.port()));

        // a wrong password fails the check, naming the proxy
        (void)c.secrets->write(QStringLiteral("proxy-pw"), QStringLiteral("wrong"));
        const auto refused = c.run(url);
        QVERIFY(refused && !refused->feed);
        QVERIFY2(refused->feed.error().message.contains(QStringLiteral("127.0.0.1:%1").arg(proxy.port())), qPrintable(refused->feed.error().message));
    }

    // A check replaced by another (or cancelled) never reports; the new one does.
    void cancelledChecksStayQuiet()
    {
        fk::FakeSite site;
        QVERIFY(site.listen());
        fk::Page slow = fk::Page::of("application/json", feedJson({}));
        slow.headerDelayMs = 400;
        site.setPage(QStringLiteral("/slow"), slow);
        site.setPage(QStringLiteral("/fast"), fk::Page::of("application/json", feedJson({release(QStringLiteral("99.0.0"))})));
        Checker c;
        int first = 0;
        c.checker.check(site.url(QStringLiteral("/slow")), c.ws, [&](const CheckResult &) { ++first; });
        QTRY_COMPARE(site.hits(QStringLiteral("/slow")), 1);
        QVERIFY(c.checker.isChecking());
        const auto second = c.run(site.url(QStringLiteral("/fast")));
        QVERIFY(second && second->feed);
        c.checker.check(site.url(QStringLiteral("/slow")), c.ws, [&](const CheckResult &) { ++first; });
        c.checker.cancel();
        QVERIFY(!c.checker.isChecking());
        QTest::qWait(800);
        QCOMPARE(first, 0);
    }

    // Once a day at most, on an injected clock: never checked, a day later, and after the clock went back.
    void scheduleChecksDailyAtMost()
    {
        QDateTime now(QDate(2026, 12, 5), QTime(9, 0), Qt::UTC);
        UpdateSchedule schedule([&now] { return now; });
        schedule.setPollInterval(1h); // the timer never fires within the test: polls are called by hand
        QSignalSpy due(&schedule, &UpdateSchedule::due);
        QSignalSpy stored(&schedule, &UpdateSchedule::lastCheckChanged);
        QVERIFY(schedule.isDue());
        schedule.setEnabled(true); // polls at once: never checked
        QCOMPARE(due.size(), 1);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().first().toDateTime(), now);
        for (int hour = 1; hour < 24; ++hour) {
            now = now.addSecs(3600);
            schedule.poll();
        }
        QCOMPARE(due.size(), 1);
        now = now.addSecs(3600); // 24 h after the check
        schedule.poll();
        schedule.poll();
        QCOMPARE(due.size(), 2);
        // a check by hand counts too
        now = now.addSecs(20 * 3600);
        schedule.recordCheck();
        now = now.addSecs(23 * 3600);
        schedule.poll();
        QCOMPARE(due.size(), 2);
        // the clock went back before the last check: checked again (once)
        now = now.addDays(-3);
        schedule.poll();
        schedule.poll();
        QCOMPARE(due.size(), 3);
        // off: nothing
        schedule.setEnabled(false);
        QVERIFY(!schedule.isEnabled());
        now = now.addDays(5);
        QTest::qWait(10);
        QCOMPARE(due.size(), 3);
        // a stored last check from an earlier run counts at start
        UpdateSchedule later([&now] { return now; });
        later.setLastCheck(now.addSecs(-3600));
        QSignalSpy laterDue(&later, &UpdateSchedule::due);
        later.setEnabled(true);
        QCOMPARE(laterDue.size(), 0);
        later.setLastCheck(now.addDays(-2));
        later.poll();
        QCOMPARE(laterDue.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestUpdates)
#include "tst_updates.moc"
