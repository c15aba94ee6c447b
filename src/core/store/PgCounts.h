#pragma once

#include "core/store/HeldTotals.h"
#include "core/store/OrderQuery.h"

#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace PayDesk {

// What the team database keeps counted of its orders (schema 6), so that a view of a million orders
// counts, totals its holds and skips to a deep page without walking the orders: per account, status
// and currency the orders and what the holds still hold; per account and day of creation the orders.
// Counting is insert-only: each statement on orders adds its changes as new rows (a trigger over the
// statement's rows), readers sum them. Two desks writing at once never update one count row, so they
// never wait on or deadlock over it, and a sum is exact in the reader's snapshot. compact() folds an
// account's rows into one per key now and then.
class PgCounts
{
public:
    static QStringList migrationStatements();
    // Whether FILTER narrows the orders by status at most (its count is a sum of counts).
    static bool byStatusOnly(const OrderFilter& filter);
    // The count of PROFILE's orders in STATUSES (all when empty); nullopt when it could not be read.
    static std::optional<qint64> count(const QSqlDatabase& db, const QString& profile,
                                       const QList<OrderStatus>& statuses);
    // As HeldTotals::read, from the counts and the expired holds (a short range of the held-only index).
    static std::optional<QList<HeldTotals::Sum>> held(const QSqlDatabase& db, const QString& profile,
                                                      HoldDeadline holds);
    // Whether the page at OFFSET of FILTER's list is one deepPage() finds: deep in all orders by date.
    static bool findsDeepPage(const OrderFilter& filter, int offset);
    // The ids of that page, in ORDER (SQL ORDER BY): the day counts tell on which day of creation the page
    // begins and how many rows of that day to skip, so the scan starts there instead of at the first
    // order. One statement (a subquery), so that the counts and the page are read in one snapshot.
    static QString deepPage(const QString& profile, Qt::SortOrder sort, const QString& order, int offset, int limit,
                            QVariantList* binds);
    // Folds PROFILE's count rows (skipped when another desk is folding them); false when it failed.
    static bool compact(const QSqlDatabase& db, const QString& profile);
};

} // namespace PayDesk
