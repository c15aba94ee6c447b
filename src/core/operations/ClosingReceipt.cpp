#include "core/operations/ClosingReceipt.h"

#include "core/session/GatewayCapabilities.h"

namespace PayDesk {

QString ClosingReceipt::refusal(const Order& order)
{
    if (!GatewayCapabilities::of(order.gateway).closingReceipt)
        return tr("This gateway has no closing receipts.");
    if (order.status != OrderStatus::Captured && order.status != OrderStatus::PartlyRefunded)
        return tr("Only a paid order can have a closing receipt; this order is %1.")
            .arg(OrderStatusText::display(order.status).toLower());
    if (order.cart.isEmpty())
        return tr("The order has no cart, so there was no receipt to close.");
    if (!order.advanceReceipt)
        return tr("The receipt at payment was not an advance or prepayment: no closing receipt is due.");
    return {};
}

Money ClosingReceipt::amountOf(const Order& order)
{
    return Money(order.captured.minor() - order.refunded.minor(), order.captured.currency());
}

} // namespace PayDesk
