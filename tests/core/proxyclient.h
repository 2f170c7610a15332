#pragma once

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QUrl>

// One HTTP request to the proxy from a core test, the way a client sends it; the wait spins this
// thread's event loop (an in-process fake upstream keeps answering meanwhile).
namespace sb::testing {

struct HttpReply {
    int status = 0; // 0: no answer within the time
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

using HttpHeaders = QList<std::pair<QByteArray, QByteArray>>;

// A body is sent as application/json.
inline HttpReply sendHttp(QNetworkAccessManager &nam, const QByteArray &method, const QUrl &target, const QByteArray &body = {},
                          const HttpHeaders &headers = {}, int timeoutMs = 30000)
{
    QNetworkRequest request(target);
    request.setTransferTimeout(timeoutMs);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &[k, v] : headers)
        request.setRawHeader(k, v);
    QNetworkReply *reply = nam.sendCustomRequest(request, method, body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    HttpReply r;
    if (!reply->isFinished() && !done.wait(timeoutMs)) {
        reply->abort();
        delete reply;
        return r;
    }
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    for (const auto &[k, v] : reply->rawHeaderPairs())
        r.headers.insert(k.toLower(), v);
    delete reply;
    return r;
}

} // namespace sb::testing
