#include "formparts.h"

#include "theme.h"
#include "workflow/expression.h"

#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace sb::ui::formparts {

QPlainTextEdit *textBox(QWidget *parent, int lines, bool code)
{
    auto *edit = new QPlainTextEdit(parent);
    if (code)
        edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(QFontMetrics(edit->font()).lineSpacing() * lines + 14);
    // (an Expanding box would make the group around it claim the column's spare height)
    edit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return edit;
}

QString jsonText(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented)).trimmed();
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)).trimmed();
    return workflow::toText(value);
}

QLabel *problemLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(ThemeManager::errorStyleSheet());
    label->hide();
    return label;
}

QWidget *withProblem(QWidget *parent, QWidget *field, QLabel *problem)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(problem);
    return box;
}

QVBoxLayout *scrolledColumn(QWidget *owner)
{
    auto *outer = new QVBoxLayout(owner);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(owner);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(8, 8, 8, 8);
    scroll->setWidget(content);
    outer->addWidget(scroll);
    return column;
}

QList<int> selectedRows(const QTableWidget *table)
{
    QList<int> rows;
    for (const QModelIndex &i : table->selectionModel()->selectedRows())
        rows << i.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void selectRows(QTableWidget *table, const std::function<bool(int row)> &pick)
{
    table->clearSelection();
    for (int row = 0; row < table->rowCount(); ++row) {
        if (pick(row))
            table->selectionModel()->select(table->model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

} // namespace sb::ui::formparts
