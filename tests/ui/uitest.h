#pragma once

#include "prompts.h"

#include <QList>
#include <QString>
#include <QStringList>

class QWidget;

namespace sb::uitest {

// Answers the UI's modal questions from a script and records what it was told.
class ScriptedPrompts final : public ui::Prompts
{
public:
    QStringList openAnswers; // next file names for openFile (empty string = cancel)
    QStringList saveAnswers; // next file names for saveFile
    QList<bool> confirmAnswers;
    QStringList errors; // titles + texts of error()s shown
    QStringList infos;
    QStringList confirmations; // texts of questions asked

    QString openFile(QWidget *, const QString &, const QString &) override;
    QString saveFile(QWidget *, const QString &, const QString &, const QString &) override;
    bool confirm(QWidget *, const QString &title, const QString &text) override;
    void error(QWidget *, const QString &title, const QString &text) override;
    void info(QWidget *, const QString &title, const QString &text) override;
};

// Saves a PNG of the widget under build/screenshots/ and returns its path.
QString saveScreenshot(QWidget *widget, const QString &name);

} // namespace sb::uitest
