#pragma once

#include "common/expected.h"

#include <QByteArray>
#include <QDate>
#include <QJsonDocument>
#include <QList>
#include <QMap>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <compare>
#include <optional>

class QSettings;

namespace sb::updates {

// A semantic version (semver.org 2.0): MAJOR.MINOR.PATCH, an optional pre-release after '-'
// ("1.2.0-rc.1") and build metadata after '+' (ignored in comparisons). A leading 'v' is allowed, and
// a missing MINOR or PATCH counts as 0 ("v2" == "2.0.0").
struct Version {
    quint64 major = 0;
    quint64 minor = 0;
    quint64 patch = 0;
    QStringList prerelease; // the dot-separated identifiers after '-'; empty for a release

    [[nodiscard]] static std::optional<Version> parse(const QString &text);
    bool isPrerelease() const { return !prerelease.isEmpty(); }
    QString toString() const; // without build metadata
    // semver precedence: numbers numerically; a pre-release is lower than its release; pre-release
    // identifiers one by one (numeric ones numerically and lower than alphanumeric ones, ASCII order
    // otherwise), a shorter list lower when all before are equal.
    std::strong_ordering operator<=>(const Version &other) const;
    bool operator==(const Version &other) const { return (*this <=> other) == 0; }
};

// The version this program is (SWITCHBOARD_VERSION_STRING).
Version runningVersion();

// One entry of a release feed (see packaging/README.md, "Release feed").
struct Release {
    Version version;
    QString versionText; // as the feed wrote it
    QDate date; // invalid when the feed gives none
    QMap<QString, QString> notes; // language ("en", "de", "pt_BR") -> plain text; "" = not per language
    QUrl page; // the release's page (http or https), may be empty
    QUrl download; // where to download it (http or https), may be empty

    // The notes in `language` ("pt_BR"), else its base language ("pt"), else English, else the plain
    // or first ones; "" when the feed has none.
    QString notesFor(const QString &language) const;
    // Where "Open download page" goes: the download URL, else the release's page.
    QUrl link() const { return download.isEmpty() ? page : download; }
};

struct Feed {
    QList<Release> releases; // newest first
    QStringList ignored; // entries left out, each with why ("releases[3]: ..."; English, for the log)
};

// The format a feed names in its "format" member.
inline constexpr char kFeedFormat[] = "switchboard-releases/1";
// The most a feed may be, and the most entries and note text read from one.
inline constexpr qint64 kMaxFeedBytes = 1024 * 1024;
inline constexpr int kMaxReleases = 1000;
inline constexpr int kMaxNotesChars = 20000;

// Reads a feed's JSON. Entries that are not understood are left out (Feed::ignored); an error when the
// bytes are not a feed of this format at all. Messages are in the application's language.
[[nodiscard]] Expected<Feed> parseFeed(const QByteArray &json);
[[nodiscard]] Expected<Feed> parseFeed(const QJsonDocument &json);

// The releases newer than `running`, newest first; pre-releases only when `prereleases` is set or the
// running version is one itself.
QList<Release> newerReleases(const Feed &feed, const Version &running, bool prereleases);

// A feed URL as typed: empty is allowed (the built-in feed); otherwise an absolute http or https URL
// with a host. The error says what to write instead.
[[nodiscard]] Expected<QUrl> feedUrlFromText(const QString &text);
// The feed the build names (SWITCHBOARD_RELEASE_FEED_URL; packaging/README.md).
QUrl defaultFeedUrl();

// Whether this install is managed (updates come from a package manager or an administrator): then
// automatic checks are off unless the user turns them on. Decided, first match wins, by
//  1. the environment variable SWITCHBOARD_MANAGED_INSTALL (1/true/yes or 0/false/no),
//  2. `managed` in the [updates] group of the system-wide settings (`system`: on Linux
//     /etc/xdg/Switchboard/Switchboard.conf, on Windows HKLM\Software\Switchboard\Switchboard, on
//     macOS /Library/Preferences/com.switchboard.Switchboard.plist),
//  3. the build option SWITCHBOARD_MANAGED_INSTALL (distribution and Flatpak packages set it).
struct ManagedInstall {
    bool managed = false;
    QString source; // what decided it: the variable's name, the settings file, or "build"; "" = default
};
ManagedInstall managedInstall(const QProcessEnvironment &environment, const QSettings *system);

} // namespace sb::updates
