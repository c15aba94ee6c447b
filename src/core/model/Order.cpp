#include "model/Order.h"

namespace PayDesk {

Money Order::capturable() const
{
    return Money(status == OrderStatus::Held ? approved.minor() - captured.minor() : 0, amount.currency());
}

Money Order::refundable() const
{
    const bool refundableState = status == OrderStatus::Captured || status == OrderStatus::PartlyRefunded;
    return Money(refundableState ? captured.minor() - refunded.minor() : 0, amount.currency());
}

} // namespace PayDesk
