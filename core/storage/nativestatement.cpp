#include "storage/nativestatement.h"

#include <QSqlQuery>
#include <QSqlResult>
#include <QVariant>

#if SB_LEDGER_SQLITE_C_API
#include <sqlite3.h>
#endif

namespace sb::sql {

#if SB_LEDGER_SQLITE_C_API

bool NativeStatement::prepare(sqlite3 *db, const char *sql)
{
    if (!m_borrowed)
        sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
    m_db = db;
    m_bindFailed = false;
    m_borrowed = false;
    return sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) == SQLITE_OK;
}

void NativeStatement::borrow(sqlite3 *db, sqlite3_stmt *stmt)
{
    if (!m_borrowed)
        sqlite3_finalize(m_stmt);
    m_db = db;
    m_stmt = stmt;
    m_bindFailed = false;
    m_borrowed = true;
}

void NativeStatement::bindInt(int i, qint64 v)
{
    m_bindFailed = sqlite3_bind_int64(m_stmt, i + 1, v) != SQLITE_OK || m_bindFailed;
}

void NativeStatement::bindNull(int i)
{
    m_bindFailed = sqlite3_bind_null(m_stmt, i + 1) != SQLITE_OK || m_bindFailed;
}

void NativeStatement::bindText(int i, const QString &s)
{
    // The database is UTF-8: text bound as UTF-16 is translated by SQLite at bind time (a buffer
    // allocated and filled, the value's encoding changed), and text bound as a transient copy is
    // allocated and freed again (6 % of the ledger writer's instructions in bench/workflow either way).
    // The usual text (names of providers, models, statuses, sources, request ids) is short ASCII: copied
    // here into this column's buffer, which lives until the column's next bind, and bound as it is.
    // Anything else goes as UTF-16.
    constexpr qsizetype kShort = 256;
    int rc;
    if (s.isEmpty()) {
        rc = sqlite3_bind_text(m_stmt, i + 1, "", 0, SQLITE_STATIC);
    } else if (s.size() <= kShort) {
        if (std::size_t(i) >= m_text.size())
            m_text.resize(std::size_t(i) + 1);
        QByteArray &text = m_text[std::size_t(i)];
        text.resize(s.size());
        char *to = text.data();
        const QChar *from = s.constData();
        char16_t all = 0;
        for (qsizetype n = 0; n < s.size(); ++n) {
            all |= from[n].unicode();
            to[n] = char(from[n].unicode());
        }
        rc = all < 0x80 ? sqlite3_bind_text(m_stmt, i + 1, to, int(s.size()), SQLITE_STATIC)
                        : sqlite3_bind_text16(m_stmt, i + 1, s.utf16(), int(s.size() * 2), SQLITE_STATIC);
    } else {
        rc = sqlite3_bind_text16(m_stmt, i + 1, s.utf16(), int(s.size() * 2), SQLITE_STATIC);
    }
    m_bindFailed = rc != SQLITE_OK || m_bindFailed;
}

void NativeStatement::bindUtf8(int i, const QByteArray &s)
{
    m_bindFailed = sqlite3_bind_text(m_stmt, i + 1, s.constData(), int(s.size()), SQLITE_STATIC) != SQLITE_OK || m_bindFailed;
}

void NativeStatement::bindBlob(int i, const QByteArray &bytes)
{
    const int rc = bytes.isEmpty() ? sqlite3_bind_null(m_stmt, i + 1)
                                   : sqlite3_bind_blob(m_stmt, i + 1, bytes.constData(), int(bytes.size()), SQLITE_STATIC);
    m_bindFailed = rc != SQLITE_OK || m_bindFailed;
}

int NativeStatement::step()
{
    if (m_bindFailed) {
        m_bindFailed = false;
        return SQLITE_MISUSE;
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_DONE)
        sqlite3_reset(m_stmt);
    return rc;
}

bool NativeStatement::run()
{
    for (;;) {
        const int rc = step();
        if (rc == SQLITE_DONE)
            return true;
        if (rc != SQLITE_ROW)
            return false;
    }
}

bool NativeStatement::columnIsNull(int i) const
{
    return sqlite3_column_type(m_stmt, i) == SQLITE_NULL;
}

qint64 NativeStatement::columnInt(int i) const
{
    return sqlite3_column_int64(m_stmt, i);
}

QByteArrayView NativeStatement::columnBlob(int i) const
{
    const void *data = sqlite3_column_blob(m_stmt, i);
    return QByteArrayView(static_cast<const char *>(data), data ? sqlite3_column_bytes(m_stmt, i) : 0);
}

void NativeStatement::reset()
{
    if (m_stmt)
        sqlite3_reset(m_stmt);
}

void NativeStatement::clearBindings()
{
    if (m_stmt)
        sqlite3_clear_bindings(m_stmt);
    m_bindFailed = false;
}

QString NativeStatement::errorMessage() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("not prepared");
}

#endif

NativeStatement::~NativeStatement()
{
#if SB_LEDGER_SQLITE_C_API
    if (!m_borrowed)
        sqlite3_finalize(m_stmt);
    else if (m_stmt)
        sqlite3_clear_bindings(m_stmt);
#endif
}

sqlite3_stmt *nativeStatementOf(const QSqlQuery &query)
{
    const QVariant handle = query.result() ? query.result()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3_stmt*") != 0)
        return nullptr;
    return *static_cast<sqlite3_stmt *const *>(handle.constData());
}

} // namespace sb::sql
