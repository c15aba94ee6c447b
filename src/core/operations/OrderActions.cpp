#include "core/operations/OrderActions.h"

namespace PayDesk {

namespace {
QString statusOf(const Order& o)
{
    return OrderStatusText::display(o.status).toLower();
}
} // namespace

ActionAvailability OrderActions::capture(const Order& o)
{
    if (o.status == OrderStatus::Held)
        return {true, {}};
    return {false, tr("Only a held payment can be captured; this one is %1").arg(statusOf(o))};
}

ActionAvailability OrderActions::reverse(const Order& o)
{
    if (o.status == OrderStatus::Held)
        return {true, {}};
    return {false, tr("Only a held payment can be reversed; this one is %1").arg(statusOf(o))};
}

ActionAvailability OrderActions::refund(const Order& o)
{
    if (!o.refundable().isZero())
        return {true, {}};
    return {false, tr("Only a captured payment can be refunded; this one is %1").arg(statusOf(o))};
}

} // namespace PayDesk
