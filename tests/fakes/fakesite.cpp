#include "fakesite.h"

#include "httpconnection.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace sb::fakes {

FakeSite::FakeSite(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &FakeSite::onNewConnection);
}

FakeSite::~FakeSite() = default;

bool FakeSite::listen(quint16 port)
{
    return m_server->listen(QHostAddress::LocalHost, port);
}

QUrl FakeSite::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server->serverPort()).arg(path));
}

void FakeSite::setPage(const QString &path, const Page &page)
{
    m_pages.insert(path, page);
}

void FakeSite::removePage(const QString &path)
{
    m_pages.remove(path);
}

int FakeSite::hits(const QString &path) const
{
    return m_hits.value(path);
}

void FakeSite::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        new HttpConnection(
            m_connections++, socket,
            [this](HttpConnection *connection, RecordedRequest request) {
                request.index = int(m_requests.size());
                m_hits[request.path] += 1;
                ResponsePlan plan;
                const auto found = m_pages.constFind(request.path);
                if (found == m_pages.constEnd()) {
                    plan.status = 404;
                    plan.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/html")});
                    plan.frames.append(QByteArrayLiteral("<h1>Not Found</h1>"));
                } else {
                    const Page &page = *found;
                    plan.status = page.status;
                    plan.headers.append({QByteArrayLiteral("Content-Type"), page.contentType});
                    plan.headers.append(page.headers);
                    plan.headerDelayMs = page.headerDelayMs;
                    plan.chunked = page.chunked;
                    const qsizetype size = std::max(1, page.chunkSize);
                    for (qsizetype i = 0; i < page.body.size(); i += size)
                        plan.frames.append(page.body.mid(i, size));
                }
                request.responseStatus = plan.status;
                const int index = request.index;
                m_requests.append(std::move(request));
                connection->respond(index, plan);
            },
            [](int) {}, this);
    }
}

} // namespace sb::fakes
