#include "core/store/PgOrderStore.h"

#include "core/model/OrderCodec.h"
#include "core/store/OrderStore.h"
#include "core/store/PgCounts.h"
#include "core/store/PgMigrations.h"
#include "core/store/PgOrderFilter.h"
#include "core/store/PgOrderRow.h"
#include "core/store/PgOrderWords.h"
#include "core/time/Clock.h"

#include <QHash>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>
#include <limits>

namespace PayDesk {

Q_LOGGING_CATEGORY(lcPgStore, "paydesk.store.pg", QtInfoMsg)

namespace {
const char PgSummaryColumns[] =
    "o.id, o.order_id, o.order_number, o.gateway, o.status, o.currency, o.amount, o.approved, o.captured, "
    "o.refunded, o.card, o.email, o.description, o.created, o.deadline, "
    "CASE WHEN o.status IN ('reversed', 'refunded', 'partly_refunded') THEN o.data END, o.payment_way";
// Rows per INSERT: one round trip for many orders (the sync writes pages of hundreds).
constexpr int RowsPerInsert = 250;
constexpr int ColumnsPerRow = 21;
constexpr int PaymentWaySchema = 4; // the version that added orders.payment_way
constexpr int CountsSchema = 6;     // the version that counts the orders (PgCounts)
constexpr int WordsSchema = 7;      // the version that keeps the orders' words in a B-tree (PgOrderWords)
// Writes between two foldings of the counts' rows (each write adds a few).
constexpr int WritesPerCompaction = 32;
// A word in this share of the orders or more is common: a search finds the orders by its other words first.
constexpr double CommonWordShare = 0.01;
// The advisory lock desks take while one of them migrates the schema.
constexpr qint64 MigrationLock = 0x70617964'65736b01;

QDateTime msToUtc(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

// Whether B is at least as far along as A (an answer never moves an order backwards).
bool notBehind(const Order& a, const Order& b)
{
    const int ra = OrderStore::progressRank(a.status);
    const int rb = OrderStore::progressRank(b.status);
    return rb > ra
           || (rb == ra && b.captured.minor() >= a.captured.minor() && b.refunded.minor() >= a.refunded.minor());
}
} // namespace

PgOrderStore::PgOrderStore()
    : m_connection(QStringLiteral("paydesk-pg-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

PgOrderStore::~PgOrderStore()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

void PgOrderStore::setError(const QSqlError& error, bool writing) const
{
    m_lastError =
        StoreError::of(writing ? StoreError::Kind::CannotWrite : StoreError::Kind::CannotRead, path(), error.text());
    qCWarning(lcPgStore) << "team database:" << error.text();
}

bool PgOrderStore::open(const TeamDatabase& address, const QString& password, int upToVersion)
{
    m_lastError = {};
    m_address = address;
    m_password = password;
    if (const QString refused = address.policyError(); !refused.isEmpty()) {
        m_lastError = StoreError::of(StoreError::Kind::CannotRead, path(), refused);
        return false;
    }
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connection);
    address.configure(m_db, password);
    if (!m_db.open()) {
        setError(m_db.lastError(), false);
        return false;
    }
    // Views ask short questions: compiling one (JIT) takes longer than answering it.
    exec(QStringLiteral("SET jit = off"));
    return migrate(upToVersion > 0 ? upToVersion : PgMigrations::latestVersion());
}

std::unique_ptr<OrderCache> PgOrderStore::reopen() const
{
    auto other = std::make_unique<PgOrderStore>();
    other->open(m_address, m_password);
    return other;
}

bool PgOrderStore::exec(const QString& sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql)) {
        setError(q.lastError(), true);
        return false;
    }
    return true;
}

bool PgOrderStore::run(QSqlQuery& q, const QString& sql, const QVariantList& binds, bool writing) const
{
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        setError(q.lastError(), writing);
        return false;
    }
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec()) {
        setError(q.lastError(), writing);
        return false;
    }
    return true;
}

int PgOrderStore::schemaVersion() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT version FROM schema_version")) && q.next())
        return q.value(0).toInt();
    return 0;
}

