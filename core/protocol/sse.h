#pragma once

#include "common/expected.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

namespace sb::protocol {

struct SseEvent {
    QByteArray event; // empty when the frame had no event: field ("message")
    QByteArray data; // data: lines joined with '\n'
    QByteArray id; // the last event id seen so far

    bool operator==(const SseEvent &) const = default;
};

// Incremental Server-Sent Events parser (WHATWG "event stream interpretation"). Feed any split of
// the bytes: CR, LF and CRLF line ends (also split across feeds), a UTF-8 BOM at the start, comment
// lines, multi-line data. Lines and events are bounded: past the limit it fails instead of growing.
class SseParser
{
public:
    static constexpr qsizetype kDefaultMaxLine = 16 * 1024 * 1024;

    explicit SseParser(qsizetype maxLineBytes = kDefaultMaxLine)
        : m_maxLine(maxLineBytes)
    {
    }

    // The events these bytes complete. After an error it returns nothing more.
    [[nodiscard]] QList<SseEvent> feed(QByteArrayView bytes);
    // End of input: an unterminated last line is taken as a line and a pending event is dispatched
    // (servers that omit the final blank line exist).
    [[nodiscard]] QList<SseEvent> finish();

    const std::optional<Error> &error() const { return m_error; }
    // The last retry: value in milliseconds, if any.
    std::optional<int> retry() const { return m_retry; }
    qsizetype bufferedBytes() const { return m_buf.size() + m_data.size(); }

private:
    void processLine(QByteArrayView line, QList<SseEvent> &out);
    void dispatch(QList<SseEvent> &out);
    void fail(QString message);

    qsizetype m_maxLine;
    QByteArray m_buf;
    qsizetype m_scanned = 0;
    bool m_skipLf = false;
    bool m_bomChecked = false;
    QByteArray m_event;
    QByteArray m_data;
    QByteArray m_lastId;
    bool m_hasData = false;
    std::optional<int> m_retry;
    std::optional<Error> m_error;
};

// Produces SSE frames.
class SseWriter
{
public:
    // "event: NAME\n" (when given), one "data: " line per line of data, "id: " (when given), "\n".
    [[nodiscard]] static QByteArray frame(QByteArrayView data, QByteArrayView event = {}, QByteArrayView id = {});
    // ": TEXT\n\n", e.g. a keep-alive.
    [[nodiscard]] static QByteArray comment(QByteArrayView text);
};

} // namespace sb::protocol
