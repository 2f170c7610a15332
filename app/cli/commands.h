#pragma once

#include "common/expected.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace sb::cli {

struct Io {
    QTextStream &out;
    QTextStream &err;
};

// One sub-command of switchboard-cli. run() returns the process exit code.
struct Command {
    QString name;
    QString summary; // one line for --help
    std::function<int(const QStringList &args, Io &io)> run;
};

// Exit codes: 0 ok, 1 the command failed, 2 wrong usage.
enum ExitCode { Ok = 0, Failed = 1, Usage = 2 };

QList<Command> commands();
int dispatch(const QStringList &arguments, Io &io);

// Shared by the commands.
void addDataOptions(QCommandLineParser &parser);
// What --data-dir and --workspace name, with the defaults filled in: one place for every command.
struct DataPaths {
    QString dataDir;
    QString workspaceFile;
};
DataPaths dataPaths(const QCommandLineParser &p);
// --database URL: the commands that can use a team's PostgreSQL server instead of the data directory's
// SQLite file (serve, db, monitor, team).
void addDatabaseOption(QCommandLineParser &parser);
// The database those commands open: --database, else the data directory's file.
QString databaseLocation(const QCommandLineParser &p, const DataPaths &where);
// Dollars as the commands print them: "$0", six decimals under a cent, four above.
QString money(double usd);
// Parses a sub-command's options; returns -1 to go on, or the exit code (help printed, bad usage).
int parseCommand(QCommandLineParser &parser, const QString &name, const QStringList &args, Io &io);

// An error as every command prints it; returns Failed.
int failed(Io &io, const Error &e);
// A text table: the columns padded to their widest cell.
void printTable(Io &io, const QList<QStringList> &rows);
void printJson(Io &io, const QJsonObject &o);

int modelsCommand(const QStringList &args, Io &io);
int chatCommand(const QStringList &args, Io &io);
int serveCommand(const QStringList &args, Io &io);
int kbCommand(const QStringList &args, Io &io);
int workflowCommand(const QStringList &args, Io &io);
int monitorCommand(const QStringList &args, Io &io);
int teamCommand(const QStringList &args, Io &io);

} // namespace sb::cli
