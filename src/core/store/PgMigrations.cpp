#include "core/store/PgMigrations.h"

#include "core/store/PgCounts.h"
#include "core/store/PgOrderWords.h"

#include <iterator>
#include <utility>

namespace PayDesk {

namespace {
// Version 1: the shared order cache. Rows are keyed by the gateway account ("profile" holds the
// gateway URL and login), so desks that name their profiles differently share one account's orders.
// Search: the order's words in a tsvector (GIN) built by the desk exactly as SQLite's FTS5 splits
// them; gateway ids and e-mail addresses by their beginning through pg_trgm (GIN).
const char* const V1[] = {
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    // The columns of SQLite's orders table (amounts in minor units, times in ms since the epoch), plus words.
    "CREATE TABLE orders (id BIGSERIAL PRIMARY KEY, profile TEXT NOT NULL, order_id TEXT NOT NULL, "
    "order_number TEXT NOT NULL, gateway TEXT NOT NULL, status TEXT NOT NULL, rank INTEGER NOT NULL, "
    "currency TEXT NOT NULL, amount BIGINT NOT NULL, approved BIGINT NOT NULL, captured BIGINT NOT NULL, "
    "refunded BIGINT NOT NULL, card TEXT NOT NULL, last4 TEXT NOT NULL, email TEXT NOT NULL, "
    "description TEXT NOT NULL, created BIGINT NOT NULL, deadline BIGINT NOT NULL, stored BIGINT NOT NULL, "
    "words TSVECTOR NOT NULL, data BYTEA NOT NULL, UNIQUE (profile, order_id))",
    "CREATE INDEX orders_created ON orders (profile, created)",
    "CREATE INDEX orders_number ON orders (profile, order_number COLLATE \"C\")",
    "CREATE INDEX orders_amount ON orders (profile, amount)",
    "CREATE INDEX orders_status ON orders (profile, status, created)",
    "CREATE INDEX orders_held ON orders (profile, deadline, currency, approved, captured) WHERE status = 'held'",
    "CREATE INDEX orders_words ON orders USING GIN (words)",
    "CREATE INDEX orders_email_trgm ON orders USING GIN (email gin_trgm_ops)",
    "CREATE INDEX orders_id_trgm ON orders USING GIN (order_id gin_trgm_ops)",
    R"(CREATE TABLE sync_state (
        profile TEXT PRIMARY KEY,
        synced_to BIGINT,
        synced_at BIGINT,
        last_error TEXT,
        last_error_at BIGINT))",
    // Orders whose stored form could not be read back, fetched again by the next sync.
    "CREATE TABLE damaged_orders (profile TEXT, order_id TEXT, reason TEXT NOT NULL, found BIGINT NOT NULL, "
    "PRIMARY KEY (profile, order_id))",
};

// Version 2: the team's operation journal, as on SQLite plus the desk (host) that wrote each entry.
// Rows are never deleted: a trigger refuses it, and desks' role gets no DELETE (README, Team mode).
const char* const V2[] = {
    R"(CREATE TABLE journal (
        id BIGSERIAL PRIMARY KEY,
        profile TEXT NOT NULL,
        order_id TEXT NOT NULL,
        order_number TEXT NOT NULL,
        kind TEXT NOT NULL,
        currency TEXT NOT NULL,
        amount BIGINT NOT NULL,
        operator TEXT NOT NULL,
        host TEXT NOT NULL DEFAULT '',
        owner_pid BIGINT NOT NULL,
        batch TEXT NOT NULL,
        before_status TEXT NOT NULL,
        before_captured BIGINT NOT NULL,
        before_refunded BIGINT NOT NULL,
        state TEXT NOT NULL,
        resolved_by TEXT NOT NULL DEFAULT '',
        gateway_code TEXT NOT NULL DEFAULT '',
        message TEXT NOT NULL DEFAULT '',
        created BIGINT NOT NULL,
        sent BIGINT,
        finished BIGINT,
        origin TEXT NOT NULL DEFAULT ''))",
    "CREATE INDEX journal_order ON journal (profile, order_id, id)",
    "CREATE INDEX journal_created ON journal (profile, created)",
    "CREATE INDEX journal_open ON journal (profile, id) WHERE state IN ('intent', 'sent', 'unknown')",
    R"(CREATE FUNCTION journal_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'the operation journal is append-only'; END $$)",
    "CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal FOR EACH ROW EXECUTE FUNCTION journal_append_only()",
};

