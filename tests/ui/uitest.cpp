#include "uitest.h"

#include "testpaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QPixmap>
#include <QWidget>

namespace sb::uitest {

QString ScriptedPrompts::openFile(QWidget *, const QString &, const QString &)
{
    return openAnswers.isEmpty() ? QString() : openAnswers.takeFirst();
}

QString ScriptedPrompts::saveFile(QWidget *, const QString &, const QString &, const QString &)
{
    return saveAnswers.isEmpty() ? QString() : saveAnswers.takeFirst();
}

bool ScriptedPrompts::confirm(QWidget *, const QString &title, const QString &text)
{
    confirmations << title + QStringLiteral(": ") + text;
    return confirmAnswers.isEmpty() ? false : confirmAnswers.takeFirst();
}

void ScriptedPrompts::error(QWidget *, const QString &title, const QString &text)
{
    errors << title + QStringLiteral(": ") + text;
}

void ScriptedPrompts::info(QWidget *, const QString &title, const QString &text)
{
    infos << title + QStringLiteral(": ") + text;
}

QString saveScreenshot(QWidget *widget, const QString &name)
{
    QDir().mkpath(sb::testing::screenshotDir());
    const QString path = QDir(sb::testing::screenshotDir()).filePath(name + QStringLiteral(".png"));
    // let pending layout and paint events run so the picture shows what a person would see
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
    widget->grab().save(path);
    return path;
}

} // namespace sb::uitest
