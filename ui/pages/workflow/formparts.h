#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

#include <functional>

class QLabel;
class QPlainTextEdit;
class QTableWidget;
class QVBoxLayout;
class QWidget;

// Pieces the workflow editor's forms share.
namespace sb::ui::formparts {

// A text box `lines` high (monospaced for code) in which Tab moves on.
QPlainTextEdit *textBox(QWidget *parent, int lines, bool code = false);
// A value as it is shown and edited: objects and arrays as indented JSON, the rest as template text.
QString jsonText(const QJsonValue &value);
// A hidden red label for what is wrong with a field, and the field with it below.
QLabel *problemLabel(QWidget *parent);
QWidget *withProblem(QWidget *parent, QWidget *field, QLabel *problem);
// Fills `owner` with a frameless scroll area and returns the column inside it (its widget is the
// parent for what goes in).
QVBoxLayout *scrolledColumn(QWidget *owner);
// The rows of a list table selected, top to bottom; selects (only) the rows `pick` says yes to.
QList<int> selectedRows(const QTableWidget *table);
void selectRows(QTableWidget *table, const std::function<bool(int row)> &pick);

} // namespace sb::ui::formparts
