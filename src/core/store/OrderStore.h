#pragma once

#include "model/Order.h"
#include "store/OrderQuery.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>
#include <memory>
#include <optional>

class QSqlQuery;

namespace PayDesk {

// Where a profile's sync got to.
struct SyncState
{
    QDateTime syncedTo;     // the end of the last window fetched completely
    QDateTime syncedAt;     // when that sync finished
    QString lastError;      // why the last sync stopped, empty after a success
    QDateTime lastErrorAt;
};

// The local order cache: one SQLite file (WAL) shared by the app and the CLI. Every order a
// profile has seen, with typed columns for lists and search and the full order for details.
// Not thread-safe: one OrderStore per thread.
class OrderStore
{
    Q_DECLARE_TR_FUNCTIONS(OrderStore)
public:
    OrderStore();
    ~OrderStore();
    OrderStore(const OrderStore &) = delete;
    OrderStore &operator=(const OrderStore &) = delete;

    static QString defaultPath(); // GenericDataLocation/paydesk/orders.sqlite

    // Opens (creating and migrating as needed) the database at PATH. `upToVersion` is for tests
    // that build an older schema; 0 means the latest.
    bool open(const QString &path, int upToVersion = 0);
    // The first load of an empty cache (a first sync): the lookup indexes and the FTS index are set
    // aside and built once by endBulkLoad(), three times faster than row by row. Does nothing and
    // returns false unless the cache is empty. A load cut short is finished by the next open().
    bool beginBulkLoad();
    bool endBulkLoad();
    QString errorString() const { return m_error; }
    int schemaVersion() const;
    QSqlDatabase database() const { return m_db; }
    QString path() const { return m_db.databaseName(); }

    // Stores ORDERS for PROFILE in one transaction. An answer never moves an order backwards:
    // it is ignored when the stored state is further along. Returns how many rows changed, or -1.
    int upsert(const QString &profile, const QList<Order> &orders);

    std::optional<Order> order(const QString &profile, const QString &orderId) const;
    std::optional<Order> orderByNumber(const QString &profile, const QString &orderNumber) const;
    QList<OrderSummary> orders(const QString &profile, const OrderFilter &filter, int offset, int limit) const;
    int count(const QString &profile, const OrderFilter &filter) const;
    // Every matching order in sort order, read in batches, for export.
    bool forEach(const QString &profile, const OrderFilter &filter, const std::function<void(const Order &)> &visit,
                 int limit = -1) const;
    // Every held order's deadline and capturable amount, from the held-only index alone.
    QList<HeldAmount> heldAmounts(const QString &profile) const;
    // Orders whose state can still change by itself (held, pending, created since `createdSince`),
    // created before `createdBefore` when it is valid, for the refresh.
    QStringList activeOrderIds(const QString &profile, const QDateTime &createdSince, const QDateTime &createdBefore = {}) const;

    SyncState syncState(const QString &profile) const;
    bool recordSyncSuccess(const QString &profile, const QDateTime &syncedTo);
    bool recordSyncFailure(const QString &profile, const QString &error);

    // The monotonic order of states an order moves through; used to refuse stale answers.
    static int progressRank(OrderStatus status);

private:
    bool bulkLoadInterrupted() const;
    QString onlyProfile() const;   // the one profile the cache holds orders of, if it holds one
    bool wordsAreCommon(const QString &profile, const OrderFilter &filter) const;
    bool migrate(int target);
    bool exec(const QString &sql);
    QString where(const OrderFilter &filter, QVariantList *binds) const;
    static OrderSummary summaryFrom(const QSqlQuery &query);
    void setError(const QString &what, const QString &detail);

    QString m_connection;
    QSqlDatabase m_db;
    mutable QString m_error;
    std::unique_ptr<QSqlQuery> m_upsert;
};

} // namespace PayDesk
