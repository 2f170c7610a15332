#include "prompts.h"

#include <QAbstractButton>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

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

int Prompts::choose(QWidget *parent, const QString &title, const QString &text, const QStringList &choices)
{
    return !choices.isEmpty() && confirm(parent, title, text) ? 0 : -1;
}

QString Prompts::askText(QWidget *, const QString &, const QString &, const QString &)
{
    return {};
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

int QtPrompts::choose(QWidget *parent, const QString &title, const QString &text, const QStringList &choices)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    QList<QAbstractButton *> buttons;
    for (const QString &c : choices)
        buttons << box.addButton(c, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return int(buttons.indexOf(box.clickedButton()));
}

QString QtPrompts::askText(QWidget *parent, const QString &title, const QString &label, const QString &suggested)
{
    bool ok = false;
    const QString text = QInputDialog::getText(parent, title, label, QLineEdit::Normal, suggested, &ok);
    return ok ? text : QString();
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
