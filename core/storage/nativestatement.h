#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <vector>

class QSqlQuery;
struct sqlite3;
struct sqlite3_stmt;

namespace sb::sql {

// One statement on a connection through SQLite's C API (SB_LEDGER_SQLITE_C_API; its functions are
// defined only in such builds, on the connection sql::nativeSqlite() gives): the ledger writer's
// statements, the monitoring rollups', the evaluator's minute reads and the workflow run store's batch
// bind and step through it, without a QVariant per column. SQLite re-prepares it by itself after a
// schema change. Text and blobs bound must stay alive until step() (they are not copied). A failed bind
// shows at the next step().
class NativeStatement
{
public:
    NativeStatement() = default;
    ~NativeStatement();
    Q_DISABLE_COPY_MOVE(NativeStatement)

    bool prepare(::sqlite3 *db, const char *sql); // false: sqlite3_errmsg(db) says why
    // A statement another owner prepared and finalises: Qt's driver, for a QSqlQuery kept across batches
    // (nativeStatementOf()), which it finalises when its connection closes (a statement of our own would
    // keep the connection from closing). Never finalised here; its bindings are cleared when this goes,
    // since they may point into this object's copies.
    void borrow(::sqlite3 *db, ::sqlite3_stmt *stmt);
    bool isPrepared() const { return m_stmt != nullptr; }
    void bindInt(int i, qint64 v); // i: 0-based
    void bindNull(int i);
    void bindText(int i, const QString &s); // a null string binds ''; the text is copied (short ASCII) or must stay alive
    void bindUtf8(int i, const QByteArray &s);
    void bindBlob(int i, const QByteArray &bytes); // an empty array binds NULL
    // SQLITE_ROW, SQLITE_DONE or an error code (a failed bind gives SQLITE_MISUSE without stepping).
    // After DONE the statement is reset (its bindings stay); after an error, read errorMessage(), then
    // reset() (which would replace the message).
    int step();
    // step() until DONE (rows are skipped): true when it got there.
    bool run();
    bool columnIsNull(int i) const;
    qint64 columnInt(int i) const;
    QByteArrayView columnBlob(int i) const; // valid until the next step() or reset()
    void reset();
    void clearBindings();
    // The connection's last error, as SQLite said it.
    QString errorMessage() const;
    ::sqlite3 *connection() const { return m_db; }

private:
    ::sqlite3 *m_db = nullptr;
    ::sqlite3_stmt *m_stmt = nullptr;
    bool m_bindFailed = false;
    bool m_borrowed = false;
    std::vector<QByteArray> m_text; // by column: bindText()'s UTF-8 copy, kept until that column's next bind
};

// The driver's SQLite statement behind a prepared QSqlQuery (as Qt's QSQLITE gives it), or null: not
// prepared, another driver, or a connection closed since (the driver finalised it).
::sqlite3_stmt *nativeStatementOf(const QSqlQuery &query);

} // namespace sb::sql
