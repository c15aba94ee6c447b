#pragma once

#include "core/store/OrderBlob.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <initializer_list>

namespace PayDesk {

// The cache's side of OrderBlob (schema 6): the zstd dictionaries kept in the cache, a first one trained
// on the orders being stored, and the conversion of a schema-5 cache's rows to packed blobs. The
// conversion commits a few thousand rows at a time and keeps its place in the cache (pack_progress), so a
// conversion cut short (a crash, a kill) goes on where it stopped at the next open; then the file is
// compacted (VACUUM) to give the space back.
class PackedOrders
{
public:
    static constexpr int RowsPerStep = 5000;
    static constexpr int TrainingSamples = 2000;

    // Every dictionary the cache holds into BLOB, the newest one for packing.
    static bool loadDictionaries(const QSqlDatabase& db, OrderBlob* blob);
    // The dictionaries the cache holds, oldest first (empty when it holds none, or cannot be read).
    static QList<QByteArray> dictionaries(const QSqlDatabase& db, bool* ok = nullptr);
    // Keeps DICTIONARY in the cache unless it is there already (inside the caller's transaction).
    static bool keep(const QSqlDatabase& db, const QByteArray& dictionary, QSqlError* error = nullptr);
    // Trains a dictionary on SAMPLES (CBOR), keeps it in the cache and in BLOB for packing. False when the
    // samples are too few to train on (BLOB packs without a dictionary then) or the cache refused it.
    static bool trainAndKeep(const QSqlDatabase& db, const QList<QByteArray>& samples, OrderBlob* blob);
    // Starts the conversion (inside migration 6's transaction): marks where it begins.
    static QStringList migrationStatements();
    // True while a conversion has rows left (started by migration 6, or cut short).
    static bool isConverting(const QSqlDatabase& db);
    // Packs the rows left, at most MAX_STEPS steps of RowsPerStep rows (-1: all of them), then compacts
    // the file. False with ERROR when SQLite failed; the rows done so far stay done.
    static bool convert(const QSqlDatabase& db, OrderBlob* blob, QString* error, int maxSteps = -1);

    // Compacts the file after a conversion (VACUUM) and, when that worked (COMPACTED), ends it: PROGRESS_TABLE
    // emptied. Not compacting (another reader) is no error: the next open tries again.
    static bool compact(const QSqlDatabase& db, const QString& progressTable, bool* compacted, QString* error);
    // Ends a conversion step begun in a transaction on DB: its place (the last row id done, -1: none left, MORE
    // false) kept in PROGRESS_TABLE and the step committed when OK, else rolled back with the first error of USED.
    static bool endStep(const QSqlDatabase& db, const QString& progressTable, qint64 last, bool ok,
                        std::initializer_list<const QSqlQuery*> used, bool* more, QString* error);

private:
    static bool step(const QSqlDatabase& db, OrderBlob* blob, bool* more, QString* error);
};

} // namespace PayDesk
