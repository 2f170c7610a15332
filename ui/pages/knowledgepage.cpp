#include "knowledgepage.h"

#include "appcontext.h"
#include "engine/engine.h"
#include "format.h"
#include "knowledge/extract.h"
#include "knowledge/fetch.h"
#include "knowledge/watcher.h"
#include "pages/knowledge/collectiondialog.h"
#include "pages/knowledge/documentsmodel.h"
#include "pages/knowledge/urldialog.h"
#include "prompts.h"
#include "providers/providerclient.h"
#include "providers/registry.h"
#include "router/router.h"
#include "storage/database.h"
#include "tablecells.h"
#include "theme.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QDirIterator>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace sb::ui {

using knowledge::Collection;
using knowledge::CollectionStats;
using knowledge::Document;
using knowledge::JobOutcome;
using knowledge::Passage;
using knowledge::SearchMode;

namespace knowledgepage {

// What one refresh reads from the store.
struct Snapshot {
    QList<Collection> collections;
    QHash<qint64, CollectionStats> stats;
    QHash<qint64, QStringList> folders; // imported folders, for watching
    qint64 documentsOf = 0;
    QList<Document> documents;
    int pendingVectors = 0;
    QHash<qint64, int> doneAtIssue; // files each import run had finished when the refresh was asked for
};

} // namespace knowledgepage

using knowledgepage::Snapshot;

namespace {

// What an import will roughly hold, counted before it is queued: the estimate behind the cost question.
struct Estimate {
    int files = 0;
    qint64 bytes = 0;
    qint64 tokens = 0;
};

// Tokens a file will give, from its size: text runs about 4 bytes a token; packed formats (PDF, DOCX,
// ODT, EPUB) hold far less text than their size; a scanned image gives a page of text at most.
qint64 tokensOfFile(const QFileInfo &fi)
{
    const QString kind = knowledge::kindForName(fi.fileName());
    if (kind.isEmpty() || fi.size() > knowledge::kMaxSourceBytes)
        return 0;
    if (kind == QLatin1String("image"))
        return 500;
    if (kind == QLatin1String("pdf") || kind == QLatin1String("docx") || kind == QLatin1String("odt") || kind == QLatin1String("epub"))
        return fi.size() / 12;
    return fi.size() / 4;
}

Estimate estimate(const QStringList &paths)
{
    Estimate e;
    auto count = [&e](const QFileInfo &fi) {
        ++e.files;
        e.bytes += fi.size();
        e.tokens += tokensOfFile(fi);
    };
    for (const QString &p : paths) {
        const QFileInfo fi(p);
        if (!fi.isDir()) {
            count(fi);
            continue;
        }
        const QString root = fi.absoluteFilePath();
        QDirIterator it(root, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QFileInfo file(it.next());
            // hidden files and folders are left out, as the import does
            if (file.absoluteFilePath().mid(root.size()).contains(QStringLiteral("/.")))
                continue;
            count(file);
        }
    }
    return e;
}

QString durationText(qint64 ms)
{
    const qint64 s = std::max<qint64>(1, (ms + 999) / 1000);
    if (s < 60)
        return KnowledgePage::tr("%n s", nullptr, int(s));
    if (s < 3600)
        return KnowledgePage::tr("%n min", nullptr, int((s + 59) / 60));
    return KnowledgePage::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
}

QString bytesText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

// Time left from the rate so far; empty until there is a rate to go by.
QString etaText(const QElapsedTimer &clock, int done, int total)
{
    if (!clock.isValid() || done <= 0 || total <= done || clock.elapsed() < 500)
        return {};
    const double perItem = double(clock.elapsed()) / double(done);
    return KnowledgePage::tr("about %1 left").arg(durationText(qint64(perItem * double(total - done))));
}

QString goldenToText(const QList<knowledge::GoldenQuestion> &questions)
{
    QStringList lines;
    for (const knowledge::GoldenQuestion &q : questions) {
        QJsonObject o{{QStringLiteral("question"), q.question}, {QStringLiteral("sources"), QJsonArray::fromStringList(q.sources)}};
        if (!q.phrase.isEmpty())
            o.insert(QStringLiteral("phrase"), q.phrase);
        lines << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
    return lines.join(QLatin1Char('\n'));
}

QLabel *heading(const QString &text, double scale, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * scale);
    f.setBold(true);
    label->setFont(f);
    return label;
}

// Documents by file name (the filter box) and status (all, imported, not imported).
class DocumentFilter final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setStatus(int status) // 0 all, 1 imported, 2 not imported
    {
        m_status = status;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex statusIndex = sourceModel()->index(row, DocumentsModel::Status, parent);
        const bool ok = sourceModel()->data(statusIndex, Qt::UserRole).toInt() == int(Document::Status::Ok);
        if ((m_status == 1 && !ok) || (m_status == 2 && ok))
            return false;
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }

private:
    int m_status = 0;
};

enum ResultColumn {
    RankColumn,
    SourceColumn,
    PageColumn,
    HeadingColumn,
    Bm25Column,
    VectorColumn,
    FusedColumn,
    RerankColumn,
    TextColumn,
    ResultColumns
};

} // namespace

template<typename Work, typename Done> void KnowledgePage::onWorker(Work work, Done done)
{
    m_serial.run(
        this, [store = m_store, work = std::move(work)]() mutable { return work(*store); }, std::move(done));
}

KnowledgePage::KnowledgePage(AppContext &context, Prompts &prompts, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_prompts(prompts)
    , m_store(std::make_shared<knowledge::KnowledgeStore>(context.database()))
{
    setObjectName(QStringLiteral("knowledgePage"));
    setAcceptDrops(true);
    m_ingestor = new knowledge::Ingestor(context.database(), this);
    router::Router *router = context.routerHost() ? &context.routerHost()->router() : nullptr;
    if (router) {
        m_embedder = new knowledge::Embedder(*router, context.database(), this);
        connect(m_embedder, &knowledge::Embedder::progress, this, &KnowledgePage::onEmbedProgress);
        connect(m_embedder, &knowledge::Embedder::finished, this, &KnowledgePage::onEmbedFinished);
    }
    m_retriever = new knowledge::Retriever(router, context.database(), this);
    // the folders of collections with watch on, followed from the first refresh on (the app's start)
    m_watcher = new knowledge::FolderWatcher(*m_ingestor, this);
    connect(m_watcher, &knowledge::FolderWatcher::changeSeen, this, [this](qint64 id, const QString &) {
        if (m_changeSeen.contains(id))
            return;
        m_changeSeen.insert(id);
        if (id == m_current)
            showCollection();
    });
    // queued: the sync is on the Ingestor's queue by then, so a pause queued here comes after it
    connect(m_watcher, &knowledge::FolderWatcher::syncing, this, &KnowledgePage::onSyncing, Qt::QueuedConnection);
    connect(m_ingestor, &knowledge::Ingestor::queued, this, &KnowledgePage::onQueued);
    connect(m_ingestor, &knowledge::Ingestor::jobFinished, this, &KnowledgePage::onJobFinished);
    connect(m_ingestor, &knowledge::Ingestor::idle, this, &KnowledgePage::onIngestIdle);
    connect(m_ingestor, &knowledge::Ingestor::storeError, this, [this](const QString &message) {
        if (!m_deleting.isEmpty())
            return; // the job in hand belonged to the collection just deleted
        storeFailed(tr("The import stopped"), message);
    });

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(16, 12, 16, 12);
    outer->addWidget(heading(tr("Knowledge"), 1.6, this));
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("knowledgeSplit"));
    split->setChildrenCollapsible(false);
    split->addWidget(buildCollectionsPanel());

    auto *right = new QWidget(split);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(8, 0, 0, 0);
    m_title = heading(QString(), 1.2, right);
    m_title->setObjectName(QStringLiteral("knowledgeTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    rightLayout->addWidget(m_title);
    m_summary = new QLabel(right);
    m_summary->setObjectName(QStringLiteral("knowledgeSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    rightLayout->addWidget(m_summary);
    rightLayout->addWidget(buildQueuePanel());
    m_dropHint = new QLabel(right);
    m_dropHint->setObjectName(QStringLiteral("knowledgeDropHint"));
    m_dropHint->setAlignment(Qt::AlignCenter);
    m_dropHint->setStyleSheet(QStringLiteral("QLabel { border: 2px dashed palette(highlight); border-radius: 6px; padding: 10px; }"));
    m_dropHint->hide();
    rightLayout->addWidget(m_dropHint);
    m_tabs = new QTabWidget(right);
    m_tabs->setObjectName(QStringLiteral("knowledgeTabs"));
    m_tabs->addTab(buildFilesTab(), tr("&Files"));
    m_tabs->addTab(buildSearchTab(), tr("&Search"));
    m_tabs->addTab(buildEvaluationTab(), tr("E&valuation"));
    rightLayout->addWidget(m_tabs, 1);
    split->addWidget(right);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({230, 900});
    outer->addWidget(split, 1);

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(400);
    connect(m_refreshTimer, &QTimer::timeout, this, &KnowledgePage::refresh);

    buildShortcuts();
    showCollection();
    updateQueuePanel();
    // what a quit or a crash left in the queue goes on
    m_ingestor->start();
    refresh();
}

KnowledgePage::~KnowledgePage()
{
    if (m_evaluator)
        m_evaluator->disconnect(this);
}

QWidget *KnowledgePage::buildCollectionsPanel()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 8, 0);
    auto *label = new QLabel(tr("&Collections"), panel);
    layout->addWidget(label);
    m_collectionList = new QListWidget(panel);
    m_collectionList->setObjectName(QStringLiteral("knowledgeCollections"));
    m_collectionList->setMinimumWidth(160);
    m_collectionList->setAccessibleName(tr("Collections"));
    m_collectionList->setWordWrap(true);
    label->setBuddy(m_collectionList);
    connect(m_collectionList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_selectingCollection || row < 0 || row >= m_collections.size())
            return;
        m_current = m_collections.at(row).id;
        m_documents->setDocuments({});
        m_results.clear();
        m_resultTable->setRowCount(0);
        m_searchNote->clear();
        m_preview->clear();
        showCollection();
        updateQueuePanel();
        loadGoldenFromStore();
        refresh();
    });
    connect(m_collectionList, &QListWidget::itemDoubleClicked, this, &KnowledgePage::editCollection);
    layout->addWidget(m_collectionList, 1);
    auto *buttons = new QGridLayout;
    m_newButton = new QPushButton(tr("&New…"), panel);
    m_newButton->setObjectName(QStringLiteral("knowledgeNew"));
    m_newButton->setToolTip(tr("Create a collection (Ctrl+Shift+N)"));
    connect(m_newButton, &QPushButton::clicked, this, &KnowledgePage::newCollection);
    m_editButton = new QPushButton(tr("&Edit…"), panel);
    m_editButton->setObjectName(QStringLiteral("knowledgeEdit"));
    m_editButton->setToolTip(tr("Embedding model, passage size, OCR language and globs of the collection"));
    connect(m_editButton, &QPushButton::clicked, this, &KnowledgePage::editCollection);
    m_deleteButton = new QPushButton(tr("Delete"), panel);
    m_deleteButton->setObjectName(QStringLiteral("knowledgeDelete"));
    m_deleteButton->setToolTip(tr("Delete the collection with its passages (the files on disk stay)"));
    connect(m_deleteButton, &QPushButton::clicked, this, &KnowledgePage::deleteCollection);
    buttons->addWidget(m_newButton, 0, 0);
    buttons->addWidget(m_editButton, 0, 1);
    buttons->addWidget(m_deleteButton, 1, 0);
    layout->addLayout(buttons);
    return panel;
}

