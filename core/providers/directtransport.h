#pragma once

class QByteArray;
class QNetworkReply;
class QNetworkRequest;

namespace sb::providers {

// A network manager that sends some requests itself (the proxy threads' DirectHttpManager): provider
// calls ask it first and use QNetworkAccessManager::post()/get() only for what it does not take. Going
// through post() would cost, per request, the manager's own set-up of every reply (two string-based
// signal connections among others; bench/FINDINGS.md) for replies that need none of it.
class DirectTransport
{
public:
    virtual ~DirectTransport() = default;
    // A reply (a child of nothing; the caller owns it), or nullptr when the request is not one this
    // transport sends (then the caller uses the manager). `body` null: GET, else POST.
    virtual QNetworkReply *sendDirect(const QNetworkRequest &request, const QByteArray *body) = 0;
};

} // namespace sb::providers
