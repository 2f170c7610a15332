#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace sb::testing {

// The ledger's rows of a data directory's database, oldest first, each the given columns joined by a
// space ("provider, source, status"). Read on a connection of its own, closed before it returns.
inline QStringList ledgerRows(const QString &databaseFile, const QString &columns)
{
    QStringList rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("ledger"));
        db.setDatabaseName(databaseFile);
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT %1 FROM calls ORDER BY id").arg(columns));
            while (q.next()) {
                QStringList values;
                for (int i = 0; i < q.record().count(); ++i)
                    values << q.value(i).toString();
                rows << values.join(QLatin1Char(' '));
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("ledger"));
    return rows;
}

} // namespace sb::testing
