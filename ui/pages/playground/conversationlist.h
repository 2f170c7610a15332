#pragma once

#include "common/expected.h"

#include <QStringList>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QListWidget;

namespace sb::chat {
class ConversationStore;
}

namespace sb::ui {

class Prompts;
class StoreQueue;

// The Playground's conversation list: search, a folder or tag filter, rename in place, folders and
// tags, delete with a few seconds to undo, and export from the context menu. The page opens what it
// asks for (openRequested) and tells it which conversation is current. Its changes go through the
// page's StoreQueue: rename, folder, tags and delete show when they are stored.
class ConversationList final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationList)

public:
    static constexpr int kUndoMs = 10000;

    ConversationList(StoreQueue &queue, Prompts &prompts, QWidget *parent = nullptr);

    void setCurrent(qint64 id); // highlighted (0: none)
    void reload(); // the list, for the search and filter
    void reloadFilters(); // the folders and tags to filter by
    qint64 firstId() const; // the newest shown (0: none)
    QStringList titles() const;
    void setSearchText(const QString &text);
    void focusSearch();
    // A refused change is returned; an accepted one is queued and shown once stored.
    [[nodiscard]] Expected<void> rename(qint64 id, const QString &title);
    [[nodiscard]] Expected<void> setFolder(qint64 id, const QString &folder);
    [[nodiscard]] Expected<void> setTags(qint64 id, const QStringList &tags);
    void remove(qint64 id);
    void undoRemove();
    bool isUndoOffered() const;

Q_SIGNALS:
    void openRequested(qint64 id);
    void newRequested();
    // Before a conversation is deleted (the page stops its answer), and after (the page leaves it).
    void aboutToRemove(qint64 id);
    void removed(qint64 id);
    void restored(qint64 id);
    void exportRequested(qint64 id, bool markdown);
    void statusMessage(const QString &message);

private:
    void showContextMenu(const QPoint &pos);
    void purge(); // what can no longer be undone
    void changed(const QString &what, const Expected<void> &result);

    StoreQueue &m_queue;
    chat::ConversationStore &m_store; // reads
    Prompts &m_prompts;
    QLineEdit *m_search = nullptr;
    QComboBox *m_filter = nullptr;
    QListWidget *m_list = nullptr;
    QFrame *m_undoBar = nullptr;
    QLabel *m_undoLabel = nullptr;
    QTimer m_undoTimer;
    QTimer m_searchTimer;
    qint64 m_undoId = 0;
    qint64 m_current = 0;
    bool m_loadingList = false;
};

} // namespace sb::ui
