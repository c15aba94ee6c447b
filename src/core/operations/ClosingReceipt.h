#pragma once

#include "core/model/Order.h"

#include <QCoreApplication>

namespace PayDesk {

// When a closing receipt («чек закрытия», seed 000 step 14) is due: the order is paid, it has a cart, and
// its receipt at payment was an advance or prepayment, so a second receipt must offset it once the
// customer has the goods. It is for what was paid and not refunded.
class ClosingReceipt
{
    Q_DECLARE_TR_FUNCTIONS(ClosingReceipt)
public:
    // Why ORDER cannot have a closing receipt, or an empty string when it can.
    static QString refusal(const Order& order);
    static bool applies(const Order& order) { return refusal(order).isEmpty(); }
    static Money amountOf(const Order& order);
};

} // namespace PayDesk
