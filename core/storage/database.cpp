#include "storage/database.h"

#include "common/logging.h"
#include "common/privatefiles.h"
#include "storage/sql.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>

#include <atomic>

namespace sb {

namespace {

std::atomic<quint64> g_nextDatabaseId{1};

QString sqlError(const QSqlError &e)
{
    QString text = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    return text.trimmed();
}

Expected<int> readVersion(QSqlDatabase &db)
{
    QSqlQuery q(db);
    const QString hasMeta = db.driverName() == QLatin1String("QPSQL")
        ? QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'meta'")
        : QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'");
    if (!q.exec(hasMeta)) {
        const QString msg = sqlError(q.lastError());
        if (msg.contains(QLatin1String("not a database"), Qt::CaseInsensitive) || msg.contains(QLatin1String("malformed"), Qt::CaseInsensitive))
            return Error::make(Error::Kind::Parse,
                               QStringLiteral("%1 is not a Switchboard database (SQLite says: %2). Move it away or choose another data directory.")
                                   .arg(QDir::toNativeSeparators(db.databaseName()), msg));
        return Error::make(Error::Kind::Database, QStringLiteral("cannot read the schema version: %1").arg(msg));
    }
    if (!q.next() || q.value(0).toInt() == 0)
        return 0;
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")))
        return Error::make(Error::Kind::Database, QStringLiteral("cannot read the schema version: %1").arg(sqlError(q.lastError())));
    if (!q.next())
        return 0;
    bool ok = false;
    const int v = q.value(0).toInt(&ok);
    if (!ok || v < 0)
        return Error::make(Error::Kind::Parse, QStringLiteral("the schema version in the meta table is not a number"));
    return v;
}

} // namespace

struct Database::Shared {
    quint64 id = 0;
    QString path;
    Dialect dialect = Dialect::Sqlite;
    QMutex mutex;
    QHash<QThread *, QString> connections; // thread -> connection name
};

Database::Database(QString path, int latestVersion, Dialect dialect)
    : m_path(std::move(path))
    , m_latestVersion(latestVersion)
    , m_dialect(dialect)
    , m_shared(std::make_shared<Shared>())
{
    m_shared->id = g_nextDatabaseId.fetch_add(1);
    m_shared->path = m_path;
    m_shared->dialect = dialect;
}

namespace {

// The libpq parameters a PostgreSQL URL may set in its query (?sslmode=verify-full&sslrootcert=...):
// TLS and timeouts. The password never: libpq reads PGPASSWORD or ~/.pgpass.
const QStringList &postgresUrlParameters()
{
    static const QStringList names{
        QStringLiteral("sslmode"), QStringLiteral("sslrootcert"),     QStringLiteral("sslcert"),          QStringLiteral("sslkey"),
        QStringLiteral("sslcrl"),  QStringLiteral("connect_timeout"), QStringLiteral("application_name"), QStringLiteral("target_session_attrs")};
    return names;
}

QString postgresConnectOptions(const QUrl &url)
{
    QStringList options;
    bool timeout = false;
    for (const auto &[name, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        options << name + QLatin1Char('=') + value;
        timeout = timeout || name == QLatin1String("connect_timeout");
    }
    if (!timeout)
        options << QStringLiteral("connect_timeout=10");
    return options.join(QLatin1Char(';'));
}

// Why a PostgreSQL URL cannot be used, or empty.
QString postgresUrlProblem(const QString &path)
{
    const QUrl url(path);
    const QString form = QStringLiteral("a PostgreSQL database is named postgresql://USER@HOST:PORT/DATABASE");
    if (!url.isValid() || url.host().isEmpty() || url.path().size() < 2)
        return form;
    if (!url.password().isEmpty())
        return QStringLiteral("a PostgreSQL URL must not hold the password (command lines and settings are readable): set PGPASSWORD or "
                              "add it to ~/.pgpass");
    for (const auto &[name, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        if (!postgresUrlParameters().contains(name))
            return QStringLiteral("%1 is not a parameter Switchboard passes on; a PostgreSQL URL may set %2")
                .arg(name, postgresUrlParameters().join(QStringLiteral(", ")));
        if (value.contains(QLatin1Char(';')) || value.contains(QLatin1Char(' ')))
            return QStringLiteral("the value of %1 must not contain spaces or semicolons").arg(name);
    }
    return {};
}

} // namespace

bool Database::isPostgreSqlUrl(const QString &path)
{
    return path.startsWith(QLatin1String("postgresql://")) || path.startsWith(QLatin1String("postgres://"));
}

Database::~Database()
{
    closeConnection();
}

Expected<QSqlDatabase> Database::connection() const
{
    QThread *thread = QThread::currentThread();
    {
        QMutexLocker lock(&m_shared->mutex);
        const auto it = m_shared->connections.constFind(thread);
        if (it != m_shared->connections.constEnd())
            return QSqlDatabase::database(*it, false);
    }
    const QString name = QStringLiteral("switchboard-%1-%2").arg(m_shared->id).arg(quintptr(thread), 0, 16);
    const bool postgres = m_shared->dialect == Dialect::PostgreSql;
    QSqlDatabase db = QSqlDatabase::addDatabase(postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), name);
    if (postgres) {
        const QUrl url(m_shared->path);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
        db.setConnectOptions(postgresConnectOptions(url));
    } else {
        db.setDatabaseName(m_shared->path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    }
    if (!db.open()) {
        const QString msg = sqlError(db.lastError());
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        if (postgres)
            return Error::make(Error::Kind::Io,
                               QStringLiteral("cannot connect to %1: %2 (check that the server runs and takes connections from this machine, "
                                              "that the database exists, and that a password it needs is in PGPASSWORD or ~/.pgpass)")
                                   .arg(m_shared->path, msg.trimmed()));
        return Error::make(Error::Kind::Io, QStringLiteral("cannot open %1: %2").arg(QDir::toNativeSeparators(m_shared->path), msg));
    }
    if (!postgres) {
        QSqlQuery q(db);
        // cache_size: up to 64 MiB of pages per connection (SQLite's default is 2 MiB), taken only as
        // pages are read. A knowledge search reads the lengths of thousands of scattered passages;
        // at a million passages the default cache made it half again as slow (bench/knowledge).
        for (const auto *pragma :
             {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL", "PRAGMA foreign_keys = ON", "PRAGMA cache_size = -65536"}) {
            if (!q.exec(QString::fromLatin1(pragma)))
                qCWarning(lcDatabase) << pragma << "failed:" << sqlError(q.lastError());
        }
    }
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->connections.insert(thread, name);
    }
    {
        // Close the connection when its thread ends: QSqlDatabase connections belong to one thread.
        std::weak_ptr<Shared> weak = m_shared;
        QObject::connect(
            thread, &QThread::finished, thread,
            [weak, thread, name] {
                if (auto shared = weak.lock()) {
                    QMutexLocker lock(&shared->mutex);
                    shared->connections.remove(thread);
                }
                {
                    QSqlDatabase conn = QSqlDatabase::database(name, false);
                    conn.close();
                }
                QSqlDatabase::removeDatabase(name);
            },
            Qt::DirectConnection);
    }
    return db;
}

void Database::closeConnection() const
{
    QString name;
    {
        QMutexLocker lock(&m_shared->mutex);
        name = m_shared->connections.take(QThread::currentThread());
    }
    if (name.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

Expected<int> Database::schemaVersion() const
{
    auto db = connection();
    if (!db)
        return db.error();
    return readVersion(*db);
}

QStringList Database::splitStatements(const QString &sql)
{
    QStringList out;
    QString current;
    bool inSingle = false, inDouble = false, inLineComment = false, inBlockComment = false, inDollar = false;
    int beginDepth = 0; // BEGIN ... END blocks of triggers
    auto flushWord = [&](const QString &word) {
        const QString w = word.toUpper();
        if (w == QLatin1String("BEGIN") && sql::withoutDialectTag(current.trimmed()).startsWith(QLatin1String("CREATE"), Qt::CaseInsensitive)
            && current.contains(QLatin1String("TRIGGER"), Qt::CaseInsensitive))
            ++beginDepth;
        else if (w == QLatin1String("END") && beginDepth > 0)
            --beginDepth;
    };
    QString word;
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        const QChar next = i + 1 < sql.size() ? sql.at(i + 1) : QChar();
        if (inLineComment) {
            if (c == QLatin1Char('\n'))
                inLineComment = false;
            continue;
        }
        if (inBlockComment) {
            if (c == QLatin1Char('*') && next == QLatin1Char('/')) {
                inBlockComment = false;
                ++i;
            }
            continue;
        }
        if (inDollar) {
            // a PostgreSQL function body, $$ ... $$: its semicolons end its own statements
            if (c == QLatin1Char('$') && next == QLatin1Char('$')) {
                inDollar = false;
                current += QLatin1String("$$");
                ++i;
                continue;
            }
            current += c;
            continue;
        }
        if (!inSingle && !inDouble) {
            if (c == QLatin1Char('$') && next == QLatin1Char('$')) {
                flushWord(word);
                word.clear();
                inDollar = true;
                current += QLatin1String("$$");
                ++i;
                continue;
            }
            if (c == QLatin1Char('-') && next == QLatin1Char('-')) {
                flushWord(word);
                word.clear();
                // "-- sqlite only" / "-- postgresql only" before a statement stay with it (sql.h)
                const qsizetype eol = sql.indexOf(QLatin1Char('\n'), i);
                const QString comment = sql.mid(i, eol < 0 ? -1 : eol - i).trimmed();
                if (sql::isDialectTag(comment))
                    current += comment + QLatin1Char('\n');
                inLineComment = true;
                continue;
            }
            if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
                flushWord(word);
                word.clear();
                inBlockComment = true;
                ++i;
                continue;
            }
        }
        if (c == QLatin1Char('\'') && !inDouble)
            inSingle = !inSingle;
        else if (c == QLatin1Char('"') && !inSingle)
            inDouble = !inDouble;
        if (!inSingle && !inDouble && (c.isLetter() || c == QLatin1Char('_'))) {
            word += c;
        } else {
            if (!word.isEmpty()) {
                flushWord(word);
                word.clear();
            }
        }
        if (c == QLatin1Char(';') && !inSingle && !inDouble && beginDepth == 0) {
            const QString stmt = current.trimmed();
            if (!stmt.isEmpty())
                out << stmt;
            current.clear();
            continue;
        }
        current += c;
    }
    const QString tail = current.trimmed();
    if (!tail.isEmpty())
        out << tail;
    return out;
}

Expected<QList<Migration>> Database::loadMigrations(const QString &directory)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_[A-Za-z0-9_]+\\.sql$"));
    QDir dir(directory);
    if (!dir.exists())
        return Error::make(Error::Kind::NotFound, QStringLiteral("migrations directory %1 does not exist").arg(directory));
    QList<Migration> list;
    const auto entries = dir.entryList(QDir::Files, QDir::Name);
    for (const QString &file : entries) {
        const auto m = pattern.match(file);
        if (!m.hasMatch())
            return Error::make(Error::Kind::Validation, QStringLiteral("%1: migration files are named NNNN_name.sql").arg(file));
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            return Error::make(Error::Kind::Io, QStringLiteral("cannot read migration %1: %2").arg(file, f.errorString()));
        list.append(Migration{m.captured(1).toInt(), file, QString::fromUtf8(f.readAll())});
    }
    for (int i = 0; i < list.size(); ++i) {
        if (list.at(i).version != i + 1)
            return Error::make(
                Error::Kind::Validation,
                QStringLiteral("migration %1 is out of sequence: expected number %2").arg(list.at(i).name).arg(i + 1, 4, 10, QLatin1Char('0')));
    }
    return list;
}

Expected<std::shared_ptr<Database>> Database::open(const QString &path, const QString &migrationsDirectory)
{
    auto migrations = loadMigrations(migrationsDirectory);
    if (!migrations)
        return migrations.error();
    if (isPostgreSqlUrl(path)) {
        if (const QString problem = postgresUrlProblem(path); !problem.isEmpty())
            return Error::make(Error::Kind::Validation, QStringLiteral("%1: %2").arg(QUrl(path).toDisplayString(QUrl::RemovePassword), problem));
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            return Error::make(Error::Kind::NotFound,
                               QStringLiteral("Qt's PostgreSQL driver (QPSQL) is not installed: install it (Debian: libqt6sql6-psql) or use SQLite"));
        std::shared_ptr<Database> db(new Database(path, int(migrations->size()), Dialect::PostgreSql));
        auto migrated = db->migrate(*migrations);
        if (!migrated)
            return migrated.error();
        return db;
    }
    const QFileInfo info(path);
    // SQLite gives the -wal and -shm files the database file's mode: a private database file keeps them private too
    if (auto dir = privatefiles::secureDirectory(info.absolutePath()); !dir)
        return dir.error();
    if (auto file = privatefiles::secureFile(info.absoluteFilePath(), true); !file)
        return file.error();
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        if (auto file = privatefiles::secureFile(info.absoluteFilePath() + QLatin1String(suffix), false); !file)
            return file.error();
    }
    std::shared_ptr<Database> db(new Database(info.absoluteFilePath(), int(migrations->size()), Dialect::Sqlite));
    auto migrated = db->migrate(*migrations);
    if (!migrated)
        return migrated.error();
    return db;
}

Expected<void> Database::migrate(const QList<Migration> &migrations)
{
    auto conn = connection();
    if (!conn)
        return conn.error();
    QSqlDatabase &db = *conn;
    auto current = readVersion(db);
    if (!current)
        return current.error();
    if (*current > m_latestVersion)
        return Error::make(
            Error::Kind::Version,
            QStringLiteral("%1 has schema version %2, newer than this build knows (%3). Use a newer Switchboard or another data directory.")
                .arg(QDir::toNativeSeparators(m_path))
                .arg(*current)
                .arg(m_latestVersion));
    for (const Migration &m : migrations) {
        if (m.version <= *current)
            continue;
        if (!db.transaction())
            return Error::make(Error::Kind::Database, QStringLiteral("cannot start a transaction: %1").arg(sqlError(db.lastError())));
        QSqlQuery q(db);
        const QStringList statements = splitStatements(m.sql);
        for (const QString &stmt : statements) {
            const QString text = sql::forDialect(stmt, m_dialect);
            if (text.isEmpty())
                continue; // for the other database only
            if (!q.exec(text)) {
                const QString msg = sqlError(q.lastError());
                q.finish();
                db.rollback();
                return Error::make(Error::Kind::Database, QStringLiteral("migration %1 failed: %2").arg(m.name, msg));
            }
        }
        q.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES('schema_version', ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
        q.addBindValue(QString::number(m.version));
        if (!q.exec()) {
            const QString msg = sqlError(q.lastError());
            q.finish();
            db.rollback();
            return Error::make(Error::Kind::Database,
                               QStringLiteral("migration %1 did not leave a meta table to record its version in: %2").arg(m.name, msg));
        }
        q.finish();
        if (!db.commit()) {
            const QString msg = sqlError(db.lastError());
            db.rollback();
            return Error::make(Error::Kind::Database, QStringLiteral("migration %1 could not be committed: %2").arg(m.name, msg));
        }
        qCInfo(lcDatabase) << "applied migration" << m.name;
    }
    return {};
}

} // namespace sb
