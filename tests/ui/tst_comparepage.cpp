#include "appcontext.h"
#include "common/csv.h"
#include "compare/promptset.h"
#include "engine/engine.h"
#include "fakeupstream.h"
#include "i18n.h"
#include "knowledge/documents.h"
#include "knowledge/store.h"
#include "mainwindow.h"
#include "pages/compare/comparepane.h"
#include "pages/comparepage.h"
#include "testpaths.h"
#include "theme.h"
#include "uitest.h"
#include "usage/ledger.h"
#include "widgets/knowledgepicker.h"
#include "widgets/markdownview.h"
#include "widgets/messageview.h"
#include "widgets/sourcedialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextEdit>
#include <QTimer>

using namespace sb;
using namespace sb::ui;
using namespace sb::uitest;
namespace fk = sb::fakes;

// The Compare page against fake upstreams: one fast, one slow (streams for about two seconds), one
// failing with HTTP 500.
class TestComparePage : public QObject
{
    Q_OBJECT

private:
    struct Fixture : AppFixture {
        fk::FakeUpstream fast{fk::Dialects(fk::Dialect::OpenAiChat)};
        fk::FakeUpstream slow{fk::Dialects(fk::Dialect::Anthropic)};
        fk::FakeUpstream bad{fk::Dialects(fk::Dialect::OpenAiChat)};
        ComparePage *page = nullptr;
        const QString fastModel = QStringLiteral("fast/gpt-4o-mini");
        const QString slowModel = QStringLiteral("slow/claude-sonnet-4");
        const QString badModel = QStringLiteral("bad/gpt-4o");
        bool textOnly = false; // fast also offers "text-only", a model that reads no PDFs

        bool start()
        {
            if (!fast.listen() || !slow.listen() || !bad.listen())
                return false;
            fk::ReplyScript reply;
            reply.text = QStringLiteral("The capital of France is Paris. It has been the capital since the tenth century.");
            reply.textChunks = 8;
            reply.inputTokens = 20;
            reply.outputTokens = 30;
            fast.setReply(reply);
            fast.setChunkDelay(30);
            reply.text = QStringLiteral("{\"city\": \"Paris\", \"country\": \"France\", \"population_millions\": 2.1}");
            reply.outputTokens = 24;
            slow.setReply(reply);
            slow.setChunkDelay(250);
            bad.setFault(fk::Fault::make(fk::FaultKind::ServerError));
            storeKey(QStringLiteral("sk"));
            const bool started = open() && startEngine([this](Workspace &ws) {
                                     ws.providers = {provider("fast", "openai", fast.baseUrl(), {QStringLiteral("gpt-4o-mini")}),
                                                     provider("slow", "anthropic", slow.baseUrl(), {QStringLiteral("claude-sonnet-4")}),
                                                     provider("bad", "openai", bad.baseUrl(), {QStringLiteral("gpt-4o")})};
                                     if (textOnly) {
                                         ws.providers.first().models << QStringLiteral("text-only");
                                         ws.modelOverrides = QJsonObject{
                                             {QStringLiteral("fast/text-only"),
                                              QJsonObject{{QStringLiteral("prices"),
                                                           QJsonObject{{QStringLiteral("input"), 1.0}, {QStringLiteral("output"), 2.0}}},
                                                          {QStringLiteral("contextWindow"), 32000},
                                                          {QStringLiteral("capabilities"), QJsonArray{QStringLiteral("tools")}}}}};
                                     }
                                 });
            if (!started || !showWindow({1280, 800}, QStringLiteral("compare")))
                return false;
            page = window->comparePage();
            return page;
        }

        ComparePane *pane(int p) const { return page->paneFor(p); }

        // Messages are laid out by the shared render queue, over frames: wait before a screenshot.
        QString shot(const QString &name)
        {
            const QList<ComparePane *> all = page->panes();
            if (!QTest::qWaitFor([&] { return std::none_of(all.begin(), all.end(), [](ComparePane *p) { return p->isRendering(); }); }, 5000))
                qWarning("%s: still rendering after 5 s", qPrintable(name));
            return saveScreenshot(window.get(), name);
        }

        // (source, source_key) of every ledger row
        QList<std::pair<QString, QString>> ledgerRows()
        {
            QList<std::pair<QString, QString>> out;
            if (!context->engine()->ledger().flush())
                return out;
            auto db = context->engine()->database()->connection();
            QSqlQuery q(*db);
            q.exec(QStringLiteral("SELECT source, source_key FROM calls ORDER BY id"));
            while (q.next())
                out << std::pair{q.value(0).toString(), q.value(1).toString()};
            return out;
        }
    };

    // Every text a pane shows, its tooltips included.
    static QStringList shownStrings(QWidget *pane)
    {
        QStringList out;
        for (QWidget *w : pane->findChildren<QWidget *>()) {
            out << w->toolTip();
            if (auto *label = qobject_cast<QLabel *>(w))
                out << label->text();
            else if (auto *b = qobject_cast<QAbstractButton *>(w))
                out << b->text();
            else if (auto *text = qobject_cast<QTextEdit *>(w))
                out << text->toPlainText();
        }
        out.removeAll(QString());
        return out;
    }

    // Double-clicks a batch cell and reads the whole answer the dialog shows (a screenshot of it
    // when named), then closes it.
    static QString answerDialogText(ComparePage *page, int row, int column, const QString &screenshot = {})
    {
        auto *grid = page->findChild<QTableWidget *>(QStringLiteral("batchGrid"));
        QString shown;
        QTimer::singleShot(0, page, [&] {
            QWidget *modal = QApplication::activeModalWidget();
            if (auto *text = modal ? modal->findChild<QPlainTextEdit *>(QStringLiteral("batchAnswerText")) : nullptr)
                shown = text->toPlainText();
            if (modal && !screenshot.isEmpty())
                saveScreenshot(modal, screenshot);
            if (modal)
                modal->close();
        });
        Q_EMIT grid->cellDoubleClicked(row, column);
        return shown;
    }

