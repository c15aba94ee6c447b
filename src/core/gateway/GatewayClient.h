#pragma once

#include "gateway/GatewayJob.h"

#include <QDateTime>

namespace PayDesk {

// What PayDesk asks of any payment gateway. One implementation per gateway protocol, each in
// its own folder; the rest of the program sees only Orders and GatewayErrors.
class GatewayClient
{
public:
    virtual ~GatewayClient() = default;

    virtual QString gatewayKind() const = 0;
    virtual OrderJob *fetchOrder(const QString &orderId) = 0;
    virtual OrderJob *fetchOrderByNumber(const QString &orderNumber) = 0;
    // Every order created in [from, to], all pages.
    virtual OrderListJob *listOrders(const QDateTime &from, const QDateTime &to) = 0;
};

} // namespace PayDesk
