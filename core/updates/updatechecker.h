#pragma once

#include "common/expected.h"
#include "providers/networkproxy.h"
#include "storage/workspace.h"
#include "updates/feed.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace sb {
class SecretStore;
}
namespace sb::providers {
class JsonCall;
}

namespace sb::updates {

// What one check found: the feed, or why there is none (a message in the application's language that
// names the feed and says what to do).
struct CheckResult {
    QUrl feedUrl;
    Expected<Feed> feed = Feed{};
    QDateTime checkedAt;
};

// Reads a release feed over HTTP(S) through the workspace's network settings (its proxy of any kind, CA
// file and timeouts, as provider calls have them; the proxy password resolved from the keychain on a
// worker). Reads it only: it never downloads or installs anything. At most kMaxFeedBytes are read; a
// larger answer, an error status, a timeout, something other than JSON or a JSON that is not a feed all
// end in an error. One check at a time: a new one cancels the one running. `done` runs once, on this
// object's thread, never after it is destroyed.
class UpdateChecker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpdateChecker)

public:
    using Done = std::function<void(const CheckResult &)>;

    UpdateChecker(QNetworkAccessManager &nam, std::shared_ptr<SecretStore> secrets, QObject *parent = nullptr);
    ~UpdateChecker() override;

    // The time a check is given (the workspace's network timeouts override them field by field).
    void setTimeouts(providers::Timeouts timeouts) { m_timeouts = timeouts; }
    void setMaxBytes(qint64 bytes) { m_maxBytes = bytes; }
    // The clock results are stamped with (tests inject theirs).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    void check(const QUrl &feedUrl, const Workspace &workspace, Done done);
    void cancel();
    bool isChecking() const { return m_generation != m_finishedGeneration; }

private:
    void finish(quint64 generation, const QUrl &url, Expected<Feed> feed);
    void fetch(quint64 generation, const QUrl &url, const Workspace &workspace, const QString &proxyPassword);

    QNetworkAccessManager &m_nam;
    std::shared_ptr<SecretStore> m_secrets;
    providers::Timeouts m_timeouts;
    qint64 m_maxBytes = kMaxFeedBytes;
    std::function<QDateTime()> m_clock;
    quint64 m_generation = 0; // the check running (or the last one)
    quint64 m_finishedGeneration = 0;
    QPointer<providers::JsonCall> m_call;
    Done m_done;
};

// When the automatic check is due: once a day at most. Polls its clock every `pollInterval` while
// enabled (and once at once when enabled); when a day has passed since the last check (or there was
// none, or the clock went back before it), records the time as the last check and emits due(). The
// owner keeps the last check across runs (setLastCheck at start, lastCheckChanged to store it).
class UpdateSchedule final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpdateSchedule)

public:
    using Clock = std::function<QDateTime()>;
    static constexpr std::chrono::hours kInterval{24};

    explicit UpdateSchedule(Clock clock = {}, QObject *parent = nullptr);
    ~UpdateSchedule() override;

    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setLastCheck(const QDateTime &time) { m_last = time; }
    QDateTime lastCheck() const { return m_last; }
    // Also what a check by hand calls, so that the automatic one waits a day after it.
    void recordCheck();
    bool isDue() const;
    void setPollInterval(std::chrono::milliseconds interval);
    void setEnabled(bool on);
    bool isEnabled() const { return m_timer.isActive(); }
    // What the timer runs: emits due() when a check is due.
    void poll();

Q_SIGNALS:
    void due();
    void lastCheckChanged(const QDateTime &time);

private:
    Clock m_clock;
    QDateTime m_last;
    QTimer m_timer;
};

} // namespace sb::updates
