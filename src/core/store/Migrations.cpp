#include "core/store/Migrations.h"

#include "core/store/HeldTotals.h"
#include "core/store/PackedOrders.h"
#include "core/store/RepackedOrders.h"

#include <algorithm>

namespace PayDesk {

namespace {
// Version 1: orders and where each profile's sync got to.
const char* const V1[] = {
    R"(CREATE TABLE orders (
        id INTEGER PRIMARY KEY,
        profile TEXT NOT NULL,
        order_id TEXT NOT NULL,
        order_number TEXT NOT NULL,
        gateway TEXT NOT NULL,
        status TEXT NOT NULL,
        rank INTEGER NOT NULL,
        currency TEXT NOT NULL,
        amount INTEGER NOT NULL,
        approved INTEGER NOT NULL,
        captured INTEGER NOT NULL,
        refunded INTEGER NOT NULL,
        card TEXT NOT NULL,
        last4 TEXT NOT NULL,
        email TEXT NOT NULL,
        description TEXT NOT NULL,
        created INTEGER NOT NULL,
        deadline INTEGER NOT NULL,
        stored INTEGER NOT NULL,
        data BLOB NOT NULL,
        UNIQUE (profile, order_id)))",
    R"(CREATE TABLE sync_state (
        profile TEXT PRIMARY KEY,
        synced_to INTEGER,
        synced_at INTEGER,
        last_error TEXT,
        last_error_at INTEGER))",
};

// Version 2: the lookups support staff and the views make, and free-text search. Each index costs
// every sync a B-tree write per order. Gateway ids (random UUIDs, costly to tokenise) are found
// through the unique key, not the FTS index.
const char* const V2[] = {
    "CREATE INDEX orders_created ON orders (profile, created)",
    "CREATE INDEX orders_number ON orders (profile, order_number)",
    "CREATE INDEX orders_amount ON orders (profile, amount)",
    "CREATE INDEX orders_status ON orders (profile, status, created)",
    // Held orders only (a few percent), covering what the deadline chart sums.
    "CREATE INDEX orders_held ON orders (profile, deadline, currency, approved, captured) WHERE status = 'held'",
    "CREATE INDEX orders_last4 ON orders (profile, last4)",
    "CREATE INDEX orders_email ON orders (profile, email)",
    "CREATE INDEX orders_description ON orders (profile, description)",
    // Non-held orders all have deadline 0: this index grows at its end and costs little.
    "CREATE INDEX orders_deadline ON orders (profile, deadline)",
    // Per-status counts kept by triggers: counting a million rows for a status bar took 60 ms.
    "CREATE TABLE order_counts (profile TEXT NOT NULL, status TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (profile, "
    "status))",
    R"(CREATE TRIGGER order_counts_insert AFTER INSERT ON orders BEGIN
        INSERT INTO order_counts (profile, status, n) VALUES (new.profile, new.status, 1)
        ON CONFLICT (profile, status) DO UPDATE SET n = n + 1;
    END)",
    R"(CREATE TRIGGER order_counts_update AFTER UPDATE OF status ON orders WHEN old.status IS NOT new.status BEGIN
        UPDATE order_counts SET n = n - 1 WHERE profile = old.profile AND status = old.status;
        INSERT INTO order_counts (profile, status, n) VALUES (new.profile, new.status, 1)
        ON CONFLICT (profile, status) DO UPDATE SET n = n + 1;
    END)",
    R"(CREATE TRIGGER order_counts_delete AFTER DELETE ON orders BEGIN
        UPDATE order_counts SET n = n - 1 WHERE profile = old.profile AND status = old.status;
    END)",
    "INSERT INTO order_counts (profile, status, n) SELECT profile, status, count(*) FROM orders GROUP BY profile, "
    "status",
    R"(CREATE VIRTUAL TABLE orders_fts USING fts5 (
        order_number, last4, email, description,
        content = 'orders', content_rowid = 'id'))",
    R"(CREATE TRIGGER orders_fts_insert AFTER INSERT ON orders BEGIN
        INSERT INTO orders_fts (rowid, order_number, last4, email, description)
        VALUES (new.id, new.order_number, new.last4, new.email, new.description);
    END)",
    R"(CREATE TRIGGER orders_fts_update AFTER UPDATE ON orders
        WHEN old.order_number IS NOT new.order_number OR old.last4 IS NOT new.last4
          OR old.email IS NOT new.email OR old.description IS NOT new.description BEGIN
        INSERT INTO orders_fts (orders_fts, rowid, order_number, last4, email, description)
        VALUES ('delete', old.id, old.order_number, old.last4, old.email, old.description);
        INSERT INTO orders_fts (rowid, order_number, last4, email, description)
        VALUES (new.id, new.order_number, new.last4, new.email, new.description);
    END)",
    R"(CREATE TRIGGER orders_fts_delete AFTER DELETE ON orders BEGIN
        INSERT INTO orders_fts (orders_fts, rowid, order_number, last4, email, description)
        VALUES ('delete', old.id, old.order_number, old.last4, old.email, old.description);
    END)",
    // Rows written by version 1 enter the index too.
    "INSERT INTO orders_fts (orders_fts) VALUES ('rebuild')",
};