// Version 3: claims. A desk holds a claim on an order while a money operation on it is under way;
// another desk is refused until the claim is released or its lease has run out (the desk died).
const char* const V3[] = {
    R"(CREATE TABLE claims (
        profile TEXT NOT NULL,
        order_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        operator TEXT NOT NULL,
        host TEXT NOT NULL,
        owner_pid BIGINT NOT NULL,
        since BIGINT NOT NULL,
        lease_until BIGINT NOT NULL,
        PRIMARY KEY (profile, order_id)))",
};

// Version 4: how each order was paid, for the list's "Paid with" column and filter (SQLite's version 7).
const char* const V4[] = {
    "ALTER TABLE orders ADD COLUMN payment_way TEXT NOT NULL DEFAULT '?'",
    "CREATE INDEX orders_payment_way ON orders (profile, payment_way)",
};

// Version 5: a team database of 1,000,000 orders answers every view query within 50 ms (bench/run.sh
// --team). Each sort of the list reads its first page from an index in the list's exact order (the
// key, then id); the row keeps its stored order out of line (TOAST) so that counts, searches and deep
// pages read a sixth of the pages; the words' statistics see enough words that the planner tells a
// rare search word (a card's last 4: scan the matches) from a common one (walk the dates).
const char* const V5[] = {
    "DROP INDEX orders_created",
    "CREATE INDEX orders_created ON orders (profile, created, id)",
    "DROP INDEX orders_number",
    "CREATE INDEX orders_number ON orders (profile, order_number COLLATE \"C\", id)",
    "CREATE INDEX orders_sort_id ON orders (profile, order_id COLLATE \"C\", id)",
    "CREATE INDEX orders_sort_status ON orders (profile, status COLLATE \"C\", created, id)",
    "CREATE INDEX orders_sort_deadline ON orders (profile, deadline, id)",
    "CREATE INDEX orders_sort_card ON orders (profile, last4 COLLATE \"C\", id)",
    "CREATE INDEX orders_sort_email ON orders (profile, email COLLATE \"C\", id)",
    "CREATE INDEX orders_sort_description ON orders (profile, description COLLATE \"C\", id)",
    "ALTER TABLE orders ALTER COLUMN data SET STORAGE EXTERNAL",
    "ALTER TABLE orders SET (toast_tuple_target = 256)",
    "ALTER TABLE orders ALTER COLUMN words SET STATISTICS 1000",
};

} // namespace

int PgMigrations::latestVersion()
{
    return 7;
}

QStringList PgMigrations::step(int version)
{
    const std::pair<const char* const*, std::size_t> steps[] = {
        {V1, std::size(V1)}, {V2, std::size(V2)}, {V3, std::size(V3)}, {V4, std::size(V4)}, {V5, std::size(V5)}};
    // Version 6: the orders counted per account, status and currency and per day of creation (PgCounts),
    // and the views' counts, hold totals and deep pages read from them.
    if (version == 6)
        return PgCounts::migrationStatements();
    // Version 7: the orders' search words in a B-tree (PgOrderWords), and a search's count read from it alone.
    if (version == 7)
        return PgOrderWords::migrationStatements();
    QStringList statements;
    if (version < 1 || version > int(std::size(steps)))
        return statements;
    const auto& [first, count] = steps[version - 1];
    for (std::size_t i = 0; i < count; ++i)
        statements.append(QString::fromUtf8(first[i]));
    return statements;
}

QString PgMigrations::grantToOrderWriters(const char* privileges, const char* tables)
{
    return QStringLiteral(
               "DO $$ DECLARE r record; BEGIN FOR r IN SELECT DISTINCT a.grantee::regrole::text AS role "
               "FROM pg_class c, aclexplode(c.relacl) a WHERE c.oid = 'orders'::regclass AND a.privilege_type = "
               "'INSERT' AND a.grantee <> c.relowner AND a.grantee <> 0 LOOP "
               "EXECUTE 'GRANT %1 ON %2 TO ' || r.role; END LOOP; END $$")
        .arg(QLatin1String(privileges), QLatin1String(tables));
}

} // namespace PayDesk
