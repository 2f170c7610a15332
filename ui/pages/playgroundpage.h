#pragma once

#include "chat/conversationstore.h"
#include "common/expected.h"
#include "knowledge/context.h"
#include "protocol/types.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFrame;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QStackedWidget;
class QToolButton;
class QVBoxLayout;

namespace sb::router {
class Dispatch;
struct DispatchResult;
} // namespace sb::router

namespace sb::ui {

class AppContext;
class MessageView;
class ChatSettings;
class Composer;
class ConversationList;
class KnowledgePicker;
class ModelPicker;
class SourceDialog;
class Prompts;
class StoreQueue;
enum class ErrorAction;
struct ErrorAdvice;

// The chat playground: conversations (search, folders, tags, rename, delete with undo), a composer
// (model, system prompt, parameters, attachments) and a streamed transcript with branches. Every call
// goes through Router::dispatch with source Playground and the conversation id as source key.
class PlaygroundPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaygroundPage)

public:
    static constexpr int kSaveMs = 3000; // a streaming answer is saved this often (a crash keeps it)

    PlaygroundPage(AppContext &context, Prompts &prompts, QWidget *parent = nullptr);
    ~PlaygroundPage() override;

    // Conversations
    void newConversation();
    void openConversation(qint64 id);
    qint64 currentConversationId() const { return m_conversationId; }
    void setSearchText(const QString &text);
    QStringList conversationTitles() const; // the list as shown
    [[nodiscard]] Expected<void> renameConversation(qint64 id, const QString &title);
    [[nodiscard]] Expected<void> setConversationFolder(qint64 id, const QString &folder);
    [[nodiscard]] Expected<void> setConversationTags(qint64 id, const QStringList &tags);
    void deleteConversation(qint64 id);
    void undoDelete();
    bool isUndoOffered() const;
    chat::ConversationStore &store() { return *m_store; }
    int pendingWrites() const; // changes asked for and not yet stored (0: the page shows what is stored)

    // The Settings: the model a new conversation starts with ("" = the one picked last; chosen at
    // once when no conversation is open), and the history retention (0 = forever): conversations not
    // changed for that many days are deleted now and once a day.
    void setDefaultModel(const QString &model);
    void setHistoryRetention(int days);
    QTimer *retentionTimer() { return &m_retentionTimer; } // tests

    // Composer
    ModelPicker *modelPicker() const { return m_picker; }
    void setModel(const QString &model);
    void setInput(const QString &text);
    QString input() const;
    void setSystemPrompt(const QString &text);
    // The knowledge collections the conversation answers from (kept with its settings when it is sent).
    KnowledgePicker *knowledgePicker() const { return m_knowledge; }
    void setKnowledge(const QStringList &collections);
    QStringList knowledge() const;
    // Checks and attaches a file; a refused file gets a clear message (returned and shown).
    [[nodiscard]] Expected<void> attachFile(const QString &path);
    QStringList attachmentNames() const;
    void send();
    void stop();
    // From Send until the answer is stored (the question being saved, the stream, the answer saved).
    bool isStreaming() const;

    // Transcript
    QList<MessageView *> messageViews() const { return m_views; }
    void regenerate(qint64 assistantMessageId);
    void startEdit(qint64 userMessageId);
    void showSibling(qint64 messageId, int offset);
    // The routing decision of an answer as shown by "Routing" (empty when unknown).
    QString routingText(qint64 assistantMessageId);
    void showRouting(qint64 assistantMessageId);
    // The passage an answer cites as [number], with its file (a dialog; returned for tests).
    SourceDialog *showSource(qint64 assistantMessageId, int number);
    void exportMarkdown();
    void exportJson();
    QString emptyStateText() const;
    bool isEmptyStateShown() const;

Q_SIGNALS:
    // A page the user should go to (an error's fix): "providers", "usage".
    void openPageRequested(const QString &pageId);
    void statusMessage(const QString &message);
    // An answer finished (ok, stopped or error) and is saved.
    void answerFinished(qint64 messageId);

