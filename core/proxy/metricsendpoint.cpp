// The proxy's GET /metrics: the Prometheus text of the monitoring rollups, SLOs and budgets
// (monitor/prometheus.h), answered like the other endpoints (a valid proxy key where keys exist).
#include "common/async.h"
#include "engine/engine.h"
#include "monitor/prometheus.h"
#include "proxy/proxyworker.h"
#include "usage/budgets.h"
#include "usage/ledger.h"

#include <QDateTime>

namespace sb::proxy::detail {

using protocol::ApiError;

void Connection::metrics()
{
    m_ex->log.dialect.clear();
    const QByteArray method = m_ex->request.method;
    if (method != "GET" && method != "HEAD") {
        sendError(ApiError::make(ApiError::Kind::InvalidRequest, QStringLiteral("use GET /metrics"), 405));
        return;
    }
    bool refused = false;
    (void)authorize(refused, Access::Usage);
    if (refused)
        return;
    const std::shared_ptr<engine::Engine> &engine = m_worker.shared().engine;
    const QList<monitor::Slo> slos = engine->monitoring().slos;
    const QList<usage::BudgetStatus> budgets = engine->budgets().statuses();
    Exchange *exchange = m_ex.get();
    // the rollups are read on a pooled thread; this one goes on serving other connections
    async::runThenCallback(
        this,
        [engine, database = engine->database(), slos, budgets, totals = m_worker.shared().metricsTotals] {
            // every call answered before the scrape counts: the ledger's deferred rollups flushed first
            (void)engine->ledger().flush();
            return monitor::prometheusText(database, slos, budgets, QDateTime::currentMSecsSinceEpoch(), totals.get());
        },
        [this, exchange](const Expected<QByteArray> &text) {
            if (m_ex.get() != exchange)
                return;
            if (completedAsClientGone())
                return;
            if (!text) {
                sendError(ApiError::make(ApiError::Kind::Server, QStringLiteral("the metrics cannot be read: %1").arg(text.error().message), 500));
                return;
            }
            QList<std::pair<QByteArray, QByteArray>> headers{{QByteArrayLiteral("Content-Type"), QByteArray(monitor::kPrometheusContentType)}};
            appendCorsHeaders(headers);
            m_ex->log.status = 200;
            write(http::responseHead(200, headers, text->size(), m_ex->keepAlive) + (m_ex->request.method == "HEAD" ? QByteArray() : *text));
            complete();
        });
}

} // namespace sb::proxy::detail
