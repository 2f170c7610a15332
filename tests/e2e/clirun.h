#pragma once

#include "testpaths.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QStringList>

#include <functional>

namespace sb::testing {

// One run of switchboard-cli as a user starts it: exit code (-2: it crashed, -1: it did not end in
// time), stdout and stderr. The wait spins this thread's event loop, so an in-process fake upstream
// keeps answering meanwhile.
struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

struct CliOptions {
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QByteArray stdinData; // null: stdin is closed at once
    std::function<void(QProcess &)> during; // runs once the process started (signals, reads)
    int timeoutMs = 60000;
};

inline CliRun runCli(const QStringList &args, const CliOptions &options = {})
{
    QProcess p;
    p.setProcessEnvironment(options.environment);
    p.start(binPath(QStringLiteral("switchboard-cli")), args);
    p.waitForStarted();
    if (!options.stdinData.isNull())
        p.write(options.stdinData);
    p.closeWriteChannel();
    if (options.during)
        options.during(p);
    QSignalSpy done(&p, &QProcess::finished);
    CliRun r;
    if (p.state() != QProcess::NotRunning && !done.wait(options.timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace sb::testing
