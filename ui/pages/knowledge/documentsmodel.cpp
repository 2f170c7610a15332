#include "pages/knowledge/documentsmodel.h"

#include "knowledge/fetch.h"
#include "theme.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace sb::ui {

using knowledge::Document;

DocumentsModel::DocumentsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

DocumentsModel::~DocumentsModel() = default;

QString DocumentsModel::statusText(Document::Status status)
{
    switch (status) {
    case Document::Status::Ok: return tr("imported");
    case Document::Status::Skipped: return tr("skipped");
    case Document::Status::Failed: return tr("failed");
    }
    return {};
}

void DocumentsModel::setDocuments(const QList<Document> &documents)
{
    bool same = documents.size() == m_documents.size();
    for (qsizetype i = 0; same && i < documents.size(); ++i)
        same = documents.at(i).source == m_documents.at(i).source;
    if (same) {
        m_documents = documents;
        if (!m_documents.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_documents.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_documents = documents;
    m_rows.clear();
    for (qsizetype i = 0; i < m_documents.size(); ++i)
        m_rows.insert(m_documents.at(i).source, int(i));
    endResetModel();
}

int DocumentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_documents.size());
}

int DocumentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DocumentsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_documents.size())
        return {};
    const Document &d = m_documents.at(index.row());
    if (role == SourceRole)
        return d.source;
    if (role == Qt::TextAlignmentRole)
        return index.column() == Passages || index.column() == Tokens ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role == Qt::ToolTipRole) {
        if (index.column() == File)
            return knowledge::isWebSource(d.source) ? d.source : QDir::toNativeSeparators(d.source);
        if (index.column() == Reason || index.column() == Status)
            return d.error.isEmpty() ? QVariant() : QVariant(d.error);
        return {};
    }
    if (role == Qt::ForegroundRole && d.status != Document::Status::Ok && (index.column() == Status || index.column() == Reason))
        return ThemeManager::errorColor();
    const bool display = role == Qt::DisplayRole;
    if (!display && role != Qt::UserRole)
        return {};
    switch (index.column()) {
    case File: // a page by its whole address: its last segment may be empty or say little
        return display ? (knowledge::isWebSource(d.source) ? d.source : QFileInfo(d.source).fileName()) : QVariant(d.source.toLower());
    case Kind: return d.kind;
    case Status: return display ? statusText(d.status) : QVariant(int(d.status));
    case Passages: return display ? QVariant(QLocale().toString(d.chunks)) : QVariant(d.chunks);
    case Tokens: return display ? QVariant(QLocale().toString(d.tokens)) : QVariant(d.tokens);
    case Reason: return d.error;
    default: return {};
    }
}

QVariant DocumentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case File: return tr("File");
    case Kind: return tr("Type");
    case Status: return tr("Status");
    case Passages: return tr("Passages");
    case Tokens: return tr("Tokens");
    case Reason: return tr("Reason");
    default: return {};
    }
}

} // namespace sb::ui
