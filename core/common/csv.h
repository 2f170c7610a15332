#pragma once

#include "common/expected.h"

#include <QList>
#include <QString>
#include <QStringList>

// CSV as RFC 4180 has it, for prompt sets, batch results and the knowledge base's tables.
namespace sb::csv {

// CSV writing: fields with commas, quotes, line breaks or leading/trailing spaces are quoted and
// quotes doubled; rows end with CRLF (RFC 4180).
QString field(const QString &field);
QString row(const QStringList &fields);

// CSV reading (RFC 4180): rows of fields with the 1-based line each row starts on.
struct Record {
    QStringList fields;
    int line = 0;
};
[[nodiscard]] Expected<QList<Record>> parse(const QString &text);

} // namespace sb::csv