// Version 3: the operation journal. Every money operation is written here before it is sent; an
// entry's state only moves forward (intent -> sent -> done | refused | unknown -> done | refused),
// and entries are never deleted: the journal is the desk's audit trail and each order's timeline.
const char* const V3[] = {
    R"(CREATE TABLE journal (
        id INTEGER PRIMARY KEY,
        profile TEXT NOT NULL,
        order_id TEXT NOT NULL,
        order_number TEXT NOT NULL,
        kind TEXT NOT NULL,
        currency TEXT NOT NULL,
        amount INTEGER NOT NULL,
        operator TEXT NOT NULL,
        owner_pid INTEGER NOT NULL,
        batch TEXT NOT NULL,
        before_status TEXT NOT NULL,
        before_captured INTEGER NOT NULL,
        before_refunded INTEGER NOT NULL,
        state TEXT NOT NULL,
        resolved_by TEXT NOT NULL DEFAULT '',
        gateway_code TEXT NOT NULL DEFAULT '',
        message TEXT NOT NULL DEFAULT '',
        created INTEGER NOT NULL,
        sent INTEGER,
        finished INTEGER))",
    "CREATE INDEX journal_order ON journal (profile, order_id, id)",
    "CREATE INDEX journal_created ON journal (profile, created)",
    "CREATE INDEX journal_open ON journal (profile, id) WHERE state IN ('intent', 'sent', 'unknown')",
    R"(CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal BEGIN
        SELECT RAISE(ABORT, 'the operation journal is append-only');
    END)",
};

// Orders whose stored form could not be read back: out of the views, fetched again by the next sync.
const char* const V4[] = {
    R"(CREATE TABLE damaged_orders (
        profile TEXT NOT NULL,
        order_id TEXT NOT NULL,
        reason TEXT NOT NULL,
        found INTEGER NOT NULL,
        PRIMARY KEY (profile, order_id)))",
};

// Where each operation was started from ("app", "cli"; empty for rows written before this step).
const char* const V5[] = {
    "ALTER TABLE journal ADD COLUMN origin TEXT NOT NULL DEFAULT ''",
};

// Version 6: orders' full form packed by zstd (PackedOrders), converted in steps after the schema change;
// the holds' totals kept by triggers (HeldTotals).

// Version 7: how each order was paid, for the list's "Paid with" column and filter. '?' marks rows cached
// before: the next sync writes them again even when the gateway's answer is unchanged.
const char* const V7[] = {
    "ALTER TABLE orders ADD COLUMN payment_way TEXT NOT NULL DEFAULT '?'",
    "CREATE INDEX orders_payment_way ON orders (profile, payment_way)",
};

// Version 8: the desk (host name) each journal entry was made on, next to its OS user (audit).
const char* const V8[] = {
    "ALTER TABLE journal ADD COLUMN host TEXT NOT NULL DEFAULT ''",
};

