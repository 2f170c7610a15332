#pragma once

#include "tablecells.h"

#include <QHeaderView>
#include <QStringList>
#include <QTableWidget>

// Read-only tables of the Compare page and its panels.
namespace sb::ui::comparetables {

inline QTableWidgetItem *cell(const QString &text)
{
    return readOnlyCell(text);
}

inline QTableWidget *makeTable(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setWordWrap(false);
    return t;
}

} // namespace sb::ui::comparetables
