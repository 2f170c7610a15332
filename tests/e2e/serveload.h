#pragma once

// Traffic for the serve tests (tst_serve_durability, tst_serve_team): the kinds of calls the clients
// make, and a load that keeps a number of them in flight against one serve, counting the answers its
// clients got whole.
#include "childprocess.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QStringList>
#include <QTest>
#include <QUrl>

#include <algorithm>
#include <csignal>
#include <functional>
#include <iterator>
#include <memory>
#include <utility>
#include <vector>

namespace sb::testing {

// The kinds of calls the clients make, and how a client knows it has the whole answer: the last event
// of a stream, or a whole JSON body.
struct CallKind {
    const char *path;
    const char *body;
    const char *end; // a stream's last event; nullptr: a JSON body
};
inline const CallKind kCalls[] = {
    {"/v1/chat/completions", R"({"model": "openai/gpt-4o-mini", "messages": [{"role": "user", "content": "hi"}], "max_tokens": 20})", nullptr},
    {"/v1/chat/completions",
     R"({"model": "openai/gpt-4o-mini", "messages": [{"role": "user", "content": "hi"}], "max_tokens": 20, "stream": true, )"
     R"("stream_options": {"include_usage": true}})",
     "data: [DONE]"},
    {"/v1/messages", R"({"model": "openai/gpt-4o-mini", "messages": [{"role": "user", "content": "hi"}], "max_tokens": 20, "stream": true})",
     "event: message_stop"},
    {"/v1/messages", R"({"model": "anthropic/claude-3-5-haiku-latest", "messages": [{"role": "user", "content": "hi"}], "max_tokens": 20})", nullptr},
};

// Keeps `width` calls in flight against one serve and counts the answers its clients got whole.
class Load final : public QObject
{
public:
    Load(QNetworkAccessManager &nam, QUrl base, int width)
        : m_nam(nam)
        , m_base(std::move(base))
        , m_width(width)
    {
    }
    ~Load() override { stop(); }

    std::function<void()> answeredOne; // after each whole answer
    int answered = 0;
    int failed = 0; // neither answered nor cut by the kill: must stay 0
    QStringList failures;

    void start()
    {
        while (!m_stopped && int(m_replies.size()) < m_width)
            send();
    }
    // Stops sending; the replies still open are dropped (their calls are not counted).
    void stop()
    {
        m_stopped = true;
        for (QNetworkReply *r : std::exchange(m_replies, {})) {
            r->disconnect(this);
            r->abort();
            r->deleteLater();
        }
    }

private:
    void send()
    {
        const CallKind &kind = kCalls[m_next++ % std::size(kCalls)];
        QUrl url = m_base;
        url.setPath(QLatin1String(kind.path));
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("anthropic-version", "2023-06-01");
        QNetworkReply *reply = m_nam.post(request, QByteArray(kind.body));
        m_replies.push_back(reply);
        auto seen = std::make_shared<QByteArray>();
        auto counted = std::make_shared<bool>(false);
        const auto whole = [this, reply, kind, seen, counted] {
            if (*counted || reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
                return;
            if (kind.end ? seen->contains(kind.end) : (reply->isFinished() && QJsonDocument::fromJson(*seen).isObject()))
                *counted = true;
            if (*counted) {
                ++answered;
                if (answeredOne)
                    answeredOne();
            }
        };
        connect(reply, &QNetworkReply::readyRead, this, [reply, seen, whole] {
            *seen += reply->readAll();
            whole();
        });
        connect(reply, &QNetworkReply::finished, this, [this, reply, seen, counted, whole] {
            *seen += reply->readAll();
            whole();
            if (m_stopped)
                return;
            if (!*counted) {
                ++failed;
                failures << QStringLiteral("%1 %2: %3")
                                .arg(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt())
                                .arg(reply->errorString(), QString::fromUtf8(seen->left(300)));
            }
            m_replies.erase(std::remove(m_replies.begin(), m_replies.end(), reply), m_replies.end());
            reply->deleteLater();
            start();
        });
    }

    QNetworkAccessManager &m_nam;
    QUrl m_base;
    int m_width = 1;
    int m_next = 0;
    bool m_stopped = false;
    std::vector<QNetworkReply *> m_replies;
};

#ifdef Q_OS_UNIX
// Keeps eight calls in flight against the serve `serve` runs at `base` and kills it with SIGKILL right
// as its killAt-th answer is whole. The answers its clients got whole, or why it went wrong.
struct Killed {
    int answered = 0;
    QString problem; // empty when the kill came and every other call was answered or cut by it
};
inline Killed killAtAnswer(QNetworkAccessManager &nam, Child &serve, const QUrl &base, int killAt)
{
    Load load(nam, base, 8);
    bool killed = false;
    load.answeredOne = [&] {
        if (load.answered < killAt || killed)
            return;
        killed = true;
        ::kill(pid_t(serve.process->processId()), SIGKILL); // right as an answer is whole
        load.stop();
    };
    load.start();
    const QDeadlineTimer deadline(20000);
    while (!killed && !deadline.hasExpired())
        QTest::qWait(10);
    if (!killed)
        return {load.answered, QStringLiteral("no kill in 20 s: ") + load.failures.join(QLatin1Char('\n'))};
    // (waitForFinished is false for a process whose end was seen already)
    if (serve.process->state() != QProcess::NotRunning && !serve.process->waitForFinished(10000))
        return {load.answered, QStringLiteral("the serve is still running 10 s after the kill")};
    if (serve.process->exitStatus() != QProcess::CrashExit)
        return {load.answered, QStringLiteral("the serve did not die of the kill")};
    if (load.failed != 0)
        return {load.answered, load.failures.join(QLatin1Char('\n'))};
    return {load.answered, {}};
}
#endif

} // namespace sb::testing
