#include "appcontext.h"
#include "engine/engine.h"
#include "fakesite.h"
#include "fakeupstream.h"
#include "i18n.h"
#include "knowledge/documents.h"
#include "knowledge/evaluation.h"
#include "knowledge/ingest.h"
#include "knowledge/retrieval.h"
#include "knowledge/store.h"
#include "knowledge/watcher.h"
#include "pages/knowledge/collectiondialog.h"
#include "pages/knowledge/documentsmodel.h"
#include "pages/knowledge/urldialog.h"
#include "pages/knowledgepage.h"
#include "router/router.h"
#include "testpaths.h"
#include "theme.h"
#include "uitest.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace sb;
using namespace sb::ui;
using namespace sb::uitest;
using knowledge::Collection;
using knowledge::Document;
namespace fk = sb::fakes;

namespace {

const QString kModel = QStringLiteral("fake/text-embedding-3-small");
const QString kChatModel = QStringLiteral("fake/gpt-4o-mini");

// Receives what QDesktopServices::openUrl would hand to the desktop.
class UrlCatcher final : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened << url; }
};

// Runs `act` on the modal dialog of type D once its exec() shows it (tried again on each turn of the
// event loop, a limited number of times).
template<typename D> void onModal(QObject *context, std::function<void(D *)> act, int tries = 500)
{
    QTimer::singleShot(0, context, [context, act = std::move(act), tries]() mutable {
        if (auto *dialog = qobject_cast<D *>(QApplication::activeModalWidget()))
            act(dialog);
        else if (tries > 0)
            onModal<D>(context, std::move(act), tries - 1);
    });
}

QPushButton *okButton(QDialog *dialog)
{
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

QString documentFeaturesNote()
{
    return QStringLiteral("built without poppler-qt6, libzip or Tesseract (scripts/deps.sh installs them)");
}

} // namespace

// The Knowledge page against the real knowledge base: the store in the app's database, the Ingestor's
// queue, embeddings through the router to a fake OpenAI upstream whose vectors put texts sharing words
// near each other, searches and evaluations through the core's Retriever and Evaluator.
class TestKnowledgePage : public QObject
{
    Q_OBJECT

private:
    struct Fixture : AppFixture {
        fk::FakeUpstream up{fk::Dialects(fk::Dialect::OpenAiChat)};
        KnowledgePage *page = nullptr;
        QTemporaryDir files;

        bool start(QSize size = {1366, 768})
        {
            if (!up.listen())
                return false;
            fk::ReplyScript reply;
            reply.embeddingDimensions = 64;
            up.setReply(reply);
            storeKey(QStringLiteral("sk-test"));
            if (!open() || !startEngine([this](Workspace &ws) { ws.providers = {provider("fake", "openai", up.baseUrl())}; }))
                return false;
            if (!showWindow(size, QStringLiteral("knowledge")))
                return false;
            page = window->knowledgePage();
            return page && QTest::qWaitFor([this] { return !page->isBusy(); }, 10000);
        }

        bool quiet(int ms = 120000)
        {
            // twice: a finished import starts embedding, a finished embedding refreshes
            if (!QTest::qWaitFor([this] { return !page->isBusy(); }, ms))
                return false;
            QTest::qWait(50);
            return QTest::qWaitFor([this] { return !page->isBusy(); }, ms);
        }

        bool create(const QString &name, const QString &model = {}, int chunkTokens = 400)
        {
            Collection c;
            c.name = name;
            c.embedModel = model;
            c.chunkTokens = chunkTokens;
            page->createCollection(c);
            return QTest::qWaitFor([&] { return page->currentCollection() && page->currentCollection()->name == name; }, 10000) && quiet();
        }

        knowledge::KnowledgeStore store() const { return knowledge::KnowledgeStore(context->database()); }

        // n text files in a new folder, each about its own number
        QString textFolder(const QString &name, int n, const QString &version = QStringLiteral("first"))
        {
            const QString folder = files.filePath(name);
            QDir().mkpath(folder);
            for (int i = 0; i < n; ++i) {
                QFile f(QDir(folder).filePath(QStringLiteral("note-%1.md").arg(i, 3, 10, QLatin1Char('0'))));
                if (!f.open(QIODevice::WriteOnly))
                    return {};
                f.write(
                    QStringLiteral("# Note %1\n\nThis note talks about item %1 of the %2 folder, %3 version.\n").arg(i).arg(name, version).toUtf8());
            }
            return folder;
        }

        std::optional<Document> document(const QString &fileName) const
        {
            for (const Document &d : page->documents()) {
                if (QFileInfo(d.source).fileName() == fileName)
                    return d;
            }
            return std::nullopt;
        }

        QPushButton *button(const char *name) const { return page->findChild<QPushButton *>(QLatin1String(name)); }

        // What the chat completions (the rerank) answer from now on.
        void answer(const QString &text)
        {
            fk::ReplyScript reply = up.reply();
            reply.text = text;
            up.setReply(reply);
        }

        // The core's scores of the current collection's golden questions in every mode.
        QList<knowledge::ModeScore> coreScores(const QString &golden, int k = 10) const
        {
            knowledge::Evaluator evaluator(&context->routerHost()->router(), context->database());
            QSignalSpy done(&evaluator, &knowledge::Evaluator::finished);
            evaluator.run(*page->currentCollection(), knowledge::parseGolden(golden.toUtf8()).value(),
                          {knowledge::SearchMode::Bm25, knowledge::SearchMode::Vector, knowledge::SearchMode::Hybrid, knowledge::SearchMode::Rerank},
                          k);
            if (done.count() == 0 && !done.wait(30000))
                return {};
            return done.first().first().value<QList<knowledge::ModeScore>>();
        }

