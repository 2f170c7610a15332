#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

#include <cmath>
#include <optional>

namespace sb::ui {

// Numbers, dates and money in the language chosen in Settings: QLocale() is its locale
// (installTranslations sets the default), so German reads 1.234,56 and 05.12.2026, English 1,234.56
// and 12/5/2026. Never QString::number or arg(double) for what a person reads: those are the C locale.

// One way to show a cost everywhere: US dollars (what providers bill) written the locale's way
// ("$1,234.56", "1.234,56 $"), with as many decimals as a small amount needs, and "cost unknown"
// (never "$0") when the model has no price.
inline QString formatCost(double usd, bool known = true)
{
    if (!known)
        return QCoreApplication::translate("sb::ui::Format", "cost unknown");
    const double a = std::abs(usd);
    const int decimals = a == 0 ? 2 : a < 0.01 ? 6 : a < 1 ? 4 : 2;
    return QLocale().toCurrencyString(usd, QStringLiteral("$"), decimals);
}

// An amount in US dollars as a person types it: "12.50", "$12.50", "12,50" in German (the locale's way,
// else the C locale's). Empty: no amount (nullopt, *ok true); not a number: nullopt, *ok false.
inline std::optional<double> parseMoney(const QString &text, bool *ok)
{
    const QString t = text.trimmed();
    *ok = true;
    if (t.isEmpty())
        return std::nullopt;
    QString plain = t;
    if (plain.startsWith(QLatin1Char('$')))
        plain.remove(0, 1);
    bool parsed = false;
    double v = QLocale().toDouble(plain, &parsed);
    if (!parsed)
        v = QLocale::c().toDouble(plain, &parsed);
    if (!parsed) {
        *ok = false;
        return std::nullopt;
    }
    return v;
}

// A whole number with the locale's grouping: "12,345", "12.345".
inline QString formatCount(qint64 n)
{
    return QLocale().toString(n);
}

// A number with fixed decimals: "1,234.5", "1.234,5".
inline QString formatNumber(double v, int decimals)
{
    return QLocale().toString(v, 'f', decimals);
}

// A fraction (0.125) as a percentage: "12.5%", "12,5 %".
inline QString formatPercent(double fraction, int decimals)
{
    const QLocale locale;
    const QString number = locale.toString(fraction * 100, 'f', decimals);
    // German and French put a (no-break) space before the sign (CLDR's percent patterns); QLocale
    // has the sign but not the pattern
    const bool spaced = locale.language() == QLocale::German || locale.language() == QLocale::French;
    return spaced ? QString(number + QChar(0x00A0) + locale.percent()) : QString(number + locale.percent());
}

// The locale's short date pattern with the year in four digits: "dd.MM.yyyy", "M/d/yyyy".
inline QString dateFormat()
{
    QString f = QLocale().dateFormat(QLocale::ShortFormat);
    if (!f.contains(QLatin1String("yyyy")))
        f.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return f;
}

// Day and month without the year, for chart axes: "dd.MM.", "M/d", "MM/dd".
inline QString dayMonthFormat()
{
    QString f = dateFormat();
    f.remove(QLatin1String("yyyy"));
    auto separator = [](QChar c) { return !c.isLetter() && c != QLatin1Char('.'); };
    while (!f.isEmpty() && (separator(f.front()) || f.front() == QLatin1Char('.')))
        f.remove(0, 1);
    while (!f.isEmpty() && separator(f.back()))
        f.chop(1);
    return f;
}

// The locale's time of day, with seconds when asked: "14:05", "2:05 PM", "14:05:09".
inline QString timeFormat(bool seconds = false)
{
    QString f = QLocale().timeFormat(QLocale::ShortFormat);
    if (seconds && !f.contains(QLatin1String("ss")))
        f.replace(QLatin1String("mm"), QLatin1String("mm:ss"));
    return f;
}

inline QString formatDate(const QDate &date)
{
    return QLocale().toString(date, dateFormat());
}

inline QString formatTime(const QDateTime &time, bool seconds = false)
{
    return QLocale().toString(time, timeFormat(seconds));
}

// Date and time: "05.12.2026 14:05", "12/5/2026 2:05 PM".
inline QString formatDateTime(const QDateTime &time, bool seconds = false)
{
    return QLocale().toString(time, dateFormat() + QLatin1Char(' ') + timeFormat(seconds));
}

// A duration: "12 ms", "1.23 s" ("1,23 s" in German).
inline QString formatMs(qint64 ms)
{
    if (ms < 1000)
        return QCoreApplication::translate("sb::ui::ComparePane", "%1 ms").arg(QLocale().toString(ms));
    return QCoreApplication::translate("sb::ui::ComparePane", "%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 2));
}

} // namespace sb::ui
