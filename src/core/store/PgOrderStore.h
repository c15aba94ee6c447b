#pragma once

#include "core/store/OrderCache.h"
#include "core/team/TeamDatabase.h"

#include <QCoreApplication>

class QSqlError;
class QSqlQuery;

namespace PayDesk {

// The order cache of a team, on PostgreSQL: one database shared by several desks (each its own
// connection), the same answers as the SQLite cache (OrderStore) for the same orders. Rows are keyed
// by what the desks pass as "profile": in team mode the gateway account (Workplace::teamAccount),
// so that desks naming their profiles differently share the account's orders.
// Not thread-safe: one PgOrderStore per thread (reopen() gives another connection).
class PgOrderStore : public OrderCache
{
    Q_DECLARE_TR_FUNCTIONS(PgOrderStore)
public:
    PgOrderStore();
    ~PgOrderStore() override;
    PgOrderStore(const PgOrderStore&) = delete;
    PgOrderStore& operator=(const PgOrderStore&) = delete;

    // Connects and creates or migrates the schema (under an advisory lock: desks may start together).
    // `upToVersion` is for tests that build an older schema; 0 means the latest.
    bool open(const TeamDatabase& address, const QString& password, int upToVersion = 0);
    int schemaVersion() const;
    // Folds PROFILE's count rows (PgCounts): upsert() does it now and then, a bulk load once at its end.
    bool compactCounts(const QString& profile);

    QString errorString() const override { return m_lastError.userMessage(); }
    StoreError lastError() const override { return m_lastError; }
    bool isReadOnly() const override { return false; }
    QList<DamagedRow> takeDamagedRows() const override;
    QSqlDatabase database() const override { return m_db; }
    QString path() const override { return m_address.url(); }
    std::unique_ptr<OrderCache> reopen() const override;
    bool beginBulkLoad() override { return false; }
    bool endBulkLoad() override { return true; }

    StoreResult<int> upsert(const QString& profile, const QList<Order>& orders) override;
    StoreResult<std::optional<Order>> order(const QString& profile, const QString& orderId) const override;
    StoreResult<std::optional<Order>> orderByNumber(const QString& profile, const QString& orderNumber) const override;
    StoreResult<QList<OrderSummary>> orders(const QString& profile, const OrderFilter& filter, int offset,
                                            int limit) const override;
    StoreResult<int> count(const QString& profile, const OrderFilter& filter) const override;
    StoreError forEach(const QString& profile, const OrderFilter& filter,
                       const std::function<void(const Order&)>& visit, int limit = -1) const override;
    StoreResult<QList<Money>> totals(const QString& profile, const OrderFilter& filter, TotalOf what) const override;
    StoreResult<QList<HeldAmount>> heldAmounts(const QString& profile) const override;
    StoreResult<QStringList> activeOrderIds(const QString& profile, const QDateTime& createdSince,
                                            const QDateTime& createdBefore = {}) const override;

    StoreResult<SyncState> syncState(const QString& profile) const override;
    StoreError recordSyncSuccess(const QString& profile, const QDateTime& syncedTo) override;
    StoreError recordSyncFailure(const QString& profile, const QString& error) override;

private:
    bool migrate(int target);
    bool exec(const QString& sql);
    StoreError upsertChunk(const QString& profile, const QList<Order>& orders, int* changed);
    // Runs SQL with BINDS; false (and lastError) when it failed.
    bool run(QSqlQuery& query, const QString& sql, const QVariantList& binds, bool writing) const;
    std::optional<Order> decoded(const QString& profile, const QString& orderId, const QByteArray& data) const;
    StoreResult<std::optional<Order>> first(const QString& sql, const QVariantList& binds) const;
    void setError(const QSqlError& error, bool writing) const;
    // The words in many orders, when FILTER searches (PgOrderFilter::where).
    QStringList commonWords(const OrderFilter& filter) const;

    QString m_connection;
    TeamDatabase m_address;
    QString m_password; // kept for reopen(), never written anywhere
    QSqlDatabase m_db;
    int m_schema = 0;
    int m_writes = 0; // upserts since the store was opened, for compactCounts()
    mutable StoreError m_lastError;
    mutable QList<DamagedRow> m_damaged;
    mutable std::optional<QStringList> m_commonWords;
};

} // namespace PayDesk
