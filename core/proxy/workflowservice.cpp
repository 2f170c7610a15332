#include "proxy/workflowservice.h"

#include "engine/engine.h"
#include "knowledge/context.h"
#include "workflow/runner.h"
#include "workflow/runstore.h"

namespace sb::proxy::detail {

WorkflowService::WorkflowService(std::shared_ptr<engine::Engine> engine, router::Router *router, QObject *parent)
    : QObject(parent)
    , m_engine(std::move(engine))
    , m_router(router)
{
}

WorkflowService::~WorkflowService()
{
    m_runner.reset(); // runs still going are stored as interrupted, to be resumed
}

void WorkflowService::refresh()
{
    const quint64 generation = m_engine->generation();
    if (m_read && generation == m_generation)
        return;
    m_library = workflow::Library::fromWorkspace(m_engine->workspace());
    m_generation = generation;
    m_read = true;
}

const workflow::Definition *WorkflowService::find(const QString &name, QList<workflow::Problem> *problems)
{
    refresh();
    const workflow::Definition *d = m_library.find(name);
    if (d && problems)
        *problems = m_library.problems.value(name);
    return d;
}

QStringList WorkflowService::models()
{
    refresh();
    QStringList out;
    for (const workflow::Definition &d : std::as_const(m_library.workflows)) {
        if (!d.name.isEmpty() && !m_library.problems.contains(d.name))
            out << QString(kWorkflowModelPrefix) + d.name;
    }
    return out;
}

QStringList WorkflowService::names()
{
    refresh();
    QStringList out;
    for (const workflow::Definition &d : std::as_const(m_library.workflows))
        out << d.name;
    return out;
}

workflow::Runner &WorkflowService::runner()
{
    if (!m_runner) {
        m_builder = std::make_unique<knowledge::ContextBuilder>(m_router, m_engine->database());
        m_runner = std::make_unique<workflow::Runner>(*m_router);
        m_runner->setContextBuilder(m_builder.get());
        m_runner->setStore(std::make_shared<workflow::RunStore>(m_engine->database()));
    }
    return *m_runner;
}

} // namespace sb::proxy::detail
