#include "core/store/RepackedOrders.h"

#include "core/model/OrderCodec.h"
#include "core/store/OrderRow.h"
#include "core/store/PackedOrders.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

namespace PayDesk {

Q_LOGGING_CATEGORY(lcRepacked, "paydesk.store.repacked", QtInfoMsg)

namespace {
bool failed(const QSqlQuery& q, QString* error)
{
    if (error)
        *error = q.lastError().text();
    return false;
}

// The row's order in its new form, or nothing when it does not read (the views set it aside as damaged).
std::optional<QByteArray> besideColumns(const QSqlQuery& row, const OrderBlob& blob)
{
    const std::optional<QByteArray> cbor = blob.unpack(row.value(OrderRow::PackedColumn).toByteArray());
    const Order columns = OrderRow::read(row);
    const std::optional<Order> order = cbor ? OrderCodec::decode(*cbor, nullptr, &columns) : std::nullopt;
    if (!order || order->orderId != columns.orderId)
        return std::nullopt;
    return OrderCodec::encode(*order, &columns);
}
} // namespace

QStringList RepackedOrders::migrationStatements()
{
    return {
        QStringLiteral("CREATE TABLE repack_progress (done_to INTEGER NOT NULL, dictionary INTEGER)"),
        QStringLiteral("INSERT INTO repack_progress (done_to) VALUES (0)"),
        // This conversion packs every row, those schema 6's had left too.
        QStringLiteral("DELETE FROM pack_progress"),
    };
}

QStringList RepackedOrders::restartStatements()
{
    return {
        QStringLiteral("DELETE FROM repack_progress"),
        QStringLiteral("INSERT INTO repack_progress (done_to) SELECT 0 WHERE EXISTS (SELECT 1 FROM orders)"),
    };
}

bool RepackedOrders::isConverting(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT 1 FROM repack_progress")) && q.next();
}

bool RepackedOrders::convert(const QSqlDatabase& db, int schema, OrderBlob* blob, QString* error, int maxSteps)
{
    if (!useDictionary(db, schema, blob, error))
        return false;
    bool more = true;
    for (int steps = 0; more && (maxSteps < 0 || steps < maxSteps); ++steps) {
        if (!step(db, schema, blob, &more, error))
            return false;
    }
    return more || finish(db, schema, error);
}

// The conversion's dictionary: trained on the first rows' new form once, then found again by its id.
bool RepackedOrders::useDictionary(const QSqlDatabase& db, int schema, OrderBlob* blob, QString* error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT d.dict FROM repack_progress p JOIN blob_dictionaries d ON d.id = p.dictionary")))
        return failed(q, error);
    if (q.next()) {
        blob->addDictionary(q.value(0).toByteArray());
        return true;
    }
    QList<QByteArray> samples;
    if (!q.exec(QStringLiteral("SELECT %1 FROM orders o ORDER BY o.id LIMIT %2")
                    .arg(OrderRow::select(schema))
                    .arg(PackedOrders::TrainingSamples)))
        return failed(q, error);
    while (q.next()) {
        if (const std::optional<QByteArray> cbor = besideColumns(q, *blob))
            samples.append(*cbor);
    }
    q.finish();
    const QByteArray dictionary = OrderBlob::train(samples);
    if (dictionary.isEmpty() || !PackedOrders::keep(db, dictionary) || !blob->addDictionary(dictionary))
        return true; // too few orders to train on: packed without a dictionary
    q.prepare(QStringLiteral("UPDATE repack_progress SET dictionary = ?"));
    q.addBindValue(qint64(OrderBlob::dictionaryId(dictionary)));
    return q.exec() || failed(q, error);
}

bool RepackedOrders::step(const QSqlDatabase& db, int schema, OrderBlob* blob, bool* more, QString* error)
{
    QSqlDatabase conn = db;
    if (!conn.transaction())
        return false;
    QSqlQuery read(db);
    read.setForwardOnly(true);
    QSqlQuery write(db);
    write.prepare(QStringLiteral("UPDATE orders SET data = ?, order_id = ?, stored = 0 WHERE id = ?"));
    qint64 last = -1;
    bool ok = read.exec(QStringLiteral("SELECT %1 FROM orders o WHERE o.id > (SELECT done_to FROM repack_progress) "
                                       "ORDER BY o.id LIMIT %2")
                            .arg(OrderRow::select(schema))
                            .arg(PackedOrders::RowsPerStep));
    while (ok && read.next()) {
        last = read.value(0).toLongLong();
        const std::optional<QByteArray> cbor = besideColumns(read, *blob);
        if (!cbor)
            continue;
        write.addBindValue(blob->pack(*cbor));
        write.addBindValue(OrderRow::idKey(OrderRow::idText(read.value(1)), schema));
        write.addBindValue(last);
        ok = write.exec();
    }
    read.finish();
    return PackedOrders::endStep(db, QStringLiteral("repack_progress"), last, ok, {&read, &write}, more, error);
}

// No row needs the older dictionaries any more; the space the smaller rows left goes back to the file system.
bool RepackedOrders::finish(const QSqlDatabase& db, int schema, QString* error)
{
    QSqlQuery q(db);
    if (!keyDamagedRows(db, schema, error)
        || !q.exec(
            QStringLiteral("DELETE FROM blob_dictionaries WHERE id NOT IN (SELECT dictionary FROM repack_progress "
                           "WHERE dictionary IS NOT NULL)")))
        return failed(q, error);
    bool compacted = false;
    if (!PackedOrders::compact(db, QStringLiteral("repack_progress"), &compacted, error))
        return false;
    if (compacted)
        qCInfo(lcRepacked) << "every stored order is packed beside its columns, the file compacted";
    return true;
}

// The orders set aside as damaged name theirs as the orders table does (they are few).
bool RepackedOrders::keyDamagedRows(const QSqlDatabase& db, int schema, QString* error)
{
    QSqlQuery read(db);
    QSqlQuery write(db);
    if (!read.exec(QStringLiteral("SELECT rowid, order_id FROM damaged_orders"))
        || !write.prepare(QStringLiteral("UPDATE damaged_orders SET order_id = ? WHERE rowid = ?")))
        return failed(read.lastError().isValid() ? read : write, error);
    while (read.next()) {
        write.addBindValue(OrderRow::idKey(OrderRow::idText(read.value(1)), schema));
        write.addBindValue(read.value(0));
        if (!write.exec())
            return failed(write, error);
    }
    return true;
}

} // namespace PayDesk
