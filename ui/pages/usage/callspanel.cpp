#include "pages/usage/callspanel.h"

#include "appcontext.h"
#include "engine/engine.h"
#include "format.h"
#include "pages/usage/cells.h"
#include "prompts.h"
#include "theme.h"
#include "usage/ledger.h"

#include <QDateTime>
#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <memory>

namespace sb::ui {

using namespace usagecells;

CallsPanel::CallsPanel(AppContext &context, Prompts &prompts, Background background, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_prompts(prompts)
    , m_background(std::move(background))
{
    QWidget *tab = this;
    auto *layout = new QVBoxLayout(this);
    auto *split = new QSplitter(Qt::Horizontal, tab);
    m_calls = new QTableWidget(0, 10, split);
    m_calls->setObjectName(QStringLiteral("callsTable"));
    m_calls->setHorizontalHeaderLabels({tr("Started"), tr("Source"), tr("Provider/model"), tr("Attempt"), tr("Status"), tr("Input"), tr("Output"),
                                        tr("Cost"), tr("Latency"), tr("TTFT")});
    m_calls->verticalHeader()->hide();
    m_calls->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_calls->setSelectionMode(QAbstractItemView::SingleSelection);
    m_trace = new QPlainTextEdit(split);
    m_trace->setObjectName(QStringLiteral("callTrace"));
    m_trace->setReadOnly(true);
    m_trace->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_trace->setPlaceholderText(tr("Select a call to see its routing trace."));
    split->addWidget(m_calls);
    split->addWidget(m_trace);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    auto *buttons = new QHBoxLayout;
    m_status = new QLabel(tab);
    m_status->setObjectName(QStringLiteral("callsStatus"));
    m_more = new QPushButton(tr("Load &more"), tab);
    m_more->setObjectName(QStringLiteral("moreCalls"));
    m_more->setEnabled(false);
    m_export = new QPushButton(tr("E&xport CSV…"), tab);
    m_export->setObjectName(QStringLiteral("exportCsv"));
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_more);
    buttons->addWidget(m_export);
    layout->addLayout(buttons);
    connect(m_calls, &QTableWidget::currentCellChanged, this, [this](int row) { showTrace(row); });
    connect(m_more, &QPushButton::clicked, this, &CallsPanel::loadMore);
    connect(m_export, &QPushButton::clicked, this, [this] { exportCsv(m_filter); });
}

void CallsPanel::show(const Expected<usage::CallPage> &page, const usage::Filter &filter)
{
    m_filter = filter;
    m_calls->setRowCount(0);
    m_traces.clear();
    m_next.reset();
    if (page)
        append(*page);
    else
        m_status->setText(page.error().message);
    if (m_calls->rowCount() > 0)
        m_calls->selectRow(0);
    else
        m_trace->clear();
}

void CallsPanel::append(const usage::CallPage &page)
{
    for (const usage::CallRow &row : page.rows) {
        const usage::CallRecord &c = row.call;
        const int r = m_calls->rowCount();
        m_calls->insertRow(r);
        m_calls->setItem(r, 0, cell(formatDateTime(QDateTime::fromMSecsSinceEpoch(c.startedAtMs).toLocalTime(), true)));
        m_calls->setItem(r, 1, cell(sourceLabel(c.source, c.sourceKey)));
        m_calls->setItem(r, 2, cell(c.provider + QLatin1Char('/') + c.model));
        m_calls->setItem(r, 3, numberCell(formatCount(c.attempt)));
        m_calls->setItem(r, 4, cell(c.status == usage::CallStatus::Ok ? tr("ok") : c.errorKind));
        m_calls->setItem(r, 5, numberCell(count(c.usage.inputTokens)));
        m_calls->setItem(r, 6, numberCell(count(c.usage.outputTokens)));
        m_calls->setItem(r, 7, numberCell(formatCost(usage::nanoToUsd(row.costNano), !c.unpriced)));
        m_calls->setItem(r, 8, numberCell(tr("%1 ms").arg(c.latencyMs)));
        m_calls->setItem(r, 9, numberCell(c.ttftMs ? tr("%1 ms").arg(*c.ttftMs) : QString()));
        if (c.status == usage::CallStatus::Error)
            m_calls->item(r, 4)->setForeground(ThemeManager::errorColor());
        m_traces << c.trace;
    }
    m_next = page.next;
    m_more->setEnabled(page.next.has_value());
    m_status->setText(page.next ? tr("%n call(s) shown, newest first; more are available.", nullptr, m_calls->rowCount())
                                : tr("%n call(s), newest first.", nullptr, m_calls->rowCount()));
    m_calls->resizeColumnsToContents();
}

int CallsPanel::rows() const
{
    return m_calls->rowCount();
}

namespace {

bool sameFilter(const usage::Filter &a, const usage::Filter &b)
{
    return a.fromDay == b.fromDay && a.toDay == b.toDay && a.provider == b.provider && a.model == b.model && a.source == b.source
        && a.sourceKey == b.sourceKey && a.fromMs == b.fromMs && a.toMs == b.toMs && a.modelIn == b.modelIn && a.route == b.route
        && a.status == b.status;
}

} // namespace

void CallsPanel::loadMore()
{
    const std::shared_ptr<engine::Engine> engine = m_context.engine();
    if (!engine || !m_next)
        return;
    const usage::Filter filter = m_filter;
    const usage::CallCursor after = *m_next;
    m_more->setEnabled(false);
    auto result = std::make_shared<Expected<usage::CallPage>>(usage::CallPage{});
    m_background([engine, filter, after, result] { *result = usage::UsageQueries(engine->database()).calls(filter, kPageSize, after); },
                 [this, result, filter] {
                     if (!sameFilter(filter, m_filter))
                         return; // a refresh replaced the table meanwhile
                     if (*result)
                         append(**result);
                     else
                         m_status->setText(result->error().message);
                 });
}

void CallsPanel::showTrace(int row)
{
    if (row < 0 || row >= m_traces.size()) {
        m_trace->clear();
        return;
    }
    const QJsonObject &trace = m_traces.at(row);
    m_trace->setPlainText(trace.isEmpty() ? tr("No routing trace was recorded for this call.")
                                          : QString::fromUtf8(QJsonDocument(trace).toJson(QJsonDocument::Indented)));
}

QString CallsPanel::traceText() const
{
    return m_trace->toPlainText();
}

void CallsPanel::exportCsv(const usage::Filter &filter)
{
    const std::shared_ptr<engine::Engine> engine = m_context.engine();
    if (!engine)
        return;
    const QString suggested = QStringLiteral("switchboard-calls-%1.csv").arg(QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate));
    const QString path = m_prompts.saveFile(this, tr("Export calls as CSV"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    m_export->setEnabled(false);
    m_status->setText(tr("Exporting…"));
    auto result = std::make_shared<Expected<qint64>>(qint64(0));
    m_background(
        [engine, filter, path, result] {
            (void)engine->ledger().flush();
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
                *result = Error::make(Error::Kind::Io, file.errorString());
                return;
            }
            *result = usage::UsageQueries(engine->database()).exportCsv(filter, &file, true);
            if (*result && !file.flush())
                *result = Error::make(Error::Kind::Io, file.errorString());
        },
        [this, result, path] {
            m_export->setEnabled(true);
            if (!*result) {
                m_status->setText(tr("Export failed."));
                m_prompts.error(this, tr("Export calls"), tr("Could not write %1: %2").arg(path, result->error().message));
                return;
            }
            m_status->setText(tr("%n call(s) exported to %1.", nullptr, int(**result)).arg(path));
            Q_EMIT exportFinished(**result, path);
        });
}

} // namespace sb::ui
