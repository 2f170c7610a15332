#include "compare/judge.h"

#include "compare/answer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace sb::compare {

namespace {

std::optional<Grade> gradeOfJson(const QString &text)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonValue score = doc.object().value(QLatin1String("score"));
    if (!score.isDouble())
        return std::nullopt;
    return Grade{score.toDouble(), doc.object().value(QLatin1String("reason")).toString()};
}

} // namespace

protocol::ChatRequest judgeRequest(const JudgeSpec &spec, const QString &model, const QString &prompt, const QString &answer)
{
    protocol::ChatRequest r;
    r.model = model;
    r.system = QStringLiteral("You grade an answer to a prompt against a rubric. Reply with one JSON object and nothing else: "
                              "{\"score\": <a number from 0 (fails the rubric) to 10 (meets it fully)>, \"reason\": \"<one sentence>\"}.");
    r.messages << protocol::Message::make(protocol::Role::User,
                                          QStringLiteral("Rubric:\n%1\n\nPrompt:\n%2\n\nAnswer:\n%3").arg(spec.rubric, prompt, answer));
    r.temperature = 0;
    r.maxTokens = 200;
    r.stream = false;
    return r;
}

Expected<Grade> parseGrade(const QString &reply)
{
    const QString text = reply.trimmed();
    std::optional<Grade> grade = gradeOfJson(jsonPayload(text));
    if (!grade) {
        const qsizetype open = text.indexOf(QLatin1Char('{'));
        const qsizetype close = text.lastIndexOf(QLatin1Char('}'));
        if (open >= 0 && close > open)
            grade = gradeOfJson(text.mid(open, close - open + 1));
    }
    if (!grade) {
        static const QRegularExpression line(QStringLiteral("\\bscore\\s*[:=]\\s*(\\d+(?:\\.\\d+)?)(?:\\s*/\\s*10\\b)?"),
                                             QRegularExpression::CaseInsensitiveOption);
        if (const auto m = line.match(text); m.hasMatch())
            grade = Grade{m.captured(1).toDouble(), {}};
    }
    const QString quoted = text.size() > 120 ? text.left(120) + QStringLiteral("...") : text;
    if (!grade)
        return Error::make(Error::Kind::Parse,
                           QStringLiteral("the judge's reply has no grade (expected {\"score\": 0-10, \"reason\": ...}): \"%1\"").arg(quoted));
    if (!(grade->score >= 0 && grade->score <= 10))
        return Error::make(Error::Kind::Parse, QStringLiteral("the judge's score %1 is outside 0 to 10: \"%2\"").arg(grade->score).arg(quoted));
    return *grade;
}

Grader::Grader(router::Router &router, QList<Check> checks, QString prompt, QString answer, Options options, QObject *parent)
    : QObject(parent)
    , m_router(router)
    , m_judges(judgeChecks(checks))
    , m_local(localChecks(checks))
    , m_prompt(std::move(prompt))
    , m_answer(std::move(answer))
    , m_options(std::move(options))
{
}

Grader::~Grader()
{
    if (m_call)
        m_call->disconnect(this);
}

void Grader::start()
{
    if (!m_local.isEmpty()) {
        const CheckResult local = runChecks(m_local, m_answer);
        if (!local.passed) {
            finish(false, false, local.detail);
            return;
        }
    }
    next();
}

void Grader::next()
{
    if (m_finished)
        return;
    if (m_next >= m_judges.size()) {
        finish(m_failures.isEmpty(), false, m_failures.join(QStringLiteral("; ")));
        return;
    }
    const JudgeSpec spec = *m_judges.at(m_next++).judge;
    const QString model = spec.model.isEmpty() ? m_options.judgeModel : spec.model;
    if (model.isEmpty()) {
        finish(false, true, QStringLiteral("judge: no judge model (set the check's \"model\" or the run's judge model)"));
        return;
    }
    const protocol::ChatRequest request = judgeRequest(spec, model, m_prompt, m_answer);
    if (m_options.admit) {
        if (const QString refusal = m_options.admit(request); !refusal.isEmpty()) {
            finish(false, true, QStringLiteral("judge: not asked, %1").arg(refusal));
            return;
        }
    }
    m_call = new Answer(m_router, request, m_options.context, this);
    connect(m_call, &Answer::finished, this, [this, answer = m_call.data(), spec] { onJudged(answer, spec); });
}

void Grader::onJudged(Answer *answer, const JudgeSpec &spec)
{
    const AnswerStats stats = answer->stats();
    const QString reply = answer->text();
    answer->deleteLater();
    m_result.costUsd += stats.costUsd;
    m_result.costKnown = m_result.costKnown && stats.costKnown;
    if (stats.status != AnswerStats::Status::Ok) {
        finish(false, true,
               QStringLiteral("judge %1 did not answer: %2").arg(stats.model, stats.error.isEmpty() ? QStringLiteral("cancelled") : stats.error));
        return;
    }
    const Expected<Grade> grade = parseGrade(reply);
    if (!grade) {
        finish(false, true, QStringLiteral("judge %1: %2").arg(stats.model, grade.error().message));
        return;
    }
    m_result.grades << *grade;
    if (grade->score < spec.threshold)
        m_failures << QStringLiteral("judged %1/10, below %2 (%3)").arg(grade->score).arg(spec.threshold).arg(grade->reason);
    next();
}

void Grader::cancel()
{
    if (m_finished)
        return;
    if (m_call)
        m_call->disconnect(this);
    if (m_call)
        m_call->cancel();
    finish(false, true, QStringLiteral("cancelled"));
}

void Grader::finish(bool passed, bool error, const QString &detail)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result.passed = passed && !error;
    m_result.error = error;
    m_result.detail = detail;
    Q_EMIT finished();
}

} // namespace sb::compare
