#pragma once

// Workflows as the proxy serves them: each valid workflow of the workspace is a model, workflow:NAME.
// A chat request to it runs the workflow (workflowendpoint.cpp): its last user message becomes the
// input (workflow/chatinput.h), the run's output the answer, in the client's dialect. One service per
// proxy worker, on its thread; its runner dispatches every step's call through that worker's router
// (source "workflow", the run id as the key) and stores the runs in the database like the app's and
// the CLI's, so they show in the run history and resume there.

#include "workflow/definition.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace sb::engine {
class Engine;
}
namespace sb::router {
class Router;
}
namespace sb::knowledge {
class ContextBuilder;
}
namespace sb::workflow {
class Runner;
}

namespace sb::proxy::detail {

inline constexpr QLatin1StringView kWorkflowModelPrefix{"workflow:"};

class WorkflowService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkflowService)

public:
    WorkflowService(std::shared_ptr<engine::Engine> engine, router::Router *router, QObject *parent = nullptr);
    ~WorkflowService() override;

    // The workspace's workflow called `name` (null when none); `problems`: what is wrong with it (it runs
    // only when there is nothing).
    const workflow::Definition *find(const QString &name, QList<workflow::Problem> *problems);
    // The models the valid workflows make: "workflow:NAME", in the workspace's order.
    QStringList models();
    // The names of the workflows, valid or not (for messages).
    QStringList names();
    workflow::Runner &runner(); // made on first use

private:
    void refresh(); // reads the workflows again when the workspace changed

    std::shared_ptr<engine::Engine> m_engine;
    router::Router *m_router = nullptr;
    quint64 m_generation = 0;
    bool m_read = false;
    workflow::Library m_library;
    std::unique_ptr<knowledge::ContextBuilder> m_builder;
    std::unique_ptr<workflow::Runner> m_runner; // uses m_builder: goes first
};

} // namespace sb::proxy::detail
