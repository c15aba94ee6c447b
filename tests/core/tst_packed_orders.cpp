// Schema 6 packs every stored order with zstd: a cache of schema 5 is converted in place, in steps that a
// cut resumes, and every order (the gateway's raw answer in it) reads back exactly as it was stored.
// Schema 10 packs them again with only what their rows' columns do not hold, the same way.
#include "core/model/OrderCodec.h"
#include "core/store/CacheUpgrade.h"
#include "core/store/Migrations.h"
#include "core/store/OrderBlob.h"
#include "core/store/OrderRow.h"
#include "core/store/OrderStore.h"
#include "core/store/OrderWriter.h"
#include "core/store/PackedOrders.h"
#include "core/store/RepackedOrders.h"

#include <QCborMap>
#include <QCborValue>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace PayDesk;

namespace {
const QString Profile = QStringLiteral("p1");

// An order with a gateway answer of every JSON kind: nested objects, arrays, non-ASCII text, big integers.
Order makeOrder(int n)
{
    Order o;
    o.orderId = QStringLiteral("%1-0000-4000-8000-000000000000").arg(n, 8, 16, QLatin1Char('0'));
    o.orderNumber = QStringLiteral("SHOP-%1").arg(n);
    o.status = n % 3 == 0 ? OrderStatus::Held : OrderStatus::Captured;
    o.amount = Money(1000 + n * 7, Currency::rub());
    o.approved = o.amount;
    o.captured = o.status == OrderStatus::Captured ? o.amount : Money(0, Currency::rub());
    o.created = QDateTime(QDate(2026, 11, 1), QTime(10, 0), Qt::UTC).addSecs(n * 60);
    o.description = QStringLiteral("Заказ %1: чай «Ёлка»").arg(n);
    o.email = QStringLiteral("buyer%1@example.com").arg(n % 97);
    o.card.maskedPan = QStringLiteral("220220**%1").arg(1000 + n % 9000);
    o.raw = QJsonObject{
        {QStringLiteral("orderNumber"), o.orderNumber},
        {QStringLiteral("orderStatus"), o.status == OrderStatus::Held ? 1 : 2},
        {QStringLiteral("amount"), o.amount.minor()},
        {QStringLiteral("date"), o.created.toMSecsSinceEpoch()},
        {QStringLiteral("orderDescription"), o.description},
        {QStringLiteral("merchantOrderParams"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("note")},
                                {QStringLiteral("value"), QStringLiteral("n=%1 ✓").arg(n)}}}},
        {QStringLiteral("cardAuthInfo"), QJsonObject{{QStringLiteral("maskedPan"), o.card.maskedPan},
                                                     {QStringLiteral("cardholderName"), QStringLiteral("IVAN")}}},
        {QStringLiteral("big"), qint64(9007199254740991LL) - n},
        {QStringLiteral("empty"), QJsonValue::Null}};
    return o;
}

// Every fifth order has what a row's columns cannot give back, or values its raw answer repeats otherwise:
// a deadline while not held, no creation time, empty card and e-mail, a column's value under another key
// and as another JSON type, a merchant parameter and a cart.
Order makeOddOrder(int n)
{
    Order o = makeOrder(n);
    switch (n % 5) {
    case 1:
        o.deadline = o.created.addDays(4);
        o.raw.insert(QStringLiteral("orderId"), o.orderId);
        o.raw.insert(QStringLiteral("amountText"), QString::number(o.amount.minor()));
        break;
    case 2:
        o.created = QDateTime();
        o.card.maskedPan.clear();
        o.email.clear();
        o.raw.insert(QStringLiteral("depositedAmount"), o.amount.minor());
        o.raw.insert(QStringLiteral("amountAsDouble"), double(o.amount.minor()) + 0.5);
        break;
    case 3:
        o.deadline = o.created.addDays(4); // held (n divisible by 3) or not
        o.merchantParams = {{QStringLiteral("note"), o.description}};
        o.raw.insert(QStringLiteral("emails"), QJsonArray{o.email, o.email.toUpper()});
        break;
    case 4:
        o.status = OrderStatus::Refunded;
        o.refunded = o.amount;
        o.captured = o.amount;
        o.refundedAt = o.created.addDays(1);
        o.paymentWay = PaymentWay::Sbp;
        break;
    }
    return o;
}