    static QPushButton *button(QWidget *root, const QString &text)
    {
        for (QPushButton *b : root->findChildren<QPushButton *>()) {
            if (b->text() == text && b->isVisible())
                return b;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        ThemeManager::captureSystemDefaults();
        ThemeManager::apply(Theme::Light);
        QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 10));
        installTranslations(QStringLiteral("en"));
    }

    void cleanup() { ThemeManager::apply(Theme::Light); }

    void panesStreamIndependently()
    {
        Fixture f;
        QVERIFY(f.start());
        QCOMPARE(f.window->currentPageId(), QStringLiteral("compare"));
        const QStringList offered = f.page->availableModels();
        QVERIFY2(offered.contains(f.fastModel) && offered.contains(f.slowModel), qPrintable(offered.join(QLatin1Char(','))));
        f.page->setChosenModels({f.fastModel});
        QVERIFY2(f.page->statusText().startsWith(QLatin1String("Choose 2 to 6")), qPrintable(f.page->statusText()));
        f.page->setChosenModels({f.fastModel, f.slowModel, f.badModel});
        QCOMPARE(f.page->panes().size(), 3);
        QCOMPARE(f.pane(0)->title(), f.fastModel);
        // answers in Markdown with fenced code, as models write them
        fk::ReplyScript reply;
        reply.text = QStringLiteral("The capital of France is **Paris**. It has been the capital since the tenth century.\n\n"
                                    "```python\ncapitals = {\"France\": \"Paris\"}\nprint(capitals[\"France\"])\n```\n");
        reply.textChunks = 8;
        reply.inputTokens = 20;
        reply.outputTokens = 30;
        f.fast.setReply(reply);
        reply.text = QStringLiteral("As JSON:\n\n```json\n{\n  \"city\": \"Paris\",\n  \"country\": \"France\",\n"
                                    "  \"population_millions\": 2.1\n}\n```\n\nThe figure is for the city proper.");
        reply.outputTokens = 24;
        f.slow.setReply(reply);
        f.page->setSystemPrompt(QStringLiteral("Answer in one sentence."));

        // Ctrl+Enter in the composer sends to all three at once
        auto *composer = f.page->findChild<QPlainTextEdit *>(QStringLiteral("composer"));
        composer->setFocus();
        QTest::keyClicks(composer, QStringLiteral("What is the capital of France?"));
        QTest::keyClick(composer, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY2(f.page->session().isRunning(), qPrintable(f.page->statusText()));
        QVERIFY(composer->toPlainText().isEmpty());

        // the fast pane finishes while the slow one is still streaming; the failing one fails alone
        QTRY_COMPARE_WITH_TIMEOUT(f.pane(0)->stateText(), QStringLiteral("done"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(f.pane(1)->stateText(), QStringLiteral("streaming…"), 10000);
        QCOMPARE(f.pane(0)->stateText(), QStringLiteral("done"));
        QTRY_COMPARE_WITH_TIMEOUT(f.pane(2)->stateText(), QStringLiteral("failed"), 10000);
        QVERIFY(f.page->session().isRunning());
        QVERIFY2(f.pane(0)->conversationText().contains(QLatin1String("**Paris**. It has been the capital")),
                 qPrintable(f.pane(0)->conversationText()));
        // the prompt and the answer are shared message views: the answer's Markdown is rendered, its code
        // block highlighted with a copy link; no model name in them
        const QList<MessageView *> views = f.pane(0)->messageViews();
        QCOMPARE(views.size(), 2);
        QVERIFY(views.at(0)->role() == protocol::Role::User);
        QVERIFY(views.at(1)->role() == protocol::Role::Assistant);
        QTRY_VERIFY(!views.at(1)->body()->isRendering());
        QCOMPARE(views.at(1)->body()->codeBlocks(), (QStringList{QStringLiteral("capitals = {\"France\": \"Paris\"}\nprint(capitals[\"France\"])")}));
        QVERIFY(!views.at(1)->body()->toPlainText().contains(QLatin1String("**")));
        QVERIFY(f.pane(1)->conversationText().contains(QLatin1String("You: What is the capital of France?")));
        QVERIFY2(f.pane(2)->errorText().startsWith(QLatin1String("server")), qPrintable(f.pane(2)->errorText()));
        QVERIFY2(f.pane(1)->metricsText().contains(QLatin1String("so far")), qPrintable(f.pane(1)->metricsText()));
        // the screenshots show the slow pane streaming, inside its code block
        QTRY_VERIFY_WITH_TIMEOUT(f.pane(1)->conversationText().contains(QLatin1String("\"city\"")), 10000);
        f.shot(QStringLiteral("compare-streaming"));
        ThemeManager::apply(Theme::Dark);
        f.shot(QStringLiteral("compare-streaming-dark"));
        ThemeManager::apply(Theme::Light);

        QTRY_VERIFY_WITH_TIMEOUT(!f.page->session().isRunning(), 15000);
        QCOMPARE(f.pane(1)->stateText(), QStringLiteral("done"));
        const QString metrics = f.pane(0)->metricsText();
        QVERIFY2(metrics.contains(QLatin1String("first token")) && metrics.contains(QLatin1String("tok/s"))
                     && metrics.contains(QLatin1String("20 in / 30 out")) && metrics.contains(QLatin1String("$"))
                     && metrics.contains(QLatin1String("total")),
                 qPrintable(metrics));
        QVERIFY(f.pane(0)->isFastest());
        QVERIFY(!f.pane(1)->isFastest());
        QVERIFY(!f.pane(0)->isFirstToken() && !f.pane(1)->isFirstToken()); // the fastest was also first: one badge
        QVERIFY(f.pane(0)->isCheapest() != f.pane(1)->isCheapest());
        QVERIFY(!f.page->voteBarVisible()); // not blind
        f.shot(QStringLiteral("compare-done"));

        // a follow-up continues every pane's own conversation
        f.slow.setChunkDelay(0);
        f.page->setPrompt(QStringLiteral("And of Italy?"));
        f.page->run();
        QTRY_VERIFY_WITH_TIMEOUT(!f.page->session().isRunning(), 15000);
        QCOMPARE(f.fast.lastRequest().json().value(QLatin1String("messages")).toArray().size(), 4);
        QCOMPARE(f.pane(0)->conversationText().count(QLatin1String("You: ")), 2);

        // every call is in the ledger as compare, keyed by the comparison
        const qint64 id = f.page->session().comparisonId();
        const auto rows = f.ledgerRows();
        QVERIFY(rows.size() >= 6);
        for (const auto &[source, key] : rows) {
            QCOMPARE(source, QStringLiteral("compare"));
            QCOMPARE(key, QString::number(id));
        }

        // a pane's own Stop button stops only that pane
        f.slow.setChunkDelay(3000);
        f.fast.setChunkDelay(400);
        f.page->setPrompt(QStringLiteral("Why?"));
        f.page->run();
        QTRY_COMPARE_WITH_TIMEOUT(f.pane(0)->stateText(), QStringLiteral("streaming…"), 10000);
        QVERIFY(f.pane(1)->stateText() == QStringLiteral("waiting…") || f.pane(1)->stateText() == QStringLiteral("streaming…"));
        auto *stopSlow = f.pane(1)->findChild<QPushButton *>(QStringLiteral("paneStop"));
        QVERIFY(stopSlow && stopSlow->isEnabled());
        stopSlow->click();
        QTRY_COMPARE_WITH_TIMEOUT(f.pane(1)->stateText(), QStringLiteral("stopped"), 5000);
        QCOMPARE(f.pane(0)->stateText(), QStringLiteral("streaming…"));
        QTRY_COMPARE_WITH_TIMEOUT(f.pane(0)->stateText(), QStringLiteral("done"), 10000);
        QVERIFY(f.pane(1)->errorText().isEmpty());
        f.fast.setChunkDelay(30);

        // Esc stops everything that runs
        f.page->setPrompt(QStringLiteral("Tell me more."));
        f.page->run();
        QTRY_COMPARE_WITH_TIMEOUT(f.pane(0)->stateText(), QStringLiteral("done"), 10000);
        QVERIFY(f.page->session().isRunning());
        QTest::keyClick(composer, Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(!f.page->session().isRunning(), 5000);
        QCOMPARE(f.pane(1)->stateText(), QStringLiteral("stopped"));

        // saved and reopened: the conversations come back and continue
        QVERIFY(f.page->savedComparisons().contains(id));
        f.page->newComparison();
        f.page->setChosenModels({f.fastModel, f.badModel});
        QCOMPARE(f.page->panes().size(), 2);
        f.page->openComparison(id);
        QCOMPARE(f.page->panes().size(), 3);
        QCOMPARE(f.page->session().comparisonId(), id);
        QCOMPARE(f.pane(0)->conversationText().count(QLatin1String("You: ")), 4);
        QCOMPARE(f.page->chosenModels(), (QStringList{f.fastModel, f.slowModel, f.badModel}));
        QVERIFY(f.prompts.errors.isEmpty());
    }

    // Issue 16 item 7: the session's messages come from core and were never translated
    void coreMessagesTranslated()
    {
        QCOMPARE(installTranslations(QStringLiteral("de")), QStringLiteral("de"));
        {
            Fixture f;
            QVERIFY(f.start());
            f.page->setChosenModels({f.fastModel, f.slowModel});
            f.page->setPrompt(QString());
            f.page->run();
            QVERIFY2(f.page->statusText() == QStringLiteral("Schreiben Sie zuerst einen Prompt."), qPrintable(f.page->statusText()));
        }
        QCOMPARE(installTranslations(QStringLiteral("en")), QStringLiteral("en"));
    }

    // A collection picked for the comparison: searched once, both panes get the same passages and
    // show them as citations that open the passage.
    void knowledgeSharedByThePanes()
    {
        Fixture f;
        QVERIFY(f.start());
        f.slow.setChunkDelay(20);
        fk::ReplyScript reply;
        reply.text = QStringLiteral("Parcels ship on weekdays [1].");
        reply.textChunks = 3;
        f.fast.setReply(reply);
        reply.text = QStringLiteral("On weekdays, from the central warehouse [1].");
        f.slow.setReply(reply);
        knowledge::KnowledgeStore kb(f.context->database());
        knowledge::Collection c;
        c.name = QStringLiteral("handbook");
        const auto id = kb.createCollection(c);
        QVERIFY(id);
        knowledge::Document d;
        d.source = f.dir.filePath(QStringLiteral("shipping.pdf"));
        d.contentHash = QStringLiteral("1");
        knowledge::Chunk ch;
        ch.text = QStringLiteral("Parcels ship on weekdays from the central warehouse.");
        ch.heading = QStringLiteral("Shipping");
        ch.page = 4;
        ch.end = ch.text.size();
        ch.tokens = 10;
        QVERIFY(kb.replaceDocument(*id, d, {ch}));

        f.page->setChosenModels({f.fastModel, f.slowModel});
        KnowledgePicker *picker = f.page->knowledgePicker();
        picker->refresh();
        QTRY_VERIFY(picker->available().contains(QStringLiteral("handbook")));
        for (QAction *a : picker->menu()->actions()) {
            if (a->data().toString() == QLatin1String("handbook"))
                a->trigger();
        }
        QCOMPARE(picker->selected(), QStringList{QStringLiteral("handbook")});
        f.page->setPrompt(QStringLiteral("When do parcels ship?"));
        f.page->run();
        QTRY_VERIFY_WITH_TIMEOUT(!f.page->session().isRunning(), 10000);
        QVERIFY2(f.page->statusText().contains(QLatin1String("All answers are in")), qPrintable(f.page->statusText()));

        // the same sources in both requests (OpenAI's system message, Anthropic's system field)
        const QString context = f.page->session().turnContext().text;
        QVERIFY(context.contains(QLatin1String("[1] shipping.pdf, page 4, Shipping\nParcels ship on weekdays")));
        QCOMPARE(f.fast.lastRequest().json().value(QLatin1String("messages")).toArray().at(0).toObject().value(QLatin1String("content")).toString(),
                 context);
        const QJsonValue anthropicSystem = f.slow.lastRequest().json().value(QLatin1String("system"));
        const QString slowSystem = anthropicSystem.isString() ? anthropicSystem.toString()
                                                              : anthropicSystem.toArray().at(0).toObject().value(QLatin1String("text")).toString();
        QCOMPARE(slowSystem, context);

        for (int p = 0; p < 2; ++p) {
            MessageView *answer = f.pane(p)->messageViews().last();
            QCOMPARE(answer->sourcesText(), QStringLiteral("[1] shipping.pdf, page 4, Shipping"));
            QTRY_VERIFY(!answer->body()->isRendering());
            QVERIFY(!linkPosition(answer->body(), QStringLiteral("cite:1")).isNull());
        }
        f.shot(QStringLiteral("compare-knowledge-light"));
        ThemeManager::apply(Theme::Dark);
        f.shot(QStringLiteral("compare-knowledge-dark"));
        ThemeManager::apply(Theme::Light);

        MessageView *second = f.pane(1)->messageViews().last();
        QTest::mouseClick(second->body()->viewport(), Qt::LeftButton, {}, linkPosition(second->body(), QStringLiteral("cite:1")));
        SourceDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = f.pane(1)->findChild<SourceDialog *>()) != nullptr);
        QCOMPARE(dialog->passageText(), ch.text);
        QVERIFY(dialog->headerText().contains(QStringLiteral("page 4 · Shipping")));
        QVERIFY(!dialog->openButton()->isEnabled()); // the PDF was never written to disk here
        dialog->close();

        // a follow-up: the first answers keep their sources (the panes are rebuilt for the new turn)
        const qint64 liveId = f.page->session().comparisonId();
        const QString shownSources = QStringLiteral("[1] shipping.pdf, page 4, Shipping");
        f.page->setPrompt(QStringLiteral("And from where?"));
        f.page->run();
        QTRY_VERIFY_WITH_TIMEOUT(!f.page->session().isRunning(), 10000);
        for (int p = 0; p < 2; ++p) {
            const QList<MessageView *> views = f.pane(p)->messageViews();
            QCOMPARE(views.size(), 4);
            QCOMPARE(views.at(1)->sourcesText(), shownSources);
            QCOMPARE(views.at(3)->sourcesText(), shownSources);
        }

        // a batch with the same collection: each model of the row gets the row's passages, and the
        // whole answer lists them
        f.page->showTab(1);
        f.page->setBatchText(QStringLiteral("{\"id\":\"ship\",\"prompt\":\"Which days do parcels ship?\"}\n"));
        f.page->runBatch();
        QTRY_VERIFY_WITH_TIMEOUT(!f.page->batchRunner().isRunning(), 10000);
        QCOMPARE(f.page->batchStatus(), QStringLiteral("Done: 2 calls."));
        const QString rowContext = f.page->batchRunner().rowContext(0).text;
        QVERIFY(rowContext.contains(QLatin1String("[1] shipping.pdf, page 4, Shipping")));
        QCOMPARE(f.fast.lastRequest().json().value(QLatin1String("messages")).toArray().at(0).toObject().value(QLatin1String("content")).toString(),
                 rowContext);
        auto *grid = f.page->findChild<QTableWidget *>(QStringLiteral("batchGrid"));
        QVERIFY(grid && grid->item(0, 3));
        QVERIFY2(grid->item(0, 3)->data(Qt::UserRole).toString().endsWith(QLatin1String("Sources:\n[1] shipping.pdf, page 4, Shipping")),
                 qPrintable(grid->item(0, 3)->data(Qt::UserRole).toString()));
        const qint64 batchId = f.page->batchRunner().comparisonId();

        // reopened with nothing attached any more: the comparison's collection is attached again,
        // both turns show their sources and a citation opens its passage
        f.page->setKnowledge({});
        f.page->newComparison();
        QVERIFY(picker->selected().isEmpty());
        f.page->openComparison(liveId);
        QCOMPARE(picker->selected(), QStringList{QStringLiteral("handbook")});
        QVERIFY(f.prompts.errors.isEmpty());
        for (int p = 0; p < 2; ++p) {
            const QList<MessageView *> views = f.pane(p)->messageViews();
            QCOMPARE(views.size(), 4);
            QVERIFY(views.at(0)->sourcesText().isEmpty());
            QCOMPARE(views.at(1)->sourcesText(), shownSources);
            QCOMPARE(views.at(3)->sourcesText(), shownSources);
        }
        f.shot(QStringLiteral("compare-knowledge-reopened"));
        ThemeManager::apply(Theme::Dark);
        f.shot(QStringLiteral("compare-knowledge-reopened-dark"));
        ThemeManager::apply(Theme::Light);
        MessageView *reopened = f.pane(0)->messageViews().at(1);
        QTRY_VERIFY(!reopened->body()->isRendering());
        const QPoint cite = linkPosition(reopened->body(), QStringLiteral("cite:1"));
        QVERIFY(!cite.isNull());
        QTest::mouseClick(reopened->body()->viewport(), Qt::LeftButton, {}, cite);
        QTRY_VERIFY((dialog = f.pane(0)->findChild<SourceDialog *>()) != nullptr);
        QCOMPARE(dialog->passageText(), ch.text);
        QVERIFY(dialog->headerText().contains(QStringLiteral("page 4 · Shipping")));
        dialog->close();

        // the reopened batch lists each row's sources with its answers
        f.page->openComparison(batchId);
        QVERIFY2(f.page->batchStatus().contains(QLatin1String("answered from handbook")), qPrintable(f.page->batchStatus()));
        for (int column = 2; column < 4; ++column)
            QVERIFY2(grid->item(0, column)->data(Qt::UserRole).toString().endsWith(QLatin1String("Sources:\n[1] shipping.pdf, page 4, Shipping")),
                     qPrintable(grid->item(0, column)->data(Qt::UserRole).toString()));
    }

    // A saved batch that answered from a collection, reopened in German: the status names the
    // collection and the whole answer lists the row's sources.
    void reopenedBatchListsItsSources()
    {
        QCOMPARE(installTranslations(QStringLiteral("de")), QStringLiteral("de"));
        const auto english = qScopeGuard([] { (void)installTranslations(QStringLiteral("en")); }); // also when a check fails
        {
            Fixture f;
            QVERIFY(f.start());
            compare::CompareStore store(f.context->database());
            compare::Comparison c;
            c.workspace = f.context->workspace().name;
            c.kind = compare::Comparison::Kind::Batch;
            c.title = QStringLiteral("Versand");
            c.models = {f.fastModel, f.slowModel};
            c.knowledge = {QStringLiteral("handbuch")};
            const auto id = store.create(c);
            QVERIFY(id);
            knowledge::Passage passage;
            passage.source = f.dir.filePath(QStringLiteral("versand.pdf"));
            passage.page = 4;
            passage.heading = QStringLiteral("Versand");
            passage.text = QStringLiteral("Pakete gehen werktags aus dem Zentrallager hinaus.");
            knowledge::Context sources = knowledge::buildContext({passage}, 3000);
            sources.collections = c.knowledge;
            sources.query = QStringLiteral("Wann werden Pakete versandt?");
            QVERIFY(store.saveSources(*id, 0, sources));
            for (const QString &model : c.models) {
                compare::BatchResult r;
                r.rowId = QStringLiteral("versand");
                r.model = model;
                r.prompt = sources.query;
                r.output = QStringLiteral("Werktags [1].");
                r.stats.latencyMs = 420;
                QVERIFY(store.saveBatchResult(*id, r));
            }
            f.page->openComparison(*id);
            QVERIFY2(f.page->batchStatus().startsWith(QStringLiteral("Stapel „Versand“ vom "))
                         && f.page->batchStatus().contains(QLatin1String("handbuch")),
                     qPrintable(f.page->batchStatus()));
            QCOMPARE(f.page->batchGridRows(), 1);
            QCOMPARE(answerDialogText(f.page, 0, 3, QStringLiteral("compare-batch-answer-sources-de")),
                     QStringLiteral("Werktags [1].\n\nQuellen:\n[1] versand.pdf, Seite 4, Versand"));
            saveScreenshot(f.window.get(), QStringLiteral("compare-batch-sources-de"));
            ThemeManager::apply(Theme::Dark);
            saveScreenshot(f.window.get(), QStringLiteral("compare-batch-sources-de-dark"));
            QVERIFY(f.prompts.errors.isEmpty());
        }
    }

    // Issue 22: a PDF attached to the prompt goes to each model as its API's document part, or as its
    // extracted text to a model that reads no PDFs; each pane says which. English and German, light
    // and dark.
    void pdfPerPane()
    {
        if (!knowledge::documentFeatures().contains(QLatin1String("pdf")))
            QSKIP("built without poppler-qt6 (scripts/deps.sh installs it)");
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("de")}) {
            QCOMPARE(installTranslations(language), language);
            const auto english = qScopeGuard([] { (void)installTranslations(QStringLiteral("en")); });
            Fixture f;
            f.textOnly = true;
            QVERIFY(f.start());
            f.slow.setChunkDelay(0);
            const QString textOnly = QStringLiteral("fast/text-only");
            f.page->setChosenModels({f.fastModel, f.slowModel, textOnly});
            QCOMPARE(f.page->session().paneCount(), 3);
            // not a PDF: refused with the reason in the status line, nothing attached
            const QString notPdf = f.dir.filePath(QStringLiteral("notes.pdf"));
            QFile fake(notPdf);
            QVERIFY(fake.open(QIODevice::WriteOnly));
            fake.write("just some text, not a PDF");
            fake.close();
            QVERIFY(!f.page->attachFile(notPdf));
            QVERIFY2(f.page->statusText().contains(QLatin1String("notes.pdf")), qPrintable(f.page->statusText()));
            QVERIFY(f.page->attachmentNames().isEmpty());

            QVERIFY(f.page->attachFile(sb::testing::sourcePath(QStringLiteral("tests/fixtures/knowledge/handbook.pdf"))));
            QCOMPARE(f.page->attachmentNames(), QStringList{QStringLiteral("handbook.pdf")});
            f.page->setPrompt(language == QLatin1String("de") ? QStringLiteral("Bis wann sind Spesen fällig?")
                                                              : QStringLiteral("When are expenses due?"));
            f.page->run();
            QTRY_VERIFY_WITH_TIMEOUT(!f.page->session().isRunning(), 20000);
            QVERIFY(f.page->attachmentNames().isEmpty()); // sent with that prompt only

            // OpenAI chat and Anthropic got the PDF as their document parts; text-only its text
            QVERIFY(QJsonDocument(f.slow.lastRequest().json()).toJson(QJsonDocument::Compact).contains("\"media_type\":\"application/pdf\""));
            for (int p = 0; p < 3; ++p)
                QCOMPARE(f.page->session().state(p), compare::CompareSession::PaneState::Done);
            const QList<fk::RecordedRequest> sent = f.fast.requests();
            bool sawFile = false;
            bool sawText = false;
            for (const fk::RecordedRequest &r : sent) {
                const QByteArray body = QJsonDocument(r.json()).toJson(QJsonDocument::Compact);
                const QString model = r.json().value(QLatin1String("model")).toString();
                if (model == QLatin1String("gpt-4o-mini"))
                    sawFile = body.contains("\"type\":\"file\"") && body.contains("data:application/pdf;base64,");
                else if (model == QLatin1String("text-only"))
                    sawText = body.contains("Travel policy") && !body.contains("application/pdf");
            }
            QVERIFY(sawFile && sawText);
            const bool de = language == QLatin1String("de");
            const QString asDocument = de ? QStringLiteral("PDF als Dokument gesendet, mit Layout und Bildern")
                                          : QStringLiteral("PDF sent as a document, with its layout and images");
            const QString asText = de ? QStringLiteral("PDF als extrahierter Text gesendet") : QStringLiteral("PDF sent as its extracted text");
            for (int p = 0; p < 3; ++p) {
                const QString note = f.pane(p)->pdfNoteText();
                if (f.page->session().model(p) == textOnly)
                    QVERIFY2(note.startsWith(asText), qPrintable(note));
                else
                    QCOMPARE(note, asDocument);
            }
            f.shot(QStringLiteral("compare-pdf-") + language);
            ThemeManager::apply(Theme::Dark);
            f.shot(QStringLiteral("compare-pdf-") + language + QStringLiteral("-dark"));
            ThemeManager::apply(Theme::Light);
            // the attachment row, before a send
            QVERIFY(f.page->attachFile(sb::testing::sourcePath(QStringLiteral("tests/fixtures/knowledge/handbook.pdf"))));
            f.shot(QStringLiteral("compare-pdf-attached-") + language);
            QVERIFY(f.prompts.errors.isEmpty());
        }
    }

    void sixPanesAtMost()
    {
        Fixture f;
        QVERIFY(f.start());
        f.slow.setChunkDelay(0);
        const QStringList seven{f.fastModel,
                                f.slowModel,
                                f.badModel,
                                QStringLiteral("fast/gpt-4.1-mini"),
                                QStringLiteral("fast/gpt-4.1-nano"),
                                QStringLiteral("slow/claude-haiku-4-5"),
                                QStringLiteral("fast/o4-mini")};
        f.page->setChosenModels(seven);
        QCOMPARE(f.page->chosenModels().size(), 6);
        QCOMPARE(f.page->panes().size(), 6);
        QVERIFY2(f.page->statusText().startsWith(QLatin1String("At most 6")), qPrintable(f.page->statusText()));
        // ticking a seventh by hand is undone at once
        auto *list = f.page->findChild<QListWidget *>(QStringLiteral("compareModels"));
        const QList<QListWidgetItem *> extra = list->findItems(QStringLiteral("fast/o4-mini"), Qt::MatchExactly);
        QCOMPARE(extra.size(), 1);
        extra.first()->setCheckState(Qt::Checked);
        QCOMPARE(extra.first()->checkState(), Qt::Unchecked);
        QCOMPARE(f.page->panes().size(), 6);
        f.page->setPrompt(QStringLiteral("Name a French city."));
        f.page->run();
        QTRY_VERIFY_WITH_TIMEOUT(!f.page->session().isRunning(), 15000);
        int done = 0;
        for (ComparePane *p : f.page->panes())
            done += p->stateText() == QLatin1String("done") ? 1 : 0;
        QCOMPARE(done, 5); // all but the failing provider
        f.shot(QStringLiteral("compare-six-panes"));
    }

    void virtualModelShowsWhoAnswered()
    {
        Fixture f;
        QVERIFY(f.start());
        Workspace ws = f.context->workspace();
        ws.routes = QJsonDocument::fromJson(R"([{"name": "smart", "strategy": "fallback", "retries": 0,
                                                 "targets": ["bad/gpt-4o", "fast/gpt-4o-mini"]}])")
                        .array();
        ws.virtualModels = QJsonDocument::fromJson(R"([{"name": "auto", "route": "smart"}])").array();
        QVERIFY(f.context->replaceWorkspace(ws));
        QVERIFY(f.page->availableModels().contains(QStringLiteral("auto")));
        f.slow.setChunkDelay(0);
        f.page->setChosenModels({QStringLiteral("auto"), f.slowModel});
        f.page->setPrompt(QStringLiteral("Capital of France?"));
        f.page->run();
        QTRY_VERIFY_WITH_TIMEOUT(!f.page->session().isRunning(), 15000);
        // the failing first target was skipped over: the pane says who answered
        QCOMPARE(f.pane(0)->title(), QStringLiteral("auto"));
        QCOMPARE(f.pane(0)->stateText(), QStringLiteral("done"));
        QVERIFY2(f.pane(0)->metricsText().startsWith(QStringLiteral("by fast/gpt-4o-mini · ")), qPrintable(f.pane(0)->metricsText()));
        QVERIFY2(!f.pane(1)->metricsText().startsWith(QLatin1String("by ")), qPrintable(f.pane(1)->metricsText()));
        QVERIFY(f.bad.requestCount() >= 1);
    }

    // Toggling Blind (or a model) after answers came keeps them; the next prompt starts the new comparison.
    void blindToggleKeepsAnswers()
    {
        Fixture f;
        QVERIFY(f.start());
        f.slow.setChunkDelay(0);
        f.page->setChosenModels({f.fastModel, f.slowModel});
        f.page->setPrompt(QStringLiteral("Capital of France?"));
        f.page->run();
        QTRY_VERIFY_WITH_TIMEOUT(!f.page->session().isRunning(), 15000);
        const qint64 first = f.page->session().comparisonId();
        QVERIFY(!f.pane(0)->messageViews().isEmpty());
        f.page->setBlind(true);
        QCOMPARE(f.page->panes().size(), 2);
        QVERIFY2(!f.pane(0)->messageViews().isEmpty(), "the answers are still there");
        QCOMPARE(f.page->session().comparisonId(), first);
        QVERIFY2(f.page->statusText().contains(QLatin1String("next prompt")), qPrintable(f.page->statusText()));
        f.page->setPrompt(QStringLiteral("Capital of Spain?"));
        f.page->run();
        QTRY_VERIFY_WITH_TIMEOUT(!f.page->session().isRunning(), 15000);
        QVERIFY(f.page->session().comparisonId() != first);
        QVERIFY(f.page->session().comparison().blind);
    }

    void blindVoteAndLeaderboard()
    {
        Fixture f;
        QVERIFY(f.start());
        f.slow.setChunkDelay(20);
        f.page->setBlind(true);
        f.page->setCategory(QStringLiteral("geography"));
        f.page->setChosenModels({f.fastModel, f.slowModel});
        const QStringList titles{f.page->panes().at(0)->title(), f.page->panes().at(1)->title()};
        QCOMPARE(titles, (QStringList{QStringLiteral("Model A"), QStringLiteral("Model B")}));
        f.page->setPrompt(QStringLiteral("Capital of France, please."));
        f.page->run();
        QTRY_VERIFY_WITH_TIMEOUT(!f.page->session().isRunning(), 15000);
        QVERIFY(f.page->voteBarVisible());
        // the metrics show, but not who is who: not in the title, the messages' headers or footers, nor a tooltip
        for (ComparePane *p : f.page->panes()) {
            QVERIFY(!p->messageViews().isEmpty());
            const QStringList shown = shownStrings(p);
            QVERIFY(shown.contains(QStringLiteral("Assistant")));
            for (const QString &text : shown) {
                for (const char *name : {"gpt-4o", "claude", "fast/", "slow/"})
                    QVERIFY2(!text.contains(QLatin1String(name)), qPrintable(text));
            }
        }
        f.shot(QStringLiteral("compare-blind-vote"));

        const int modelA = f.page->session().displayOrder().at(0);
        QPushButton *aBetter = button(f.page, QStringLiteral("A is better"));
        QVERIFY(aBetter);
        aBetter->click();
        QVERIFY(!f.page->voteBarVisible());
        QCOMPARE(f.page->panes().at(0)->title(), f.page->session().model(modelA)); // revealed
        QVERIFY2(f.page->statusText().startsWith(QLatin1String("Vote saved. A = ")), qPrintable(f.page->statusText()));

        f.page->showTab(2);
        QTRY_COMPARE(f.page->leaderboardRows(), 2); // once the vote is stored
        QCOMPARE(f.page->leaderboardCell(0, 1), f.page->session().model(modelA));
        QCOMPARE(f.page->leaderboardCell(0, 2), QStringLiteral("1,016")); // the locale groups digits
        QCOMPARE(f.page->leaderboardCell(0, 3), QStringLiteral("100%"));
        QCOMPARE(f.page->leaderboardCell(1, 2), QStringLiteral("984"));
        QCOMPARE(f.page->leaderboardCell(0, 8), QStringLiteral("1"));
        QCOMPARE(f.page->leaderboardCell(1, 8), QStringLiteral("1"));
        const QStringList firstRound{f.page->leaderboardCell(0, 1), f.page->leaderboardCell(1, 1)};

        // three panes: pick the best one
        f.page->showTab(0);
        f.page->setChosenModels({f.fastModel, f.slowModel, f.badModel});
        f.page->setPrompt(QStringLiteral("Capital of Spain?"));
        f.page->run();
        QTRY_VERIFY_WITH_TIMEOUT(!f.page->session().isRunning(), 15000);
        QVERIFY(f.page->voteBarVisible());
        f.shot(QStringLiteral("compare-blind-three"));
        const int best = f.page->session().displayOrder().at(2);
        QPushButton *cBest = button(f.page, QStringLiteral("C is best"));
        QVERIFY(cBest);
        cBest->click();
        f.page->showTab(2);
        QTRY_COMPARE(f.page->leaderboardRows(), 3);
        int winsOfBest = 0;
        for (int r = 0; r < 3; ++r) {
            if (f.page->leaderboardCell(r, 1) == f.page->session().model(best))
                winsOfBest = f.page->leaderboardCell(r, 4).toInt();
        }
        QVERIFY(winsOfBest >= 2); // a win over each other pane
        // but one vote is one vote (it counted as two): the Votes column counts the rounds a model was in
        for (int r = 0; r < 3; ++r) {
            const QString model = f.page->leaderboardCell(r, 1);
            QCOMPARE(f.page->leaderboardCell(r, 8), firstRound.contains(model) ? QStringLiteral("2") : QStringLiteral("1"));
        }
        saveScreenshot(f.window.get(), QStringLiteral("compare-leaderboard"));

        // comparisons and votes are the workspace's: another workspace starts empty and files its own
        Workspace other = f.context->workspace();
        other.name = QStringLiteral("Other team");
        QVERIFY(f.context->replaceWorkspace(other));
        QCOMPARE(f.page->leaderboardRows(), 0);
        QVERIFY(f.page->savedComparisons().isEmpty());
        f.page->showTab(0);
        f.page->setBlind(false);
        f.page->setPrompt(QStringLiteral("Hello"));
        f.page->run();
        QTRY_VERIFY_WITH_TIMEOUT(!f.page->session().isRunning(), 15000);
        QCOMPARE(f.page->savedComparisons().size(), 1);
        QVERIFY(f.prompts.errors.isEmpty());
    }

    void batchRun()
    {
        Fixture f;
        QVERIFY(f.start());
        f.slow.setChunkDelay(10);
        f.page->setChosenModels({f.fastModel, f.slowModel, f.badModel});
        f.page->showTab(1);

        // a malformed prompt set names the line and runs nothing
        f.page->setBatchText(QStringLiteral("prompt,contains\n\"What is the capital of France?,Paris\n"));
        f.page->runBatch();
        QVERIFY2(f.page->batchStatus().startsWith(QLatin1String("line 2: unterminated quoted field")), qPrintable(f.page->batchStatus()));
        QVERIFY(!f.page->batchRunner().isRunning());
        const QString broken = f.dir.filePath(QStringLiteral("broken.jsonl"));
        QFile bf(broken);
        QVERIFY(bf.open(QIODevice::WriteOnly));
        bf.write("{\"prompt\": \"ok\"}\n{\"prompt\": \"missing brace\"\n");
        bf.close();
        f.page->loadBatchFile(broken);
        QVERIFY2(f.page->batchStatus().startsWith(QLatin1String("broken.jsonl: line 2: not valid JSON")), qPrintable(f.page->batchStatus()));

        const QString set = f.dir.filePath(QStringLiteral("set.csv"));
        QFile sf(set);
        QVERIFY(sf.open(QIODevice::WriteOnly));
        sf.write("id,prompt,contains,json,schema\r\n"
                 "capital,\"What is the capital of France?\",Paris,,\r\n"
                 "json,\"Answer as JSON, with \"\"city\"\"\",,true,\"{\"\"type\"\":\"\"object\"\",\"\"required\"\":[\"\"city\"\"]}\"\r\n"
                 "free,Say something nice,,,\r\n");
        sf.close();
        f.page->loadBatchFile(set);
        QVERIFY2(f.page->batchStatus().startsWith(QLatin1String("3 prompts from ")), qPrintable(f.page->batchStatus()));
        f.page->setBatchConcurrency(2);
        f.page->runBatch();
        QVERIFY(f.page->batchRunner().isRunning());
        QCOMPARE(f.page->batchGridRows(), 3);
        QTRY_VERIFY_WITH_TIMEOUT(!f.page->batchRunner().isRunning(), 30000);
        QVERIFY(f.page->batchRunner().peakInFlight() <= 2);
        QCOMPARE(f.page->batchStatus(), QStringLiteral("Done: 9 calls."));
        // fast: Paris yes, JSON no; slow: both; bad: errors
        QVERIFY2(f.page->batchGridCell(0, 2).startsWith(QStringLiteral("✓ pass")), qPrintable(f.page->batchGridCell(0, 2)));
        QVERIFY(f.page->batchGridCell(1, 2).startsWith(QStringLiteral("✗ fail")));
        QVERIFY(f.page->batchGridCell(1, 3).startsWith(QStringLiteral("✓ pass")));
        QVERIFY(f.page->batchGridCell(2, 3).startsWith(QLatin1String("answered")));
        QCOMPARE(f.page->batchGridCell(0, 4), QStringLiteral("✗ error"));
        // a double-click opens the whole answer
        {
            auto *grid = f.page->findChild<QTableWidget *>(QStringLiteral("batchGrid"));
            const QString shown = answerDialogText(f.page, 0, 2);
            QVERIFY2(!shown.isEmpty(), "no answer dialog");
            QCOMPARE(shown.section(QStringLiteral("\n\n"), 0, 0), grid->item(0, 2)->toolTip().section(QStringLiteral("\n\n"), 0, 0));
        }
        QCOMPARE(f.page->batchSummaryCell(0, 1), QStringLiteral("50%"));
        QCOMPARE(f.page->batchSummaryCell(1, 1), QStringLiteral("100%"));
        QCOMPARE(f.page->batchSummaryCell(2, 1), QStringLiteral("0%"));
        QCOMPARE(f.page->batchSummaryCell(2, 3), QStringLiteral("3"));
        saveScreenshot(f.window.get(), QStringLiteral("compare-batch"));

        // export: quoting survives a round trip
        const QString out = f.dir.filePath(QStringLiteral("results.csv"));
        f.prompts.saveAnswers << out;
        f.page->exportBatch();
        QFile of(out);
        QVERIFY(of.open(QIODevice::ReadOnly));
        auto records = csv::parse(QString::fromUtf8(of.readAll()));
        QVERIFY(records);
        QCOMPARE(records->size(), 10);
        QCOMPARE(records->at(4).fields.at(2), QStringLiteral("Answer as JSON, with \"city\""));

        // batch calls are in the ledger too; the batch reopens from the saved list
        const qint64 id = f.page->batchRunner().comparisonId();
        for (const auto &[source, key] : f.ledgerRows())
            QCOMPARE(source, QStringLiteral("compare"));
        QVERIFY(f.page->savedComparisons().contains(id));
        f.page->setBatchText(QStringLiteral("one\ntwo"));
        f.page->openComparison(id);
        QCOMPARE(f.page->batchGridRows(), 3);
        QCOMPARE(f.page->batchSummaryCell(1, 1), QStringLiteral("100%"));

        // cancel: a slow model, one call at a time
        f.slow.setChunkDelay(1000);
        f.page->setChosenModels({f.slowModel, f.fastModel});
        f.page->setBatchText(QStringLiteral("one\ntwo\nthree\nfour"));
        f.page->setBatchConcurrency(1);
        f.page->runBatch();
        QTRY_VERIFY_WITH_TIMEOUT(f.page->batchRunner().inFlight() == 1, 5000);
        button(f.page, QStringLiteral("Cancel"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!f.page->batchRunner().isRunning(), 5000);
        QVERIFY2(f.page->batchStatus().startsWith(QLatin1String("Cancelled after")), qPrintable(f.page->batchStatus()));
        QVERIFY(f.prompts.errors.isEmpty());
    }
};

QTEST_MAIN(TestComparePage)
#include "tst_comparepage.moc"