bool PgOrderStore::migrate(int target)
{
    if (!m_db.transaction()) {
        setError(m_db.lastError(), true);
        return false;
    }
    bool ok = exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(MigrationLock))
              && exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"));
    int version = ok ? schemaVersion() : 0;
    if (ok && version > PgMigrations::latestVersion()) {
        m_db.rollback();
        m_lastError = StoreError::of(StoreError::Kind::NewerSchema, path(),
                                     tr("it was written by a newer PayDesk (schema %1; this one reads %2)")
                                         .arg(version)
                                         .arg(PgMigrations::latestVersion()));
        return false;
    }
    if (ok && version == 0)
        ok = exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (0)"));
    for (; ok && version < target; ++version) {
        for (const QString& statement : PgMigrations::step(version + 1))
            ok = ok && exec(statement);
        ok = ok && exec(QStringLiteral("UPDATE schema_version SET version = %1").arg(version + 1));
    }
    if (!ok || !m_db.commit()) {
        const StoreError why = m_lastError;
        m_db.rollback();
        m_lastError = StoreError::of(StoreError::Kind::CannotWrite, path(),
                                     tr("upgrading it to schema %1 failed: %2").arg(target).arg(why.detail));
        return false;
    }
    m_schema = std::max(version, target);
    return true;
}

StoreResult<int> PgOrderStore::upsert(const QString& profile, const QList<Order>& orders)
{
    // One row per order (a statement may not touch a row twice): the one furthest along.
    QList<Order> rows;
    QHash<QString, qsizetype> at;
    for (const Order& o : orders) {
        if (const auto seen = at.constFind(o.orderId); seen != at.constEnd()) {
            if (notBehind(rows.at(*seen), o))
                rows[*seen] = o;
            continue;
        }
        at.insert(o.orderId, rows.size());
        rows.append(o);
    }
    if (!m_db.transaction()) {
        setError(m_db.lastError(), true);
        return StoreResult<int>::failed(m_lastError);
    }
    int changed = 0;
    for (qsizetype from = 0; from < rows.size(); from += RowsPerInsert) {
        if (const StoreError failed = upsertChunk(profile, rows.mid(from, RowsPerInsert), &changed); failed.isError()) {
            m_db.rollback();
            return StoreResult<int>::failed(failed);
        }
    }
    QSqlQuery healed(m_db);
    if (!run(healed,
             QStringLiteral("DELETE FROM damaged_orders d USING orders o WHERE d.profile = ? AND o.profile = d.profile "
                            "AND o.order_id = d.order_id"),
             {profile}, true)
        || !m_db.commit()) {
        m_db.rollback();
        return StoreResult<int>::failed(m_lastError);
    }
    if (m_schema >= CountsSchema && ++m_writes % WritesPerCompaction == 0)
        compactCounts(profile);
    return StoreResult<int>::of(changed);
}

StoreError PgOrderStore::upsertChunk(const QString& profile, const QList<Order>& orders, int* changed)
{
    // An older schema (a test of the upgrade writes one) has no payment_way: the statement leaves it out.
    const bool withWay = m_schema >= PaymentWaySchema;
    const QString row = QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                       "?::tsvector, ?%1)")
                            .arg(withWay ? QStringLiteral(", ?") : QString());
    QStringList values;
    QVariantList binds;
    binds.reserve(orders.size() * ColumnsPerRow);
    const qint64 now = Clock::nowMSecs();
    for (const Order& o : orders) {
        values.append(row);
        binds << PgOrderRow::values(profile, o, now, withWay);
    }
    QString sql =
        QStringLiteral(
            "INSERT INTO orders AS cur (profile, order_id, order_number, gateway, status, rank, currency, amount, "
            "approved, "
            "captured, refunded, card, last4, email, description, created, deadline, stored, words, data, payment_way) "
            "VALUES %1 "
            "ON CONFLICT (profile, order_id) DO UPDATE SET order_number = excluded.order_number, status = "
            "excluded.status, "
            "rank = excluded.rank, currency = excluded.currency, amount = excluded.amount, approved = "
            "excluded.approved, "
            "captured = excluded.captured, refunded = excluded.refunded, card = excluded.card, last4 = excluded.last4, "
            "email = excluded.email, description = excluded.description, created = excluded.created, "
            "deadline = excluded.deadline, stored = excluded.stored, words = excluded.words, data = excluded.data, "
            "payment_way = excluded.payment_way "
            "WHERE (excluded.data IS DISTINCT FROM cur.data OR cur.payment_way = '?') AND (excluded.rank > cur.rank OR "
            "(excluded.rank = cur.rank "
            "AND excluded.captured >= cur.captured AND excluded.refunded >= cur.refunded))")
            .arg(values.join(QStringLiteral(", ")));
    if (!withWay)
        sql.replace(QStringLiteral(", payment_way)"), QStringLiteral(")"))
            .replace(QStringLiteral(", payment_way = excluded.payment_way "), QStringLiteral(" "))
            .replace(QStringLiteral(" OR cur.payment_way = '?'"), QString());
    QSqlQuery q(m_db);
    if (!run(q, sql, binds, true))
        return m_lastError;
    *changed += q.numRowsAffected();
    return {};
}

