#pragma once

#include "enginefixture.h"
#include "fakeupstream.h"
#include "knowledge/context.h"
#include "workflow/runner.h"
#include "workflow/runstore.h"
#include "workflowjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

// What the workflow runner's tests share: a runner over the real router and ledger against a fake
// upstream, with timers the test fires itself.
namespace sb::testing::workflow {

using namespace sb::workflow;
namespace fk = sb::fakes;

using sb::testing::json;

// The text of a chat request's last user message and its system prompt (OpenAI Chat on the wire).
inline QString lastUser(const fk::RecordedRequest &r)
{
    const QJsonArray messages = r.json().value(QLatin1String("messages")).toArray();
    const QJsonValue content = messages.last().toObject().value(QLatin1String("content"));
    if (content.isString())
        return content.toString();
    QString text;
    for (const QJsonValue &part : content.toArray())
        text += part.toObject().value(QLatin1String("text")).toString();
    return text;
}
inline QString systemOf(const fk::RecordedRequest &r)
{
    const QJsonObject first = r.json().value(QLatin1String("messages")).toArray().first().toObject();
    return first.value(QLatin1String("role")).toString() == QLatin1String("system") ? first.value(QLatin1String("content")).toString() : QString();
}

inline fk::Script reply(const QString &text, int outputTokens = 9)
{
    fk::ReplyScript r;
    r.text = text;
    r.outputTokens = outputTokens;
    return fk::Script{r, {}, {}};
}

// Timers the test fires itself: retry waits and step timeouts never take real time.
struct ManualTimers {
    struct Pending {
        int delayMs = 0;
        QPointer<QObject> context;
        std::function<void()> then;
    };
    QList<Pending> pending;

    std::function<void(int, QObject *, std::function<void()>)> seam()
    {
        return [this](int delayMs, QObject *context, std::function<void()> then) { pending << Pending{delayMs, context, std::move(then)}; };
    }
    // The delays of the timers whose context is still there.
    QList<int> live() const
    {
        QList<int> out;
        for (const Pending &p : pending) {
            if (p.context)
                out << p.delayMs;
        }
        return out;
    }
    bool fire(int delayMs)
    {
        for (int i = 0; i < pending.size(); ++i) {
            if (pending.at(i).delayMs == delayMs && pending.at(i).context) {
                const Pending p = pending.takeAt(i);
                p.then();
                return true;
            }
        }
        return false;
    }
};

struct Fixture {
    QTemporaryDir dir;
    fk::FakeUpstream up{fk::Dialects(fk::Dialect::OpenAiChat)};
    std::shared_ptr<engine::Engine> engine;
    std::unique_ptr<engine::RouterHost> host;
    std::unique_ptr<knowledge::ContextBuilder> builder;
    ManualTimers timers;
    std::shared_ptr<RunStore> store;
    std::unique_ptr<Runner> runner;
    qint64 now = 1'750'000'000'000;

    bool start()
    {
        if (!up.listen())
            return false;
        auto opened = testing::openEngineWithFake(dir.path(), up.baseUrl());
        if (!opened) {
            qWarning() << opened.error().message;
            return false;
        }
        engine = *opened;
        host = std::make_unique<engine::RouterHost>(engine);
        builder = std::make_unique<knowledge::ContextBuilder>(&host->router(), engine->database());
        store = std::make_shared<RunStore>(engine->database());
        runner = makeRunner();
        return true;
    }
    // A runner as the app makes one: the router, the knowledge base and the run store (a restart
    // makes a new one over the same database).
    std::unique_ptr<Runner> makeRunner()
    {
        auto r = std::make_unique<Runner>(host->router(), seams());
        r->setContextBuilder(builder.get());
        r->setStore(store);
        return r;
    }
    Runner::Seams seams()
    {
        Runner::Seams s;
        s.nowMs = [this] { return now; };
        s.schedule = timers.seam();
        return s;
    }
    QString run(const QJsonObject &workflow, const QJsonValue &input, const RunOptions &options = {})
    {
        auto d = Definition::fromJson(workflow);
        if (!d) {
            qWarning() << d.error().message;
            return {};
        }
        auto id = runner->start(*d, input, options);
        if (!id) {
            qWarning() << id.error().message;
            return {};
        }
        return *id;
    }
    RunStatus status(const QString &id) const { return runner->run(id) ? runner->run(id)->status : RunStatus::Interrupted; }
    bool waitFor(const QString &id, RunStatus status, int timeoutMs = 10000)
    {
        return QTest::qWaitFor([&] { return this->status(id) == status; }, timeoutMs);
    }
    StepResult step(const QString &id, const QString &key) const
    {
        for (const StepResult &r : runner->steps(id)) {
            if (r.key == key)
                return r;
        }
        return {};
    }
};

} // namespace sb::testing::workflow
