#pragma once

#include "core/team/SyncLock.h"

#include <QObject>

namespace PayDesk {

class Desk;
class OrderCache;
class TeamChanges;
struct SyncReport;

// A desk's part in its team (a desk on a PostgreSQL cache): one syncer per account (SyncLock) and
// the others' changes live (TeamChanges). The desk asks mayList() before a sync lists the gateway;
// a sync it may not run ends at once in syncSkipped(), with the shared cache as the others left it.
class TeamLink : public QObject
{
    Q_OBJECT
public:
    TeamLink(Desk* desk, OrderCache* store, const QString& account);
    ~TeamLink() override;

    // Whether the cache is a team's (PostgreSQL).
    static bool isTeam(const OrderCache& store);

    // True: list now, under the lock (released when the desk's sync finishes). False: syncSkipped() follows.
    bool mayList(const SyncOptions& options);
    // Tells the other desks that this one changed the account's orders or journal.
    void tell();

signals:
    // Another desk changed the account's orders or journal: the views read the cache again.
    void changedElsewhere();
    void syncSkipped(const SyncReport& report);

private:
    void synced(const SyncReport& report);

    SyncLock m_lock;
    TeamChanges* m_changes;
};

} // namespace PayDesk
