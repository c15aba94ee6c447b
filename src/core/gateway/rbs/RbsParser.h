#pragma once

#include "core/model/GatewayError.h"
#include "core/model/Order.h"

#include <QJsonObject>

namespace PayDesk {

// Reads RBS answers into typed values. Tolerant where the gateways differ: errorCode as a string,
// a number, absent or `ErrorCode`; every field optional; unknown values kept raw.
class RbsParser
{
public:
    // The answer's error, if any (errorCode absent means success).
    static GatewayError errorOf(const QJsonObject& answer);
    static QString errorCodeOf(const QJsonObject& answer);
    // getOrderStatusExtended (or one element of getLastOrdersForMerchants' orderStatuses).
    static Order parseOrder(const QJsonObject& answer, int holdDays);
    static OrderStatus neutralStatus(int orderStatus, qint64 deposited, qint64 refunded);
    static QDateTime fromMillis(const QJsonValue& value);
};

} // namespace PayDesk