private:
    void buildComposer(QWidget *parent);
    void reloadList();
    void reloadModels();
    void updateEmptyState();
    void loadThread();
    void rebuildTranscript();
    void syncTranscript(); // views for m_thread, keeping those of the messages still shown
    MessageView *addView(const chat::StoredMessage &message);
    void scrollToEnd();
    // What an answer needs before it starts: the conversation (0: a new one) and its settings, and
    // the message it answers (the new question, once stored).
    struct AnswerStart {
        qint64 conversationId = 0;
        qint64 parentId = 0;
        qint64 answerId = 0;
        QString model;
        QString systemPrompt;
        QJsonObject params;
        QStringList knowledge; // collections searched before the call
    };
    AnswerStart answerStart(qint64 parentId) const;
    void beginAnswer(AnswerStart start, std::optional<protocol::Message> question); // stores, then streams
    void streamAnswer(const AnswerStart &start);
    void dispatchAnswer(protocol::ChatRequest request);
    void failSearch(const QString &message);
    // The answer ends before its call went out (the search failed, or Stop came during it): saved as is.
    void endWithoutCall(const chat::MessageStats &stats, const std::optional<ErrorAdvice> &advice);
    void saveAnswer(qint64 id, const protocol::Message &message, const chat::MessageStats &stats, std::function<void(qint64)> then);
    void onEvent(const protocol::StreamEvent &event);
    protocol::Message streamedMessage() const;
    void savePartialAnswer();
    void onFinished(const router::DispatchResult &result);
    void onErrorAction(qint64 messageId, ErrorAction action);
    void setBusy(bool busy);
    void cancelEdit();
    void saveExport(const QString &title, const QString &suffix, const QString &filter, const QByteArray &data);

    AppContext &m_context;
    Prompts &m_prompts;
    std::unique_ptr<chat::ConversationStore> m_store;
    std::unique_ptr<StoreQueue> m_queue; // after the store: waits for its writes before the store goes

    ConversationList *m_conversations = nullptr;
    QTimer m_saveTimer;
    QTimer m_retentionTimer;
    QString m_defaultModel;
    int m_retentionDays = 0;

    // composer and transcript
    ModelPicker *m_picker = nullptr;
    QToolButton *m_settingsToggle = nullptr;
    ChatSettings *m_settings = nullptr;
    QStackedWidget *m_center = nullptr;
    QLabel *m_emptyText = nullptr;
    QPushButton *m_emptyButton = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_transcript = nullptr;
    QVBoxLayout *m_transcriptLayout = nullptr;
    Composer *m_composer = nullptr;
    KnowledgePicker *m_knowledge = nullptr;
    std::unique_ptr<knowledge::ContextBuilder> m_builder;

    qint64 m_conversationId = 0;
    quint64 m_generation = 0; // counts conversations opened: a write's callback for an earlier one only saves
    bool m_starting = false; // the question and the empty answer are being stored
    bool m_finishing = false; // the answer is being stored
    bool m_searching = false; // the knowledge base is searched for the question; the call goes out next
    bool m_stopAsked = false; // Stop while searching
    QList<chat::StoredMessage> m_thread;
    QList<MessageView *> m_views;
    QHash<qint64, QJsonObject> m_traces; // answers of this session (the ledger writes in batches)
    qint64 m_editingId = 0;
    bool m_follow = true;

    // the answer streaming in
    QPointer<router::Dispatch> m_dispatch;
    QPointer<MessageView> m_streamView; // gone when the transcript is rebuilt (another conversation)
    qint64 m_streamId = 0;
    QString m_streamModel;
    knowledge::Context m_streamKnowledge; // the sources the streaming answer was given
    QElapsedTimer m_streamClock;
    QString m_streamText;
    QString m_streamReasoning;
    QString m_streamSignature;
    QList<protocol::ToolCall> m_streamTools;
    protocol::Usage m_streamUsage;
    std::optional<qint64> m_streamTtft;
};

} // namespace sb::ui
