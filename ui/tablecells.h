#pragma once

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QStyle>
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

// Widens each column (the stretched last one aside) to show its whole header: fixed widths chosen for
// English clip longer languages ("Passages" is "Passagen", 40 % longer in the pseudo-locale). Call it
// again on QEvent::LanguageChange.
inline void widenToHeaders(QHeaderView *header)
{
    const QAbstractItemModel *model = header->model();
    if (!model)
        return;
    const int last = header->count() - 1;
    for (int c = 0; c < header->count(); ++c) {
        if (c == last && header->stretchLastSection())
            continue;
        const QString text = model->headerData(c, header->orientation()).toString();
        // the margins on both sides and room for the sort arrow
        const int need = header->fontMetrics().horizontalAdvance(text) + 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin) + 16;
        if (header->sectionSize(c) < need)
            header->resizeSection(c, need);
    }
}

} // namespace sb::ui