        // The evaluation table shows what the core scores.
        bool showsScores(const QList<knowledge::ModeScore> &scores, QString *why) const
        {
            const QStringList modes{QStringLiteral("BM25"), QStringLiteral("Vector"), QStringLiteral("Hybrid"), QStringLiteral("Rerank")};
            if (scores.size() != 4 || page->evaluationRows() != 4) {
                *why = QStringLiteral("%1 scores, %2 rows").arg(scores.size()).arg(page->evaluationRows());
                return false;
            }
            for (int i = 0; i < 4; ++i) {
                const knowledge::ModeScore &s = scores.at(i);
                auto figure = [&s](double v) { return s.questions > 0 ? QLocale().toString(v, 'f', 3) : QStringLiteral("—"); };
                const QStringList want{modes.at(i),
                                       QString::number(s.questions),
                                       figure(s.recallAt1),
                                       figure(s.recallAt5),
                                       figure(s.recallAtK),
                                       figure(s.mrr),
                                       figure(s.citationCorrect),
                                       s.note};
                for (int column = 0; column < want.size(); ++column) {
                    if (page->evaluationCell(i, column) != want.at(column)) {
                        *why
                            = QStringLiteral("row %1 column %2: %3, not %4").arg(i).arg(column).arg(page->evaluationCell(i, column), want.at(column));
                        return false;
                    }
                }
            }
            return true;
        }
    };

private Q_SLOTS:
    void initTestCase()
    {
        ThemeManager::captureSystemDefaults();
        QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 10));
        QCOMPARE(installTranslations(QStringLiteral("en")), QStringLiteral("en"));
    }
    void cleanup()
    {
        ThemeManager::apply(Theme::Light);
        installTranslations(QStringLiteral("en"));
    }

    // The fixtures of every kind (some broken) imported, embedded, searched and evaluated.
    void importSearchEvaluate()
    {
        const QStringList features = knowledge::documentFeatures();
        if (!features.contains(QLatin1String("pdf")) || !features.contains(QLatin1String("docx")) || !features.contains(QLatin1String("ocr")))
            QSKIP(qPrintable(documentFeaturesNote()));
        Fixture f;
        QVERIFY(f.start());
        QVERIFY(f.create(QStringLiteral("handbook"), kModel));
        QVERIFY2(f.page->collectionSummary().contains(QStringLiteral("Hybrid search with %1").arg(kModel)), qPrintable(f.page->collectionSummary()));

        const QString fixtures = sb::testing::fixturePath(QStringLiteral("knowledge"));
        const int onDisk = int(QDir(fixtures).entryList(QDir::Files | QDir::NoDotAndDotDot).size());
        f.page->addPaths({fixtures});
        QVERIFY(f.quiet());
        QCOMPARE(f.page->documents().size(), onDisk);
        QCOMPARE(f.page->fileRows(), onDisk);

        // the broken ones with their reasons, the rest with passages
        const QHash<QString, QString> broken{{QStringLiteral("fake.pdf"), QStringLiteral("is not a PDF")},
                                             {QStringLiteral("broken.docx"), QStringLiteral("broken.docx")},
                                             {QStringLiteral("broken.epub"), QStringLiteral("broken.epub")},
                                             {QStringLiteral("notzip.odt"), QStringLiteral("notzip.odt")}};
        int chunks = 0;
        for (const Document &d : f.page->documents()) {
            const QString name = QFileInfo(d.source).fileName();
            if (broken.contains(name)) {
                QCOMPARE(d.status, Document::Status::Failed);
                QVERIFY2(d.error.contains(broken.value(name)), qPrintable(name + QStringLiteral(": ") + d.error));
            } else {
                QVERIFY2(d.status == Document::Status::Ok, qPrintable(name + QStringLiteral(": ") + d.error));
                QVERIFY2(d.chunks > 0, qPrintable(name));
                chunks += d.chunks;
            }
        }
        // the table shows the reason beside the status
        auto *table = f.page->findChild<QTableView *>(QStringLiteral("knowledgeFiles"));
        QVERIFY(table);
        bool reasonShown = false;
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            if (table->model()->index(r, 0).data().toString() == QLatin1String("fake.pdf")) {
                QCOMPARE(table->model()->index(r, 2).data().toString(), QStringLiteral("failed"));
                reasonShown = table->model()->index(r, 5).data().toString().contains(QLatin1String("is not a PDF"));
            }
        }
        QVERIFY(reasonShown);
        QVERIFY2(f.page->queueText().contains(QStringLiteral("Last import: %1 of %2 files imported, 4 not imported").arg(onDisk - 4).arg(onDisk)),
                 qPrintable(f.page->queueText()));
        // every passage embedded through the router (the fake upstream)
        QVERIFY2(f.page->collectionSummary().contains(QStringLiteral("%1 of %1 passages embedded").arg(chunks)),
                 qPrintable(f.page->collectionSummary()));
        QCOMPARE(f.store().countWithoutVector(f.page->currentCollection()->id, kModel).value(), 0);
        QVERIFY(f.up.requestCount() > 0);
        saveScreenshot(f.window.get(), QStringLiteral("knowledge-files-light"));

        // search: hybrid, with BM25, vector and fused scores, the same as the core's
        f.page->showTab(KnowledgePage::Tab::Search);
        QSignalSpy searched(f.page, &KnowledgePage::searchFinished);
        const QString query = QStringLiteral("claim expenses within thirty days");
        f.page->search(query);
        QVERIFY(searched.wait(10000));
        QVERIFY2(f.page->resultRows() > 0, qPrintable(f.page->searchNote()));
        QCOMPARE(f.page->resultCell(0, 1), QStringLiteral("handbook.pdf"));
        QVERIFY(f.page->resultCell(0, 4).toDouble() > 0);
        QVERIFY(f.page->resultCell(0, 5).toDouble() > 0);
        QVERIFY(f.page->resultCell(0, 6).toDouble() > 0);
        {
            knowledge::Retriever retriever(&f.context->routerHost()->router(), f.context->database());
            std::optional<Expected<knowledge::SearchResult>> expected;
            knowledge::SearchOptions o;
            o.topK = 10;
            retriever.search(*f.page->currentCollection(), query, o, [&expected](Expected<knowledge::SearchResult> r) { expected = std::move(r); });
            QVERIFY(QTest::qWaitFor([&] { return expected.has_value(); }, 10000));
            QVERIFY(expected->hasValue());
            const auto &passages = (*expected)->passages;
            QCOMPARE(f.page->resultRows(), int(passages.size()));
            for (int i = 0; i < passages.size(); ++i) {
                QCOMPARE(f.page->resultCell(i, 1), QFileInfo(passages.at(i).source).fileName());
                QCOMPARE(f.page->resultCell(i, 2), passages.at(i).page > 0 ? QString::number(passages.at(i).page) : QString());
                QCOMPARE(f.page->resultCell(i, 4), passages.at(i).score > 0 ? QLocale().toString(passages.at(i).score, 'f', 2) : QStringLiteral("—"));
                QCOMPARE(f.page->resultCell(i, 5),
                         passages.at(i).similarity != 0 ? QLocale().toString(passages.at(i).similarity, 'f', 3) : QStringLiteral("—"));
                QCOMPARE(f.page->resultCell(i, 6), QLocale().toString(passages.at(i).fused, 'f', 4));
            }
        }
        saveScreenshot(f.window.get(), QStringLiteral("knowledge-search-light"));
        ThemeManager::apply(Theme::Dark);
        saveScreenshot(f.window.get(), QStringLiteral("knowledge-search-dark"));
        ThemeManager::apply(Theme::Light);

        // BM25 alone: no vector or fused score
        f.page->setSearchMode(knowledge::SearchMode::Bm25);
        f.page->search(query);
        QVERIFY(searched.wait(10000));
        QCOMPARE(f.page->resultCell(0, 1), QStringLiteral("handbook.pdf"));
        QCOMPARE(f.page->resultCell(0, 5), QStringLiteral("—"));
        QCOMPARE(f.page->resultCell(0, 6), QStringLiteral("—"));

        // a double-click opens the passage's file
        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &catcher, "open");
        auto *results = f.page->findChild<QTableWidget *>(QStringLiteral("knowledgeResults"));
        const QRect cell = results->visualItemRect(results->item(0, 1));
        // (a click first: the item view opens on a double-click only where the press landed)
        QTest::mouseClick(results->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(results->viewport(), Qt::LeftButton, {}, cell.center());
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
        QVERIFY2(f.prompts.errors.isEmpty(), qPrintable(f.prompts.errors.join(QLatin1Char('|'))));
        QCOMPARE(catcher.opened.size(), 1);
        QCOMPARE(catcher.opened.first().toLocalFile(), QDir(fixtures).absoluteFilePath(QStringLiteral("handbook.pdf")));

        // evaluation: BM25, vector and hybrid scored as the core scores them
        f.page->showTab(KnowledgePage::Tab::Evaluation);
        const QString golden = QStringLiteral(
            "{\"question\": \"When must expenses be claimed?\", \"sources\": [\"handbook.pdf\"], \"phrase\": \"thirty days\"}\n"
            "{\"question\": \"Who do new hires meet on the first day?\", \"sources\": [\"guide.docx\"]}\n"
            "{\"question\": \"What did the lighthouse keeper count?\", \"sources\": [\"story.epub\"]}\n"
            "{\"question\": \"What does version two add?\", \"sources\": [\"notes.odt\"], \"phrase\": \"offline\"}");
        QSignalSpy evaluated(f.page, &KnowledgePage::evaluationFinished);
        f.page->setGoldenText(QStringLiteral("{\"question\": \"no sources\"}"));
        f.page->runEvaluation();
        QCOMPARE(evaluated.count(), 1);
        QVERIFY2(f.page->evaluationStatus().contains(QLatin1String("line 1")), qPrintable(f.page->evaluationStatus()));
        f.page->setGoldenText(golden);
        f.page->runEvaluation();
        QVERIFY(evaluated.wait(30000));
        QCOMPARE(f.store().golden(f.page->currentCollection()->id)->size(), 4);
        // four configurations; without a rerank model the rerank row says so and scores nothing
        QList<knowledge::ModeScore> scores = f.coreScores(golden);
        QString why;
        QVERIFY2(f.showsScores(scores, &why), qPrintable(why));
        QCOMPARE(f.page->evaluationCell(0, 1), QStringLiteral("4"));
        QCOMPARE(f.page->evaluationCell(3, 1), QStringLiteral("0"));
        QCOMPARE(f.page->evaluationCell(3, 7), QStringLiteral("no rerank: the collection has no rerank model"));
        QVERIFY(scores.first().recallAtK > 0); // BM25 finds them: the questions share words with their passages

        // a rerank model (one that puts the second passage first): the collection's summary, the search and the evaluation show it
        Collection reranked = *f.page->currentCollection();
        reranked.rerankModel = kChatModel;
        reranked.rerankCandidates = 10;
        f.page->updateCollection(reranked);
        QVERIFY(f.quiet());
        QVERIFY2(f.page->collectionSummary().contains(QStringLiteral("Models get the best 10 passages reranked by %1.").arg(kChatModel)),
                 qPrintable(f.page->collectionSummary()));
        f.answer(QStringLiteral("[2, 1]"));
        f.page->showTab(KnowledgePage::Tab::Search);
        f.page->setSearchMode(knowledge::SearchMode::Rerank);
        f.page->search(query);
        QVERIFY(searched.wait(10000));
        QVERIFY2(f.page->searchNote().contains(QStringLiteral("Reranked by %1.").arg(kChatModel)), qPrintable(f.page->searchNote()));
        QVERIFY2(f.page->searchNote().contains(QLatin1String("The rerank cost $")), qPrintable(f.page->searchNote()));
        QCOMPARE(f.page->resultCell(0, 7), QStringLiteral("1 (from 2)"));
        QCOMPARE(f.page->resultCell(1, 7), QStringLiteral("2 (from 1)"));
        QCOMPARE(f.page->resultCell(2, 7), QStringLiteral("—")); // left out by the model: the fused order follows
        saveScreenshot(f.window.get(), QStringLiteral("knowledge-rerank-search-light"));
        f.page->showTab(KnowledgePage::Tab::Evaluation);
        f.page->runEvaluation();
        QVERIFY(evaluated.wait(30000));
        scores = f.coreScores(golden);
        QVERIFY2(f.showsScores(scores, &why), qPrintable(why));
        QCOMPARE(scores.at(3).questions, 4);
        QVERIFY2(scores.at(3).note.isEmpty(), qPrintable(scores.at(3).note));
        QVERIFY2(f.page->evaluationStatus().contains(QLatin1String("model calls cost $")), qPrintable(f.page->evaluationStatus()));
        saveScreenshot(f.window.get(), QStringLiteral("knowledge-evaluation-light"));
        ThemeManager::apply(Theme::Dark);
        saveScreenshot(f.window.get(), QStringLiteral("knowledge-evaluation-dark"));
        f.page->showTab(KnowledgePage::Tab::Files);
        saveScreenshot(f.window.get(), QStringLiteral("knowledge-files-dark"));
    }

    // Without an embedding model: BM25 only, and it says so.
    void withoutModelSearchIsBm25()
    {
        Fixture f;
        QVERIFY(f.start());
        QVERIFY(f.create(QStringLiteral("notes")));
        QVERIFY2(f.page->collectionSummary().contains(QLatin1String("BM25 only")), qPrintable(f.page->collectionSummary()));
        f.page->addPaths({f.textFolder(QStringLiteral("plain"), 5)});
        QVERIFY(f.quiet());
        QCOMPARE(f.page->documents().size(), 5);
        QCOMPARE(f.up.requestCount(), 0); // nothing to embed, nobody called
        // Ctrl+F: the Search tab, the query box focused
        f.page->showTab(KnowledgePage::Tab::Files);
        f.page->findChild<QTableView *>(QStringLiteral("knowledgeFiles"))->setFocus();
        QTest::keyClick(f.window.get(), Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(f.page->currentTab(), KnowledgePage::Tab::Search);
        QTRY_VERIFY(f.page->findChild<QLineEdit *>(QStringLiteral("knowledgeQuery"))->hasFocus());
        QSignalSpy searched(f.page, &KnowledgePage::searchFinished);
        f.page->search(QStringLiteral("item 3"));
        QVERIFY(searched.wait(10000));
        QVERIFY(f.page->resultRows() > 0);
        QCOMPARE(f.page->resultCell(0, 1), QStringLiteral("note-003.md"));
        QVERIFY2(f.page->searchNote().contains(QLatin1String("BM25 only: the collection has no embedding model")), qPrintable(f.page->searchNote()));
        f.page->setSearchMode(knowledge::SearchMode::Vector);
        f.page->search(QStringLiteral("item 3"));
        QTRY_COMPARE(searched.count(), 2); // refused at once: nothing to embed the query with
        QCOMPARE(f.page->resultRows(), 0);
        QVERIFY2(f.page->searchNote().startsWith(QLatin1String("No search:")), qPrintable(f.page->searchNote()));
        QVERIFY2(f.page->searchNote().contains(QLatin1String("search with BM25")), qPrintable(f.page->searchNote()));
    }

    // Pause before and during an import, resume, cancel, retry what failed, remove files.
    void queueControls()
    {
        Fixture f;
        QVERIFY(f.start());
        QVERIFY(f.create(QStringLiteral("bulk")));
        const qint64 id = f.page->currentCollection()->id;

        // paused at once: every file waits, across the queue's order
        f.page->addPaths({f.textFolder(QStringLiteral("a"), 30)});
        QVERIFY(f.button("knowledgePause")->isEnabled());
        QTest::mouseClick(f.button("knowledgePause"), Qt::LeftButton);
        QVERIFY(f.quiet());
        QCOMPARE(f.page->documents().size(), 0);
        QCOMPARE(f.store().stats(id)->paused, 30);
        QVERIFY2(f.page->queueText().startsWith(QLatin1String("Paused: 30 file")), qPrintable(f.page->queueText()));
        QVERIFY(f.button("knowledgeResume")->isEnabled());
        QTest::mouseClick(f.button("knowledgeResume"), Qt::LeftButton);
        QVERIFY(f.quiet());
        QCOMPARE(f.page->documents().size(), 30);
        QCOMPARE(f.store().stats(id)->paused, 0);

        // paused while it runs: the batch in hand (up to 64 files) finishes, the rest wait
        auto *ingestor = f.page->findChild<knowledge::Ingestor *>();
        QVERIFY(ingestor);
        QSignalSpy finished(ingestor, &knowledge::Ingestor::jobFinished);
        f.page->addPaths({f.textFolder(QStringLiteral("b"), 150)});
        QVERIFY(finished.wait(120000)); // a batch of 64 files under the sanitizers takes a while
        QTest::mouseClick(f.button("knowledgePause"), Qt::LeftButton);
        QVERIFY(f.quiet());
        const int done = int(f.page->documents().size()) - 30;
        QVERIFY2(done >= 1 && done < 150, qPrintable(QString::number(done)));
        QCOMPARE(f.store().stats(id)->paused, 150 - done);
        QVERIFY2(f.page->queueText().contains(QStringLiteral("Paused: %1 file").arg(150 - done)), qPrintable(f.page->queueText()));
        saveScreenshot(f.window.get(), QStringLiteral("knowledge-paused-light"));
        // a restart (a new window over the same database): still paused, nothing imported meanwhile
        QVERIFY(f.showWindow({1366, 768}, QStringLiteral("knowledge")));
        f.page = f.window->knowledgePage();
        QVERIFY(f.quiet());
        QVERIFY(f.page->selectCollection(QStringLiteral("bulk")));
        QVERIFY(f.quiet());
        QCOMPARE(f.page->documents().size(), 30 + done);
        QVERIFY2(f.page->queueText().startsWith(QStringLiteral("Paused: %1 file").arg(150 - done)), qPrintable(f.page->queueText()));
        QVERIFY(f.button("knowledgeResume")->isEnabled());
        // cancel drops what waits; what was imported stays
        QVERIFY(f.button("knowledgeCancel")->isEnabled());
        QTest::mouseClick(f.button("knowledgeCancel"), Qt::LeftButton);
        QVERIFY(f.quiet());
        QCOMPARE(f.store().stats(id)->paused, 0);
        QCOMPARE(f.store().stats(id)->queued, 0);
        QCOMPARE(f.store().jobs(id, {knowledge::Job::State::Cancelled})->size(), 150 - done);
        QCOMPARE(f.page->documents().size(), 30 + done);
        QVERIFY(!f.button("knowledgePause")->isEnabled());

        // a file that fails, retried
        const QString bad = f.files.filePath(QStringLiteral("bad.json"));
        {
            QFile out(bad);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write("{ not json");
        }
        f.page->addPaths({bad});
        QVERIFY(f.quiet());
        QCOMPARE(f.document(QStringLiteral("bad.json"))->status, Document::Status::Failed);
        QVERIFY(f.button("knowledgeRetry")->isEnabled());
        QVERIFY2(f.page->queueText().contains(QLatin1String("1 not imported")) && f.page->queueText().contains(QLatin1String("Retry failed queues")),
                 qPrintable(f.page->queueText()));
        QTest::mouseClick(f.button("knowledgeRetry"), Qt::LeftButton);
        QVERIFY(f.quiet());
        const auto failedJobs = f.store().jobs(id, {knowledge::Job::State::Failed});
        QCOMPARE(failedJobs->size(), 1);
        QCOMPARE(failedJobs->first().attempts, 2);

        // remove the selected files (Delete), after the question
        f.page->selectFiles({QDir(f.files.filePath(QStringLiteral("a"))).filePath(QStringLiteral("note-000.md")), bad});
        auto *table = f.page->findChild<QTableView *>(QStringLiteral("knowledgeFiles"));
        table->setFocus();
        f.prompts.confirmAnswers = {true};
        QTest::keyClick(table, Qt::Key_Delete);
        QCOMPARE(f.prompts.confirmations.size(), 1);
        QVERIFY2(f.prompts.confirmations.first().contains(QLatin1String("Remove 2 file")), qPrintable(f.prompts.confirmations.first()));
        QVERIFY(f.quiet());
        QCOMPARE(f.page->documents().size(), 30 + done - 1);
        QVERIFY(!f.document(QStringLiteral("bad.json")));
    }

    // The files table's model changes in place while an import runs: new documents are inserted,
    // changed ones told, gone ones removed, so the sorting proxy never sorts every row again; a new
    // collection's list (or most of it gone) resets it. The proxy shows them in order throughout.
    void documentsModelUpdatesInPlace()
    {
        DocumentsModel model;
        QSortFilterProxyModel sorted;
        sorted.setSourceModel(&model);
        sorted.setSortRole(Qt::UserRole);
        sorted.sort(DocumentsModel::File);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester sortedTester(&sorted, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto doc = [](const char *name, int chunks = 1) {
            Document d;
            d.source = QStringLiteral("/docs/%1.md").arg(QLatin1String(name));
            d.kind = QStringLiteral("markdown");
            d.chunks = chunks;
            return d;
        };
        auto shown = [&sorted] {
            QStringList names;
            for (int row = 0; row < sorted.rowCount(); ++row)
                names << QFileInfo(sorted.index(row, DocumentsModel::File).data(DocumentsModel::SourceRole).toString()).baseName();
            return names.join(QLatin1Char(' '));
        };
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        model.setDocuments({doc("c"), doc("a"), doc("e")});
        QCOMPARE(reset.count(), 1);
        QCOMPARE(shown(), QStringLiteral("a c e"));

        // b and d come, c gets more passages: two rows inserted at the end, one row told
        model.setDocuments({doc("a"), doc("b"), doc("c", 7), doc("d"), doc("e")});
        QCOMPARE(reset.count(), 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 3);
        QCOMPARE(inserted.first().at(2).toInt(), 4);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), model.row(QStringLiteral("/docs/c.md")));
        QCOMPARE(changed.first().at(1).toModelIndex().row(), model.row(QStringLiteral("/docs/c.md")));
        QCOMPARE(model.documents().at(model.row(QStringLiteral("/docs/c.md"))).chunks, 7);
        QCOMPARE(shown(), QStringLiteral("a b c d e"));

        // the same list again: nothing to tell
        model.setDocuments({doc("a"), doc("b"), doc("c", 7), doc("d"), doc("e")});
        QCOMPARE(reset.count(), 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(changed.count(), 1);

        // b and e gone (removed: rows c a e b d hold them side by side, one run), f new
        model.setDocuments({doc("a"), doc("c", 7), doc("d"), doc("f")});
        QCOMPARE(reset.count(), 1);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().at(2).toInt() - removed.first().at(1).toInt(), 1);
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(model.rowCount(), 4);
        for (const char *name : {"a", "c", "d", "f"})
            QCOMPARE(model.documents().at(model.row(QStringLiteral("/docs/%1.md").arg(QLatin1String(name)))).source,
                     QStringLiteral("/docs/%1.md").arg(QLatin1String(name)));
        QCOMPARE(model.row(QStringLiteral("/docs/b.md")), -1);
        QCOMPARE(shown(), QStringLiteral("a c d f"));

        // another collection: a reset
        model.setDocuments({doc("x"), doc("y")});
        QCOMPARE(reset.count(), 2);
        QCOMPARE(shown(), QStringLiteral("x y"));
        model.setDocuments({});
        QCOMPARE(reset.count(), 3);
        QCOMPARE(model.rowCount(), 0);
    }

    // A folder of 1,500 files: the window keeps answering while the queue runs (the longest gap between
    // timer ticks on the GUI thread is printed; a page that worked on the GUI thread would stall seconds).
    void largeImportKeepsTheWindowResponsive()
    {
        Fixture f;
        QVERIFY(f.start());
        QVERIFY(f.create(QStringLiteral("large")));
        const QString folder = f.textFolder(QStringLiteral("large"), 1500);
        QVERIFY(!folder.isEmpty());
        QElapsedTimer clock;
        clock.start();
        qint64 last = 0;
        qint64 longest = 0;
        QTimer tick;
        tick.setInterval(5);
        QObject::connect(&tick, &QTimer::timeout, &tick, [&] {
            const qint64 now = clock.elapsed();
            longest = std::max(longest, now - last);
            last = now;
        });
        tick.start();
        // the files table grows while the import runs (not all at once at its end)
        int shownMidway = 0;
        connect(f.page, &KnowledgePage::documentsShown, f.page, [&] {
            if (f.page->fileRows() < 1500)
                shownMidway = std::max(shownMidway, f.page->fileRows());
        });
        f.page->addPaths({folder});
        QVERIFY(f.quiet(300000));
        tick.stop();
        QCOMPARE(f.page->fileRows(), 1500);
        QVERIFY2(shownMidway > 0, "the files table showed nothing before the import ended");
        qInfo().noquote() << QStringLiteral("1500 files imported in %1 ms; longest GUI stall %2 ms").arg(clock.elapsed()).arg(longest);
        QVERIFY2(longest < 1000, qPrintable(QStringLiteral("the GUI thread stalled %1 ms").arg(longest)));
    }

    // Files and folders dropped onto the page are imported.
    void dropFiles()
    {
        Fixture f;
        QVERIFY(f.start());
        QVERIFY(f.create(QStringLiteral("dropped")));
        const QString folder = f.textFolder(QStringLiteral("drop"), 3);
        const QString single = f.textFolder(QStringLiteral("single"), 1) + QStringLiteral("/note-000.md");
        auto *mime = new QMimeData;
        mime->setUrls({QUrl::fromLocalFile(folder), QUrl::fromLocalFile(single)});
        const QPoint at = f.page->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(f.page, &enter);
        QVERIFY(enter.isAccepted());
        auto *hint = f.page->findChild<QLabel *>(QStringLiteral("knowledgeDropHint"));
        QVERIFY(hint->isVisible());
        QCOMPARE(hint->text(), QStringLiteral("Drop to import into \"dropped\""));
        saveScreenshot(f.window.get(), QStringLiteral("knowledge-drop-light"));
        QDropEvent drop(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(f.page, &drop);
        QVERIFY(drop.isAccepted());
        QVERIFY(!hint->isVisible());
        QVERIFY(f.quiet());
        QCOMPARE(f.page->documents().size(), 4);
        delete mime;

        // a link that is neither a file nor a web page: not taken
        QMimeData web;
        web.setUrls({QUrl(QStringLiteral("ftp://example.com/a.md"))});
        QDragEnterEvent refused(at, Qt::CopyAction, &web, Qt::LeftButton, Qt::NoModifier);
        refused.setAccepted(false);
        QApplication::sendEvent(f.page, &refused);
        QVERIFY(!refused.isAccepted());
    }

    // Above the threshold, an import asks what embedding it will cost; no means nothing is queued.
    void costIsConfirmed()
    {
        Fixture f;
        QVERIFY(f.start());
        QVERIFY(f.create(QStringLiteral("priced"), kModel));
        f.page->setCostThreshold(0);
        const QString folder = f.textFolder(QStringLiteral("priced"), 4);
        f.prompts.confirmAnswers = {false};
        f.page->addPaths({folder});
        QVERIFY(f.quiet());
        QCOMPARE(f.prompts.confirmations.size(), 1);
        QVERIFY2(f.prompts.confirmations.first().contains(QStringLiteral("4 file")) && f.prompts.confirmations.first().contains(kModel)
                     && f.prompts.confirmations.first().contains(QLatin1String("$")),
                 qPrintable(f.prompts.confirmations.first()));
        QCOMPARE(f.page->documents().size(), 0);
        QCOMPARE(f.store().stats(f.page->currentCollection()->id)->queued, 0);
        QCOMPARE(f.up.requestCount(), 0);

        // yes: imported and embedded without asking again (the estimate covered it)
        f.prompts.confirmAnswers = {true};
        f.page->addPaths({folder});
        QVERIFY(f.quiet());
        QCOMPARE(f.prompts.confirmations.size(), 2);
        QCOMPARE(f.page->documents().size(), 4);
        QCOMPARE(f.store().stats(f.page->currentCollection()->id)->vectors, 4);

        // a reindex of unchanged files cuts the same passages: their vectors are kept, nothing to ask
        const int requests = f.up.requestCount();
        f.prompts.confirmAnswers = {true};
        f.page->reindex();
        QVERIFY(f.quiet());
        QCOMPARE(f.prompts.confirmations.size(), 3);
        QCOMPARE(f.store().countWithoutVector(f.page->currentCollection()->id, kModel).value(), 0);
        QCOMPARE(f.up.requestCount(), requests);

        // files changed since: a reindex cuts new passages, which need new vectors: asked at embedding
        // time (nothing estimated it); declined, they wait, and Embed now asks again
        f.textFolder(QStringLiteral("priced"), 4, QStringLiteral("revised"));
        f.prompts.confirmAnswers = {true, false};
        f.page->reindex();
        QVERIFY(f.quiet());
        QCOMPARE(f.prompts.confirmations.size(), 5);
        QVERIFY2(f.prompts.confirmations.last().contains(QLatin1String("have no vector of ") + kModel), qPrintable(f.prompts.confirmations.last()));
        const qint64 id = f.page->currentCollection()->id;
        QCOMPARE(f.store().countWithoutVector(id, kModel).value(), 4);
        QVERIFY2(f.page->queueText().contains(QLatin1String("the cost was declined")), qPrintable(f.page->queueText()));
        QVERIFY(f.button("knowledgeEmbed")->isEnabled());
        f.prompts.confirmAnswers = {true};
        QTest::mouseClick(f.button("knowledgeEmbed"), Qt::LeftButton);
        QVERIFY(f.quiet());
        QCOMPARE(f.prompts.confirmations.size(), 6);
        QCOMPARE(f.store().countWithoutVector(id, kModel).value(), 0);
        QVERIFY(!f.button("knowledgeEmbed")->isEnabled());
    }

    // Edited settings: a new passage size asks to cut again; a new model embeds in the background and
    // takes over when complete; delete asks first.
    void editAndDelete()
    {
        Fixture f;
        QVERIFY(f.start());
        QVERIFY(f.create(QStringLiteral("edited"), kModel, 400));
        QFile big(f.files.filePath(QStringLiteral("long.md")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        for (int i = 0; i < 60; ++i)
            big.write(
                QStringLiteral("Paragraph %1 explains the travel policy, the expense limits and the approval steps in detail.\n\n").arg(i).toUtf8());
        big.close();
        f.page->addPaths({big.fileName()});
        QVERIFY(f.quiet());
        const int before = f.document(QStringLiteral("long.md"))->chunks;
        QVERIFY(before >= 2);

        Collection c = *f.page->currentCollection();
        c.chunkTokens = 100;
        c.chunkOverlap = 10;
        c.description = QStringLiteral("Travel rules");
        c.embedModel = QStringLiteral("fake/text-embedding-3-large");
        f.prompts.confirmAnswers = {true};
        f.page->updateCollection(c);
        QVERIFY(f.quiet());
        QCOMPARE(f.prompts.confirmations.size(), 1);
        QVERIFY2(f.prompts.confirmations.first().contains(QLatin1String("Cut the 1 document")), qPrintable(f.prompts.confirmations.first()));
        QVERIFY2(f.document(QStringLiteral("long.md"))->chunks > before, qPrintable(QString::number(f.document(QStringLiteral("long.md"))->chunks)));
        const Collection now = *f.page->currentCollection();
        QCOMPARE(now.chunkTokens, 100);
        QCOMPARE(now.description, QStringLiteral("Travel rules"));
        QCOMPARE(now.embedModel, QStringLiteral("fake/text-embedding-3-large")); // embedded completely, then swapped in
        QVERIFY(now.embedModelNext.isEmpty());
        QCOMPARE(f.store().countWithoutVector(now.id, now.embedModel).value(), 0);
        // the new model took over; when the cut-again import outran the embedding, a second run gave the
        // last passages their vectors and its note is the last one
        QVERIFY2(f.page->queueText().contains(QLatin1String("now answers the searches"))
                     || f.page->queueText().contains(QLatin1String("Every passage has its vector")),
                 qPrintable(f.page->queueText()));

        // delete: asked, refused, asked again, done
        f.prompts.confirmAnswers = {false};
        f.page->deleteCollection();
        QVERIFY(f.quiet());
        QCOMPARE(f.page->collectionNames(), QStringList{QStringLiteral("edited")});
        f.prompts.confirmAnswers = {true};
        f.page->deleteCollection();
        QVERIFY(f.quiet());
        QVERIFY(f.page->collectionNames().isEmpty());
        QVERIFY(f.store().collections()->isEmpty());
        QVERIFY(f.prompts.errors.isEmpty());
    }

    // Add URL…: pages from a site on 127.0.0.1 imported through the Ingestor like files, a page that
    // cannot be fetched listed with its reason, a line that is no web address refused with why, and a
    // link dropped onto the page imported too.
    void addWebPages()
    {
        fk::FakeSite site;
        QVERIFY(site.listen());
        site.setPage(QStringLiteral("/guide"),
                     fk::Page::of("text/html; charset=utf-8", "<html><body><h1>Refunds</h1><p>Money back within thirty days.</p></body></html>"));
        site.setPage(QStringLiteral("/faq.md"), fk::Page::of("text/markdown", "# Shipping\n\nParcels leave on weekdays.\n"));
        site.setPage(QStringLiteral("/dropped"), fk::Page::of("text/plain", "The office plants are watered on Fridays.\n"));
        const QString guide = site.url(QStringLiteral("/guide")).toString();
        const QString faq = site.url(QStringLiteral("/faq.md")).toString();
        const QString missing = site.url(QStringLiteral("/missing")).toString();
        Fixture f;
        QVERIFY(f.start());
        QVERIFY(f.create(QStringLiteral("web")));

        // the dialog: Import stays off while a line is not an http(s) address, and the hint says why
        QString refusal;
        bool importWhileRefused = true;
        bool dialogShown = false;
        onModal<UrlDialog>(f.page, [&](UrlDialog *dialog) {
            dialogShown = true;
            auto *text = dialog->findChild<QPlainTextEdit *>(QStringLiteral("urlText"));
            text->setPlainText(guide + QStringLiteral("\nftp://files.example.com/handbook.pdf"));
            refusal = dialog->findChild<QLabel *>(QStringLiteral("urlHint"))->text();
            importWhileRefused = okButton(dialog)->isEnabled();
            saveScreenshot(dialog, QStringLiteral("knowledge-url-refused-light"));
            text->setPlainText(guide + QLatin1Char('\n') + faq + QStringLiteral("\n\n") + missing + QLatin1Char('\n') + guide);
            saveScreenshot(dialog, QStringLiteral("knowledge-url-dialog-light"));
            QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        });
        QVERIFY(f.button("knowledgeAddUrl")->isEnabled());
        QTest::mouseClick(f.button("knowledgeAddUrl"), Qt::LeftButton);
        QVERIFY(dialogShown);
        QVERIFY(!importWhileRefused);
        QVERIFY2(refusal.contains(QLatin1String("Line 2")) && refusal.contains(QLatin1String("ftp://files.example.com/handbook.pdf"))
                     && refusal.contains(QLatin1String("only http:// and https:// addresses")),
                 qPrintable(refusal));
        QVERIFY(f.quiet());

        // in the files list with status and reason, like files
        QCOMPARE(f.page->documents().size(), 3); // the repeated line is one page
        QCOMPARE(site.hits(QStringLiteral("/guide")), 1);
        std::optional<Document> page;
        std::optional<Document> gone;
        for (const Document &d : f.page->documents()) {
            if (d.source == guide)
                page = d;
            if (d.source == missing)
                gone = d;
        }
        QVERIFY(page && gone);
        QCOMPARE(page->status, Document::Status::Ok);
        QCOMPARE(page->kind, QStringLiteral("html"));
        QVERIFY(page->chunks > 0);
        QCOMPARE(gone->status, Document::Status::Failed);
        QVERIFY2(gone->error.contains(QLatin1String("answered 404")), qPrintable(gone->error));
        auto *table = f.page->findChild<QTableView *>(QStringLiteral("knowledgeFiles"));
        int goneRow = -1;
        int pageRow = -1;
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            const QString shown = table->model()->index(r, 0).data().toString();
            if (shown == missing)
                goneRow = r;
            if (shown == guide)
                pageRow = r;
        }
        QVERIFY(goneRow >= 0 && pageRow >= 0);
        QCOMPARE(table->model()->index(goneRow, 2).data().toString(), QStringLiteral("failed"));
        QVERIFY(table->model()->index(goneRow, 5).data().toString().contains(QLatin1String("answered 404")));
        saveScreenshot(f.window.get(), QStringLiteral("knowledge-urls-light"));
        // searched like the rest; a double-click opens the page in the browser
        f.page->setSearchMode(knowledge::SearchMode::Bm25);
        QSignalSpy searched(f.page, &KnowledgePage::searchFinished);
        f.page->search(QStringLiteral("money back"));
        QVERIFY(searched.wait(10000));
        QVERIFY(f.page->resultRows() > 0);
        QCOMPARE(f.page->resultCell(0, 1), QStringLiteral("guide"));
        f.page->showTab(KnowledgePage::Tab::Files);
        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &catcher, "open");
        const QRect cell = table->visualRect(table->model()->index(pageRow, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
        QCOMPARE(catcher.opened, QList<QUrl>{QUrl(guide)});

        // given directly (Ctrl+L's dialog checks the same way), a line that is no web address refuses them all
        f.page->addUrls({faq, QStringLiteral("example.com/faq")});
        QCOMPARE(f.prompts.errors.size(), 1);
        QVERIFY2(f.prompts.errors.first().contains(QLatin1String("has no http:// or https:// in front")), qPrintable(f.prompts.errors.first()));
        QVERIFY(f.quiet());
        QCOMPARE(site.hits(QStringLiteral("/faq.md")), 1);
        // Ctrl+L opens the dialog; Cancel imports nothing
        bool cancelled = false;
        onModal<UrlDialog>(f.page, [&](UrlDialog *dialog) {
            dialog->setText(faq);
            dialog->reject();
            cancelled = true;
        });
        f.window->activateWindow(); // (the closed dialog had been the active window)
        QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
        table->setFocus();
        QTest::keyClick(f.window.get(), Qt::Key_L, Qt::ControlModifier);
        QVERIFY(cancelled);
        QVERIFY(f.quiet());
        QCOMPARE(site.hits(QStringLiteral("/faq.md")), 1);

        // a link dropped onto the page (text/uri-list) is imported
        QMimeData link;
        link.setUrls({site.url(QStringLiteral("/dropped"))});
        const QPoint at = f.page->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &link, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(f.page, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(at, Qt::CopyAction, &link, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(f.page, &drop);
        QVERIFY(drop.isAccepted());
        QVERIFY(f.quiet());
        QCOMPARE(f.page->documents().size(), 4);
        QCOMPARE(site.hits(QStringLiteral("/dropped")), 1);
        QCOMPARE(f.store().searchText(f.page->currentCollection()->id, QStringLiteral("plants"), 3)->size(), 1);
    }

    void urlsAreChecked()
    {
        QCOMPARE(UrlDialog::parse(QStringLiteral(" https://example.com/a \n\nHTTP://example.com/b\nhttps://example.com/a")).value(),
                 (QStringList{QStringLiteral("https://example.com/a"), QStringLiteral("HTTP://example.com/b")}));
        QVERIFY(UrlDialog::parse(QStringLiteral("\n  \n"))->isEmpty());
        const QHash<QString, QString> refused{
            {QStringLiteral("example.com/page"), QStringLiteral("\"example.com/page\" has no http:// or https:// in front")},
            {QStringLiteral("https://exa mple.com"), QStringLiteral("is not a valid web address")},
            {QStringLiteral("file:///etc/hosts"), QStringLiteral("only http:// and https:// addresses")},
            {QStringLiteral("mailto:team@example.com"), QStringLiteral("only http:// and https:// addresses")},
            {QStringLiteral("https:///path"), QStringLiteral("names no server")},
        };
        for (auto it = refused.cbegin(); it != refused.cend(); ++it) {
            const auto parsed = UrlDialog::parse(QStringLiteral("https://example.com/ok\n") + it.key());
            QVERIFY2(!parsed, qPrintable(it.key()));
            QVERIFY2(parsed.error().message.startsWith(QLatin1String("Line 2:")), qPrintable(parsed.error().message));
            QVERIFY2(parsed.error().message.contains(it.value()), qPrintable(parsed.error().message));
        }
        UrlDialog dialog(QStringLiteral("docs"));
        QVERIFY(!okButton(&dialog)->isEnabled()); // nothing yet
        dialog.setText(QStringLiteral("https://example.com/a\nhttps://example.com/b"));
        QVERIFY(okButton(&dialog)->isEnabled());
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("urlHint"))->text(), QStringLiteral("2 pages to import."));
        QCOMPARE(dialog.urls().size(), 2);
    }

    // Watch on (the collection dialog): the folder's new, changed, deleted and renamed files are imported,
    // the debounce driven by the test; off, a deleted collection and a new page (the app's start) follow.
    void watchedFolderFollowsChanges()
    {
        Fixture f;
        QVERIFY(f.start());
        auto *watcher = f.page->findChild<knowledge::FolderWatcher *>();
        QVERIFY(watcher);
        QList<std::function<void()>> timers;
        QList<int> delays;
        watcher->setSchedule([&timers, &delays](int delayMs, QObject *, std::function<void()> then) {
            delays << delayMs;
            timers << std::move(then);
        });
        QSignalSpy syncing(watcher, &knowledge::FolderWatcher::syncing);
        QVERIFY(f.create(QStringLiteral("watched")));
        const qint64 id = f.page->currentCollection()->id;
        const QString folder = f.textFolder(QStringLiteral("watched"), 3);
        f.page->addPaths({folder});
        QVERIFY(f.quiet());
        QCOMPARE(f.page->documents().size(), 3);
        QVERIFY(!f.page->collectionSummary().contains(QLatin1String("Watching")));
        QCOMPARE(syncing.count(), 0);

        // on through Edit…
        bool checked = false;
        onModal<CollectionDialog>(f.page, [&](CollectionDialog *dialog) {
            auto *watch = dialog->findChild<QCheckBox *>(QStringLiteral("collectionWatch"));
            checked = !watch->isChecked();
            watch->setChecked(true);
            QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        });
        QTest::mouseClick(f.button("knowledgeEdit"), Qt::LeftButton);
        QVERIFY(checked);
        QVERIFY(f.quiet());
        QVERIFY(f.store().collection(id)->watch);
        QVERIFY(f.page->currentCollection()->watch);
        QTRY_COMPARE(syncing.count(), 1); // the first sync: nothing changed while nobody watched
        QTRY_VERIFY2(f.page->collectionSummary().contains(QLatin1String("Watching 1 folder for changes. Last sync queued at ")),
                     qPrintable(f.page->collectionSummary()));
        QVERIFY(f.page->findChild<QListWidget *>(QStringLiteral("knowledgeCollections"))->item(0)->text().contains(QLatin1String("watched")));
        QTRY_VERIFY_WITH_TIMEOUT(watcher->watchedPaths().contains(QDir(folder).filePath(QStringLiteral("note-002.md"))), 10000);
        QVERIFY(f.quiet());
        QCOMPARE(f.page->documents().size(), 3);
        saveScreenshot(f.window.get(), QStringLiteral("knowledge-watched-light"));

        // changed, new, deleted and renamed
        f.textFolder(QStringLiteral("watched"), 1, QStringLiteral("revised")); // note-000.md
        QFile extra(QDir(folder).filePath(QStringLiteral("extra.md")));
        QVERIFY(extra.open(QIODevice::WriteOnly));
        extra.write("# Extra\n\nA note about the greenhouse.\n");
        extra.close();
        QVERIFY(QFile::remove(QDir(folder).filePath(QStringLiteral("note-001.md"))));
        QVERIFY(QFile::rename(QDir(folder).filePath(QStringLiteral("note-002.md")), QDir(folder).filePath(QStringLiteral("renamed.md"))));
        QTRY_VERIFY_WITH_TIMEOUT(!timers.isEmpty(), 10000);
        QCOMPARE(delays.first(), knowledge::FolderWatcher::kDebounceMs);
        QTRY_VERIFY2(f.page->collectionSummary().contains(QLatin1String("A change was seen")), qPrintable(f.page->collectionSummary()));
        auto names = [&f] {
            QStringList out;
            for (const Document &d : f.page->documents())
                out << QFileInfo(d.source).fileName();
            out.sort();
            return out;
        };
        const QStringList want{QStringLiteral("extra.md"), QStringLiteral("note-000.md"), QStringLiteral("renamed.md")};
        // the debounce's timers run when the test says (the changes may come in more than one burst)
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         for (const auto &t : std::exchange(timers, {}))
                             t();
                         return !f.page->isBusy() && names() == want;
                     },
                     60000),
                 qPrintable(names().join(QLatin1Char(','))));
        QVERIFY(f.quiet());
        QVERIFY(syncing.count() >= 2);
        QCOMPARE(f.store().searchText(id, QStringLiteral("revised"), 5)->size(), 1);
        QCOMPARE(f.store().searchText(id, QStringLiteral("greenhouse"), 5)->size(), 1);
        QVERIFY2(f.page->collectionSummary().contains(QLatin1String("Last sync queued at ")), qPrintable(f.page->collectionSummary()));
        QTRY_VERIFY_WITH_TIMEOUT(watcher->watchedPaths().contains(QDir(folder).filePath(QStringLiteral("renamed.md"))), 10000);

        // off: nothing watched
        Collection c = *f.page->currentCollection();
        c.watch = false;
        f.page->updateCollection(c);
        QVERIFY(f.quiet());
        QTRY_VERIFY_WITH_TIMEOUT(watcher->watchedPaths().isEmpty(), 10000);
        QVERIFY(!f.page->collectionSummary().contains(QLatin1String("Watching")));

        // a page made later (the app's next start) watches the collections with watch on from its first refresh
        c.watch = true;
        f.page->updateCollection(c);
        QVERIFY(f.quiet());
        QTRY_VERIFY_WITH_TIMEOUT(!watcher->watchedPaths().isEmpty(), 10000);
        {
            KnowledgePage next(*f.context, f.prompts);
            auto *nextWatcher = next.findChild<knowledge::FolderWatcher *>();
            QTRY_VERIFY_WITH_TIMEOUT(nextWatcher->watchedPaths().contains(folder), 10000);
            QTRY_VERIFY2(next.collectionSummary().contains(QLatin1String("Watching 1 folder")), qPrintable(next.collectionSummary()));
            QVERIFY(QTest::qWaitFor([&next] { return !next.isBusy(); }, 30000));
        }

        // deleted: no longer watched
        f.prompts.confirmAnswers = {true};
        f.page->deleteCollection();
        QVERIFY(f.quiet());
        QVERIFY(f.page->collectionNames().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(watcher->watchedPaths().isEmpty(), 10000);
        QVERIFY2(f.prompts.errors.isEmpty(), qPrintable(f.prompts.errors.join(QLatin1Char('|'))));
    }

    void dialogReadsItsFields()
    {
        Collection c;
        c.name = QStringLiteral("docs");
        c.include = {QStringLiteral("*.md")};
        CollectionDialog dialog(c, {kModel}, {kChatModel}, true, nullptr);
        QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("collectionName"))->isReadOnly());
        auto *model = dialog.findChild<QComboBox *>(QStringLiteral("collectionEmbedModel"));
        QCOMPARE(model->currentIndex(), 0); // none: BM25 only
        QCOMPARE(dialog.collection().embedModel, QString());
        model->setCurrentIndex(1);
        QCOMPARE(dialog.collection().embedModel, kModel);
        model->setEditText(QStringLiteral("local/nomic-embed-text"));
        QCOMPARE(dialog.collection().embedModel, QStringLiteral("local/nomic-embed-text"));
        dialog.findChild<QLineEdit *>(QStringLiteral("collectionExclude"))->setText(QStringLiteral("*.log, build/*;\n tmp"));
        QCOMPARE(dialog.collection().exclude, (QStringList{QStringLiteral("*.log"), QStringLiteral("build/*"), QStringLiteral("tmp")}));
        QCOMPARE(dialog.collection().include, QStringList{QStringLiteral("*.md")});
        // the rerank: off by default, a chat model offered or typed, and how many passages it sees
        auto *rerank = dialog.findChild<QComboBox *>(QStringLiteral("collectionRerankModel"));
        auto *candidates = dialog.findChild<QSpinBox *>(QStringLiteral("collectionRerankCandidates"));
        QCOMPARE(rerank->currentIndex(), 0);
        QCOMPARE(dialog.collection().rerankModel, QString());
        QCOMPARE(candidates->value(), 20);
        QVERIFY(!candidates->isEnabled());
        rerank->setCurrentIndex(1);
        QCOMPARE(dialog.collection().rerankModel, kChatModel);
        QVERIFY(candidates->isEnabled());
        rerank->setEditText(QStringLiteral("team-router"));
        candidates->setValue(8);
        QCOMPARE(dialog.collection().rerankModel, QStringLiteral("team-router"));
        QCOMPARE(dialog.collection().rerankCandidates, 8);
        rerank->setCurrentIndex(1);
        dialog.findChild<QSpinBox *>(QStringLiteral("collectionOverlap"))->setValue(500);
        QVERIFY(!dialog.findChild<QPushButton *>()->isEnabled() || !dialog.findChild<QLabel *>(QStringLiteral("collectionHint"))->text().isEmpty());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("collectionHint"))->text().contains(QLatin1String("overlap")));
        dialog.findChild<QSpinBox *>(QStringLiteral("collectionOverlap"))->setValue(60);
        // watching the collection's folders: off by default
        auto *watch = dialog.findChild<QCheckBox *>(QStringLiteral("collectionWatch"));
        QVERIFY(!watch->isChecked());
        QVERIFY(!dialog.collection().watch);
        watch->setChecked(true);
        QVERIFY(dialog.collection().watch);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        saveScreenshot(&dialog, QStringLiteral("knowledge-dialog-light"));
        QCOMPARE(installTranslations(QStringLiteral("de")), QStringLiteral("de"));
        ThemeManager::apply(Theme::Dark);
        CollectionDialog german(dialog.collection(), {kModel}, {kChatModel}, true, nullptr);
        german.show();
        QVERIFY(QTest::qWaitForWindowExposed(&german));
        QCOMPARE(german.findChild<QComboBox *>(QStringLiteral("collectionRerankModel"))->currentText(), kChatModel);
        QVERIFY(german.findChild<QCheckBox *>(QStringLiteral("collectionWatch"))->isChecked());
        saveScreenshot(&german, QStringLiteral("knowledge-dialog-de-dark"));
    }

    // 1366x768 in English and German, light and dark: the page fits.
    void fitsASmallScreen_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("dark");
        QTest::newRow("en-light") << QStringLiteral("en") << false;
        QTest::newRow("de-dark") << QStringLiteral("de") << true;
    }

    void fitsASmallScreen()
    {
        QFETCH(QString, language);
        QFETCH(bool, dark);
        QCOMPARE(installTranslations(language), language);
        ThemeManager::apply(dark ? Theme::Dark : Theme::Light);
        {
            Fixture f;
            QVERIFY(f.start());
            QVERIFY(f.create(QStringLiteral("handbook"), kModel));
            f.page->addPaths({f.textFolder(QStringLiteral("fit"), 3)});
            QVERIFY(f.quiet());
            // its folder watched: the summary says so
            Collection watched = *f.page->currentCollection();
            watched.watch = true;
            f.page->updateCollection(watched);
            QVERIFY(f.quiet());
            QTRY_VERIFY_WITH_TIMEOUT(!f.page->findChild<knowledge::FolderWatcher *>()->watchedPaths().isEmpty(), 10000);
            QVERIFY(f.quiet());
            const QSize need = f.page->minimumSizeHint();
            QVERIFY2(need.width() <= 800 && need.height() <= 650, qPrintable(QStringLiteral("needs %1x%2").arg(need.width()).arg(need.height())));
            QCOMPARE(f.window->width(), 1366);
            saveScreenshot(f.window.get(), QStringLiteral("knowledge-%1-%2").arg(language, dark ? QStringLiteral("dark") : QStringLiteral("light")));
            // the web pages' dialog, refusing a line
            {
                UrlDialog urls(QStringLiteral("handbook"), f.window.get());
                urls.setText(QStringLiteral("https://example.com/handbook.html\nftp://files.example.com/handbook.pdf"));
                urls.show();
                QVERIFY(QTest::qWaitForWindowExposed(&urls));
                QVERIFY2(urls.width() <= 1366 && urls.height() <= 768, qPrintable(QStringLiteral("%1x%2").arg(urls.width()).arg(urls.height())));
                QVERIFY(!okButton(&urls)->isEnabled());
                saveScreenshot(&urls,
                               QStringLiteral("knowledge-url-dialog-%1-%2").arg(language, dark ? QStringLiteral("dark") : QStringLiteral("light")));
            }
            // the evaluation's four configurations, reranked too
            Collection c = *f.page->currentCollection();
            c.rerankModel = kChatModel;
            f.page->updateCollection(c);
            QVERIFY(f.quiet());
            f.answer(QStringLiteral("[1]"));
            f.page->showTab(KnowledgePage::Tab::Evaluation);
            QSignalSpy evaluated(f.page, &KnowledgePage::evaluationFinished);
            f.page->setGoldenText(QStringLiteral("{\"question\": \"item 1\", \"sources\": [\"note-001.md\"]}"));
            f.page->runEvaluation();
            QVERIFY(evaluated.wait(30000));
            QCOMPARE(f.page->evaluationRows(), 4);
            saveScreenshot(f.window.get(),
                           QStringLiteral("knowledge-evaluation-%1-%2").arg(language, dark ? QStringLiteral("dark") : QStringLiteral("light")));
        }
        ThemeManager::apply(Theme::Light);
        QCOMPARE(installTranslations(QStringLiteral("en")), QStringLiteral("en"));
    }
};

QTEST_MAIN(TestKnowledgePage)
#include "tst_knowledgepage.moc"
