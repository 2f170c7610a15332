#include "commands.h"

#include "common/allocator.h"
#include "common/paths.h"
#include "common/version.h"
#include "storage/database.h"
#include "storage/workspace.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

namespace sb::cli {

namespace {

QString usageText()
{
    QString text = QStringLiteral("Usage: switchboard-cli [--version] [--help] <command> [options]\n\n"
                                  "Switchboard puts every LLM provider behind one interface.\n\nCommands:\n");
    for (const Command &c : commands())
        text += QStringLiteral("  %1%2\n").arg(c.name.leftJustified(12), c.summary);
    text += QStringLiteral("\nRun 'switchboard-cli <command> --help' for a command's options.\n");
    return text;
}

} // namespace

void addDataOptions(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("data-dir"),
                 QStringLiteral("Data directory (default: %1).").arg(QDir::toNativeSeparators(paths::defaultDataDirectory())),
                 QStringLiteral("DIR")});
    p.addOption({QStringLiteral("workspace"), QStringLiteral("Workspace file (default: DIR/workspace.json)."), QStringLiteral("FILE")});
}

DataPaths dataPaths(const QCommandLineParser &p)
{
    DataPaths d;
    d.dataDir = p.isSet(QStringLiteral("data-dir")) ? p.value(QStringLiteral("data-dir")) : paths::defaultDataDirectory();
    d.workspaceFile = p.isSet(QStringLiteral("workspace")) ? p.value(QStringLiteral("workspace")) : paths::workspaceFile(d.dataDir);
    return d;
}

void addDatabaseOption(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("database"),
                 QStringLiteral("Use this database instead of the data directory's SQLite file: a team's PostgreSQL server, "
                                "postgresql://USER@HOST:PORT/DATABASE (optionally ?sslmode=verify-full&sslrootcert=FILE). The password "
                                "comes from PGPASSWORD or ~/.pgpass, never from the URL."),
                 QStringLiteral("URL")});
}

QString databaseLocation(const QCommandLineParser &p, const DataPaths &where)
{
    return p.isSet(QStringLiteral("database")) ? p.value(QStringLiteral("database")) : paths::databaseFile(where.dataDir);
}

QString money(double usd)
{
    if (usd == 0)
        return QStringLiteral("$0");
    if (usd < 0.01)
        return QStringLiteral("$%1").arg(usd, 0, 'f', 6);
    return QStringLiteral("$%1").arg(usd, 0, 'f', 4);
}

int parseCommand(QCommandLineParser &p, const QString &name, const QStringList &args, Io &io)
{
    p.setApplicationDescription(name);
    p.addHelpOption();
    if (!p.parse(QStringList{QStringLiteral("switchboard-cli ") + name} + args)) {
        io.err << "switchboard-cli " << name << ": " << p.errorText() << "\n";
        return Usage;
    }
    if (p.isSet(QStringLiteral("help"))) {
        io.out << p.helpText();
        return Ok;
    }
    return -1;
}

void printJson(Io &io, const QJsonObject &o)
{
    io.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
}

void printTable(Io &io, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = std::max(widths[i], row.at(i).size());
        }
    }
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += (i + 1 < row.size() ? row.at(i).leftJustified(widths.at(i) + 2) : row.at(i));
        io.out << line << "\n";
    }
}

int failed(Io &io, const Error &e)
{
    io.err << "switchboard-cli: " << e.message << "\n";
    return Failed;
}

namespace {

int workspaceCommand(const QStringList &args, Io &io)
{
    QCommandLineParser p;
    addDataOptions(p);
    p.addPositionalArgument(QStringLiteral("action"), QStringLiteral("check (validate the workspace file) or show (print it)."));
    if (int rc = parseCommand(p, QStringLiteral("workspace"), args, io); rc >= 0)
        return rc;
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 1 || (pos.first() != QLatin1String("check") && pos.first() != QLatin1String("show"))) {
        io.err << "switchboard-cli workspace: expected 'check' or 'show'\n";
        return Usage;
    }
    const QString file = dataPaths(p).workspaceFile;
    auto ws = WorkspaceFile::load(file);
    if (!ws) {
        io.err << "switchboard-cli: " << ws.error().message << "\n";
        return Failed;
    }
    if (pos.first() == QLatin1String("show"))
        io.out << QString::fromUtf8(ws->toJson());
    else
        io.out << QDir::toNativeSeparators(file) << ": valid, workspace \"" << ws->name << "\", " << ws->providers.size() << " provider(s)\n";
    return Ok;
}

int databaseCommand(const QStringList &args, Io &io)
{
    QCommandLineParser p;
    addDataOptions(p);
    addDatabaseOption(p);
    p.addPositionalArgument(QStringLiteral("action"), QStringLiteral("migrate (create or upgrade the database and print its schema version)."));
    if (int rc = parseCommand(p, QStringLiteral("db"), args, io); rc >= 0)
        return rc;
    if (p.positionalArguments() != QStringList{QStringLiteral("migrate")}) {
        io.err << "switchboard-cli db: expected 'migrate'\n";
        return Usage;
    }
    auto db = Database::open(databaseLocation(p, dataPaths(p)));
    if (!db) {
        io.err << "switchboard-cli: " << db.error().message << "\n";
        return Failed;
    }
    auto v = (*db)->schemaVersion();
    if (!v) {
        io.err << "switchboard-cli: " << v.error().message << "\n";
        return Failed;
    }
    io.out << ((*db)->dialect() == Database::Dialect::PostgreSql ? (*db)->path() : QDir::toNativeSeparators((*db)->path())) << ": schema version "
           << *v << "\n";
    return Ok;
}

} // namespace

QList<Command> commands()
{
    return {
        {QStringLiteral("models"), QStringLiteral("List the models of the workspace's providers, with context and prices"), modelsCommand},
        {QStringLiteral("chat"), QStringLiteral("Send one prompt to PROVIDER/MODEL and stream the answer"), chatCommand},
        {QStringLiteral("serve"), QStringLiteral("Run the local proxy (OpenAI, Anthropic and Responses endpoints) headless"), serveCommand},
        {QStringLiteral("kb"), QStringLiteral("Knowledge base: create collections, import files and folders, search"), kbCommand},
        {QStringLiteral("workflow"), QStringLiteral("Workflows: list, validate and run them, resume runs"), workflowCommand},
        {QStringLiteral("monitor"), QStringLiteral("Monitoring: models' latency and errors, SLOs and alerts"), monitorCommand},
        {QStringLiteral("team"), QStringLiteral("The team's members, roles and proxy keys (on a team's database)"), teamCommand},
        {QStringLiteral("workspace"), QStringLiteral("Validate or print the workspace file"), workspaceCommand},
        {QStringLiteral("db"), QStringLiteral("Create or upgrade the database"), databaseCommand},
    };
}

int dispatch(const QStringList &arguments, Io &io)
{
    const QStringList args = arguments.mid(1);
    if (args.isEmpty()) {
        io.err << usageText();
        return Usage;
    }
    const QString first = args.first();
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        io.out << "switchboard-cli " << SWITCHBOARD_VERSION_STRING << " (Qt " << qVersion() << ", malloc: " << allocatorName() << ")\n";
        return Ok;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        io.out << usageText();
        return Ok;
    }
    for (const Command &c : commands()) {
        if (c.name == first)
            return c.run(args.mid(1), io);
    }
    if (first.startsWith(QLatin1Char('-')))
        io.err << "switchboard-cli: unknown option '" << first << "'\n\n" << usageText();
    else
        io.err << "switchboard-cli: unknown command '" << first << "'\n\n" << usageText();
    return Usage;
}

} // namespace sb::cli
