#pragma once

#include <QTableWidgetItem>

// Cells of the read-only tables the pages show (calls, health, proxy log, batch results).
namespace sb::ui {

inline QTableWidgetItem *readOnlyCell(const QString &text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    item->setTextAlignment(align);
    return item;
}

// Numbers line up on the right.
inline QTableWidgetItem *numberCell(const QString &text)
{
    return readOnlyCell(text, Qt::AlignRight | Qt::AlignVCenter);
}

} // namespace sb::ui