QWidget *KnowledgePage::buildQueuePanel()
{
    auto *panel = new QFrame(this);
    panel->setObjectName(QStringLiteral("knowledgeQueue"));
    panel->setFrameShape(QFrame::StyledPanel);
    auto *grid = new QGridLayout(panel);
    grid->setContentsMargins(8, 6, 8, 6);
    m_progress = new QProgressBar(panel);
    m_progress->setObjectName(QStringLiteral("knowledgeProgress"));
    m_progress->setMinimumWidth(80);
    m_progress->setTextVisible(true);
    m_progress->setAccessibleName(tr("Import progress"));
    grid->addWidget(m_progress, 0, 0);
    auto makeButton = [panel](const QString &text, const char *name, const QString &tip) {
        auto *b = new QPushButton(text, panel);
        b->setObjectName(QLatin1String(name));
        b->setToolTip(tip);
        return b;
    };
    m_pauseButton = makeButton(tr("Pause"), "knowledgePause", tr("The files that wait stay queued until Resume (also after a restart)"));
    m_resumeButton = makeButton(tr("Resume"), "knowledgeResume", tr("Continue the paused import and embedding"));
    m_cancelButton = makeButton(tr("Cancel"), "knowledgeCancel", tr("Drop the files that wait; what is imported stays"));
    m_retryButton = makeButton(tr("Retry failed"), "knowledgeRetry", tr("Queue the files that failed again (after fixing what their reason says)"));
    m_embedButton = makeButton(tr("Embed now"), "knowledgeEmbed", tr("Give every passage its vector now"));
    connect(m_pauseButton, &QPushButton::clicked, this, &KnowledgePage::pauseQueue);
    connect(m_resumeButton, &QPushButton::clicked, this, &KnowledgePage::resumeQueue);
    connect(m_cancelButton, &QPushButton::clicked, this, &KnowledgePage::cancelQueue);
    connect(m_retryButton, &QPushButton::clicked, this, &KnowledgePage::retryFailed);
    connect(m_embedButton, &QPushButton::clicked, this, &KnowledgePage::embedNow);
    auto *top = new QHBoxLayout;
    top->addWidget(m_pauseButton);
    top->addWidget(m_resumeButton);
    top->addWidget(m_cancelButton);
    grid->addLayout(top, 0, 1);
    m_queueLabel = new QLabel(panel);
    m_queueLabel->setObjectName(QStringLiteral("knowledgeQueueText"));
    m_queueLabel->setWordWrap(true);
    m_queueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_queueLabel->setMinimumWidth(120);
    grid->addWidget(m_queueLabel, 1, 0);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_retryButton);
    bottom->addWidget(m_embedButton);
    grid->addLayout(bottom, 1, 1, Qt::AlignRight | Qt::AlignTop);
    grid->setColumnStretch(0, 1);
    return panel;
}

QWidget *KnowledgePage::buildFilesTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    auto *bar = new QHBoxLayout;
    m_addFilesButton = new QPushButton(tr("Add &files…"), tab);
    m_addFilesButton->setObjectName(QStringLiteral("knowledgeAddFiles"));
    m_addFilesButton->setToolTip(tr("Import files (Ctrl+O); or drop files and folders onto the page"));
    connect(m_addFilesButton, &QPushButton::clicked, this, &KnowledgePage::addFiles);
    m_addFolderButton = new QPushButton(tr("Add f&older…"), tab);
    m_addFolderButton->setObjectName(QStringLiteral("knowledgeAddFolder"));
    m_addFolderButton->setToolTip(tr("Import a folder with its subfolders, by the collection's globs (Ctrl+Shift+O)"));
    connect(m_addFolderButton, &QPushButton::clicked, this, &KnowledgePage::addFolder);
    m_addUrlButton = new QPushButton(tr("Add &URL…"), tab);
    m_addUrlButton->setObjectName(QStringLiteral("knowledgeAddUrl"));
    m_addUrlButton->setToolTip(tr("Import web pages by their http(s) addresses (Ctrl+L); or drop links onto the page"));
    connect(m_addUrlButton, &QPushButton::clicked, this, &KnowledgePage::addUrl);
    m_removeButton = new QPushButton(tr("&Remove"), tab);
    m_removeButton->setObjectName(QStringLiteral("knowledgeRemove"));
    m_removeButton->setToolTip(tr("Remove the selected files from the collection (Delete); the files on disk stay"));
    connect(m_removeButton, &QPushButton::clicked, this, &KnowledgePage::removeSelectedFiles);
    m_reindexButton = new QPushButton(tr("Re&index…"), tab);
    m_reindexButton->setObjectName(QStringLiteral("knowledgeReindex"));
    m_reindexButton->setToolTip(tr("Cut every document into passages again (after changing the passage size)"));
    connect(m_reindexButton, &QPushButton::clicked, this, &KnowledgePage::reindex);
    bar->addWidget(m_addFilesButton);
    bar->addWidget(m_addFolderButton);
    bar->addWidget(m_addUrlButton);
    bar->addStretch(1);
    layout->addLayout(bar);
    // a row of its own: the buttons and the filters side by side did not fit 800 px in German (nor did
    // five buttons in a row: what acts on the listed files sits beside the filters)
    auto *filters = new QHBoxLayout;
    m_fileFilter = new QLineEdit(tab);
    m_fileFilter->setObjectName(QStringLiteral("knowledgeFileFilter"));
    m_fileFilter->setPlaceholderText(tr("Filter files"));
    m_fileFilter->setClearButtonEnabled(true);
    m_fileFilter->setMinimumWidth(90);
    m_fileFilter->setAcceptDrops(false); // files dropped here are imported (the page takes them), not typed in
    m_statusFilter = new QComboBox(tab);
    m_statusFilter->setObjectName(QStringLiteral("knowledgeStatusFilter"));
    m_statusFilter->addItems({tr("All files"), tr("Imported"), tr("Not imported")});
    m_statusFilter->setAccessibleName(tr("Status"));
    filters->addWidget(m_fileFilter, 1);
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_removeButton);
    filters->addWidget(m_reindexButton);
    layout->addLayout(filters);

    m_documents = new DocumentsModel(this);
    auto *filter = new DocumentFilter(this);
    m_documentsSorted = filter;
    filter->setSourceModel(m_documents);
    filter->setSortRole(Qt::UserRole);
    filter->setFilterKeyColumn(DocumentsModel::File);
    filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(m_fileFilter, &QLineEdit::textChanged, filter, [filter](const QString &text) { filter->setFilterFixedString(text); });
    connect(m_statusFilter, &QComboBox::currentIndexChanged, filter, [filter](int index) { filter->setStatus(index); });
    m_files = new QTableView(tab);
    m_files->setObjectName(QStringLiteral("knowledgeFiles"));
    m_files->setModel(filter);
    m_files->setSortingEnabled(true);
    m_files->sortByColumn(DocumentsModel::File, Qt::AscendingOrder);
    m_files->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_files->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_files->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_files->verticalHeader()->hide();
    m_files->setWordWrap(false);
    m_files->horizontalHeader()->setStretchLastSection(true);
    m_files->horizontalHeader()->resizeSection(DocumentsModel::File, 220);
    m_files->horizontalHeader()->resizeSection(DocumentsModel::Kind, 80);
    m_files->horizontalHeader()->resizeSection(DocumentsModel::Status, 80);
    m_files->horizontalHeader()->resizeSection(DocumentsModel::Passages, 75);
    m_files->horizontalHeader()->resizeSection(DocumentsModel::Tokens, 75);
    m_files->setAccessibleName(tr("Files"));
    connect(m_files, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { openSource(index.data(DocumentsModel::SourceRole).toString()); });
    connect(m_files->selectionModel(), &QItemSelectionModel::selectionChanged, this, &KnowledgePage::updateActions);
    layout->addWidget(m_files, 1);
    return tab;
}

