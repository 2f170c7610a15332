#pragma once

#include "fakeupstream.h"

#include <QByteArray>
#include <QList>
#include <QObject>

#include <functional>
#include <utility>

class QTcpSocket;

namespace sb::fakes {

// How one response goes on the wire: status and headers, then the body as frames. Chunked responses
// write one HTTP chunk per frame; fixed-length ones write the frames back to back under Content-Length.
struct ResponsePlan {
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers; // Content-Type etc.; framing headers are added
    QList<QByteArray> frames;
    bool chunked = false;
    int headerDelayMs = 0; // before the status line
    int firstFrameDelayMs = 0; // after the headers, before the first frame
    int frameDelayMs = 0; // between frames
    int stallAfterFrames = -1; // >= 0: stop writing after that many frames, keep the connection
    int dropAfterFrames = -1; // >= 0: close after that many frames
    bool dropBeforeResponse = false;
    bool close = false; // Connection: close after this response
};

// One accepted TCP connection: parses HTTP/1.1 requests (Content-Length or chunked bodies, keep-alive,
// Expect: 100-continue), hands each complete request to the handler, writes the planned response.
class HttpConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)

public:
    using RequestHandler = std::function<void(HttpConnection *, RecordedRequest)>;
    using FinishedHandler = std::function<void(int requestIndex)>;

    static constexpr qsizetype kMaxHeaderBytes = 64 * 1024;
    static constexpr qsizetype kMaxBodyBytes = 64 * 1024 * 1024;

    HttpConnection(int id, QTcpSocket *socket, RequestHandler onRequest, FinishedHandler onFinished, QObject *parent = nullptr);
    ~HttpConnection() override;

    int id() const { return m_id; }
    // Answers the request most recently handed out (requestIndex is reported back when finished).
    void respond(int requestIndex, const ResponsePlan &plan);
    void closeNow();

Q_SIGNALS:
    void closed(int id);
    // A stall fault was reached: nothing more is written on this response (no timer is left for it).
    void stalled(int requestIndex);

private:
    enum class State { Head, Body, ChunkSize, ChunkData, ChunkTrailer, Responding, Dead };

    void onReadyRead();
    void parse();
    bool parseHead(qsizetype headEnd);
    void completeRequest();
    void rejectRequest(int status, const QByteArray &message);
    // Runs step now (ms <= 0) or after ms, unless a newer response or the close came first.
    void runAfter(int ms, void (HttpConnection::*step)());
    void writeHead();
    void writeFrames();
    void writeFrame(const QByteArray &frame);
    void finishResponse();
    void drop();
    void markClosed();

    int m_id;
    QTcpSocket *m_socket;
    RequestHandler m_onRequest;
    FinishedHandler m_onFinished;
    State m_state = State::Head;
    QByteArray m_buffer;
    RecordedRequest m_request;
    qsizetype m_remaining = 0;
    bool m_keepAlive = true;
    ResponsePlan m_plan;
    int m_requestIndex = -1;
    qsizetype m_frameIndex = 0;
    bool m_closedEmitted = false;
    quint64 m_generation = 0; // guards timers against a later response on the same connection
};

} // namespace sb::fakes
