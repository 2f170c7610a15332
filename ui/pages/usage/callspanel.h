#pragma once

#include "usage/queries.h"

#include <QJsonObject>
#include <QList>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace sb::ui {

class AppContext;
class Prompts;

// The Usage page's Calls tab: the ledger's calls for the page's filter, newest first and a page at a
// time, with the routing trace of the selected one, and CSV export.
class CallsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallsPanel)

public:
    // Runs `work` off the GUI thread, then `done` on it (the page's, which shows it is busy).
    using Background = std::function<void(std::function<void()> work, std::function<void()> done)>;
    static constexpr int kPageSize = 200;

    CallsPanel(AppContext &context, Prompts &prompts, Background background, QWidget *parent = nullptr);

    // The first page of a refresh, for `filter` (what "Load more" continues).
    void show(const Expected<usage::CallPage> &page, const usage::Filter &filter);
    int rows() const;
    bool hasMore() const { return m_next.has_value(); }
    void loadMore();
    void showTrace(int row);
    QString traceText() const;
    // Asks for a file name and writes the calls of `filter` there, in the background.
    void exportCsv(const usage::Filter &filter);

Q_SIGNALS:
    void exportFinished(qint64 rows, const QString &path);

private:
    void append(const usage::CallPage &page);

    AppContext &m_context;
    Prompts &m_prompts;
    Background m_background;
    QTableWidget *m_calls = nullptr;
    QPlainTextEdit *m_trace = nullptr;
    QPushButton *m_more = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_status = nullptr;
    usage::Filter m_filter;
    std::optional<usage::CallCursor> m_next;
    QList<QJsonObject> m_traces;
};

} // namespace sb::ui
