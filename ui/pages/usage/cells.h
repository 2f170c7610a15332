#pragma once

#include "format.h"
#include "tablecells.h"
#include "usage/callrecord.h"

#include <QLocale>
#include <QTableWidgetItem>

// Table cells and labels shared by the Usage page and its panels.
namespace sb::ui::usagecells {

inline QTableWidgetItem *cell(const QString &text)
{
    return readOnlyCell(text);
}

inline QString money(double usd)
{
    return formatCost(usd);
}

inline QString count(qint64 n)
{
    return QLocale().toString(n);
}

inline QString sourceLabel(usage::Source s, const QString &key)
{
    return key.isEmpty() ? usage::sourceName(s) : usage::sourceName(s) + QStringLiteral(" · ") + key;
}

} // namespace sb::ui::usagecells
