#include "appcontext.h"
#include "engine/engine.h"
#include "fakeupstream.h"
#include "i18n.h"
#include "knowledge/documents.h"
#include "knowledge/store.h"
#include "mainwindow.h"
#include "pages/playground/composer.h"
#include "pages/playgroundpage.h"
#include "testpaths.h"
#include "theme.h"
#include "uitest.h"
#include "usage/ledger.h"
#include "widgets/knowledgepicker.h"
#include "widgets/markdownview.h"
#include "widgets/messageview.h"
#include "widgets/modelpicker.h"
#include "widgets/sourcedialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDoubleSpinBox>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolButton>

#include <algorithm>

using namespace sb;
using namespace sb::ui;
using namespace sb::uitest;
namespace fk = sb::fakes;

namespace {

const QString kAnswer = QStringLiteral("Here is how to **reverse** a list in place:\n\n"
                                       "```python\n"
                                       "def reverse(items):\n"
                                       "    \"\"\"Reverse without copying.\"\"\"\n"
                                       "    items.reverse()  # O(n), no new list\n"
                                       "    return items\n"
                                       "```\n\n"
                                       "- it works on any `list`\n"
                                       "- slicing (`items[::-1]`) makes a copy\n");

} // namespace

class TestPlaygroundPage : public QObject
{
    Q_OBJECT

private:
    struct Fixture : AppFixture {
        fk::FakeUpstream up{fk::Dialects(fk::Dialect::OpenAiChat)};
        PlaygroundPage *page = nullptr;

