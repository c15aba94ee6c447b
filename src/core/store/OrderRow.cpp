#include "core/store/OrderRow.h"

#include <QSqlQuery>
#include <QVariant>

namespace PayDesk {

QString OrderRow::select(int schema, const char* packed)
{
    return QStringLiteral("o.id, o.order_id, o.order_number, o.gateway, o.status, o.currency, o.amount, o.approved, "
                          "o.captured, o.refunded, o.card, o.email, o.description, o.created, o.deadline, %1, %2")
        .arg(QLatin1String(packed),
             schema >= PaymentWaySchema ? QStringLiteral("o.payment_way") : QStringLiteral("''"));
}

QDateTime OrderRow::fromStamp(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

Order OrderRow::columnsOf(const Order& order)
{
    Order o;
    o.gateway = order.gateway;
    o.orderId = order.orderId.isNull() ? QStringLiteral("") : order.orderId;
    o.orderNumber = order.orderNumber;
    o.status = order.status;
    const Currency currency = order.amount.currency();
    o.amount = order.amount;
    o.approved = Money(order.approved.minor(), currency);
    o.captured = Money(order.captured.minor(), currency);
    o.refunded = Money(order.refunded.minor(), currency);
    o.card.maskedPan = order.card.maskedPan;
    o.email = order.email;
    o.description = order.description;
    o.created = fromStamp(stamp(order.created));
    o.deadline = order.status == OrderStatus::Held ? fromStamp(stamp(order.deadline)) : QDateTime();
    o.paymentWay = order.paymentWay;
    return o;
}

Order OrderRow::read(const QSqlQuery& q)
{
    Order o;
    o.orderId = q.value(1).toString();
    o.orderNumber = q.value(2).toString();
    o.gateway = GatewayKinds::fromKey(q.value(3).toString()).value_or(GatewayKind::Rbs);
    if (!OrderStatusText::fromKey(q.value(4).toString(), &o.status))
        o.status = OrderStatus::Unknown;
    const Currency currency = Currency::fromCode(q.value(5).toString());
    o.amount = Money(q.value(6).toLongLong(), currency);
    o.approved = Money(q.value(7).toLongLong(), currency);
    o.captured = Money(q.value(8).toLongLong(), currency);
    o.refunded = Money(q.value(9).toLongLong(), currency);
    o.card.maskedPan = q.value(10).toString();
    o.email = q.value(11).toString();
    o.description = q.value(12).toString();
    o.created = fromStamp(q.value(13).toLongLong());
    o.deadline = fromStamp(q.value(14).toLongLong());
    o.paymentWay = PaymentWays::fromKey(q.value(16).toString()).value_or(PaymentWay::None);
    return o;
}

} // namespace PayDesk
