#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTcpServer>
#include <QTemporaryDir>

#include <unistd.h>

// A throwaway PostgreSQL 15 for core tests: initdb into a temporary folder, pg_ctl on a free loopback
// port, trust authentication, stopped (immediately) and removed with the object. As root (CI) the
// server runs as the postgres user, which the postgresql package creates. Databases come from
// createDatabase(); their URLs are what sb::Database::open takes.
// In a test function (or init()) that needs the server: fails when SB_REQUIRE_POSTGRES is set (CI
// installs PostgreSQL, so a missing one is a failure there), else skips with the reason.
#define SB_REQUIRE_OR_SKIP_POSTGRES(server)                                                                                                          \
    do {                                                                                                                                             \
        if (!(server).isRunning()) {                                                                                                                 \
            if (qEnvironmentVariableIsSet("SB_REQUIRE_POSTGRES"))                                                                                    \
                QFAIL(qPrintable((server).problem()));                                                                                               \
            QSKIP(qPrintable(QStringLiteral("no PostgreSQL: ") + (server).problem()));                                                               \
        }                                                                                                                                            \
    } while (false)

namespace sb::testing {

class PostgresServer
{
public:
    PostgresServer()
    {
        for (const QString &dir : {QStringLiteral("/usr/lib/postgresql/15/bin"), QStringLiteral("/usr/lib/postgresql/16/bin"),
                                   QStringLiteral("/usr/lib/postgresql/17/bin")}) {
            if (QFile::exists(dir + QStringLiteral("/pg_ctl"))) {
                m_bin = dir;
                break;
            }
        }
        if (m_bin.isEmpty()) {
            m_problem = QStringLiteral("PostgreSQL is not installed (Debian: postgresql-15)");
            return;
        }
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
            m_problem = QStringLiteral("Qt's PostgreSQL driver is not installed (Debian: libqt6sql6-psql)");
            return;
        }
        if (!m_dir.isValid()) {
            m_problem = QStringLiteral("no temporary folder");
            return;
        }
        m_data = m_dir.filePath(QStringLiteral("data"));
        if (::geteuid() == 0 && !run(QStringLiteral("chown"), {QStringLiteral("postgres"), m_dir.path()}, false))
            return;
        if (!run(m_bin + QStringLiteral("/initdb"),
                 {QStringLiteral("-D"), m_data, QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("--auth=trust"),
                  QStringLiteral("--no-sync")}))
            return;
        {
            QTcpServer probe; // a free port
            probe.listen(QHostAddress::LocalHost);
            m_port = probe.serverPort();
        }
        const QString options = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off").arg(m_port).arg(m_dir.path());
        if (!run(m_bin + QStringLiteral("/pg_ctl"),
                 {QStringLiteral("-D"), m_data, QStringLiteral("-o"), options, QStringLiteral("-l"), m_dir.filePath(QStringLiteral("log")),
                  QStringLiteral("-w"), QStringLiteral("start")}))
            return;
        m_started = true;
    }

    ~PostgresServer()
    {
        if (m_started)
            (void)run(m_bin + QStringLiteral("/pg_ctl"),
                      {QStringLiteral("-D"), m_data, QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("stop")});
    }
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;

    bool isRunning() const { return m_started; }
    // Why it is not running (for QSKIP or a failure).
    QString problem() const { return m_problem; }
    quint16 port() const { return m_port; }

    // A new, empty database; its URL (postgresql://postgres@127.0.0.1:PORT/NAME), or empty on failure.
    QString createDatabase(const QString &name)
    {
        const QString connection = QStringLiteral("sb-test-postgres-admin");
        QString url;
        {
            QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
            admin.setHostName(QStringLiteral("127.0.0.1"));
            admin.setPort(m_port);
            admin.setUserName(QStringLiteral("postgres"));
            admin.setDatabaseName(QStringLiteral("postgres"));
            if (admin.open()) {
                QSqlQuery q(admin);
                if (q.exec(QStringLiteral("CREATE DATABASE \"%1\"").arg(name)))
                    url = QStringLiteral("postgresql://postgres@127.0.0.1:%1/%2").arg(m_port).arg(name);
                else
                    m_problem = q.lastError().text();
            } else {
                m_problem = admin.lastError().text();
            }
        }
        QSqlDatabase::removeDatabase(connection);
        return url;
    }

private:
    // Runs a tool (as the postgres user when root, unless asRoot is false), waiting for it.
    bool run(const QString &program, QStringList args, bool asPostgres = true)
    {
        QProcess p;
        QString exe = program;
        if (asPostgres && ::geteuid() == 0) {
            args.prepend(program);
            args.prepend(QStringLiteral("--"));
            args.prepend(QStringLiteral("postgres"));
            args.prepend(QStringLiteral("-u"));
            exe = QStringLiteral("runuser");
        }
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(exe, args);
        if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            m_problem = QStringLiteral("%1 failed: %2").arg(program, QString::fromLocal8Bit(p.readAll()).trimmed());
            return false;
        }
        return true;
    }

    QTemporaryDir m_dir;
    QString m_bin;
    QString m_data;
    QString m_problem;
    quint16 m_port = 0;
    bool m_started = false;
};

} // namespace sb::testing
