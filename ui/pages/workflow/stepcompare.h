#pragma once

#include <QDialog>
#include <QStringList>

class QLabel;
class QListWidget;
class QPushButton;

namespace sb::ui {

// Which models (2 to 6) answer a workflow step's recorded input side by side in Compare.
class StepCompareDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StepCompareDialog)

public:
    // models: what can be chosen; chosen: ticked at the start (the model that answered the step);
    // note: what the comparison leaves out (attachments), or empty
    StepCompareDialog(const QString &step, const QStringList &models, const QStringList &chosen, const QString &note, QWidget *parent = nullptr);
    ~StepCompareDialog() override;

    QStringList chosen() const;
    void setChosen(const QStringList &models);
    QListWidget *list() const { return m_list; }
    QPushButton *compareButton() const { return m_compare; }

private:
    void update();

    QListWidget *m_list = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_compare = nullptr;
};

} // namespace sb::ui
