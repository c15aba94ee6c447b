#pragma once

#include "core/store/OrderBlob.h"

#include <QSqlDatabase>
#include <QStringList>

namespace PayDesk {

// Schema 10's conversion: every stored order packed again beside its row's columns (OrderRow), with a
// dictionary trained on that smaller form; from schema 11 it also writes each gateway id in its kept form. Like
// PackedOrders' it commits a few thousand rows at a time and keeps its place (repack_progress: the last row done and
// the dictionary it packs with), so a conversion cut short goes on where it stopped at the next open; at its end the
// older dictionaries go and the file is compacted.
class RepackedOrders
{
public:
    // Starts the conversion (inside migration 10's transaction).
    static QStringList migrationStatements();
    // Starts it again over every row (inside a later migration's transaction), unless the cache holds no orders.
    static QStringList restartStatements();
    // True while a conversion has rows left (started by migration 10, or cut short).
    static bool isConverting(const QSqlDatabase& db);
    // Converts the rows left, at most MAX_STEPS steps (-1: all of them), then compacts the file. BLOB holds the
    // cache's dictionaries; it packs with the conversion's after. False with ERROR when SQLite failed; the rows
    // done so far stay done.
    static bool convert(const QSqlDatabase& db, int schema, OrderBlob* blob, QString* error, int maxSteps = -1);

private:
    static bool useDictionary(const QSqlDatabase& db, int schema, OrderBlob* blob, QString* error);
    static bool step(const QSqlDatabase& db, int schema, OrderBlob* blob, bool* more, QString* error);
    static bool finish(const QSqlDatabase& db, int schema, QString* error);
    static bool keyDamagedRows(const QSqlDatabase& db, int schema, QString* error);
};

} // namespace PayDesk
