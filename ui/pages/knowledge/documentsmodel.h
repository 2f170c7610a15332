#pragma once

#include "knowledge/store.h"

#include <QAbstractTableModel>
#include <QHash>

namespace sb::ui {

// The documents of one collection for a table: file, type, status, passages, tokens and why a file was
// skipped or failed. Updates in place (the table keeps its selection and scroll position while an import
// runs): rows keep their place, new documents are appended, so the rows are in no particular order;
// Qt::UserRole holds the value to sort by, the source path.
class DocumentsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentsModel)

public:
    enum Column { File, Kind, Status, Passages, Tokens, Reason, ColumnCount };
    static constexpr int SourceRole = Qt::UserRole + 1;

    explicit DocumentsModel(QObject *parent = nullptr);
    ~DocumentsModel() override;

    void setDocuments(const QList<knowledge::Document> &documents);
    const QList<knowledge::Document> &documents() const { return m_documents; }
    int row(const QString &source) const { return m_rows.value(source, -1); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(knowledge::Document::Status status);

private:
    void indexRows(); // m_rows from m_documents

    QList<knowledge::Document> m_documents;
    QHash<QString, int> m_rows;
};

} // namespace sb::ui
