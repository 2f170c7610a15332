#include "compare/session.h"
#include "engine/engine.h"
#include "fakeupstream.h"
#include "knowledge/documents.h"
#include "pdfpart.h"
#include "storage/secretstore.h"
#include "testpaths.h"

#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;
using namespace sb::compare;
namespace fk = sb::fakes;

// Issue 22: a PDF attached in Compare reaches every pane's model through the router, as its own API's
// document part (each dialect's fake upstream receives it), or as the extracted text for a model that
// reads no PDFs; a PDF whose text cannot be extracted is refused in that pane alone.
class TestComparePdf : public QObject
{
    Q_OBJECT

private:
    struct Fixture {
        QTemporaryDir dir;
        fk::FakeUpstream openai{fk::Dialects(fk::Dialect::OpenAiChat)};
        fk::FakeUpstream anthropic{fk::Dialects(fk::Dialect::Anthropic)};
        fk::FakeUpstream responses{fk::Dialects(fk::Dialect::OpenAiResponses)};
        fk::FakeUpstream gemini{fk::Dialects(fk::Dialect::Gemini)};
        fk::FakeUpstream ollama{fk::Dialects(fk::Dialect::Ollama)};
        std::shared_ptr<engine::Engine> engine;
        std::unique_ptr<engine::RouterHost> host;
        std::shared_ptr<CompareStore> store;