QList<Order> makeOrders(int count)
{
    QList<Order> orders;
    for (int n = 1; n <= count; ++n)
        orders.append(makeOddOrder(n));
    return orders;
}

// What each order reads back as: its whole stored form and its raw answer's bytes, by id.
QHash<QString, QPair<QByteArray, QByteArray>> readBack(const OrderStore& store)
{
    QHash<QString, QPair<QByteArray, QByteArray>> back;
    store.forEach(Profile, {}, [&back](const Order& o) {
        back.insert(o.orderId, {OrderCodec::encode(o), QJsonDocument(o.raw).toJson(QJsonDocument::Compact)});
    });
    return back;
}

int scalar(const OrderStore& store, const QString& sql)
{
    QSqlQuery q(store.database());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

// Migration VERSION's statements as open() runs them, without the conversion open() would go on to.
bool migrateByHand(QSqlDatabase db, int version)
{
    QSqlQuery q(db);
    bool ok = db.transaction();
    for (const QString& statement : Migrations::step(version))
        ok = ok && q.exec(statement);
    ok = ok && q.exec(QStringLiteral("UPDATE schema_version SET version = %1").arg(version));
    return ok && db.commit();
}

int unpackedRows(const OrderStore& store)
{
    QSqlQuery q(store.database());
    q.exec(QStringLiteral("SELECT data FROM orders"));
    int n = 0;
    while (q.next())
        n += OrderBlob::isPacked(q.value(0).toByteArray()) ? 0 : 1;
    return n;
}
} // namespace

