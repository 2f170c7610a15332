#pragma once

#include "workflow/definition.h"

#include <QListWidget>

namespace sb::ui {

// The step kinds: drag one onto the canvas, or double-click it (or press Enter) to add it.
class StepPalette final : public QListWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StepPalette)

public:
    explicit StepPalette(QWidget *parent = nullptr);
    ~StepPalette() override;

    int rowOf(workflow::StepKind kind) const;

Q_SIGNALS:
    void addRequested(workflow::StepKind kind);

protected:
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override;
};

} // namespace sb::ui
