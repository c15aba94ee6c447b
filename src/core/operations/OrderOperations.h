#pragma once

#include "gateway/GatewayClient.h"
#include "operations/OrderLocks.h"

#include <QCoreApplication>
#include <QObject>

#include <optional>

namespace PayDesk {

// Capture, reverse and refund as a user means them: one at a time per order, checked against the
// order's current status before anything is sent (an amount over what is held, a wrong state, a
// wrong currency are refused here with the reason), sent once, and read back.
class OrderOperations : public QObject
{
    Q_OBJECT
public:
    explicit OrderOperations(GatewayClient *client, QObject *parent = nullptr);

    // No amount: everything still capturable / refundable.
    OperationJob *capture(const QString &orderId, std::optional<Money> amount = std::nullopt);
    OperationJob *reverse(const QString &orderId);
    OperationJob *refund(const QString &orderId, std::optional<Money> amount = std::nullopt);
    OperationJob *payWithBinding(const QString &orderId, const QString &bindingId, const QString &cvc);

    // Why `kind` cannot be done on `order` with `amount`, or an empty string when it can;
    // `effective` receives the amount that will be sent.
    static QString refusal(OperationKind kind, const Order &order, std::optional<Money> amount, Money *effective);

private:
    OperationJob *run(OperationKind kind, const QString &orderId, std::optional<Money> amount,
                      std::function<OperationJob *(const Money &)> send);

    GatewayClient *m_client;
    OrderLocks m_locks;
};

} // namespace PayDesk
