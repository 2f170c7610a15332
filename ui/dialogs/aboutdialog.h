#pragma once

#include <QDialog>

namespace sb::ui {

class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(const QString &dataDirectory, QWidget *parent = nullptr);
    ~AboutDialog() override;
};

} // namespace sb::ui
