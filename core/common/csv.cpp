#include "common/csv.h"

namespace sb::csv {

namespace {

Error lineError(int line, const QString &what)
{
    return Error::make(Error::Kind::Parse, QStringLiteral("line %1: %2").arg(line).arg(what));
}

} // namespace

QString field(const QString &field)
{
    bool quote = field.startsWith(QLatin1Char(' ')) || field.endsWith(QLatin1Char(' '));
    for (const QChar c : field) {
        if (c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            quote = true;
            break;
        }
    }
    if (!quote)
        return field;
    QString out = field;
    out.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QString row(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &f : fields)
        quoted << field(f);
    return quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

Expected<QList<Record>> parse(const QString &input)
{
    QList<Record> records;
    const QString text = input.startsWith(QChar(0xFEFF)) ? input.mid(1) : input;
    enum class State { FieldStart, Unquoted, Quoted, AfterQuote };
    State state = State::FieldStart;
    Record current;
    current.line = 1;
    QString field;
    int line = 1;
    int quoteLine = 0;
    auto endRecord = [&] {
        current.fields << field;
        field.clear();
        // a blank line is no record
        if (!(current.fields.size() == 1 && current.fields.first().isEmpty()))
            records << current;
        current = Record{};
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        const bool newline = c == QLatin1Char('\n') || c == QLatin1Char('\r');
        if (newline && state != State::Quoted) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRecord();
            ++line;
            current.line = line;
            state = State::FieldStart;
            continue;
        }
        switch (state) {
        case State::FieldStart:
            if (c == QLatin1Char('"')) {
                state = State::Quoted;
                quoteLine = line;
            } else if (c == QLatin1Char(',')) {
                current.fields << field;
                field.clear();
            } else {
                field += c;
                state = State::Unquoted;
            }
            break;
        case State::Unquoted:
            if (c == QLatin1Char(',')) {
                current.fields << field;
                field.clear();
                state = State::FieldStart;
            } else if (c == QLatin1Char('"')) {
                return lineError(line, QStringLiteral("a quote inside an unquoted field (put the whole field in quotes and double the quote: \"\")"));
            } else {
                field += c;
            }
            break;
        case State::Quoted:
            if (c == QLatin1Char('"')) {
                state = State::AfterQuote;
            } else {
                if (c == QLatin1Char('\n') || (c == QLatin1Char('\r') && !(i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))))
                    ++line;
                field += c;
            }
            break;
        case State::AfterQuote:
            if (c == QLatin1Char('"')) {
                field += c;
                state = State::Quoted;
            } else if (c == QLatin1Char(',')) {
                current.fields << field;
                field.clear();
                state = State::FieldStart;
            } else {
                return lineError(line, QStringLiteral("text after the closing quote of a field"));
            }
            break;
        }
    }
    if (state == State::Quoted)
        return lineError(quoteLine, QStringLiteral("unterminated quoted field (no closing quote before the end of the file)"));
    if (state != State::FieldStart || !current.fields.isEmpty() || !field.isEmpty())
        endRecord();
    return records;
}

} // namespace sb::csv
