#include "core/store/PgCounts.h"

#include "core/model/EnumNames.h"
#include "core/store/PgMigrations.h"
#include "core/time/Clock.h"

#include <QSqlQuery>

namespace PayDesk {

namespace {
// A day of creation as the counts have it (created is in ms since the epoch, never negative).
constexpr qint64 DayMs = 86400000;
// Pages less deep than this read their offset from the index; it costs less than adding up the days.
constexpr int DeepPage = 20000;
// Locks of compact() (the second key is the account's hash): one desk folds an account's counts at a time.
constexpr int CompactLock = 0x70646301;

// The body of a statement trigger that counts the rows of CHANGES (each with its sign).
QString counting(const QString& name, const QString& changes)
{
    const QString held = QStringLiteral("CASE WHEN status = 'held' THEN approved - captured ELSE 0 END");
    return QStringLiteral(
               "CREATE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
               "INSERT INTO order_counts (profile, status, currency, orders, capturable) "
               "SELECT profile, status, currency, sum(sign), sum(sign * %3) FROM (%2) c "
               "GROUP BY profile, status, currency HAVING sum(sign) <> 0 OR sum(sign * %3) <> 0; "
               "INSERT INTO order_days (profile, day, orders) SELECT profile, created / %4, sum(sign) FROM (%2) c "
               "GROUP BY profile, created / %4 HAVING sum(sign) <> 0; "
               "RETURN NULL; END $$")
        .arg(name, changes, held)
        .arg(DayMs);
}

QString rowsOf(const char* table, int sign)
{
    return QStringLiteral("SELECT profile, status, currency, approved, captured, created, %2 AS sign FROM %1")
        .arg(QLatin1String(table))
        .arg(sign);
}

bool exec(QSqlQuery& q, const QVariantList& binds)
{
    for (const QVariant& v : binds)
        q.addBindValue(v);
    return q.exec();
}
} // namespace

QStringList PgCounts::migrationStatements()
{
    return {
        QStringLiteral(
            "CREATE TABLE order_counts (profile TEXT NOT NULL, status TEXT NOT NULL, currency TEXT NOT NULL, "
            "orders BIGINT NOT NULL, capturable BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX order_counts_profile ON order_counts (profile, status)"),
        QStringLiteral("CREATE TABLE order_days (profile TEXT NOT NULL, day BIGINT NOT NULL, orders BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX order_days_profile ON order_days (profile, day)"),
        counting(QStringLiteral("order_counts_insert"), rowsOf("new_rows", 1)),
        counting(QStringLiteral("order_counts_update"),
                 rowsOf("new_rows", 1) + QStringLiteral(" UNION ALL ") + rowsOf("old_rows", -1)),
        counting(QStringLiteral("order_counts_delete"), rowsOf("old_rows", -1)),
        QStringLiteral("CREATE TRIGGER order_counts_insert AFTER INSERT ON orders REFERENCING NEW TABLE AS new_rows "
                       "FOR EACH STATEMENT EXECUTE FUNCTION order_counts_insert()"),
        QStringLiteral("CREATE TRIGGER order_counts_update AFTER UPDATE ON orders REFERENCING OLD TABLE AS old_rows "
                       "NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION order_counts_update()"),
        QStringLiteral("CREATE TRIGGER order_counts_delete AFTER DELETE ON orders REFERENCING OLD TABLE AS old_rows "
                       "FOR EACH STATEMENT EXECUTE FUNCTION order_counts_delete()"),
        // The orders already there (the triggers hold a lock on orders from here to the commit: no desk
        // writes an order that this count misses or counts twice).
        QStringLiteral("INSERT INTO order_counts (profile, status, currency, orders, capturable) "
                       "SELECT profile, status, currency, count(*), sum(CASE WHEN status = 'held' THEN approved - "
                       "captured ELSE 0 END) FROM orders GROUP BY profile, status, currency"),
        QStringLiteral("INSERT INTO order_days (profile, day, orders) SELECT profile, created / %1, count(*) "
                       "FROM orders GROUP BY profile, created / %1")
            .arg(DayMs),
        // An upgraded team database: the roles that write orders (the desks', README) count them too.
        PgMigrations::grantToOrderWriters("SELECT, INSERT, DELETE", "order_counts, order_days"),
    };
}

bool PgCounts::byStatusOnly(const OrderFilter& f)
{
    return f.text.trimmed().isEmpty() && f.dueWithinHours < 0 && f.holds == HoldDeadline::Any
           && !f.deadlineFrom.isValid() && !f.deadlineTo.isValid() && !f.createdFrom.isValid() && !f.createdTo.isValid()
           && !f.minAmount && !f.maxAmount && f.paymentWays.isEmpty();
}

std::optional<qint64> PgCounts::count(const QSqlDatabase& db, const QString& profile,
                                      const QList<OrderStatus>& statuses)
{
    QStringList keys;
    for (OrderStatus s : statuses)
        keys.append(QLatin1Char('\'') + OrderStatusText::key(s) + QLatin1Char('\''));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT coalesce(sum(orders), 0)::bigint FROM order_counts WHERE profile = ?")
              + (keys.isEmpty() ? QString() : QStringLiteral(" AND status IN (%1)").arg(keys.join(QLatin1Char(',')))));
    if (!exec(q, {profile}) || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

std::optional<QList<HeldTotals::Sum>> PgCounts::held(const QSqlDatabase& db, const QString& profile, HoldDeadline holds)
{
    // A hold without a known deadline (0) is never expired, as the filter has it.
    QStringList parts;
    QVariantList binds;
    if (holds != HoldDeadline::Expired) {
        parts.append(QStringLiteral("SELECT currency, orders, capturable FROM order_counts "
                                    "WHERE profile = ? AND status = 'held'"));
        binds << profile;
    }
    if (holds != HoldDeadline::Any) {
        parts.append(QStringLiteral("SELECT currency, %1 * count(*), %1 * sum(approved - captured) FROM orders "
                                    "WHERE profile = ? AND status = 'held' AND deadline > 0 AND deadline <= ? "
                                    "GROUP BY currency")
                         .arg(holds == HoldDeadline::Open ? -1 : 1));
        binds << profile << Clock::nowMSecs();
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral(
            "SELECT currency, sum(orders)::bigint, sum(capturable)::bigint FROM (%1) h (currency, orders, capturable) "
            "GROUP BY currency HAVING sum(orders) <> 0 ORDER BY sum(orders) DESC, currency COLLATE \"C\"")
            .arg(parts.join(QStringLiteral(" UNION ALL "))));
    if (!exec(q, binds))
        return std::nullopt;
    QList<HeldTotals::Sum> sums;
    while (q.next())
        sums.append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong()});
    return sums;
}

