#pragma once

#include "format.h"
#include "usage/callrecord.h"

#include <QLocale>
#include <QTableWidgetItem>

// Table cells and labels shared by the Usage page and its panels.
namespace sb::ui::usagecells {

inline QTableWidgetItem *cell(const QString &text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    item->setTextAlignment(align);
    return item;
}

inline QTableWidgetItem *numberCell(const QString &text)
{
    return cell(text, Qt::AlignRight | Qt::AlignVCenter);
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
