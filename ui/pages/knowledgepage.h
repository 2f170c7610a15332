#pragma once

#include "common/async.h"
#include "knowledge/evaluation.h"
#include "knowledge/ingest.h"
#include "knowledge/retrieval.h"
#include "knowledge/store.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTableWidget;
class QTextBrowser;
class QTimer;

namespace sb::knowledge {
class FolderWatcher;
}

namespace sb::ui {

class AppContext;
class DocumentsModel;
class Prompts;

namespace knowledgepage {
struct Snapshot;
}

// The knowledge base: collections (created and edited with their embedding model, passage settings,
// OCR language and globs), their files with status, passages and the reasons of failures, the import
// queue (progress, pause, resume, cancel, retry; embedding with its cost), a search box that shows
// ranked passages with their BM25, vector and fused scores, and the retrieval evaluation over golden
// questions. Files, folders and web pages (http(s) URLs) are added with buttons or dropped onto the
// page. The folders of collections with watch on are followed while the page lives (a FolderWatcher on
// the page's Ingestor). The store's work runs on worker threads (async::Serial, the Ingestor's queue);
// embedding and searches go through the router.
class KnowledgePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KnowledgePage)

public:
    enum class Tab { Files, Search, Evaluation };

    KnowledgePage(AppContext &context, Prompts &prompts, QWidget *parent = nullptr);
    ~KnowledgePage() override;

    // Collections. create/update run in the background; collectionsChanged() follows, errors go to Prompts.
    void createCollection(const knowledge::Collection &collection);
    // A changed embedding model starts embedding with it (the old one answers until it is complete);
    // changed passage settings ask whether to cut every document again.
    void updateCollection(const knowledge::Collection &changed);
    void newCollection(); // the dialog
    void editCollection(); // the dialog, for the selected collection
    void deleteCollection(); // the selected one, after asking
    QStringList collectionNames() const;
    bool selectCollection(const QString &name);
    std::optional<knowledge::Collection> currentCollection() const;
    QString collectionSummary() const; // the line under the collection's name

    // Files of the selected collection.
    void addPaths(const QStringList &paths); // files and folders; asks first when embedding them will cost more than the threshold
    void addFiles(); // the file dialog
    void addFolder();
    void addUrl(); // the dialog
    // Web pages; a line that is not an http(s) URL refuses them all with its reason (Prompts::error).
    void addUrls(const QStringList &urls);
    void removeSelectedFiles(); // after asking (Delete)
    void selectFiles(const QStringList &sources);
    void reindex(); // after asking
    int fileRows() const;
    QList<knowledge::Document> documents() const;

    // The queue of the selected collection.
    void pauseQueue();
    void resumeQueue();
    void cancelQueue();
    void retryFailed();
    void embedNow();
    QString queueText() const;
    bool isBusy() const; // imports waiting or running, embedding, a search, an evaluation or store work
    // Above this estimated embedding cost (US dollars) an import or embedding asks first.
    void setCostThreshold(double usd) { m_costThreshold = usd; }
    double costThreshold() const { return m_costThreshold; }

    // Search.
    void setSearchMode(knowledge::SearchMode mode);
    void search(const QString &query);
    int resultRows() const;
    QString resultCell(int row, int column) const;
    QString searchNote() const;
    void openResult(int row); // the passage's file (QDesktopServices)

    // Evaluation.
    void setGoldenText(const QString &jsonl);
    QString goldenText() const;
    void loadGolden(); // the file dialog
    bool loadGoldenFile(const QString &path);
    void runEvaluation();
    void cancelEvaluation();
    int evaluationRows() const;
    QString evaluationCell(int row, int column) const;
    QString evaluationStatus() const;

    void showTab(Tab tab);
    Tab currentTab() const;

Q_SIGNALS:
    void collectionsChanged(); // the list shows what the store holds
    void documentsShown(); // the files table shows the selected collection's documents
    void queueChanged();
    void searchFinished();
    void evaluationFinished();

protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    struct ImportRun {
        int done = 0;
        int total = 0;
        int chunks = 0;
        qint64 tokens = 0;
        int failed = 0;
        int doneAtRefresh = 0;
        bool active = false;
        QElapsedTimer clock;
    };
    struct EmbedRun {
        qint64 collectionId = 0;
        QString model;
        int done = 0;
        int total = 0;
        double costUsd = 0;
        QElapsedTimer clock;
    };

    QWidget *buildCollectionsPanel();
    QWidget *buildQueuePanel();
    QWidget *buildFilesTab();
    QWidget *buildSearchTab();
    QWidget *buildEvaluationTab();
    void buildShortcuts();

    // Reads collections, their stats and the selected collection's documents on the worker.
    void refresh();
    void scheduleRefresh(); // coalesced while an import runs
    void applySnapshot(const knowledgepage::Snapshot &snapshot);
    void showCollection();
    void updateQueuePanel();
    void updateActions();
    void loadGoldenFromStore();

    // Store work on the page's worker; errors go to Prompts with `title`.
    template<typename Work, typename Done> void onWorker(Work work, Done done);
    void storeFailed(const QString &what, const QString &message);

    ImportRun &beginImport(qint64 collectionId); // the collection's run, started now unless one is going
    void openSource(const QString &source);
    void onJobFinished(const knowledge::JobOutcome &outcome);
    void onQueued(qint64 collectionId, int added, int removals);
    void onIngestIdle();
    // Watches the folders of the collections with watch on (what the last refresh read), unwatches the rest.
    void updateWatching();
    void onSyncing(qint64 collectionId);
    QString watchText(const knowledge::Collection &c) const; // the summary's line about watching
    void queueEmbedding(qint64 collectionId);
    void startNextEmbedding();
    void onEmbedProgress(int done, int total, double costUsd);
    void onEmbedFinished(bool ok, const QString &message);
    std::optional<double> pricePerMillion(const QString &model);
    QStringList embeddingModels();
    QStringList chatModels(); // for the rerank: what the router offers that does not embed
    bool isPaused(qint64 collectionId) const;

    AppContext &m_context;
    Prompts &m_prompts;
    std::shared_ptr<knowledge::KnowledgeStore> m_store;
    knowledge::Ingestor *m_ingestor = nullptr;
    knowledge::Embedder *m_embedder = nullptr;
    knowledge::Retriever *m_retriever = nullptr;
    knowledge::FolderWatcher *m_watcher = nullptr;
    QPointer<knowledge::Evaluator> m_evaluator;

    QList<knowledge::Collection> m_collections;
    QHash<qint64, knowledge::CollectionStats> m_stats;
    QHash<qint64, QStringList> m_folders; // imported folders per collection (what watching covers)
    QHash<qint64, QStringList> m_watched; // what the watcher follows per collection
    QSet<qint64> m_changeSeen; // a change waits for the debounce before its sync
    QHash<qint64, QDateTime> m_syncedAt; // when the last sync was queued
    qint64 m_current = 0;
    int m_pendingVectors = 0; // of the selected collection's model
    QHash<qint64, ImportRun> m_imports;
    EmbedRun m_embed;
    bool m_embedBusy = false; // starting or running
    bool m_embedStopping = false; // cancelled on purpose (pause, cancel, a new model): not an error
    QHash<qint64, QString> m_embedNote; // how the last embedding of a collection ended
    QList<qint64> m_embedQueue;
    QSet<qint64> m_touched; // imported something: embedded when the queue is idle
    QSet<qint64> m_paused;
    QSet<qint64> m_embedPaused; // embedding stopped by Pause: Resume starts it again
    QSet<qint64> m_scanning; // added, being counted before they are queued
    QSet<qint64> m_deleting;
    QHash<qint64, double> m_approvedUsd; // what the user agreed to spend on embedding a collection's import
    QHash<qint64, QString> m_embedError;
    qint64 m_goldenFor = 0; // the collection whose golden questions the editor holds
    double m_costThreshold = 1.0;
    int m_searchGeneration = 0;
    bool m_searching = false;
    bool m_refreshing = false;
    bool m_panelUpdatePending = false; // the queue panel's update after finished jobs is queued
    bool m_refreshAgain = false;
    bool m_selectingCollection = false;
    QString m_pendingSelection; // a collection just created: selected once listed
    QList<knowledge::Passage> m_results;
    QString m_evalStatus;

    QListWidget *m_collectionList = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_dropHint = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_queueLabel = nullptr;
    QPushButton *m_pauseButton = nullptr;
    QPushButton *m_resumeButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_retryButton = nullptr;
    QPushButton *m_embedButton = nullptr;
    QTabWidget *m_tabs = nullptr;
    DocumentsModel *m_documents = nullptr;
    QSortFilterProxyModel *m_documentsSorted = nullptr;
    QTableView *m_files = nullptr;
    QLineEdit *m_fileFilter = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QPushButton *m_addFilesButton = nullptr;
    QPushButton *m_addFolderButton = nullptr;
    QPushButton *m_addUrlButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_reindexButton = nullptr;
    QLineEdit *m_query = nullptr;
    QComboBox *m_mode = nullptr;
    QSpinBox *m_topK = nullptr;
    QPushButton *m_searchButton = nullptr;
    QLabel *m_searchNote = nullptr;
    QTableWidget *m_resultTable = nullptr;
    QTextBrowser *m_preview = nullptr;
    QPlainTextEdit *m_golden = nullptr;
    QSpinBox *m_evalK = nullptr;
    QPushButton *m_loadGoldenButton = nullptr;
    QPushButton *m_runEvalButton = nullptr;
    QPushButton *m_cancelEvalButton = nullptr;
    QProgressBar *m_evalProgress = nullptr;
    QLabel *m_evalLabel = nullptr;
    QTableWidget *m_evalTable = nullptr;
    QTimer *m_refreshTimer = nullptr;

    async::Serial m_serial; // last: destroyed first, waiting for the store's work
};

} // namespace sb::ui
