#include "commands.h"

#include "common/allocator.h"
#include "common/paths.h"
#include "common/version.h"
#include "storage/database.h"
#include "storage/workspace.h"
#include "usage/retention.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

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

QString dateTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

// switchboard-cli db retention: the ledger's retention (usage/retention.h), planned or applied.
int retentionCommand(const QCommandLineParser &p, const std::shared_ptr<Database> &db, Io &io)
{
    usage::RetentionSettings settings;
    if (const QString file = dataPaths(p).workspaceFile; QFileInfo::exists(file)) {
        auto ws = WorkspaceFile::load(file);
        if (!ws)
            return failed(io, ws.error());
        auto parsed = usage::RetentionSettings::fromJson(ws->retention);
        if (!parsed)
            return failed(io, parsed.error());
        settings = *parsed;
    }
    for (const auto &[option, field] :
         {std::pair{QStringLiteral("calls-days"), &settings.callsDays}, std::pair{QStringLiteral("traces-days"), &settings.tracesDays}}) {
        if (!p.isSet(option))
            continue;
        bool ok = false;
        const int days = p.value(option).toInt(&ok);
        if (!ok || days < 0) {
            io.err << "switchboard-cli db retention: --" << option << " takes a number of days (0 keeps them for good)\n";
            return Usage;
        }
        *field = days;
    }
    const bool apply = p.isSet(QStringLiteral("apply"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const usage::LedgerRetention retention(db);
    auto report = apply ? retention.run(settings, now) : retention.plan(settings, now);
    if (!report)
        return failed(io, report.error());
    auto oldest = retention.oldestCall();
    if (!oldest)
        return failed(io, oldest.error());
    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject o{{QStringLiteral("settings"), settings.toJson()},
                      {QStringLiteral("applied"), apply},
                      {QStringLiteral("calls"), report->calls},
                      {QStringLiteral("traces"), report->traces},
                      {QStringLiteral("requests"), report->requests},
                      {QStringLiteral("droppedPartitions"), QJsonArray::fromStringList(report->droppedPartitions)},
                      {QStringLiteral("createdPartitions"), report->createdPartitions},
                      {QStringLiteral("budgetCounters"), report->counters}};
        if (report->callsBeforeMs)
            o.insert(QStringLiteral("callsBefore"), *report->callsBeforeMs);
        if (report->tracesBeforeMs)
            o.insert(QStringLiteral("tracesBefore"), *report->tracesBeforeMs);
        if (*oldest)
            o.insert(QStringLiteral("oldestCall"), **oldest);
        printJson(io, o);
        return Ok;
    }
    const auto keep = [](int days) { return days > 0 ? QStringLiteral("%1 days").arg(days) : QStringLiteral("for good"); };
    io.out << "calls kept " << keep(settings.callsDays) << ", traces kept " << keep(settings.tracesDays)
           << "; oldest call: " << (*oldest ? dateTime(**oldest) : QStringLiteral("none")) << "\n";
    const QString verb = apply ? QStringLiteral("removed") : QStringLiteral("would remove");
    if (report->callsBeforeMs)
        io.out << verb << " " << report->calls << " calls and " << report->requests << " requests that started before "
               << dateTime(*report->callsBeforeMs) << "\n";
    if (report->tracesBeforeMs)
        io.out << verb << " " << report->traces << " traces of calls that started before " << dateTime(*report->tracesBeforeMs) << "\n";
    if (!report->droppedPartitions.isEmpty())
        io.out << (apply ? "dropped " : "would drop ") << report->droppedPartitions.join(QStringLiteral(", ")) << "\n";
    if (report->counters > 0)
        io.out << "removed " << report->counters << " budget counters of past periods\n";
    if (report->createdPartitions > 0)
        io.out << "made " << report->createdPartitions << " partitions for the months ahead\n";
    if (!apply && (report->callsBeforeMs || report->tracesBeforeMs))
        io.out << "(--apply removes them; serve and the app do it hourly)\n";
    return Ok;
}

int databaseCommand(const QStringList &args, Io &io)
{
    QCommandLineParser p;
    addDataOptions(p);
    addDatabaseOption(p);
    p.addPositionalArgument(QStringLiteral("action"),
                            QStringLiteral("migrate (create or upgrade the database and print its schema version), or retention (what the "
                                           "ledger's retention removes: the workspace's \"retention\" section, or the options below)."));
    p.addOption({QStringLiteral("calls-days"), QStringLiteral("retention: keep calls this many days (0: for good)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("traces-days"), QStringLiteral("retention: keep routing traces this many days (0: for good)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("apply"), QStringLiteral("retention: remove them now (without it, only say what would go).")});
    p.addOption({QStringLiteral("json"), QStringLiteral("retention: print JSON.")});
    if (int rc = parseCommand(p, QStringLiteral("db"), args, io); rc >= 0)
        return rc;
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 1 || (pos.first() != QLatin1String("migrate") && pos.first() != QLatin1String("retention"))) {
        io.err << "switchboard-cli db: expected 'migrate' or 'retention'\n";
        return Usage;
    }
    auto db = Database::open(databaseLocation(p, dataPaths(p)));
    if (!db) {
        io.err << "switchboard-cli: " << db.error().message << "\n";
        return Failed;
    }
    if (pos.first() == QLatin1String("retention"))
        return retentionCommand(p, *db, io);
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
        {QStringLiteral("db"), QStringLiteral("Create or upgrade the database; the ledger's retention"), databaseCommand},
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
