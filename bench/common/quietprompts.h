#pragma once

#include "prompts.h"

#include <QTextStream>

// The page benchmarks' prompts: no dialog opens; questions get one answer, errors go to stderr.
class QuietPrompts final : public sb::ui::Prompts
{
public:
    explicit QuietPrompts(bool confirmAnswer = false)
        : m_confirm(confirmAnswer)
    {
    }
    QString openFile(QWidget *, const QString &, const QString &) override { return {}; }
    QString saveFile(QWidget *, const QString &, const QString &, const QString &) override { return {}; }
    bool confirm(QWidget *, const QString &, const QString &) override { return m_confirm; }
    void error(QWidget *, const QString &, const QString &message) override { QTextStream(stderr) << "error: " << message << "\n"; }
    void info(QWidget *, const QString &, const QString &) override { }

private:
    bool m_confirm;
};
