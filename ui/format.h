#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <cmath>

namespace sb::ui {

// One way to show a cost everywhere: dollars with as many decimals as a small amount needs, and
// "cost unknown" (never "$0") when the model has no price.
inline QString formatCost(double usd, bool known = true)
{
    if (!known)
        return QCoreApplication::translate("sb::ui::Format", "cost unknown");
    const double a = std::abs(usd);
    const int decimals = a == 0 ? 2 : a < 0.01 ? 6 : a < 1 ? 4 : 2;
    return QStringLiteral("$") + QLocale().toString(usd, 'f', decimals);
}

// A duration: "12 ms", "1.23 s".
inline QString formatMs(qint64 ms)
{
    if (ms < 1000)
        return QCoreApplication::translate("sb::ui::ComparePane", "%1 ms").arg(ms);
    return QCoreApplication::translate("sb::ui::ComparePane", "%1 s").arg(double(ms) / 1000.0, 0, 'f', 2);
}

} // namespace sb::ui
