#pragma once

#include "core/model/Order.h"
#include "core/team/TeamDatabase.h"

#include <QSqlDatabase>
#include <QStringList>

namespace PayDesk {
class PgOrderStore;
}

// The benchmark's PostgreSQL side: the cluster bench/run.sh gives (pg_virtualenv's PGHOST, PGPORT,
// PGUSER, PGPASSWORD), databases of its own on it, and the fastest bulk path there is (COPY).
namespace PgBulk {

bool available();
QString password();
PayDesk::TeamDatabase server(const QString& database);
// Drops DATABASE if it is there and creates it empty.
bool recreate(const QString& database);
// Opens STORE on DATABASE (creating the schema); prints why not.
bool open(PayDesk::PgOrderStore& store, const QString& database);
// The same rows PgOrderStore::upsert writes, in one COPY into STORE's orders table.
bool copy(PayDesk::PgOrderStore& store, const QString& profile, const QList<PayDesk::Order>& orders);
// Drops the indexes of the orders table and of its words (order_words) that back no constraint, giving
// their definitions back.
QStringList dropIndexes(const QSqlDatabase& db);
bool run(const QSqlDatabase& db, const QString& sql);
qint64 databaseBytes(const QSqlDatabase& db);

} // namespace PgBulk