QWidget *KnowledgePage::buildSearchTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    auto *bar = new QHBoxLayout;
    m_query = new QLineEdit(tab);
    m_query->setObjectName(QStringLiteral("knowledgeQuery"));
    m_query->setPlaceholderText(tr("Search the collection (Ctrl+F)"));
    m_query->setClearButtonEnabled(true);
    m_query->setAccessibleName(tr("Search"));
    m_query->setAcceptDrops(false);
    connect(m_query, &QLineEdit::returnPressed, this, [this] { search(m_query->text()); });
    m_mode = new QComboBox(tab);
    m_mode->setObjectName(QStringLiteral("knowledgeMode"));
    m_mode->addItem(tr("Hybrid"), int(SearchMode::Hybrid));
    m_mode->addItem(tr("BM25"), int(SearchMode::Bm25));
    m_mode->addItem(tr("Vector"), int(SearchMode::Vector));
    m_mode->addItem(tr("Rerank"), int(SearchMode::Rerank));
    m_mode->setToolTip(tr("Hybrid fuses keyword (BM25) and vector rankings; BM25 matches words; vector matches meaning; rerank has the "
                          "collection's rerank model reorder the best hybrid passages"));
    m_mode->setAccessibleName(tr("Search mode"));
    m_topK = new QSpinBox(tab);
    m_topK->setObjectName(QStringLiteral("knowledgeTopK"));
    m_topK->setRange(1, 100);
    m_topK->setValue(10);
    m_topK->setPrefix(tr("top "));
    m_topK->setAccessibleName(tr("Passages to show"));
    m_searchButton = new QPushButton(tr("Search"), tab);
    m_searchButton->setObjectName(QStringLiteral("knowledgeSearchButton"));
    connect(m_searchButton, &QPushButton::clicked, this, [this] { search(m_query->text()); });
    bar->addWidget(m_query, 1);
    bar->addWidget(m_mode);
    bar->addWidget(m_topK);
    bar->addWidget(m_searchButton);
    layout->addLayout(bar);
    m_searchNote = new QLabel(tab);
    m_searchNote->setObjectName(QStringLiteral("knowledgeSearchNote"));
    m_searchNote->setWordWrap(true);
    layout->addWidget(m_searchNote);

    auto *split = new QSplitter(Qt::Vertical, tab);
    split->setChildrenCollapsible(false);
    m_resultTable = new QTableWidget(0, ResultColumns, split);
    m_resultTable->setObjectName(QStringLiteral("knowledgeResults"));
    m_resultTable->setHorizontalHeaderLabels(
        {tr("#"), tr("Source"), tr("Page"), tr("Heading"), tr("BM25"), tr("Vector"), tr("Fused"), tr("Rerank"), tr("Passage")});
    m_resultTable->horizontalHeaderItem(Bm25Column)->setToolTip(tr("Keyword score (higher is better; — : found by vector alone)"));
    m_resultTable->horizontalHeaderItem(VectorColumn)->setToolTip(tr("Cosine similarity to the query (— : found by BM25 alone)"));
    m_resultTable->horizontalHeaderItem(FusedColumn)->setToolTip(tr("Reciprocal rank fusion of both rankings (hybrid search)"));
    m_resultTable->horizontalHeaderItem(RerankColumn)
        ->setToolTip(tr("Where the rerank model put the passage, and where the fused ranking had it (— : the model left it out)"));
    m_resultTable->verticalHeader()->hide();
    m_resultTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_resultTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_resultTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_resultTable->setWordWrap(false);
    m_resultTable->horizontalHeader()->setStretchLastSection(true);
    m_resultTable->horizontalHeader()->resizeSection(RankColumn, 30);
    m_resultTable->horizontalHeader()->resizeSection(SourceColumn, 150);
    m_resultTable->horizontalHeader()->resizeSection(PageColumn, 45);
    m_resultTable->horizontalHeader()->resizeSection(HeadingColumn, 140);
    for (int c : {Bm25Column, VectorColumn, FusedColumn})
        m_resultTable->horizontalHeader()->resizeSection(c, 62);
    m_resultTable->horizontalHeader()->resizeSection(RerankColumn, 80);
    m_resultTable->setToolTip(tr("Double-click a passage to open its file"));
    connect(m_resultTable, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { openResult(row); });
    connect(m_resultTable, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row < 0 || row >= m_results.size()) {
            m_preview->clear();
            return;
        }
        const Passage &p = m_results.at(row);
        QString where = QDir::toNativeSeparators(p.source);
        if (p.page > 0)
            where += QStringLiteral(", ") + tr("page %1").arg(p.page);
        if (!p.heading.isEmpty())
            where += QStringLiteral(" — ") + p.heading;
        m_preview->setHtml(QStringLiteral("<p><b>%1</b></p><p>%2</p>")
                               .arg(where.toHtmlEscaped(), p.text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"))));
    });
    m_preview = new QTextBrowser(split);
    m_preview->setObjectName(QStringLiteral("knowledgePreview"));
    m_preview->setOpenLinks(false);
    split->addWidget(m_resultTable);
    split->addWidget(m_preview);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
    return tab;
}

QWidget *KnowledgePage::buildEvaluationTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    auto *help = new QLabel(tr("Golden questions, one JSON object a line: {\"question\": \"…\", \"sources\": [\"refunds.md\"], \"phrase\": \"thirty "
                               "days\"}. A passage from one of the sources (containing the phrase, when given) is a right answer."),
                            tab);
    help->setWordWrap(true);
    layout->addWidget(help);
    auto *split = new QSplitter(Qt::Vertical, tab);
    split->setChildrenCollapsible(false);
    m_golden = new QPlainTextEdit(split);
    m_golden->setObjectName(QStringLiteral("knowledgeGolden"));
    m_golden->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_golden->setAccessibleName(tr("Golden questions"));
    m_golden->setPlaceholderText(QStringLiteral("{\"question\": \"How long do refunds take?\", \"sources\": [\"refunds.md\"]}"));
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    m_golden->setFont(mono);
    auto *lower = new QWidget(split);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_loadGoldenButton = new QPushButton(tr("&Load…"), lower);
    m_loadGoldenButton->setObjectName(QStringLiteral("knowledgeLoadGolden"));
    m_loadGoldenButton->setToolTip(tr("Read golden questions from a JSON Lines file (the format of switchboard-cli kb eval --golden)"));
    connect(m_loadGoldenButton, &QPushButton::clicked, this, &KnowledgePage::loadGolden);
    m_evalK = new QSpinBox(lower);
    m_evalK->setObjectName(QStringLiteral("knowledgeEvalK"));
    m_evalK->setRange(5, 100);
    m_evalK->setValue(10);
    m_evalK->setPrefix(tr("k = "));
    m_evalK->setToolTip(tr("Passages per question that count for recall@k and MRR"));
    m_runEvalButton = new QPushButton(tr("&Run evaluation"), lower);
    m_runEvalButton->setObjectName(QStringLiteral("knowledgeRunEval"));
    m_runEvalButton->setToolTip(tr("Save the questions with the collection and score BM25, vector, hybrid and rerank search"));
    connect(m_runEvalButton, &QPushButton::clicked, this, &KnowledgePage::runEvaluation);
    m_cancelEvalButton = new QPushButton(tr("Cancel"), lower);
    m_cancelEvalButton->setObjectName(QStringLiteral("knowledgeCancelEval"));
    connect(m_cancelEvalButton, &QPushButton::clicked, this, &KnowledgePage::cancelEvaluation);
    m_evalProgress = new QProgressBar(lower);
    m_evalProgress->setObjectName(QStringLiteral("knowledgeEvalProgress"));
    m_evalProgress->setMinimumWidth(60);
    m_evalProgress->hide();
    bar->addWidget(m_loadGoldenButton);
    bar->addWidget(m_evalK);
    bar->addWidget(m_runEvalButton);
    bar->addWidget(m_cancelEvalButton);
    bar->addWidget(m_evalProgress, 1);
    bar->addStretch(0);
    lowerLayout->addLayout(bar);
    m_evalLabel = new QLabel(lower);
    m_evalLabel->setObjectName(QStringLiteral("knowledgeEvalStatus"));
    m_evalLabel->setWordWrap(true);
    lowerLayout->addWidget(m_evalLabel);
    m_evalTable = new QTableWidget(0, 8, lower);
    m_evalTable->setObjectName(QStringLiteral("knowledgeEvalTable"));
    m_evalTable->setHorizontalHeaderLabels(
        {tr("Mode"), tr("Questions"), tr("Recall@1"), tr("Recall@5"), tr("Recall@k"), tr("MRR"), tr("Citations"), tr("Note")});
    m_evalTable->horizontalHeaderItem(6)->setToolTip(
        tr("Citation correctness: the share of questions whose source [1] in a model's context is a right passage"));
    m_evalTable->verticalHeader()->hide();
    m_evalTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_evalTable->horizontalHeader()->setStretchLastSection(true);
    for (int c = 0; c < 7; ++c)
        m_evalTable->horizontalHeader()->resizeSection(c, c == 0 ? 80 : 75);
    lowerLayout->addWidget(m_evalTable, 1);
    for (QTableView *table : {static_cast<QTableView *>(m_files), static_cast<QTableView *>(m_resultTable), static_cast<QTableView *>(m_evalTable)})
        widenToHeaders(table->horizontalHeader());
    split->addWidget(m_golden);
    split->addWidget(lower);
    layout->addWidget(split, 1);
    m_cancelEvalButton->setEnabled(false);
    return tab;
}

void KnowledgePage::buildShortcuts()
{
    auto add = [this](const QKeySequence &keys, const QString &what, QWidget *on, Qt::ShortcutContext where, auto slot) {
        auto *s = new QShortcut(keys, on);
        s->setContext(where);
        s->setWhatsThis(what);
        connect(s, &QShortcut::activated, this, slot);
    };
    add(QKeySequence::Find, tr("Search the collection"), this, Qt::WidgetWithChildrenShortcut, [this] {
        showTab(Tab::Search);
        m_query->setFocus();
        m_query->selectAll();
    });
    add(QKeySequence(Qt::Key_Delete), tr("Remove the selected files"), m_files, Qt::WidgetShortcut, [this] { removeSelectedFiles(); });
    add(QKeySequence(Qt::CTRL | Qt::Key_O), tr("Add files to the collection"), this, Qt::WidgetWithChildrenShortcut, [this] { addFiles(); });
    add(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), tr("Add a folder to the collection"), this, Qt::WidgetWithChildrenShortcut,
        [this] { addFolder(); });
    add(QKeySequence(Qt::CTRL | Qt::Key_L), tr("Add web pages to the collection"), this, Qt::WidgetWithChildrenShortcut, [this] { addUrl(); });
    add(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), tr("New collection"), this, Qt::WidgetWithChildrenShortcut, [this] { newCollection(); });
    add(QKeySequence(Qt::Key_F5), tr("Refresh the knowledge base"), this, Qt::WidgetWithChildrenShortcut, [this] { refresh(); });
}

// ------------------------------------------------------------------------------------------------
// The store

void KnowledgePage::storeFailed(const QString &what, const QString &message)
{
    m_prompts.error(this, what, tr("%1\n\nCheck that the data directory is writable and the disk has space, then try again.").arg(message));
}

void KnowledgePage::scheduleRefresh()
{
    // A large collection's list is read less often while an import runs. Only an idle timer is set:
    // setInterval() restarts a running one, and jobs finishing more often than the interval put the
    // list off until the import ended (20,000 files then came into the table at once, 155 ms).
    if (m_refreshTimer->isActive())
        return;
    m_refreshTimer->setInterval(m_documents->rowCount() > 2000 ? 1500 : 400);
    m_refreshTimer->start();
}

void KnowledgePage::refresh()
{
    if (m_refreshing) {
        m_refreshAgain = true;
        return;
    }
    m_refreshing = true;
    m_refreshTimer->stop();
    const qint64 current = m_current;
    QString model;
    for (const Collection &c : std::as_const(m_collections)) {
        if (c.id == current)
            model = c.embedModelNext.isEmpty() ? c.embedModel : c.embedModelNext;
    }
    QHash<qint64, int> doneAtIssue;
    for (auto it = m_imports.cbegin(); it != m_imports.cend(); ++it)
        doneAtIssue.insert(it.key(), it->done);
    onWorker(
        [current, model, doneAtIssue](knowledge::KnowledgeStore &store) -> Expected<Snapshot> {
            Snapshot s;
            s.doneAtIssue = doneAtIssue;
            auto all = store.collections();
            if (!all)
                return all.error();
            s.collections = *all;
            for (const Collection &c : std::as_const(s.collections)) {
                auto stats = store.stats(c.id);
                if (!stats)
                    return stats.error();
                s.stats.insert(c.id, *stats);
                auto folders = store.folders(c.id);
                if (!folders)
                    return folders.error();
                if (!folders->isEmpty())
                    s.folders.insert(c.id, *folders);
            }
            if (current > 0) {
                auto docs = store.documents(current);
                if (!docs)
                    return docs.error();
                s.documentsOf = current;
                s.documents = *docs;
                if (!model.isEmpty()) {
                    auto pending = store.countWithoutVector(current, model);
                    if (!pending)
                        return pending.error();
                    s.pendingVectors = *pending;
                }
            }
            return s;
        },
        [this](const Expected<Snapshot> &snapshot) {
            m_refreshing = false;
            if (!snapshot)
                storeFailed(tr("The knowledge base could not be read"), snapshot.error().message);
            else
                applySnapshot(*snapshot);
            if (m_refreshAgain) {
                m_refreshAgain = false;
                refresh();
            }
        });
}

