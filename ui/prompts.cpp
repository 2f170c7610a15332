#include "prompts.h"

#include <QFileDialog>
#include <QMessageBox>

namespace sb::ui {

QString QtPrompts::openFile(QWidget *parent, const QString &title, const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

QStringList Prompts::openFiles(QWidget *parent, const QString &title, const QString &filter)
{
    const QString one = openFile(parent, title, filter);
    return one.isEmpty() ? QStringList() : QStringList{one};
}

QString Prompts::openFolder(QWidget *parent, const QString &title)
{
    return openFile(parent, title, QString());
}

QStringList QtPrompts::openFiles(QWidget *parent, const QString &title, const QString &filter)
{
    return QFileDialog::getOpenFileNames(parent, title, QString(), filter);
}

QString QtPrompts::openFolder(QWidget *parent, const QString &title)
{
    return QFileDialog::getExistingDirectory(parent, title);
}

QString QtPrompts::saveFile(QWidget *parent, const QString &title, const QString &suggested, const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

bool QtPrompts::confirm(QWidget *parent, const QString &title, const QString &text)
{
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Yes;
}

void QtPrompts::error(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::critical(parent, title, text);
}

void QtPrompts::info(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::information(parent, title, text);
}

} // namespace sb::ui
