#pragma once

#include "common/expected.h"
#include "storage/sql.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

namespace sb {

struct Migration {
    int version = 0;
    QString name; // file name, for messages
    QString sql;
};

// SQLite database in WAL mode with a connection per thread and numbered migrations; or a PostgreSQL
// database (Qt's QPSQL driver) named by a URL, postgresql://USER@HOST:PORT/DATABASE, for processes that
// share one (the team server).
//
// Migrations are files NNNN_name.sql (NNNN from 0001, no gaps) in a directory, by default the
// ":/migrations" resource. Each is applied in its own transaction together with the new schema
// version in the meta table; a failing migration leaves the database at the previous version. They are
// written for SQLite; each statement goes through sql::forDialect first (storage/sql.h: the one place
// where the two differ), which rewrites it for PostgreSQL or skips one tagged for the other database.
class Database final
{
public:
    // One enum for both: the connection's dialect is what sql::forDialect takes.
    using Dialect = sql::Dialect;

    static QString defaultMigrationsDirectory() { return QStringLiteral(":/migrations"); }

    // Opens (creating if needed) and migrates the database at path on the calling thread. A path that
    // starts with postgresql:// opens that PostgreSQL database instead (it must exist; no password in
    // the URL: trust, peer or a ~/.pgpass entry).
    [[nodiscard]] static Expected<std::shared_ptr<Database>> open(const QString &path,
                                                                  const QString &migrationsDirectory = defaultMigrationsDirectory());

    [[nodiscard]] static Expected<QList<Migration>> loadMigrations(const QString &directory);
    // Splits a migration script into statements (handles quotes, comments and trigger bodies).
    static QStringList splitStatements(const QString &sql);

    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    // The connection owned by the calling thread, opened on first use and closed when the thread
    // finishes (or when the Database is destroyed, for the thread that destroys it).
    [[nodiscard]] Expected<QSqlDatabase> connection() const;
    // Closes the calling thread's connection (no copy of it may be alive): the next connection()
    // opens a new one, which sees the file as it is now (writable again after a read-only open).
    void closeConnection() const;

    [[nodiscard]] Expected<int> schemaVersion() const;
    int latestVersion() const { return m_latestVersion; }
    QString path() const { return m_path; }
    Dialect dialect() const { return m_dialect; }
    static bool isPostgreSqlUrl(const QString &path);

private:
    struct Shared;
    Database(QString path, int latestVersion, Dialect dialect);
    [[nodiscard]] Expected<void> migrate(const QList<Migration> &migrations);

    QString m_path;
    int m_latestVersion = 0;
    Dialect m_dialect = Dialect::Sqlite;
    std::shared_ptr<Shared> m_shared;
};

} // namespace sb