        bool start()
        {
            for (fk::FakeUpstream *f : {&openai, &anthropic, &responses, &gemini, &ollama}) {
                if (!f->listen())
                    return false;
                fk::ReplyScript reply;
                reply.text = QStringLiteral("Expenses are due within thirty days.");
                reply.textChunks = 2;
                f->setReply(reply);
            }
            auto secrets = std::make_shared<MemorySecretStore>();
            (void)secrets->write(QStringLiteral("k"), QStringLiteral("sk"));
            Workspace ws = WorkspaceFile::defaults();
            ws.name = QStringLiteral("team");
            auto provider = [](const char *id, const char *kind, const fk::FakeUpstream &f, const QString &model, const char *dialect = nullptr) {
                ProviderConfig p;
                p.id = QLatin1String(id);
                p.kind = QLatin1String(kind);
                p.baseUrl = f.baseUrl().toString();
                if (p.kind != QLatin1String("ollama"))
                    p.apiKey = QStringLiteral("keychain:k");
                p.models = {model};
                if (dialect)
                    p.options.insert(QStringLiteral("dialect"), QLatin1String(dialect));
                return p;
            };
            ws.providers = {provider("openai", "openai", openai, QStringLiteral("gpt-4o-mini")),
                            provider("anthropic", "anthropic", anthropic, QStringLiteral("claude-3-5-haiku-latest")),
                            provider("responses", "openai", responses, QStringLiteral("gpt-4o"), "openai_responses"),
                            provider("gemini", "gemini", gemini, QStringLiteral("gemini-2.0-flash")),
                            provider("ollama", "ollama", ollama, QStringLiteral("llama3.2:latest"))};
            auto opened = engine::Engine::open(dir.path(), ws, secrets);
            if (!opened)
                return false;
            engine = *opened;
            host = std::make_unique<engine::RouterHost>(engine);
            store = std::make_shared<CompareStore>(engine->database());
            return true;
        }
        static QByteArray body(const fk::FakeUpstream &up) { return QJsonDocument(up.lastRequest().json()).toJson(QJsonDocument::Compact); }
    };

private Q_SLOTS:
    void everyDialectGetsItsDocumentPart()
    {
        if (!knowledge::documentFeatures().contains(QLatin1String("pdf")))
            QSKIP("built without poppler-qt6 (scripts/deps.sh installs it)");
        Fixture f;
        QVERIFY(f.start());
        QFile file(testing::sourcePath(QStringLiteral("tests/fixtures/knowledge/handbook.pdf")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const protocol::ContentPart pdf = testing::pdfPart(file.readAll(), QStringLiteral("handbook.pdf"));
        CompareSession session(f.host->router(), f.store, QStringLiteral("team"));
        QVERIFY(
            session.reset({QStringLiteral("openai/gpt-4o-mini"), QStringLiteral("anthropic/claude-3-5-haiku-latest"),
                           QStringLiteral("responses/gpt-4o"), QStringLiteral("gemini/gemini-2.0-flash"), QStringLiteral("ollama/llama3.2:latest")},
                          false));
        QSignalSpy turn(&session, &CompareSession::turnFinished);
        QVERIFY(session.send(QStringLiteral("When are expenses due?"), {pdf}));
        QVERIFY(turn.wait(20000));
        for (int p = 0; p < 5; ++p) {
            QVERIFY2(session.state(p) == CompareSession::PaneState::Done, qPrintable(session.answerStats(p).error));
            QVERIFY(session.pdfDelivery(p));
        }

        // the four that read PDFs: the document part of their own API, with the PDF's bytes
        const QByteArray data = pdf.data;
        const QList<std::pair<const fk::FakeUpstream *, QByteArray>> expected{{&f.openai, QByteArrayLiteral("\"type\":\"file\"")},
                                                                              {&f.anthropic, QByteArrayLiteral("\"type\":\"document\"")},
                                                                              {&f.responses, QByteArrayLiteral("\"type\":\"input_file\"")},
                                                                              {&f.gemini, QByteArrayLiteral("\"mimeType\":\"application/pdf\"")}};
        for (int p = 0; p < 4; ++p) {
            QCOMPARE(session.pdfDelivery(p)->how, knowledge::PdfDelivery::How::AsIs);
            const QByteArray sent = Fixture::body(*expected.at(p).first);
            QVERIFY2(sent.contains(expected.at(p).second) && sent.contains(data), sent.left(400).constData());
        }
        // Ollama reads no PDFs: the text the knowledge base's PDF importer reads, and no PDF bytes
        QCOMPARE(session.pdfDelivery(4)->how, knowledge::PdfDelivery::How::AsText);
        QVERIFY2(session.pdfDelivery(4)->why.contains(QLatin1String("Ollama takes no PDF")), qPrintable(session.pdfDelivery(4)->why));
        const QByteArray ollama = Fixture::body(f.ollama);
        QVERIFY2(ollama.contains("Travel policy") && !ollama.contains(data.left(40)), ollama.left(600).constData());

        // a follow-up carries the text along for Ollama (not extracted again) and the PDF for the others
        QVERIFY(session.send(QStringLiteral("And meals?")));
        QVERIFY(turn.wait(20000));
        QVERIFY(Fixture::body(f.anthropic).contains(data));
        QVERIFY(Fixture::body(f.ollama).contains("Travel policy"));
        QVERIFY(!session.pdfDelivery(4) || session.pdfDelivery(4)->how == knowledge::PdfDelivery::How::AsIs);
    }

    void unreadablePdfIsRefusedInItsPaneAlone()
    {
        Fixture f;
        QVERIFY(f.start());
        // page objects but no text to extract: the fallback cannot be made
        const protocol::ContentPart pdf = testing::pdfPart(testing::fakePdf(2), QStringLiteral("scan.pdf"));
        CompareSession session(f.host->router(), f.store, QStringLiteral("team"));
        QVERIFY(session.reset({QStringLiteral("anthropic/claude-3-5-haiku-latest"), QStringLiteral("ollama/llama3.2:latest")}, false));
        QSignalSpy turn(&session, &CompareSession::turnFinished);
        const qsizetype ollamaBefore = f.ollama.requests().size();
        QVERIFY(session.send(QStringLiteral("Summarise"), {pdf}));
        QVERIFY(turn.wait(20000));
        QCOMPARE(session.state(0), CompareSession::PaneState::Done);
        QVERIFY(Fixture::body(f.anthropic).contains(pdf.data));
        QCOMPARE(session.state(1), CompareSession::PaneState::Failed);
        const QString error = session.answerStats(1).error;
        QVERIFY2(error.contains(QLatin1String("ollama/llama3.2:latest")) && error.contains(QLatin1String("reads no PDFs")), qPrintable(error));
        QCOMPARE(f.ollama.requests().size(), ollamaBefore); // nothing went to Ollama
    }
};

QTEST_GUILESS_MAIN(TestComparePdf)
#include "tst_comparepdf.moc"
