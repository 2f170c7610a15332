#include "commands.h"
#include "common/paths.h"
#include "engine/engine.h"
#include "knowledge/context.h"
#include "signals.h"
#include "storage/database.h"
#include "storage/keychainsecretstore.h"
#include "storage/workspace.h"
#include "workflow/definition.h"
#include "workflow/runner.h"
#include "workflow/runstore.h"
#include "workflow/templates.h"
#include "workflow/versionstore.h"
#include "workflow/workflowfile.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace sb::cli {

using workflow::Definition;
using workflow::Library;
using workflow::Runner;
using workflow::RunStatus;
using workflow::StepResult;
using workflow::StepStatus;

namespace {

const char *kUsage = "usage: switchboard-cli workflow <action> ...\n"
                     "  list                       the workspace's workflows with their steps, and what is wrong with any\n"
                     "  validate [NAME|FILE.json]  check one workflow (a name in the workspace or a file) or all of them\n"
                     "  run NAME [--input FILE.json] [--max-cost USD] [--json]\n"
                     "                             run it: step progress on stderr, the output on stdout; in the input,\n"
                     "                             {\"file\": \"PATH\"} stands for a file's content (relative to FILE.json)\n"
                     "  runs [NAME]                recent runs with their status and cost\n"
                     "  resume RUN [--approve STEP[=JSON]]... [--max-cost USD] [--json]\n"
                     "                             go on with a failed, paused or interrupted run; --approve answers a review\n"
                     "  versions NAME [--json]     every saved version of a workflow, newest first\n"
                     "  restore NAME VERSION       put a saved version back into the workspace (kept as the newest version)\n"
                     "  diff NAME V1 V2 [--json]   what changed between two versions, step by step\n"
                     "  export NAME FILE           write a workflow to a file (- for standard output)\n"
                     "  import FILE [--as NAME] [--replace|--keep-both]\n"
                     "                             add a workflow from a file to the workspace, after checking it\n"
                     "  templates [--json]         the workflows Switchboard ships as starting points, with their slots\n"
                     "  new TEMPLATE [--as NAME] [--use SLOT=MODEL|COLLECTION]...\n"
                     "                             add a workflow made from a template to the workspace\n";

// Exit code of a run that waits for a review (`workflow resume RUN --approve STEP` goes on).
constexpr int kPaused = 3;

QString seconds(qint64 ms)
{
    return QStringLiteral("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
}

QString compactJson(const QJsonValue &v)
{
    return workflow::toText(v);
}

// {"file": "PATH"} in the input becomes the file's content ({"name", "mediaType", "data"}).
Expected<QJsonValue> readFiles(const QJsonValue &v, const QDir &base)
{
    if (v.isArray()) {
        QJsonArray out;
        for (const QJsonValue &e : v.toArray()) {
            auto r = readFiles(e, base);
            if (!r)
                return r.error();
            out.append(*r);
        }
        return QJsonValue(out);
    }
    if (!v.isObject())
        return v;
    const QJsonObject o = v.toObject();
    if (o.size() == 1 && o.value(QLatin1String("file")).isString()) {
        const QString path = base.absoluteFilePath(o.value(QLatin1String("file")).toString());
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return Error::make(Error::Kind::Io, QStringLiteral("cannot read %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
        workflow::FileValue file;
        file.name = QFileInfo(path).fileName();
        file.mediaType = workflow::FileValue::mediaTypeFor(file.name);
        file.base64 = f.readAll().toBase64();
        return QJsonValue(file.toJson());
    }
    QJsonObject out;
    for (auto it = o.begin(); it != o.end(); ++it) {
        auto r = readFiles(it.value(), base);
        if (!r)
            return r.error();
        out.insert(it.key(), *r);
    }
    return QJsonValue(out);
}

Expected<QJsonValue> readInput(const QString &path)
{
    if (path.isEmpty())
        return QJsonValue(QJsonObject());
    QFile f(path);
    const bool open = path == QLatin1String("-") ? f.open(stdin, QIODevice::ReadOnly) : f.open(QIODevice::ReadOnly);
    if (!open)
        return Error::make(Error::Kind::Io, QStringLiteral("cannot read %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
    QJsonParseError error;
    const QByteArray bytes = f.readAll();
    const QJsonDocument doc = QJsonDocument::fromJson("[" + bytes + "]", &error);
    if (error.error != QJsonParseError::NoError || doc.array().size() != 1)
        return Error::make(Error::Kind::Parse,
                           QStringLiteral("%1: not one JSON value (%2 at offset %3)")
                               .arg(QDir::toNativeSeparators(path), error.errorString())
                               .arg(qMax(0, error.offset - 1)));
    return readFiles(doc.array().first(), path == QLatin1String("-") ? QDir::current() : QFileInfo(path).absoluteDir());
}

std::optional<double> maxCostOption(const QCommandLineParser &p, Io &io, bool *bad)
{
    *bad = false;
    if (!p.isSet(QStringLiteral("max-cost")))
        return std::nullopt;
    bool ok = false;
    const double usd = p.value(QStringLiteral("max-cost")).toDouble(&ok);
    if (!ok || usd <= 0) {
        io.err << "switchboard-cli workflow: --max-cost takes a number of dollars above 0\n";
        *bad = true;
        return std::nullopt;
    }
    return usd;
}

void printProblems(const QString &name, const QList<workflow::Problem> &problems, Io &io)
{
    io.err << name << ": " << problems.size() << " problem(s)\n";
    for (const workflow::Problem &problem : problems)
        io.err << "  - " << problem.toString() << "\n";
}

// Everything a run needs: the engine (database, ledger, router), the knowledge base and the run store.
struct Session {
    std::shared_ptr<engine::Engine> engine;
    std::unique_ptr<engine::RouterHost> host;
    std::unique_ptr<knowledge::ContextBuilder> builder;
    std::unique_ptr<Runner> runner;
};

Expected<Session> openSession(const Workspace &ws, const QString &dataDir)
{
    auto engine = engine::Engine::open(dataDir, ws, std::make_shared<KeychainSecretStore>());
    if (!engine)
        return engine.error();
    Session s;
    s.engine = *engine;
    s.host = std::make_unique<engine::RouterHost>(s.engine);
    s.builder = std::make_unique<knowledge::ContextBuilder>(&s.host->router(), s.engine->database());
    s.runner = std::make_unique<Runner>(s.host->router());
    s.runner->setContextBuilder(s.builder.get());
    s.runner->setStore(std::make_shared<workflow::RunStore>(s.engine->database()));
    return s;
}

// Follows a run until it ends or pauses, with a line per step on stderr; Ctrl+C cancels it.
// `start` starts (or resumes) the run and gives its id.
int follow(Session &s, Io &io, bool json, const std::function<Expected<QString>(Runner &)> &start)
{
    Runner &runner = *s.runner;
    QEventLoop loop;
    QString runId;
    QHash<QString, StepStatus> shown;
    QElapsedTimer clock;
    clock.start();
    QObject::connect(&runner, &Runner::stepChanged, &loop, [&](const QString &id, const StepResult &step) {
        if (id != runId || shown.value(step.key, StepStatus::Waiting) == step.status)
            return;
        shown.insert(step.key, step.status);
        const QString name = QStringLiteral("%1 (%2)").arg(step.key, workflow::kindName(step.kind));
        switch (step.status) {
        case StepStatus::Running:
            io.err << "  .. " << name << (step.attempts > 1 ? QStringLiteral(" try %1").arg(step.attempts) : QString()) << "\n";
            break;
        case StepStatus::Done: {
            io.err << "  ok " << name << (step.replayed ? QStringLiteral(" replayed") : QString());
            if (step.latencyMs)
                io.err << ", " << seconds(*step.latencyMs);
            if (!step.model.isEmpty())
                io.err << ", " << step.model << " " << step.inputTokens << "+" << step.outputTokens << " tokens, "
                       << (step.costKnown ? money(step.costUsd) : QStringLiteral("cost unknown"));
            if (!step.branch.isEmpty())
                io.err << " -> " << step.branch;
            io.err << "\n";
            break;
        }
        case StepStatus::Failed: io.err << "  !! " << name << " failed: " << step.error << "\n"; break;
        case StepStatus::Skipped: io.err << "  -- " << name << " skipped\n"; break;
        case StepStatus::Cancelled: io.err << "  xx " << name << " cancelled\n"; break;
        case StepStatus::Review: io.err << "  ?? " << name << " waits for review\n"; break;
        case StepStatus::Waiting:
        case StepStatus::Interrupted: break;
        }
        io.err.flush();
    });
    QObject::connect(&runner, &Runner::reviewRequested, &loop, [&](const QString &id, const QString &, const QJsonValue &value, const QString &what) {
        if (id != runId)
            return;
        io.err << "     " << (what.isEmpty() ? QStringLiteral("review") : what) << ": " << compactJson(value).left(500) << "\n";
    });
    QObject::connect(&runner, &Runner::runStatusChanged, &loop, [&](const QString &id, RunStatus status) {
        if (id == runId && status != RunStatus::Running)
            loop.quit();
    });
    int interrupted = 0;
    onTerminationSignal(&loop, [&](int signal) {
        interrupted = signal;
        io.err << "cancelling the run\n";
        runner.cancel(runId);
    });
    auto started = start(runner);
    if (!started) {
        io.err << "switchboard-cli: " << started.error().message << "\n";
        return Failed;
    }
    runId = *started;
    io.err << "run " << runId << "\n";
    io.err.flush();
    if (runner.isLive(runId) && runner.run(runId)->status == RunStatus::Running)
        loop.exec();
    runner.flush();
    const workflow::RunRecord run = *runner.run(runId);
    if (json) {
        QJsonArray steps;
        for (const StepResult &step : runner.steps(runId)) {
            QJsonObject o = step.pathView();
            o.insert(QStringLiteral("key"), step.key);
            o.insert(QStringLiteral("kind"), workflow::kindName(step.kind));
            if (!step.error.isEmpty())
                o.insert(QStringLiteral("error"), step.error);
            steps.append(o);
        }
        QJsonObject o{{QStringLiteral("run"), runId},
                      {QStringLiteral("workflow"), run.workflow},
                      {QStringLiteral("status"), workflow::runStatusName(run.status)},
                      {QStringLiteral("output"), run.output},
                      {QStringLiteral("cost"), run.costUsd},
                      {QStringLiteral("steps"), steps}};
        if (!run.error.isEmpty())
            o.insert(QStringLiteral("error"), run.error);
        io.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else if (run.status == RunStatus::Succeeded) {
        if (run.output.isObject())
            io.out << QString::fromUtf8(QJsonDocument(run.output.toObject()).toJson(QJsonDocument::Indented));
        else if (run.output.isArray())
            io.out << QString::fromUtf8(QJsonDocument(run.output.toArray()).toJson(QJsonDocument::Indented));
        else
            io.out << compactJson(run.output) << "\n";
    }
    io.out.flush();
    io.err << "run " << runId << " " << workflow::runStatusName(run.status) << " in " << seconds(clock.elapsed()) << ", "
           << (run.costKnown ? money(run.costUsd) : money(run.costUsd) + QStringLiteral(" and calls of unknown cost")) << "\n";
    switch (run.status) {
    case RunStatus::Succeeded: return Ok;
    case RunStatus::Paused: io.err << "paused for review: switchboard-cli workflow resume " << runId << " --approve STEP[=JSON]\n"; return kPaused;
    case RunStatus::Cancelled: return interrupted ? 128 + interrupted : Failed;
    default:
        io.err << "switchboard-cli: " << run.error << "\n"
               << "  resume it (finished steps are kept): switchboard-cli workflow resume " << runId << "\n";
        return Failed;
    }
}

int listRuns(const QString &dataDir, const QString &workflowName, Io &io, bool json)
{
    auto db = Database::open(paths::databaseFile(dataDir));
    if (!db) {
        io.err << "switchboard-cli: " << db.error().message << "\n";
        return Failed;
    }
    workflow::RunQuery query;
    query.workflow = workflowName;
    query.limit = 30;
    auto runs = workflow::RunStore(*db).runs(query);
    if (!runs) {
        io.err << "switchboard-cli: " << runs.error().message << "\n";
        return Failed;
    }
    QJsonArray out;
    for (const workflow::RunRecord &r : std::as_const(*runs)) {
        if (json) {
            out.append(QJsonObject{{QStringLiteral("run"), r.id},
                                   {QStringLiteral("workflow"), r.workflow},
                                   {QStringLiteral("status"), workflow::runStatusName(r.status)},
                                   {QStringLiteral("cost"), r.costUsd},
                                   {QStringLiteral("startedAt"), r.startedAtMs},
                                   {QStringLiteral("error"), r.error}});
            continue;
        }
        io.out << r.id << "  " << QDateTime::fromMSecsSinceEpoch(r.startedAtMs).toString(QStringLiteral("yyyy-MM-dd HH:mm")) << "  "
               << r.workflow.leftJustified(20) << " " << workflow::runStatusName(r.status).leftJustified(11) << " " << money(r.costUsd);
        if (!r.error.isEmpty())
            io.out << "  " << r.error.left(100);
        io.out << "\n";
    }
    if (json)
        io.out << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact)) << "\n";
    else if (runs->isEmpty())
        io.err << "no runs yet\n";
    return Ok;
}

Expected<std::shared_ptr<Database>> openDatabase(const QString &dataDir)
{
    return Database::open(paths::databaseFile(dataDir));
}

// The workspace's definition of `name` becomes a version when it is not the newest one (versionstore.h).
Expected<void> recordWorkspaceVersion(workflow::VersionStore &store, const Workspace &ws, const QString &name)
{
    return store.keepFound(workflow::workflowJson(ws, name));
}

QString versionTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// versions, restore and diff
int versionCommand(const QString &action, const QStringList &pos, const Workspace &ws, const DataPaths &paths, Io &io, bool json)
{
    auto db = openDatabase(paths.dataDir);
    if (!db) {
        io.err << "switchboard-cli: " << db.error().message << "\n";
        return Failed;
    }
    workflow::VersionStore store(*db);
    const QString name = pos.at(1);
    if (auto recorded = recordWorkspaceVersion(store, ws, name); !recorded) {
        io.err << "switchboard-cli: " << recorded.error().message << "\n";
        return Failed;
    }
    auto number = [&](const QString &text, int *out) {
        bool ok = false;
        *out = text.toInt(&ok);
        if (!ok || *out < 1)
            io.err << "switchboard-cli workflow " << action << ": \"" << text << "\" is not a version number (see 'workflow versions " << name
                   << "')\n";
        return ok && *out >= 1;
    };

    if (action == QLatin1String("versions")) {
        auto versions = store.versions(name);
        if (!versions) {
            io.err << "switchboard-cli: " << versions.error().message << "\n";
            return Failed;
        }
        if (versions->isEmpty()) {
            io.err << "switchboard-cli: no workflow \"" << name << "\" in the workspace, and none was ever saved under that name\n";
            return Failed;
        }
        const bool inWorkspace = workflow::workflowJson(ws, name).has_value();
        QJsonArray out;
        for (const workflow::Version &v : std::as_const(*versions)) {
            const bool current = inWorkspace && v.number == versions->constFirst().number;
            if (json) {
                out.append(QJsonObject{{QStringLiteral("version"), v.number},
                                       {QStringLiteral("savedAt"), v.savedAtMs},
                                       {QStringLiteral("savedBy"), v.savedBy},
                                       {QStringLiteral("note"), v.note},
                                       {QStringLiteral("current"), current}});
                continue;
            }
            io.out << QString::number(v.number).rightJustified(4) << "  " << versionTime(v.savedAtMs) << "  " << v.savedBy.leftJustified(9) << " "
                   << v.note;
            if (current)
                io.out << (v.note.isEmpty() ? QString() : QStringLiteral("  ")) << "(in the workspace)";
            io.out << "\n";
        }
        if (json)
            io.out << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact)) << "\n";
        return Ok;
    }

    if (action == QLatin1String("restore")) {
        int wanted = 0;
        if (!number(pos.at(2), &wanted))
            return Usage;
        auto version = store.version(name, wanted);
        if (!version) {
            io.err << "switchboard-cli: " << version.error().message << "\n";
            return Failed;
        }
        QJsonObject definition = version->definition;
        definition.insert(QStringLiteral("name"), name);
        if (workflow::workflowJson(ws, name) == definition) {
            io.err << "version " << wanted << " of " << name << " is what the workspace holds already\n";
            return Ok;
        }
        QList<workflow::Problem> problems;
        Definition::read(definition, problems);
        Workspace changed = ws;
        workflow::putWorkflow(changed, definition);
        if (auto saved = WorkspaceFile::save(changed, paths.workspaceFile); !saved) {
            io.err << "switchboard-cli: " << saved.error().message << "\n";
            return Failed;
        }
        auto restored = store.restore(name, wanted, QStringLiteral("cli"));
        if (!restored) {
            io.err << "switchboard-cli: the workspace has version " << wanted
                   << " again, but it was not kept as a new version: " << restored.error().message << "\n";
            return Failed;
        }
        io.err << "restored version " << wanted << " of " << name << " into " << QDir::toNativeSeparators(paths.workspaceFile) << " (now version "
               << restored->version.number << ")\n";
        if (!problems.isEmpty())
            printProblems(name, problems, io);
        return Ok;
    }

    // diff
    int from = 0;
    int to = 0;
    if (!number(pos.at(2), &from) || !number(pos.at(3), &to))
        return Usage;
    auto diff = store.diff(name, from, to);
    if (!diff) {
        io.err << "switchboard-cli: " << diff.error().message << "\n";
        return Failed;
    }
    if (json) {
        QJsonObject o = diff->toJson();
        o.insert(QStringLiteral("name"), name);
        o.insert(QStringLiteral("from"), from);
        o.insert(QStringLiteral("to"), to);
        io.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return Ok;
    }
    io.out << name << ": version " << from << " -> version " << to << "\n";
    if (diff->isEmpty())
        io.out << "  no differences\n";
    for (const QString &line : diff->lines(160))
        io.out << "  " << line << "\n";
    return Ok;
}

int exportCommand(const Workspace &ws, const QString &name, const QString &path, Io &io)
{
    const std::optional<QJsonObject> definition = workflow::workflowJson(ws, name);
    if (!definition) {
        io.err << "switchboard-cli: no workflow \"" << name << "\" in the workspace ('switchboard-cli workflow list')\n";
        return Failed;
    }
    const QByteArray bytes = workflow::exportWorkflow(*definition, QDateTime::currentMSecsSinceEpoch());
    if (path == QLatin1String("-")) {
        io.out << QString::fromUtf8(bytes);
        return Ok;
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        io.err << "switchboard-cli: cannot write " << QDir::toNativeSeparators(path) << ": " << f.errorString() << "\n";
        return Failed;
    }
    io.err << "exported " << name << " to " << QDir::toNativeSeparators(path) << "\n";
    return Ok;
}

// Keeps a definition that went into the workspace as a version: its number, or nullopt (said on stderr).
std::optional<int> keepVersion(workflow::VersionStore &store, const QJsonObject &definition, const QString &note, Io &io)
{
    auto version = store.save(definition, QStringLiteral("cli"), note);
    if (!version) {
        io.err << "switchboard-cli: " << definition.value(QLatin1String("name")).toString()
               << " is in the workspace, but its version was not kept: " << version.error().message << "\n";
        return std::nullopt;
    }
    return version->version.number;
}

int importCommand(Workspace ws, const QString &path, const QCommandLineParser &p, const DataPaths &paths, Io &io)
{
    const bool replace = p.isSet(QStringLiteral("replace"));
    const bool keepBoth = p.isSet(QStringLiteral("keep-both"));
    if (replace && keepBoth) {
        io.err << "switchboard-cli workflow import: --replace and --keep-both exclude each other\n";
        return Usage;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        io.err << "switchboard-cli: cannot read " << QDir::toNativeSeparators(path) << ": " << f.errorString() << "\n";
        return Failed;
    }
    auto definition = workflow::readWorkflowFile(f.readAll(), QDir::toNativeSeparators(path));
    if (!definition) {
        io.err << "switchboard-cli: " << definition.error().message << "\n";
        return Failed;
    }
    workflow::ImportOptions options;
    options.name = p.value(QStringLiteral("as"));
    options.clash = replace ? workflow::NameClash::Replace : keepBoth ? workflow::NameClash::KeepBoth : workflow::NameClash::Refuse;
    const QString target = options.name.isEmpty() ? definition->value(QLatin1String("name")).toString() : options.name;
    auto db = openDatabase(paths.dataDir);
    if (!db) {
        io.err << "switchboard-cli: " << db.error().message << "\n";
        return Failed;
    }
    workflow::VersionStore store(*db);
    // a workflow the file replaces stays in the history
    if (auto recorded = recordWorkspaceVersion(store, ws, target); !recorded) {
        io.err << "switchboard-cli: " << recorded.error().message << "\n";
        return Failed;
    }
    auto imported = workflow::importWorkflow(ws, *definition, options);
    if (!imported) {
        io.err << "switchboard-cli: " << imported.error().message
               << ": import it with --replace (the workspace's one stays in its versions), --keep-both or --as NEW-NAME\n";
        return Failed;
    }
    const QString name = imported->definition.value(QLatin1String("name")).toString();
    if (imported->outcome == workflow::Imported::Outcome::Unchanged) {
        io.err << "the workspace has " << name << " already, unchanged\n";
        return Ok;
    }
    if (auto saved = WorkspaceFile::save(ws, paths.workspaceFile); !saved) {
        io.err << "switchboard-cli: " << saved.error().message << "\n";
        return Failed;
    }
    const std::optional<int> version = keepVersion(store, imported->definition, QStringLiteral("imported from %1").arg(QFileInfo(path).fileName()),
                                                   io);
    if (!version)
        return Failed;
    io.err << (imported->outcome == workflow::Imported::Outcome::Replaced ? "replaced " : "imported ") << name << " from "
           << QDir::toNativeSeparators(path) << " (version " << *version << ")\n";
    return Ok;
}

int templatesCommand(Io &io, bool json)
{
    QJsonArray out;
    for (const workflow::WorkflowTemplate &t : workflow::templates()) {
        QJsonArray slotList;
        for (const workflow::TemplateSlot &s : t.templateSlots)
            slotList.append(QJsonObject{
                {QStringLiteral("name"), s.name},
                {QStringLiteral("kind"), s.kind == workflow::TemplateSlot::Kind::Model ? QStringLiteral("model") : QStringLiteral("collection")},
                {QStringLiteral("description"), s.description}});
        if (json) {
            out.append(QJsonObject{{QStringLiteral("id"), t.id},
                                   {QStringLiteral("title"), t.title},
                                   {QStringLiteral("description"), t.description},
                                   {QStringLiteral("slots"), slotList}});
            continue;
        }
        io.out << t.id << "  " << t.title << "\n    " << t.description << "\n";
        for (const workflow::TemplateSlot &s : t.templateSlots)
            io.out << "    --use " << s.name << "=" << (s.kind == workflow::TemplateSlot::Kind::Model ? "MODEL" : "COLLECTION") << "  "
                   << s.description << "\n";
    }
    if (json)
        io.out << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact)) << "\n";
    return Ok;
}

int newCommand(Workspace ws, const QString &id, const QCommandLineParser &p, const DataPaths &paths, Io &io)
{
    const workflow::WorkflowTemplate *t = workflow::findTemplate(id);
    if (!t) {
        io.err << "switchboard-cli: there is no template \"" << id << "\" ('switchboard-cli workflow templates' lists them)\n";
        return Failed;
    }
    QHash<QString, QString> values;
    for (const QString &use : p.values(QStringLiteral("use"))) {
        const qsizetype eq = use.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            io.err << "switchboard-cli workflow new: --use takes SLOT=MODEL or SLOT=COLLECTION, not \"" << use << "\"\n";
            return Usage;
        }
        values.insert(use.left(eq), use.mid(eq + 1));
    }
    auto definition = workflow::instantiate(*t, p.value(QStringLiteral("as")), values);
    if (!definition) {
        io.err << "switchboard-cli: " << definition.error().message << "\n";
        return Failed;
    }
    auto imported = workflow::importWorkflow(ws, *definition);
    const QString name = definition->value(QLatin1String("name")).toString();
    if (!imported) {
        io.err << "switchboard-cli: " << imported.error().message << ": name the new one with --as NAME\n";
        return Failed;
    }
    if (imported->outcome == workflow::Imported::Outcome::Unchanged) {
        io.err << "the workspace has " << name << " already, unchanged\n";
        return Ok;
    }
    auto db = openDatabase(paths.dataDir);
    if (!db) {
        io.err << "switchboard-cli: " << db.error().message << "\n";
        return Failed;
    }
    if (auto saved = WorkspaceFile::save(ws, paths.workspaceFile); !saved) {
        io.err << "switchboard-cli: " << saved.error().message << "\n";
        return Failed;
    }
    workflow::VersionStore store(*db);
    if (!keepVersion(store, imported->definition, QStringLiteral("from the template %1").arg(t->id), io))
        return Failed;
    io.err << "added " << name << " from the template " << t->id << " ('switchboard-cli workflow run " << name << " --input FILE.json')\n";
    return Ok;
}

} // namespace

