#pragma once

#include "core/model/Order.h"
#include "core/store/OrderCache.h"
#include "core/store/OrderQuery.h"
#include "core/store/ProfileKeys.h"
#include "core/store/StoreError.h"
#include "core/store/StoreResult.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>
#include <memory>
#include <optional>

class QSqlError;
class QSqlQuery;

namespace PayDesk {

class OrderBlob;

// Where a profile's sync got to.
struct SyncState
{
    QDateTime syncedTo; // the end of the last window fetched completely
    QDateTime syncedAt; // when that sync finished
    QString lastError;  // why the last sync stopped, empty after a success
    QDateTime lastErrorAt;
};

// A stored order that could not be read back: moved aside and fetched again by the next sync.
struct DamagedRow
{
    QString profile;
    QString orderId;
    QString reason;
};

// What `paydesk-cli check` found.
struct CacheCheck
{
    QStringList integrity;     // SQLite's integrity_check, empty when it said "ok"
    int rows = 0;              // orders read
    QList<DamagedRow> damaged; // orders whose stored form is not an order
    bool repaired = false;     // the damaged ones were moved aside for the next sync
    bool isSound() const { return integrity.isEmpty() && damaged.isEmpty(); }
};

// The local order cache: one SQLite file (WAL) shared by the app and the CLI. Every order a
// profile has seen, with typed columns for lists and search and the full order for details.
// A cache PayDesk may not write (a read-only file or directory) is opened read-only and reads work.
// Every stored order is checked as it is read; a damaged one is left out and reported
// (takeDamagedRows), and moved aside so that the next sync fetches it again.
// Not thread-safe: one OrderStore per thread.
class OrderStore : public OrderCache
{
    Q_DECLARE_TR_FUNCTIONS(OrderStore)
public:
    OrderStore();
    ~OrderStore();
    OrderStore(const OrderStore&) = delete;
    OrderStore& operator=(const OrderStore&) = delete;

    static QString defaultPath(); // GenericDataLocation/paydesk/orders.sqlite

    // Opens (creating and migrating as needed) the database at PATH. `upToVersion` is for tests
    // that build an older schema; 0 means the latest.
    bool open(const QString& path, int upToVersion = 0);
    // The first load of an empty cache (a first sync): the lookup indexes and the FTS index are set
    // aside and built once by endBulkLoad(), three times faster than row by row. Does nothing and
    // returns false unless the cache is empty. A load cut short is finished by the next open().
    bool beginBulkLoad();
    bool endBulkLoad();
    QString errorString() const { return m_lastError.userMessage(); }
    StoreError lastError() const { return m_lastError; }
    bool isReadOnly() const { return m_readOnly; }
    // Damaged orders met since the last call, for the front end to report.
    QList<DamagedRow> takeDamagedRows() const;
    // SQLite's integrity check and every stored order read back; `repair` moves damaged ones aside.
    StoreResult<CacheCheck> check(bool repair);
    int schemaVersion() const;
    QSqlDatabase database() const { return m_db; }
    QString path() const { return m_path; }
    // Another connection to the same file (OrderCache::reopen).
    std::unique_ptr<OrderCache> reopen() const;

    // Stores ORDERS for PROFILE in one transaction. An answer never moves an order backwards:
    // it is ignored when the stored state is further along. Gives how many rows changed.
    StoreResult<int> upsert(const QString& profile, const QList<Order>& orders);
    std::unique_ptr<OrderPacker> packer() const override;
    StoreResult<int> upsertPacked(const QString& profile, const PackedBatch& batch) override;

    // The stored order; an empty optional means there is none (or it was damaged: takeDamagedRows()).
    StoreResult<std::optional<Order>> order(const QString& profile, const QString& orderId) const;
    StoreResult<std::optional<Order>> orderByNumber(const QString& profile, const QString& orderNumber) const;
    StoreResult<QList<OrderSummary>> orders(const QString& profile, const OrderFilter& filter, int offset,
                                            int limit) const;
    StoreResult<int> count(const QString& profile, const OrderFilter& filter) const;
    // Every matching order in sort order, read in batches, for export.
    StoreError forEach(const QString& profile, const OrderFilter& filter,
                       const std::function<void(const Order&)>& visit, int limit = -1) const;
    // What the filter's orders add up to (WHAT), exactly, one sum per currency, the most used currency first.
    StoreResult<QList<Money>> totals(const QString& profile, const OrderFilter& filter, TotalOf what) const;
    // Every held order's deadline and capturable amount, from the held-only index alone.
    StoreResult<QList<HeldAmount>> heldAmounts(const QString& profile) const;
    // Orders whose state can still change by itself (held, pending, created since `createdSince`),
    // created before `createdBefore` when it is valid, for the refresh.
    StoreResult<QStringList> activeOrderIds(const QString& profile, const QDateTime& createdSince,
                                            const QDateTime& createdBefore = {}) const;

    StoreResult<SyncState> syncState(const QString& profile) const;
    StoreError recordSyncSuccess(const QString& profile, const QDateTime& syncedTo);
    StoreError recordSyncFailure(const QString& profile, const QString& error);

    // The monotonic order of states an order moves through; used to refuse stale answers.
    static int progressRank(OrderStatus status);
    // A row of the list columns (SummaryColumns) as a summary; PostgreSQL reads the same columns.
    // FULL is the stored order of a reversed or refunded row (column 15), for the date it was returned.
    static OrderSummary summaryFrom(const QSqlQuery& query, const std::optional<Order>& full);

private:
    StoreResult<std::optional<Order>> firstOrder(const QString& sql, const QString& profile, const QVariant& key) const;
    bool bulkLoadInterrupted() const;
    bool holdsOnly(const QVariant& profile) const; // whether the cache holds orders of PROFILE's key alone
    QVariant profileKey(const QString& profile) const;
    bool wordsAreCommon(const QString& profile, const OrderFilter& filter) const;
    bool openFile(const QString& path, bool readOnly, bool immutable);
    bool isPayDeskCache();
    bool openReadOnly();
    bool migrateTo(int version);
    void reclaimSpace();
    bool migrate(int target);
    // The order of a row selected with OrderRow's columns, or nullopt with the row noted as damaged.
    std::optional<Order> decodeRow(const QString& profile, const QSqlQuery& query) const;
    bool moveAside(const QList<DamagedRow>& rows);
    void tightenFiles() const;
    bool exec(const QString& sql);
    QString where(const OrderFilter& filter, QVariantList* binds) const;
    bool openBlobs();
    std::optional<Order> returnedOrder(const QSqlQuery& query) const;
    StoreResult<int> abandonUpsert(const QSqlError& error);
    void setError(StoreError::Kind kind, const QString& detail) const;
    void setError(const QSqlError& error, bool writing) const;

    QString m_connection;
    QString m_path;
    QSqlDatabase m_db;
    mutable StoreError m_lastError;
    mutable QList<DamagedRow> m_damaged;
    bool m_readOnly = false;
    int m_schema = 0;
    std::unique_ptr<QSqlQuery> m_upsert;
    ProfileKeys m_profileKeys;
    std::unique_ptr<OrderBlob> m_blobs;    // schema 6: how the full orders are unpacked
    std::unique_ptr<OrderPacker> m_packer; // upsert()'s own
};

} // namespace PayDesk
