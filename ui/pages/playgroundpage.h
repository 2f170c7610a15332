#pragma once

#include "chat/conversationstore.h"
#include "common/expected.h"
#include "protocol/types.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>

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
class ConversationList;
class ModelPicker;
class Prompts;
enum class ErrorAction;

// The chat playground: conversations (search, folders, tags, rename, delete with undo), a composer
// (model, system prompt, parameters, attachments) and a streamed transcript with branches. Every call
// goes through Router::dispatch with source Playground and the conversation id as source key.
class PlaygroundPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaygroundPage)

public:
    // Largest attachments: images (what vendors take) and text files inlined into the prompt.
    static constexpr qint64 kMaxImageBytes = 5 * 1024 * 1024;
    static constexpr qint64 kMaxTextBytes = 256 * 1024;
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

    // Composer
    ModelPicker *modelPicker() const { return m_picker; }
    void setModel(const QString &model);
    void setInput(const QString &text);
    QString input() const;
    void setSystemPrompt(const QString &text);
    // Checks and attaches a file; a refused file gets a clear message (returned and shown).
    [[nodiscard]] Expected<void> attachFile(const QString &path);
    QStringList attachmentNames() const;
    void send();
    void stop();
    bool isStreaming() const;

    // Transcript
    QList<MessageView *> messageViews() const { return m_views; }
    void regenerate(qint64 assistantMessageId);
    void startEdit(qint64 userMessageId);
    void showSibling(qint64 messageId, int offset);
    // The routing decision of an answer as shown by "Routing" (empty when unknown).
    QString routingText(qint64 assistantMessageId);
    void showRouting(qint64 assistantMessageId);
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

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

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
    void startAnswer(qint64 parentId);
    void onEvent(const protocol::StreamEvent &event);
    protocol::Message streamedMessage() const;
    void savePartialAnswer();
    void onFinished(const router::DispatchResult &result);
    void onErrorAction(qint64 messageId, ErrorAction action);
    void setBusy(bool busy);
    void cancelEdit();
    void clearAttachments();
    [[nodiscard]] Expected<qint64> ensureConversation();
    void saveExport(const QString &title, const QString &suffix, const QString &filter, const QByteArray &data);

    AppContext &m_context;
    Prompts &m_prompts;
    std::unique_ptr<chat::ConversationStore> m_store;

    ConversationList *m_conversations = nullptr;
    QTimer m_saveTimer;

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
    QLabel *m_editing = nullptr;
    QLabel *m_attachLabel = nullptr;
    QToolButton *m_clearAttachments = nullptr;
    QPlainTextEdit *m_input = nullptr;
    QPushButton *m_attach = nullptr;
    QPushButton *m_send = nullptr;

    qint64 m_conversationId = 0;
    QList<chat::StoredMessage> m_thread;
    QList<MessageView *> m_views;
    QHash<qint64, QJsonObject> m_traces; // answers of this session (the ledger writes in batches)
    qint64 m_editingId = 0;
    struct Attachment {
        QString name;
        protocol::ContentPart part;
    };
    QList<Attachment> m_attachments;
    bool m_follow = true;

    // the answer streaming in
    QPointer<router::Dispatch> m_dispatch;
    QPointer<MessageView> m_streamView; // gone when the transcript is rebuilt (another conversation)
    qint64 m_streamId = 0;
    QString m_streamModel;
    QElapsedTimer m_streamClock;
    QString m_streamText;
    QString m_streamReasoning;
    QString m_streamSignature;
    QList<protocol::ToolCall> m_streamTools;
    protocol::Usage m_streamUsage;
    std::optional<qint64> m_streamTtft;
};

} // namespace sb::ui
