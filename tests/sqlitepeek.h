#pragma once

// A look into a database file from outside the program that writes it (the way a test reads what a
// killed process left): a connection of its own, opened and closed around one query.
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace sb::testing {

// The first column of the first row of `sql` in the SQLite file `path`; -1 when it cannot be read.
inline qint64 peekScalar(const QString &path, const QString &sql)
{
    qint64 v = -1;
    const QString name = QStringLiteral("peek");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                v = q.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return v;
}

} // namespace sb::testing
