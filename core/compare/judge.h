#pragma once

#include "common/expected.h"
#include "compare/promptset.h"
#include "protocol/types.h"
#include "router/router.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace sb::compare {

class Answer;

// The request that asks a judge model to grade `answer` (to `prompt`) against the rubric of `spec`:
// temperature 0, a short reply, the grade as {"score": 0..10, "reason": "..."}.
protocol::ChatRequest judgeRequest(const JudgeSpec &spec, const QString &model, const QString &prompt, const QString &answer);

struct Grade {
    double score = 0; // 0..10
    QString reason;
};

// A judge's reply: a JSON object with a numeric "score" from 0 to 10 (alone, in a code fence, or the
// first {...} of the text), or a line "score: N" (also "N/10"). Anything else is an error that quotes
// the reply: a judge that answers garbage gives no grade, never a pass.
[[nodiscard]] Expected<Grade> parseGrade(const QString &reply);

// How one answer fared on all its checks, the judge's included.
struct GradeResult {
    bool passed = false;
    // No grade could be had: a judge call failed or its reply had no grade (or no judge model was
    // set). Counted as an error, neither a pass nor a failure.
    bool error = false;
    QString detail; // why it failed or could not be graded; empty when it passed
    QList<Grade> grades; // the judges' grades, in the order of the checks
    double costUsd = 0; // of the judge calls
    bool costKnown = true;
};

// Grades one answer: the checks that need no call first (when one fails the answer fails, and no judge
// is asked: cheaper), then each judge check through the router (Router::dispatch, like every call),
// one after another. finished() comes exactly once; cancel() ends it as an error.
class Grader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Grader)

public:
    struct Options {
        QString judgeModel; // for judge checks without their own model
        router::DispatchContext context; // the judge calls' source in the ledger
        // Asked before each judge call: an empty answer lets it go, else why it may not (a cost cap);
        // then the answer is not graded (an error).
        std::function<QString(const protocol::ChatRequest &)> admit;
    };

    Grader(router::Router &router, QList<Check> checks, QString prompt, QString answer, Options options, QObject *parent = nullptr);
    ~Grader() override;

    void start();
    void cancel();
    bool isFinished() const { return m_finished; }
    const GradeResult &result() const { return m_result; }

Q_SIGNALS:
    void finished();

private:
    void next();
    void onJudged(Answer *answer, const JudgeSpec &spec);
    void finish(bool passed, bool error, const QString &detail);

    router::Router &m_router;
    QList<Check> m_judges;
    QList<Check> m_local;
    QString m_prompt;
    QString m_answer;
    Options m_options;
    int m_next = 0;
    QStringList m_failures;
    QPointer<Answer> m_call;
    GradeResult m_result;
    bool m_finished = false;
};

} // namespace sb::compare
