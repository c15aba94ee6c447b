#pragma once

#include "core/model/Order.h"
#include "core/store/OrderPacker.h"
#include "core/store/OrderQuery.h"
#include "core/store/StoreError.h"
#include "core/store/StoreResult.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <functional>
#include <memory>
#include <optional>

namespace PayDesk {

struct SyncState;
struct DamagedRow;

// What a desk asks of its order cache, whatever the engine: SQLite (OrderStore, one desk, the default)
// or PostgreSQL (PgOrderStore, a team of desks sharing one cache and journal). The journal lives in the
// same database, on the connection database() gives.
class OrderCache
{
public:
    virtual ~OrderCache() = default;

    virtual QString errorString() const = 0;
    virtual StoreError lastError() const = 0;
    virtual bool isReadOnly() const = 0;
    virtual QList<DamagedRow> takeDamagedRows() const = 0;
    virtual QSqlDatabase database() const = 0;
    // The file, or the team database's address without secrets.
    virtual QString path() const = 0;
    // A second connection to the same cache, for a writer thread; called in that thread.
    virtual std::unique_ptr<OrderCache> reopen() const = 0;
    virtual bool beginBulkLoad() = 0;
    virtual bool endBulkLoad() = 0;

    virtual StoreResult<int> upsert(const QString& profile, const QList<Order>& orders) = 0;
    // What makes the stored form of orders on another thread, ahead of upsertPacked() (a sync's writer);
    // null when the cache has no such work to hand out (its upsert() does it all).
    virtual std::unique_ptr<OrderPacker> packer() const { return nullptr; }
    // upsert() of orders packed by a packer() of this cache.
    virtual StoreResult<int> upsertPacked(const QString& profile, const PackedBatch& batch)
    {
        return upsert(profile, batch.orders);
    }
    virtual StoreResult<std::optional<Order>> order(const QString& profile, const QString& orderId) const = 0;
    virtual StoreResult<std::optional<Order>> orderByNumber(const QString& profile,
                                                            const QString& orderNumber) const = 0;
    virtual StoreResult<QList<OrderSummary>> orders(const QString& profile, const OrderFilter& filter, int offset,
                                                    int limit) const = 0;
    virtual StoreResult<int> count(const QString& profile, const OrderFilter& filter) const = 0;
    virtual StoreError forEach(const QString& profile, const OrderFilter& filter,
                               const std::function<void(const Order&)>& visit, int limit = -1) const = 0;
    virtual StoreResult<QList<Money>> totals(const QString& profile, const OrderFilter& filter, TotalOf what) const = 0;
    virtual StoreResult<QList<HeldAmount>> heldAmounts(const QString& profile) const = 0;
    virtual StoreResult<QStringList> activeOrderIds(const QString& profile, const QDateTime& createdSince,
                                                    const QDateTime& createdBefore = {}) const = 0;

    virtual StoreResult<SyncState> syncState(const QString& profile) const = 0;
    virtual StoreError recordSyncSuccess(const QString& profile, const QDateTime& syncedTo) = 0;
    virtual StoreError recordSyncFailure(const QString& profile, const QString& error) = 0;
};

} // namespace PayDesk