class TestPackedOrders : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("orders-%1.sqlite").arg(++m_n));
    }

    void migrationKeepsEveryRawAnswerByteForByte()
    {
        const QList<Order> orders = makeOrders(1200);
        QHash<QString, QPair<QByteArray, QByteArray>> before;
        {
            OrderStore old;
            QVERIFY2(old.open(m_path, 5), qPrintable(old.errorString()));
            QCOMPARE(old.upsert(Profile, orders).value, 1200);
            before = readBack(old);
        }
        QCOMPARE(before.size(), 1200);
        for (const Order& o : orders) // what was stored is what schema 5 gave back
            QCOMPARE(before.value(o.orderId).second, QJsonDocument(o.raw).toJson(QJsonDocument::Compact));

        OrderStore store;
        QVERIFY2(store.open(m_path), qPrintable(store.errorString()));
        QCOMPARE(store.schemaVersion(), Migrations::latestVersion());
        QCOMPARE(unpackedRows(store), 0);
        QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM blob_dictionaries")), 1);
        QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM pack_progress")), 0);
        QCOMPARE(readBack(store), before);
        QVERIFY(store.takeDamagedRows().isEmpty());
        // The packed form is a fraction of the CBOR.
        qint64 cbor = 0;
        for (const Order& o : orders)
            cbor += OrderCodec::encode(o).size();
        QVERIFY(scalar(store, QStringLiteral("SELECT sum(length(data)) FROM orders")) * 3 < cbor);
    }

    void conversionCutShortGoesOnAtTheNextOpen()
    {
        const int count = PackedOrders::RowsPerStep * 2 + 300;
        QHash<QString, QPair<QByteArray, QByteArray>> before;
        {
            OrderStore old;
            QVERIFY(old.open(m_path, 5));
            QVERIFY(old.upsert(Profile, makeOrders(count)).ok());
            before = readBack(old);
            // Migration 6 as open() runs it, cut after its first step (as by a kill).
            QSqlDatabase db = old.database();
            QVERIFY(migrateByHand(db, 6));
            OrderBlob blob;
            QString error;
            QVERIFY2(PackedOrders::convert(db, &blob, &error, 1), qPrintable(error));
            QCOMPARE(unpackedRows(old), count - PackedOrders::RowsPerStep);
            QVERIFY(PackedOrders::isConverting(db));
        }
        OrderStore store;
        QVERIFY2(store.open(m_path), qPrintable(store.errorString()));
        QCOMPARE(unpackedRows(store), 0);
        QVERIFY(!PackedOrders::isConverting(store.database()));
        QCOMPARE(readBack(store), before);
    }

    void aNewCacheTrainsItsDictionaryOnTheFirstBigBatch()
    {
        OrderStore other; // opened before the dictionary exists: finds it when it meets a row packed with it
        QVERIFY(other.open(m_path));
        OrderStore store;
        QVERIFY(store.open(m_path));
        QCOMPARE(store.upsert(Profile, makeOrders(10)).value, 10); // too few to train on: packed without
        QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM blob_dictionaries")), 0);
        const QList<Order> many = makeOrders(1500);
        QCOMPARE(store.upsert(Profile, many.mid(10)).value, 1490);
        QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM blob_dictionaries")), 1);
        QCOMPARE(unpackedRows(store), 0);
        for (const OrderStore* reader : {&store, &other}) {
            const auto back = readBack(*reader);
            QCOMPARE(back.size(), 1500);
            for (const Order& o : many)
                QCOMPARE(back.value(o.orderId).first, OrderCodec::encode(o));
            QVERIFY(reader->takeDamagedRows().isEmpty());
        }
    }

    // A sync's writer packs on one thread and writes on another: the batches land in the order given (a later
    // answer of the same order wins), the dictionary the packing thread trained is kept in the cache, and every
    // order reads back exactly.
    void aWriterPacksAheadOfItsWritesAndKeepsTheirOrder()
    {
        OrderStore store;
        QVERIFY(store.open(m_path));
        const QList<Order> many = makeOrders(1500);
        Order later = many.at(2); // held (n = 3), then captured
        later.status = OrderStatus::Captured;
        later.captured = later.amount;
        later.raw.insert(QStringLiteral("orderStatus"), 2);
        {
            OrderWriter writer(&store);
            QSignalSpy written(&writer, &OrderWriter::written);
            QSignalSpy closed(&writer, &OrderWriter::closed);
            writer.write(Profile, many.mid(0, 1200)); // big enough to train on
            writer.write(Profile, many.mid(1200));
            writer.write(Profile, {later});
            writer.close();
            QVERIFY(closed.wait(60000));
            QCOMPARE(written.size(), 3);
            QCOMPARE(closed.first().first().toString(), QString());
        }
        QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM blob_dictionaries")), 1);
        QCOMPARE(unpackedRows(store), 0);
        const auto back = readBack(store);
        QCOMPARE(back.size(), 1500);
        for (const Order& o : many)
            QCOMPARE(back.value(o.orderId).first, OrderCodec::encode(o.orderId == later.orderId ? later : o));
        QVERIFY(store.takeDamagedRows().isEmpty());
    }

    // Issue 18: schema 10 keeps each field once, in its column or in the packed form, never both; the raw answer's
    // values that repeat a column refer to it. Every order, its raw answer byte for byte, reads back the same.
    void version10KeepsEachFieldOnceAndEveryAnswer()
    {
        const QList<Order> orders = makeOrders(1200);
        QHash<QString, QPair<QByteArray, QByteArray>> before;
        int packedBefore = 0;
        {
            OrderStore old;
            QVERIFY2(old.open(m_path, 9), qPrintable(old.errorString()));
            QCOMPARE(old.upsert(Profile, orders).value, 1200);
            before = readBack(old);
            packedBefore = scalar(old, QStringLiteral("SELECT sum(length(data)) FROM orders"));
        }
        for (const Order& o : orders)
            QCOMPARE(before.value(o.orderId).first, OrderCodec::encode(o));
        QVERIFY(CacheUpgrade::isNeeded(m_path));
        OrderStore store;
        QVERIFY2(store.open(m_path), qPrintable(store.errorString()));
        QCOMPARE(store.schemaVersion(), Migrations::latestVersion());
        QVERIFY(!RepackedOrders::isConverting(store.database()));
        QVERIFY(!CacheUpgrade::isNeeded(m_path));
        QCOMPARE(readBack(store), before);
        QVERIFY(store.takeDamagedRows().isEmpty());
        QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM blob_dictionaries")), 1);
        const int packedAfter = scalar(store, QStringLiteral("SELECT sum(length(data)) FROM orders"));
        QVERIFY2(packedAfter * 10 < packedBefore * 7,
                 qPrintable(QStringLiteral("%1 -> %2").arg(packedBefore).arg(packedAfter)));
        // An order by itself, and a list's returned orders, read the same way.
        const Order refunded = orders.at(3);
        QCOMPARE(OrderCodec::encode(*store.order(Profile, refunded.orderId).value), OrderCodec::encode(refunded));
        OrderFilter returned;
        returned.statuses = {OrderStatus::Refunded};
        const QList<OrderSummary> rows = store.orders(Profile, returned, 0, 500).value;
        QCOMPARE(rows.size(), 240);
        for (const OrderSummary& row : rows)
            QCOMPARE(row.returnedAt, row.created.addDays(1));
    }

    void repackingCutShortGoesOnAtTheNextOpen()
    {
        const int count = PackedOrders::RowsPerStep * 2 + 300;
        QHash<QString, QPair<QByteArray, QByteArray>> before;
        {
            OrderStore old;
            QVERIFY(old.open(m_path, 9));
            QVERIFY(old.upsert(Profile, makeOrders(count)).ok());
            before = readBack(old);
            // Migration 10 as open() runs it, cut after its first step (as by a kill).
            QSqlDatabase db = old.database();
            QVERIFY(migrateByHand(db, 10));
            OrderBlob blob;
            PackedOrders::loadDictionaries(db, &blob);
            QString error;
            QVERIFY2(RepackedOrders::convert(db, 10, &blob, &error, 1), qPrintable(error));
            QVERIFY(RepackedOrders::isConverting(db));
            QCOMPARE(scalar(old, QStringLiteral("SELECT done_to FROM repack_progress")), PackedOrders::RowsPerStep);
            QCOMPARE(scalar(old, QStringLiteral("SELECT count(*) FROM blob_dictionaries")), 2);
        }
        QVERIFY(CacheUpgrade::isNeeded(m_path)); // the app says so while it goes on
        OrderStore store;
        QVERIFY2(store.open(m_path), qPrintable(store.errorString()));
        QVERIFY(!RepackedOrders::isConverting(store.database()));
        QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM blob_dictionaries")), 1);
        QCOMPARE(readBack(store), before);
        QVERIFY(store.takeDamagedRows().isEmpty());
    }

    // The packed form no longer holds the columns' fields: a change in them alone is a change all the same.
    void aChangeOnlyInTheColumnsIsStored()
    {
        OrderStore store;
        QVERIFY(store.open(m_path));
        Order o = makeOrder(5);
        QCOMPARE(store.upsert(Profile, {o}).value, 1);
        QCOMPARE(store.upsert(Profile, {o}).value, 0);
        o.email = QStringLiteral("new@example.com");
        QCOMPARE(store.upsert(Profile, {o}).value, 1);
        QCOMPARE(store.order(Profile, o.orderId).value->email, o.email);
        o.paymentWay = PaymentWay::MirPay;
        QCOMPARE(store.upsert(Profile, {o}).value, 1);
        QCOMPARE(store.order(Profile, o.orderId).value->paymentWay, PaymentWay::MirPay);
    }

    // A reference in a raw answer is read only against the columns it was written beside.
    void aRawReferenceWithoutItsColumnIsDamaged()
    {
        const Order o = makeOrder(7);
        const Order columns = OrderRow::columnsOf(o);
        const QByteArray thin = OrderCodec::encode(o, &columns);
        QVERIFY(thin.size() * 2 < OrderCodec::encode(o).size());
        QCOMPARE(OrderCodec::encode(*OrderCodec::decode(thin, nullptr, &columns)), OrderCodec::encode(o));
        QString why;
        QVERIFY(!OrderCodec::decode(thin, &why)); // no columns: no id, and references to nothing
        QVERIFY(!why.isEmpty());
        QCborMap map = QCborValue::fromCbor(thin).toMap();
        QCborMap raw = map.value(QLatin1String("raw")).toMap();
        raw.insert(QLatin1String("x"), QCborValue(QCborSimpleType(19))); // names no column
        map.insert(QLatin1String("raw"), raw);
        QVERIFY(!OrderCodec::decode(map.toCborValue().toCbor(), &why, &columns));
        QVERIFY2(why.contains(QLatin1String("raw")), qPrintable(why));
    }

    void aPackedBlobThatDoesNotUnpackIsDamaged()
    {
        OrderBlob blob;
        const QByteArray cbor = OrderCodec::encode(makeOrder(1));
        QByteArray packed = blob.pack(cbor);
        QVERIFY(OrderBlob::isPacked(packed));
        QCOMPARE(*blob.unpack(packed), cbor);
        packed[packed.size() - 3] = char(packed.at(packed.size() - 3) ^ 0x5A);
        QString why;
        QVERIFY(!blob.unpack(packed, &why)); // each frame carries its checksum
        QVERIFY(!why.isEmpty());
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_n = 0;
};

QTEST_GUILESS_MAIN(TestPackedOrders)
#include "tst_packed_orders.moc"