std::optional<Order> PgOrderStore::decoded(const QString& profile, const QString& orderId, const QByteArray& data) const
{
    QString why;
    std::optional<Order> found = OrderCodec::decode(data, &why);
    if (found && (found->orderId != orderId || !found->amountsArePlausible()))
        why = QStringLiteral("the stored order does not match its row");
    else if (found)
        return found;
    m_damaged.append({profile, orderId, why});
    return std::nullopt;
}

QList<DamagedRow> PgOrderStore::takeDamagedRows() const
{
    const QList<DamagedRow> found = std::exchange(m_damaged, {});
    for (const DamagedRow& row : found) {
        QSqlQuery q(m_db);
        run(q,
            QStringLiteral("WITH gone AS (DELETE FROM orders WHERE profile = ? AND order_id = ?) "
                           "INSERT INTO damaged_orders (profile, order_id, reason, found) VALUES (?, ?, ?, ?) "
                           "ON CONFLICT (profile, order_id) DO NOTHING"),
            {row.profile, row.orderId, row.profile, row.orderId, row.reason, Clock::nowMSecs()}, true);
    }
    return found;
}

StoreResult<std::optional<Order>> PgOrderStore::first(const QString& sql, const QVariantList& binds) const
{
    QSqlQuery q(m_db);
    if (!run(q, sql, binds, false))
        return StoreResult<std::optional<Order>>::failed(m_lastError);
    if (!q.next())
        return {};
    return StoreResult<std::optional<Order>>::of(
        decoded(binds.first().toString(), q.value(1).toString(), q.value(0).toByteArray()));
}

StoreResult<std::optional<Order>> PgOrderStore::order(const QString& profile, const QString& orderId) const
{
    return first(QStringLiteral("SELECT data, order_id FROM orders WHERE profile = ? AND order_id = ?"),
                 {profile, orderId});
}

StoreResult<std::optional<Order>> PgOrderStore::orderByNumber(const QString& profile, const QString& orderNumber) const
{
    return first(QStringLiteral("SELECT data, order_id FROM orders WHERE profile = ? AND order_number = ? "
                                "ORDER BY created DESC LIMIT 1"),
                 {profile, orderNumber});
}

StoreResult<QList<OrderSummary>> PgOrderStore::orders(const QString& profile, const OrderFilter& filter, int offset,
                                                      int limit) const
{
    QVariantList binds;
    const QString condition = PgOrderFilter::where(profile, filter, &binds, commonWords(filter));
    const QString order = PgOrderFilter::orderBy(filter);
    // The page's ids first (from the sort's index alone), then only their rows: a page deep in the list
    // skips its offset without reading the rows before it; deep in all orders, without most of the index.
    QVariantList pageBinds;
    QString page = m_schema >= CountsSchema && PgCounts::findsDeepPage(filter, offset)
                       ? PgCounts::deepPage(profile, filter.sortOrder, order, offset, limit, &pageBinds)
                       : PgOrderFilter::statusesPage(profile, filter, offset, limit, &pageBinds);
    if (page.isEmpty()) {
        page = QStringLiteral("SELECT o.id FROM orders o WHERE %1 ORDER BY %2 LIMIT ? OFFSET ?").arg(condition, order);
        pageBinds = binds << limit << offset;
    }
    QSqlQuery q(m_db);
    if (!run(q,
             QStringLiteral("SELECT %1 FROM orders o JOIN (%2) page ON page.id = o.id ORDER BY %3")
                 .arg(QLatin1String(PgSummaryColumns), page, order),
             pageBinds, false))
        return StoreResult<QList<OrderSummary>>::failed(m_lastError);
    QList<OrderSummary> rows;
    while (q.next())
        rows.append(OrderStore::summaryFrom(
            q, q.value(15).isNull() ? std::nullopt : OrderCodec::decode(q.value(15).toByteArray(), nullptr)));
    return StoreResult<QList<OrderSummary>>::of(rows);
}

