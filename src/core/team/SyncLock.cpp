#include "core/team/SyncLock.h"

#include "core/store/OrderCache.h"
#include "core/store/OrderStore.h"
#include "core/time/Clock.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

namespace PayDesk {

Q_LOGGING_CATEGORY(lcSyncLock, "paydesk.team.sync", QtInfoMsg)

namespace {
// The two-key form of PostgreSQL's advisory locks (a key space of its own): this class, the account's hash.
constexpr int SyncLockClass = 0x50445359; // "PDSY"
const QString LockArgs = QStringLiteral("(%1, hashtext(?))").arg(SyncLockClass);
} // namespace

SyncLock::SyncLock(OrderCache* store, QString account)
    : m_store(store)
    , m_account(std::move(account))
{ }

SyncLock::~SyncLock()
{
    release();
}

StoreResult<bool> SyncLock::tryTake()
{
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("SELECT pg_try_advisory_lock") + LockArgs);
    q.addBindValue(m_account);
    if (!q.exec() || !q.next())
        return StoreResult<bool>::failed(
            StoreError::of(StoreError::Kind::CannotRead, m_store->path(), q.lastError().text()));
    m_held = q.value(0).toBool();
    return StoreResult<bool>::of(m_held);
}

void SyncLock::release()
{
    if (!m_held)
        return;
    m_held = false;
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("SELECT pg_advisory_unlock") + LockArgs);
    q.addBindValue(m_account);
    if (!q.exec()) // the connection is gone, and the lock with it
        qCWarning(lcSyncLock) << "could not release the sync lock:" << q.lastError().text();
}

QString SyncLock::enter(const SyncOptions& options)
{
    const StoreResult<bool> taken = tryTake();
    if (!taken.ok()) // no lock without the database: the sync would fail there too, and say why
        return {};
    if (!taken.value) {
        qCInfo(lcSyncLock) << "another desk is listing" << m_account << "now: reading the shared cache";
        return tr("Another desk of the team is syncing this account now; its orders appear here as they arrive.");
    }
    if (options.unlessSyncedWithinSecs <= 0)
        return {};
    const QString recent = recentSync(options.unlessSyncedWithinSecs);
    if (!recent.isEmpty())
        release();
    return recent;
}

QString SyncLock::recentSync(int withinSecs) const
{
    const StoreResult<SyncState> read = m_store->syncState(m_account);
    if (!read.ok())
        return {};
    QDateTime last = read.value.syncedAt;
    if (!read.value.lastError.isEmpty() && (!last.isValid() || read.value.lastErrorAt > last))
        last = read.value.lastErrorAt; // a failed attempt counts too: the gateway was asked
    if (!last.isValid() || last.secsTo(Clock::nowUtc()) >= withinSecs)
        return {};
    qCInfo(lcSyncLock) << "skipping the listing of" << m_account << ": synced at" << last.toString(Qt::ISODate);
    return tr("The team synced this account at %1; the shared cache was read again.")
        .arg(QLocale().toString(last.toLocalTime().time(), QLocale::ShortFormat));
}

} // namespace PayDesk
