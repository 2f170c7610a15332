#pragma once

#include "common/expected.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace sb::protocol {

// Incremental newline-delimited JSON parser. Lines end with LF (a CR before it is dropped); blank
// lines are skipped. Lines are bounded: past the limit it fails instead of growing.
class NdjsonParser
{
public:
    static constexpr qsizetype kDefaultMaxLine = 16 * 1024 * 1024;

    explicit NdjsonParser(qsizetype maxLineBytes = kDefaultMaxLine)
        : m_maxLine(maxLineBytes)
    {
    }

    // The complete lines in these bytes (without line ends). After an error it returns nothing more.
    [[nodiscard]] QList<QByteArray> feed(QByteArrayView bytes);
    // End of input: the unterminated last line, if any.
    [[nodiscard]] QList<QByteArray> finish();

    // Each line parsed as a JSON object; a line that is not one is an error (and stops the parser).
    [[nodiscard]] QList<QJsonObject> feedObjects(QByteArrayView bytes);
    [[nodiscard]] QList<QJsonObject> finishObjects();

    const std::optional<Error> &error() const { return m_error; }
    qsizetype bufferedBytes() const { return m_buf.size(); }

private:
    QList<QJsonObject> toObjects(const QList<QByteArray> &lines);
    void fail(QString message);

    qsizetype m_maxLine;
    QByteArray m_buf;
    qsizetype m_scanned = 0;
    std::optional<Error> m_error;
};

} // namespace sb::protocol
