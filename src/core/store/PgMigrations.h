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
};

} // namespace PayDesk
