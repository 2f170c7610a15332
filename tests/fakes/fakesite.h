#pragma once

#include "fakeupstream.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <utility>

class QTcpServer;

namespace sb::fakes {

class HttpConnection;

// A page a FakeSite serves at a path.
struct Page {
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("text/html; charset=utf-8");
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers; // Location for redirects, etc.
    int headerDelayMs = 0; // before the status line (a server that does not answer in time)
    bool chunked = false; // no Content-Length: the size shows only as the body arrives
    int chunkSize = 16 * 1024;

    static Page of(const QByteArray &contentType, const QByteArray &body, int status = 200)
    {
        Page p;
        p.status = status;
        p.contentType = contentType;
        p.body = body;
        return p;
    }
    static Page redirect(const QByteArray &location, int status = 302)
    {
        Page p;
        p.status = status;
        p.contentType = QByteArrayLiteral("text/plain");
        p.headers.append({QByteArrayLiteral("Location"), location});
        return p;
    }
};

// A small web site on 127.0.0.1 for importers that fetch URLs: GET a path, get its page (or 404).
// Counts the requests per path. Lives in the thread that created it: clients that block their thread
// must run in another one, or spin this thread's event loop while they wait.
class FakeSite final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeSite)

public:
    explicit FakeSite(QObject *parent = nullptr);
    ~FakeSite() override;

    [[nodiscard]] bool listen(quint16 port = 0);
    QUrl url(const QString &path) const; // http://127.0.0.1:PORT + path

    void setPage(const QString &path, const Page &page);
    void removePage(const QString &path);
    int hits(const QString &path) const;
    const QList<RecordedRequest> &requests() const { return m_requests; }

private:
    void onNewConnection();

    QTcpServer *m_server = nullptr;
    QHash<QString, Page> m_pages;
    QHash<QString, int> m_hits;
    QList<RecordedRequest> m_requests;
    int m_connections = 0;
};

} // namespace sb::fakes
