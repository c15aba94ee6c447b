#pragma once

#include "core/store/OrderQuery.h"

#include <QStringList>
#include <QVariantList>

namespace PayDesk {

// An OrderFilter as PostgreSQL's WHERE and ORDER BY, meaning what OrderStore's SQL means on SQLite:
// the same rows, in the same order (text sorts by code point, as SQLite's BINARY collation does).
class PgOrderFilter
{
public:
    // The condition on "orders o" for PROFILE and FILTER, its values appended to BINDS. COMMON_WORDS:
    // words in many orders (PostgreSQL's statistics), which a search finds by its other words first.
    static QString where(const QString& profile, const OrderFilter& filter, QVariantList* binds,
                         const QStringList& commonWords = {});
    static QString orderBy(const OrderFilter& filter);
    // A LIKE pattern matching what begins with TEXT.
    static QString likePrefix(const QString& text);
    // Whether a search for TEXT (trimmed) is one for an e-mail address by its beginning.
    static bool searchesEmail(const QString& text);
    // For orders of several statuses by date and nothing else (refunds and reversals): the ids of the page,
    // merged from each status's run of the status index (a few hundred entries instead of the rows of the
    // other statuses in between); empty for other filters.
    static QString statusesPage(const QString& profile, const OrderFilter& filter, int offset, int limit,
                                QVariantList* binds);
};

} // namespace PayDesk
