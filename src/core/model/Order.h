#pragma once

#include "core/model/Cart.h"
#include "core/model/GatewayKind.h"
#include "core/model/OrderStatus.h"
#include "core/model/PaymentWay.h"
#include "core/money/Money.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace PayDesk {

struct CardInfo
{
    QString maskedPan; // 411111**1111
    QString expiry;    // yyyyMM as the gateway sends it
    QString holder;
    QString paymentSystem; // VISA, MASTERCARD, MIR, ...
    QString approvalCode;

    QString lastFour() const { return maskedPan.size() >= 4 ? maskedPan.right(4) : QString(); }
};

// The one rule for what is left to capture or refund, overflow-safe and never negative.
Money capturableAmount(OrderStatus status, const Money& approved, const Money& captured);
Money refundableAmount(OrderStatus status, const Money& captured, const Money& refunded);

// One order as a gateway reports it, in gateway-neutral terms, with the raw answer kept for support.
struct Order
{
    GatewayKind gateway = GatewayKind::Rbs;
    QString orderId;     // the gateway's id (RBS mdOrder UUID, Assist billnumber)
    QString orderNumber; // the merchant's number
    OrderStatus status = OrderStatus::Unknown;
    int gatewayStatus = -1; // RBS orderStatus, raw
    QString gatewayState;   // RBS paymentState / Assist orderstate, raw
    int actionCode = 0;
    QString actionCodeText;
    Money amount;
    Money approved;
    Money captured;
    Money refunded;
    QString description;
    CardInfo card;
    PaymentWay paymentWay = PaymentWay::None;
    QString clientId;
    QString bindingId;
    QString email;
    QString phone;
    QString ip;
    QList<QPair<QString, QString>> merchantParams;
    Cart cart; // as registered
    // The cart's receipt at payment was an advance or prepayment: a closing receipt is due once the customer
    // has the goods (ClosingReceipt).
    bool advanceReceipt = false;
    int taxSystem = -1;
    QDateTime created; // UTC
    QDateTime authorized;
    QDateTime capturedAt;
    QDateTime reversedAt;
    QDateTime refundedAt;
    QDateTime deadline; // when a hold expires; invalid when not held
    bool testMode = false;
    QJsonObject raw; // the gateway's full answer

    // What can still be captured / refunded, in the order's currency.
    Money capturable() const;
    Money refundable() const;
    // Every amount within what a real order can hold (Money::isPlausible); anything else is a malformed answer.
    bool amountsArePlausible() const;
};

} // namespace PayDesk
