// OrderStore on real SQLite files: migrations from every older schema, upserts that never move
// an order backwards, and every query kind the views and the CLI make.
#include "core/model/OrderCodec.h"
#include "core/store/CacheUpgrade.h"
#include "core/store/Migrations.h"
#include "core/store/OrderRow.h"
#include "core/store/OrderStore.h"

#include <QCborMap>
#include <QCborValue>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

#include <sys/stat.h>

using namespace PayDesk;

namespace {
const QString Profile = QStringLiteral("p1");
const QDateTime Base = QDateTime(QDate(2026, 11, 1), QTime(10, 0), Qt::UTC);

Order makeOrder(int n, OrderStatus status, qint64 amount = 100000)
{
    Order o;
    o.gateway = GatewayKind::Rbs;
    o.orderId = QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
    o.orderNumber = QStringLiteral("SHOP-%1").arg(n);
    o.status = status;
    o.amount = Money(amount, Currency::rub());
    o.created = Base.addSecs(n * 3600);
    o.description = QStringLiteral("Order %1 for \"goods\"").arg(n);
    o.email = QStringLiteral("buyer%1@example.com").arg(n);
    if (status != OrderStatus::Created) {
        o.card.maskedPan = QStringLiteral("411111**%1").arg(1000 + n);
        o.approved = o.amount;
        o.authorized = o.created.addSecs(60);
    }
    if (status == OrderStatus::Held)
        o.deadline = QDateTime::currentDateTimeUtc().addSecs(n * 3600);
    if (status == OrderStatus::Captured)
        o.captured = o.amount;
    o.raw = QJsonObject{{QStringLiteral("orderNumber"), o.orderNumber}, {QStringLiteral("n"), n}};
    return o;
}

int objectCount(const OrderStore& store, const char* type)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = ? AND sql IS NOT NULL"));
    q.addBindValue(QString::fromLatin1(type));
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

int modeOf(const QString& path)
{
    struct stat st
    { };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
}

QStringList numbers(const QList<OrderSummary>& rows)
{
    QStringList list;
    for (const OrderSummary& r : rows)
        list.append(r.orderNumber);
    return list;
}
} // namespace

