// The holds' totals the cache keeps by triggers (schema 6) against a walk of every hold: after inserts,
// captures, partial captures, reversals, deletes and in two currencies and two profiles, Needs capture's
// count and totals read from the summary are those of the rows.
#include "core/store/OrderStore.h"
#include "core/time/Clock.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace PayDesk;

namespace {
const QString Profile = QStringLiteral("p1");

Order hold(int n, const Currency& currency, qint64 amount, const QDateTime& deadline)
{
    Order o;
    o.orderId = QStringLiteral("id-%1").arg(n);
    o.orderNumber = QStringLiteral("N-%1").arg(n);
    o.status = OrderStatus::Held;
    o.amount = Money(amount, currency);
    o.approved = o.amount;
    o.captured = Money(0, currency);
    o.created = QDateTime(QDate(2026, 11, 1), QTime(10, 0), Qt::UTC).addSecs(n);
    o.authorized = o.created;
    o.deadline = deadline;
    return o;
}

// What a walk of the rows gives for HOLDS: per currency "CUR count sum", sorted.
QStringList walked(const OrderStore& store, HoldDeadline holds)
{
    QSqlQuery q(store.database());
    const QString deadline = holds == HoldDeadline::Open      ? QStringLiteral(" AND (deadline > ? OR deadline = 0)")
                             : holds == HoldDeadline::Expired ? QStringLiteral(" AND deadline > 0 AND deadline <= ?")
                                                              : QStringLiteral(" AND ? IS NOT NULL");
    q.prepare(QStringLiteral("SELECT currency, count(*), sum(approved - captured) FROM orders WHERE profile = (SELECT "
                             "key FROM profiles WHERE name = ?) AND status = 'held'%1 GROUP BY currency ORDER BY "
                             "currency")
                  .arg(deadline));
    q.addBindValue(Profile);
    q.addBindValue(Clock::nowMSecs());
    q.exec();
    QStringList rows;
    while (q.next())
        rows.append(
            QStringLiteral("%1 %2 %3").arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString()));
    return rows;
}

QStringList summed(const OrderStore& store, HoldDeadline holds)
{
    OrderFilter f;
    f.statuses = {OrderStatus::Held};
    f.holds = holds;
    QStringList rows;
    for (const Money& m : store.totals(Profile, f, TotalOf::Held).value)
        rows.append(QStringLiteral("%1 ? %2").arg(m.currency().code()).arg(m.minor()));
    rows.sort();
    rows.append(QString::number(store.count(Profile, f).value));
    return rows;
}

QStringList expected(const OrderStore& store, HoldDeadline holds)
{
    QStringList rows;
    int count = 0;
    for (const QString& row : walked(store, holds)) {
        const QStringList parts = row.split(QLatin1Char(' '));
        count += parts.at(1).toInt();
        if (parts.at(2).toLongLong() != 0)
            rows.append(QStringLiteral("%1 ? %2").arg(parts.at(0), parts.at(2)));
    }
    rows.append(QString::number(count));
    return rows;
}
} // namespace

class TestHeldTotals : public QObject
{
    Q_OBJECT
private slots:
    void summaryAgreesWithAWalkOfTheHolds()
    {
        QTemporaryDir dir;
        OrderStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("orders.sqlite"))));
        const QDateTime now = Clock::nowUtc();
        const Currency usd = Currency::fromCode(QStringLiteral("USD"));
        QList<Order> orders;
        for (int n = 0; n < 60; ++n) {
            const QDateTime deadline = n % 5 == 0 ? QDateTime() : now.addSecs((n % 3 == 0 ? -3600 : 3600) * n);
            orders.append(hold(n, n % 4 == 0 ? usd : Currency::rub(), 1000 + n, deadline));
        }
        QVERIFY(store.upsert(Profile, orders).ok());
        QVERIFY(store.upsert(QStringLiteral("p2"), orders.mid(0, 10)).ok()); // another profile's holds stay apart
        const auto agree = [&store](const char* when) {
            for (HoldDeadline holds : {HoldDeadline::Any, HoldDeadline::Open, HoldDeadline::Expired}) {
                if (summed(store, holds) != expected(store, holds))
                    qWarning() << when << int(holds);
                QCOMPARE(summed(store, holds), expected(store, holds));
            }
        };
        agree("after the first load");

        Order partly = orders.at(7);
        partly.captured = Money(500, partly.amount.currency()); // still held, less capturable
        Order captured = orders.at(8);
        captured.status = OrderStatus::Captured;
        captured.captured = captured.amount;
        Order reversed = orders.at(12);
        reversed.status = OrderStatus::Reversed;
        QVERIFY(store.upsert(Profile, {partly, captured, reversed}).ok());
        agree("after captures and a reversal");

        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM orders WHERE order_id IN ('id-16', 'id-20')")));
        agree("after deletes");
        QVERIFY(q.exec(QStringLiteral("UPDATE orders SET currency = 'EUR' WHERE order_id = 'id-21'")));
        agree("after a currency change");
    }
};

QTEST_GUILESS_MAIN(TestHeldTotals)
#include "tst_held_totals.moc"