// Version 9: a smaller cache. Every index began with the profile's name (a 36-character id, in the orders
// table and each of its eleven indexes): orders now name it by a small integer from the profiles table, and the
// FTS index keeps no column sizes (nothing ranks its hits). The orders table is rebuilt with its indexes,
// triggers and summaries in the step's one transaction: cut short, the cache is left at version 8 and the next
// open starts again.
const char* const V9Tables[] = {
    "CREATE TABLE profiles (key INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)",
    "INSERT INTO profiles (name) SELECT profile FROM orders UNION SELECT profile FROM order_counts "
    "UNION SELECT profile FROM held_totals",
    R"(CREATE TABLE orders_v9 (
        id INTEGER PRIMARY KEY,
        profile INTEGER NOT NULL,
        order_id TEXT NOT NULL,
        order_number TEXT NOT NULL,
        gateway TEXT NOT NULL,
        status TEXT NOT NULL,
        rank INTEGER NOT NULL,
        currency TEXT NOT NULL,
        amount INTEGER NOT NULL,
        approved INTEGER NOT NULL,
        captured INTEGER NOT NULL,
        refunded INTEGER NOT NULL,
        card TEXT NOT NULL,
        last4 TEXT NOT NULL,
        email TEXT NOT NULL,
        description TEXT NOT NULL,
        created INTEGER NOT NULL,
        deadline INTEGER NOT NULL,
        stored INTEGER NOT NULL,
        data BLOB NOT NULL,
        payment_way TEXT NOT NULL DEFAULT '?',
        UNIQUE (profile, order_id)))",
    "INSERT INTO orders_v9 SELECT o.id, p.key, o.order_id, o.order_number, o.gateway, o.status, o.rank, o.currency, "
    "o.amount, o.approved, o.captured, o.refunded, o.card, o.last4, o.email, o.description, o.created, o.deadline, "
    "o.stored, o.data, o.payment_way FROM orders o JOIN profiles p ON p.name = o.profile ORDER BY o.id",
    // Dropping the table drops its indexes and triggers; the FTS index is built again below.
    "DROP TABLE orders_fts",
    "DROP TABLE orders",
    "ALTER TABLE orders_v9 RENAME TO orders",
    "DROP TABLE order_counts",
    "CREATE TABLE order_counts (profile INTEGER NOT NULL, status TEXT NOT NULL, n INTEGER NOT NULL, "
    "PRIMARY KEY (profile, status))",
    "INSERT INTO order_counts (profile, status, n) SELECT profile, status, count(*) FROM orders GROUP BY profile, "
    "status",
    "DROP TABLE held_totals",
};

const char* const V9Fts[] = {
    R"(CREATE VIRTUAL TABLE orders_fts USING fts5 (
        order_number, last4, email, description,
        content = 'orders', content_rowid = 'id', columnsize = 0))",
    "INSERT INTO orders_fts (orders_fts) VALUES ('rebuild')",
};

// Version 10: a smaller cache. An order's packed form leaves out what its row's columns hold, and the raw answer's
// values that repeat a column refer to it (OrderCodec, OrderRow); the rows are packed again in steps after the
// schema change (RepackedOrders), resumable.

// Version 11: gateway ids that are UUIDs kept in 16 bytes instead of 36 characters, in the orders table and its
// unique key (OrderRow::idKey); the same resumable conversion writes them.

template <std::size_t N>
QStringList toList(const char* const (&statements)[N])
{
    QStringList list;
    for (const char* s : statements)
        list.append(QString::fromUtf8(s));
    return list;
}

// The statements of STEP that start with one of PREFIXES.
QStringList startingWith(const QStringList& step, const QStringList& prefixes)
{
    QStringList list;
    for (const QString& s : step) {
        if (std::any_of(prefixes.begin(), prefixes.end(), [&s](const QString& p) { return s.startsWith(p); }))
            list.append(s);
    }
    return list;
}

// Version 9's rebuilt orders table gets the indexes and triggers versions 2, 6 and 7 gave the old one.
QStringList version9()
{
    const QStringList v2 = toList(V2);
    return toList(V9Tables)
           + startingWith(v2, {QStringLiteral("CREATE INDEX "), QStringLiteral("CREATE TRIGGER order_counts_")})
           + startingWith(toList(V7), {QStringLiteral("CREATE INDEX ")}) + toList(V9Fts)
           + startingWith(v2, {QStringLiteral("CREATE TRIGGER orders_fts_")}) + HeldTotals::migrationStatements(9);
}
} // namespace

int Migrations::latestVersion()
{
    return 11;
}

QStringList Migrations::lookupIndexes()
{
    QStringList list;
    for (const QString& s : toList(V2)) {
        if (s.startsWith(QLatin1String("CREATE INDEX ")) && !s.contains(QLatin1String(" orders_held ")))
            list.append(s);
    }
    return list;
}

QString Migrations::ftsInsertTrigger()
{
    for (const QString& s : toList(V2)) {
        if (s.startsWith(QLatin1String("CREATE TRIGGER orders_fts_insert ")))
            return s;
    }
    return {};
}

QStringList Migrations::step(int version)
{
    switch (version) {
    case 1:
        return toList(V1);
    case 2:
        return toList(V2);
    case 3:
        return toList(V3);
    case 4:
        return toList(V4);
    case 5:
        return toList(V5);
    case 6:
        return PackedOrders::migrationStatements() + HeldTotals::migrationStatements(6);
    case 7:
        return toList(V7);
    case 8:
        return toList(V8);
    case 9:
        return version9();
    case 10:
        return RepackedOrders::migrationStatements();
    case 11:
        return RepackedOrders::restartStatements();
    }
    return {};
}

} // namespace PayDesk