class TestOrderStore : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("orders-%1.sqlite").arg(++m_n));
    }

    void opensInWalAtLatestSchema()
    {
        OrderStore store;
        QVERIFY2(store.open(m_path), qPrintable(store.errorString()));
        QCOMPARE(store.schemaVersion(), Migrations::latestVersion());
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    }

    void bulkLoadBuildsTheIndexesAtItsEnd()
    {
        OrderStore store;
        QVERIFY(store.open(m_path));
        const int indexes = objectCount(store, "index");
        QVERIFY(store.beginBulkLoad());
        QCOMPARE(objectCount(store, "index"), indexes - int(Migrations::lookupIndexes().size()));
        QList<Order> orders;
        for (int n = 1; n <= 50; ++n)
            orders.append(makeOrder(n, n % 2 ? OrderStatus::Held : OrderStatus::Captured));
        QCOMPARE(store.upsert(Profile, orders).value, 50);
        QVERIFY(store.endBulkLoad());
        QCOMPARE(objectCount(store, "index"), indexes);
        // The FTS index holds what was loaded, and new rows enter it as before.
        OrderFilter f;
        f.text = QStringLiteral("buyer17@example.com");
        QCOMPARE(numbers(store.orders(Profile, f, 0, 10).value), QStringList{"SHOP-17"});
        f.text = QStringLiteral("goods 1017");
        QCOMPARE(numbers(store.orders(Profile, f, 0, 10).value), QStringList{"SHOP-17"});
        store.upsert(Profile, {makeOrder(77, OrderStatus::Held)}).value;
        f.text = QStringLiteral("1077");
        QCOMPARE(numbers(store.orders(Profile, f, 0, 10).value), QStringList{"SHOP-77"});
        // Only an empty cache is bulk-loaded.
        QVERIFY(!store.beginBulkLoad());
        QCOMPARE(objectCount(store, "index"), indexes);
    }

    void interruptedBulkLoadIsFinishedByTheNextOpen()
    {
        int indexes = 0;
        {
            OrderStore crashed;
            QVERIFY(crashed.open(m_path));
            indexes = objectCount(crashed, "index");
            QVERIFY(crashed.beginBulkLoad());
            crashed.upsert(Profile, {makeOrder(5, OrderStatus::Held)});
        } // no endBulkLoad(): the process died
        OrderStore store;
        QVERIFY2(store.open(m_path), qPrintable(store.errorString()));
        QCOMPARE(objectCount(store, "index"), indexes);
        OrderFilter f;
        f.text = QStringLiteral("SHOP-5");
        QCOMPARE(numbers(store.orders(Profile, f, 0, 10).value), QStringList{"SHOP-5"});
    }

    void rareAndCommonWordsFindTheSameAsAScan()
    {
        // A rare word's hits are sorted; a common word's are found walking the sort order. Same answers.
        OrderStore store;
        QVERIFY(store.open(m_path));
        QList<Order> orders;
        for (int n = 1; n <= 250; ++n)
            orders.append(makeOrder(n, n % 3 ? OrderStatus::Captured : OrderStatus::Held, 1000 + (n * 7919) % 5000));
        QCOMPARE(store.upsert(Profile, orders).value, 250);
        OrderFilter rare;
        rare.text = QStringLiteral("1013");
        QCOMPARE(numbers(store.orders(Profile, rare, 0, 10).value), QStringList{"SHOP-13"});
        OrderFilter common;
        common.text = QStringLiteral("goods");
        common.statuses = {OrderStatus::Held};
        common.sortColumn = OrderColumn::Amount;
        common.sortOrder = Qt::AscendingOrder;
        QList<Order> held;
        std::copy_if(orders.begin(), orders.end(), std::back_inserter(held),
                     [](const Order& o) { return o.status == OrderStatus::Held; });
        std::sort(held.begin(), held.end(),
                  [](const Order& a, const Order& b) { return a.amount.minor() < b.amount.minor(); });
        QStringList expected;
        for (int i = 10; i < 20; ++i)
            expected.append(held.at(i).orderNumber);
        QCOMPARE(numbers(store.orders(Profile, common, 10, 10).value), expected);
        QCOMPARE(store.count(Profile, common).value, int(held.size()));
        // Counted from the search index alone while one profile's orders are cached, and rightly after.
        OrderFilter words;
        words.text = QStringLiteral("goods");
        QCOMPARE(store.count(Profile, words).value, 250);
        QCOMPARE(store.upsert(QStringLiteral("p2"), {makeOrder(999, OrderStatus::Held)}).value, 1);
        QCOMPARE(store.count(Profile, words).value, 250);
        QCOMPARE(store.count(QStringLiteral("p2"), words).value, 1);
    }

    void migratesFromEveryOlderVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 1; v < Migrations::latestVersion(); ++v)
            QTest::addRow("v%d", v) << v;
    }
    void migratesFromEveryOlderVersion()
    {
        QFETCH(int, from);
        {
            OrderStore old;
            QVERIFY2(old.open(m_path, from), qPrintable(old.errorString()));
            QCOMPARE(old.schemaVersion(), from);
            QCOMPARE(old.upsert(Profile, {makeOrder(1, OrderStatus::Held), makeOrder(2, OrderStatus::Captured)}).value,
                     2);
        }
        OrderStore store;
        QVERIFY2(store.open(m_path), qPrintable(store.errorString()));
        QCOMPARE(store.schemaVersion(), Migrations::latestVersion());
        QCOMPARE(store.count(Profile, {}).value, 2);
        OrderFilter search;
        search.text = QStringLiteral("1002"); // last 4 of order 2, indexed by the upgrade
        QCOMPARE(numbers(store.orders(Profile, search, 0, 10).value), QStringList{QStringLiteral("SHOP-2")});
        // Rows cached before schema 7 have no payment way yet ('?'): the next sync writes them again, once.
        Order mirPay = makeOrder(1, OrderStatus::Held);
        mirPay.paymentWay = PaymentWay::MirPay;
        QCOMPARE(store.upsert(Profile, {mirPay, makeOrder(2, OrderStatus::Captured)}).value, from < 7 ? 2 : 1);
        QCOMPARE(store.upsert(Profile, {mirPay, makeOrder(2, OrderStatus::Captured)}).value, 0);
        OrderFilter paidWithMirPay;
        paidWithMirPay.paymentWays = {PaymentWay::MirPay};
        QCOMPARE(numbers(store.orders(Profile, paidWithMirPay, 0, 10).value), QStringList{QStringLiteral("SHOP-1")});
        QCOMPARE(store.count(Profile, paidWithMirPay).value, 1);
        QCOMPARE(store.orders(Profile, paidWithMirPay, 0, 10).value.first().paymentWay, PaymentWay::MirPay);
    }

    // Issue 18: version 11 keeps a UUID gateway id in 16 bytes; any other id (Assist's numbers, a UUID in capitals)
    // as its text. Lookups, searches by an id's beginning, sorting and the list of orders to refresh see text.
    void gatewayIdsAreKeptInSixteenBytes()
    {
        OrderStore store;
        QVERIFY(store.open(m_path));
        QList<Order> orders;
        for (const QString& id : {QStringLiteral("9bd2b0a5-917a-4bf8-89f6-0123456789ab"),
                                  QStringLiteral("9bd2b0a5-917a-4bf8-89f6-fffffffffff0"),
                                  QStringLiteral("9bd2c000-0000-4000-8000-000000000000"),
                                  QStringLiteral("ffffffff-ffff-ffff-ffff-ffffffffffff"),
                                  QStringLiteral("9BD2B0A5-917A-4BF8-89F6-0123456789AB"), QStringLiteral("9bd2")}) {
            Order o = makeOrder(orders.size() + 1, OrderStatus::Held);
            o.orderId = id;
            orders.append(o);
        }
        QCOMPARE(store.upsert(Profile, orders).value, 6);
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("SELECT typeof(order_id), length(order_id) FROM orders ORDER BY id")));
        QStringList kept;
        while (q.next())
            kept << q.value(0).toString() + QLatin1Char('/') + q.value(1).toString();
        QCOMPARE(kept, (QStringList{"blob/16", "blob/16", "blob/16", "blob/16", "text/36", "text/4"}));
        for (const Order& o : orders)
            QCOMPARE(store.order(Profile, o.orderId).value->orderId, o.orderId);
        const auto search = [&](const QString& text) {
            OrderFilter f;
            f.text = text;
            QStringList found = numbers(store.orders(Profile, f, 0, 50).value);
            found.sort();
            return found;
        };
        QCOMPARE(search(QStringLiteral("9bd2b0a5-917a-4bf8-89f6-f")), QStringList{"SHOP-2"}); // odd digits, hyphens
        QCOMPARE(search(QStringLiteral("9BD2B0A5-917")), (QStringList{"SHOP-1", "SHOP-2"}));  // any case typed
        QCOMPARE(search(QStringLiteral("9bd2")), (QStringList{"SHOP-1", "SHOP-2", "SHOP-3", "SHOP-6"}));
        QCOMPARE(search(QStringLiteral("fffff")), QStringList{"SHOP-4"}); // the last UUID there is
        QCOMPARE(search(QStringLiteral("9bd2b0a5917a")), QStringList{});  // no hyphen where one goes
        QCOMPARE(search(orders.at(0).orderId), QStringList{"SHOP-1"});
        OrderFilter byId;
        byId.sortColumn = OrderColumn::OrderId;
        byId.sortOrder = Qt::AscendingOrder;
        QStringList ids;
        for (const OrderSummary& row : store.orders(Profile, byId, 0, 50).value)
            ids.append(row.orderId);
        QCOMPARE(ids.mid(ids.size() - 4),
                 (QStringList{orders.at(0).orderId, orders.at(1).orderId, orders.at(2).orderId, orders.at(3).orderId}));
        QStringList active = store.activeOrderIds(Profile, Base, Base.addDays(30)).value;
        active.sort();
        QStringList expected;
        for (const Order& o : orders)
            expected.append(o.orderId);
        expected.sort();
        QCOMPARE(active, expected);
    }

    // Issue 18: version 9 names profiles by a small key (their ids are 36 characters, and began every index),
    // drops the FTS index's column sizes and gives the old table's pages back; every answer stays the same.
    void version9KeysProfilesAndKeepsEveryAnswer()
    {
        const QString team = QStringLiteral("7c9e6679-7425-40de-944b-e07fc1f90ae7");
        QStringList before;
        const auto answers = [&team](const OrderStore& store) {
            OrderFilter held;
            held.statuses = {OrderStatus::Held};
            OrderFilter word;
            word.text = QStringLiteral("goods 10");
            QStringList seen;
            for (const QString& profile : {Profile, team}) {
                seen << QString::number(store.count(profile, {}).value)
                     << QString::number(store.count(profile, held).value)
                     << numbers(store.orders(profile, word, 0, 50).value).join(QLatin1Char(','))
                     << QString::number(store.totals(profile, held, TotalOf::Held).value.value(0).minor())
                     << QString::number(store.heldAmounts(profile).value.size());
            }
            return seen;
        };
        {
            OrderStore old;
            QVERIFY2(old.open(m_path, 8), qPrintable(old.errorString()));
            QList<Order> mine;
            QList<Order> theirs;
            for (int n = 1; n <= 300; ++n)
                mine.append(makeOrder(n, n % 3 == 0 ? OrderStatus::Held : OrderStatus::Captured));
            for (int n = 1; n <= 12; ++n)
                theirs.append(makeOrder(1000 + n, n % 2 == 0 ? OrderStatus::Held : OrderStatus::Declined));
            QCOMPARE(old.upsert(Profile, mine).value, 300);
            QCOMPARE(old.upsert(team, theirs).value, 12);
            before = answers(old);
        }
        OrderStore store;
        QVERIFY2(store.open(m_path, 9), qPrintable(store.errorString()));
        QCOMPARE(store.schemaVersion(), 9);
        QCOMPARE(answers(store), before);
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("SELECT DISTINCT typeof(profile) FROM orders")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("integer"));
        QVERIFY(!q.next());
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM profiles ORDER BY key")));
        QStringList profiles;
        while (q.next())
            profiles.append(q.value(0).toString());
        QCOMPARE(profiles.size(), 2);
        QVERIFY(profiles.contains(team) && profiles.contains(Profile));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'orders_fts_docsize'"))
                && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(QStringLiteral("PRAGMA freelist_count")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0); // the old table's pages went back to the disk
        // A new profile gets its own key; a damaged row is set aside under its profile's name.
        QCOMPARE(store.upsert(QStringLiteral("p3"), {makeOrder(5000, OrderStatus::Held)}).value, 1);
        QCOMPARE(store.count(QStringLiteral("p3"), {}).value, 1);
        QCOMPARE(store.count(QStringLiteral("nobody"), {}).value, 0);
        QVERIFY(q.exec(QStringLiteral("UPDATE orders SET data = x'a1626777' WHERE order_number = 'SHOP-1005'")));
        const CacheCheck report = store.check(true).value;
        QCOMPARE(report.damaged.size(), 1);
        QCOMPARE(report.damaged.first().profile, team);
        QCOMPARE(store.count(team, {}).value, 11);
        QCOMPARE(store.count(Profile, {}).value, 300);
    }

    // The app upgrades on a worker thread (CacheUpgrade): start() returns at once, finished() says how it went.
    void upgradesOnAWorkerThread()
    {
        {
            OrderStore old;
            QVERIFY(old.open(m_path, 8));
            QList<Order> orders;
            for (int n = 1; n <= 500; ++n)
                orders.append(makeOrder(n, n % 2 ? OrderStatus::Held : OrderStatus::Captured));
            QCOMPARE(old.upsert(Profile, orders).value, 500);
        }
        QVERIFY(CacheUpgrade::isNeeded(m_path));
        CacheUpgrade upgrade(m_path);
        QSignalSpy finished(&upgrade, &CacheUpgrade::finished);
        upgrade.start();
        QCOMPARE(finished.count(), 0); // delivered by this thread's event loop, never from inside start()
        QVERIFY(finished.wait(60000));
        QVERIFY(!finished.first().first().value<StoreError>().isError());
        QVERIFY(!CacheUpgrade::isNeeded(m_path));
        OrderStore store;
        QVERIFY(store.open(m_path));
        QCOMPARE(store.count(Profile, {}).value, 500);
        // Not a cache, no cache, a cache of now: nothing to upgrade.
        QVERIFY(!CacheUpgrade::isNeeded(m_path + QStringLiteral(".missing")));
        QVERIFY(!CacheUpgrade::isNeeded(m_dir.path()));
    }

    void aFailedUpgradeIsReported()
    {
        {
            OrderStore old;
            QVERIFY(old.open(m_path, 8));
            QSqlQuery q(old.database());
            QVERIFY(q.exec(QStringLiteral("DROP TABLE held_totals"))); // the step to 9 drops it: now it fails
        }
        CacheUpgrade upgrade(m_path);
        QSignalSpy finished(&upgrade, &CacheUpgrade::finished);
        upgrade.start();
        QVERIFY(finished.wait(60000));
        const StoreError error = finished.first().first().value<StoreError>();
        QVERIFY(error.isError());
        QVERIFY2(error.userMessage().contains(QStringLiteral("schema 9")), qPrintable(error.userMessage()));
        QVERIFY(CacheUpgrade::isNeeded(m_path)); // left at 8, whole
    }

    // Finding 2 of the audit: a row whose stored order is not readable crashed the app (Qt 6.4 read
    // past a half-parsed CBOR map). Now it is reported with the file, left out, and fetched again.
    void damagedRowsAreLeftOutAndFetchedAgain_data()
    {
        QTest::addColumn<QByteArray>("blob");
        QTest::newRow("map key without value") << QByteArray::fromHex("a16267 77");
        QTest::newRow("not a map") << QByteArray::fromHex("83010203");
        QTest::newRow("one zero byte") << QByteArray(1, char(0));
        QTest::newRow("trailing bytes") << OrderCodec::encode(makeOrder(3, OrderStatus::Held)) + QByteArray("x");
        QCborMap huge = QCborValue::fromCbor(OrderCodec::encode(makeOrder(3, OrderStatus::Held))).toMap();
        huge[QLatin1String("amt")] = 1.1e171; // a double where minor units belong
        QTest::newRow("double amount") << huge.toCborValue().toCbor();
        QCborMap negative = QCborValue::fromCbor(OrderCodec::encode(makeOrder(3, OrderStatus::Held))).toMap();
        negative[QLatin1String("ref")] = std::numeric_limits<qint64>::min();
        QTest::newRow("INT64_MIN refunded") << negative.toCborValue().toCbor();
        QCborMap otherId = QCborValue::fromCbor(OrderCodec::encode(makeOrder(4, OrderStatus::Held))).toMap();
        QTest::newRow("another order's data") << otherId.toCborValue().toCbor();
    }
    void damagedRowsAreLeftOutAndFetchedAgain()
    {
        QFETCH(QByteArray, blob);
        OrderStore store;
        QVERIFY(store.open(m_path));
        const Order good = makeOrder(2, OrderStatus::Held);
        const Order victim = makeOrder(3, OrderStatus::Held);
        QCOMPARE(store.upsert(Profile, {good, victim}).value, 2);
        QSqlQuery q(store.database());
        q.prepare(QStringLiteral("UPDATE orders SET data = ? WHERE order_id = ?"));
        q.addBindValue(blob);
        q.addBindValue(OrderRow::idKey(victim.orderId, store.schemaVersion()));
        QVERIFY(q.exec());

        QVERIFY(!store.order(Profile, victim.orderId).value);
        QStringList seen;
        QVERIFY(!store.forEach(Profile, {}, [&seen](const Order& o) { seen.append(o.orderId); }).isError());
        QCOMPARE(seen, QStringList{good.orderId});
        const QList<DamagedRow> damaged = store.takeDamagedRows();
        QCOMPARE(damaged.size(), 2); // met twice, reported both times
        QCOMPARE(damaged.first().orderId, victim.orderId);
        QVERIFY(!damaged.first().reason.isEmpty());
        // Moved aside: out of the views and the counts, and first in line for the next sync's refresh.
        QCOMPARE(store.count(Profile, {}).value, 1);
        QVERIFY(store.activeOrderIds(Profile, Base, Base.addDays(-1)).value.contains(victim.orderId));
        QVERIFY(store.takeDamagedRows().isEmpty());
        // The gateway's answer makes it whole again.
        QCOMPARE(store.upsert(Profile, {victim}).value, 1);
        QCOMPARE(store.order(Profile, victim.orderId).value->orderNumber, victim.orderNumber);
        QVERIFY(!store.activeOrderIds(Profile, Base, Base.addDays(-1)).value.contains(victim.orderId));
    }

    void checkReadsEveryRow()
    {
        OrderStore store;
        QVERIFY(store.open(m_path));
        QList<Order> orders;
        for (int i = 1; i <= 20; ++i)
            orders.append(makeOrder(i, OrderStatus::Held));
        QCOMPARE(store.upsert(Profile, orders).value, 20);
        StoreResult<CacheCheck> checked = store.check(false);
        std::optional<CacheCheck> report = checked.ok() ? std::optional(checked.value) : std::nullopt;
        QVERIFY(report && report->isSound());
        QCOMPARE(report->rows, 20);
        QSqlQuery q(store.database());
        QVERIFY(
            q.exec(QStringLiteral("UPDATE orders SET data = x'a1626777' WHERE order_number IN ('SHOP-5', 'SHOP-9')")));
        report = store.check(false).value;
        QVERIFY(!report->isSound() && !report->repaired);
        QCOMPARE(report->damaged.size(), 2);
        QCOMPARE(store.count(Profile, {}).value, 20); // without --repair, nothing moved
        report = store.check(true).value;
        QVERIFY(report->repaired);
        QCOMPARE(store.count(Profile, {}).value, 18);
        QVERIFY(store.check(false).value.isSound());
    }

    void foreignFilesAreBadInput_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("kind");
        QTest::newRow("text") << QByteArray("order_number,amount\nSHOP-1,10.00\n").repeated(200)
                              << int(StoreError::Kind::NotACache);
        QTest::newRow("another program's database") << QByteArray() << int(StoreError::Kind::NotACache);
    }
    void foreignFilesAreBadInput()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, kind);
        if (content.isEmpty()) {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            db.setDatabaseName(m_path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE contacts (name TEXT)")));
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        } else {
            QFile f(m_path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        const QByteArray before = readAll(m_path);
        OrderStore store;
        QVERIFY(!store.open(m_path));
        QCOMPARE(int(store.lastError().kind), kind);
        QVERIFY(store.lastError().isBadInput());
        QVERIFY2(store.errorString().contains(m_path), qPrintable(store.errorString()));
        QCOMPARE(readAll(m_path), before); // left exactly as it was
    }

    // Finding 5: the cache held masked cards and e-mails readable by every local user.
    void filesAreTheOwnersAlone()
    {
        const mode_t old = ::umask(022);
        const QString dir = m_dir.filePath(QStringLiteral("private-%1/paydesk").arg(m_n));
        const QString path = dir + QStringLiteral("/orders.sqlite");
        {
            OrderStore store;
            QVERIFY(store.open(path));
            QCOMPARE(store.upsert(Profile, {makeOrder(1, OrderStatus::Held)}).value, 1);
            for (const char* suffix : {"", "-wal", "-shm"})
                QCOMPARE(modeOf(path + QLatin1String(suffix)), 0600);
            QCOMPARE(modeOf(dir), 0700);
        }
        // An existing cache from before is tightened when opened.
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                                | QFileDevice::ReadOther));
        QVERIFY(QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                               | QFileDevice::ReadOther | QFileDevice::ExeOther));
        {
            OrderStore store;
            QVERIFY(store.open(path));
            QCOMPARE(modeOf(path), 0600);
            QCOMPARE(modeOf(dir), 0700);
        }
        // A directory the user chose (here a shared one, as /tmp is) keeps its modes; the cache is still private.
        const QString shared = m_dir.filePath(QStringLiteral("shared-%1").arg(m_n));
        QVERIFY(QDir().mkpath(shared));
        QCOMPARE(::chmod(QFile::encodeName(shared).constData(), 01777), 0);
        {
            OrderStore store;
            QVERIFY(store.open(shared + QStringLiteral("/orders.sqlite")));
            QCOMPARE(modeOf(shared + QStringLiteral("/orders.sqlite")), 0600);
        }
        struct stat st
        { };
        QCOMPARE(::stat(QFile::encodeName(shared).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 07777), 01777);
        ::umask(old);
    }

    void refusesANewerSchema()
    {
        {
            OrderStore store;
            QVERIFY(store.open(m_path));
            QSqlQuery q(store.database());
            QVERIFY(q.exec(QStringLiteral("UPDATE schema_version SET version = 99")));
        }
        OrderStore store;
        QVERIFY(!store.open(m_path));
        QVERIFY2(store.errorString().contains(QStringLiteral("newer")), qPrintable(store.errorString()));
        QCOMPARE(store.lastError().kind, StoreError::Kind::NewerSchema);
        QVERIFY2(store.errorString().startsWith(QStringLiteral("Cannot read")), qPrintable(store.errorString()));
    }

    void roundTripsEveryField()
    {
        OrderStore store;
        QVERIFY(store.open(m_path));
        Order o = makeOrder(7, OrderStatus::Held);
        o.card.holder = QStringLiteral("IVAN PETROV");
        o.card.paymentSystem = QStringLiteral("MIR");
        o.card.approvalCode = QStringLiteral("123456");
        o.paymentWay = PaymentWay::MirPay;
        o.advanceReceipt = true;
        o.merchantParams = {{QStringLiteral("a"), QStringLiteral("1")}, {QStringLiteral("b"), QStringLiteral("ё")}};
        const Currency rub = Currency::rub();
        o.cart.items = {{QStringLiteral("Tea"), Quantity::whole(2), Measure::Piece, Money(15000, rub),
                         Money(30000, rub), VatRate::Vat20, QStringLiteral("t")},
                        {QStringLiteral("Cheese"),
                         *Quantity::fromDecimalString(QStringLiteral("0.25")),
                         Measure::Kilogram,
                         Money(80000, rub),
                         Money(20000, rub),
                         VatRate::Vat10_110,
                         {}}};
        o.taxSystem = 1;
        o.actionCode = -2007;
        o.actionCodeText = QStringLiteral("Session expired");
        o.refunded = Money(0, Currency::rub());
        o.amount = Money(Money::kMaxOrderMinor, Currency::rub()); // the largest plausible amount: exact
        QCOMPARE(store.upsert(Profile, {o}).value, 1);
        const std::optional<Order> back = store.order(Profile, o.orderId).value;
        QVERIFY(back);
        QCOMPARE(OrderCodec::encode(*back), OrderCodec::encode(o));
        QCOMPARE(back->amount.minor(), Money::kMaxOrderMinor);
        QCOMPARE(back->deadline, o.deadline);
        QCOMPARE(store.orderByNumber(Profile, QStringLiteral("SHOP-7")).value->orderId, o.orderId);
        QVERIFY(!store.order(QStringLiteral("other-profile"), o.orderId).value);
    }

    void neverMovesAnOrderBackwards()
    {
        OrderStore store;
        QVERIFY(store.open(m_path));
        const Order created = makeOrder(1, OrderStatus::Created);
        const Order held = makeOrder(1, OrderStatus::Held);
        Order captured = makeOrder(1, OrderStatus::Captured);
        QCOMPARE(store.upsert(Profile, {held}).value, 1);
        const int olderChanged = store.upsert(Profile, {created}).value;
        QVERIFY2(olderChanged >= 0, qPrintable(store.errorString()));
        QCOMPARE(olderChanged, 0); // an older answer
        QVERIFY2(store.errorString().isEmpty(), qPrintable(store.errorString()));
        QCOMPARE(store.order(Profile, held.orderId).value->status, OrderStatus::Held);
        QCOMPARE(store.upsert(Profile, {held}).value, 0); // the same answer again changes nothing
        QCOMPARE(store.upsert(Profile, {captured}).value, 1);
        QCOMPARE(store.upsert(Profile, {held}).value, 0);
        QCOMPARE(store.order(Profile, held.orderId).value->status, OrderStatus::Captured);
        // The kept per-status counts follow the row.
        OrderFilter heldOnly, capturedOnly;
        heldOnly.statuses = {OrderStatus::Held};
        capturedOnly.statuses = {OrderStatus::Captured};
        QCOMPARE(store.count(Profile, heldOnly).value, 0);
        QCOMPARE(store.count(Profile, capturedOnly).value, 1);
        QCOMPARE(store.count(Profile, {}).value, 1);
        Order partlyRefunded = captured;
        partlyRefunded.status = OrderStatus::PartlyRefunded;
        partlyRefunded.refunded = Money(100, Currency::rub());
        QCOMPARE(store.upsert(Profile, {partlyRefunded}).value, 1);
        Order moreRefunded = partlyRefunded;
        moreRefunded.refunded = Money(500, Currency::rub());
        QCOMPARE(store.upsert(Profile, {moreRefunded}).value, 1);
        QCOMPARE(store.upsert(Profile, {partlyRefunded}).value, 0); // less refunded than we know: stale
        QCOMPARE(store.order(Profile, held.orderId).value->refunded.minor(), 500);
        // The same order id under another profile is another row.
        QCOMPARE(store.upsert(QStringLiteral("p2"), {created}).value, 1);
        QCOMPARE(store.order(QStringLiteral("p2"), held.orderId).value->status, OrderStatus::Created);
    }

    void queries()
    {
        OrderStore store;
        QVERIFY(store.open(m_path));
        QList<Order> orders;
        for (int n = 1; n <= 40; ++n) {
            const OrderStatus s = n % 4 == 0   ? OrderStatus::Held
                                  : n % 4 == 1 ? OrderStatus::Captured
                                  : n % 4 == 2 ? OrderStatus::Declined
                                               : OrderStatus::Created;
            orders.append(makeOrder(n, s, 1000 * n));
        }
        QCOMPARE(store.upsert(Profile, orders).value, 40);
        QCOMPARE(store.upsert(QStringLiteral("p2"), {makeOrder(100, OrderStatus::Held)}).value, 1);

        OrderFilter all;
        QCOMPARE(store.count(Profile, all).value, 40);
        QCOMPARE(numbers(store.orders(Profile, all, 0, 3).value), (QStringList{"SHOP-40", "SHOP-39", "SHOP-38"}));
        QCOMPARE(numbers(store.orders(Profile, all, 38, 10).value), (QStringList{"SHOP-2", "SHOP-1"}));

        OrderFilter held;
        held.statuses = {OrderStatus::Held};
        held.sortColumn = OrderColumn::Deadline;
        held.sortOrder = Qt::AscendingOrder;
        QCOMPARE(store.count(Profile, held).value, 10);
        QCOMPARE(numbers(store.orders(Profile, held, 0, 2).value), (QStringList{"SHOP-4", "SHOP-8"}));
        QVERIFY(store.orders(Profile, held, 0, 1).value.first().deadline.isValid());

        OrderFilter due;
        due.dueWithinHours = 10; // orders 4 and 8 have deadlines in 4 h and 8 h
        QCOMPARE(store.count(Profile, due).value, 2);

        OrderFilter range;
        range.createdFrom = Base.addSecs(10 * 3600);
        range.createdTo = Base.addSecs(12 * 3600);
        QCOMPARE(numbers(store.orders(Profile, range, 0, 10).value), (QStringList{"SHOP-12", "SHOP-11", "SHOP-10"}));

        OrderFilter amounts;
        amounts.minAmount = 5000;
        amounts.maxAmount = 7000;
        amounts.sortColumn = OrderColumn::Amount;
        amounts.sortOrder = Qt::AscendingOrder;
        QCOMPARE(numbers(store.orders(Profile, amounts, 0, 10).value), (QStringList{"SHOP-5", "SHOP-6", "SHOP-7"}));

        const auto search = [&](const QString& text) {
            OrderFilter f;
            f.text = text;
            return numbers(store.orders(Profile, f, 0, 50).value);
        };
        QCOMPARE(search(QStringLiteral("1013")), QStringList{"SHOP-13"});                // card last 4
        QCOMPARE(search(QStringLiteral("buyer17@example.com")), QStringList{"SHOP-17"}); // e-mail
        QCOMPARE(search(QStringLiteral("BUYER17@EXAMPLE")), QStringList{"SHOP-17"});     // case, prefix
        QCOMPARE(search(QStringLiteral("shop-21")), QStringList{"SHOP-21"});             // order number
        QCOMPARE(search(orders.at(4).orderId), QStringList{"SHOP-5"});                   // gateway id
        QCOMPARE(search(QStringLiteral("order 33")), QStringList{"SHOP-33"});            // description words
        QCOMPARE(search(QStringLiteral("\"goods\" OR * 33")), QStringList{"SHOP-33"});   // FTS syntax is inert
        QCOMPARE(search(QStringLiteral("@@ **")), QStringList{});
        QCOMPARE(search(QStringLiteral("nothing-like-this")), QStringList{});

        OrderFilter combined;
        combined.text = QStringLiteral("goods");
        combined.statuses = {OrderStatus::Captured};
        combined.sortColumn = OrderColumn::Amount;
        QCOMPARE(store.count(Profile, combined).value, 10);
        QCOMPARE(store.orders(Profile, combined, 0, 1).value.first().orderNumber, QStringLiteral("SHOP-37"));

        for (OrderColumn c : {OrderColumn::Created, OrderColumn::OrderNumber, OrderColumn::OrderId, OrderColumn::Status,
                              OrderColumn::Amount, OrderColumn::Deadline, OrderColumn::Card, OrderColumn::Email,
                              OrderColumn::Description}) {
            OrderFilter f;
            f.sortColumn = c;
            f.sortOrder = Qt::AscendingOrder;
            const QStringList up = numbers(store.orders(Profile, f, 0, 40).value);
            f.sortOrder = Qt::DescendingOrder;
            QStringList down = numbers(store.orders(Profile, f, 0, 40).value);
            std::reverse(down.begin(), down.end());
            QCOMPARE(up.size(), 40);
            QCOMPARE(up, down);
        }

        int visited = 0;
        QVERIFY(
            !store.forEach(Profile, held, [&](const Order& o) { visited += o.status == OrderStatus::Held; }).isError());
        QCOMPARE(visited, 10);
        QCOMPARE(store.activeOrderIds(Profile, Base.addSecs(30 * 3600)).value.size(),
                 10 + 3); // held, plus created 31, 35, 39
    }

    void remembersSyncState()
    {
        OrderStore store;
        QVERIFY(store.open(m_path));
        QVERIFY(!store.syncState(Profile).value.syncedTo.isValid());
        QVERIFY(!store.recordSyncSuccess(Profile, Base).isError());
        QVERIFY(
            !store.recordSyncFailure(Profile, QStringLiteral("network down (stopped after 3 of 9 pages)")).isError());
        SyncState s = store.syncState(Profile).value;
        QCOMPARE(s.syncedTo, Base);
        QVERIFY(s.lastError.contains(QStringLiteral("3 of 9")));
        QVERIFY(!store.recordSyncSuccess(Profile, Base.addDays(-1)).isError()); // an older window does not rewind
        s = store.syncState(Profile).value;
        QCOMPARE(s.syncedTo, Base);
        QVERIFY(s.lastError.isEmpty());
    }

    // A read that fails says so: never a -1 count, an empty list or "no such order" for an SQL failure.
    void failuresAreTypedValues()
    {
        OrderStore store;
        QVERIFY(store.open(m_path));
        QCOMPARE(store.upsert(Profile, {makeOrder(1, OrderStatus::Held)}).value, 1);
        const QString id = store.orders(Profile, {}, 0, 1).value.first().orderId;
        QVERIFY(store.order(Profile, id).ok() && store.order(Profile, id).value);
        QVERIFY(store.order(Profile, QStringLiteral("no-such-order")).ok());
        QVERIFY(!store.order(Profile, QStringLiteral("no-such-order")).value);
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE orders RENAME TO orders_away")));
        OrderFilter due;
        due.dueWithinHours = 24;
        QCOMPARE(store.count(Profile, due).error.kind, StoreError::Kind::CannotRead);
        QVERIFY(!store.orders(Profile, {}, 0, 10).ok());
        QVERIFY(!store.order(Profile, id).ok());
        QVERIFY(!store.heldAmounts(Profile).ok());
        QVERIFY(!store.activeOrderIds(Profile, Base).ok());
        QVERIFY(store.forEach(Profile, {}, [](const Order&) {}).isError());
        QVERIFY(!store.upsert(Profile, {makeOrder(2, OrderStatus::Held)}).ok());
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE orders_away RENAME TO orders")));
    }

    void twoConnectionsShareOneFile()
    {
        OrderStore writer, reader;
        QVERIFY(writer.open(m_path));
        QVERIFY(reader.open(m_path));
        QCOMPARE(writer.upsert(Profile, {makeOrder(1, OrderStatus::Held)}).value, 1);
        QCOMPARE(reader.count(Profile, {}).value, 1);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_n = 0;
};

QTEST_GUILESS_MAIN(TestOrderStore)
#include "tst_order_store.moc"
