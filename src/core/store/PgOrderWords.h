#pragma once

#include "core/store/OrderQuery.h"

#include <QStringList>
#include <QVariantList>

namespace PayDesk {

// The orders' search words in a B-tree (schema 7 of the team database), so that a search's count reads
// index entries only: PostgreSQL's GIN index on the tsvector has no index-only scan, and counting a common
// word's orders through it visits a heap page per order. One row per distinct word of each order, exactly
// the words of its tsvector (SearchWords), kept exact by statement triggers on orders.
class PgOrderWords
{
public:
    static QStringList migrationStatements();
    // The statement that writes the words of the orders already there (the migration; a bulk load that
    // disabled InsertTrigger while it copied).
    static QString fillStatement();
    // The trigger that adds an inserted order's words.
    static const char* const InsertTrigger;
    // The count of PROFILE's orders that FILTER's search finds, as OrderStore counts them, read from the
    // words' index alone (for each search word the orders with a word it begins, intersected, and the
    // orders whose gateway id begins with the text); empty when FILTER is not a text search alone, or
    // has a phrase (its words' order is in the tsvector only).
    static QString countQuery(const QString& profile, const OrderFilter& filter, QVariantList* binds);
};

} // namespace PayDesk
