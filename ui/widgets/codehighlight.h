#pragma once

#include <QColor>
#include <QPalette>
#include <QStringView>
#include <QTextCharFormat>

#include <functional>

namespace sb::ui {

// Whether a palette is dark (its window darker than its text).
bool isDarkPalette(const QPalette &palette);

// The colours of code blocks in the light or dark KSyntaxHighlighting theme.
struct CodeStyle {
    QColor background;
    QColor foreground;
    QColor border;
};
CodeStyle codeStyle(bool dark);

// Highlights `code` as `language` (a fence's info word: a definition name such as "Python" or "C++",
// or a file extension such as "py", "cpp", "ts"; unknown: plain). Calls `sink` for each run of text
// with its format, newLine = the run starts a new line (not for the first line).
using CodeRunSink = std::function<void(QStringView run, const QTextCharFormat &format, bool newLine)>;
void highlightCode(const QString &language, const QString &code, bool dark, const CodeRunSink &sink);

} // namespace sb::ui
