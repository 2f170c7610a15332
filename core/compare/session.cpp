#include "compare/session.h"

#include "protocol/documents.h"
#include "protocol/parameters.h"
#include "router/router.h"

#include <QRandomGenerator>

namespace sb::compare {

using protocol::Message;
using protocol::Role;

namespace {

// A pane whose last turn got no answer carries that prompt along: no two user turns in a row.
void appendPrompt(QList<Message> &transcript, QList<knowledge::Context> &sources, const QString &prompt,
                  const QList<protocol::ContentPart> &attachments = {})
{
    if (!transcript.isEmpty() && transcript.constLast().role == Role::User) {
        Message merged = Message::make(Role::User, transcript.constLast().text() + QStringLiteral("\n\n") + prompt);
        for (const protocol::ContentPart &p : transcript.constLast().content) {
            if (p.type != protocol::ContentPart::Type::Text)
                merged.content << p;
        }
        merged.content << attachments;
        transcript.last() = merged;
    } else {
        Message m = Message::make(Role::User, prompt);
        m.content << attachments;
        transcript << m;
        sources << knowledge::Context{};
    }
}

} // namespace

CompareSession::CompareSession(router::Router &router, std::shared_ptr<CompareStore> store, QString workspace, Seams seams, QObject *parent)
    : QObject(parent)
    , m_router(router)
    , m_store(std::move(store))
    , m_workspace(std::move(workspace))
    , m_seams(std::move(seams))
{
    if (!m_seams.random)
        m_seams.random = [] { return QRandomGenerator::global()->generate(); };
}

CompareSession::~CompareSession()
{
    for (Pane &p : m_panes) {
        if (p.answer)
            p.answer->disconnect(this);
    }
}

Expected<void> CompareSession::reset(const QStringList &models, bool blind, const QString &category)
{
    if (isRunning())
        return Error::make(Error::Kind::Validation, tr("Stop the running answers first."));
    if (models.size() < kMinPanes || models.size() > kMaxPanes)
        return Error::make(Error::Kind::Validation, tr("Choose %1 to %2 models.").arg(kMinPanes).arg(kMaxPanes));
    m_comparison = Comparison{};
    m_comparison.workspace = m_workspace;
    m_comparison.models = models;
    m_comparison.blind = blind;
    m_comparison.category = category;
    if (blind) {
        QList<int> order;
        for (int i = 0; i < models.size(); ++i)
            order << i;
        for (qsizetype i = order.size() - 1; i > 0; --i)
            std::swap(order[i], order[qsizetype(m_seams.random() % quint32(i + 1))]);
        m_comparison.displayOrder = order;
    }
    m_panes = QList<Pane>(models.size());
    m_turns = 0;
    m_votedTurn = -1;
    Q_EMIT panesReset();
    return {};
}

Expected<void> CompareSession::open(qint64 comparisonId)
{
    if (isRunning())
        return Error::make(Error::Kind::Validation, tr("Stop the running answers first."));
    auto c = m_store->comparison(comparisonId);
    if (!c)
        return c.error();
    if (c->kind != Comparison::Kind::Live)
        return Error::make(Error::Kind::Validation, tr("Comparison %1 is a batch run.").arg(comparisonId));
    auto messages = m_store->messages(comparisonId);
    if (!messages)
        return messages.error();
    m_comparison = *c;
    m_knowledge = c->knowledge;
    m_turnContext = knowledge::Context{};
    m_panes = QList<Pane>(c->models.size());
    m_turns = 0;
    for (const CompareMessage &m : *messages) {
        if (m.pane < 0 || m.pane >= m_panes.size())
            continue;
        Pane &p = m_panes[m.pane];
        if (m.turn + 1 > m_turns) {
            m_turns = m.turn + 1;
            m_turnContext = knowledge::Context{}; // a new turn: its sources come with its answers
        }
        if (m.fromUser) {
            appendPrompt(p.transcript, p.sources, m.text);
            continue;
        }
        if (!m.text.isEmpty()) {
            p.transcript << Message::make(Role::Assistant, m.text);
            p.sources << m.knowledge;
        }
        if (!m.knowledge.collections.isEmpty()) // by turn: the last turn's come last
            m_turnContext = m.knowledge;
        p.text = m.text;
        p.stats = m.stats;
        p.state = m.stats.status == AnswerStats::Status::Ok  ? PaneState::Done
            : m.stats.status == AnswerStats::Status::Stopped ? PaneState::Stopped
                                                             : PaneState::Failed;
    }
    m_votedTurn = m_comparison.revealed ? m_turns : -1;
    Q_EMIT panesReset();
    return {};
}

void CompareSession::setCategory(const QString &category)
{
    m_comparison.category = category;
    if (m_comparison.id)
        write([c = m_comparison](CompareStore &store) { return store.update(c); });
}

void CompareSession::write(std::function<Expected<void>(CompareStore &)> job)
{
    m_writes.run(
        this, [store = m_store, job = std::move(job)] { return job(*store); },
        [this](const Expected<void> &ok) {
            if (!ok)
                Q_EMIT storeError(ok.error().message);
            else
                Q_EMIT stored();
        });
}

bool CompareSession::isRunning() const
{
    if (m_starting)
        return true;
    for (const Pane &p : m_panes) {
        if (p.fitting || (p.answer && !p.answer->isFinished()))
            return true;
    }
    return false;
}

void CompareSession::save(const CompareMessage &message)
{
    write([id = m_comparison.id, message](CompareStore &store) -> Expected<void> {
        if (auto ok = store.appendMessage(id, message); !ok)
            return ok.error();
        return {};
    });
}

Expected<void> CompareSession::send(const QString &prompt, const QList<protocol::ContentPart> &attachments)
{
    if (prompt.trimmed().isEmpty())
        return Error::make(Error::Kind::Validation, tr("Write a prompt first."));
    if (m_panes.size() < kMinPanes)
        return Error::make(Error::Kind::Validation, tr("Choose %1 to %2 models.").arg(kMinPanes).arg(kMaxPanes));
    if (isRunning())
        return Error::make(Error::Kind::Validation, tr("The answers of the last prompt are still coming."));
    if (!m_comparison.id) {
        QString title = prompt.simplified();
        if (title.size() > 60)
            title = title.left(59) + QStringLiteral("…");
        m_comparison.title = title;
    }
    const int turn = m_turns++;
    m_turnContext = knowledge::Context{};
    m_comparison.knowledge = m_knowledge;
    QList<CompareMessage> prompts;
    for (int i = 0; i < m_panes.size(); ++i) {
        Pane &p = m_panes[i];
        appendPrompt(p.transcript, p.sources, prompt, attachments);
        prompts << CompareMessage{i, turn, true, prompt, {}, {}};
        p.pdf.reset();
        p.stopAsked = false;
        p.text.clear();
        p.stats = AnswerStats{};
        p.stats.model = m_comparison.models.at(i);
        p.state = PaneState::Waiting;
        Q_EMIT paneChanged(i);
    }
    // the comparison (created with the first prompt, or its system prompt kept) and the prompts are
    // stored before the calls go out: the ledger files them under the comparison's id
    m_starting = true;
    m_stopAsked = false;
    m_writes.run(
        this,
        [store = m_store, c = m_comparison, prompts]() -> Expected<qint64> {
            qint64 id = c.id;
            if (!id) {
                auto created = store->create(c);
                if (!created)
                    return created.error();
                id = *created;
            } else if (auto ok = store->update(c); !ok) {
                return ok.error();
            }
            for (const CompareMessage &m : prompts) {
                if (auto ok = store->appendMessage(id, m); !ok)
                    return ok.error();
            }
            return id;
        },
        [this, prompt](const Expected<qint64> &id) {
            if (!id) {
                m_starting = false;
                failTurn(id.error().message);
                Q_EMIT storeError(id.error().message);
                return;
            }
            m_comparison.id = *id;
            Q_EMIT stored();
            retrieveThenDispatch(prompt);
        });
    return {};
}

void CompareSession::setKnowledge(knowledge::ContextBuilder *builder, const QStringList &collections, const knowledge::ContextOptions &options)
{
    m_builder = builder;
    m_knowledge = collections;
    m_knowledgeOptions = options;
}

void CompareSession::failTurn(const QString &message)
{
    for (int i = 0; i < m_panes.size(); ++i) {
        m_panes[i].state = PaneState::Failed;
        m_panes[i].stats.status = AnswerStats::Status::Error;
        m_panes[i].stats.error = message;
        Q_EMIT paneChanged(i);
    }
    Q_EMIT turnFinished();
}

void CompareSession::retrieveThenDispatch(const QString &prompt)
{
    if (m_knowledge.isEmpty() || m_stopAsked) {
        m_starting = false;
        dispatchTurn();
        return;
    }
    if (!m_builder) {
        m_starting = false;
        failTurn(tr("The knowledge base is not available here: detach the collections to compare without them."));
        return;
    }
    // once for the turn: every pane gets these very passages
    m_builder->build(m_knowledge, prompt, m_knowledgeOptions, [this, guard = QPointer<CompareSession>(this)](Expected<knowledge::Context> context) {
        if (!guard)
            return;
        m_starting = false;
        if (!context) {
            // the prompt is stored and in every pane's conversation: sending again retries it
            const QString message = tr("Knowledge search failed: %1. Pick another collection (or none) and send again.").arg(context.error().message);
            failTurn(message);
            for (int i = 0; i < m_panes.size(); ++i)
                save(CompareMessage{i, m_turns - 1, false, QString(), m_panes.at(i).stats, {}});
            return;
        }
        m_turnContext = *context;
        write([id = m_comparison.id, turn = m_turns - 1, sources = m_turnContext](CompareStore &store) {
            return store.saveSources(id, turn, sources);
        });
        Q_EMIT contextReady();
        dispatchTurn();
    });
}

void CompareSession::dispatchTurn()
{
    router::DispatchContext context;
    context.source = usage::Source::Compare;
    context.sourceKey = QString::number(m_comparison.id);
    for (int i = 0; i < m_panes.size(); ++i) {
        Pane &p = m_panes[i];
        if (m_stopAsked) { // Stop all before the calls went out
            p.state = PaneState::Stopped;
            p.stats.status = AnswerStats::Status::Stopped;
            save(CompareMessage{i, m_turns - 1, false, QString(), p.stats, {}});
            Q_EMIT paneChanged(i);
            continue;
        }
        protocol::ChatRequest request;
        request.model = m_comparison.models.at(i);
        request.system = m_comparison.systemPrompt;
        request.messages = p.transcript;
        request.stream = true;
        protocol::applyParameters(request, m_parameters);
        knowledge::applyContext(request, m_turnContext);
        p.fitting = true;
        const bool pdf = protocol::hasPdf(request);
        knowledge::fitPdfs(m_router, request, context, this, [this, i, pdf, turn = m_turns, context](Expected<knowledge::PdfFitted> fitted) {
            Pane &pane = m_panes[i];
            if (turn != m_turns || !pane.fitting)
                return;
            pane.fitting = false;
            if (pdf && fitted) {
                pane.pdf = fitted->delivery;
                // follow-ups carry the text, not the PDF to extract again (the context is in the system prompt)
                if (fitted->delivery.how == knowledge::PdfDelivery::How::AsText && fitted->request.messages.size() == pane.transcript.size())
                    pane.transcript = fitted->request.messages;
            }
            if (!fitted || pane.stopAsked) {
                pane.state = fitted ? PaneState::Stopped : PaneState::Failed;
                pane.stats.status = fitted ? AnswerStats::Status::Stopped : AnswerStats::Status::Error;
                if (!fitted)
                    pane.stats.error = tr("%1 reads no PDFs (or not this one), and their text cannot be extracted: %2. Pick a model marked “pdf”.")
                                           .arg(m_comparison.models.at(i), fitted.error().message);
                save(CompareMessage{i, m_turns - 1, false, QString(), pane.stats, {}});
                Q_EMIT paneChanged(i);
                if (!isRunning())
                    Q_EMIT turnFinished();
                return;
            }
            startAnswer(i, fitted->request, context);
        });
    }
    if (m_stopAsked)
        Q_EMIT turnFinished();
}

void CompareSession::startAnswer(int i, const protocol::ChatRequest &request, const router::DispatchContext &context)
{
    Pane &p = m_panes[i];
    auto *answer = new Answer(m_router, request, context, this);
    p.answer = answer;
    connect(answer, &Answer::textAdded, this, [this, i](const QString &delta) {
        m_panes[i].text += delta;
        Q_EMIT paneText(i, delta);
    });
    connect(answer, &Answer::reasoningAdded, this, [this, i](const QString &delta) { Q_EMIT paneReasoning(i, delta); });
    connect(answer, &Answer::statsChanged, this, [this, i, answer] {
        Pane &pane = m_panes[i];
        if (pane.answer != answer)
            return;
        pane.stats = answer->stats();
        if (pane.state == PaneState::Waiting && pane.stats.ttftMs)
            pane.state = PaneState::Streaming;
        Q_EMIT paneChanged(i);
    });
    connect(answer, &Answer::finished, this, [this, i] { onAnswerFinished(i); });
}

void CompareSession::onAnswerFinished(int pane)
{
    Pane &p = m_panes[pane];
    if (!p.answer)
        return;
    p.stats = p.answer->stats();
    p.text = p.answer->text();
    p.state = p.stats.status == AnswerStats::Status::Ok  ? PaneState::Done
        : p.stats.status == AnswerStats::Status::Stopped ? PaneState::Stopped
                                                         : PaneState::Failed;
    if (!p.text.isEmpty()) {
        p.transcript << Message::make(Role::Assistant, p.text);
        p.sources << m_turnContext;
    }
    save(CompareMessage{pane, m_turns - 1, false, p.text, p.stats, {}});
    p.answer->deleteLater();
    p.answer = nullptr;
    Q_EMIT paneChanged(pane);
    if (!isRunning())
        Q_EMIT turnFinished();
}

void CompareSession::stop(int pane)
{
    if (pane < 0 || pane >= m_panes.size())
        return;
    if (m_panes[pane].fitting)
        m_panes[pane].stopAsked = true;
    if (m_panes[pane].answer)
        m_panes[pane].answer->cancel();
}

std::optional<knowledge::PdfDelivery> CompareSession::pdfDelivery(int pane) const
{
    return pane >= 0 && pane < m_panes.size() ? m_panes.at(pane).pdf : std::nullopt;
}

void CompareSession::stopAll()
{
    if (m_starting)
        m_stopAsked = true;
    for (int i = 0; i < m_panes.size(); ++i)
        stop(i);
}

QList<int> CompareSession::displayOrder() const
{
    if (m_comparison.displayOrder.size() == m_panes.size())
        return m_comparison.displayOrder;
    QList<int> order;
    for (int i = 0; i < m_panes.size(); ++i)
        order << i;
    return order;
}

QString CompareSession::label(int pane) const
{
    if (m_comparison.blind && !m_comparison.revealed) {
        const qsizetype position = displayOrder().indexOf(pane);
        return tr("Model %1").arg(QChar(u'A' + char16_t(std::max<qsizetype>(0, position))));
    }
    return model(pane);
}

CompareSession::PaneState CompareSession::state(int pane) const
{
    return pane >= 0 && pane < m_panes.size() ? m_panes.at(pane).state : PaneState::Idle;
}

QString CompareSession::answerText(int pane) const
{
    return pane >= 0 && pane < m_panes.size() ? m_panes.at(pane).text : QString();
}

AnswerStats CompareSession::answerStats(int pane) const
{
    return pane >= 0 && pane < m_panes.size() ? m_panes.at(pane).stats : AnswerStats{};
}

const QList<protocol::Message> &CompareSession::transcript(int pane) const
{
    static const QList<protocol::Message> none;
    return pane >= 0 && pane < m_panes.size() ? m_panes.at(pane).transcript : none;
}

const QList<knowledge::Context> &CompareSession::transcriptSources(int pane) const
{
    static const QList<knowledge::Context> none;
    return pane >= 0 && pane < m_panes.size() ? m_panes.at(pane).sources : none;
}

int CompareSession::fastestPane() const
{
    int best = -1;
    int answered = 0;
    for (int i = 0; i < m_panes.size(); ++i) {
        const Pane &p = m_panes.at(i);
        if (p.state != PaneState::Done || !p.stats.latencyMs)
            continue;
        ++answered;
        if (best < 0 || *p.stats.latencyMs < *m_panes.at(best).stats.latencyMs)
            best = i;
    }
    return answered >= 2 ? best : -1;
}

int CompareSession::firstTokenPane() const
{
    int best = -1;
    int answered = 0;
    for (int i = 0; i < m_panes.size(); ++i) {
        const Pane &p = m_panes.at(i);
        if (p.state != PaneState::Done || !p.stats.ttftMs)
            continue;
        ++answered;
        if (best < 0 || *p.stats.ttftMs < *m_panes.at(best).stats.ttftMs)
            best = i;
    }
    return answered >= 2 ? best : -1;
}

int CompareSession::cheapestPane() const
{
    int best = -1;
    int priced = 0;
    for (int i = 0; i < m_panes.size(); ++i) {
        const Pane &p = m_panes.at(i);
        if (p.state != PaneState::Done || p.stats.costUsd <= 0)
            continue;
        ++priced;
        if (best < 0 || p.stats.costUsd < m_panes.at(best).stats.costUsd)
            best = i;
    }
    return priced >= 2 ? best : -1;
}

bool CompareSession::canVote() const
{
    if (!m_comparison.blind || m_comparison.revealed || m_turns == 0 || isRunning() || m_votedTurn == m_turns)
        return false;
    for (const Pane &p : m_panes) {
        if (p.state == PaneState::Waiting || p.state == PaneState::Streaming)
            return false;
    }
    return true;
}

Expected<void> CompareSession::vote(int best, VoteOutcome outcome)
{
    if (!canVote())
        return Error::make(Error::Kind::Validation, tr("Vote on a blind comparison once every answer is in."));
    QStringList shown;
    const QList<int> order = displayOrder();
    for (int pane : order)
        shown << model(pane);
    const int bestPosition = best >= 0 ? int(order.indexOf(best)) : -1;
    if (best >= 0 && bestPosition < 0)
        return Error::make(Error::Kind::Validation, tr("No pane %1.").arg(best));
    QList<Vote> votes = roundVotes(shown, bestPosition, outcome);
    for (Vote &v : votes)
        v.category = m_comparison.category;
    m_votedTurn = m_turns;
    m_comparison.revealed = true;
    write([id = m_comparison.id, votes, c = m_comparison](CompareStore &store) -> Expected<void> {
        if (auto ok = store.recordVotes(id, votes); !ok)
            return ok;
        return store.update(c);
    });
    Q_EMIT revealedChanged();
    return {};
}

} // namespace sb::compare
