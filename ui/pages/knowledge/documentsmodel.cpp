#include "pages/knowledge/documentsmodel.h"

#include "knowledge/fetch.h"
#include "theme.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>

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

namespace {

bool sameDocument(const Document &a, const Document &b)
{
    return a.id == b.id && a.kind == b.kind && a.contentHash == b.contentHash && a.size == b.size && a.modifiedAt == b.modifiedAt
        && a.status == b.status && a.error == b.error && a.chunks == b.chunks && a.tokens == b.tokens && a.importedAt == b.importedAt;
}

} // namespace

void DocumentsModel::setDocuments(const QList<Document> &documents)
{
    // Rows stay where they are: gone documents are removed, changed ones told, new ones appended. The
    // table's sorting proxy then places only what came or changed; a reset made it sort all 20,000 rows
    // of a large import again on every refresh (160 ms on the GUI thread).
    QHash<QString, qsizetype> incoming;
    incoming.reserve(documents.size());
    for (qsizetype i = 0; i < documents.size(); ++i)
        incoming.insert(documents.at(i).source, i);
    qsizetype gone = 0;
    for (const Document &d : std::as_const(m_documents))
        gone += incoming.contains(d.source) ? 0 : 1;
    // another collection, or most of this one gone: starting over is cheaper than removing row by row
    if (m_documents.isEmpty() || gone == m_documents.size() || gone > std::max<qsizetype>(100, m_documents.size() / 4)) {
        beginResetModel();
        m_documents = documents;
        indexRows();
        endResetModel();
        return;
    }
    if (gone > 0) {
        for (qsizetype row = m_documents.size() - 1; row >= 0;) {
            if (incoming.contains(m_documents.at(row).source)) {
                --row;
                continue;
            }
            const qsizetype last = row;
            while (row >= 0 && !incoming.contains(m_documents.at(row).source))
                --row;
            beginRemoveRows({}, int(row + 1), int(last));
            m_documents.remove(row + 1, last - row);
            endRemoveRows();
        }
        indexRows();
    }
    // changed rows, told in runs
    qsizetype runStart = -1;
    auto tell = [this, &runStart](qsizetype end) {
        if (runStart >= 0)
            Q_EMIT dataChanged(index(int(runStart), 0), index(int(end - 1), ColumnCount - 1));
        runStart = -1;
    };
    for (qsizetype row = 0; row < m_documents.size(); ++row) {
        const Document &now = documents.at(incoming.value(m_documents.at(row).source));
        if (sameDocument(now, m_documents.at(row))) {
            tell(row);
            continue;
        }
        m_documents[row] = now;
        if (runStart < 0)
            runStart = row;
    }
    tell(m_documents.size());
    // new ones, at the end in the order they came
    QList<Document> added;
    for (const Document &d : documents) {
        if (!m_rows.contains(d.source))
            added << d;
    }
    if (added.isEmpty())
        return;
    const qsizetype first = m_documents.size();
    beginInsertRows({}, int(first), int(first + added.size() - 1));
    for (const Document &d : std::as_const(added)) {
        m_rows.insert(d.source, int(m_documents.size()));
        m_documents << d;
    }
    endInsertRows();
}

void DocumentsModel::indexRows()
{
    m_rows.clear();
    for (qsizetype i = 0; i < m_documents.size(); ++i)
        m_rows.insert(m_documents.at(i).source, int(i));
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
