#include "common/csv.h"
#include "compare/batchrunner.h"
#include "compare/session.h"
#include "engine/engine.h"
#include "enginefixture.h"
#include "fakeupstream.h"
#include "storage/database.h"
#include "storage/secretstore.h"
#include "usage/ledger.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace sb;
using namespace sb::compare;
namespace fk = sb::fakes;

// Live comparisons and batch runs through the real router against fake upstreams: one fast, one slow,
// one failing.
class TestCompareRun : public QObject
{
    Q_OBJECT

private:
    struct Fixture {
        QTemporaryDir dir;
        fk::FakeUpstream fast{fk::Dialects(fk::Dialect::OpenAiChat)};
        fk::FakeUpstream slow{fk::Dialects(fk::Dialect::Anthropic)};
        fk::FakeUpstream bad{fk::Dialects(fk::Dialect::OpenAiChat)};
        std::shared_ptr<engine::Engine> engine;
        std::unique_ptr<engine::RouterHost> host;
        std::shared_ptr<CompareStore> store;

        const QString fastModel = QStringLiteral("fast/gpt-4o-mini");
        const QString slowModel = QStringLiteral("slow/claude-sonnet-4");
        const QString badModel = QStringLiteral("bad/gpt-4o");

        bool start()
        {
            if (!fast.listen() || !slow.listen() || !bad.listen())
                return false;
            fk::ReplyScript reply;
            reply.text = QStringLiteral("The capital of France is Paris.");
            reply.textChunks = 6;
            reply.inputTokens = 20;
            reply.outputTokens = 30;
            fast.setReply(reply);
            reply.text = QStringLiteral("{\"city\": \"Paris\", \"country\": \"France\"}");
            slow.setReply(reply);
            slow.setChunkDelay(250); // about 2 s for the whole answer
            bad.setFault(fk::Fault::make(fk::FaultKind::ServerError));
            auto secrets = std::make_shared<MemorySecretStore>();
            (void)secrets->write(QStringLiteral("k"), QStringLiteral("sk"));
            Workspace ws = WorkspaceFile::defaults();
            ws.name = QStringLiteral("team");
            auto provider = [](const char *id, const char *kind, const QUrl &url) {
                ProviderConfig p;
                p.id = QLatin1String(id);
                p.kind = QLatin1String(kind);
                p.baseUrl = url.toString();
                p.apiKey = QStringLiteral("keychain:k");
                return p;
            };
            ws.providers = {provider("fast", "openai", fast.baseUrl()), provider("slow", "anthropic", slow.baseUrl()),
                            provider("bad", "openai", bad.baseUrl())};
            auto opened = engine::Engine::open(dir.path(), ws, secrets);
            if (!opened)
                return false;
            engine = *opened;
            host = std::make_unique<engine::RouterHost>(engine);
            store = std::make_shared<CompareStore>(engine->database());
            return true;
        }

