#include "operations/OrderOperations.h"

namespace PayDesk {

OrderOperations::OrderOperations(GatewayClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

QString OrderOperations::refusal(OperationKind kind, const Order &order, std::optional<Money> amount, Money *effective)
{
    const QString status = OrderStatusText::display(order.status);
    const Currency currency = order.amount.currency();
    if (amount && amount->currency() != currency)
        return tr("The order is in %1, not %2.").arg(currency.code(), amount->currency().code());
    if (amount && amount->minor() <= 0)
        return tr("The amount must be greater than zero.");
    switch (kind) {
    case OperationKind::Capture: {
        if (order.status != OrderStatus::Held)
            return tr("Only a held payment can be captured; this order is %1.").arg(status.toLower());
        const Money capturable = order.capturable();
        if (amount && amount->minor() > capturable.minor())
            return tr("%1 is more than the %2 still held.").arg(amount->toDisplayString(), capturable.toDisplayString());
        *effective = amount ? *amount : capturable;
        return {};
    }
    case OperationKind::Reverse:
        if (order.status == OrderStatus::Captured || order.status == OrderStatus::PartlyRefunded)
            return tr("The payment is already captured: refund it instead.");
        if (order.status != OrderStatus::Held)
            return tr("Only a held payment can be reversed; this order is %1.").arg(status.toLower());
        *effective = order.capturable();
        return {};
    case OperationKind::Refund: {
        if (order.status != OrderStatus::Captured && order.status != OrderStatus::PartlyRefunded)
            return order.status == OrderStatus::Held ? tr("The payment is only held: reverse it instead of refunding.")
                                                     : tr("Only a captured payment can be refunded; this order is %1.").arg(status.toLower());
        const Money refundable = order.refundable();
        if (amount && amount->minor() > refundable.minor())
            return tr("%1 is more than the %2 that can still be refunded.").arg(amount->toDisplayString(), refundable.toDisplayString());
        *effective = amount ? *amount : refundable;
        return {};
    }
    case OperationKind::PayByBinding:
        if (order.status != OrderStatus::Created)
            return tr("Only an unpaid order can be paid; this order is %1.").arg(status.toLower());
        *effective = order.amount;
        return {};
    }
    return {};
}

OperationJob *OrderOperations::run(OperationKind kind, const QString &orderId, std::optional<Money> amount,
                                   std::function<OperationJob *(const Money &)> send)
{
    auto *job = new OperationJob(this);
    m_locks.run(orderId, [this, job, kind, orderId, amount, send](OrderLocks::Release release) {
        OrderJob *status = m_client->fetchOrder(orderId);
        connect(status, &OrderJob::finished, job, [job, status, kind, amount, send, release] {
            OperationResult result;
            result.kind = kind;
            result.refusedBeforeSending = true;
            if (!status->succeeded()) {
                result.error = status->error();
                job->complete(result);
                release();
                return;
            }
            result.order = status->order();
            result.orderKnown = true;
            Money effective;
            const QString why = refusal(kind, status->order(), amount, &effective);
            if (!why.isEmpty()) {
                result.error = GatewayError::of(GatewayError::Kind::Validation, why);
                job->complete(result);
                release();
                return;
            }
            OperationJob *sent = send(effective);
            connect(sent, &OperationJob::finished, job, [job, sent, release] {
                job->complete(sent->result());
                release();
            });
        });
    });
    return job;
}

OperationJob *OrderOperations::capture(const QString &orderId, std::optional<Money> amount)
{
    // The amount is always sent explicitly: RBS reads 0 as "everything", which must never happen by accident.
    return run(OperationKind::Capture, orderId, amount, [this, orderId](const Money &m) { return m_client->capture(orderId, m); });
}

OperationJob *OrderOperations::reverse(const QString &orderId)
{
    return run(OperationKind::Reverse, orderId, std::nullopt, [this, orderId](const Money &) { return m_client->reverse(orderId); });
}

OperationJob *OrderOperations::refund(const QString &orderId, std::optional<Money> amount)
{
    return run(OperationKind::Refund, orderId, amount, [this, orderId](const Money &m) { return m_client->refund(orderId, m); });
}

OperationJob *OrderOperations::payWithBinding(const QString &orderId, const QString &bindingId, const QString &cvc)
{
    return run(OperationKind::PayByBinding, orderId, std::nullopt,
               [this, orderId, bindingId, cvc](const Money &) { return m_client->payWithBinding(orderId, bindingId, cvc); });
}

} // namespace PayDesk
