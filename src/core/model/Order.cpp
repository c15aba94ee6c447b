#include "core/model/Order.h"

namespace PayDesk {

namespace {
// a - b, never negative and never overflowing, whatever a gateway or a damaged cache put in them.
qint64 remainder(qint64 a, qint64 b)
{
    qint64 left = 0;
    return __builtin_sub_overflow(a, b, &left) || left < 0 ? 0 : left;
}
} // namespace

Money capturableAmount(OrderStatus status, const Money& approved, const Money& captured)
{
    return Money(status == OrderStatus::Held ? remainder(approved.minor(), captured.minor()) : 0, approved.currency());
}

Money refundableAmount(OrderStatus status, const Money& captured, const Money& refunded)
{
    const bool refundableState = status == OrderStatus::Captured || status == OrderStatus::PartlyRefunded;
    return Money(refundableState ? remainder(captured.minor(), refunded.minor()) : 0, captured.currency());
}

Money Order::capturable() const
{
    return capturableAmount(status, Money(approved.minor(), amount.currency()), captured);
}

Money Order::refundable() const
{
    return refundableAmount(status, Money(captured.minor(), amount.currency()), refunded);
}

bool Order::amountsArePlausible() const
{
    return amount.isPlausible() && approved.isPlausible() && captured.isPlausible() && refunded.isPlausible();
}

} // namespace PayDesk
