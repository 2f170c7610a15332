#include "updates/feed.h"

#include "common/version.h"
#include "updates/buildconfig.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSettings>

#include <algorithm>

namespace sb::updates {

namespace {

bool isNumeric(const QString &s)
{
    return !s.isEmpty() && std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
}

std::optional<quint64> number(const QString &s)
{
    if (!isNumeric(s) || (s.size() > 1 && s.startsWith(QLatin1Char('0'))) || s.size() > 18)
        return std::nullopt;
    return s.toULongLong();
}

std::strong_ordering compareIdentifiers(const QString &a, const QString &b)
{
    const bool an = isNumeric(a);
    const bool bn = isNumeric(b);
    if (an && bn) {
        if (a.size() != b.size()) // no leading zeros: the longer number is the larger
            return a.size() <=> b.size();
        return a.compare(b) <=> 0;
    }
    if (an != bn)
        return an ? std::strong_ordering::less : std::strong_ordering::greater;
    return a.compare(b, Qt::CaseSensitive) <=> 0; // ASCII order
}

bool isWebUrl(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

} // namespace

std::optional<Version> Version::parse(const QString &text)
{
    QString s = text.trimmed();
    if (s.startsWith(QLatin1Char('v')) || s.startsWith(QLatin1Char('V')))
        s.remove(0, 1);
    if (const qsizetype plus = s.indexOf(QLatin1Char('+')); plus >= 0) {
        static const QRegularExpression build(QStringLiteral("^[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*$"));
        if (!build.match(s.mid(plus + 1)).hasMatch())
            return std::nullopt;
        s.truncate(plus);
    }
    Version v;
    if (const qsizetype dash = s.indexOf(QLatin1Char('-')); dash >= 0) {
        v.prerelease = s.mid(dash + 1).split(QLatin1Char('.'));
        static const QRegularExpression identifier(QStringLiteral("^[0-9A-Za-z-]+$"));
        for (const QString &id : std::as_const(v.prerelease)) {
            if (!identifier.match(id).hasMatch() || (isNumeric(id) && !number(id)))
                return std::nullopt;
        }
        s.truncate(dash);
    }
    const QStringList parts = s.split(QLatin1Char('.'));
    if (parts.isEmpty() || parts.size() > 3)
        return std::nullopt;
    quint64 *fields[] = {&v.major, &v.minor, &v.patch};
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const std::optional<quint64> n = number(parts.at(i));
        if (!n)
            return std::nullopt;
        *fields[i] = *n;
    }
    return v;
}

QString Version::toString() const
{
    QString s = QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(patch);
    if (!prerelease.isEmpty())
        s += QLatin1Char('-') + prerelease.join(QLatin1Char('.'));
    return s;
}

std::strong_ordering Version::operator<=>(const Version &o) const
{
    if (auto c = major <=> o.major; c != 0)
        return c;
    if (auto c = minor <=> o.minor; c != 0)
        return c;
    if (auto c = patch <=> o.patch; c != 0)
        return c;
    if (prerelease.isEmpty() != o.prerelease.isEmpty()) // a release is above its pre-releases
        return prerelease.isEmpty() ? std::strong_ordering::greater : std::strong_ordering::less;
    for (qsizetype i = 0; i < prerelease.size() && i < o.prerelease.size(); ++i) {
        if (auto c = compareIdentifiers(prerelease.at(i), o.prerelease.at(i)); c != 0)
            return c;
    }
    return prerelease.size() <=> o.prerelease.size();
}

Version runningVersion()
{
    return Version::parse(QStringLiteral(SWITCHBOARD_VERSION_STRING)).value_or(Version{});
}

QString Release::notesFor(const QString &language) const
{
    if (notes.isEmpty())
        return {};
    const QString base = language.section(QLatin1Char('_'), 0, 0);
    for (const QString &key : {language, base, QStringLiteral("en"), QString()}) {
        if (const auto it = notes.constFind(key); it != notes.cend())
            return *it;
    }
    return notes.first();
}

Expected<Feed> parseFeed(const QByteArray &json)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return Error::make(Error::Kind::Parse,
                           QCoreApplication::translate("sb::updates::Feed", "it is not JSON (%1 at byte %2)").arg(pe.errorString()).arg(pe.offset));
    return parseFeed(doc);
}

