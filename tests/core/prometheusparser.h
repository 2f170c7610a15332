#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

#include <cmath>
#include <optional>

// A parser of the Prometheus text exposition format, version 0.0.4, written for the tests from its
// specification (prometheus/docs, content/docs/instrumenting/exposition_formats.md, "Text format
// details"), independent of the code that writes it. It refuses what the specification forbids:
// lines after the last line feed, unknown escapes, bad names, a TYPE after its metric's first sample,
// two HELP or TYPE lines for one name, a metric's lines not in one uninterrupted group, a repeated
// name and label set, and histograms whose buckets are not in increasing `le` order, not cumulative,
// without le="+Inf", or whose +Inf bucket differs from _count.
namespace sb::testing {

struct PromSample {
    QString name; // as written (x_bucket, x_sum, ...)
    QMap<QString, QString> labels; // unescaped
    double value = 0;
    std::optional<qint64> timestamp;
};

struct PromFamily {
    QString name;
    QString type = QStringLiteral("untyped");
    QString help; // unescaped
    QList<PromSample> samples;
};

struct PromParse {
    QString error; // empty when the text is valid
    QMap<QString, PromFamily> families;

    // The value of the sample `name` with exactly these labels; nothing when there is none.
    std::optional<double> value(const QString &name, const QMap<QString, QString> &labels) const
    {
        for (const PromFamily &f : families) {
            for (const PromSample &s : f.samples) {
                if (s.name == name && s.labels == labels)
                    return s.value;
            }
        }
        return std::nullopt;
    }
};

namespace prom {

inline bool isMetricName(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[a-zA-Z_:][a-zA-Z0-9_:]*$"));
    return re.match(s).hasMatch();
}

inline bool isLabelName(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[a-zA-Z_][a-zA-Z0-9_]*$"));
    return re.match(s).hasMatch();
}

// Go's strconv.ParseFloat, as far as the format uses it: decimal and exponent forms, NaN and infinities.
inline std::optional<double> parseFloat(const QString &s)
{
    const QString lower = s.toLower();
    if (lower == QLatin1String("nan"))
        return std::nan("");
    if (lower == QLatin1String("+inf") || lower == QLatin1String("inf"))
        return INFINITY;
    if (lower == QLatin1String("-inf"))
        return -INFINITY;
    static const QRegularExpression re(QStringLiteral("^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?$"));
    if (!re.match(s).hasMatch())
        return std::nullopt;
    bool ok = false;
    const double v = s.toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

// HELP docstrings: \\ and \n only.
inline std::optional<QString> unescapeHelp(const QString &s)
{
    QString out;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] != QLatin1Char('\\')) {
            out += s[i];
            continue;
        }
        if (++i >= s.size())
            return std::nullopt;
        if (s[i] == QLatin1Char('\\'))
            out += QLatin1Char('\\');
        else if (s[i] == QLatin1Char('n'))
            out += QLatin1Char('\n');
        else
            return std::nullopt;
    }
    return out;
}

// The family a sample belongs to: x for x_bucket, x_sum and x_count when x is a histogram (x_sum and
// x_count when a summary).
inline QString familyOf(const QString &name, const QHash<QString, QString> &types)
{
    for (const char *suffix : {"_bucket", "_sum", "_count"}) {
        if (!name.endsWith(QLatin1String(suffix)))
            continue;
        const QString base = name.chopped(qsizetype(qstrlen(suffix)));
        const QString type = types.value(base);
        if (type == QLatin1String("histogram") || (type == QLatin1String("summary") && qstrcmp(suffix, "_bucket") != 0))
            return base;
    }
    return name;
}

} // namespace prom

