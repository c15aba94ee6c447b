#include "core/team/OrderClaims.h"

#include "core/store/OperationJournal.h"

#include <QSqlError>
#include <QSqlQuery>

namespace PayDesk {

namespace {
// The database server's clock in milliseconds: one clock for every desk's lease.
const char ServerNow[] = "(extract(epoch FROM clock_timestamp()) * 1000)::bigint";

StoreError failed(const QSqlQuery& q, const QSqlDatabase& db)
{
    return StoreError::of(StoreError::Kind::CannotWrite, db.databaseName(), q.lastError().text());
}

QString refusalText(OperationKind kind)
{
    switch (kind) {
    case OperationKind::Capture:
        return OrderClaims::tr("Being captured by %1 on %2 since %3; nothing was sent.");
    case OperationKind::Reverse:
        return OrderClaims::tr("Being reversed by %1 on %2 since %3; nothing was sent.");
    case OperationKind::Refund:
        return OrderClaims::tr("Being refunded by %1 on %2 since %3; nothing was sent.");
    case OperationKind::PayByBinding:
    case OperationKind::Register:
        return OrderClaims::tr("Being paid by %1 on %2 since %3; nothing was sent.");
    case OperationKind::CloseReceipt:
        return OrderClaims::tr("A closing receipt is being issued by %1 on %2 since %3; nothing was sent.");
    }
    return {};
}
} // namespace

QString Claim::refusal() const
{
    return refusalText(holder.kind)
        .arg(holder.operatorName, holder.host, holder.since.toLocalTime().toString(QStringLiteral("HH:mm:ss")));
}

StoreResult<Claim> OrderClaims::claim(const QString& profile, const QString& orderId, OperationKind kind)
{
    // Twice at most: a claim released between the attempt and the look at its holder is free again.
    StoreResult<Claim> result;
    for (int tries = 0; tries < 2; ++tries) {
        result = attempt(profile, orderId, kind);
        if (!result.ok() || result.value.taken || !result.value.holder.host.isEmpty())
            break;
    }
    return result;
}

StoreResult<Claim> OrderClaims::attempt(const QString& profile, const QString& orderId, OperationKind kind)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO claims AS c (profile, order_id, kind, operator, host, owner_pid, since, "
                       "lease_until) VALUES (?, ?, ?, ?, ?, ?, %1, %1 + ?) ON CONFLICT (profile, order_id) DO "
                       "UPDATE SET kind = excluded.kind, operator = excluded.operator, host = excluded.host, "
                       "owner_pid = excluded.owner_pid, since = excluded.since, lease_until = excluded.lease_until "
                       "WHERE c.lease_until < excluded.since OR (c.host = excluded.host AND c.owner_pid = "
                       "excluded.owner_pid) RETURNING 1")
            .arg(QLatin1String(ServerNow)));
    for (const QVariant& v :
         QVariantList{profile, orderId, OperationResult::kindKey(kind), OperationJournal::currentOperator(),
                      OperationJournal::currentHost(), QCoreApplication::applicationPid(), qint64(m_leaseSecs) * 1000})
        q.addBindValue(v);
    if (!q.exec())
        return StoreResult<Claim>::failed(failed(q, m_db));
    if (q.next())
        return StoreResult<Claim>::of(Claim{true, {}});
    return holderOf(profile, orderId);
}

StoreResult<Claim> OrderClaims::holderOf(const QString& profile, const QString& orderId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT operator, host, kind, since FROM claims WHERE profile = ? AND order_id = ?"));
    q.addBindValue(profile);
    q.addBindValue(orderId);
    if (!q.exec())
        return StoreResult<Claim>::failed(failed(q, m_db));
    Claim claim;
    if (q.next()) {
        claim.holder.operatorName = q.value(0).toString();
        claim.holder.host = q.value(1).toString();
        for (OperationKind k :
             {OperationKind::Capture, OperationKind::Reverse, OperationKind::Refund, OperationKind::PayByBinding}) {
            if (OperationResult::kindKey(k) == q.value(2).toString())
                claim.holder.kind = k;
        }
        claim.holder.since = QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC);
    }
    return StoreResult<Claim>::of(claim);
}

StoreError OrderClaims::release(const QString& profile, const QString& orderId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM claims WHERE profile = ? AND order_id = ? AND host = ? AND owner_pid = ?"));
    for (const QVariant& v :
         QVariantList{profile, orderId, OperationJournal::currentHost(), QCoreApplication::applicationPid()})
        q.addBindValue(v);
    return q.exec() ? StoreError{} : failed(q, m_db);
}

} // namespace PayDesk
