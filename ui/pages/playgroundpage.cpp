#include "pages/playgroundpage.h"

#include "appcontext.h"
#include "engine/engine.h"
#include "logging.h"
#include "pages/playground/chatsettings.h"
#include "pages/playground/composer.h"
#include "pages/playground/conversationlist.h"
#include "pages/playground/storequeue.h"
#include "prompts.h"
#include "router/router.h"
#include "routingtrace.h"
#include "widgets/knowledgepicker.h"
#include "widgets/markdownview.h"
#include "widgets/messageview.h"
#include "widgets/modelpicker.h"
#include "widgets/sourcedialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMimeDatabase>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStringDecoder>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QToolButton>
#include <QVBoxLayout>

namespace sb::ui {

using chat::MessageStats;
using chat::StoredMessage;
using protocol::ContentPart;
using protocol::Message;
using protocol::Role;
using protocol::StreamEvent;

PlaygroundPage::PlaygroundPage(AppContext &context, Prompts &prompts, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_prompts(prompts)
    , m_store(std::make_unique<chat::ConversationStore>(context.database()))
    , m_queue(std::make_unique<StoreQueue>(*m_store))
{
    setObjectName(QStringLiteral("playgroundPage"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setChildrenCollapsible(false);
    layout->addWidget(split);
    m_conversations = new ConversationList(*m_queue, m_prompts, split);
    QWidget *left = m_conversations;
    connect(m_conversations, &ConversationList::openRequested, this, &PlaygroundPage::openConversation);
    connect(m_conversations, &ConversationList::newRequested, this, &PlaygroundPage::newConversation);
    connect(m_conversations, &ConversationList::aboutToRemove, this, [this](qint64 id) {
        if (id == m_conversationId && isStreaming())
            stop();
    });
    connect(m_conversations, &ConversationList::removed, this, [this](qint64 id) {
        if (id == m_conversationId)
            newConversation();
    });
    connect(m_conversations, &ConversationList::restored, this, &PlaygroundPage::openConversation);
    connect(m_conversations, &ConversationList::exportRequested, this, [this](qint64 id, bool markdown) {
        openConversation(id);
        if (markdown)
            exportMarkdown();
        else
            exportJson();
    });
    connect(m_conversations, &ConversationList::statusMessage, this, &PlaygroundPage::statusMessage);
    auto *right = new QWidget(split);
    buildComposer(right);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    split->setSizes({240, 900});

    // the description (whatsThis) is what Help > Keyboard Shortcuts lists
    auto shortcut = [this](const QKeySequence &keys, const QString &what, auto slot) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        s->setWhatsThis(what);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_N), tr("New conversation"), [this] { newConversation(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_F), tr("Search conversations"), [this] { m_conversations->focusSearch(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_K), tr("Search conversations"), [this] { m_conversations->focusSearch(); });
    shortcut(QKeySequence(Qt::Key_Escape), tr("Stop the answer, or cancel an edit"), [this] {
        if (isStreaming())
            stop();
        else if (m_editingId)
            cancelEdit();
    });

    m_saveTimer.setInterval(kSaveMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &PlaygroundPage::savePartialAnswer);
    m_retentionTimer.setObjectName(QStringLiteral("retentionTimer"));
    m_retentionTimer.setInterval(std::chrono::hours(24));
    connect(&m_retentionTimer, &QTimer::timeout, this, [this] { setHistoryRetention(m_retentionDays); });
    connect(&m_context, &AppContext::workspaceChanged, this, [this] {
        reloadModels();
        updateEmptyState();
    });
    reloadModels();
    m_conversations->reloadFilters();
    m_conversations->reload();
    // the last conversation comes back on start (the list is newest first); a fresh profile starts a new one
    if (const qint64 first = m_conversations->firstId())
        openConversation(first);
    else
        newConversation();
}

PlaygroundPage::~PlaygroundPage()
{
    if (m_dispatch) {
        m_dispatch->disconnect(this);
        m_dispatch->cancel();
    }
}

void PlaygroundPage::buildComposer(QWidget *parent)
{
    auto *v = new QVBoxLayout(parent);
    v->setContentsMargins(4, 8, 8, 8);
    auto *bar = new QHBoxLayout;
    m_picker = new ModelPicker(parent);
    bar->addWidget(m_picker, 1);
    m_settingsToggle = new QToolButton(parent);
    m_settingsToggle->setObjectName(QStringLiteral("settingsToggle"));
    m_settingsToggle->setText(tr("System prompt and parameters"));
    m_settingsToggle->setCheckable(true);
    m_settingsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_settingsToggle->setArrowType(Qt::RightArrow);
    bar->addWidget(m_settingsToggle);
    m_knowledge = new KnowledgePicker(m_context.database(), parent);
    bar->addWidget(m_knowledge);
    auto *exportButton = new QToolButton(parent);
    exportButton->setText(tr("Export"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(exportButton);
    exportMenu->addAction(tr("Markdown…"), this, &PlaygroundPage::exportMarkdown);
    exportMenu->addAction(tr("JSON…"), this, &PlaygroundPage::exportJson);
    exportButton->setMenu(exportMenu);
    bar->addWidget(exportButton);
    v->addLayout(bar);
    connect(m_picker, &ModelPicker::modelChanged, this, [this] {
        const auto e = m_picker->currentEntry();
        m_picker->setToolTip(e ? ModelPicker::hint(*e) : QString());
        const bool reasoning = !e || !e->info || e->info->capabilities.reasoning;
        m_settings->setReasoningAvailable(reasoning);
    });

    m_settings = new ChatSettings(parent);
    m_settings->hide();
    connect(m_settingsToggle, &QToolButton::toggled, this, [this](bool on) {
        m_settings->setVisible(on);
        m_settingsToggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });
    v->addWidget(m_settings);

    m_center = new QStackedWidget(parent);
    auto *empty = new QWidget(m_center);
    auto *ev = new QVBoxLayout(empty);
    ev->addStretch(1);
    m_emptyText = new QLabel(empty);
    m_emptyText->setObjectName(QStringLiteral("emptyState"));
    m_emptyText->setWordWrap(true);
    m_emptyText->setAlignment(Qt::AlignCenter);
    // in a row with stretches, not aligned: an aligned word-wrapped label gets its one-line height
    // and the text was clipped (seen in the German screenshot)
    m_emptyText->setMaximumWidth(620);
    auto *et = new QHBoxLayout;
    et->addStretch(1);
    et->addWidget(m_emptyText, 8);
    et->addStretch(1);
    ev->addLayout(et);
    m_emptyButton = new QPushButton(tr("Open Providers"), empty);
    connect(m_emptyButton, &QPushButton::clicked, this, [this] { Q_EMIT openPageRequested(QStringLiteral("providers")); });
    auto *eb = new QHBoxLayout;
    eb->addStretch(1);
    eb->addWidget(m_emptyButton);
    eb->addStretch(1);
    ev->addLayout(eb);
    ev->addStretch(2);
    m_center->addWidget(empty);
    m_scroll = new QScrollArea(m_center);
    m_scroll->setObjectName(QStringLiteral("transcript"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_transcript = new QWidget(m_scroll);
    m_transcriptLayout = new QVBoxLayout(m_transcript);
    m_transcriptLayout->setContentsMargins(4, 4, 4, 4);
    m_transcriptLayout->setSpacing(8);
    m_transcriptLayout->addStretch(1);
    m_scroll->setWidget(m_transcript);
    m_center->addWidget(m_scroll);
    QScrollBar *sb = m_scroll->verticalScrollBar();
    connect(sb, &QScrollBar::valueChanged, this, [this, sb](int value) { m_follow = value >= sb->maximum() - 4; });
    connect(sb, &QScrollBar::rangeChanged, this, [this, sb](int, int max) {
        if (m_follow)
            sb->setValue(max);
    });
    v->addWidget(m_center, 1);

    m_composer = new Composer(*m_picker, m_prompts, parent);
    connect(m_composer, &Composer::sendRequested, this, [this] {
        if (!isStreaming())
            send();
    });
    connect(m_composer, &Composer::stopRequested, this, &PlaygroundPage::stop);
    connect(m_composer, &Composer::escapePressed, this, [this] {
        if (isStreaming())
            stop();
        else if (m_editingId)
            cancelEdit();
    });
    v->addWidget(m_composer);
}

// ------------------------------------------------------------------------------------------------
// Conversations (the list's)

QStringList PlaygroundPage::conversationTitles() const
{
    return m_conversations->titles();
}

void PlaygroundPage::setSearchText(const QString &text)
{
    m_conversations->setSearchText(text);
}

Expected<void> PlaygroundPage::renameConversation(qint64 id, const QString &title)
{
    return m_conversations->rename(id, title);
}

Expected<void> PlaygroundPage::setConversationFolder(qint64 id, const QString &folder)
{
    return m_conversations->setFolder(id, folder);
}

Expected<void> PlaygroundPage::setConversationTags(qint64 id, const QStringList &tags)
{
    return m_conversations->setTags(id, tags);
}

void PlaygroundPage::deleteConversation(qint64 id)
{
    m_conversations->remove(id);
}

void PlaygroundPage::undoDelete()
{
    m_conversations->undoRemove();
}

bool PlaygroundPage::isUndoOffered() const
{
    return m_conversations->isUndoOffered();
}

int PlaygroundPage::pendingWrites() const
{
    return m_queue->pending();
}

void PlaygroundPage::reloadList()
{
    m_conversations->setCurrent(m_conversationId);
    m_conversations->reload();
}

void PlaygroundPage::newConversation()
{
    if (isStreaming())
        stop();
    ++m_generation;
    m_conversationId = 0;
    m_thread.clear();
    m_traces.clear();
    cancelEdit();
    m_composer->clearAttachments();
    m_conversations->setCurrent(0);
    if (m_picker->models().contains(m_defaultModel))
        m_picker->setCurrentModel(m_defaultModel);
    rebuildTranscript();
    m_composer->focusInput();
}

void PlaygroundPage::setDefaultModel(const QString &model)
{
    if (model == m_defaultModel)
        return; // Settings saved for another reason: a model picked by hand stays
    m_defaultModel = model;
    if (m_conversationId == 0 && m_thread.isEmpty() && m_picker->models().contains(model))
        m_picker->setCurrentModel(model);
}

void PlaygroundPage::setHistoryRetention(int days)
{
    m_retentionDays = std::max(0, days);
    if (m_retentionDays == 0) {
        m_retentionTimer.stop();
        return;
    }
    if (!m_retentionTimer.isActive())
        m_retentionTimer.start();
    m_queue->write(
        this, [days = m_retentionDays](chat::ConversationStore &store) { return store.removeOlderThan(days); },
        [this](const Expected<int> &removed) {
            if (!removed) {
                qCWarning(lcUi) << "cannot apply the history retention:" << removed.error().message;
                return;
            }
            if (*removed == 0)
                return;
            if (m_conversationId != 0 && !m_store->conversation(m_conversationId))
                newConversation(); // the one on screen was among them
            reloadList();
        });
}

void PlaygroundPage::openConversation(qint64 id)
{
    if (id == m_conversationId && !m_thread.isEmpty())
        return;
    if (isStreaming())
        stop();
    auto conv = m_store->conversation(id);
    if (!conv) {
        m_prompts.error(this, tr("Open conversation"), conv.error().message);
        return;
    }
    ++m_generation;
    m_conversationId = id;
    m_traces.clear();
    cancelEdit();
    if (!conv->model.isEmpty())
        m_picker->setCurrentModel(conv->model);
    m_settings->setSystemPrompt(conv->systemPrompt);
    m_settings->applyParams(conv->params);
    QStringList collections;
    for (const QJsonValue &v : conv->params.value(QLatin1String("knowledge")).toArray())
        collections << v.toString();
    m_knowledge->setSelected(collections);
    loadThread();
    rebuildTranscript();
    reloadList();
}

PlaygroundPage::AnswerStart PlaygroundPage::answerStart(qint64 parentId) const
{
    AnswerStart start;
    start.conversationId = m_conversationId;
    start.parentId = parentId;
    start.model = m_picker->currentModel();
    start.systemPrompt = m_settings->systemPrompt();
    start.params = m_settings->params();
    start.knowledge = m_knowledge->selected();
    if (!start.knowledge.isEmpty()) // with the conversation's settings: reopened, it answers from them again
        start.params.insert(QStringLiteral("knowledge"), QJsonArray::fromStringList(start.knowledge));
    return start;
}

void PlaygroundPage::beginAnswer(AnswerStart start, std::optional<Message> question)
{
    m_starting = true;
    setBusy(true);
    const quint64 generation = m_generation;
    const bool asked = question.has_value();
    // the conversation (created or its settings kept), the question, and an empty answer that the
    // stream fills: one job on the store's queue
    m_queue->write(
        this,
        [start, question = std::move(question)](chat::ConversationStore &store) mutable -> Expected<AnswerStart> {
            if (start.conversationId) {
                if (auto r = store.setSettings(start.conversationId, start.model, start.systemPrompt, start.params); !r)
                    return r.error();
            } else {
                auto id = store.create(QString(), start.model, start.systemPrompt, start.params);
                if (!id)
                    return id.error();
                start.conversationId = *id;
            }
            if (question) {
                auto id = store.append(start.conversationId, start.parentId, *question);
                if (!id)
                    return id.error();
                start.parentId = *id;
            }
            MessageStats pending;
            pending.status = MessageStats::Status::Stopped; // until it ends: a crash keeps a partial, stopped answer
            auto answerId = store.append(start.conversationId, start.parentId, Message::make(Role::Assistant, QString()), pending);
            if (!answerId)
                return answerId.error();
            start.answerId = *answerId;
            return start;
        },
        [this, generation, asked](const Expected<AnswerStart> &started) {
            m_starting = false;
            if (!started) {
                setBusy(false);
                m_prompts.error(this, tr("Send"), started.error().message);
                return;
            }
            if (generation != m_generation) { // another conversation was opened meanwhile
                setBusy(false);
                reloadList();
                return;
            }
            m_conversationId = started->conversationId;
            if (asked) {
                m_editingId = 0;
                m_composer->clear();
            }
            streamAnswer(*started);
            reloadList();
        });
}

// ------------------------------------------------------------------------------------------------
// Composer

void PlaygroundPage::reloadModels()
{
    if (auto *host = m_context.routerHost()) {
        host->refresh();
        m_picker->reload(host->router());
    }
    updateEmptyState();
}

void PlaygroundPage::setModel(const QString &model)
{
    m_picker->setCurrentModel(model);
}

void PlaygroundPage::setInput(const QString &text)
{
    m_composer->setText(text);
}

QString PlaygroundPage::input() const
{
    return m_composer->text();
}

void PlaygroundPage::setSystemPrompt(const QString &text)
{
    m_settings->setSystemPrompt(text);
}

void PlaygroundPage::setKnowledge(const QStringList &collections)
{
    m_knowledge->setSelected(collections);
}

QStringList PlaygroundPage::knowledge() const
{
    return m_knowledge->selected();
}

Expected<void> PlaygroundPage::attachFile(const QString &path)
{
    return m_composer->attachFile(path);
}

QStringList PlaygroundPage::attachmentNames() const
{
    return m_composer->attachmentNames();
}

void PlaygroundPage::cancelEdit()
{
    if (m_editingId) {
        m_editingId = 0;
        m_composer->setText(QString());
    }
    m_composer->setEditing(false);
}

void PlaygroundPage::send()
{
    if (isStreaming() || !m_context.routerHost())
        return;
    const QString text = m_composer->text().trimmed();
    const QList<ContentPart> attachments = m_composer->attachmentParts();
    if (text.isEmpty() && attachments.isEmpty())
        return;
    if (m_picker->currentModel().isEmpty()) {
        m_prompts.error(this, tr("Send"), tr("Pick a model first. No models? Add a provider on the Providers page."));
        return;
    }
    qint64 parent = m_thread.isEmpty() ? 0 : m_thread.last().id;
    Message message = Message::make(Role::User, text);
    if (text.isEmpty())
        message.content.clear();
    if (m_editingId) {
        for (const StoredMessage &s : std::as_const(m_thread)) {
            if (s.id == m_editingId) {
                parent = s.parentId;
                // the edited message keeps its images and inlined files (all but the typed text)
                bool typed = false;
                for (const ContentPart &p : s.message.content) {
                    if (!typed && p.type == ContentPart::Type::Text) {
                        typed = true;
                        continue;
                    }
                    message.content << p;
                }
            }
        }
    }
    message.content << attachments;
    beginAnswer(answerStart(parent), message);
}

void PlaygroundPage::streamAnswer(const AnswerStart &start)
{
    auto *host = m_context.routerHost();
    loadThread();
    syncTranscript();
    if (!host) {
        setBusy(false);
        return;
    }
    protocol::ChatRequest request;
    request.model = start.model;
    request.system = start.systemPrompt.trimmed();
    for (const StoredMessage &s : std::as_const(m_thread)) {
        const bool failed = s.stats.status == MessageStats::Status::Error && s.message.content.isEmpty() && s.message.toolCalls.isEmpty();
        if (!failed && s.message.role != Role::System) {
            Message m = s.message;
            if (m.role == Role::Assistant && m.content.isEmpty() && m.toolCalls.isEmpty())
                m.content << ContentPart::makeText(QString());
            request.messages << m;
        }
        if (s.id == start.parentId)
            break;
    }
    const QJsonObject &p = start.params;
    if (p.contains(QLatin1String("temperature")))
        request.temperature = p.value(QLatin1String("temperature")).toDouble();
    if (p.contains(QLatin1String("top_p")))
        request.topP = p.value(QLatin1String("top_p")).toDouble();
    if (p.contains(QLatin1String("max_tokens")))
        request.maxTokens = p.value(QLatin1String("max_tokens")).toInt();
    request.reasoningEffort = p.value(QLatin1String("reasoning_effort")).toString();
    if (p.value(QLatin1String("json")).toBool()) {
        protocol::ResponseFormat f;
        f.type = protocol::ResponseFormat::Type::JsonObject;
        request.responseFormat = f;
    }
    request.stream = true;

    m_streamId = start.answerId;
    m_streamModel = request.model;
    m_streamKnowledge = {};
    m_streamView = m_views.isEmpty() ? nullptr : m_views.last();
    if (m_streamView)
        m_streamView->beginAnswer(m_streamId, request.model);
    if (start.knowledge.isEmpty()) {
        dispatchAnswer(request);
        return;
    }
    if (!m_builder)
        m_builder = std::make_unique<knowledge::ContextBuilder>(&host->router(), m_context.database());
    // the search runs on a worker (the store) and through the router (the query's embedding); the
    // question is stored already, so a failing search loses nothing
    m_searching = true;
    m_stopAsked = false;
    if (m_streamView)
        m_streamView->setSearching(true);
    m_builder->build(
        start.knowledge, knowledge::queryOf(request), {},
        [this, request, generation = m_generation, guard = QPointer<PlaygroundPage>(this)](Expected<knowledge::Context> context) mutable {
            if (!guard)
                return;
            m_searching = false;
            if (generation != m_generation || m_stopAsked) {
                MessageStats stopped;
                stopped.status = MessageStats::Status::Stopped;
                endWithoutCall(stopped, std::nullopt);
                return;
            }
            if (!context) {
                failSearch(context.error().message);
                return;
            }
            m_streamKnowledge = *context;
            if (m_streamView)
                m_streamView->setSources(m_streamKnowledge);
            knowledge::applyContext(request, m_streamKnowledge);
            dispatchAnswer(request);
        });
}

void PlaygroundPage::failSearch(const QString &message)
{
    MessageStats stats;
    stats.status = MessageStats::Status::Error;
    stats.error = tr("The knowledge base could not be searched: %1. Pick another collection under Knowledge (or turn it off), then Retry; "
                     "your question is kept.")
                      .arg(message);
    endWithoutCall(stats, ErrorAdvice{stats.error, ErrorAction::Retry});
}

void PlaygroundPage::endWithoutCall(const MessageStats &stats, const std::optional<ErrorAdvice> &advice)
{
    if (m_streamView) {
        m_streamView->setStats(stats);
        if (advice)
            m_streamView->setError(*advice);
    }
    const qint64 id = m_streamId;
    m_streamView = nullptr;
    m_streamId = 0;
    m_finishing = true;
    saveAnswer(id, Message::make(Role::Assistant, QString()), stats, [this](qint64 saved) {
        m_finishing = false;
        loadThread();
        setBusy(false);
        reloadList();
        Q_EMIT answerFinished(saved);
    });
}

void PlaygroundPage::dispatchAnswer(protocol::ChatRequest request)
{
    auto *host = m_context.routerHost();
    if (!host) {
        setBusy(false);
        return;
    }
    if (m_streamView)
        m_streamView->setSearching(false);
    m_streamText.clear();
    m_streamReasoning.clear();
    m_streamSignature.clear();
    m_streamTools.clear();
    m_streamUsage = {};
    m_streamTtft.reset();
    m_follow = true;
    scrollToEnd();

    router::DispatchContext ctx;
    ctx.source = usage::Source::Playground;
    ctx.sourceKey = QString::number(m_conversationId);
    m_streamClock.start();
    m_saveTimer.start();
    m_dispatch = host->router().dispatch(request, ctx, this);
    connect(m_dispatch, &router::Dispatch::event, this, &PlaygroundPage::onEvent);
    connect(m_dispatch, &router::Dispatch::finished, this, &PlaygroundPage::onFinished);
    if (m_dispatch->isFinished())
        onFinished(m_dispatch->result());
}

Message PlaygroundPage::streamedMessage() const
{
    Message message = Message::make(Role::Assistant, QString());
    message.content.clear();
    if (!m_streamReasoning.isEmpty())
        message.content << ContentPart::makeReasoning(m_streamReasoning, m_streamSignature);
    if (!m_streamText.isEmpty())
        message.content << ContentPart::makeText(m_streamText);
    message.toolCalls = m_streamTools;
    return message;
}

void PlaygroundPage::savePartialAnswer()
{
    if (!m_streamId || (m_streamText.isEmpty() && m_streamReasoning.isEmpty() && m_streamTools.isEmpty()))
        return;
    MessageStats stats;
    stats.status = MessageStats::Status::Stopped; // what a crash would leave: a partial answer
    stats.knowledge = m_streamKnowledge;
    saveAnswer(m_streamId, streamedMessage(), stats, [](qint64) {});
}

void PlaygroundPage::saveAnswer(qint64 id, const Message &message, const MessageStats &stats, std::function<void(qint64)> then)
{
    m_queue->write(
        this, [id, message, stats](chat::ConversationStore &store) { return store.update(id, message, stats); },
        [this, id, then = std::move(then)](const Expected<void> &r) {
            if (!r) {
                qCWarning(lcUi) << "cannot save the answer" << id << ":" << r.error().message;
                Q_EMIT statusMessage(tr("The answer could not be saved: %1").arg(r.error().message));
            }
            then(id);
        });
}

void PlaygroundPage::onEvent(const StreamEvent &e)
{
    auto firstToken = [this] {
        if (!m_streamTtft)
            m_streamTtft = m_streamClock.elapsed();
    };
    switch (e.type) {
    case StreamEvent::Type::TextDelta:
        firstToken();
        m_streamText += e.text;
        if (m_streamView)
            m_streamView->appendText(e.text);
        break;
    case StreamEvent::Type::ReasoningDelta:
        firstToken();
        m_streamReasoning += e.text;
        m_streamSignature += e.signature;
        if (m_streamView)
            m_streamView->appendReasoning(e.text);
        break;
    case StreamEvent::Type::ToolCallStart:
        firstToken();
        while (m_streamTools.size() <= e.index)
            m_streamTools << protocol::ToolCall{};
        m_streamTools[e.index].id = e.id;
        m_streamTools[e.index].name = e.name;
        if (m_streamView)
            m_streamView->toolCallStarted(e.index, e.name);
        break;
    case StreamEvent::Type::ToolCallDelta:
        if (e.index >= 0 && e.index < m_streamTools.size())
            m_streamTools[e.index].arguments += e.text;
        if (m_streamView)
            m_streamView->toolCallDelta(e.index, e.text);
        break;
    case StreamEvent::Type::Usage: m_streamUsage = e.usage; break;
    default: break;
    }
}

void PlaygroundPage::onFinished(const router::DispatchResult &result)
{
    if (!m_dispatch)
        return;
    const QJsonObject trace = m_dispatch->trace();
    m_dispatch->disconnect(this);
    m_dispatch->deleteLater();
    m_dispatch = nullptr;
    const providers::CallOutcome &outcome = result.outcome;

    m_saveTimer.stop();
    Message message = outcome.response.message;
    message.role = Role::Assistant;
    const bool streamedMore = m_streamText.size() > message.text().size();
    if (message.content.isEmpty() || streamedMore)
        message.content = streamedMessage().content;
    if (message.toolCalls.isEmpty())
        message.toolCalls = m_streamTools;

    MessageStats stats;
    stats.provider = result.provider;
    stats.model = outcome.response.model.isEmpty() ? result.model : outcome.response.model;
    stats.requestId = result.requestId;
    const protocol::Usage usage = outcome.response.usage.isEmpty() ? m_streamUsage : outcome.response.usage;
    stats.inputTokens = usage.totalInputTokens();
    stats.outputTokens = usage.outputTokens;
    stats.costUsd = result.costUsd;
    stats.costKnown = result.costKnown;
    stats.attempts = result.attempts;
    stats.knowledge = m_streamKnowledge;
    if (outcome.ttftMs >= 0)
        stats.ttftMs = outcome.ttftMs;
    else if (m_streamTtft)
        stats.ttftMs = *m_streamTtft;
    stats.latencyMs = outcome.latencyMs > 0 ? outcome.latencyMs : m_streamClock.elapsed();
    std::optional<ErrorAdvice> advice;
    if (outcome.error) {
        if (outcome.error->kind == protocol::ApiError::Kind::Cancelled) {
            stats.status = MessageStats::Status::Stopped;
        } else if (outcome.partial) {
            stats.status = MessageStats::Status::Stopped;
            stats.error = storedError(*outcome.error);
            advice = adviceFor(*outcome.error);
        } else {
            stats.status = MessageStats::Status::Error;
            stats.error = storedError(*outcome.error);
            advice = adviceFor(*outcome.error);
        }
    }
    const qint64 id = m_streamId;
    m_traces.insert(id, trace);
    if (m_streamView) {
        m_streamView->finishAnswer();
        m_streamView->setStats(stats);
        if (advice)
            m_streamView->setError(*advice);
    }
    m_streamView = nullptr;
    m_streamId = 0;
    m_finishing = true;
    saveAnswer(id, message, stats, [this](qint64 saved) {
        m_finishing = false;
        // the thread's data (sibling counts, stats) without rendering the answer again
        loadThread();
        setBusy(false);
        reloadList();
        Q_EMIT answerFinished(saved);
    });
}

bool PlaygroundPage::isStreaming() const
{
    return m_starting || m_searching || !m_dispatch.isNull() || m_finishing;
}

void PlaygroundPage::stop()
{
    if (m_searching)
        m_stopAsked = true; // the call does not go out once the search is back
    if (m_dispatch)
        m_dispatch->cancel();
}

void PlaygroundPage::setBusy(bool busy)
{
    m_composer->setBusy(busy);
    m_picker->setEnabled(!busy);
    for (MessageView *v : std::as_const(m_views))
        v->setActionsEnabled(!busy);
}

// ------------------------------------------------------------------------------------------------
// Transcript

void PlaygroundPage::loadThread()
{
    m_thread.clear();
    if (!m_conversationId)
        return;
    auto t = m_store->thread(m_conversationId);
    if (!t) {
        Q_EMIT statusMessage(tr("The conversation could not be read: %1").arg(t.error().message));
        return;
    }
    m_thread = *t;
}

MessageView *PlaygroundPage::addView(const StoredMessage &message)
{
    auto *view = new MessageView(m_transcript);
    view->setMessage(message);
    connect(view, &MessageView::regenerateRequested, this, &PlaygroundPage::regenerate);
    connect(view, &MessageView::editRequested, this, &PlaygroundPage::startEdit);
    connect(view, &MessageView::siblingRequested, this, &PlaygroundPage::showSibling);
    connect(view, &MessageView::traceRequested, this, &PlaygroundPage::showRouting);
    connect(view, &MessageView::sourceRequested, this, &PlaygroundPage::showSource);
    connect(view, &MessageView::errorActionRequested, this, &PlaygroundPage::onErrorAction);
    connect(view, &MessageView::copied, this, [this] { Q_EMIT statusMessage(tr("Copied.")); });
    connect(view->body(), &MarkdownView::codeCopied, this, [this] { Q_EMIT statusMessage(tr("Code copied.")); });
    m_transcriptLayout->insertWidget(m_transcriptLayout->count() - 1, view);
    m_views << view;
    return view;
}

void PlaygroundPage::rebuildTranscript()
{
    for (MessageView *v : std::as_const(m_views))
        delete v;
    m_views.clear();
    syncTranscript();
}

void PlaygroundPage::syncTranscript()
{
    // the views that still show the thread's first messages stay (and keep their rendering)
    qsizetype keep = 0;
    while (keep < m_views.size() && keep < m_thread.size() && m_views[keep]->messageId() == m_thread[keep].id) {
        m_views[keep]->setBranch(m_thread[keep].siblingIndex, m_thread[keep].siblingCount);
        ++keep;
    }
    while (m_views.size() > keep)
        delete m_views.takeLast();
    m_transcript->setUpdatesEnabled(false);
    for (qsizetype i = keep; i < m_thread.size(); ++i)
        addView(m_thread[i]);
    m_transcript->setUpdatesEnabled(true);
    updateEmptyState();
    m_follow = true;
    scrollToEnd();
}

void PlaygroundPage::scrollToEnd()
{
    QScrollBar *sb = m_scroll->verticalScrollBar();
    sb->setValue(sb->maximum());
}

void PlaygroundPage::updateEmptyState()
{
    const bool providers = !m_context.workspace().providers.isEmpty();
    const bool models = m_picker->count() > 0;
    m_composer->setReady(providers && models);
    if (!providers) {
        m_emptyText->setText(tr("No provider is configured yet.\n\nAdd one on the Providers page (an API key for OpenAI, "
                                "Anthropic, Gemini or any OpenAI-compatible service, or a local Ollama), then come back here to chat."));
        m_emptyButton->show();
        m_center->setCurrentIndex(0);
    } else if (!models) {
        m_emptyText->setText(tr("The providers offer no models yet. Choose models on the Providers page."));
        m_emptyButton->show();
        m_center->setCurrentIndex(0);
    } else if (m_thread.isEmpty()) {
        m_emptyText->setText(tr("Pick a model above and write a message below.\n\nEnter sends, Shift+Enter adds a line, Esc stops the "
                                "answer. Ctrl+N starts a new conversation, Ctrl+K searches them."));
        m_emptyButton->hide();
        m_center->setCurrentIndex(0);
    } else {
        m_center->setCurrentIndex(1);
    }
}

QString PlaygroundPage::emptyStateText() const
{
    return m_emptyText->text();
}

bool PlaygroundPage::isEmptyStateShown() const
{
    return m_center->currentIndex() == 0;
}

void PlaygroundPage::regenerate(qint64 assistantMessageId)
{
    if (isStreaming())
        return;
    for (const StoredMessage &s : std::as_const(m_thread)) {
        if (s.id == assistantMessageId) {
            beginAnswer(answerStart(s.parentId), std::nullopt);
            return;
        }
    }
}

void PlaygroundPage::startEdit(qint64 userMessageId)
{
    if (isStreaming())
        return;
    for (const StoredMessage &s : std::as_const(m_thread)) {
        if (s.id == userMessageId && s.message.role == Role::User) {
            m_editingId = userMessageId;
            QString text;
            for (const ContentPart &p : s.message.content) {
                if (p.type == ContentPart::Type::Text) {
                    text = p.text;
                    break;
                }
            }
            m_composer->setText(text);
            m_composer->setEditing(true);
            m_composer->focusInput();
            return;
        }
    }
}

void PlaygroundPage::showSibling(qint64 messageId, int offset)
{
    if (isStreaming() || !m_conversationId)
        return;
    auto other = m_store->sibling(messageId, offset);
    if (!other)
        return;
    m_queue->write(
        this, [conversation = m_conversationId, other = *other](chat::ConversationStore &store) { return store.selectBranch(conversation, other); },
        [this, generation = m_generation](const Expected<void> &r) {
            if (!r) {
                m_prompts.error(this, tr("Versions"), r.error().message);
                return;
            }
            if (generation != m_generation)
                return;
            loadThread();
            syncTranscript();
        });
}

QString PlaygroundPage::routingText(qint64 assistantMessageId)
{
    QJsonObject trace = m_traces.value(assistantMessageId);
    if (trace.isEmpty()) {
        for (const StoredMessage &s : std::as_const(m_thread)) {
            if (s.id == assistantMessageId && !s.stats.requestId.isEmpty()) {
                if (auto t = m_store->routingTrace(m_conversationId, s.stats.requestId))
                    trace = *t;
            }
        }
    }
    if (trace.isEmpty())
        return {};
    // a timeline to read, not JSON (Usage > Calls keeps the raw trace for those who want it)
    return readableRoutingTrace(trace);
}

void PlaygroundPage::showRouting(qint64 assistantMessageId)
{
    const QString text = routingText(assistantMessageId);
    m_prompts.info(this, tr("Routing decision"), text.isEmpty() ? tr("The routing decision of this answer is not in the usage ledger (yet).") : text);
}

SourceDialog *PlaygroundPage::showSource(qint64 assistantMessageId, int number)
{
    for (MessageView *v : std::as_const(m_views)) {
        if (v->messageId() != assistantMessageId)
            continue;
        const QList<knowledge::Passage> &passages = v->sources().passages;
        if (number < 1 || number > passages.size())
            return nullptr;
        auto *dialog = new SourceDialog(number, passages.at(number - 1), this);
        dialog->show();
        return dialog;
    }
    return nullptr;
}

void PlaygroundPage::onErrorAction(qint64 messageId, ErrorAction action)
{
    switch (action) {
    case ErrorAction::OpenProviders: Q_EMIT openPageRequested(QStringLiteral("providers")); break;
    case ErrorAction::OpenUsage: Q_EMIT openPageRequested(QStringLiteral("usage/budgets")); break;
    case ErrorAction::Retry: regenerate(messageId); break;
    case ErrorAction::None: break;
    }
}

void PlaygroundPage::saveExport(const QString &title, const QString &suffix, const QString &filter, const QByteArray &data)
{
    auto conv = m_store->conversation(m_conversationId);
    QString base = conv && !conv->title.isEmpty() ? conv->title : tr("conversation");
    base.replace(QRegularExpression(QStringLiteral(R"([\\/:*?"<>|]+)")), QStringLiteral("-"));
    const QString path = m_prompts.saveFile(this, title, base.left(80) + suffix, filter);
    if (path.isEmpty())
        return;
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit()) {
        m_prompts.error(this, title, tr("“%1” could not be written: %2").arg(path, f.errorString()));
        return;
    }
    Q_EMIT statusMessage(tr("Exported to %1").arg(path));
}

void PlaygroundPage::exportMarkdown()
{
    if (!m_conversationId) {
        m_prompts.info(this, tr("Export"), tr("Nothing to export yet: send a message first."));
        return;
    }
    auto md = m_store->exportMarkdown(m_conversationId);
    if (!md) {
        m_prompts.error(this, tr("Export as Markdown"), md.error().message);
        return;
    }
    saveExport(tr("Export as Markdown"), QStringLiteral(".md"), tr("Markdown (*.md)"), md->toUtf8());
}

void PlaygroundPage::exportJson()
{
    if (!m_conversationId) {
        m_prompts.info(this, tr("Export"), tr("Nothing to export yet: send a message first."));
        return;
    }
    auto json = m_store->exportJson(m_conversationId);
    if (!json) {
        m_prompts.error(this, tr("Export as JSON"), json.error().message);
        return;
    }
    saveExport(tr("Export as JSON"), QStringLiteral(".json"), tr("JSON (*.json)"), *json);
}

} // namespace sb::ui