inline PromParse parsePrometheusText(const QByteArray &bytes)
{
    PromParse result;
    const auto fail = [&result](int line, const QString &what) {
        result.error = QStringLiteral("line %1: %2").arg(line).arg(what);
        return result;
    };
    if (!bytes.isEmpty() && !bytes.endsWith('\n'))
        return fail(int(bytes.count('\n')) + 1, QStringLiteral("the last line must end with a line feed"));
    const QString text = QString::fromUtf8(bytes);
    const QStringList lines = text.split(QLatin1Char('\n'));
    QHash<QString, QString> types;
    QSet<QString> helped;
    QSet<QString> sampled; // families that have samples
    QSet<QString> closed; // families whose group has ended
    QSet<QString> seenSeries;
    QString current; // the family of the group being read
    const auto enter = [&](const QString &family) -> bool {
        if (family == current)
            return true;
        if (closed.contains(family))
            return false;
        if (!current.isEmpty())
            closed.insert(current);
        current = family;
        return true;
    };
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const int lineNo = int(n) + 1;
        const QString line = lines.at(n).trimmed();
        if (line.isEmpty())
            continue;
        if (line.startsWith(QLatin1Char('#'))) {
            const QStringList tokens = line.mid(1).split(QRegularExpression(QStringLiteral("[ \t]+")), Qt::SkipEmptyParts);
            if (tokens.isEmpty() || (tokens.first() != QLatin1String("HELP") && tokens.first() != QLatin1String("TYPE")))
                continue; // a comment
            if (tokens.size() < 2 || !prom::isMetricName(tokens.at(1)))
                return fail(lineNo, QStringLiteral("%1 needs a metric name").arg(tokens.first()));
            const QString name = tokens.at(1);
            if (tokens.first() == QLatin1String("HELP")) {
                if (helped.contains(name))
                    return fail(lineNo, QStringLiteral("a second HELP for %1").arg(name));
                helped.insert(name);
                const qsizetype at = line.indexOf(name, line.indexOf(QLatin1String("HELP")) + 4) + name.size();
                const auto help = prom::unescapeHelp(line.mid(at).trimmed());
                if (!help)
                    return fail(lineNo, QStringLiteral("a bad escape in the HELP of %1").arg(name));
                if (!enter(name))
                    return fail(lineNo, QStringLiteral("the lines of %1 are not one group").arg(name));
                result.families[name].name = name;
                result.families[name].help = *help;
                continue;
            }
            if (tokens.size() != 3)
                return fail(lineNo, QStringLiteral("TYPE takes a name and a type"));
            static const QStringList kTypes{QStringLiteral("counter"), QStringLiteral("gauge"), QStringLiteral("histogram"),
                                            QStringLiteral("summary"), QStringLiteral("untyped")};
            if (!kTypes.contains(tokens.at(2)))
                return fail(lineNo, QStringLiteral("unknown type %1").arg(tokens.at(2)));
            if (types.contains(name))
                return fail(lineNo, QStringLiteral("a second TYPE for %1").arg(name));
            if (sampled.contains(name))
                return fail(lineNo, QStringLiteral("the TYPE of %1 comes after its first sample").arg(name));
            types.insert(name, tokens.at(2));
            if (!enter(name))
                return fail(lineNo, QStringLiteral("the lines of %1 are not one group").arg(name));
            result.families[name].name = name;
            result.families[name].type = tokens.at(2);
            continue;
        }
        // a sample: metric_name [ "{" labels "}" ] value [ timestamp ]
        PromSample s;
        qsizetype i = 0;
        while (i < line.size() && (line[i].isLetterOrNumber() || line[i] == QLatin1Char('_') || line[i] == QLatin1Char(':')))
            ++i;
        s.name = line.left(i);
        if (!prom::isMetricName(s.name))
            return fail(lineNo, QStringLiteral("not a metric name: \"%1\"").arg(s.name));
        const auto skipBlanks = [&] {
            while (i < line.size() && (line[i] == QLatin1Char(' ') || line[i] == QLatin1Char('\t')))
                ++i;
        };
        skipBlanks();
        if (i < line.size() && line[i] == QLatin1Char('{')) {
            ++i;
            for (;;) {
                skipBlanks();
                if (i < line.size() && line[i] == QLatin1Char('}')) {
                    ++i;
                    break;
                }
                const qsizetype start = i;
                while (i < line.size() && (line[i].isLetterOrNumber() || line[i] == QLatin1Char('_')))
                    ++i;
                const QString labelName = line.mid(start, i - start);
                if (!prom::isLabelName(labelName))
                    return fail(lineNo, QStringLiteral("not a label name: \"%1\"").arg(labelName));
                skipBlanks();
                if (i >= line.size() || line[i] != QLatin1Char('='))
                    return fail(lineNo, QStringLiteral("'=' expected after %1").arg(labelName));
                ++i;
                skipBlanks();
                if (i >= line.size() || line[i] != QLatin1Char('"'))
                    return fail(lineNo, QStringLiteral("a quoted value expected for %1").arg(labelName));
                ++i;
                QString value;
                bool ended = false;
                while (i < line.size()) {
                    const QChar c = line[i++];
                    if (c == QLatin1Char('"')) {
                        ended = true;
                        break;
                    }
                    if (c != QLatin1Char('\\')) {
                        value += c;
                        continue;
                    }
                    if (i >= line.size())
                        break;
                    const QChar e = line[i++];
                    if (e == QLatin1Char('\\'))
                        value += QLatin1Char('\\');
                    else if (e == QLatin1Char('"'))
                        value += QLatin1Char('"');
                    else if (e == QLatin1Char('n'))
                        value += QLatin1Char('\n');
                    else
                        return fail(lineNo, QStringLiteral("a bad escape \\%1 in the value of %2").arg(e).arg(labelName));
                }
                if (!ended)
                    return fail(lineNo, QStringLiteral("the value of %1 is not closed").arg(labelName));
                if (s.labels.contains(labelName))
                    return fail(lineNo, QStringLiteral("the label %1 twice").arg(labelName));
                s.labels.insert(labelName, value);
                skipBlanks();
                if (i < line.size() && line[i] == QLatin1Char(','))
                    ++i;
                else if (i < line.size() && line[i] != QLatin1Char('}'))
                    return fail(lineNo, QStringLiteral("',' or '}' expected"));
            }
        }
        const QStringList rest = line.mid(i).split(QRegularExpression(QStringLiteral("[ \t]+")), Qt::SkipEmptyParts);
        if (rest.isEmpty() || rest.size() > 2)
            return fail(lineNo, QStringLiteral("a value (and an optional timestamp) expected"));
        const auto value = prom::parseFloat(rest.at(0));
        if (!value)
            return fail(lineNo, QStringLiteral("not a float: %1").arg(rest.at(0)));
        s.value = *value;
        if (rest.size() == 2) {
            bool ok = false;
            s.timestamp = rest.at(1).toLongLong(&ok);
            if (!ok)
                return fail(lineNo, QStringLiteral("not a timestamp: %1").arg(rest.at(1)));
        }
        QStringList key{s.name};
        for (auto it = s.labels.cbegin(); it != s.labels.cend(); ++it)
            key << it.key() + QLatin1Char('=') + it.value();
        if (seenSeries.contains(key.join(QLatin1Char('\x1f'))))
            return fail(lineNo, QStringLiteral("%1 with these labels twice").arg(s.name));
        seenSeries.insert(key.join(QLatin1Char('\x1f')));
        const QString family = prom::familyOf(s.name, types);
        if (!enter(family))
            return fail(lineNo, QStringLiteral("the lines of %1 are not one group").arg(family));
        sampled.insert(family);
        PromFamily &f = result.families[family];
        f.name = family;
        f.samples.append(s);
    }
    // histograms: per label set, buckets in increasing le order, cumulative, with +Inf equal to _count
    for (const PromFamily &f : std::as_const(result.families)) {
        if (f.type != QLatin1String("histogram"))
            continue;
        QMap<QString, QList<std::pair<double, double>>> buckets; // labels without le -> (le, count)
        QMap<QString, double> counts;
        QSet<QString> sums;
        const auto seriesOf = [](QMap<QString, QString> labels) {
            labels.remove(QStringLiteral("le"));
            QStringList parts;
            for (auto it = labels.cbegin(); it != labels.cend(); ++it)
                parts << it.key() + QLatin1Char('=') + it.value();
            return parts.join(QLatin1Char(','));
        };
        for (const PromSample &s : f.samples) {
            if (s.name == f.name + QLatin1String("_bucket")) {
                if (!s.labels.contains(QStringLiteral("le")))
                    return fail(0, QStringLiteral("a bucket of %1 without le").arg(f.name));
                const auto le = prom::parseFloat(s.labels.value(QStringLiteral("le")));
                if (!le)
                    return fail(0, QStringLiteral("le of %1 is not a float").arg(f.name));
                buckets[seriesOf(s.labels)].append({*le, s.value});
            } else if (s.name == f.name + QLatin1String("_count")) {
                counts[seriesOf(s.labels)] = s.value;
            } else if (s.name == f.name + QLatin1String("_sum")) {
                sums.insert(seriesOf(s.labels));
            } else {
                return fail(0, QStringLiteral("%1 in histogram %2").arg(s.name, f.name));
            }
        }
        for (auto it = buckets.cbegin(); it != buckets.cend(); ++it) {
            const auto &list = it.value();
            for (qsizetype i = 1; i < list.size(); ++i) {
                if (!(list[i].first > list[i - 1].first))
                    return fail(0, QStringLiteral("%1{%2}: buckets not in increasing le order").arg(f.name, it.key()));
                if (list[i].second < list[i - 1].second)
                    return fail(0, QStringLiteral("%1{%2}: buckets not cumulative").arg(f.name, it.key()));
            }
            if (list.isEmpty() || !std::isinf(list.last().first))
                return fail(0, QStringLiteral("%1{%2}: no le=\"+Inf\" bucket").arg(f.name, it.key()));
            if (!counts.contains(it.key()) || counts.value(it.key()) != list.last().second)
                return fail(0, QStringLiteral("%1{%2}: the +Inf bucket is not _count").arg(f.name, it.key()));
            if (!sums.contains(it.key()))
                return fail(0, QStringLiteral("%1{%2}: no _sum").arg(f.name, it.key()));
        }
    }
    return result;
}

} // namespace sb::testing
