#pragma once

#include <QCoreApplication>
#include <QString>

namespace PayDesk {

// Gateway-neutral order state. Each gateway client translates its own codes into this at its
// boundary; the raw code stays on the Order beside it.
enum class OrderStatus {
    Created,        // registered, not paid
    Pending,        // 3-D Secure or processing under way
    Held,           // pre-authorised: must be captured before the deadline
    Captured,       // fully or partly captured; the amounts tell which
    Reversed,       // the hold was released
    Refunded,       // everything captured was returned
    PartlyRefunded, // part of what was captured was returned
    Declined,       // declined or expired unpaid
    Unknown,        // a gateway code we do not know: kept raw, never fatal
};

class OrderStatusText
{
    Q_DECLARE_TR_FUNCTIONS(OrderStatusText)
public:
    static QString key(OrderStatus status); // "held", "partly_refunded": CLI/JSON contract
    static bool fromKey(const QString& key, OrderStatus* status);
    static QString display(OrderStatus status); // translated
    static bool isFinal(OrderStatus status);
};

} // namespace PayDesk