StoreResult<int> PgOrderStore::count(const QString& profile, const OrderFilter& filter) const
{
    if (m_schema >= CountsSchema) {
        std::optional<qint64> counted;
        if (HeldTotals::answers(filter)) {
            if (const auto sums = PgCounts::held(m_db, profile, filter.holds)) {
                counted = 0;
                for (const HeldTotals::Sum& sum : *sums)
                    *counted += sum.holds;
            }
        } else if (PgCounts::byStatusOnly(filter)) {
            counted = PgCounts::count(m_db, profile, filter.statuses);
        }
        if (counted)
            return StoreResult<int>::of(int(*counted));
    }
    QVariantList binds;
    // A search: from the words' index alone, if it can (the tsvector's GIN index visits each order's row).
    QString sql = m_schema >= WordsSchema ? PgOrderWords::countQuery(profile, filter, &binds) : QString();
    if (sql.isEmpty())
        sql = QStringLiteral("SELECT count(*) FROM orders o WHERE ")
              + PgOrderFilter::where(profile, filter, &binds, commonWords(filter));
    QSqlQuery q(m_db);
    if (!run(q, sql, binds, false) || !q.next())
        return StoreResult<int>::failed(m_lastError);
    return StoreResult<int>::of(q.value(0).toInt());
}

StoreError PgOrderStore::forEach(const QString& profile, const OrderFilter& filter,
                                 const std::function<void(const Order&)>& visit, int limit) const
{
    QVariantList binds;
    const QString condition = PgOrderFilter::where(profile, filter, &binds);
    QSqlQuery q(m_db);
    if (!run(q,
             QStringLiteral("SELECT o.data, o.order_id FROM orders o WHERE %1 ORDER BY %2 %3")
                 .arg(condition, PgOrderFilter::orderBy(filter),
                      limit >= 0 ? QStringLiteral("LIMIT %1").arg(limit) : QString()),
             binds, false))
        return m_lastError;
    while (q.next()) {
        if (const std::optional<Order> found = decoded(profile, q.value(1).toString(), q.value(0).toByteArray()))
            visit(*found);
    }
    return {};
}

StoreResult<QList<Money>> PgOrderStore::totals(const QString& profile, const OrderFilter& filter, TotalOf what) const
{
    static const char* const Sums[] = {"o.amount", "o.approved - o.captured", "o.refunded"};
    if (what == TotalOf::Held && m_schema >= CountsSchema && HeldTotals::answers(filter)) {
        if (const auto sums = PgCounts::held(m_db, profile, filter.holds)) {
            return StoreResult<QList<Money>>::of(HeldTotals::capturable(*sums));
        }
    }
    QVariantList binds;
    QString condition = PgOrderFilter::where(profile, filter, &binds);
    if (what == TotalOf::Held)
        condition += QStringLiteral(" AND o.status = 'held'");
    QSqlQuery q(m_db);
    // numeric sums: exact, never rounded.
    if (!run(q,
             QStringLiteral("SELECT o.currency, sum(%1)::text FROM orders o WHERE %2 GROUP BY o.currency "
                            "ORDER BY count(*) DESC, o.currency COLLATE \"C\"")
                 .arg(QLatin1String(Sums[int(what)]), condition),
             binds, false))
        return StoreResult<QList<Money>>::failed(m_lastError);
    QList<Money> sums;
    while (q.next()) {
        const qint64 sum = q.value(1).toString().toLongLong();
        if (sum != 0)
            sums.append(Money(sum, Currency::fromCode(q.value(0).toString())));
    }
    return StoreResult<QList<Money>>::of(sums);
}

