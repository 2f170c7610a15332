#include "palette.h"

#include "canvas.h"
#include "kinds.h"

#include <QMimeData>
#include <QPainter>
#include <QPixmap>

namespace sb::ui {

namespace {
QIcon swatch(const QColor &color)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawRoundedRect(QRectF(1, 1, 12, 12), 3, 3);
    return QIcon(pixmap);
}
} // namespace

StepPalette::StepPalette(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("workflowPalette"));
    setAccessibleName(tr("Step kinds"));
    setDragEnabled(true);
    setDragDropMode(DragOnly);
    setSelectionMode(SingleSelection);
    setUniformItemSizes(true);
    for (workflow::StepKind kind : workflow::allKinds()) {
        auto *item = new QListWidgetItem(swatch(workflowkinds::color(kind)), workflowkinds::label(kind), this);
        item->setData(Qt::UserRole, workflow::kindName(kind));
        item->setToolTip(workflowkinds::description(kind) + QStringLiteral("\n") + tr("Drag it onto the canvas or double-click it."));
    }
    connect(this, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (auto kind = workflow::kindFromName(item->data(Qt::UserRole).toString()))
            Q_EMIT addRequested(*kind);
    });
}

StepPalette::~StepPalette() = default;

int StepPalette::rowOf(workflow::StepKind kind) const
{
    return int(workflow::allKinds().indexOf(kind));
}

QMimeData *StepPalette::mimeData(const QList<QListWidgetItem *> &items) const
{
    if (items.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(WorkflowView::mimeType(), items.first()->data(Qt::UserRole).toString().toUtf8());
    return data;
}

} // namespace sb::ui