void KnowledgePage::applySnapshot(const Snapshot &s)
{
    m_collections = s.collections;
    m_stats = s.stats;
    m_folders = s.folders;
    updateWatching();
    for (const Collection &c : std::as_const(m_collections)) {
        const CollectionStats st = m_stats.value(c.id);
        ImportRun &run = m_imports[c.id];
        const int waiting = st.queued + st.paused;
        if (st.paused > 0 && !m_paused.contains(c.id) && !run.active)
            m_paused.insert(c.id); // paused before a restart
        if (waiting > 0 || m_scanning.contains(c.id)) {
            beginImport(c.id);
            run.total = std::max(run.done, s.doneAtIssue.value(c.id, run.done) + waiting);
        } else if (run.active) {
            run.active = false; // finished (or cancelled): the counts stay as the last run's
            run.total = run.done;
        }
        if (st.paused == 0 && waiting == 0 && !m_scanning.contains(c.id))
            m_paused.remove(c.id); // (while files are counted, a pause waits for them)
    }

    // the list, keeping the selection
    if (!m_pendingSelection.isEmpty()) {
        for (const Collection &c : std::as_const(m_collections)) {
            if (c.name == m_pendingSelection)
                m_current = c.id;
        }
        m_pendingSelection.clear();
    }
    int currentRow = -1;
    for (int i = 0; i < m_collections.size(); ++i) {
        if (m_collections.at(i).id == m_current)
            currentRow = i;
    }
    const bool currentChanged = currentRow < 0 && !m_collections.isEmpty();
    if (currentChanged) {
        currentRow = 0;
        m_current = m_collections.first().id;
    } else if (m_collections.isEmpty()) {
        m_current = 0;
    }
    m_selectingCollection = true;
    m_collectionList->clear();
    for (const Collection &c : std::as_const(m_collections)) {
        const CollectionStats st = m_stats.value(c.id);
        QStringList facts{tr("%n file(s)", nullptr, st.documents)};
        if (st.queued + st.paused > 0)
            facts << (st.paused > 0 ? tr("%n paused", nullptr, st.paused) : tr("%n waiting", nullptr, st.queued));
        if (st.failed > 0)
            facts << tr("%n not imported", nullptr, st.failed);
        if (c.embedModel.isEmpty() && c.embedModelNext.isEmpty())
            facts << tr("BM25 only");
        if (m_watched.contains(c.id))
            facts << tr("watched");
        auto *item = new QListWidgetItem(c.name + QLatin1Char('\n') + facts.join(QStringLiteral(" · ")), m_collectionList);
        item->setToolTip(c.description.isEmpty() ? c.name : c.description);
        item->setData(Qt::UserRole, c.id);
    }
    m_collectionList->setCurrentRow(currentRow);
    m_selectingCollection = false;

    if (currentChanged || (s.documentsOf != m_current && m_current > 0)) {
        m_documents->setDocuments({});
        loadGoldenFromStore();
        refresh(); // the documents of the collection selected now
    } else if (s.documentsOf == m_current && m_current > 0) {
        m_documents->setDocuments(s.documents);
        m_pendingVectors = s.pendingVectors;
    } else {
        m_documents->setDocuments({});
        m_pendingVectors = 0;
    }
    if (m_goldenFor != m_current)
        loadGoldenFromStore();
    showCollection();
    updateQueuePanel();
    updateActions();
    Q_EMIT collectionsChanged();
    if (s.documentsOf == m_current)
        Q_EMIT documentsShown();
}

std::optional<Collection> KnowledgePage::currentCollection() const
{
    for (const Collection &c : m_collections) {
        if (c.id == m_current)
            return c;
    }
    return std::nullopt;
}

QStringList KnowledgePage::collectionNames() const
{
    QStringList out;
    for (const Collection &c : m_collections)
        out << c.name;
    return out;
}