StoreResult<QList<HeldAmount>> PgOrderStore::heldAmounts(const QString& profile) const
{
    QSqlQuery q(m_db);
    if (!run(q,
             QStringLiteral("SELECT deadline, currency, approved - captured FROM orders "
                            "WHERE profile = ? AND status = 'held'"),
             {profile}, false))
        return StoreResult<QList<HeldAmount>>::failed(m_lastError);
    QList<HeldAmount> list;
    while (q.next())
        list.append({msToUtc(q.value(0).toLongLong()),
                     Money(q.value(2).toLongLong(), Currency::fromCode(q.value(1).toString()))});
    return StoreResult<QList<HeldAmount>>::of(list);
}

StoreResult<QStringList> PgOrderStore::activeOrderIds(const QString& profile, const QDateTime& createdSince,
                                                      const QDateTime& createdBefore) const
{
    QSqlQuery q(m_db);
    if (!run(q,
             QStringLiteral("SELECT order_id FROM orders WHERE profile = ? AND (status IN ('held', 'pending') "
                            "OR (status = 'created' AND created >= ?)) AND created < ? "
                            "UNION SELECT order_id FROM damaged_orders WHERE profile = ?"),
             {profile, createdSince.isValid() ? createdSince.toMSecsSinceEpoch() : 0,
              createdBefore.isValid() ? createdBefore.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max(),
              profile},
             false))
        return StoreResult<QStringList>::failed(m_lastError);
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    return StoreResult<QStringList>::of(ids);
}

QStringList PgOrderStore::commonWords(const OrderFilter& filter) const
{
    if (filter.text.trimmed().isEmpty())
        return {};
    if (!m_commonWords) {
        // Read once per connection: which words are common changes slowly, and it only steers the plan.
        m_commonWords = QStringList();
        QSqlQuery q(m_db);
        if (q.exec(QStringLiteral("SELECT u.word FROM pg_stats s, unnest(s.most_common_elems::text::text[], "
                                  "s.most_common_elem_freqs) AS u (word, share) WHERE s.schemaname = current_schema() "
                                  "AND s.tablename = 'orders' AND s.attname = 'words' AND u.share >= %1")
                       .arg(CommonWordShare))) {
            while (q.next())
                m_commonWords->append(q.value(0).toString());
        }
    }
    return *m_commonWords;
}

bool PgOrderStore::compactCounts(const QString& profile)
{
    if (PgCounts::compact(m_db, profile))
        return true;
    setError(m_db.lastError(), true);
    return false;
}

StoreResult<SyncState> PgOrderStore::syncState(const QString& profile) const
{
    QSqlQuery q(m_db);
    if (!run(q,
             QStringLiteral("SELECT synced_to, synced_at, last_error, last_error_at FROM sync_state WHERE profile = ?"),
             {profile}, false))
        return StoreResult<SyncState>::failed(m_lastError);
    SyncState state;
    if (q.next()) {
        state.syncedTo = msToUtc(q.value(0).toLongLong());
        state.syncedAt = msToUtc(q.value(1).toLongLong());
        state.lastError = q.value(2).toString();
        state.lastErrorAt = msToUtc(q.value(3).toLongLong());
    }
    return StoreResult<SyncState>::of(state);
}

StoreError PgOrderStore::recordSyncSuccess(const QString& profile, const QDateTime& syncedTo)
{
    QSqlQuery q(m_db);
    run(q,
        QStringLiteral("INSERT INTO sync_state AS s (profile, synced_to, synced_at) VALUES (?, ?, ?) "
                       "ON CONFLICT (profile) DO UPDATE SET synced_to = greatest(coalesce(s.synced_to, 0), "
                       "excluded.synced_to), synced_at = excluded.synced_at, last_error = NULL, last_error_at = NULL"),
        {profile, syncedTo.isValid() ? syncedTo.toMSecsSinceEpoch() : 0, Clock::nowMSecs()}, true);
    return q.lastError().isValid() ? m_lastError : StoreError{};
}

StoreError PgOrderStore::recordSyncFailure(const QString& profile, const QString& error)
{
    QSqlQuery q(m_db);
    run(q,
        QStringLiteral("INSERT INTO sync_state (profile, last_error, last_error_at) VALUES (?, ?, ?) "
                       "ON CONFLICT (profile) DO UPDATE SET last_error = excluded.last_error, "
                       "last_error_at = excluded.last_error_at"),
        {profile, error, Clock::nowMSecs()}, true);
    return q.lastError().isValid() ? m_lastError : StoreError{};
}

} // namespace PayDesk
