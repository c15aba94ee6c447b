#pragma once

#include "core/model/OperationResult.h"
#include "core/store/StoreResult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>

namespace PayDesk {

// Who holds a claim on an order.
struct ClaimHolder
{
    QString operatorName;
    QString host;
    OperationKind kind = OperationKind::Capture;
    QDateTime since;
};

// What trying to claim an order gave: the claim, or who holds it.
struct Claim
{
    bool taken = false;
    ClaimHolder holder; // when not taken
    // "Being captured by anna on desk-2 since 10:42:01; nothing was sent."
    QString refusal() const;
};

// Team-wide claims on orders, in the team's PostgreSQL database: a desk claims an order before a money
// operation on it sends anything and releases it when the operation has ended. A claim is a row with a
// lease on the database server's clock (desks' clocks may differ): a desk that dies holding one loses it
// when the lease runs out, and another desk's reconcile then settles its open journal entries.
class OrderClaims
{
    Q_DECLARE_TR_FUNCTIONS(OrderClaims)
public:
    explicit OrderClaims(QSqlDatabase database)
        : m_db(std::move(database))
    { }

    void setLeaseSecs(int seconds) { m_leaseSecs = seconds; }
    int leaseSecs() const { return m_leaseSecs; }
    // Claims ORDERID for this process, or says who holds it; a claim of this process is taken again.
    StoreResult<Claim> claim(const QString& profile, const QString& orderId, OperationKind kind);
    StoreError release(const QString& profile, const QString& orderId);

private:
    StoreResult<Claim> attempt(const QString& profile, const QString& orderId, OperationKind kind);
    StoreResult<Claim> holderOf(const QString& profile, const QString& orderId) const;

    QSqlDatabase m_db;
    int m_leaseSecs = 120;
};

} // namespace PayDesk
