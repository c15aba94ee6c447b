#include "core/store/HeldTotals.h"

#include "core/time/Clock.h"

#include <QSqlQuery>

#include <algorithm>

namespace PayDesk {

namespace {
// What ROW (new or old), when a hold, adds to its currency's line (SIGN 1) or takes from it (-1): trigger SQL.
// The SELECT's WHERE also keeps SQLite from reading ON CONFLICT as a join.
QString change(const char* row, int sign)
{
    return QStringLiteral(
               "INSERT INTO held_totals (profile, currency, holds, capturable) "
               "SELECT %1.profile, %1.currency, %2, %2 * (%1.approved - %1.captured) WHERE %1.status = 'held' "
               "ON CONFLICT (profile, currency) DO UPDATE SET holds = holds + excluded.holds, "
               "capturable = capturable + excluded.capturable;")
        .arg(QLatin1String(row))
        .arg(sign);
}

// The sums of QUERY's rows (currency, holds, capturable) by currency.
bool readSums(QSqlQuery& q, QHash<QString, HeldTotals::Sum>* sums, int sign)
{
    if (!q.exec())
        return false;
    while (q.next()) {
        HeldTotals::Sum& s = (*sums)[q.value(0).toString()];
        s.currency = q.value(0).toString();
        s.holds += sign * q.value(1).toLongLong();
        s.capturable += sign * q.value(2).toLongLong();
    }
    return true;
}
} // namespace

QStringList HeldTotals::migrationStatements(int schema)
{
    return {
        QStringLiteral("CREATE TABLE held_totals (profile %1 NOT NULL, currency TEXT NOT NULL, holds INTEGER NOT NULL, "
                       "capturable INTEGER NOT NULL, PRIMARY KEY (profile, currency))")
            .arg(schema >= 9 ? QLatin1String("INTEGER") : QLatin1String("TEXT")),
        QStringLiteral("CREATE TRIGGER held_totals_insert AFTER INSERT ON orders WHEN new.status = 'held' BEGIN %1 END")
            .arg(change("new", 1)),
        QStringLiteral(
            "CREATE TRIGGER held_totals_update AFTER UPDATE OF profile, status, currency, approved, captured "
            "ON orders WHEN old.status = 'held' OR new.status = 'held' BEGIN %1 %2 END")
            .arg(change("old", -1), change("new", 1)),
        QStringLiteral("CREATE TRIGGER held_totals_delete AFTER DELETE ON orders WHEN old.status = 'held' BEGIN %1 END")
            .arg(change("old", -1)),
        QStringLiteral(
            "INSERT INTO held_totals (profile, currency, holds, capturable) SELECT profile, currency, "
            "count(*), sum(approved - captured) FROM orders WHERE status = 'held' GROUP BY profile, currency"),
    };
}

bool HeldTotals::answers(const OrderFilter& f)
{
    return f.statuses == QList<OrderStatus>{OrderStatus::Held} && f.text.trimmed().isEmpty() && f.dueWithinHours < 0
           && !f.deadlineFrom.isValid() && !f.deadlineTo.isValid() && !f.createdFrom.isValid() && !f.createdTo.isValid()
           && !f.minAmount && !f.maxAmount && f.paymentWays.isEmpty();
}

std::optional<QList<HeldTotals::Sum>> HeldTotals::read(const QSqlDatabase& db, const QVariant& profile,
                                                       HoldDeadline holds)
{
    QHash<QString, Sum> sums;
    QSqlQuery all(db);
    all.prepare(QStringLiteral("SELECT currency, holds, capturable FROM held_totals WHERE profile = ?"));
    all.addBindValue(profile);
    if (holds != HoldDeadline::Expired && !readSums(all, &sums, 1))
        return std::nullopt;
    // A hold without a known deadline (0) is never expired, as OrderStore's filter has it.
    QSqlQuery expired(db);
    expired.prepare(
        QStringLiteral("SELECT currency, count(*), sum(approved - captured) FROM orders INDEXED BY "
                       "orders_held WHERE profile = ? AND status = 'held' AND deadline > 0 AND deadline <= ? "
                       "GROUP BY currency"));
    expired.addBindValue(profile);
    expired.addBindValue(Clock::nowMSecs());
    if (holds != HoldDeadline::Any && !readSums(expired, &sums, holds == HoldDeadline::Open ? -1 : 1))
        return std::nullopt;
    QList<Sum> list;
    for (const Sum& s : std::as_const(sums)) {
        if (s.holds != 0)
            list.append(s);
    }
    std::sort(list.begin(), list.end(), [](const Sum& a, const Sum& b) {
        return a.holds != b.holds ? a.holds > b.holds : a.currency < b.currency;
    });
    return list;
}

QList<Money> HeldTotals::capturable(const QList<Sum>& sums)
{
    QList<Money> list;
    for (const Sum& sum : sums) {
        if (sum.capturable != 0)
            list.append(Money(sum.capturable, Currency::fromCode(sum.currency)));
    }
    return list;
}

} // namespace PayDesk