bool KnowledgePage::selectCollection(const QString &name)
{
    for (int i = 0; i < m_collections.size(); ++i) {
        if (m_collections.at(i).name == name) {
            m_collectionList->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

QString KnowledgePage::collectionSummary() const
{
    return m_summary->text();
}

void KnowledgePage::showCollection()
{
    const auto c = currentCollection();
    if (!c) {
        m_title->setText(tr("No collection yet"));
        m_summary->setText(tr("Create a collection (New…), then add files and folders to it or drop them here. Every model then answers "
                              "from the same passages: in the Playground, in Compare and through the proxy."));
        return;
    }
    m_title->setText(c->name);
    const CollectionStats st = m_stats.value(c->id);
    QStringList lines;
    if (!c->description.isEmpty())
        lines << c->description.toHtmlEscaped();
    QString facts = tr("%n document(s)", nullptr, st.documents) + QStringLiteral(" · ") + tr("%n passage(s)", nullptr, st.chunks)
        + QStringLiteral(" · ") + tr("%1 tokens").arg(QLocale().toString(st.tokens)) + QStringLiteral(" · ")
        + tr("passages of %1 tokens, %2 overlapping").arg(c->chunkTokens).arg(c->chunkOverlap);
    lines << facts;
    if (c->embedModel.isEmpty() && c->embedModelNext.isEmpty()) {
        lines << QStringLiteral("<b>%1</b>")
                     .arg(tr("Search is BM25 only (keywords): the collection has no embedding model. Edit… chooses one for vector and hybrid search.")
                              .toHtmlEscaped());
    } else if (c->embedModel.isEmpty()) {
        lines << tr("Search is BM25 only until %1 has embedded the passages.").arg(c->embedModelNext).toHtmlEscaped();
    } else {
        QString text = tr("Hybrid search with %1: %2 of %3 passages embedded.").arg(c->embedModel).arg(st.vectors).arg(st.chunks);
        if (!c->embedModelNext.isEmpty())
            text += QLatin1Char(' ') + tr("Changing to %1: the current vectors answer until it is complete.").arg(c->embedModelNext);
        lines << text.toHtmlEscaped();
    }
    if (!c->rerankModel.isEmpty())
        lines << tr("Models get the best %1 passages reranked by %2.").arg(c->rerankCandidates).arg(c->rerankModel).toHtmlEscaped();
    if (c->watch)
        lines << watchText(*c).toHtmlEscaped();
    m_summary->setText(lines.join(QStringLiteral("<br>")));
    const QStringList folders = m_folders.value(c->id);
    m_summary->setToolTip(c->watch && !folders.isEmpty()
                              ? tr("Watched folders:") + QLatin1Char('\n') + QDir::toNativeSeparators(folders.join(QLatin1Char('\n')))
                              : QString());
}

bool KnowledgePage::isPaused(qint64 collectionId) const
{
    return m_paused.contains(collectionId) || m_embedPaused.contains(collectionId);
}

void KnowledgePage::updateQueuePanel()
{
    const auto c = currentCollection();
    const CollectionStats st = c ? m_stats.value(c->id) : CollectionStats{};
    const ImportRun run = c ? m_imports.value(c->id) : ImportRun{};
    const bool embedding = c && m_embedBusy && m_embed.collectionId == c->id;
    const bool scanning = c && m_scanning.contains(c->id);
    const bool paused = c && (st.paused > 0 || isPaused(c->id));
    QStringList parts;
    if (!c) {
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
        m_queueLabel->setText(tr("Nothing queued."));
    } else if (scanning) {
        m_progress->setRange(0, 0);
        m_queueLabel->setText(tr("Counting the files to import…"));
    } else if (run.active && st.queued > 0) {
        m_progress->setRange(0, std::max(1, run.total));
        m_progress->setValue(run.done);
        parts << tr("Importing: %1 of %2 files").arg(run.done).arg(run.total) << tr("%n passage(s)", nullptr, run.chunks)
              << tr("%1 tokens").arg(QLocale().toString(run.tokens));
        if (run.failed > 0)
            parts << tr("%n not imported", nullptr, run.failed);
        if (const QString eta = etaText(run.clock, run.done, run.total); !eta.isEmpty())
            parts << eta;
        m_queueLabel->setText(parts.join(QStringLiteral(" · ")));
    } else if (paused) {
        m_progress->setRange(0, std::max(1, run.total));
        m_progress->setValue(run.done);
        QString text = st.paused > 0 ? tr("Paused: %n file(s) wait.", nullptr, st.paused) : tr("Paused.");
        if (m_embedPaused.contains(c->id))
            text += QLatin1Char(' ') + tr("Embedding waits too.");
        m_queueLabel->setText(text + QLatin1Char(' ') + tr("Resume continues, also after a restart."));
    } else if (embedding) {
        m_progress->setRange(0, std::max(1, m_embed.total));
        m_progress->setValue(m_embed.done);
        parts << tr("Embedding with %1: %2 of %3 passages").arg(m_embed.model).arg(m_embed.done).arg(m_embed.total)
              << tr("%1 so far").arg(formatCost(m_embed.costUsd));
        if (const QString eta = etaText(m_embed.clock, m_embed.done, m_embed.total); !eta.isEmpty())
            parts << eta;
        m_queueLabel->setText(parts.join(QStringLiteral(" · ")));
    } else {
        m_progress->setRange(0, std::max(1, run.total));
        m_progress->setValue(run.total > 0 ? run.done : 0);
        if (m_embedQueue.contains(c->id))
            parts << tr("Waiting to embed (another collection first).");
        if (run.total > 0) {
            QString last = tr("Last import: %1 of %2 files imported").arg(run.done - run.failed).arg(run.total);
            if (run.failed > 0)
                last += QStringLiteral(", ") + tr("%n not imported (the reasons are in the files list)", nullptr, run.failed);
            parts << last + QLatin1Char('.');
        }
        if (st.failedJobs > 0) // (skipped files are not retried: their reason does not change)
            parts << (run.failed > 0 ? tr("Retry failed queues the failed ones again.")
                                     : tr("%n import(s) failed: Retry failed queues them again.", nullptr, st.failedJobs));
        const QString model = c->embedModelNext.isEmpty() ? c->embedModel : c->embedModelNext;
        if (!m_embedError.value(c->id).isEmpty())
            parts << m_embedError.value(c->id);
        else if (!m_embedNote.value(c->id).isEmpty())
            parts << m_embedNote.value(c->id);
        if (!model.isEmpty() && m_pendingVectors > 0 && !m_embedQueue.contains(c->id))
            parts << tr("%n passage(s) have no vector of %1 yet: Embed now gives them one.", nullptr, m_pendingVectors).arg(model);
        if (parts.isEmpty())
            parts << tr("Nothing queued. Drop files or folders here, or use Add files.");
        m_queueLabel->setText(parts.join(QLatin1Char(' ')));
    }
    m_progress->setTextVisible(m_progress->maximum() == 0 || m_progress->value() > 0 || run.total > 0 || embedding);
    // the error colour when something needs the user
    const bool problem = c && (!m_embedError.value(c->id).isEmpty() || st.failedJobs > 0) && !run.active && !embedding;
    // (setting a style sheet polishes the label again even when it is the same one)
    if (const QString sheet = problem ? ThemeManager::errorStyleSheet() : QString(); m_queueLabel->styleSheet() != sheet)
        m_queueLabel->setStyleSheet(sheet);
    // the run's own counts are current; the store's arrive with the next refresh
    const bool importing = run.active || st.queued > 0;
    m_pauseButton->setEnabled(c && ((importing && !m_paused.contains(c->id)) || embedding || scanning));
    m_resumeButton->setEnabled(c && paused);
    m_cancelButton->setEnabled(c && (importing || st.paused > 0 || embedding || m_embedQueue.contains(c->id) || scanning));
    m_retryButton->setEnabled(c && st.failedJobs > 0);
    m_embedButton->setEnabled(c && m_embedder && !(c->embedModel.isEmpty() && c->embedModelNext.isEmpty()) && !embedding && m_pendingVectors > 0
                              && !paused);
    Q_EMIT queueChanged();
}

void KnowledgePage::updateActions()
{
    const bool has = currentCollection().has_value();
    m_editButton->setEnabled(has);
    m_deleteButton->setEnabled(has);
    m_addFilesButton->setEnabled(has);
    m_addFolderButton->setEnabled(has);
    m_addUrlButton->setEnabled(has);
    m_reindexButton->setEnabled(has && m_stats.value(m_current).documents > 0);
    m_removeButton->setEnabled(has && m_files->selectionModel()->hasSelection());
    m_searchButton->setEnabled(has);
    m_runEvalButton->setEnabled(has && !m_evaluator);
    m_cancelEvalButton->setEnabled(m_evaluator != nullptr);
    m_loadGoldenButton->setEnabled(has);
}

QString KnowledgePage::queueText() const
{
    return m_queueLabel->text();
}

bool KnowledgePage::isBusy() const
{
    for (auto it = m_stats.cbegin(); it != m_stats.cend(); ++it) {
        if (it->queued > 0 && !m_paused.contains(it.key()))
            return true;
    }
    return m_ingestor->isBusy() || m_embedBusy || !m_scanning.isEmpty() || m_searching || m_evaluator || m_serial.pending() > 0 || m_refreshing
        || m_refreshTimer->isActive();
}

// ------------------------------------------------------------------------------------------------
// Collections

QStringList KnowledgePage::embeddingModels()
{
    QStringList out;
    if (!m_context.routerHost())
        return out;
    router::Router &r = m_context.routerHost()->router();
    auto embeds = [&r](const QString &qualified) {
        const qsizetype slash = qualified.indexOf(QLatin1Char('/'));
        if (slash <= 0)
            return false;
        const auto info = r.modelInfo(router::Target{qualified.left(slash), qualified.mid(slash + 1), 1, 0});
        // a model the catalog does not know may embed (vLLM, LM Studio): its name says so
        return info ? info->capabilities.embeddings : qualified.contains(QLatin1String("embed"), Qt::CaseInsensitive);
    };
    for (const ProviderConfig &p : r.registry().workspace().providers) {
        if (!p.enabled)
            continue;
        if (!p.models.isEmpty()) {
            for (const QString &m : p.models) {
                if (embeds(p.id + QLatin1Char('/') + m))
                    out << p.id + QLatin1Char('/') + m;
            }
            continue;
        }
        const QString vendor = providers::presetFor(p).catalogVendor;
        for (const catalog::ModelInfo &m : r.catalog().models()) {
            if (m.vendor == vendor && m.capabilities.embeddings)
                out << p.id + QLatin1Char('/') + m.id;
        }
    }
    // routes whose targets embed
    for (const router::Route &route : r.config().routes) {
        bool all = !route.targets.isEmpty();
        for (const router::Target &t : route.targets)
            all = all && embeds(t.qualified());
        if (all)
            out << route.name;
    }
    out.removeDuplicates();
    return out;
}

QStringList KnowledgePage::chatModels()
{
    if (!m_context.routerHost())
        return {};
    QStringList out = m_context.routerHost()->router().offeredModels();
    for (const QString &embeds : embeddingModels())
        out.removeAll(embeds);
    out.removeDuplicates();
    return out;
}

std::optional<double> KnowledgePage::pricePerMillion(const QString &model)
{
    if (!m_context.routerHost())
        return std::nullopt;
    const qsizetype slash = model.indexOf(QLatin1Char('/'));
    if (slash <= 0)
        return std::nullopt; // a route: which target embeds is the router's choice
    const auto info = m_context.routerHost()->router().modelInfo(router::Target{model.left(slash), model.mid(slash + 1), 1, 0});
    if (!info)
        return std::nullopt;
    return info->prices.input;
}

void KnowledgePage::newCollection()
{
    if (m_context.routerHost())
        m_context.routerHost()->refresh();
    CollectionDialog dialog(Collection{}, embeddingModels(), chatModels(), false, this);
    if (dialog.exec() == QDialog::Accepted)
        createCollection(dialog.collection());
}

void KnowledgePage::editCollection()
{
    const auto c = currentCollection();
    if (!c)
        return;
    if (m_context.routerHost())
        m_context.routerHost()->refresh();
    CollectionDialog dialog(*c, embeddingModels(), chatModels(), true, this);
    if (dialog.exec() == QDialog::Accepted)
        updateCollection(dialog.collection());
}

void KnowledgePage::createCollection(const Collection &collection)
{
    onWorker([collection](knowledge::KnowledgeStore &store) { return store.createCollection(collection); },
             [this, name = collection.name.trimmed()](const Expected<qint64> &id) {
                 if (!id) {
                     m_prompts.error(this, tr("Collection not created"), id.error().message);
                     return;
                 }
                 m_pendingSelection = name;
                 refresh();
             });
}

void KnowledgePage::updateCollection(const Collection &changed)
{
    Collection before;
    bool found = false;
    for (const Collection &c : std::as_const(m_collections)) {
        if (c.id == changed.id) {
            before = c;
            found = true;
        }
    }
    if (!found)
        return;
    const CollectionStats st = m_stats.value(before.id);
    Collection c = changed;
    c.name = before.name;
    const QString wanted = changed.embedModel.trimmed();
    const QString target = before.embedModelNext.isEmpty() ? before.embedModel : before.embedModelNext;
    if (wanted == target) {
        c.embedModel = before.embedModel;
        c.embedModelNext = before.embedModelNext;
    } else if (wanted.isEmpty() || before.embedModel.isEmpty() || st.vectors == 0) {
        c.embedModel = wanted;
        c.embedModelNext.clear();
    } else {
        // the old vectors keep answering until the new model has embedded every passage
        c.embedModel = before.embedModel;
        c.embedModelNext = wanted == before.embedModel ? QString() : wanted;
    }
    const bool modelChanged = c.embedModel != before.embedModel || c.embedModelNext != before.embedModelNext;
    const bool cutChanged = c.chunkTokens != before.chunkTokens || c.chunkOverlap != before.chunkOverlap;
    const bool reindexNow = cutChanged && st.documents > 0
        && m_prompts.confirm(this, tr("Cut the documents again?"),
                             tr("New imports into \"%1\" get passages of %2 tokens with %3 overlapping. Cut the %n document(s) already in it "
                                "again now? Their passages are embedded again when the collection has an embedding model.",
                                nullptr, st.documents)
                                 .arg(c.name)
                                 .arg(c.chunkTokens)
                                 .arg(c.chunkOverlap));
    onWorker([c](knowledge::KnowledgeStore &store) { return store.updateCollection(c); },
             [this, c, modelChanged, reindexNow](const Expected<void> &ok) {
                 if (!ok) {
                     m_prompts.error(this, tr("Collection not saved"), ok.error().message);
                     return;
                 }
                 if (reindexNow) {
                     beginImport(c.id);
                     m_touched.insert(c.id);
                     m_ingestor->reindex(c.id);
                 }
                 if (modelChanged) {
                     m_embedError.remove(c.id);
                     m_embedNote.remove(c.id);
                     if (m_embedBusy && m_embed.collectionId == c.id) {
                         m_embedStopping = true;
                         m_embedder->cancel(); // it starts again with the new model
                     }
                     if (!c.embedModel.isEmpty() || !c.embedModelNext.isEmpty())
                         queueEmbedding(c.id);
                 }
                 refresh();
             });
}

void KnowledgePage::deleteCollection()
{
    const auto c = currentCollection();
    if (!c)
        return;
    const CollectionStats st = m_stats.value(c->id);
    if (!m_prompts.confirm(this, tr("Delete collection"),
                           tr("Delete \"%1\" with its %n document(s), their passages, vectors, golden questions and queue? The files on disk stay.",
                              nullptr, st.documents)
                               .arg(c->name)))
        return;
    const qint64 id = c->id;
    m_deleting.insert(id);
    if (m_watched.remove(id) > 0)
        m_watcher->unwatch(id);
    m_ingestor->cancel(id);
    m_embedQueue.removeAll(id);
    if (m_embedBusy && m_embed.collectionId == id) {
        m_embedStopping = true;
        m_embedder->cancel();
    }
    onWorker([id](knowledge::KnowledgeStore &store) { return store.removeCollection(id); },
             [this, id](const Expected<void> &ok) {
                 if (!ok)
                     m_prompts.error(this, tr("Collection not deleted"), ok.error().message);
                 m_paused.remove(id);
                 m_imports.remove(id);
                 m_ingestor->cancel(id); // the queue goes on with the other collections
                 if (m_current == id)
                     m_current = 0;
                 refresh();
             });
}

// ------------------------------------------------------------------------------------------------
// Files and the queue

void KnowledgePage::addFiles()
{
    if (!currentCollection())
        return;
    const QStringList files = m_prompts.openFiles(this, tr("Add files"),
                                                  tr("Documents (*.md *.txt *.pdf *.docx *.odt *.epub *.html *.htm *.csv *.json *.png *.jpg "
                                                     "*.jpeg *.tif *.tiff);;All files (*)"));
    if (!files.isEmpty())
        addPaths(files);
}

void KnowledgePage::addFolder()
{
    if (!currentCollection())
        return;
    const QString folder = m_prompts.openFolder(this, tr("Add a folder"));
    if (!folder.isEmpty())
        addPaths({folder});
}

void KnowledgePage::addUrl()
{
    const auto c = currentCollection();
    if (!c)
        return;
    UrlDialog dialog(c->name, this);
    if (dialog.exec() == QDialog::Accepted)
        addUrls(dialog.urls());
}

void KnowledgePage::addUrls(const QStringList &urls)
{
    const auto c = currentCollection();
    if (!c) {
        m_prompts.error(this, tr("No collection"), tr("Create a collection first (New…), then add web pages to it."));
        return;
    }
    const auto parsed = UrlDialog::parse(urls.join(QLatin1Char('\n')));
    if (!parsed) {
        m_prompts.error(this, tr("Not imported"), parsed.error().message);
        return;
    }
    if (parsed->isEmpty())
        return;
    // pages are fetched on the Ingestor's worker; their size is known only then, so an embedding above
    // the cost threshold asks when it starts (see startNextEmbedding)
    beginImport(c->id);
    m_ingestor->add(c->id, *parsed);
    if (m_paused.contains(c->id))
        m_ingestor->pause(c->id);
    updateQueuePanel();
    scheduleRefresh();
}

void KnowledgePage::addPaths(const QStringList &paths)
{
    const auto c = currentCollection();
    if (!c) {
        m_prompts.error(this, tr("No collection"), tr("Create a collection first (New…), then add files to it."));
        return;
    }
    QStringList clean;
    for (const QString &p : paths) {
        if (!p.trimmed().isEmpty())
            clean << QFileInfo(p).absoluteFilePath();
    }
    if (clean.isEmpty())
        return;
    const qint64 id = c->id;
    const QString model = c->embedModelNext.isEmpty() ? c->embedModel : c->embedModelNext;
    m_scanning.insert(id);
    updateQueuePanel();
    // counted on a worker: a folder may hold many thousands of files
    async::runThenCallback(
        this, [clean] { return estimate(clean); },
        [this, id, clean, model, name = c->name](const Estimate &e) {
            m_scanning.remove(id);
            bool exists = false;
            for (const Collection &x : std::as_const(m_collections))
                exists = exists || x.id == id;
            if (!exists || m_deleting.contains(id)) {
                updateQueuePanel();
                return;
            }
            if (!model.isEmpty()) {
                if (const auto price = pricePerMillion(model)) {
                    const double cost = double(e.tokens) * *price / 1e6;
                    if (cost > m_costThreshold) {
                        const bool go = m_prompts.confirm(this, tr("Embedding cost"),
                                                          tr("%n file(s) (%1) to import into \"%2\". Embedding their passages with %3 will cost "
                                                             "about %4 (estimated from the file sizes). Import them?",
                                                             nullptr, e.files)
                                                              .arg(bytesText(e.bytes), name, model, formatCost(cost)));
                        if (!go) {
                            updateQueuePanel();
                            return;
                        }
                        m_approvedUsd[id] = std::max(m_approvedUsd.value(id), cost);
                    }
                }
            }
            beginImport(id);
            m_ingestor->add(id, clean);
            // a paused collection takes the files and keeps them waiting (in the queue's order: before any is claimed)
            if (m_paused.contains(id))
                m_ingestor->pause(id);
            updateQueuePanel();
            scheduleRefresh();
        });
}

KnowledgePage::ImportRun &KnowledgePage::beginImport(qint64 collectionId)
{
    ImportRun &run = m_imports[collectionId];
    if (!run.active) {
        run = ImportRun{};
        run.active = true;
        run.clock.start();
    }
    return run;
}

void KnowledgePage::onQueued(qint64 collectionId, int added, int removals)
{
    ImportRun &run = beginImport(collectionId);
    run.total += added + removals;
    updateQueuePanel();
    scheduleRefresh();
}

void KnowledgePage::onJobFinished(const JobOutcome &o)
{
    const qint64 id = o.job.collectionId;
    ImportRun &run = beginImport(id);
    ++run.done;
    run.total = std::max(run.total, run.done);
    run.chunks += o.chunks;
    run.tokens += o.tokens;
    if (o.result == JobOutcome::Result::Failed || o.result == JobOutcome::Result::Skipped)
        ++run.failed;
    if (o.result == JobOutcome::Result::Imported)
        m_touched.insert(id);
    // once for the whole batch the Ingestor tells job by job: a panel update per file of a batch of
    // hundreds held the GUI thread 140 ms in a 20,000-file import
    if (id == m_current && !m_panelUpdatePending) {
        m_panelUpdatePending = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_panelUpdatePending = false;
                updateQueuePanel();
            },
            Qt::QueuedConnection);
    }
    scheduleRefresh();
}

void KnowledgePage::updateWatching()
{
    QSet<qint64> wanted;
    for (const Collection &c : std::as_const(m_collections)) {
        const QStringList folders = m_folders.value(c.id);
        if (!c.watch || folders.isEmpty() || m_deleting.contains(c.id))
            continue;
        wanted.insert(c.id);
        if (m_watched.value(c.id) != folders) {
            m_watched.insert(c.id, folders);
            m_watcher->watch(c.id, folders); // a first sync imports what changed while nobody watched
        }
    }
    for (auto it = m_watched.begin(); it != m_watched.end();) {
        if (wanted.contains(it.key())) {
            ++it;
            continue;
        }
        m_watcher->unwatch(it.key());
        m_changeSeen.remove(it.key());
        m_syncedAt.remove(it.key());
        it = m_watched.erase(it);
    }
}

void KnowledgePage::onSyncing(qint64 collectionId)
{
    if (!m_watched.contains(collectionId))
        return; // unwatched since
    m_changeSeen.remove(collectionId);
    m_syncedAt.insert(collectionId, QDateTime::currentDateTime());
    // a paused collection keeps what the sync queued waiting, like files added by hand
    if (m_paused.contains(collectionId))
        m_ingestor->pause(collectionId);
    if (collectionId == m_current)
        showCollection();
}

QString KnowledgePage::watchText(const Collection &c) const
{
    const QStringList folders = m_folders.value(c.id);
    if (folders.isEmpty())
        return tr("Watching for changes is on, but no folder has been added yet: Add folder… gives it one to follow.");
    QString text = tr("Watching %n folder(s) for changes.", nullptr, int(folders.size()));
    if (m_changeSeen.contains(c.id)) {
        text += QLatin1Char(' ')
            + tr("A change was seen: it is imported once the folder has been quiet for %1 s.")
                  .arg(QLocale().toString(knowledge::FolderWatcher::kDebounceMs / 1000.0, 'f', 1));
    } else if (const QDateTime at = m_syncedAt.value(c.id); at.isValid()) {
        const QString when = at.date() == QDate::currentDate() ? QLocale().toString(at.time(), QLocale::ShortFormat)
                                                               : QLocale().toString(at, QLocale::ShortFormat);
        text += QLatin1Char(' ') + tr("Last sync queued at %1.").arg(when);
    }
    return text;
}

void KnowledgePage::onIngestIdle()
{
    m_deleting.clear();
    const QList<qint64> touched(m_touched.cbegin(), m_touched.cend());
    for (qint64 id : touched) {
        if (isPaused(id))
            continue;
        m_touched.remove(id);
        queueEmbedding(id);
    }
    refresh();
}

void KnowledgePage::pauseQueue()
{
    const auto c = currentCollection();
    if (!c)
        return;
    m_paused.insert(c->id);
    m_ingestor->pause(c->id);
    if (m_embedQueue.removeAll(c->id) > 0)
        m_embedPaused.insert(c->id);
    if (m_embedBusy && m_embed.collectionId == c->id) {
        m_embedPaused.insert(c->id);
        m_embedStopping = true;
        m_embedder->cancel();
    }
    updateQueuePanel();
    scheduleRefresh();
}

void KnowledgePage::resumeQueue()
{
    const auto c = currentCollection();
    if (!c)
        return;
    m_paused.remove(c->id);
    m_ingestor->resume(c->id);
    if (m_embedPaused.remove(c->id))
        queueEmbedding(c->id);
    updateQueuePanel();
    scheduleRefresh();
}

void KnowledgePage::cancelQueue()
{
    const auto c = currentCollection();
    if (!c)
        return;
    m_paused.remove(c->id);
    m_embedPaused.remove(c->id);
    m_touched.remove(c->id);
    m_embedQueue.removeAll(c->id);
    m_ingestor->cancel(c->id);
    if (m_embedBusy && m_embed.collectionId == c->id) {
        m_embedStopping = true;
        m_embedder->cancel();
    }
    updateQueuePanel();
    scheduleRefresh();
}

void KnowledgePage::retryFailed()
{
    const auto c = currentCollection();
    if (!c)
        return;
    beginImport(c->id);
    m_ingestor->retryFailed(c->id);
    scheduleRefresh();
}

void KnowledgePage::embedNow()
{
    const auto c = currentCollection();
    if (!c)
        return;
    m_embedError.remove(c->id);
    m_embedNote.remove(c->id);
    m_approvedUsd.remove(c->id);
    queueEmbedding(c->id);
}

void KnowledgePage::reindex()
{
    const auto c = currentCollection();
    if (!c)
        return;
    const int documents = m_stats.value(c->id).documents;
    if (!m_prompts.confirm(this, tr("Reindex"),
                           tr("Cut the %n document(s) of \"%1\" into passages again (%2 tokens, %3 overlapping)? Changed passages are embedded "
                              "again when the collection has an embedding model.",
                              nullptr, documents)
                               .arg(c->name)
                               .arg(c->chunkTokens)
                               .arg(c->chunkOverlap)))
        return;
    beginImport(c->id);
    m_ingestor->reindex(c->id);
    if (m_paused.contains(c->id))
        m_ingestor->pause(c->id);
    scheduleRefresh();
}

void KnowledgePage::selectFiles(const QStringList &sources)
{
    m_files->clearSelection();
    for (const QString &source : sources) {
        const int row = m_documents->row(source);
        if (row < 0)
            continue;
        const QModelIndex index = m_documentsSorted->mapFromSource(m_documents->index(row, 0));
        m_files->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    updateActions();
}

void KnowledgePage::removeSelectedFiles()
{
    const auto c = currentCollection();
    if (!c)
        return;
    QStringList sources;
    for (const QModelIndex &index : m_files->selectionModel()->selectedRows())
        sources << index.data(DocumentsModel::SourceRole).toString();
    if (sources.isEmpty())
        return;
    const QString question = sources.size() == 1
        ? tr("Remove %1 from \"%2\"? The file on disk stays.").arg(QFileInfo(sources.first()).fileName(), c->name)
        : tr("Remove %n file(s) from \"%1\"? The files on disk stay.", nullptr, int(sources.size())).arg(c->name);
    if (!m_prompts.confirm(this, tr("Remove files"), question))
        return;
    m_ingestor->remove(c->id, sources);
    if (m_paused.contains(c->id))
        m_ingestor->pause(c->id);
    scheduleRefresh();
}

int KnowledgePage::fileRows() const
{
    return m_documentsSorted->rowCount();
}

QList<Document> KnowledgePage::documents() const
{
    return m_documents->documents();
}

// ------------------------------------------------------------------------------------------------
// Embedding

void KnowledgePage::queueEmbedding(qint64 collectionId)
{
    if (!m_embedder)
        return;
    bool hasModel = false;
    for (const Collection &c : std::as_const(m_collections)) {
        if (c.id == collectionId)
            hasModel = !c.embedModel.isEmpty() || !c.embedModelNext.isEmpty();
    }
    if (!hasModel || m_embedQueue.contains(collectionId))
        return;
    m_embedQueue << collectionId;
    startNextEmbedding();
    updateQueuePanel();
}

void KnowledgePage::startNextEmbedding()
{
    if (!m_embedder || m_embedBusy)
        return;
    while (!m_embedQueue.isEmpty()) {
        const qint64 id = m_embedQueue.takeFirst();
        std::optional<Collection> c;
        for (const Collection &x : std::as_const(m_collections)) {
            if (x.id == id)
                c = x;
        }
        if (!c || isPaused(id) || m_deleting.contains(id))
            continue;
        const QString model = c->embedModelNext.isEmpty() ? c->embedModel : c->embedModelNext;
        if (model.isEmpty())
            continue;
        m_embedBusy = true;
        m_embed = EmbedRun{};
        m_embed.collectionId = id;
        m_embed.model = model;
        // what it will cost, before it starts
        onWorker(
            [id, model](knowledge::KnowledgeStore &store) -> Expected<std::pair<int, qint64>> {
                auto n = store.countWithoutVector(id, model);
                if (!n)
                    return n.error();
                auto tokens = store.tokensWithoutVector(id, model);
                if (!tokens)
                    return tokens.error();
                return std::pair<int, qint64>{*n, *tokens};
            },
            [this, id, model, name = c->name](const Expected<std::pair<int, qint64>> &pending) {
                if (!pending) {
                    m_embedBusy = false;
                    m_embedError[id] = tr("Embedding did not start: %1").arg(pending.error().message);
                    updateQueuePanel();
                    startNextEmbedding();
                    return;
                }
                const auto [passages, tokens] = *pending;
                if (const auto price = pricePerMillion(model); price && passages > 0) {
                    const double cost = double(tokens) * *price / 1e6;
                    const double approved = m_approvedUsd.take(id);
                    if (cost > m_costThreshold && cost > approved * 2) { // the estimate is rough: ask again only when far off
                        const bool go = m_prompts.confirm(
                            this, tr("Embedding cost"),
                            tr("%n passage(s) of \"%1\" (%2 tokens) have no vector of %3 yet. Embedding them will cost about %4. Embed them now?",
                               nullptr, passages)
                                .arg(name, QLocale().toString(tokens), model, formatCost(cost)));
                        if (!go) {
                            m_embedBusy = false;
                            m_embedError[id] = tr("Not embedded: the cost was declined. Embed now starts it; until then search is BM25 only for the "
                                                  "passages without a vector.");
                            updateQueuePanel();
                            startNextEmbedding();
                            return;
                        }
                    }
                }
                m_embed.total = passages;
                m_embed.clock.start();
                m_embedder->embed(id);
                updateQueuePanel();
            });
        return;
    }
    updateQueuePanel();
}

void KnowledgePage::onEmbedProgress(int done, int total, double costUsd)
{
    m_embed.done = done;
    m_embed.total = total;
    m_embed.costUsd = costUsd;
    if (m_embed.collectionId == m_current)
        updateQueuePanel();
}

void KnowledgePage::onEmbedFinished(bool ok, const QString &message)
{
    const qint64 id = m_embed.collectionId;
    m_embedBusy = false;
    if (ok) {
        m_embedError.remove(id);
        if (!message.isEmpty()) // the model changed to has taken over
            m_embedNote[id] = tr("%1 now answers the searches (%2 for embedding).").arg(m_embed.model, formatCost(m_embed.costUsd));
        else if (m_embed.done > 0)
            m_embedNote[id] = tr("Every passage has its vector (%1 for embedding).").arg(formatCost(m_embed.costUsd));
    } else if (!m_embedStopping) {
        m_embedError[id] = tr("Embedding stopped: %1. Embed now tries again; search uses BM25 for the passages without a vector.").arg(message);
    }
    m_embedStopping = false;
    startNextEmbedding();
    refresh();
}

// ------------------------------------------------------------------------------------------------
// Search

void KnowledgePage::setSearchMode(SearchMode mode)
{
    m_mode->setCurrentIndex(m_mode->findData(int(mode)));
}

void KnowledgePage::search(const QString &query)
{
    const auto c = currentCollection();
    if (!c)
        return;
    if (m_query->text() != query)
        m_query->setText(query);
    if (query.trimmed().isEmpty()) {
        m_searchNote->setText(tr("Type what you are looking for."));
        return;
    }
    knowledge::SearchOptions options;
    options.mode = SearchMode(m_mode->currentData().toInt());
    options.topK = m_topK->value();
    const int generation = ++m_searchGeneration;
    m_searching = true;
    m_searchNote->setText(tr("Searching…"));
    m_searchNote->setStyleSheet(QString());
    m_retriever->search(*c, query, options, [this, generation, c = *c, mode = options.mode](Expected<knowledge::SearchResult> r) {
        if (generation != m_searchGeneration)
            return; // a newer search replaced it
        m_searching = false;
        m_results.clear();
        m_resultTable->setRowCount(0);
        m_preview->clear();
        if (!r) {
            QString text = tr("No search: %1.").arg(r.error().message);
            if (mode == SearchMode::Rerank && c.rerankModel.isEmpty())
                text += QLatin1Char(' ') + tr("Choose a rerank model under Edit….");
            else if (c.embedModel.isEmpty())
                text += QLatin1Char(' ') + tr("The collection has no embedding model: search with BM25, or choose a model under Edit….");
            m_searchNote->setText(text);
            m_searchNote->setStyleSheet(ThemeManager::errorStyleSheet());
            Q_EMIT searchFinished();
            return;
        }
        m_results = r->passages;
        m_resultTable->setRowCount(int(m_results.size()));
        const bool fused = r->used == SearchMode::Hybrid || r->used == SearchMode::Rerank;
        const bool reranked = r->used == SearchMode::Rerank;
        for (int i = 0; i < m_results.size(); ++i) {
            const Passage &p = m_results.at(i);
            m_resultTable->setItem(i, RankColumn, numberCell(QString::number(i + 1)));
            auto *source = readOnlyCell(QFileInfo(p.source).fileName());
            source->setToolTip(QDir::toNativeSeparators(p.source));
            m_resultTable->setItem(i, SourceColumn, source);
            m_resultTable->setItem(i, PageColumn, numberCell(p.page > 0 ? QString::number(p.page) : QString()));
            auto *headingCell = readOnlyCell(p.heading);
            headingCell->setToolTip(p.heading);
            m_resultTable->setItem(i, HeadingColumn, headingCell);
            const QString none = QStringLiteral("—");
            m_resultTable->setItem(i, Bm25Column, numberCell(p.score > 0 ? QLocale().toString(p.score, 'f', 2) : none));
            m_resultTable->setItem(i, VectorColumn, numberCell(p.similarity != 0 ? QLocale().toString(p.similarity, 'f', 3) : none));
            m_resultTable->setItem(i, FusedColumn, numberCell(fused ? QLocale().toString(p.fused, 'f', 4) : none));
            QString rerank = none;
            if (reranked && p.rerankRank > 0)
                rerank = tr("%1 (from %2)").arg(p.rerankRank).arg(p.fusedRank);
            m_resultTable->setItem(i, RerankColumn, numberCell(reranked ? rerank : QString()));
            QString text = p.text.simplified();
            if (text.size() > 300)
                text = text.left(299) + QStringLiteral("…");
            auto *textCell = readOnlyCell(text);
            textCell->setToolTip(p.text.left(1200));
            m_resultTable->setItem(i, TextColumn, textCell);
        }
        QStringList note;
        if (m_results.isEmpty())
            note << tr("No passage matches. Try other words, or hybrid search when the collection has an embedding model.");
        else
            note << tr("%n passage(s), best first.", nullptr, int(m_results.size()));
        if (!r->note.isEmpty()) {
            if (c.embedModel.isEmpty() && mode == SearchMode::Hybrid)
                note << tr("BM25 only: the collection has no embedding model (Edit… chooses one).");
            else
                note << r->note + QLatin1Char('.');
        }
        if (reranked)
            note << tr("Reranked by %1.").arg(c.rerankModel);
        const double embedding = r->costUsd - r->rerankCostUsd;
        if (embedding >= 0.0000005) // what formatCost shows as more than nothing
            note << tr("Embedding the query cost %1.").arg(formatCost(embedding));
        if (r->rerankCostUsd >= 0.0000005)
            note << tr("The rerank cost %1.").arg(formatCost(r->rerankCostUsd));
        m_searchNote->setText(note.join(QLatin1Char(' ')));
        if (!m_results.isEmpty())
            m_resultTable->selectRow(0);
        Q_EMIT searchFinished();
    });
}

int KnowledgePage::resultRows() const
{
    return m_resultTable->rowCount();
}

QString KnowledgePage::resultCell(int row, int column) const
{
    const QTableWidgetItem *item = m_resultTable->item(row, column);
    return item ? item->text() : QString();
}

QString KnowledgePage::searchNote() const
{
    return m_searchNote->text();
}

void KnowledgePage::openResult(int row)
{
    if (row < 0 || row >= m_results.size())
        return;
    openSource(m_results.at(row).source);
}

void KnowledgePage::openSource(const QString &source)
{
    if (knowledge::isWebSource(source)) {
        if (!QDesktopServices::openUrl(QUrl(source)))
            m_prompts.error(this, tr("Cannot open the page"), tr("%1 could not be opened: check that a web browser is set up.").arg(source));
        return;
    }
    if (!source.isEmpty() && !QDesktopServices::openUrl(QUrl::fromLocalFile(source)))
        m_prompts.error(
            this, tr("Cannot open the file"),
            tr("%1 could not be opened: check that it still exists and that a program opens its type.").arg(QDir::toNativeSeparators(source)));
}

// ------------------------------------------------------------------------------------------------
// Evaluation

void KnowledgePage::loadGoldenFromStore()
{
    const qint64 id = m_current;
    m_goldenFor = id;
    if (id <= 0) {
        m_golden->clear();
        return;
    }
    onWorker([id](knowledge::KnowledgeStore &store) { return store.golden(id); },
             [this, id](const Expected<QList<knowledge::GoldenQuestion>> &questions) {
                 if (id != m_current)
                     return;
                 if (!questions) {
                     m_evalLabel->setText(tr("The golden questions could not be read: %1").arg(questions.error().message));
                     return;
                 }
                 m_golden->setPlainText(goldenToText(*questions));
             });
}

void KnowledgePage::setGoldenText(const QString &jsonl)
{
    m_golden->setPlainText(jsonl);
}

QString KnowledgePage::goldenText() const
{
    return m_golden->toPlainText();
}

void KnowledgePage::loadGolden()
{
    const QString path = m_prompts.openFile(this, tr("Golden questions"), tr("JSON Lines (*.jsonl *.ndjson *.json);;All files (*)"));
    if (!path.isEmpty())
        loadGoldenFile(path);
}

bool KnowledgePage::loadGoldenFile(const QString &path)
{
    QFile f(path);
    if (f.size() > 16 * 1024 * 1024) {
        m_prompts.error(this, tr("Golden questions"), tr("%1 is larger than 16 MB: golden questions are a few hundred lines.").arg(path));
        return false;
    }
    if (!f.open(QIODevice::ReadOnly)) {
        m_prompts.error(this, tr("Golden questions"), tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
        return false;
    }
    const QByteArray bytes = f.readAll();
    auto parsed = knowledge::parseGolden(bytes);
    if (!parsed) {
        m_prompts.error(
            this, tr("Golden questions"),
            tr("%1: %2\n\nEach line is one JSON object with \"question\" and \"sources\" (and \"phrase\" when a passage must contain it).")
                .arg(QDir::toNativeSeparators(path), parsed.error().message));
        return false;
    }
    m_golden->setPlainText(QString::fromUtf8(bytes).trimmed());
    m_evalLabel->setText(tr("%n golden question(s) loaded; Run evaluation saves them with the collection.", nullptr, int(parsed->size())));
    return true;
}

void KnowledgePage::runEvaluation()
{
    const auto c = currentCollection();
    if (!c || m_evaluator)
        return;
    auto questions = knowledge::parseGolden(m_golden->toPlainText().toUtf8());
    if (!questions) {
        m_evalStatus = tr("The golden questions have a problem: %1").arg(questions.error().message);
        m_evalLabel->setText(m_evalStatus);
        m_evalLabel->setStyleSheet(ThemeManager::errorStyleSheet());
        Q_EMIT evaluationFinished();
        return;
    }
    if (questions->isEmpty()) {
        m_evalStatus = tr("Write golden questions first (one JSON object a line, see above), or load a file.");
        m_evalLabel->setText(m_evalStatus);
        m_evalLabel->setStyleSheet(ThemeManager::errorStyleSheet());
        Q_EMIT evaluationFinished();
        return;
    }
    m_evalLabel->setStyleSheet(QString());
    router::Router *router = m_context.routerHost() ? &m_context.routerHost()->router() : nullptr;
    auto *evaluator = new knowledge::Evaluator(router, m_context.database(), this);
    m_evaluator = evaluator;
    const int k = m_evalK->value();
    m_evalTable->setRowCount(0);
    m_evalTable->horizontalHeaderItem(4)->setText(tr("Recall@%1").arg(k));
    m_evalProgress->setRange(0, 0);
    m_evalProgress->show();
    m_evalStatus = tr("Saving the questions…");
    m_evalLabel->setText(m_evalStatus);
    updateActions();
    connect(evaluator, &knowledge::Evaluator::progress, this, [this](int done, int total) {
        m_evalProgress->setRange(0, std::max(1, total));
        m_evalProgress->setValue(done);
        m_evalStatus = tr("Evaluating: %1 of %2 searches").arg(done).arg(total);
        m_evalLabel->setText(m_evalStatus);
    });
    connect(evaluator, &knowledge::Evaluator::finished, this,
            [this, evaluator, k, n = int(questions->size())](const QList<knowledge::ModeScore> &scores) {
                m_evalTable->setRowCount(int(scores.size()));
                double cost = 0;
                for (int i = 0; i < scores.size(); ++i) {
                    const knowledge::ModeScore &s = scores.at(i);
                    cost += s.costUsd;
                    const QString names[] = {tr("BM25"), tr("Vector"), tr("Hybrid"), tr("Rerank")};
                    m_evalTable->setItem(i, 0, readOnlyCell(names[int(s.mode)]));
                    m_evalTable->setItem(i, 1, numberCell(QString::number(s.questions)));
                    const bool ran = s.questions > 0;
                    auto figure = [ran](double v) { return numberCell(ran ? QLocale().toString(v, 'f', 3) : QStringLiteral("—")); };
                    m_evalTable->setItem(i, 2, figure(s.recallAt1));
                    m_evalTable->setItem(i, 3, figure(s.recallAt5));
                    m_evalTable->setItem(i, 4, figure(s.recallAtK));
                    m_evalTable->setItem(i, 5, figure(s.mrr));
                    m_evalTable->setItem(i, 6, figure(s.citationCorrect));
                    auto *note = readOnlyCell(s.note);
                    note->setToolTip(s.note);
                    m_evalTable->setItem(i, 7, note);
                }
                m_evalStatus = tr("%n golden question(s), the top %1 passages of each search.", nullptr, n).arg(k);
                if (cost >= 0.0000005)
                    m_evalStatus += QLatin1Char(' ') + tr("The searches' model calls cost %1.").arg(formatCost(cost));
                m_evalLabel->setText(m_evalStatus);
                m_evalProgress->hide();
                evaluator->deleteLater();
                m_evaluator = nullptr;
                updateActions();
                Q_EMIT evaluationFinished();
            });
    connect(evaluator, &knowledge::Evaluator::failed, this, [this, evaluator](const QString &message) {
        m_evalStatus = tr("The evaluation stopped: %1").arg(message);
        m_evalLabel->setText(m_evalStatus);
        m_evalLabel->setStyleSheet(ThemeManager::errorStyleSheet());
        m_evalProgress->hide();
        evaluator->deleteLater();
        m_evaluator = nullptr;
        updateActions();
        Q_EMIT evaluationFinished();
    });
    // stored with the collection (as kb eval --golden does), then run
    onWorker([id = c->id, q = *questions](knowledge::KnowledgeStore &store) { return store.setGolden(id, q); },
             [this, evaluator, c = *c, q = *questions, k](const Expected<int> &stored) {
                 if (m_evaluator != evaluator)
                     return; // cancelled meanwhile
                 if (!stored) {
                     Q_EMIT evaluator->failed(stored.error().message);
                     return;
                 }
                 evaluator->run(c, q, {SearchMode::Bm25, SearchMode::Vector, SearchMode::Hybrid, SearchMode::Rerank}, k);
             });
}

void KnowledgePage::cancelEvaluation()
{
    if (!m_evaluator)
        return;
    m_evaluator->disconnect(this);
    m_evaluator->deleteLater();
    m_evaluator = nullptr;
    m_evalProgress->hide();
    m_evalStatus = tr("Evaluation cancelled.");
    m_evalLabel->setText(m_evalStatus);
    updateActions();
    Q_EMIT evaluationFinished();
}

int KnowledgePage::evaluationRows() const
{
    return m_evalTable->rowCount();
}

QString KnowledgePage::evaluationCell(int row, int column) const
{
    const QTableWidgetItem *item = m_evalTable->item(row, column);
    return item ? item->text() : QString();
}

QString KnowledgePage::evaluationStatus() const
{
    return m_evalStatus;
}

void KnowledgePage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

KnowledgePage::Tab KnowledgePage::currentTab() const
{
    return Tab(m_tabs->currentIndex());
}

// ------------------------------------------------------------------------------------------------
// Theme, drag and drop

void KnowledgePage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange && m_evalTable) {
        for (QTableView *table :
             {static_cast<QTableView *>(m_files), static_cast<QTableView *>(m_resultTable), static_cast<QTableView *>(m_evalTable)})
            widenToHeaders(table->horizontalHeader());
    }
    if (event->type() != QEvent::PaletteChange && event->type() != QEvent::ApplicationPaletteChange)
        return;
    // the error colour of the other theme was unreadable on this one
    for (QLabel *label : {m_queueLabel, m_searchNote, m_evalLabel}) {
        if (label && !label->styleSheet().isEmpty())
            label->setStyleSheet(ThemeManager::errorStyleSheet());
    }
}

namespace {

QStringList localPaths(const QMimeData *mime)
{
    QStringList out;
    if (!mime || !mime->hasUrls())
        return out;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            out << url.toLocalFile();
    }
    return out;
}

// Links to web pages (text/uri-list with http or https URLs).
QStringList webUrls(const QMimeData *mime)
{
    QStringList out;
    if (!mime || !mime->hasUrls())
        return out;
    for (const QUrl &url : mime->urls()) {
        const QString text = url.toString(QUrl::FullyEncoded);
        if (!url.isLocalFile() && knowledge::isWebSource(text))
            out << text;
    }
    return out;
}

bool importable(const QMimeData *mime)
{
    return !localPaths(mime).isEmpty() || !webUrls(mime).isEmpty();
}

} // namespace

void KnowledgePage::dragEnterEvent(QDragEnterEvent *event)
{
    if (!importable(event->mimeData()))
        return;
    event->acceptProposedAction();
    const auto c = currentCollection();
    m_dropHint->setText(c ? tr("Drop to import into \"%1\"").arg(c->name) : tr("Create a collection first"));
    m_dropHint->show();
}

void KnowledgePage::dragMoveEvent(QDragMoveEvent *event)
{
    if (importable(event->mimeData()))
        event->acceptProposedAction();
}

void KnowledgePage::dragLeaveEvent(QDragLeaveEvent *event)
{
    m_dropHint->hide();
    QWidget::dragLeaveEvent(event);
}

void KnowledgePage::dropEvent(QDropEvent *event)
{
    m_dropHint->hide();
    const QStringList paths = localPaths(event->mimeData());
    const QStringList urls = webUrls(event->mimeData());
    if (paths.isEmpty() && urls.isEmpty())
        return;
    event->acceptProposedAction();
    if (!paths.isEmpty())
        addPaths(paths);
    if (!urls.isEmpty())
        addUrls(urls);
}

} // namespace sb::ui
