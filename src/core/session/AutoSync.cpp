#include "core/session/AutoSync.h"

#include "core/session/Desk.h"
#include "core/time/Clock.h"

#include <QLoggingCategory>
#include <QNetworkInformation>
#include <QTimer>

#include <utility>

namespace PayDesk {

Q_LOGGING_CATEGORY(lcAutoSync, "paydesk.autosync", QtInfoMsg)

namespace {
// A tick this much later than due means the process did not run: the machine slept.
constexpr qint64 WakeSlackMSecs = 60 * 1000;
// The longest single wait for a deadline; the ticks look in between anyway.
constexpr qint64 LongestWaitMSecs = 3600 * 1000;
// How many passed deadlines are read again at once (a sync covers any beyond).
constexpr int DeadlineReadsAtOnce = 50;
} // namespace

AutoSync::AutoSync(Desk* desk, QObject* parent)
    : QObject(parent)
    , m_desk(desk)
    , m_tick(new QTimer(this))
    , m_deadline(new QTimer(this))
    , m_lastRun(Clock::nowUtc())
    , m_lastTick(m_lastRun)
    , m_checkedUpTo(m_lastRun)
{
    m_deadline->setSingleShot(true);
    connect(m_tick, &QTimer::timeout, this, &AutoSync::tick);
    connect(m_deadline, &QTimer::timeout, this, &AutoSync::tick);
    connect(desk, &Desk::syncFinished, this, [this] {
        m_lastRun = Clock::nowUtc();
        armDeadlineTimer(m_lastRun);
    });
    connect(desk, &Desk::orderChanged, this, [this] { armDeadlineTimer(Clock::nowUtc()); });
    m_tick->start(TickMSecs);
    armDeadlineTimer(m_lastRun);
    watchReachability();
}

void AutoSync::setIntervalSecs(int seconds)
{
    m_intervalSecs = qMax(60, seconds);
}

SyncOptions AutoSync::turnOptions() const
{
    SyncOptions options;
    options.unlessSyncedWithinSecs = m_intervalSecs;
    return options;
}

void AutoSync::setTickMSecs(int msecs)
{
    m_tick->start(msecs);
}

QDateTime AutoSync::lastGoodSync() const
{
    return m_desk->syncState().syncedAt;
}

bool AutoSync::isStale() const
{
    const SyncState state = m_desk->syncState();
    return !state.syncedAt.isValid() || !state.lastError.isEmpty()
           || state.syncedAt.secsTo(Clock::nowUtc()) > 2 * qint64(m_intervalSecs);
}

bool AutoSync::needsAttention() const
{
    const SyncState state = m_desk->syncState();
    return isStale() && (state.syncedAt.isValid() || !state.lastError.isEmpty());
}

void AutoSync::qualify(ViewCounts* counts) const
{
    if (!lastGoodSync().isValid())
        counts->trusted = false;
    else
        counts->stale = isStale();
}

void AutoSync::tick()
{
    const QDateTime now = Clock::nowUtc();
    const qint64 gap = m_lastTick.msecsTo(now);
    const bool woke = gap > 3 * qint64(m_tick->interval()) + WakeSlackMSecs;
    m_lastTick = now;
    checkDeadlines(now);
    if (woke)
        qCInfo(lcAutoSync) << "no tick for" << gap / 1000 << "s (the machine slept): syncing";
    if (woke || m_lastRun.secsTo(now) >= m_intervalSecs)
        askForSync(now);
    emit ticked();
}

void AutoSync::askForSync(const QDateTime& now)
{
    m_lastRun = now;
    if (!m_desk->isSyncing())
        emit syncDue();
}

// Each hold whose deadline passed since the last look is read again: the gateway says whether it
// was released; either way it has left the holds that can be captured.
void AutoSync::checkDeadlines(const QDateTime& now)
{
    if (now < m_checkedUpTo) // Clock went back (a test put it back): look from there
        m_checkedUpTo = now;
    const QList<OrderSummary> expired =
        m_desk->orders(Desk::filterOf(DeskView::Expired), 0, DeadlineReadsAtOnce); // latest deadline first
    int passed = 0;
    for (const OrderSummary& o : expired) {
        if (o.deadline <= m_checkedUpTo)
            break;
        qCInfo(lcAutoSync) << "hold expired, reading it again:" << o.orderNumber;
        m_desk->status(o.orderId);
        ++passed;
    }
    m_checkedUpTo = now;
    if (passed > 0)
        emit deadlinesPassed();
    armDeadlineTimer(now);
}

void AutoSync::armDeadlineTimer(const QDateTime& now)
{
    QDateTime next;
    for (const HeldAmount& held : m_desk->heldAmounts()) {
        if (held.deadline > now && (!next.isValid() || held.deadline < next))
            next = held.deadline;
    }
    if (next.isValid())
        m_deadline->start(int(qMin(now.msecsTo(next) + 1000, LongestWaitMSecs)));
    else
        m_deadline->stop();
}

void AutoSync::watchReachability()
{
    using Net = QNetworkInformation;
    if (!Net::instance() && !Net::loadBackendByFeatures(Net::Feature::Reachability))
        return; // no backend here (no NetworkManager): the interval and the wake-up check remain
    const auto online = [](Net::Reachability r) {
        return r == Net::Reachability::Online || r == Net::Reachability::Unknown;
    };
    m_offline = !online(Net::instance()->reachability());
    connect(Net::instance(), &Net::reachabilityChanged, this, [this, online](Net::Reachability reachability) {
        const bool wasOffline = std::exchange(m_offline, !online(reachability));
        if (m_offline || !wasOffline)
            return;
        qCInfo(lcAutoSync) << "the network is back: syncing";
        askForSync(Clock::nowUtc());
    });
}

} // namespace PayDesk
