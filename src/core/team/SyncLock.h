#pragma once

#include "core/store/StoreResult.h"
#include "core/sync/OrderSync.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace PayDesk {

class OrderCache;

// One syncer per gateway account across a team's desks. A desk whose sync is due takes a PostgreSQL
// session advisory lock keyed on the account, on its own connection, and holds it while it lists the
// gateway; a desk that dies loses it with its connection. Under the lock an automatic turn
// (SyncOptions::unlessSyncedWithinSecs) reads the shared sync_state and lists only when no desk synced
// the account within that time; a person's "Sync now" lists whenever no other desk is listing.
class SyncLock
{
    Q_DECLARE_TR_FUNCTIONS(SyncLock)
public:
    SyncLock(OrderCache* store, QString account);
    ~SyncLock();
    SyncLock(const SyncLock&) = delete;
    SyncLock& operator=(const SyncLock&) = delete;

    // Empty when this desk is to list (the lock is then held until release()); else why it does not:
    // another desk is listing the account now, or listed it within the turn's time.
    QString enter(const SyncOptions& options);
    void release();
    bool isHeld() const { return m_held; }

private:
    StoreResult<bool> tryTake();
    // Why a turn may skip the listing: the account's last sync (or failed attempt) is recent enough.
    QString recentSync(int withinSecs) const;

    OrderCache* m_store;
    QString m_account;
    bool m_held = false;
};

} // namespace PayDesk