int workflowCommand(const QStringList &args, Io &io)
{
    QCommandLineParser p;
    addDataOptions(p);
    p.addPositionalArgument(QStringLiteral("action"),
                            QStringLiteral("list, validate, run, runs, resume, versions, restore, diff, export, import, templates or new."));
    p.addOption({QStringLiteral("input"), QStringLiteral("run: the input, a JSON file (- reads standard input)."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("max-cost"), QStringLiteral("run, resume: the most the run may spend, in dollars."), QStringLiteral("USD")});
    p.addOption({QStringLiteral("approve"), QStringLiteral("resume: approve the review of STEP, with JSON to change the value (repeatable)."),
                 QStringLiteral("STEP[=JSON]")});
    p.addOption({QStringLiteral("as"), QStringLiteral("import, new: the name the workflow gets in the workspace."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("replace"), QStringLiteral("import: replace the workspace's workflow of the same name.")});
    p.addOption({QStringLiteral("keep-both"), QStringLiteral("import: keep the workspace's workflow of the same name; the file's becomes NAME-2.")});
    p.addOption(
        {QStringLiteral("use"), QStringLiteral("new: the model or collection in a template's slot (repeatable)."), QStringLiteral("SLOT=VALUE")});
    p.addOption({QStringLiteral("json"), QStringLiteral("Print JSON on stdout (scripts).")});
    if (int rc = parseCommand(p, QStringLiteral("workflow"), args, io); rc >= 0)
        return rc;
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(0);
    const bool json = p.isSet(QStringLiteral("json"));
    // each action with how many words it takes (itself included); -1: at most two
    static const QHash<QString, qsizetype> actions{{QStringLiteral("list"), -1},   {QStringLiteral("validate"), -1}, {QStringLiteral("run"), 2},
                                                   {QStringLiteral("runs"), -1},   {QStringLiteral("resume"), 2},    {QStringLiteral("versions"), 2},
                                                   {QStringLiteral("restore"), 3}, {QStringLiteral("diff"), 4},      {QStringLiteral("export"), 3},
                                                   {QStringLiteral("import"), 2},  {QStringLiteral("templates"), 1}, {QStringLiteral("new"), 2}};
    if (!actions.contains(action)) {
        io.err << (action.isEmpty() ? QString() : QStringLiteral("switchboard-cli workflow: unknown action '%1'\n").arg(action)) << kUsage;
        return Usage;
    }
    const qsizetype wanted = actions.value(action);
    if ((wanted > 0 && pos.size() != wanted) || (wanted < 0 && pos.size() > 2)) {
        io.err << "switchboard-cli workflow " << action << ": wrong arguments\n" << kUsage;
        return Usage;
    }
    bool badCost = false;
    const std::optional<double> maxCost = maxCostOption(p, io, &badCost);
    if (badCost)
        return Usage;
    const DataPaths paths = dataPaths(p);
    if (action == QLatin1String("templates"))
        return templatesCommand(io, json);
    if (action == QLatin1String("runs"))
        return listRuns(paths.dataDir, pos.value(1), io, json);

    auto ws = WorkspaceFile::load(paths.workspaceFile);
    if (!ws) {
        io.err << "switchboard-cli: " << ws.error().message << "\n";
        return Failed;
    }
    if (action == QLatin1String("versions") || action == QLatin1String("restore") || action == QLatin1String("diff"))
        return versionCommand(action, pos, *ws, paths, io, json);
    if (action == QLatin1String("export"))
        return exportCommand(*ws, pos.at(1), pos.at(2), io);
    if (action == QLatin1String("import"))
        return importCommand(*ws, pos.at(1), p, paths, io);
    if (action == QLatin1String("new"))
        return newCommand(*ws, pos.at(1), p, paths, io);
    const Library library = Library::fromWorkspace(*ws);

    if (action == QLatin1String("list")) {
        QJsonArray out;
        for (const Definition &d : library.workflows) {
            const QString key = d.name.isEmpty() ? QStringLiteral("(without a name)") : d.name;
            const QList<workflow::Problem> problems = library.problems.value(d.name);
            if (json) {
                QJsonArray listed;
                for (const workflow::Problem &problem : problems)
                    listed.append(problem.toString());
                out.append(QJsonObject{{QStringLiteral("name"), d.name},
                                       {QStringLiteral("description"), d.description},
                                       {QStringLiteral("steps"), int(d.allSteps().size())},
                                       {QStringLiteral("problems"), listed}});
                continue;
            }
            io.out << key.leftJustified(24) << " " << QStringLiteral("%1 step(s)").arg(d.allSteps().size()).leftJustified(11) << " "
                   << (problems.isEmpty() ? QStringLiteral("valid") : QStringLiteral("%1 problem(s)").arg(problems.size()));
            if (!d.description.isEmpty())
                io.out << "  " << d.description;
            io.out << "\n";
        }
        if (json)
            io.out << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact)) << "\n";
        else if (library.workflows.isEmpty())
            io.err << "the workspace has no workflows (\"workflows\" in " << QDir::toNativeSeparators(paths.workspaceFile) << ")\n";
        return Ok;
    }

    if (action == QLatin1String("validate")) {
        QList<std::pair<QString, QList<workflow::Problem>>> checked;
        const QString what = pos.value(1);
        if (what.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) && QFileInfo::exists(what)) {
            QFile f(what);
            if (!f.open(QIODevice::ReadOnly)) {
                io.err << "switchboard-cli: cannot read " << QDir::toNativeSeparators(what) << ": " << f.errorString() << "\n";
                return Failed;
            }
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
            if (!doc.isObject()) {
                io.err << QDir::toNativeSeparators(what) << ": not a JSON object (" << error.errorString() << " at offset " << error.offset << ")\n";
                return Failed;
            }
            QList<workflow::Problem> problems;
            Definition::read(doc.object(), problems);
            checked << std::pair{QDir::toNativeSeparators(what), problems};
        } else if (!what.isEmpty()) {
            if (!library.find(what)) {
                io.err << "switchboard-cli: no workflow \"" << what << "\" in the workspace ('switchboard-cli workflow list')\n";
                return Failed;
            }
            checked << std::pair{what, library.problems.value(what)};
        } else {
            for (const Definition &d : library.workflows)
                checked << std::pair{d.name, library.problems.value(d.name)};
        }
        int invalid = 0;
        for (const auto &[name, problems] : checked) {
            if (problems.isEmpty()) {
                io.out << name << ": valid\n";
                continue;
            }
            ++invalid;
            printProblems(name, problems, io);
        }
        return invalid ? Failed : Ok;
    }

    auto session = openSession(*ws, paths.dataDir);
    if (!session) {
        io.err << "switchboard-cli: " << session.error().message << "\n";
        return Failed;
    }
    // runs a crashed app or CLI left running can be resumed
    session->runner->recover();

    if (action == QLatin1String("run")) {
        const QString name = pos.at(1);
        const Definition *d = library.find(name);
        if (!d) {
            io.err << "switchboard-cli: no workflow \"" << name << "\" in the workspace ('switchboard-cli workflow list')\n";
            return Failed;
        }
        if (library.problems.contains(name)) {
            printProblems(name, library.problems.value(name), io);
            return Failed;
        }
        auto input = readInput(p.value(QStringLiteral("input")));
        if (!input) {
            io.err << "switchboard-cli: " << input.error().message << "\n";
            return Failed;
        }
        workflow::RunOptions options;
        options.maxCostUsd = maxCost;
        options.startedBy = QStringLiteral("cli");
        return follow(*session, io, json, [&](Runner &runner) { return runner.start(*d, *input, options); });
    }

    // resume
    const QString runId = pos.at(1);
    workflow::ResumeOptions options;
    options.maxCostUsd = maxCost;
    for (const QString &approval : p.values(QStringLiteral("approve"))) {
        const qsizetype eq = approval.indexOf(QLatin1Char('='));
        QJsonValue value;
        if (eq > 0) {
            const QJsonDocument doc = QJsonDocument::fromJson("[" + approval.mid(eq + 1).toUtf8() + "]");
            if (doc.array().size() != 1) {
                io.err << "switchboard-cli workflow: --approve " << approval.left(eq) << "=... takes a JSON value (quote text: '\"text\"')\n";
                return Usage;
            }
            value = doc.array().first();
        }
        options.reviews.insert(eq > 0 ? approval.left(eq) : approval, value);
    }
    return follow(*session, io, json, [&](Runner &runner) -> Expected<QString> {
        std::optional<Expected<void>> resumed;
        QEventLoop wait;
        runner.resume(runId, options, [&](Expected<void> r) {
            resumed.emplace(std::move(r));
            wait.quit();
        });
        if (!resumed)
            wait.exec();
        if (!*resumed)
            return resumed->error();
        return runId;
    });
}

} // namespace sb::cli
