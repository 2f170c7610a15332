#pragma once

#include "chat/conversationstore.h"
#include "common/async.h"

#include <QObject>

#include <utility>

namespace sb::ui {

// The Playground's writes to its conversation store, in order on one worker thread, so that the GUI
// thread never waits for the database's write lock (the ledger's writer shares the file). Reads stay
// on the GUI thread: in WAL mode a reader never waits for a writer, and the thread it reads was
// written before (a write's callback runs after it has committed).
class StoreQueue final
{
    Q_DISABLE_COPY_MOVE(StoreQueue)

public:
    explicit StoreQueue(chat::ConversationStore &store)
        : m_store(store)
    {
    }

    chat::ConversationStore &store() const { return m_store; } // for reads on the GUI thread

    // Runs `work(store)` after the writes asked for before, then `done(result)` on this thread unless
    // `context` is gone by then.
    template<typename Work, typename Done> void write(QObject *context, Work work, Done done)
    {
        m_serial.run(
            context, [&store = m_store, work = std::move(work)]() mutable { return work(store); }, std::move(done));
    }

    // Writes asked for and not yet answered (0: what the page shows is what is stored).
    int pending() const { return m_serial.pending(); }

private:
    chat::ConversationStore &m_store;
    async::Serial m_serial; // last: destroyed first, waiting for the queued writes while the store lives
};

} // namespace sb::ui
