#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace sb::ui {

// Every modal question the UI asks goes through here, so tests can answer them (a seam, not a singleton:
// the MainWindow owns one and hands it to its pages).
class Prompts
{
public:
    virtual ~Prompts() = default;
    virtual QString openFile(QWidget *parent, const QString &title, const QString &filter) = 0;
    // Several files at once (empty: cancelled), and a folder; by default through openFile.
    virtual QStringList openFiles(QWidget *parent, const QString &title, const QString &filter);
    virtual QString openFolder(QWidget *parent, const QString &title);
    // One of `choices` (its index; -1: cancelled); by default the first through confirm.
    virtual int choose(QWidget *parent, const QString &title, const QString &text, const QStringList &choices);
    // A line of text, `suggested` filled in (a null string: cancelled; by default nothing is asked).
    virtual QString askText(QWidget *parent, const QString &title, const QString &label, const QString &suggested);
    virtual QString saveFile(QWidget *parent, const QString &title, const QString &suggested, const QString &filter) = 0;
    virtual bool confirm(QWidget *parent, const QString &title, const QString &text) = 0;
    virtual void error(QWidget *parent, const QString &title, const QString &text) = 0;
    virtual void info(QWidget *parent, const QString &title, const QString &text) = 0;
};

class QtPrompts final : public Prompts
{
public:
    QString openFile(QWidget *parent, const QString &title, const QString &filter) override;
    QStringList openFiles(QWidget *parent, const QString &title, const QString &filter) override;
    QString openFolder(QWidget *parent, const QString &title) override;
    int choose(QWidget *parent, const QString &title, const QString &text, const QStringList &choices) override;
    QString askText(QWidget *parent, const QString &title, const QString &label, const QString &suggested) override;
    QString saveFile(QWidget *parent, const QString &title, const QString &suggested, const QString &filter) override;
    bool confirm(QWidget *parent, const QString &title, const QString &text) override;
    void error(QWidget *parent, const QString &title, const QString &text) override;
    void info(QWidget *parent, const QString &title, const QString &text) override;
};

} // namespace sb::ui
