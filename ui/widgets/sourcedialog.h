#pragma once

#include "knowledge/store.h"

#include <QDialog>
#include <QUrl>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace sb::ui {

// One cited passage as the answer was given it: file, page, heading, where in the file, the text;
// "Open file" opens the file (or the web page it came from) with the desktop's application.
class SourceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceDialog)

public:
    SourceDialog(int number, const knowledge::Passage &passage, QWidget *parent = nullptr);
    ~SourceDialog() override;

    // What "Open file" opens; empty when the file is not there any more (the button then says so).
    QUrl fileUrl() const { return m_url; }
    QString headerText() const;
    QString passageText() const;
    QPushButton *openButton() const { return m_open; }

private:
    QUrl m_url;
    QLabel *m_header = nullptr;
    QTextBrowser *m_text = nullptr;
    QPushButton *m_open = nullptr;
};

} // namespace sb::ui