Expected<Feed> parseFeed(const QJsonDocument &doc)
{
    const QJsonObject root = doc.object();
    const QString format = root.value(QLatin1String("format")).toString();
    if (!doc.isObject() || format.isEmpty() || !root.value(QLatin1String("releases")).isArray())
        return Error::make(
            Error::Kind::Validation,
            QCoreApplication::translate("sb::updates::Feed",
                                        "it is not a Switchboard release feed (an object with \"format\": \"%1\" and a list of \"releases\")")
                .arg(QLatin1String(kFeedFormat)));
    if (format != QLatin1String(kFeedFormat))
        return Error::make(
            Error::Kind::Version,
            QCoreApplication::translate("sb::updates::Feed", "the feed is in the format \"%1\", which this version does not read (it reads \"%2\")")
                .arg(format, QLatin1String(kFeedFormat)));
    const QJsonArray list = root.value(QLatin1String("releases")).toArray();
    if (list.size() > kMaxReleases)
        return Error::make(Error::Kind::Validation,
                           QCoreApplication::translate("sb::updates::Feed", "the feed lists %1 releases, more than the %2 this version reads")
                               .arg(list.size())
                               .arg(kMaxReleases));

    Feed feed;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString where = QStringLiteral("releases[%1]").arg(i);
        const QJsonObject o = list.at(i).toObject();
        const QString versionText = o.value(QLatin1String("version")).toString();
        const std::optional<Version> version = Version::parse(versionText);
        if (!list.at(i).isObject() || !version) {
            feed.ignored << QStringLiteral("%1: %2").arg(where, QStringLiteral("no version of the form MAJOR.MINOR.PATCH"));
            continue;
        }
        Release r;
        r.version = *version;
        r.versionText = versionText;
        if (const QJsonValue date = o.value(QLatin1String("date")); date.isString()) {
            r.date = QDate::fromString(date.toString().left(10), Qt::ISODate);
            if (!r.date.isValid())
                feed.ignored << QStringLiteral("%1.date: %2").arg(where, QStringLiteral("not a date of the form YYYY-MM-DD"));
        }
        const auto clip = [](QString text) {
            if (text.size() > kMaxNotesChars)
                text = text.left(kMaxNotesChars) + QStringLiteral("…");
            return text;
        };
        const QJsonValue notes = o.value(QLatin1String("notes"));
        if (notes.isString()) {
            r.notes.insert(QString(), clip(notes.toString()));
        } else if (notes.isObject()) {
            const QJsonObject perLanguage = notes.toObject();
            for (auto it = perLanguage.begin(); it != perLanguage.end(); ++it) {
                if (it.value().isString())
                    r.notes.insert(it.key(), clip(it.value().toString()));
            }
        }
        for (const auto &[name, url] : {std::pair{QLatin1String("url"), &r.page}, std::pair{QLatin1String("download"), &r.download}}) {
            const QJsonValue v = o.value(name);
            if (v.isUndefined())
                continue;
            const QUrl u(v.toString(), QUrl::StrictMode);
            if (isWebUrl(u))
                *url = u;
            else
                feed.ignored << QStringLiteral("%1.%2: %3").arg(where, name, QStringLiteral("not an http or https URL"));
        }
        feed.releases << r;
    }
    if (!list.isEmpty() && feed.releases.isEmpty())
        return Error::make(Error::Kind::Validation,
                           QCoreApplication::translate("sb::updates::Feed", "none of its releases has a version of the form MAJOR.MINOR.PATCH"));
    std::stable_sort(feed.releases.begin(), feed.releases.end(), [](const Release &a, const Release &b) { return b.version < a.version; });
    return feed;
}

QList<Release> newerReleases(const Feed &feed, const Version &running, bool prereleases)
{
    QList<Release> out;
    for (const Release &r : feed.releases) {
        if (r.version > running && (!r.version.isPrerelease() || prereleases || running.isPrerelease()))
            out << r;
    }
    return out;
}

Expected<QUrl> feedUrlFromText(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return QUrl();
    const QUrl url(t, QUrl::StrictMode);
    if (!isWebUrl(url))
        return Error::make(Error::Kind::Validation,
                           QCoreApplication::translate("sb::updates::Feed",
                                                       "the feed URL must be an http or https address, such as https://example.org/releases.json"));
    return url;
}

QUrl defaultFeedUrl()
{
    return QUrl(QStringLiteral(SWITCHBOARD_RELEASE_FEED_URL));
}

ManagedInstall managedInstall(const QProcessEnvironment &environment, const QSettings *system)
{
    const auto flag = [](const QString &value) -> std::optional<bool> {
        const QString v = value.trimmed().toLower();
        if (v == QLatin1String("1") || v == QLatin1String("true") || v == QLatin1String("yes") || v == QLatin1String("on"))
            return true;
        if (v == QLatin1String("0") || v == QLatin1String("false") || v == QLatin1String("no") || v == QLatin1String("off"))
            return false;
        return std::nullopt;
    };
    const QString variable = QStringLiteral("SWITCHBOARD_MANAGED_INSTALL");
    if (const std::optional<bool> on = flag(environment.value(variable)))
        return {*on, variable};
    if (system) {
        if (const std::optional<bool> on = flag(system->value(QStringLiteral("updates/managed")).toString()))
            return {*on, system->fileName()};
    }
    if (SWITCHBOARD_MANAGED_BUILD)
        return {true, QStringLiteral("build")};
    return {};
}

} // namespace sb::updates
