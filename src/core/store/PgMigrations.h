#pragma once

#include <QStringList>

namespace PayDesk {

// The team database's schema on PostgreSQL, as the list of steps that built it (as Migrations does for
// SQLite). Step N takes a database from version N-1 to N; steps are never edited once released.
class PgMigrations
{
public:
    static int latestVersion();
    static QStringList step(int version);
    // The statement that grants PRIVILEGES on TABLES to the roles that write orders (the desks', README):
    // an upgraded team database's triggers write TABLES on their behalf.
    static QString grantToOrderWriters(const char* privileges, const char* tables);
};

} // namespace PayDesk