        // (source, source_key) of the ledger rows
        QList<std::pair<QString, QString>> ledgerRows() { return testing::ledgerSources(*engine); }
    };

private Q_SLOTS:
    void panesStreamIndependently()
    {
        Fixture f;
        QVERIFY(f.start());
        CompareSession session(f.host->router(), f.store, QStringLiteral("team"));
        QVERIFY(!session.send(QStringLiteral("hi"))); // no models yet
        QVERIFY(!session.reset({f.fastModel}, false)); // one is not a comparison
        QVERIFY(session.reset({f.fastModel, f.slowModel, f.badModel}, false));
        session.setSystemPrompt(QStringLiteral("Answer briefly."));
        QSignalSpy turn(&session, &CompareSession::turnFinished);
        QVERIFY(session.send(QStringLiteral("What is the capital of France?")));
        QVERIFY(!session.send(QStringLiteral("again"))); // a turn is running
        QVERIFY(session.isRunning());
        // the calls go out once the comparison and the prompt are stored
        QTRY_VERIFY(session.comparisonId() > 0);

        // the fast pane is done while the slow one still streams; the failing one fails on its own
        QTRY_COMPARE_WITH_TIMEOUT(session.state(0), CompareSession::PaneState::Done, 10000);
        QVERIFY(session.state(1) == CompareSession::PaneState::Waiting || session.state(1) == CompareSession::PaneState::Streaming);
        QTRY_COMPARE_WITH_TIMEOUT(session.state(1), CompareSession::PaneState::Streaming, 10000);
        QVERIFY(!session.answerText(1).isEmpty());
        QVERIFY(session.answerText(1).size() < 40);
        QCOMPARE(turn.count(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(session.state(2), CompareSession::PaneState::Failed, 10000);
        QVERIFY2(session.answerStats(2).error.startsWith(QLatin1String("server")), qPrintable(session.answerStats(2).error));
        QTRY_COMPARE_WITH_TIMEOUT(turn.count(), 1, 15000);
        QCOMPARE(session.state(1), CompareSession::PaneState::Done);

        QCOMPARE(session.answerText(0), QStringLiteral("The capital of France is Paris."));
        const AnswerStats fast = session.answerStats(0);
        const AnswerStats slow = session.answerStats(1);
        QCOMPARE(fast.inputTokens, 20);
        QCOMPARE(fast.outputTokens, 30);
        QVERIFY(fast.costUsd > 0);
        QVERIFY(fast.ttftMs && fast.latencyMs && *fast.ttftMs <= *fast.latencyMs);
        QVERIFY(slow.latencyMs && *slow.latencyMs >= 1000);
        QVERIFY(*slow.latencyMs > *fast.latencyMs);
        QVERIFY(slow.tokensPerSecond().has_value());
        QCOMPARE(session.fastestPane(), 0);
        QCOMPARE(session.firstTokenPane(), 0);
        QVERIFY(session.cheapestPane() >= 0);
        QCOMPARE(f.fast.lastRequest().json().value(QLatin1String("messages")).toArray().at(0).toObject().value(QLatin1String("content")).toString(),
                 QStringLiteral("Answer briefly."));

        // every call is in the ledger with source compare and the comparison id
        const QString key = QString::number(session.comparisonId());
        const auto rows = f.ledgerRows();
        QVERIFY(rows.size() >= 3); // the failing target is retried
        for (const auto &[source, sourceKey] : rows) {
            QCOMPARE(source, QStringLiteral("compare"));
            QCOMPARE(sourceKey, key);
        }

        // a follow-up continues each pane's own conversation
        f.slow.setChunkDelay(0);
        QVERIFY(session.send(QStringLiteral("And of Italy?")));
        QTRY_COMPARE_WITH_TIMEOUT(turn.count(), 2, 15000);
        const QJsonArray fastMessages = f.fast.lastRequest().json().value(QLatin1String("messages")).toArray();
        QCOMPARE(fastMessages.size(), 4); // system, user, assistant, user
        QCOMPARE(fastMessages.at(2).toObject().value(QLatin1String("content")).toString(), QStringLiteral("The capital of France is Paris."));
        const QJsonArray slowMessages = f.slow.lastRequest().json().value(QLatin1String("messages")).toArray();
        QCOMPARE(slowMessages.size(), 3);
        // the failing pane got no answer: its next prompt carries the unanswered one
        QCOMPARE(session.transcript(2).size(), 1);
        QCOMPARE(session.transcript(2).at(0).text(), QStringLiteral("What is the capital of France?\n\nAnd of Italy?"));
        QCOMPARE(session.turns(), 2);

        // reopened from the store: same conversations, follow-ups continue them
        QTRY_COMPARE(session.pendingWrites(), 0);
        CompareSession reopened(f.host->router(), f.store, QStringLiteral("team"));
        QVERIFY(reopened.open(session.comparisonId()));
        QCOMPARE(reopened.paneCount(), 3);
        QCOMPARE(reopened.turns(), 2);
        for (int p = 0; p < 3; ++p) {
            QCOMPARE(reopened.transcript(p).size(), session.transcript(p).size());
            QCOMPARE(reopened.answerText(p), session.answerText(p));
        }
        QCOMPARE(reopened.systemPrompt(), QStringLiteral("Answer briefly."));
        QCOMPARE(reopened.state(2), CompareSession::PaneState::Failed);
    }

    // A reasoning model's thinking reaches its pane (shown collapsed there), apart from the answer.
    void reasoningIsForwarded()
    {
        Fixture f;
        QVERIFY(f.start());
        fk::ReplyScript reply;
        reply.text = QStringLiteral("Paris.");
        reply.reasoning = QStringLiteral("The user asks for a capital.");
        reply.reasoningChunks = 3;
        f.fast.setReply(reply);
        CompareSession session(f.host->router(), f.store, QStringLiteral("team"));
        QVERIFY(session.reset({f.fastModel, f.slowModel}, false));
        QString reasoning;
        connect(&session, &CompareSession::paneReasoning, this, [&reasoning](int pane, const QString &delta) {
            if (pane == 0)
                reasoning += delta;
        });
        QSignalSpy turn(&session, &CompareSession::turnFinished);
        QVERIFY(session.send(QStringLiteral("Capital of France?")));
        QTRY_COMPARE_WITH_TIMEOUT(turn.count(), 1, 15000);
        QCOMPARE(reasoning, QStringLiteral("The user asks for a capital."));
        QCOMPARE(session.answerText(0), QStringLiteral("Paris."));
    }

    // A pane that starts late but finishes first is the fastest; the one whose first token came first
    // is named too (it was hidden behind "Fastest").
    void fastestAndFirstTokenDiffer()
    {
        Fixture f;
        QVERIFY(f.start());
        f.fast.setFault(fk::Fault::make(fk::FaultKind::SlowFirstByte, 900));
        f.slow.setChunkDelay(150); // first token after about 0.5 s, the whole answer after about 1.7 s
        CompareSession session(f.host->router(), f.store, QStringLiteral("team"));
        QVERIFY(session.reset({f.fastModel, f.slowModel}, false));
        QSignalSpy turn(&session, &CompareSession::turnFinished);
        QVERIFY(session.send(QStringLiteral("hi")));
        QTRY_COMPARE_WITH_TIMEOUT(turn.count(), 1, 15000);
        const AnswerStats late = session.answerStats(0);
        const AnswerStats early = session.answerStats(1);
        QVERIFY2(*late.ttftMs > *early.ttftMs && *late.latencyMs < *early.latencyMs,
                 qPrintable(QStringLiteral("%1/%2 ms vs %3/%4 ms").arg(*late.ttftMs).arg(*late.latencyMs).arg(*early.ttftMs).arg(*early.latencyMs)));
        QCOMPARE(session.fastestPane(), 0);
        QCOMPARE(session.firstTokenPane(), 1);
    }

    void stopOneAndAll()
    {
        Fixture f;
        QVERIFY(f.start());
        f.slow.setChunkDelay(2000);
        CompareSession session(f.host->router(), f.store, QStringLiteral("team"));
        QVERIFY(session.reset({f.slowModel, f.fastModel}, false));
        QSignalSpy turn(&session, &CompareSession::turnFinished);
        QVERIFY(session.send(QStringLiteral("tell me a long story")));
        QTRY_VERIFY_WITH_TIMEOUT(session.state(0) == CompareSession::PaneState::Streaming, 10000);
        session.stop(0);
        // stopped once the stopped answer's row is on disk (a few milliseconds)
        QTRY_COMPARE(session.state(0), CompareSession::PaneState::Stopped);
        QTRY_COMPARE_WITH_TIMEOUT(turn.count(), 1, 10000);
        QCOMPARE(session.state(1), CompareSession::PaneState::Done);
        QVERIFY(session.answerStats(0).error.isEmpty());
        // a stopped answer shows the tokens and cost the ledger has for it (issue 15 said it showed none)
        {
            QVERIFY(f.engine->ledger().flush());
            QSqlQuery q(*f.engine->database()->connection());
            QVERIFY(q.exec(QStringLiteral("SELECT input_tokens, output_tokens, cost_nusd, status FROM calls WHERE provider = 'slow'")) && q.next());
            const AnswerStats stopped = session.answerStats(0);
            QCOMPARE(q.value(3).toString(), QStringLiteral("cancelled"));
            QVERIFY(q.value(0).toLongLong() > 0);
            QCOMPARE(stopped.inputTokens, q.value(0).toLongLong());
            QCOMPARE(stopped.outputTokens, q.value(1).toLongLong());
            QCOMPARE(qint64(std::llround(stopped.costUsd * 1e9)), q.value(2).toLongLong());
            QVERIFY(stopped.costKnown);
        }
        // the partial answer is kept as the pane's reply
        QCOMPARE(session.transcript(0).size(), 2);

        QVERIFY(session.send(QStringLiteral("another")));
        QTRY_VERIFY_WITH_TIMEOUT(session.state(0) == CompareSession::PaneState::Streaming, 10000);
        session.stopAll();
        QTRY_COMPARE_WITH_TIMEOUT(turn.count(), 2, 10000);
        QCOMPARE(session.state(0), CompareSession::PaneState::Stopped);
        QVERIFY(!session.isRunning());
    }

    void stopAllBeforeTheCallsGoOut()
    {
        Fixture f;
        QVERIFY(f.start());
        CompareSession session(f.host->router(), f.store, QStringLiteral("team"));
        QVERIFY(session.reset({f.fastModel, f.slowModel}, false));
        QSignalSpy turn(&session, &CompareSession::turnFinished);
        const int before = f.fast.requestCount() + f.slow.requestCount();
        QVERIFY(session.send(QStringLiteral("never mind")));
        session.stopAll(); // while the prompt is being stored
        QTRY_COMPARE(turn.count(), 1);
        QVERIFY(!session.isRunning());
        QCOMPARE(session.state(0), CompareSession::PaneState::Stopped);
        QCOMPARE(session.state(1), CompareSession::PaneState::Stopped);
        QCOMPARE(f.fast.requestCount() + f.slow.requestCount(), before);
        // the stopped turn is stored like any other
        QTRY_COMPARE(session.pendingWrites(), 0);
        CompareSession reopened(f.host->router(), f.store, QStringLiteral("team"));
        QVERIFY(reopened.open(session.comparisonId()));
        QCOMPARE(reopened.turns(), 1);
        QCOMPARE(reopened.state(0), CompareSession::PaneState::Stopped);
    }

    void blindVote()
    {
        Fixture f;
        QVERIFY(f.start());
        CompareSession::Seams seams;
        seams.random = [] { return 0u; }; // Fisher-Yates with 0: order (1, 2, 0) for three panes
        CompareSession session(f.host->router(), f.store, QStringLiteral("team"), seams);
        QVERIFY(session.reset({f.fastModel, f.slowModel}, true, QStringLiteral("geo")));
        QCOMPARE(session.displayOrder(), (QList<int>{1, 0}));
        QCOMPARE(session.label(1), QStringLiteral("Model A"));
        QCOMPARE(session.label(0), QStringLiteral("Model B"));
        QVERIFY(!session.canVote());
        QSignalSpy turn(&session, &CompareSession::turnFinished);
        QVERIFY(session.send(QStringLiteral("capital of France?")));
        QVERIFY(!session.canVote()); // not before the answers are in
        QTRY_COMPARE_WITH_TIMEOUT(turn.count(), 1, 15000);
        QVERIFY(session.canVote());
        // "A is better": A is the slow model, shown first
        QVERIFY(session.vote(-1, VoteOutcome::AWins));
        QVERIFY(session.revealed());
        QCOMPARE(session.label(1), f.slowModel);
        QVERIFY(!session.canVote());
        QVERIFY(!session.vote(-1, VoteOutcome::Tie));
        QSignalSpy stored(&session, &CompareSession::stored);
        QTRY_COMPARE(session.pendingWrites(), 0);
        auto board = f.store->leaderboard(QStringLiteral("team"), QStringLiteral("geo"));
        QVERIFY(board);
        QCOMPARE(board->size(), 2);
        QCOMPARE(board->at(0).model, f.slowModel);
        QCOMPARE(board->at(0).wins, 1);
        QVERIFY(f.store->comparison(session.comparisonId())->revealed);

        // three panes: pick the best
        QVERIFY(session.reset({f.fastModel, f.slowModel, f.badModel}, true, QStringLiteral("geo")));
        QCOMPARE(session.displayOrder(), (QList<int>{1, 2, 0}));
        QVERIFY(session.send(QStringLiteral("capital of Spain?")));
        QTRY_COMPARE_WITH_TIMEOUT(turn.count(), 2, 15000);
        QVERIFY(session.vote(0, VoteOutcome::AWins)); // the fast model (shown third) beats both
        QTRY_COMPARE(session.pendingWrites(), 0);
        QVERIFY(!stored.isEmpty());
        board = f.store->leaderboard(QStringLiteral("team"), QStringLiteral("geo"));
        QCOMPARE(board->size(), 3);
        auto votes = f.store->votes(QStringLiteral("team"));
        QCOMPARE(votes->size(), 3);
        QCOMPARE(votes->at(1).modelA, f.fastModel);
        QCOMPARE(votes->at(2).modelA, f.fastModel);
    }

    void batchRun()
    {
        Fixture f;
        QVERIFY(f.start());
        f.slow.setChunkDelay(20);
        auto rows = PromptSet::parseText(
            QStringLiteral("{\"id\":\"q1\",\"prompt\":\"capital of France\",\"contains\":\"Paris\"}\n"
                           "{\"id\":\"q2\",\"prompt\":\"as JSON\",\"schema\":{\"type\":\"object\",\"required\":[\"city\"]}}\n"
                           "{\"id\":\"q3\",\"prompt\":\"no checks\"}\n"
                           "{\"id\":\"q4\",\"prompt\":\"capital again\",\"regex\":\"Par\\\\w+\"}\n"));
        QVERIFY2(rows, rows ? "" : qPrintable(rows.error().message));
        BatchRunner runner(f.host->router(), f.store, QStringLiteral("team"));
        QSignalSpy progress(&runner, &BatchRunner::progress);
        QSignalSpy done(&runner, &BatchRunner::finished);
        BatchOptions options;
        options.models = {f.fastModel, f.slowModel, f.badModel};
        options.concurrency = 2;
        QSignalSpy started(&runner, &BatchRunner::started);
        auto ok = runner.start(*rows, options);
        QVERIFY2(ok, ok ? "" : qPrintable(ok.error().message));
        QVERIFY(!runner.start(*rows, options)); // one run at a time
        QVERIFY(done.wait(30000));
        QCOMPARE(started.count(), 1);
        const qint64 id = started.first().at(0).toLongLong();
        QCOMPARE(runner.comparisonId(), id);
        QCOMPARE(done.first().at(0).toBool(), false);
        QCOMPARE(runner.done(), 12);
        QCOMPARE(progress.last().at(0).toInt(), 12);
        QVERIFY(runner.peakInFlight() <= 2);
        QCOMPARE(runner.peakInFlight(), 2);

        const QList<ModelSummary> summary = summarize(runner.results(), options.models);
        QCOMPARE(summary.size(), 3);
        // fast: Paris yes, not JSON, Paris matches the regex -> 2 of 3
        QCOMPARE(summary.at(0).checked, 3);
        QCOMPARE(summary.at(0).passed, 2);
        // slow answers JSON with Paris -> 3 of 3
        QCOMPARE(summary.at(1).passed, 3);
        QCOMPARE(*summary.at(1).passRate(), 1.0);
        QVERIFY(summary.at(1).meanLatencyMs > 0);
        QVERIFY(summary.at(0).totalCostUsd > 0);
        QCOMPARE(summary.at(2).errors, 4);
        QCOMPARE(summary.at(2).answered, 0);
        QCOMPARE(summary.at(2).checked, 3); // an error fails the row's checks
        QCOMPARE(summary.at(2).passRate(), std::optional<double>(0.0));
        const BatchResult &schemaFail = runner.results().at(1 * 3 + 0);
        QCOMPARE(schemaFail.passed, std::optional<bool>(false));
        QVERIFY2(schemaFail.checkDetail.startsWith(QLatin1String("not valid JSON")), qPrintable(schemaFail.checkDetail));
        QCOMPARE(runner.results().at(2 * 3 + 0).passed, std::optional<bool>());

        // saved, and in the ledger as compare calls of this batch
        // (finished comes after the last result is stored)
        auto saved = f.store->batchResults(id);
        QVERIFY(saved);
        QCOMPARE(saved->size(), 12);
        QCOMPARE(f.store->comparison(id)->kind, Comparison::Kind::Batch);
        for (const auto &[source, key] : f.ledgerRows()) {
            QCOMPARE(source, QStringLiteral("compare"));
            QCOMPARE(key, QString::number(id));
        }

        // CSV export: header plus one line per result, quoting intact
        const QString csv = resultsToCsv(runner.results());
        auto records = csv::parse(csv);
        QVERIFY(records);
        QCOMPARE(records->size(), 13);
        QCOMPARE(records->at(0).fields.at(1), QStringLiteral("model"));
        QCOMPARE(records->at(2 * 1).fields.at(3), QStringLiteral("{\"city\": \"Paris\", \"country\": \"France\"}"));
    }

    void batchCancel()
    {
        Fixture f;
        QVERIFY(f.start());
        f.slow.setChunkDelay(500);
        QList<PromptRow> rows;
        for (int i = 0; i < 5; ++i)
            rows << PromptRow{QString::number(i), QStringLiteral("prompt %1").arg(i), {}, {}, {}, i + 1};
        BatchRunner runner(f.host->router(), f.store, QStringLiteral("team"));
        QSignalSpy done(&runner, &BatchRunner::finished);
        BatchOptions options;
        options.models = {f.slowModel};
        options.concurrency = 2;
        QVERIFY(runner.start(rows, options));
        QTRY_COMPARE_WITH_TIMEOUT(runner.inFlight(), 2, 5000);
        runner.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 5000);
        QCOMPARE(done.first().at(0).toBool(), true);
        QVERIFY(!runner.isRunning());
        QCOMPARE(runner.done(), 2);
        QCOMPARE(runner.results().at(0).stats.status, AnswerStats::Status::Stopped);
        QVERIFY(runner.results().at(4).model.isEmpty()); // never started
    }
};

QTEST_GUILESS_MAIN(TestCompareRun)
#include "tst_comparerun.moc"
