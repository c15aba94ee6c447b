#pragma once

#include "core/model/GatewayKind.h"
#include "core/model/OrderStatus.h"
#include "core/model/PaymentWay.h"
#include "core/money/Money.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace PayDesk {

// The columns a list of orders can be sorted by.
enum class OrderColumn {
    Created,
    OrderNumber,
    OrderId,
    Status,
    Amount,
    Deadline,
    Card,
    Email,
    Description,
    Refunded,
    PaymentWay
};

// What a view's totals add up, per currency: the orders' amounts, what is still held, or what was refunded.
enum class TotalOf { Amount, Held, Refunded };

// Which held orders by their deadline against Clock's now: those that can still be captured, or those whose
// hold has expired (the gateway has not said so yet).
enum class HoldDeadline { Any, Open, Expired };

// What a view or `paydesk-cli orders` asks the cache for. Empty members do not filter.
struct OrderFilter
{
    QList<OrderStatus> statuses;
    int dueWithinHours = -1;                // held orders whose deadline is within this many hours (expired ones too)
    HoldDeadline holds = HoldDeadline::Any; // other than Any: held orders only
    QDateTime deadlineFrom;                 // held orders whose hold expires from this moment (inclusive)…
    QDateTime deadlineTo;                   // …to this one (exclusive)
    QDateTime createdFrom;                  // inclusive
    QDateTime createdTo;                    // inclusive
    std::optional<qint64> minAmount;        // minor units
    std::optional<qint64> maxAmount;
    QString text;                  // words or word beginnings in number, gateway id, last 4, e-mail, description
    QList<PaymentWay> paymentWays; // how the orders were paid (Mir Pay, ...)
    OrderColumn sortColumn = OrderColumn::Created;
    Qt::SortOrder sortOrder = Qt::DescendingOrder;
};

// One row of an order list: what the tables show, without the full gateway answer.
struct OrderSummary
{
    qint64 rowId = 0;
    QString orderId;
    QString orderNumber;
    GatewayKind gateway = GatewayKind::Rbs;
    OrderStatus status = OrderStatus::Unknown;
    Money amount;
    Money approved;
    Money captured;
    Money refunded;
    QString maskedPan;
    QString email;
    QString description;
    QDateTime created;
    QDateTime deadline;   // invalid unless held
    QDateTime returnedAt; // when the money went back (refunded or reversed); invalid otherwise
    PaymentWay paymentWay = PaymentWay::None;

    Money capturable() const;
    Money refundable() const;
};

// What is still held on one order, and until when: the deadline chart's input.
struct HeldAmount
{
    QDateTime deadline;
    Money capturable;
};

} // namespace PayDesk
