#include "core/store/PackedOrders.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

namespace PayDesk {

Q_LOGGING_CATEGORY(lcPacked, "paydesk.store.packed", QtInfoMsg)

namespace {
bool failed(const QSqlQuery& q, QString* error)
{
    if (error)
        *error = q.lastError().text();
    return false;
}
} // namespace

QStringList PackedOrders::migrationStatements()
{
    return {
        QStringLiteral("CREATE TABLE blob_dictionaries (id INTEGER PRIMARY KEY, dict BLOB NOT NULL)"),
        // One row while rows written before schema 6 are being packed: the last row id done.
        QStringLiteral("CREATE TABLE pack_progress (done_to INTEGER NOT NULL)"),
        QStringLiteral("INSERT INTO pack_progress (done_to) VALUES (0)"),
    };
}

QList<QByteArray> PackedOrders::dictionaries(const QSqlDatabase& db, bool* ok)
{
    QList<QByteArray> found;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const bool read = q.exec(QStringLiteral("SELECT dict FROM blob_dictionaries ORDER BY rowid"));
    while (read && q.next())
        found.append(q.value(0).toByteArray());
    if (ok)
        *ok = read;
    return found;
}

bool PackedOrders::loadDictionaries(const QSqlDatabase& db, OrderBlob* blob)
{
    bool ok = false;
    for (const QByteArray& dictionary : dictionaries(db, &ok))
        blob->addDictionary(dictionary);
    return ok;
}

bool PackedOrders::keep(const QSqlDatabase& db, const QByteArray& dictionary, QSqlError* error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO blob_dictionaries (id, dict) VALUES (?, ?)"));
    q.addBindValue(qint64(OrderBlob::dictionaryId(dictionary)));
    q.addBindValue(dictionary);
    if (!q.exec()) {
        if (error)
            *error = q.lastError();
        return false;
    }
    if (q.numRowsAffected() > 0)
        qCInfo(lcPacked) << "keeps a dictionary of" << dictionary.size() << "bytes";
    return true;
}

bool PackedOrders::trainAndKeep(const QSqlDatabase& db, const QList<QByteArray>& samples, OrderBlob* blob)
{
    const QByteArray dictionary = OrderBlob::train(samples);
    if (dictionary.isEmpty() || !keep(db, dictionary))
        return false;
    return blob->addDictionary(dictionary);
}

bool PackedOrders::isConverting(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT 1 FROM pack_progress")) && q.next();
}

bool PackedOrders::convert(const QSqlDatabase& db, OrderBlob* blob, QString* error, int maxSteps)
{
    if (!blob->hasPackingDictionary()) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        QList<QByteArray> samples;
        if (q.exec(QStringLiteral("SELECT data FROM orders ORDER BY id LIMIT %1").arg(TrainingSamples))) {
            while (q.next())
                samples.append(q.value(0).toByteArray());
        }
        q.finish();
        samples.removeIf([](const QByteArray& b) { return OrderBlob::isPacked(b); });
        trainAndKeep(db, samples, blob);
    }
    bool more = true;
    for (int steps = 0; more && (maxSteps < 0 || steps < maxSteps); ++steps) {
        if (!step(db, blob, &more, error))
            return false;
    }
    if (more)
        return true;
    bool compacted = false;
    if (!compact(db, QStringLiteral("pack_progress"), &compacted, error))
        return false;
    if (compacted)
        qCInfo(lcPacked) << "every stored order is packed, the file compacted";
    return true;
}

bool PackedOrders::compact(const QSqlDatabase& db, const QString& progressTable, bool* compacted, QString* error)
{
    QSqlQuery q(db);
    // The space the smaller rows left goes back to the file system; VACUUM is all or nothing. Its copy of the
    // file goes to a temporary file, not to memory (the store keeps temporaries in memory). Another process
    // reading the cache just then makes it fail: the orders are converted, the next open compacts the file.
    *compacted = q.exec(QStringLiteral("PRAGMA temp_store = FILE")) && q.exec(QStringLiteral("VACUUM"));
    if (!*compacted)
        qCWarning(lcPacked) << "compacting the cache waits for its next opening:" << q.lastError().text();
    if (!q.exec(QStringLiteral("PRAGMA temp_store = MEMORY"))
        || (*compacted && !q.exec(QStringLiteral("DELETE FROM %1").arg(progressTable))))
        return failed(q, error);
    return true;
}

bool PackedOrders::step(const QSqlDatabase& db, OrderBlob* blob, bool* more, QString* error)
{
    QSqlDatabase conn = db;
    if (!conn.transaction())
        return false;
    QSqlQuery read(db);
    read.setForwardOnly(true);
    QSqlQuery write(db);
    write.prepare(QStringLiteral("UPDATE orders SET data = ? WHERE id = ?"));
    qint64 last = -1;
    bool ok = read.exec(QStringLiteral("SELECT id, data FROM orders WHERE id > (SELECT done_to FROM pack_progress) "
                                       "ORDER BY id LIMIT %1")
                            .arg(RowsPerStep));
    while (ok && read.next()) {
        last = read.value(0).toLongLong();
        const QByteArray data = read.value(1).toByteArray();
        if (OrderBlob::isPacked(data))
            continue;
        write.addBindValue(blob->pack(data));
        write.addBindValue(last);
        ok = write.exec();
    }
    read.finish();
    return endStep(db, QStringLiteral("pack_progress"), last, ok, {&read, &write}, more, error);
}

bool PackedOrders::endStep(const QSqlDatabase& db, const QString& progressTable, qint64 last, bool ok,
                           std::initializer_list<const QSqlQuery*> used, bool* more, QString* error)
{
    QSqlDatabase conn = db;
    *more = last >= 0;
    QSqlQuery progress(db);
    if (ok && *more) {
        progress.prepare(QStringLiteral("UPDATE %1 SET done_to = ?").arg(progressTable));
        progress.addBindValue(last);
        ok = progress.exec();
    }
    if (ok && conn.commit())
        return true;
    QString why = progress.lastError().text();
    for (const QSqlQuery* q : used) {
        if (q->lastError().isValid()) {
            why = q->lastError().text();
            break;
        }
    }
    conn.rollback();
    if (error)
        *error = why.isEmpty() ? conn.lastError().text() : why;
    return false;
}

} // namespace PayDesk
