#include "monitor/service.h"

#include "common/logging.h"
#include "router/health.h"

#include <QDateTime>
#include <QRegularExpression>

namespace sb::monitor {

MonitorService::MonitorService(std::shared_ptr<Database> database, MonitoringConfig config, Options options, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_config(std::move(config))
    , m_options(std::move(options))
    , m_evaluator(std::make_shared<Evaluator>(std::move(database), m_options.origin))
{
    if (!m_options.schedule)
        m_options.schedule = async::timerSchedule();
    if (!m_options.clock)
        m_options.clock = [] { return QDateTime::currentMSecsSinceEpoch(); };
    m_options.intervalMs = std::max(1000, m_options.intervalMs);
}

MonitorService::~MonitorService()
{
    if (m_options.health)
        m_options.health->setDemotions({});
}

QString SloDemotion::reason() const
{
    return QStringLiteral("SLO \"%1\" burns its error budget %2x over 1 h and %3x over 5 min (fast alert above %4x)")
        .arg(slo)
        .arg(burn1h, 0, 'f', 1)
        .arg(burn5m, 0, 'f', 1)
        .arg(threshold, 0, 'f', 1);
}

QHash<QString, QString> sloDemotions(const Evaluation &evaluation)
{
    QHash<QString, QString> why;
    for (const SloStatus &s : evaluation.slos) {
        if (!s.slo.demote || !s.fastBurning || s.slo.scope.provider.isEmpty() || s.slo.scope.model.isEmpty())
            continue;
        const QString target = s.slo.scope.provider + QLatin1Char('/') + s.slo.scope.model;
        const QString reason = SloDemotion{s.slo.name, s.burn1h.rate.value_or(0), s.burn5m.rate.value_or(0), s.slo.fastBurnThreshold()}.reason();
        QString &text = why[target];
        text = text.isEmpty() ? reason : text + QStringLiteral("; ") + reason;
    }
    return why;
}

QList<SloDemotion> sloDemotionsIn(const QString &reason)
{
    // reason() one after the other, "; " between them; the name is the shortest that makes the rest fit
    static const QRegularExpression one(QStringLiteral(
        R"re(SLO "(.+?)" burns its error budget ([0-9]+\.[0-9])x over 1 h and ([0-9]+\.[0-9])x over 5 min \(fast alert above ([0-9]+\.[0-9])x\)(?:; |$))re"));
    QList<SloDemotion> out;
    qsizetype at = 0;
    while (at < reason.size()) {
        const QRegularExpressionMatch m = one.match(reason, at, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch())
            return {};
        out.append({m.captured(1), m.captured(2).toDouble(), m.captured(3).toDouble(), m.captured(4).toDouble()});
        at = m.capturedEnd();
    }
    return out;
}

void MonitorService::setConfig(MonitoringConfig config)
{
    m_config = std::move(config);
}

void MonitorService::start()
{
    if (m_running)
        return;
    m_running = true;
    m_stopped = false;
    ++m_timerGeneration;
    evaluateNow();
}

void MonitorService::stop()
{
    m_running = false;
    m_stopped = true;
    ++m_timerGeneration;
    if (m_options.health)
        m_options.health->setDemotions({});
}

void MonitorService::scheduleNext()
{
    if (!m_running)
        return;
    const quint64 generation = ++m_timerGeneration;
    m_options.schedule(m_options.intervalMs, this, [this, generation] {
        if (generation == m_timerGeneration && m_running)
            evaluateNow();
    });
}

void MonitorService::evaluateNow()
{
    if (m_evaluating) {
        m_again = true;
        return;
    }
    m_evaluating = true;
    const qint64 now = m_options.clock();
    m_serial.run(
        this, [evaluator = m_evaluator, config = m_config, now] { return evaluator->evaluate(config, now); },
        [this](const Expected<Evaluation> &result) { onEvaluated(result); });
}

void MonitorService::onEvaluated(const Expected<Evaluation> &result)
{
    m_evaluating = false;
    if (!result) {
        qCWarning(lcMonitor).noquote() << "monitoring: the evaluation failed:" << result.error().message;
        Q_EMIT evaluationFailed(result.error());
    } else {
        m_last = *result;
        if (m_options.health && !m_stopped)
            m_options.health->setDemotions(sloDemotions(m_last));
        for (const Alert &a : std::as_const(m_last.raised)) {
            qCWarning(lcMonitor).noquote() << "alert firing:" << a.message;
            Q_EMIT alertRaised(a);
        }
        for (const Alert &a : std::as_const(m_last.resolved)) {
            qCInfo(lcMonitor).noquote() << "alert resolved:" << a.message;
            Q_EMIT alertResolved(a);
        }
        // the badge: rules firing and not muted
        int firing = 0;
        for (const SloStatus &st : std::as_const(m_last.slos))
            firing += (st.fast == RuleDisplay::Firing ? 1 : 0) + (st.slow == RuleDisplay::Firing ? 1 : 0);
        for (const MonitorStatus &st : std::as_const(m_last.monitors))
            firing += st.display == RuleDisplay::Firing ? 1 : 0;
        firing += m_last.canariesFiring;
        Q_EMIT evaluated(m_last);
        if (firing != m_firingCount) {
            m_firingCount = firing;
            Q_EMIT firingCountChanged(firing);
        }
    }
    if (m_again) {
        m_again = false;
        evaluateNow();
        return;
    }
    scheduleNext();
}

std::optional<SloStatus> MonitorService::sloStatusFor(const Scope &scope) const
{
    for (const SloStatus &s : m_last.slos) {
        if (s.slo.scope == scope)
            return s;
    }
    return std::nullopt;
}

void MonitorService::mute(const QString &rule, std::optional<qint64> untilMs, std::function<void(Expected<void>)> done)
{
    m_serial.run(
        this, [evaluator = m_evaluator, rule, untilMs] { return evaluator->store().mute(rule, untilMs); },
        [this, done = std::move(done)](const Expected<void> &stored) {
            if (done)
                done(stored);
            if (stored)
                evaluateNow();
        });
}

void MonitorService::history(int limit, QObject *context, std::function<void(Expected<QList<Alert>>)> done)
{
    m_serial.run(
        context, [evaluator = m_evaluator, limit] { return evaluator->store().history(limit); },
        [done = std::move(done)](const Expected<QList<Alert>> &alerts) { done(alerts); });
}

} // namespace sb::monitor