        bool start(bool withProvider = true)
        {
            if (!up.listen())
                return false;
            up.setApiKey(QStringLiteral("sk-good"));
            storeKey(QStringLiteral("sk-good"));
            if (!open())
                return false;
            Workspace ws = context->workspace();
            if (withProvider) {
                ws.providers = {provider("openai", "openai", up.baseUrl(),
                                         {QStringLiteral("gpt-4o-mini"), QStringLiteral("gpt-4o"), QStringLiteral("text-only")})};
                // a virtual model whose route tries a model that is down first, then one that answers
                ws.routes = QJsonArray{
                    QJsonObject{{QStringLiteral("name"), QStringLiteral("fast-route")},
                                {QStringLiteral("targets"), QJsonArray{QStringLiteral("openai/gpt-4o"), QStringLiteral("openai/gpt-4o-mini")}}}};
                ws.virtualModels = QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("fast")},
                                                          {QStringLiteral("description"), QStringLiteral("Quick answers")},
                                                          {QStringLiteral("route"), QStringLiteral("fast-route")}}};
                ws.modelOverrides = QJsonObject{
                    {QStringLiteral("openai/text-only"),
                     QJsonObject{{QStringLiteral("prices"), QJsonObject{{QStringLiteral("input"), 1.0}, {QStringLiteral("output"), 2.0}}},
                                 {QStringLiteral("contextWindow"), 32000},
                                 {QStringLiteral("capabilities"), QJsonArray{QStringLiteral("tools")}}}}};
            }
            if (!startEngine([&ws](Workspace &w) { w = ws; }) || !showWindow({1200, 800}, QStringLiteral("playground")))
                return false;
            page = window->playgroundPage();
            return page;
        }

        void reply(const QString &text, int chunks = 4, const QString &reasoning = {})
        {
            fk::ReplyScript r;
            r.text = text;
            r.textChunks = chunks;
            r.reasoning = reasoning;
            r.inputTokens = 40;
            r.outputTokens = 120;
            up.setReply(r);
        }

        QPlainTextEdit *composer() const { return page->findChild<QPlainTextEdit *>(QStringLiteral("composer")); }

        // Types and sends with Enter, waits for the answer to end.
        bool sendAndWait(const QString &text)
        {
            composer()->setFocus();
            page->setInput(text);
            QTest::keyClick(composer(), Qt::Key_Return);
            return QTest::qWaitFor([this] { return !page->isStreaming(); }, 10000);
        }

        // The list's changes are stored on a worker: waits until they are, and shown.
        bool settle() const
        {
            return QTest::qWaitFor([this] { return page->pendingWrites() == 0; }, 5000);
        }

        MessageView *last() const { return page->messageViews().isEmpty() ? nullptr : page->messageViews().last(); }

        // Long messages are laid out over a few frames: wait for them before a screenshot.
        QString shot(const QString &name)
        {
            const bool rendered = QTest::qWaitFor(
                [this] {
                    const auto views = page->messageViews();
                    return std::none_of(views.begin(), views.end(), [](MessageView *v) { return v->body()->isRendering(); });
                },
                5000);
            if (!rendered)
                qWarning("%s: still rendering after 5 s", qPrintable(name));
            return saveScreenshot(window.get(), name);
        }
    };

    // The colour of the first run of text in a document that starts with `text`.
    static QColor colorOf(QTextDocument *doc, const QString &text)
    {
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            for (auto it = b.begin(); !it.atEnd(); ++it) {
                if (it.fragment().text().startsWith(text))
                    return it.fragment().charFormat().foreground().color();
            }
        }
        return {};
    }

    // A collection "handbook" (BM25 only: no embedding model) with two passages of a real file.
    static QString makeHandbook(Fixture &f)
    {
        const QString path = f.dir.filePath(QStringLiteral("refunds.md"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write("# Refunds\n\nRefunds are paid within thirty days.\n") < 0)
            return {};
        file.close();
        knowledge::KnowledgeStore kb(f.context->database());
        knowledge::Collection c;
        c.name = QStringLiteral("handbook");
        auto id = kb.createCollection(c);
        if (!id)
            return {};
        knowledge::Document d;
        d.source = path;
        d.contentHash = QStringLiteral("1");
        knowledge::Chunk timing;
        timing.text = QStringLiteral("Refunds are paid within thirty days of the purchase, to the card that paid.");
        timing.heading = QStringLiteral("Refunds > Timing");
        timing.page = 2;
        timing.start = 12;
        timing.end = timing.start + timing.text.size();
        timing.tokens = 16;
        knowledge::Chunk sale;
        sale.text = QStringLiteral("Sale items are final: refunds exclude them.");
        sale.heading = QStringLiteral("Refunds > Exceptions");
        sale.page = 3;
        sale.tokens = 10;
        if (!kb.replaceDocument(*id, d, {timing, sale}))
            return {};
        return path;
    }

    static QList<chat::StoredMessage> thread(Fixture &f)
    {
        auto t = f.page->store().thread(f.page->currentConversationId());
        return t ? *t : QList<chat::StoredMessage>{};
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

    void firstInTheSidebarAndEmptyStateWithoutProviders()
    {
        Fixture f;
        QVERIFY(f.start(false));
        QCOMPARE(f.window->pageIds().value(0), QStringLiteral("playground"));
        QVERIFY(f.page->isEmptyStateShown());
        QVERIFY2(f.page->emptyStateText().contains(QLatin1String("No provider is configured")), qPrintable(f.page->emptyStateText()));
        QVERIFY(!f.composer()->isEnabled());
        f.shot(QStringLiteral("playground-no-provider"));
        const auto buttons = f.page->findChildren<QPushButton *>();
        for (QPushButton *b : buttons) {
            if (b->text() == QLatin1String("Open Providers") && b->isVisible())
                QTest::mouseClick(b, Qt::LeftButton);
        }
        QCOMPARE(f.window->currentPageId(), QStringLiteral("providers"));
    }

    void sendStreamRegenerateBranchEditExport()
    {
        Fixture f;
        QVERIFY(f.start());
        QVERIFY(f.page->isEmptyStateShown());
        QVERIFY(f.page->emptyStateText().contains(QLatin1String("Enter sends")));
        // the picker offers the provider's models with hints
        ModelPicker *picker = f.page->modelPicker();
        QVERIFY(picker->models().contains(QStringLiteral("openai/gpt-4o-mini")));
        QVERIFY(picker->models().contains(QStringLiteral("openai/text-only")));
        const auto entry = picker->entry(QStringLiteral("openai/gpt-4o-mini"));
        QVERIFY(entry && entry->info);
        QVERIFY2(ModelPicker::hint(*entry).contains(QLatin1String("vision")), qPrintable(ModelPicker::hint(*entry)));
        QVERIFY(ModelPicker::hint(*entry).contains(QLatin1String("per M tokens")));
        f.page->setModel(QStringLiteral("openai/gpt-4o-mini"));

        // Shift+Enter adds a line; Enter sends
        f.up.setChunkDelay(5);
        f.reply(kAnswer, 12, QStringLiteral("The user wants an in-place reversal."));
        f.composer()->setFocus();
        f.page->setInput(QStringLiteral("How do I reverse a list?"));
        f.composer()->moveCursor(QTextCursor::End);
        QTest::keyClick(f.composer(), Qt::Key_Return, Qt::ShiftModifier);
        QVERIFY(f.page->input().contains(QLatin1Char('\n')));
        QCOMPARE(f.up.requestCount(), 0);
        QVERIFY(f.sendAndWait(QStringLiteral("How do I reverse a list in Python?")));
        QCOMPARE(f.up.requestCount(), 1);
        const QJsonObject body = f.up.lastRequest().json();
        QCOMPARE(body.value(QLatin1String("model")).toString(), QStringLiteral("gpt-4o-mini"));
        QVERIFY(body.value(QLatin1String("stream")).toBool());
        QVERIFY(f.page->input().isEmpty());

        QCOMPARE(f.page->messageViews().size(), 2);
        MessageView *answer = f.last();
        QCOMPARE(answer->text(), kAnswer);
        QTRY_VERIFY(!answer->body()->isRendering());
        QCOMPARE(answer->body()->codeBlocks().size(), 1);
        QVERIFY(answer->body()->codeBlocks().value(0).startsWith(QLatin1String("def reverse(items):")));
        QVERIFY(answer->body()->toPlainText().contains(QLatin1String("items.reverse()")));
        QVERIFY(!answer->body()->toPlainText().contains(QLatin1String("```")));
        // highlighted: the keyword and the comment in their own colours (a docstring is a comment in Breeze)
        const QColor keyword = colorOf(answer->body()->document(), QStringLiteral("def"));
        const QColor comment = colorOf(answer->body()->document(), QStringLiteral("# O(n)"));
        const QColor docstring = colorOf(answer->body()->document(), QStringLiteral("\"\"\"Reverse"));
        QVERIFY(keyword.isValid() && comment.isValid() && docstring.isValid());
        QVERIFY2(keyword != comment && comment == docstring, qPrintable(keyword.name() + comment.name() + docstring.name()));
        QCOMPARE(answer->reasoning(), QStringLiteral("The user wants an in-place reversal."));
        // reasoning is collapsed until asked for
        QToolButton *showReasoning = nullptr;
        for (QToolButton *b : answer->findChildren<QToolButton *>()) {
            if (b->text() == QLatin1String("Show reasoning"))
                showReasoning = b;
        }
        QVERIFY(showReasoning && showReasoning->isVisible());
        QTextBrowser *reasoningView = nullptr;
        for (QTextBrowser *b : answer->findChildren<QTextBrowser *>()) {
            if (!qobject_cast<MarkdownView *>(b))
                reasoningView = b;
        }
        QVERIFY(reasoningView && !reasoningView->isVisible());
        QTest::mouseClick(showReasoning, Qt::LeftButton);
        QVERIFY(reasoningView->isVisible());
        QCOMPARE(reasoningView->toPlainText(), answer->reasoning());
        QCOMPARE(showReasoning->text(), QStringLiteral("Hide reasoning"));
        const QString stats = answer->statsText();
        QVERIFY2(stats.contains(QLatin1String("openai/gpt-4o-mini")) && stats.contains(QLatin1String("TTFT"))
                     && stats.contains(QLatin1String("40 in, 120 out")) && stats.contains(QLatin1String("$")),
                 qPrintable(stats));
        // copy buttons: the code block and the whole message
        answer->body()->copyCodeBlock(0);
        QCOMPARE(QApplication::clipboard()->text(), answer->body()->codeBlocks().value(0));
        answer->copyToClipboard();
        QCOMPARE(QApplication::clipboard()->text(), kAnswer);

        // saved, listed, titled by the first message
        QTRY_COMPARE(f.page->conversationTitles().size(), 1);
        QVERIFY(f.page->conversationTitles().value(0).startsWith(QLatin1String("How do I reverse")));
        const auto saved = thread(f);
        QCOMPARE(saved.size(), 2);
        QCOMPARE(saved[1].stats.status, chat::MessageStats::Status::Ok);
        QCOMPARE(saved[1].stats.model, QStringLiteral("gpt-4o-mini"));
        QCOMPARE(saved[1].stats.outputTokens, 120);

        // the routing decision, one click away
        const QString routing = f.page->routingText(saved[1].id);
        QVERIFY2(routing.contains(QLatin1String("Answered by: openai/gpt-4o-mini")), qPrintable(routing));
        f.page->showRouting(saved[1].id);
        QVERIFY(f.prompts.infos.last().contains(QLatin1String("Answered by")));
        f.shot(QStringLiteral("playground-answer-light"));

        // regenerate: a second version under the same question
        f.reply(QStringLiteral("Use `items.reverse()`."), 2);
        f.page->regenerate(saved[1].id);
        QVERIFY(f.page->isStreaming());
        QTRY_VERIFY_WITH_TIMEOUT(!f.page->isStreaming(), 10000);
        QCOMPARE(f.last()->text(), QStringLiteral("Use `items.reverse()`."));
        auto t = thread(f);
        QCOMPARE(t.size(), 2);
        QCOMPARE(t[1].siblingCount, 2);
        QCOMPARE(t[1].siblingIndex, 1);
        // the regenerated request carried the question only
        QCOMPARE(f.up.lastRequest().json().value(QLatin1String("messages")).toArray().size(), 1);
        // back to the first version
        f.page->showSibling(t[1].id, -1);
        QVERIFY(f.settle());
        QCOMPARE(f.last()->text(), kAnswer);
        f.page->showSibling(thread(f)[1].id, +1);
        QVERIFY(f.settle());
        QCOMPARE(f.last()->text(), QStringLiteral("Use `items.reverse()`."));

        // follow-up, then edit the first question and resend: the original branch is kept
        f.reply(QStringLiteral("Yes, it returns None."), 2);
        const QList<MessageView *> before = f.page->messageViews();
        QVERIFY(f.sendAndWait(QStringLiteral("Does reverse() return anything?")));
        QCOMPARE(f.page->messageViews().size(), 4);
        // the messages already shown keep their views (nothing is rendered again)
        QVERIFY(f.page->messageViews().mid(0, 2) == before); // pointers: not printed when they differ
        QCOMPARE(f.up.lastRequest().json().value(QLatin1String("messages")).toArray().size(), 3);
        f.page->startEdit(thread(f)[0].id);
        QCOMPARE(f.page->input(), QStringLiteral("How do I reverse a list in Python?"));
        f.reply(QStringLiteral("In Rust: `v.reverse()`."), 2);
        QVERIFY(f.sendAndWait(QStringLiteral("How do I reverse a vector in Rust?")));
        t = thread(f);
        QCOMPARE(t.size(), 2);
        QCOMPARE(t[0].message.text(), QStringLiteral("How do I reverse a vector in Rust?"));
        QCOMPARE(t[0].siblingCount, 2);
        QCOMPARE(f.up.lastRequest().json().value(QLatin1String("messages")).toArray().size(), 1);
        f.page->showSibling(t[0].id, -1);
        QVERIFY(f.settle());
        t = thread(f);
        QCOMPARE(t.size(), 4); // the original branch with its follow-up
        QCOMPARE(t[3].message.text(), QStringLiteral("Yes, it returns None."));

        // export: Markdown and JSON through the save prompt
        const QString md = f.dir.filePath(QStringLiteral("chat.md"));
        const QString js = f.dir.filePath(QStringLiteral("chat.json"));
        f.prompts.saveAnswers << md << js;
        f.page->exportMarkdown();
        f.page->exportJson();
        QFile mdFile(md);
        QVERIFY(mdFile.open(QIODevice::ReadOnly));
        const QString mdText = QString::fromUtf8(mdFile.readAll());
        QVERIFY(mdText.contains(QLatin1String("How do I reverse a list in Python?")));
        QVERIFY(mdText.contains(QLatin1String("Use `items.reverse()`.")));
        QVERIFY(mdText.contains(QLatin1String("Yes, it returns None.")));
        QFile jsFile(js);
        QVERIFY(jsFile.open(QIODevice::ReadOnly));
        const QJsonDocument doc = QJsonDocument::fromJson(jsFile.readAll());
        QVERIFY(doc.isObject());
        QVERIFY(QString::fromUtf8(doc.toJson()).contains(QLatin1String("Does reverse() return anything?")));
        QVERIFY(f.prompts.errors.isEmpty());

        f.shot(QStringLiteral("playground-branches-light"));
        ThemeManager::apply(Theme::Dark);
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QVERIFY(!f.last()->body()->codeBlocks().isEmpty() || !f.page->messageViews().isEmpty());
        f.shot(QStringLiteral("playground-branches-dark"));
        f.page->showSibling(thread(f)[0].id, +1);
        QVERIFY(f.settle());
        f.page->showSibling(thread(f)[0].id, -1);
        QVERIFY(f.settle());
        f.page->showSibling(thread(f)[1].id, -1);
        QVERIFY(f.settle());
        QCOMPARE(f.last()->text(), kAnswer);
        f.shot(QStringLiteral("playground-answer-dark"));
    }

    void virtualModelShowsTheModelUsed()
    {
        Fixture f;
        QVERIFY(f.start());
        ModelPicker *picker = f.page->modelPicker();
        QCOMPARE(picker->models().value(0), QStringLiteral("fast"));
        QVERIFY(picker->entry(QStringLiteral("fast"))->isVirtual);
        QVERIFY(ModelPicker::hint(*picker->entry(QStringLiteral("fast"))).contains(QLatin1String("Quick answers")));
        f.page->setModel(QStringLiteral("fast"));
        // gpt-4o is down: the router fails over to gpt-4o-mini
        f.up.setHandler([](const fk::RecordedRequest &r) -> std::optional<fk::Script> {
            if (r.json().value(QLatin1String("model")).toString() == QLatin1String("gpt-4o"))
                return fk::Script{std::nullopt, fk::Fault::make(fk::FaultKind::ServiceUnavailable), std::nullopt};
            return std::nullopt;
        });
        f.reply(QStringLiteral("Answered by the fallback."), 2);
        QVERIFY(f.sendAndWait(QStringLiteral("Hi")));
        QVERIFY2(f.last()->statsText().startsWith(QLatin1String("openai/gpt-4o-mini")), qPrintable(f.last()->statsText()));
        const auto t = thread(f);
        QCOMPARE(t[1].stats.model, QStringLiteral("gpt-4o-mini"));
        const QString routing = f.page->routingText(t[1].id);
        QVERIFY2(routing.contains(QLatin1String("Virtual model: fast")) && routing.contains(QLatin1String("Route: fast-route"))
                     && routing.contains(QLatin1String("1. openai/gpt-4o: failed after "))
                     && routing.contains(QLatin1String("3. openai/gpt-4o-mini: answered in ")) && routing.contains(QLatin1String("; waited "))
                     && routing.contains(QLatin1String("Answered by: openai/gpt-4o-mini")),
                 qPrintable(routing));
        QVERIFY2(!routing.contains(QLatin1Char('{')), qPrintable(routing)); // a timeline, not JSON
        // the failover shows on the answer itself
        QVERIFY2(f.last()->statsText().contains(QLatin1String("after 2 failed attempts")), qPrintable(f.last()->statsText()));
        // the conversation keeps the virtual model it was asked with
        QCOMPARE(f.page->store().conversation(f.page->currentConversationId())->model, QStringLiteral("fast"));
        // the routing decision also comes from the ledger (a later session)
        QVERIFY(f.context->engine()->ledger().flush());
        const qint64 conv = f.page->currentConversationId();
        f.page->newConversation();
        f.page->openConversation(conv);
        QVERIFY(f.page->routingText(t[1].id).contains(QLatin1String("Answered by: openai/gpt-4o-mini")));
        // and the failover note is stored with the message
        QVERIFY2(f.last()->statsText().contains(QLatin1String("after 2 failed attempts")), qPrintable(f.last()->statsText()));
    }

    void stopKeepsThePartialAnswer()
    {
        Fixture f;
        QVERIFY(f.start());
        f.page->setModel(QStringLiteral("openai/gpt-4o"));
        QString longText;
        for (int i = 0; i < 400; ++i)
            longText += QStringLiteral("word%1 ").arg(i);
        f.reply(longText, 400);
        f.up.setChunkDelay(20);
        f.composer()->setFocus();
        f.page->setInput(QStringLiteral("Count slowly"));
        QTest::keyClick(f.composer(), Qt::Key_Return);
        QVERIFY(f.page->isStreaming());
        QTRY_VERIFY_WITH_TIMEOUT(f.last() && f.last()->text().size() > 20, 10000);
        f.shot(QStringLiteral("playground-streaming"));
        // saved while it streams (a crash keeps the partial answer, marked stopped)
        QTRY_VERIFY_WITH_TIMEOUT(thread(f).value(1).message.text().size() > 20, PlaygroundPage::kSaveMs + 3000);
        QVERIFY(f.page->isStreaming());
        QCOMPARE(thread(f).value(1).stats.status, chat::MessageStats::Status::Stopped);
        QTest::keyClick(f.composer(), Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(!f.page->isStreaming(), 5000);
        MessageView *answer = f.last();
        QVERIFY(answer->isStopped());
        QVERIFY(!answer->text().isEmpty());
        QVERIFY(answer->text().size() < longText.size());
        QVERIFY(longText.startsWith(answer->text()));
        const auto t = thread(f);
        QCOMPARE(t.size(), 2);
        QCOMPARE(t[1].stats.status, chat::MessageStats::Status::Stopped);
        QCOMPARE(t[1].message.text(), answer->text());
        f.shot(QStringLiteral("playground-stopped"));

        // the conversation goes on, with the partial answer in its history
        f.up.setChunkDelay(0);
        f.reply(QStringLiteral("Done."), 1);
        QVERIFY(f.sendAndWait(QStringLiteral("Go on")));
        const QJsonArray sent = f.up.lastRequest().json().value(QLatin1String("messages")).toArray();
        QCOMPARE(sent.size(), 3);
        QCOMPARE(f.last()->text(), QStringLiteral("Done."));
        QVERIFY(!f.last()->isStopped());

        // leaving the conversation mid-answer stops it and keeps what arrived
        const qint64 conv = f.page->currentConversationId();
        f.reply(longText, 400);
        f.up.setChunkDelay(20);
        f.page->setInput(QStringLiteral("Count again"));
        f.page->send();
        QTRY_VERIFY_WITH_TIMEOUT(f.last() && f.last()->text().size() > 20, 10000);
        QTest::keyClick(f.composer(), Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(f.page->currentConversationId(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!f.page->isStreaming(), 5000);
        QVERIFY(f.page->messageViews().isEmpty());
        f.page->openConversation(conv);
        const auto again = thread(f);
        QCOMPARE(again.size(), 6);
        QCOMPARE(again[5].stats.status, chat::MessageStats::Status::Stopped);
        QVERIFY(!again[5].message.text().isEmpty());
        QVERIFY(f.last()->isStopped());
    }

    void systemPromptAndParameters()
    {
        Fixture f;
        QVERIFY(f.start());
        f.page->setModel(QStringLiteral("openai/gpt-4o-mini"));
        auto *toggle = f.page->findChild<QToolButton *>(QStringLiteral("settingsToggle"));
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(f.page->findChild<QFrame *>(QStringLiteral("settingsPanel"))->isVisible());
        f.page->setSystemPrompt(QStringLiteral("Answer in JSON."));
        auto spins = f.page->findChild<QFrame *>(QStringLiteral("settingsPanel"))->findChildren<QDoubleSpinBox *>();
        QCOMPARE(spins.size(), 2);
        // defaults send nothing
        f.reply(QStringLiteral("{}"), 1);
        QVERIFY(f.sendAndWait(QStringLiteral("First")));
        QJsonObject body = f.up.lastRequest().json();
        QVERIFY(!body.contains(QLatin1String("temperature")));
        QVERIFY(!body.contains(QLatin1String("top_p")));
        QVERIFY(!body.contains(QLatin1String("response_format")));
        QCOMPARE(body.value(QLatin1String("messages")).toArray().at(0).toObject().value(QLatin1String("role")).toString(), QStringLiteral("system"));
        spins[0]->setValue(0.3); // temperature
        spins[1]->setValue(0.9); // top p
        f.page->findChild<QFrame *>(QStringLiteral("settingsPanel"))->findChild<QSpinBox *>()->setValue(512);
        f.page->findChild<QFrame *>(QStringLiteral("settingsPanel"))->findChild<QCheckBox *>()->setChecked(true);
        f.shot(QStringLiteral("playground-settings"));
        QVERIFY(f.sendAndWait(QStringLiteral("Second")));
        body = f.up.lastRequest().json();
        QCOMPARE(body.value(QLatin1String("temperature")).toDouble(), 0.3);
        QCOMPARE(body.value(QLatin1String("top_p")).toDouble(), 0.9);
        QVERIFY(body.value(QLatin1String("max_tokens")).toInt() == 512 || body.value(QLatin1String("max_completion_tokens")).toInt() == 512);
        QCOMPARE(body.value(QLatin1String("response_format")).toObject().value(QLatin1String("type")).toString(), QStringLiteral("json_object"));
        // saved with the conversation, and back when it is opened again
        const qint64 conv = f.page->currentConversationId();
        auto saved = f.page->store().conversation(conv);
        QVERIFY(saved);
        QCOMPARE(saved->systemPrompt, QStringLiteral("Answer in JSON."));
        QCOMPARE(saved->params.value(QLatin1String("max_tokens")).toInt(), 512);
        f.page->newConversation();
        spins[0]->setValue(spins[0]->minimum());
        f.page->openConversation(conv);
        QCOMPARE(spins[0]->value(), 0.3);
    }

    void errorsSayWhatToDo()
    {
        Fixture f;
        QVERIFY(f.start());
        f.page->setModel(QStringLiteral("openai/gpt-4o-mini"));
        // a bad key: the fix is on the Providers page
        f.up.failNext(1, fk::Fault::make(fk::FaultKind::Unauthorized));
        QVERIFY(f.sendAndWait(QStringLiteral("Hello")));
        MessageView *answer = f.last();
        QVERIFY2(answer->errorText().contains(QLatin1String("refused the key")), qPrintable(answer->errorText()));
        QCOMPARE(thread(f)[1].stats.status, chat::MessageStats::Status::Error);
        f.shot(QStringLiteral("playground-error-auth"));
        ThemeManager::apply(Theme::Dark);
        f.shot(QStringLiteral("playground-error-auth-dark"));
        ThemeManager::apply(Theme::Light);
        QPushButton *fix = nullptr;
        for (QPushButton *b : answer->findChildren<QPushButton *>()) {
            if (b->isVisible() && b->text() == QLatin1String("Open Providers"))
                fix = b;
        }
        QVERIFY(fix);
        QTest::mouseClick(fix, Qt::LeftButton);
        QCOMPARE(f.window->currentPageId(), QStringLiteral("providers"));
        f.window->showPage(QStringLiteral("playground"));

        // reopened later, the error still says what to do
        const qint64 conv = f.page->currentConversationId();
        f.page->newConversation();
        f.page->openConversation(conv);
        QVERIFY(f.last()->errorText().contains(QLatin1String("refused the key")));

        // rate limited (past the router's retries): Retry asks again, as a new version (on another model:
        // the failures above opened gpt-4o-mini's circuit)
        f.page->setModel(QStringLiteral("openai/gpt-4o"));
        f.up.failNext(8, fk::Fault::make(fk::FaultKind::RateLimited));
        QVERIFY(f.sendAndWait(QStringLiteral("Hello again")));
        answer = f.last();
        QVERIFY2(answer->errorText().contains(QLatin1String("Rate limited")), qPrintable(answer->errorText()));
        f.up.clearQueue();
        f.reply(QStringLiteral("Hi!"), 1);
        QPushButton *retry = nullptr;
        for (QPushButton *b : answer->findChildren<QPushButton *>()) {
            if (b->isVisible() && b->text() == QLatin1String("Retry"))
                retry = b;
        }
        QVERIFY(retry);
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!f.page->isStreaming(), 10000);
        QVERIFY2(f.last()->errorText().isEmpty(), qPrintable(f.last()->errorText()));
        QCOMPARE(f.last()->text(), QStringLiteral("Hi!"));
        QCOMPARE(thread(f).last().siblingCount, 2);
    }

    void budgetStopGoesToUsage()
    {
        Fixture f;
        QVERIFY(f.start());
        f.page->setModel(QStringLiteral("openai/gpt-4o-mini"));
        f.reply(QStringLiteral("One."), 1);
        QVERIFY(f.sendAndWait(QStringLiteral("First call")));
        QVERIFY(f.last()->errorText().isEmpty());
        // a hard limit below what today already spent: the next call is stopped before any upstream call
        Workspace ws = f.context->workspace();
        ws.budgets = QJsonArray{QJsonObject{{QStringLiteral("scope"), QStringLiteral("workspace")},
                                            {QStringLiteral("period"), QStringLiteral("daily")},
                                            {QStringLiteral("hardLimitUsd"), 0.00005}}};
        auto r = f.context->replaceWorkspace(ws);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        const int before = f.up.requestCount();
        QVERIFY(f.sendAndWait(QStringLiteral("Second call")));
        QCOMPARE(f.up.requestCount(), before);
        QVERIFY2(f.last()->errorText().contains(QLatin1String("budget")), qPrintable(f.last()->errorText()));
        QPushButton *usage = nullptr;
        for (QPushButton *b : f.last()->findChildren<QPushButton *>()) {
            if (b->isVisible() && b->text() == QLatin1String("Open Usage"))
                usage = b;
        }
        QVERIFY(usage);
        f.shot(QStringLiteral("playground-error-budget"));
        QTest::mouseClick(usage, Qt::LeftButton);
        QCOMPARE(f.window->currentPageId(), QStringLiteral("usage"));
        // on the Budgets tab, where the limit is raised or removed
        auto *tabs = f.window->findChild<QTabWidget *>(QStringLiteral("usageTabs"));
        QVERIFY(tabs);
        QCOMPARE(tabs->tabText(tabs->currentIndex()).remove(QLatin1Char('&')), QStringLiteral("Budgets"));
    }

    // A model without a price: the answer says "cost unknown", never "$0", also when reopened.
    void unpricedAnswerSaysCostUnknown()
    {
        Fixture f;
        QVERIFY(f.start());
        f.page->setModel(QStringLiteral("openai/my-private-finetune"));
        f.reply(QStringLiteral("Hello."), 1);
        QVERIFY(f.sendAndWait(QStringLiteral("Hi")));
        QVERIFY2(f.last()->statsText().contains(QLatin1String("cost unknown")), qPrintable(f.last()->statsText()));
        QVERIFY(!f.last()->statsText().contains(QLatin1Char('$')));
        const qint64 id = f.page->currentConversationId();
        f.page->newConversation();
        f.page->openConversation(id);
        QVERIFY2(f.last()->statsText().contains(QLatin1String("cost unknown")), qPrintable(f.last()->statsText()));
        // a priced model shows dollars
        f.page->setModel(QStringLiteral("openai/gpt-4o-mini"));
        QVERIFY(f.sendAndWait(QStringLiteral("Again")));
        QVERIFY2(f.last()->statsText().contains(QLatin1Char('$')) && !f.last()->statsText().contains(QLatin1String("unknown")),
                 qPrintable(f.last()->statsText()));
    }

    // The composer grows with its text (4 lines to 12), then scrolls.
    void composerGrows()
    {
        Fixture f;
        QVERIFY(f.start());
        QPlainTextEdit *composer = f.composer();
        const int line = composer->fontMetrics().lineSpacing();
        const int empty = composer->height();
        QCOMPARE(empty, line * 4 + 12);
        f.page->setInput(QStringLiteral("1\n2\n3\n4\n5\n6\n7\n8"));
        QTRY_COMPARE(composer->height(), line * 8 + 12);
        f.page->setInput(QString(QStringLiteral("x\n")).repeated(40));
        QTRY_COMPARE(composer->height(), line * 12 + 12);
        f.page->setInput(QString());
        QTRY_COMPARE(composer->height(), empty);
    }

    // The last conversation is open again after a restart, not an empty new one.
    void lastConversationReopens()
    {
        Fixture f;
        QVERIFY(f.start());
        f.page->setModel(QStringLiteral("openai/gpt-4o-mini"));
        f.reply(QStringLiteral("Paris."), 1);
        QVERIFY(f.sendAndWait(QStringLiteral("Capital of France?")));
        const qint64 id = f.page->currentConversationId();
        QVERIFY(id > 0);
        f.window.reset();
        f.window = std::make_unique<MainWindow>(*f.context, *f.settings, f.prompts);
        PlaygroundPage *again = f.window->playgroundPage();
        QCOMPARE(again->currentConversationId(), id);
        QVERIFY(again->findChildren<MessageView *>().size() >= 2);
    }

    // A collection attached to the conversation: the question is searched first, the sources go in the
    // system prompt, the answer's [n] are links to them and the list under it opens the passage.
    void knowledgeCitations()
    {
        Fixture f;
        QVERIFY(f.start());
        const QString file = makeHandbook(f);
        QVERIFY(!file.isEmpty());
        f.page->setModel(QStringLiteral("openai/gpt-4o-mini"));
        KnowledgePicker *picker = f.page->knowledgePicker();
        QCOMPARE(picker->text(), QStringLiteral("Knowledge"));
        picker->refresh();
        QTRY_VERIFY(picker->available().contains(QStringLiteral("handbook")));
        // attached the way a click in its menu does it
        QAction *handbook = nullptr;
        for (QAction *a : picker->menu()->actions()) {
            if (a->data().toString() == QLatin1String("handbook"))
                handbook = a;
        }
        QVERIFY(handbook && handbook->isCheckable() && !handbook->isChecked());
        handbook->trigger();
        QCOMPARE(f.page->knowledge(), QStringList{QStringLiteral("handbook")});
        QCOMPARE(picker->text(), QStringLiteral("Knowledge: handbook"));

        f.reply(QStringLiteral("Refunds are paid within **thirty days** [1]. Sale items are final [2]; see also [7]."), 3);
        QVERIFY(f.sendAndWait(QStringLiteral("When are refunds paid?")));

        // the request carried the numbered sources after the instruction
        const QJsonArray sent = f.up.lastRequest().json().value(QLatin1String("messages")).toArray();
        const QString system = sent.at(0).toObject().value(QLatin1String("content")).toString();
        QVERIFY2(system.contains(QLatin1String("[1] refunds.md, page 2, Refunds > Timing\nRefunds are paid within thirty days")), qPrintable(system));
        QVERIFY(system.contains(QLatin1String("[2] refunds.md, page 3, Refunds > Exceptions")));
        QCOMPARE(sent.last().toObject().value(QLatin1String("content")).toString(), QStringLiteral("When are refunds paid?"));

        MessageView *answer = f.last();
        QVERIFY(answer);
        QCOMPARE(answer->sourcesText(), QStringLiteral("[1] refunds.md, page 2, Refunds > Timing\n[2] refunds.md, page 3, Refunds > Exceptions"));
        QVERIFY2(answer->notesText().contains(QLatin1String("BM25 only")), qPrintable(answer->notesText()));
        QCOMPARE(answer->text(),
                 QStringLiteral("Refunds are paid within **thirty days** [1]. Sale items are final [2]; see also [7].")); // copy keeps the text
        QTRY_VERIFY(!answer->body()->isRendering());
        QVERIFY(!linkPosition(answer->body(), QStringLiteral("cite:1")).isNull());
        QVERIFY(!linkPosition(answer->body(), QStringLiteral("cite:2")).isNull());
        QVERIFY(linkPosition(answer->body(), QStringLiteral("cite:7")).isNull()); // not a source of this answer
        QVERIFY(answer->body()->toPlainText().contains(QLatin1String("[7]")));
        f.shot(QStringLiteral("playground-knowledge-light"));

        // a click on [1] in the answer shows the passage and offers its file
        QSignalSpy requested(answer, &MessageView::sourceRequested);
        const QPoint at = linkPosition(answer->body(), QStringLiteral("cite:1"));
        QTest::mouseClick(answer->body()->viewport(), Qt::LeftButton, {}, at);
        QTRY_COMPARE(requested.count(), 1);
        QCOMPARE(requested.first().at(1).toInt(), 1);
        SourceDialog *dialog = f.page->findChild<SourceDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY2(dialog->headerText().contains(QLatin1String("[1] refunds.md")), qPrintable(dialog->headerText()));
        QVERIFY2(dialog->headerText().contains(QStringLiteral("page 2 · Refunds > Timing")), qPrintable(dialog->headerText()));
        QCOMPARE(dialog->passageText(), QStringLiteral("Refunds are paid within thirty days of the purchase, to the card that paid."));
        QCOMPARE(dialog->fileUrl(), QUrl::fromLocalFile(file));
        QVERIFY(dialog->openButton()->isEnabled());
        saveScreenshot(dialog, QStringLiteral("playground-source-light"));
        ThemeManager::apply(Theme::Dark);
        f.shot(QStringLiteral("playground-knowledge-dark"));
        saveScreenshot(dialog, QStringLiteral("playground-source-dark"));
        ThemeManager::apply(Theme::Light);
        dialog->close();
        QTRY_VERIFY(f.page->findChild<SourceDialog *>() == nullptr);

        // the sources list opens the second one; a file gone since the import cannot be opened
        QVERIFY(QFile::remove(file));
        SourceDialog *second = f.page->showSource(answer->messageId(), 2);
        QVERIFY(second);
        QVERIFY(second->passageText().startsWith(QLatin1String("Sale items are final")));
        QVERIFY(!second->openButton()->isEnabled());
        QVERIFY(second->openButton()->toolTip().contains(QLatin1String("no longer at")));
        second->close();

        // kept with the answer: a reopened conversation shows the same sources and keeps the collection
        QVERIFY(f.settle());
        const qint64 id = f.page->currentConversationId();
        QCOMPARE(thread(f).last().stats.knowledge.passages.size(), 2);
        f.window.reset();
        f.window = std::make_unique<MainWindow>(*f.context, *f.settings, f.prompts);
        PlaygroundPage *again = f.window->playgroundPage();
        QCOMPARE(again->currentConversationId(), id);
        QCOMPARE(again->knowledge(), QStringList{QStringLiteral("handbook")});
        MessageView *reopened = again->messageViews().last();
        QCOMPARE(reopened->sourcesText(), QStringLiteral("[1] refunds.md, page 2, Refunds > Timing\n[2] refunds.md, page 3, Refunds > Exceptions"));
        QTRY_VERIFY(!reopened->body()->isRendering());
        QVERIFY(!linkPosition(reopened->body(), QStringLiteral("cite:2")).isNull());
    }

    // A collection that is gone: the answer says what to do, the question is kept, nothing is sent.
    void knowledgeSearchFailureKeepsTheQuestion()
    {
        Fixture f;
        QVERIFY(f.start());
        f.page->setModel(QStringLiteral("openai/gpt-4o-mini"));
        f.page->setKnowledge({QStringLiteral("archive")});
        QVERIFY(f.page->knowledgePicker()->text().contains(QLatin1String("archive")));
        const int before = f.up.requestCount();
        QVERIFY(f.sendAndWait(QStringLiteral("What did the 2019 contract say?")));
        QCOMPARE(f.up.requestCount(), before);
        MessageView *answer = f.last();
        QVERIFY(answer);
        QVERIFY2(answer->errorText().contains(QLatin1String("archive")) && answer->errorText().contains(QLatin1String("your question is kept")),
                 qPrintable(answer->errorText()));
        QVERIFY(f.settle());
        const auto t = thread(f);
        QCOMPARE(t.size(), 2);
        QCOMPARE(t.first().message.text(), QStringLiteral("What did the 2019 contract say?"));
        QVERIFY(t.last().stats.status == chat::MessageStats::Status::Error);
        f.shot(QStringLiteral("playground-knowledge-error-light"));

        // detached, Retry answers the kept question without the knowledge base
        f.page->setKnowledge({});
        f.reply(QStringLiteral("I have no sources for that."), 1);
        QPushButton *retry = nullptr;
        for (QPushButton *b : answer->findChildren<QPushButton *>()) {
            if (b->isVisible() && b->text() == QLatin1String("Retry"))
                retry = b;
        }
        QVERIFY(retry);
        retry->click();
        QTRY_VERIFY_WITH_TIMEOUT(!f.page->isStreaming(), 10000);
        QCOMPARE(f.up.requestCount(), before + 1);
        QCOMPARE(f.last()->text(), QStringLiteral("I have no sources for that."));
    }

    void toolCallsAndReasoningShown()
    {
        Fixture f;
        QVERIFY(f.start());
        f.page->setModel(QStringLiteral("openai/gpt-4o-mini"));
        fk::ReplyScript r;
        r.text = QString();
        r.toolCall = fk::ToolCallScript{};
        f.up.setReply(r);
        QVERIFY(f.sendAndWait(QStringLiteral("Weather in Paris?")));
        QVERIFY2(f.last()->toolCallsText().contains(QLatin1String("get_weather({\"city\":\"Paris\",\"unit\":\"celsius\"})")),
                 qPrintable(f.last()->toolCallsText()));
        const auto t = thread(f);
        QCOMPARE(t[1].message.toolCalls.size(), 1);
        QCOMPARE(t[1].message.toolCalls[0].name, QStringLiteral("get_weather"));
        // reopened from the store, still shown
        const qint64 conv = f.page->currentConversationId();
        f.page->newConversation();
        f.page->openConversation(conv);
        QVERIFY(f.last()->toolCallsText().contains(QLatin1String("get_weather")));
        f.shot(QStringLiteral("playground-toolcall"));
    }

    void attachments()
    {
        Fixture f;
        QVERIFY(f.start());
        f.page->setModel(QStringLiteral("openai/gpt-4o-mini"));
        QTemporaryDir files;
        auto write = [&](const QString &name, const QByteArray &bytes) {
            QFile file(files.filePath(name));
            if (!file.open(QIODevice::WriteOnly))
                return QString();
            file.write(bytes);
            return file.fileName();
        };
        // a text file that claims to be a PNG
        auto r = f.page->attachFile(write(QStringLiteral("photo.png"), "just some text, not an image\n"));
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QLatin1String("photo.png")) && r.error().message.contains(QLatin1String("named like")),
                 qPrintable(r.error().message));
        // binary data named .txt
        QByteArray binary(64, '\0');
        binary[0] = '\x7f';
        r = f.page->attachFile(write(QStringLiteral("notes.txt"), binary));
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QLatin1String("not a text file")), qPrintable(r.error().message));
        // too big
        r = f.page->attachFile(write(QStringLiteral("big.txt"), QByteArray(Composer::kMaxTextBytes + 1, 'a')));
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QLatin1String("at most")));
        QVERIFY(f.page->attachmentNames().isEmpty());

        // an image needs a vision model
        QImage img(8, 8, QImage::Format_RGB32);
        img.fill(Qt::red);
        const QString png = files.filePath(QStringLiteral("red.png"));
        QVERIFY(img.save(png));
        f.page->setModel(QStringLiteral("openai/text-only"));
        r = f.page->attachFile(png);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QLatin1String("does not take images")), qPrintable(r.error().message));
        f.page->setModel(QStringLiteral("openai/gpt-4o-mini"));
        QVERIFY(f.page->attachFile(png));
        // a code file goes inline, in a fence longer than its own backticks
        QVERIFY(f.page->attachFile(write(QStringLiteral("main.py"), "print('```')\n")));
        QCOMPARE(f.page->attachmentNames(), (QStringList{QStringLiteral("red.png"), QStringLiteral("main.py")}));
        // through the Attach button and the file prompt: a refusal is shown
        f.prompts.openAnswers << files.filePath(QStringLiteral("photo.png"));
        for (QPushButton *b : f.page->findChildren<QPushButton *>()) {
            if (b->text() == QStringLiteral("Attach…"))
                QTest::mouseClick(b, Qt::LeftButton);
        }
        QCOMPARE(f.prompts.errors.size(), 1);
        QVERIFY(f.prompts.errors.value(0).contains(QLatin1String("named like")));

        f.reply(QStringLiteral("A red square and a print call."), 1);
        QVERIFY(f.sendAndWait(QStringLiteral("What are these?")));
        QVERIFY(f.page->attachmentNames().isEmpty());
        const QJsonArray content
            = f.up.lastRequest().json().value(QLatin1String("messages")).toArray().at(0).toObject().value(QLatin1String("content")).toArray();
        const QString sent = QString::fromUtf8(QJsonDocument(content).toJson());
        QVERIFY2(sent.contains(QLatin1String("data:image/png;base64,")), qPrintable(sent.left(400)));
        QVERIFY(sent.contains(QLatin1String("````py")));
        QVERIFY(f.page->messageViews().value(0)->toolCallsText().contains(QLatin1String("red.png")));
        QCOMPARE(f.page->conversationTitles(), QStringList{QStringLiteral("What are these?")});
        f.shot(QStringLiteral("playground-attachments"));
    }

    // Issue 22: a PDF goes as a document part to a model that reads PDFs; a model that does not gets
    // the choice of the extracted text
    void pdfAttachments()
    {
        if (!sb::knowledge::documentFeatures().contains(QLatin1String("pdf")))
            QSKIP("built without poppler-qt6 (scripts/deps.sh installs it)");
        Fixture f;
        QVERIFY(f.start());
        const QString pdf = sb::testing::sourcePath(QStringLiteral("tests/fixtures/knowledge/handbook.pdf"));
        // no PDFs for this model: cancelled, nothing attached; then the extracted text
        f.page->setModel(QStringLiteral("openai/text-only"));
        f.prompts.chooseAnswers << 1;
        QVERIFY(f.page->attachFile(pdf));
        QVERIFY(f.page->attachmentNames().isEmpty());
        f.prompts.chooseAnswers << 0;
        QVERIFY(f.page->attachFile(pdf));
        QCOMPARE(f.page->attachmentNames(), QStringList{QStringLiteral("handbook.pdf")});
        f.shot(QStringLiteral("playground-pdf-as-text"));
        f.reply(QStringLiteral("Within thirty days."), 1);
        QVERIFY(f.sendAndWait(QStringLiteral("When are expenses due?")));
        QString sent = QString::fromUtf8(QJsonDocument(f.up.lastRequest().json()).toJson(QJsonDocument::Compact));
        QVERIFY2(sent.contains(QLatin1String("Travel policy")) && !sent.contains(QLatin1String("application/pdf")), qPrintable(sent.left(600)));

        // a model that reads PDFs gets the document part itself
        f.page->setModel(QStringLiteral("openai/gpt-4o-mini"));
        QVERIFY(f.page->attachFile(pdf));
        f.reply(QStringLiteral("Within thirty days."), 1);
        QVERIFY(f.sendAndWait(QStringLiteral("And now with the layout?")));
        sent = QString::fromUtf8(QJsonDocument(f.up.lastRequest().json()).toJson(QJsonDocument::Compact));
        QVERIFY2(sent.contains(QLatin1String("\"type\":\"file\"")) && sent.contains(QLatin1String("data:application/pdf;base64,"))
                     && sent.contains(QLatin1String("\"filename\":\"handbook.pdf\"")),
                 qPrintable(sent.left(600)));
    }

    void conversationsSearchFoldersDeleteUndo()
    {
        Fixture f;
        QVERIFY(f.start());
        f.page->setModel(QStringLiteral("openai/gpt-4o-mini"));
        f.reply(QStringLiteral("Paris."), 1);
        QVERIFY(f.sendAndWait(QStringLiteral("Capital of France?")));
        const qint64 first = f.page->currentConversationId();
        // Ctrl+N: a new conversation
        QTest::keyClick(f.composer(), Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(f.page->currentConversationId(), 0);
        QVERIFY(f.page->messageViews().isEmpty());
        f.reply(QStringLiteral("Berlin."), 1);
        QVERIFY(f.sendAndWait(QStringLiteral("Capital of Germany?")));
        const qint64 second = f.page->currentConversationId();
        QVERIFY(second != first);
        QCOMPARE(f.page->conversationTitles().size(), 2);

        // Ctrl+K focuses the search; words in messages match
        QTest::keyClick(f.composer(), Qt::Key_K, Qt::ControlModifier);
        auto *search = f.page->findChild<QLineEdit *>(QStringLiteral("conversationSearch"));
        QVERIFY(search->hasFocus());
        f.page->setSearchText(QStringLiteral("Berlin"));
        QCOMPARE(f.page->conversationTitles(), QStringList{QStringLiteral("Capital of Germany?")});
        f.page->setSearchText(QString());

        QVERIFY(f.page->renameConversation(first, QStringLiteral("France")));
        QVERIFY(!f.page->renameConversation(first, QStringLiteral("  ")));
        QVERIFY(f.page->setConversationFolder(first, QStringLiteral("Geography")));
        QVERIFY(f.page->setConversationTags(second, {QStringLiteral("#europe"), QStringLiteral("capitals")}));
        QVERIFY(f.settle());
        auto *filter = f.page->findChild<QComboBox *>(QStringLiteral("conversationFilter"));
        filter->setCurrentIndex(filter->findData(QStringLiteral("f:Geography")));
        QCOMPARE(f.page->conversationTitles(), QStringList{QStringLiteral("France")});
        filter->setCurrentIndex(filter->findData(QStringLiteral("t:europe")));
        QCOMPARE(f.page->conversationTitles(), QStringList{QStringLiteral("Capital of Germany?")});
        filter->setCurrentIndex(0);
        f.shot(QStringLiteral("playground-list"));

        // delete the open one, then undo
        f.page->deleteConversation(second);
        QVERIFY(f.settle());
        QCOMPARE(f.page->currentConversationId(), 0);
        QCOMPARE(f.page->conversationTitles(), QStringList{QStringLiteral("France")});
        QVERIFY(f.page->isUndoOffered());
        f.shot(QStringLiteral("playground-undo"));
        for (QPushButton *b : f.page->findChildren<QPushButton *>(QStringLiteral("undoDelete")))
            QTest::mouseClick(b, Qt::LeftButton);
        QVERIFY(f.settle());
        QVERIFY(!f.page->isUndoOffered());
        QCOMPARE(f.page->currentConversationId(), second);
        QCOMPARE(f.page->conversationTitles().size(), 2);
        QCOMPARE(f.page->messageViews().size(), 2);
        // the settings of a conversation come back with it
        QCOMPARE(f.page->modelPicker()->currentModel(), QStringLiteral("openai/gpt-4o-mini"));
    }
};

QTEST_MAIN(TestPlaygroundPage)
#include "tst_playgroundpage.moc"
