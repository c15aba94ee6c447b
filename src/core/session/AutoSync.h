#pragma once

#include "core/sync/OrderSync.h"

#include <QDateTime>
#include <QObject>

class QTimer;

namespace PayDesk {

class Desk;
struct ViewCounts;

// Keeps a desk's picture live without anyone pressing Sync. It asks for a sync (syncDue()) every
// interval, and at once when the network comes back (QNetworkInformation, where a backend is there)
// or the machine wakes (a tick that comes much later than it was due); and at each hold's deadline it
// reads that order again from the gateway. Time is Clock's: the timers only wake it up to look, so a
// test that moves Clock sees the same as a user who waits.
class AutoSync : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultIntervalSecs = 5 * 60;
    static constexpr int TickMSecs = 20 * 1000;

    explicit AutoSync(Desk* desk, QObject* parent = nullptr);

    void setIntervalSecs(int seconds);
    int intervalSecs() const { return m_intervalSecs; }
    // What a sync syncDue() asks for starts with: on a team's desk, no listing when any desk of the team
    // synced the account within the interval (the gateway sees one listing per interval).
    SyncOptions turnOptions() const;
    // How often it looks at Clock; tests shorten it.
    void setTickMSecs(int msecs);
    // The last good sync, invalid before the first one.
    QDateTime lastGoodSync() const;
    // The last sync failed, none ever succeeded, or the last good one is older than two intervals.
    bool isStale() const;
    // Whether the cache's picture is in doubt for a reason to tell the user (a failed sync, an old one):
    // the banner's matter. Not before the first sync, which is running or about to.
    bool needsAttention() const;
    // Marks counts that cannot be trusted: "?" before any good sync, "stale" after a failed or old one.
    void qualify(ViewCounts* counts) const;

signals:
    // Time for a sync: the interval passed, the network came back or the machine woke up.
    void syncDue();
    // Holds' deadlines passed: what is due and what needs capture changed, with or without a sync.
    void deadlinesPassed();
    // Every tick: texts that say how long ago something was move on.
    void ticked();

private:
    void tick();
    void checkDeadlines(const QDateTime& now);
    void armDeadlineTimer(const QDateTime& now);
    void watchReachability();
    void askForSync(const QDateTime& now);

    Desk* m_desk;
    QTimer* m_tick;
    QTimer* m_deadline;
    int m_intervalSecs = DefaultIntervalSecs;
    QDateTime m_lastRun;     // when the last sync ended or was asked for
    QDateTime m_lastTick;    // for the wake-up check
    QDateTime m_checkedUpTo; // deadlines up to here have been handled
    bool m_offline = false;  // as QNetworkInformation last said
};

} // namespace PayDesk
