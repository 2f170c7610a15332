#pragma once

// Helpers the end-to-end tests share: child processes that are always ended, and the npm packages of
// tests/e2e (the official SDKs and the coding agents), installed from the lockfile when missing.
#include "testpaths.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

#include <memory>

namespace sb::testing {

// A child process that is always ended, whatever the test does.
struct Child {
    std::unique_ptr<QProcess> process = std::make_unique<QProcess>();
    QByteArray output;
    ~Child() { stop(); }
    void stop()
    {
        if (process->state() == QProcess::NotRunning)
            return;
        process->terminate();
        if (!process->waitForFinished(5000)) {
            process->kill();
            process->waitForFinished(5000);
        }
    }
    // Starts and waits for "listening on http://..." on standard output; returns the URL.
    QString start(const QString &program, const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        process->setProcessEnvironment(env);
        process->setProcessChannelMode(QProcess::SeparateChannels);
        process->start(program, args);
        if (!process->waitForStarted(10000))
            return {};
        static const QRegularExpression re(QStringLiteral("listening on (http://[0-9.:]+)"));
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 20000 && process->state() == QProcess::Running) {
            process->waitForReadyRead(200);
            output += process->readAllStandardOutput();
            const auto m = re.match(QString::fromUtf8(output));
            if (m.hasMatch())
                return m.captured(1);
        }
        output += process->readAllStandardOutput() + process->readAllStandardError();
        return {};
    }
};

inline bool writeJson(const QString &path, const QJsonObject &o)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(QJsonDocument(o).toJson()) > 0;
}

// Makes sure tests/e2e/node_modules holds `marker` (a path below it), running `npm ci` from the
// lockfile when it does not (scripts/test.sh normally did that already). Empty on success, else why not.
inline QString ensureNpmPackages(const QString &marker)
{
    const QString e2e = sourcePath(QStringLiteral("tests/e2e"));
    if (QFileInfo::exists(e2e + QStringLiteral("/node_modules/") + marker))
        return {};
    const QString npm = QStandardPaths::findExecutable(QStringLiteral("npm"));
    if (npm.isEmpty())
        return QStringLiteral("the npm packages are not installed and npm is missing: run scripts/test.sh");
    QProcess install;
    install.setWorkingDirectory(e2e);
    install.start(npm, {QStringLiteral("ci"), QStringLiteral("--no-audit"), QStringLiteral("--no-fund")});
    if (!install.waitForFinished(600000) || install.exitCode() != 0) {
        // as scripts/test.sh: a lockfile without optional packages the registry lacks, same versions
        install.start(npm, {QStringLiteral("install"), QStringLiteral("--no-audit"), QStringLiteral("--no-fund")});
        if (!install.waitForFinished(600000) || install.exitCode() != 0)
            return QStringLiteral("npm install failed: ") + QString::fromUtf8(install.readAllStandardError());
    }
    return QFileInfo::exists(e2e + QStringLiteral("/node_modules/") + marker) ? QString() : QStringLiteral("npm ci did not install ") + marker;
}

} // namespace sb::testing
