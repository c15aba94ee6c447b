#pragma once

#include "core/store/OrderQuery.h"

#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace PayDesk {

// A summary the cache keeps of its holds (schema 6, kept by triggers): per profile and currency, how many
// holds and how much they still hold. Needs capture's count and totals read it and take away the expired
// holds (a short range of the held-only index) instead of walking tens of thousands of holds.
class HeldTotals
{
public:
    struct Sum
    {
        QString currency;
        qint64 holds = 0;
        qint64 capturable = 0; // minor units
    };

    // The summary's table (its profile column as the orders table of SCHEMA has it), triggers and first sums.
    static QStringList migrationStatements(int schema);
    // Whether FILTER is one the summary answers: held orders, open, expired or either, and nothing more.
    static bool answers(const OrderFilter& filter);
    // Per currency, the most held first; nullopt when the cache could not be read.
    // PROFILE as the orders table keys it (OrderStore's profileKey).
    static std::optional<QList<Sum>> read(const QSqlDatabase& db, const QVariant& profile, HoldDeadline holds);
    // What SUMS still hold, per currency (those holding nothing left out): the held total.
    static QList<Money> capturable(const QList<Sum>& sums);
};

} // namespace PayDesk