bool PgCounts::findsDeepPage(const OrderFilter& f, int offset)
{
    return offset >= DeepPage && byStatusOnly(f) && f.statuses.isEmpty() && f.sortColumn == OrderColumn::Created;
}

QString PgCounts::deepPage(const QString& profile, Qt::SortOrder sort, const QString& order, int offset, int limit,
                           QVariantList* binds)
{
    const bool newestFirst = sort == Qt::DescendingOrder;
    // Per day, the orders of the days before it in the list; the page's day is the last whose count is within
    // the offset. Newest first, the scan starts below the end of that day; oldest first, at its beginning.
    const QString day =
        QStringLiteral("SELECT day, sum(n) OVER (ORDER BY day %1) - n AS before FROM (SELECT day, sum(orders) AS "
                       "n FROM order_days WHERE profile = ? GROUP BY day) d")
            .arg(newestFirst ? QStringLiteral("DESC") : QStringLiteral("ASC"));
    const QString skip =
        QStringLiteral("SELECT coalesce((SELECT %1 FROM days WHERE before <= ? ORDER BY day %2 LIMIT 1), %3) AS bound, "
                       "(?::bigint - coalesce((SELECT before FROM days WHERE before <= ? ORDER BY day %2 LIMIT 1), "
                       "0))::bigint AS rest")
            .arg(newestFirst ? QStringLiteral("(day + 1) * %1").arg(DayMs) : QStringLiteral("day * %1").arg(DayMs),
                 newestFirst ? QStringLiteral("ASC") : QStringLiteral("DESC"),
                 newestFirst ? QStringLiteral("9223372036854775807") : QStringLiteral("-9223372036854775807"));
    *binds << profile << offset << offset << offset << profile << limit;
    return QStringLiteral("WITH days AS (%1), skip AS (%2) SELECT o.id FROM orders o WHERE o.profile = ? AND "
                          "o.created %3 (SELECT bound FROM skip) ORDER BY %4 LIMIT ? OFFSET (SELECT rest FROM skip)")
        .arg(day, skip, newestFirst ? QStringLiteral("<") : QStringLiteral(">="), order);
}

bool PgCounts::compact(const QSqlDatabase& db, const QString& profile)
{
    QSqlDatabase conn = db;
    if (!conn.transaction())
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT pg_try_advisory_xact_lock(%1, hashtext(?))").arg(CompactLock));
    if (!exec(q, {profile}) || !q.next()) {
        conn.rollback();
        return false;
    }
    if (!q.value(0).toBool()) {
        conn.rollback();
        return true; // another desk is folding them
    }
    // Each statement folds exactly the rows it deletes; rows other desks add meanwhile stay as they are.
    QSqlQuery counts(db);
    counts.prepare(QStringLiteral(
        "WITH gone AS (DELETE FROM order_counts WHERE profile = ? RETURNING status, currency, orders, capturable) "
        "INSERT INTO order_counts (profile, status, currency, orders, capturable) SELECT ?, status, currency, "
        "sum(orders), sum(capturable) FROM gone GROUP BY status, currency "
        "HAVING sum(orders) <> 0 OR sum(capturable) <> 0"));
    QSqlQuery days(db);
    days.prepare(QStringLiteral("WITH gone AS (DELETE FROM order_days WHERE profile = ? RETURNING day, orders) "
                                "INSERT INTO order_days (profile, day, orders) SELECT ?, day, sum(orders) FROM gone "
                                "GROUP BY day HAVING sum(orders) <> 0"));
    if (!exec(counts, {profile, profile}) || !exec(days, {profile, profile}) || !conn.commit()) {
        conn.rollback();
        return false;
    }
    return true;
}

} // namespace PayDesk
