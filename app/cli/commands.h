#pragma once

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

} // namespace sb::cli
