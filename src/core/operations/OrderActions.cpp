#include "core/operations/OrderActions.h"

#include "core/model/TimeLeft.h"
#include "core/time/Clock.h"

namespace PayDesk {

namespace {
QString statusOf(const Order& o)
{
    return OrderStatusText::display(o.status).toLower();
}

ActionAvailability captureOf(OrderStatus status, const QDateTime& deadline)
{
    const QDateTime now = Clock::nowUtc();
    if (status == OrderStatus::Held && deadline.isValid() && deadline <= now)
        return {false, OrderActions::tr("The hold expired %1: the gateway no longer captures it")
                           .arg(TimeLeft::ago(deadline, now))};
    if (status == OrderStatus::Held)
        return {true, {}};
    return {false, OrderActions::tr("Only a held payment can be captured; this one is %1")
                       .arg(OrderStatusText::display(status).toLower())};
}
} // namespace

ActionAvailability OrderActions::capture(const Order& o)
{
    return captureOf(o.status, o.deadline);
}

ActionAvailability OrderActions::captureRow(const OrderSummary& row)
{
    return captureOf(row.status, row.deadline);
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
