#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

// A small HTTP/1.1 server-side request parser and response framing for the proxy.
namespace sb::proxy::http {

struct Request {
    QByteArray method;
    QByteArray target; // as received
    QString path; // decoded, without the query
    QByteArray query; // after '?', still encoded
    int minorVersion = 1;
    QList<std::pair<QByteArray, QByteArray>> headers; // names lower-cased
    QByteArray body;

    QByteArray header(QByteArrayView name) const; // name in lower case; empty when absent
    bool hasHeader(QByteArrayView name) const;
    bool keepAlive() const;
};

// Incremental parser: feed bytes, take complete requests. One request at a time (no pipelined
// processing: the caller takes the next request after it answered the previous one).
class Parser
{
public:
    enum class State {
        NeedMore, // not enough bytes yet
        HeadComplete, // the head is parsed, the body is still arriving (see request() / expectsContinue())
        Complete, // take() returns the request
        Error, // errorStatus() / errorMessage() say why; the connection should be closed after answering
    };

    explicit Parser(qint64 maxBodyBytes, qsizetype maxHeadBytes = 64 * 1024);

    void append(QByteArrayView bytes) { m_buffer.append(bytes.data(), bytes.size()); }
    // Parses what is buffered.
    State advance();
    const Request &request() const { return m_request; } // HeadComplete/Complete/Error (after the head)
    bool headParsed() const { return m_headParsed; }
    // Whether the client asked for "100 Continue" and has not been told yet (clears the flag).
    bool takeExpectContinue();
    Request take(); // after Complete: the request; the parser is ready for the next one
    int errorStatus() const { return m_errorStatus; }
    QString errorMessage() const { return m_errorMessage; }
    qsizetype buffered() const { return m_buffer.size(); }

private:
    State fail(int status, QString message);
    State parseHead();
    State parseChunked();

    qint64 m_maxBody;
    qsizetype m_maxHead;
    QByteArray m_buffer;
    Request m_request;
    bool m_headParsed = false;
    bool m_chunked = false;
    bool m_expectContinue = false;
    qint64 m_contentLength = 0;
    int m_errorStatus = 0;
    QString m_errorMessage;
};

QByteArray reasonPhrase(int status);
// Status line and headers; adds Content-Length for a fixed body (bodyLength >= 0) or
// Transfer-Encoding: chunked (bodyLength < 0).
QByteArray responseHead(int status, const QList<std::pair<QByteArray, QByteArray>> &headers, qint64 bodyLength, bool keepAlive);
// One chunk of a chunked body (empty input gives nothing: the end is lastChunk()).
QByteArray chunk(QByteArrayView data);
inline QByteArray lastChunk()
{
    return QByteArrayLiteral("0\r\n\r\n");
}

} // namespace sb::proxy::http
