#pragma once

#include <QStringList>

namespace PayDesk {

// The cache's schema, as the list of steps that built it. Step N takes a database from version
// N-1 to N; steps are never edited once released, only appended.
class Migrations
{
public:
    static int latestVersion();
    // The version that rebuilds the orders table (an upgrade to it frees the old table's pages).
    static constexpr int RebuiltOrders = 9;
    // The version from which an order's packed form leaves out what its row's columns hold (OrderRow).
    static constexpr int BesideColumns = 10;
    static QStringList step(int version);

    // What a bulk load into an empty cache may set aside and build once at its end: the lookup
    // indexes (all but the held-only one, which queries name) and the trigger feeding the FTS index.
    static QStringList lookupIndexes();
    static QString ftsInsertTrigger();
};

} // namespace PayDesk
