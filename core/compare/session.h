#pragma once

#include "common/async.h"
#include "common/expected.h"
#include "compare/answer.h"
#include "compare/comparestore.h"
#include "knowledge/context.h"
#include "knowledge/pdftext.h"
#include "protocol/types.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>

namespace sb::router {
class Router;
}

namespace sb::compare {

// A live side-by-side comparison: 2 to 6 panes, each with its own model and conversation. send()
// starts every pane's call at once through the router (source compare, source key = the comparison
// id); each pane streams and finishes on its own, so a slow or failing model holds nobody.
// Follow-ups continue each pane's own conversation. Every turn is saved as it completes, on a worker
// in the order asked (the GUI thread never waits for the database's lock): storeError reports a
// write that failed, stored() one that landed.
class CompareSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareSession)

public:
    static constexpr int kMinPanes = 2;
    static constexpr int kMaxPanes = 6;
    enum class PaneState { Idle, Waiting, Streaming, Done, Stopped, Failed };

    struct Seams {
        std::function<quint32()> random; // blind shuffles
    };

    CompareSession(router::Router &router, std::shared_ptr<CompareStore> store, QString workspace, Seams seams = {}, QObject *parent = nullptr);
    ~CompareSession() override;

    // Starts a new, unsaved comparison (saved with the first send). Blind shuffles the panes.
    [[nodiscard]] Expected<void> reset(const QStringList &models, bool blind, const QString &category = {});
    // Reopens a saved live comparison: its models, turns, blind state, knowledge collections
    // (knowledge()) and each answer's sources (transcriptSources()); follow-ups continue it.
    [[nodiscard]] Expected<void> open(qint64 comparisonId);

    // The workspace new comparisons and votes are filed under (its name).
    void setWorkspace(const QString &workspace) { m_workspace = workspace; }
    void setSystemPrompt(const QString &system) { m_comparison.systemPrompt = system; }
    // Sampling parameters every pane's calls carry (protocol/parameters.h; empty: the providers' defaults),
    // e.g. those of a workflow step whose input is compared. Not saved with the comparison.
    void setParameters(const QJsonObject &parameters) { m_parameters = parameters; }
    QJsonObject parameters() const { return m_parameters; }
    QString systemPrompt() const { return m_comparison.systemPrompt; }
    void setCategory(const QString &category);
    const Comparison &comparison() const { return m_comparison; }

    // The knowledge collections the panes answer from (empty: none). Each prompt is searched once, by
    // `builder`, before the calls go out, and every pane's request gets the same numbered passages:
    // the differences between the answers come from the models, not from retrieval. The collections
    // are saved with the comparison and each turn's sources with the turn.
    void setKnowledge(knowledge::ContextBuilder *builder, const QStringList &collections, const knowledge::ContextOptions &options = {});
    QStringList knowledge() const { return m_knowledge; }
    // The sources of the last turn, the same for every pane (empty: none, or not searched yet).
    const knowledge::Context &turnContext() const { return m_turnContext; }
    qint64 comparisonId() const { return m_comparison.id; }

    // Sends the prompt to every pane (each continues its own conversation). Refused while a turn runs.
    // The calls go out once the comparison and the prompt are stored (comparisonId() is set then).
    // Attachments (images, PDF document parts) go with the prompt to every pane and stay in its
    // conversation; only the prompt's text is stored. A PDF goes to each pane's model as its API's
    // document part, or as its extracted text where the model reads no PDFs (knowledge::fitPdfs);
    // pdfDelivery(pane) says which, and a pane whose PDF could go neither way fails saying why.
    [[nodiscard]] Expected<void> send(const QString &prompt, const QList<protocol::ContentPart> &attachments = {});
    void stop(int pane);
    void stopAll();
    bool isRunning() const;

    int paneCount() const { return int(m_panes.size()); }
    // Panes in the order they are shown (shuffled when blind).
    QList<int> displayOrder() const;
    // "Model A", "Model B", ... by display position when blind and not revealed; else the model.
    QString label(int pane) const;
    QString model(int pane) const { return m_comparison.models.value(pane); }
    PaneState state(int pane) const;
    // The pane's current (last) answer text and stats; the whole conversation in transcript().
    QString answerText(int pane) const;
    AnswerStats answerStats(int pane) const;
    const QList<protocol::Message> &transcript(int pane) const;
    // The sources each message of transcript(pane) was answered from, index for index (empty for
    // prompts and for answers given without the knowledge base).
    const QList<knowledge::Context> &transcriptSources(int pane) const;
    int turns() const { return m_turns; }
    // How the last turn's PDFs went to the pane's model; nullopt when the turn had none (or has not
    // got that far).
    std::optional<knowledge::PdfDelivery> pdfDelivery(int pane) const;

    // Among the panes that answered this turn: the one that finished first (lowest latency) and the
    // cheapest (known cost > 0). -1 when fewer than two answered.
    int fastestPane() const;
    int cheapestPane() const;
    // The pane whose first token came first (it may not be the fastest to finish): -1 as above.
    int firstTokenPane() const;

    // Blind voting, once every pane of the turn is done: best = a pane (beats the others), or -1 with
    // Tie or BothBad (for two panes AWins/BWins name the panes in display order A, B). Reveals the names.
    bool canVote() const;
    [[nodiscard]] Expected<void> vote(int best, VoteOutcome outcome);
    bool revealed() const { return m_comparison.revealed; }
    // Writes asked for whose result has not come back (0: the store holds what is shown).
    int pendingWrites() const { return m_writes.pending(); }
    bool hasVoted() const { return m_votedTurn == m_turns; }

Q_SIGNALS:
    void panesReset(); // panes changed (new or reopened comparison)
    void paneText(int pane, const QString &delta);
    void paneReasoning(int pane, const QString &delta);
    void paneChanged(int pane); // state or stats
    void turnFinished();
    void revealedChanged();
    void storeError(const QString &message);
    void stored(); // a change of the comparison or its turns is in the store
    void contextReady(); // the turn's sources are known (turnContext()); the calls go out next

private:
    struct Pane {
        QList<protocol::Message> transcript;
        QList<knowledge::Context> sources; // per transcript message
        QPointer<Answer> answer;
        QString text; // of the last answer (also for reopened comparisons)
        AnswerStats stats;
        PaneState state = PaneState::Idle;
        std::optional<knowledge::PdfDelivery> pdf; // of the last turn
        bool fitting = false; // its PDFs' text is being extracted; the call goes out next
        bool stopAsked = false; // Stop came while fitting
    };
    void startAnswer(int pane, const protocol::ChatRequest &request, const router::DispatchContext &context);
    void onAnswerFinished(int pane);
    void save(const CompareMessage &message);
    void write(std::function<Expected<void>(CompareStore &)> job);
    void retrieveThenDispatch(const QString &prompt);
    void failTurn(const QString &message);
    void dispatchTurn();

    router::Router &m_router;
    std::shared_ptr<CompareStore> m_store;
    QString m_workspace;
    Seams m_seams;
    Comparison m_comparison;
    QList<Pane> m_panes;
    int m_turns = 0;
    int m_votedTurn = -1;
    bool m_starting = false; // the turn is being stored; its calls go out next
    bool m_stopAsked = false; // Stop all came while starting
    QPointer<knowledge::ContextBuilder> m_builder;
    QStringList m_knowledge;
    QJsonObject m_parameters;
    knowledge::ContextOptions m_knowledgeOptions;
    knowledge::Context m_turnContext;
    async::Serial m_writes; // last: destroyed first, waiting for the writes
};

} // namespace sb::compare
