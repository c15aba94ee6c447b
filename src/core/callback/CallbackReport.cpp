#include "core/callback/CallbackReport.h"

namespace PayDesk {

namespace {
QString happened(const CallbackMessage& m)
{
    const bool ok = m.succeeded();
    switch (m.operation()) {
    case CallbackOperation::Approved:
        return ok ? CallbackReport::tr("the payment was held (pre-authorised)")
                  : CallbackReport::tr("the hold (pre-authorisation) was declined");
    case CallbackOperation::Deposited:
        return ok ? CallbackReport::tr("the payment was captured") : CallbackReport::tr("the capture failed");
    case CallbackOperation::Reversed:
        return ok ? CallbackReport::tr("the payment was reversed") : CallbackReport::tr("the reversal failed");
    case CallbackOperation::Refunded:
        return ok ? CallbackReport::tr("money was refunded") : CallbackReport::tr("the refund failed");
    case CallbackOperation::DeclinedByTimeout:
        return CallbackReport::tr("the order was declined: the customer did not pay in time");
    case CallbackOperation::DeclinedCardPresent:
        return CallbackReport::tr("the card-present payment was declined");
    case CallbackOperation::BindingCreated:
        return CallbackReport::tr("a stored card (binding) was created");
    case CallbackOperation::BindingChanged:
        return CallbackReport::tr("a stored card (binding) was switched on or off");
    case CallbackOperation::Other:
        break;
    }
    return CallbackReport::tr("operation “%1” with status %2")
        .arg(m.operationName(), m.value(QStringLiteral("status")));
}

// The states an order can have reached after the callback's state, without contradicting it.
QList<OrderStatus> laterStates(OrderStatus implied)
{
    switch (implied) {
    case OrderStatus::Held:
        return {OrderStatus::Captured, OrderStatus::Reversed, OrderStatus::Refunded, OrderStatus::PartlyRefunded};
    case OrderStatus::Captured:
        return {OrderStatus::Refunded, OrderStatus::PartlyRefunded, OrderStatus::Reversed};
    case OrderStatus::PartlyRefunded:
        return {OrderStatus::Refunded};
    default:
        return {};
    }
}
} // namespace

std::optional<OrderStatus> CallbackReport::impliedStatus() const
{
    if (!message)
        return std::nullopt;
    const bool ok = message->succeeded();
    switch (message->operation()) {
    case CallbackOperation::Approved:
        return ok ? OrderStatus::Held : OrderStatus::Declined;
    case CallbackOperation::Deposited:
        return ok ? std::optional(OrderStatus::Captured) : std::nullopt;
    case CallbackOperation::Reversed:
        return ok ? std::optional(OrderStatus::Reversed) : std::nullopt;
    case CallbackOperation::Refunded:
        return ok ? std::optional(OrderStatus::PartlyRefunded) : std::nullopt;
    case CallbackOperation::DeclinedByTimeout:
    case CallbackOperation::DeclinedCardPresent:
        return OrderStatus::Declined;
    default:
        return std::nullopt;
    }
}

void CallbackReport::compareWith(const Order& order)
{
    now = order;
    const std::optional<OrderStatus> implied = impliedStatus();
    if (!implied || (!message->orderNumber().isEmpty() && message->orderNumber() != order.orderNumber))
        agreement = implied ? CallbackAgreement::Disagrees : CallbackAgreement::NotAsked;
    else if (order.status == *implied
             || (*implied == OrderStatus::PartlyRefunded && order.status == OrderStatus::Refunded))
        agreement = CallbackAgreement::Agrees;
    else if (laterStates(*implied).contains(order.status))
        agreement = CallbackAgreement::MovedOn;
    else
        agreement = CallbackAgreement::Disagrees;
}

QString CallbackReport::verdictText() const
{
    if (!message)
        return tr("Not a callback PayDesk can read: %1").arg(unreadable);
    switch (verdict) {
    case CallbackVerdict::Genuine:
        return tr("Genuine: its checksum is the one the gateway makes with this key.");
    case CallbackVerdict::WrongChecksum:
        return tr("NOT genuine: its checksum does not match the key. It did not come from the gateway as it "
                  "is, or the key is not this shop's.");
    case CallbackVerdict::Unsigned:
        return tr("Unsigned: it carries no checksum, so it proves nothing. Trust only the order's status at the "
                  "gateway.");
    case CallbackVerdict::NoKey:
        return tr("Cannot be checked: it is signed, but no callback key or gateway certificate is set.");
    }
    return {};
}

QString CallbackReport::eventText() const
{
    if (!message)
        return {};
    const QString what = happened(*message);
    if (message->orderId().isEmpty())
        return tr("It says %1.").arg(what);
    if (message->orderNumber().isEmpty())
        return tr("Order %1: %2.").arg(message->orderId(), what);
    return tr("Order %1 (gateway id %2): %3.").arg(message->orderNumber(), message->orderId(), what);
}

QString CallbackReport::agreementText() const
{
    const QString status = now ? OrderStatusText::display(now->status) : QString();
    switch (agreement) {
    case CallbackAgreement::NotAsked:
        return message && impliedStatus() && !now ? tr("The gateway was not asked about the order.") : QString();
    case CallbackAgreement::Agrees:
        return tr("The gateway agrees: the order is %1 now.").arg(status);
    case CallbackAgreement::MovedOn:
        return tr("The order went further since: it is %1 at the gateway now.").arg(status);
    case CallbackAgreement::Disagrees:
        return tr("The gateway does NOT agree: the order is %1 there now (order number %2).")
            .arg(status, now ? now->orderNumber : QString());
    case CallbackAgreement::Failed:
        return tr("The gateway could not be asked: %1").arg(gatewayError.userMessage());
    }
    return {};
}

} // namespace PayDesk
