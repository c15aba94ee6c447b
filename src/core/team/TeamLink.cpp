#include "core/team/TeamLink.h"

#include "core/session/Desk.h"
#include "core/store/OrderCache.h"
#include "core/team/TeamChanges.h"
#include "core/time/Clock.h"

namespace PayDesk {

TeamLink::TeamLink(Desk* desk, OrderCache* store, const QString& account)
    : QObject(desk)
    , m_lock(store, account)
    , m_changes(new TeamChanges(store->database(), account, this))
{
    connect(m_changes, &TeamChanges::changed, this, &TeamLink::changedElsewhere);
    connect(desk, &Desk::syncFinished, this, &TeamLink::synced);
    connect(desk, &Desk::orderChanged, this, &TeamLink::tell);
    connect(desk, &Desk::reconciled, this, [this](const ReconcileReport& report) {
        if (report.done + report.notDone > 0)
            tell();
    });
}

TeamLink::~TeamLink() = default;

bool TeamLink::isTeam(const OrderCache& store)
{
    return store.database().driverName() == QLatin1String("QPSQL");
}

bool TeamLink::mayList(const SyncOptions& options)
{
    const QString skipped = m_lock.enter(options);
    if (skipped.isEmpty())
        return true;
    SyncReport report;
    report.skipped = skipped;
    report.from = report.to = Clock::nowUtc();
    // Ends as a sync does, once the caller is back in the event loop.
    QMetaObject::invokeMethod(
        this, [this, report] { emit syncSkipped(report); }, Qt::QueuedConnection);
    return false;
}

void TeamLink::tell()
{
    m_changes->tell();
}

void TeamLink::synced(const SyncReport& report)
{
    if (!m_lock.isHeld())
        return; // a skipped turn: nothing of this desk's to tell
    m_lock.release();
    if (report.succeeded() || report.changed > 0)
        tell();
}

} // namespace PayDesk
