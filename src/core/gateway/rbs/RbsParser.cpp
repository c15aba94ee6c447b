#include "core/gateway/rbs/RbsParser.h"

#include "core/gateway/rbs/RbsCart.h"

#include <QHash>
#include <QJsonArray>
#include <QTimeZone>

namespace PayDesk {

namespace {

QString text(const QJsonValue& v)
{
    // Strings, numbers and booleans all arrive as text here; objects and null do not.
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toInteger());
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

qint64 integer(const QJsonValue& v, qint64 fallback = 0)
{
    if (v.isDouble())
        return v.toInteger();
    bool ok = false;
    const qint64 n = v.toString().trimmed().toLongLong(&ok);
    return ok ? n : fallback;
}

} // namespace

QString RbsParser::errorCodeOf(const QJsonObject& answer)
{
    for (const QString& key : {QStringLiteral("errorCode"), QStringLiteral("ErrorCode")}) {
        const QJsonValue v = answer.value(key);
        if (!v.isUndefined() && !v.isNull())
            return text(v).trimmed();
    }
    const QJsonValue nested = answer.value(QStringLiteral("error"));
    if (nested.isObject())
        return text(nested.toObject().value(QStringLiteral("code")));
    return QStringLiteral("0");
}

GatewayError RbsParser::errorOf(const QJsonObject& answer)
{
    const QString code = errorCodeOf(answer);
    if (code.isEmpty() || code == QLatin1String("0"))
        return {};
    QString message = answer.value(QStringLiteral("errorMessage")).toString();
    if (message.isEmpty())
        message = answer.value(QStringLiteral("ErrorMessage")).toString();
    return GatewayError::gateway(code, message);
}

QDateTime RbsParser::fromMillis(const QJsonValue& value)
{
    const qint64 ms = integer(value, -1);
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

OrderStatus RbsParser::neutralStatus(int orderStatus, qint64 deposited, qint64 refunded)
{
    switch (orderStatus) {
    case 0:
        return OrderStatus::Created;
    case 1:
        return OrderStatus::Held;
    case 2:
    case 8:
        return OrderStatus::Captured;
    case 3:
        return OrderStatus::Reversed;
    case 4:
        return refunded >= deposited ? OrderStatus::Refunded : OrderStatus::PartlyRefunded;
    case 5:
    case 7:
        return OrderStatus::Pending;
    case 6:
        return OrderStatus::Declined;
    default:
        return OrderStatus::Unknown;
    }
}

// RBS paymentWay names (BPC-STATUS list) in PayDesk's terms.
PaymentWay paymentWayOf(const QString& way)
{
    if (way.isEmpty())
        return PaymentWay::None;
    static const QHash<QString, PaymentWay> Ways = {{QStringLiteral("CARD"), PaymentWay::Card},
                                                    {QStringLiteral("CARD_MOTO"), PaymentWay::Card},
                                                    {QStringLiteral("CARD_BINDING"), PaymentWay::StoredCard},
                                                    {QStringLiteral("MIR_PAY"), PaymentWay::MirPay},
                                                    {QStringLiteral("APPLE_PAY"), PaymentWay::ApplePay},
                                                    {QStringLiteral("GOOGLE_PAY_CARD"), PaymentWay::GooglePay},
                                                    {QStringLiteral("GOOGLE_PAY_TOKENIZED"), PaymentWay::GooglePay},
                                                    {QStringLiteral("SAMSUNG_PAY"), PaymentWay::SamsungPay}};
    if (way.startsWith(QLatin1String("SBP")) || way.contains(QLatin1String("_SBP_")))
        return PaymentWay::Sbp;
    return Ways.value(way, PaymentWay::Other);
}

namespace {
// The card as cardAuthInfo (or the older top-level Pan) describes it.
void readCard(const QJsonObject& a, Order& o)
{
    const QJsonObject card = a.value(QStringLiteral("cardAuthInfo")).toObject();
    o.card.maskedPan = text(card.value(QStringLiteral("maskedPan")));
    if (o.card.maskedPan.isEmpty())
        o.card.maskedPan = text(card.value(QStringLiteral("pan")));
    if (o.card.maskedPan.isEmpty())
        o.card.maskedPan = text(a.value(QStringLiteral("Pan")));
    o.card.expiry = text(card.value(QStringLiteral("expiration")));
    o.card.holder = text(card.value(QStringLiteral("cardholderName")));
    if (o.card.holder.isEmpty())
        o.card.holder = text(card.value(QStringLiteral("cardHolderName")));
    o.card.paymentSystem = text(card.value(QStringLiteral("paymentSystem")));
    o.card.approvalCode = text(card.value(QStringLiteral("approvalCode")));
    QString way = text(a.value(QStringLiteral("paymentWay")));
    if (way.isEmpty())
        way = text(card.value(QStringLiteral("paymentWay")));
    o.paymentWay = paymentWayOf(way);
}

// The customer: binding, payer data, and the merchant's parameters (where an e-mail may also be).
void readCustomer(const QJsonObject& a, Order& o)
{
    const QJsonObject binding = a.value(QStringLiteral("bindingInfo")).toObject();
    o.clientId = text(binding.value(QStringLiteral("clientId")));
    o.bindingId = text(binding.value(QStringLiteral("bindingId")));
    const QJsonObject payer = a.value(QStringLiteral("payerData")).toObject();
    o.email = text(payer.value(QStringLiteral("email")));
    o.phone = text(payer.value(QStringLiteral("phone")));
    o.ip = text(a.value(QStringLiteral("ip")));
    for (const QJsonValue& p : a.value(QStringLiteral("merchantOrderParams")).toArray()) {
        const QJsonObject param = p.toObject();
        const QString name = text(param.value(QStringLiteral("name")));
        o.merchantParams.append({name, text(param.value(QStringLiteral("value")))});
        if (o.email.isEmpty() && name == QLatin1String("email"))
            o.email = text(param.value(QStringLiteral("value")));
    }
}

} // namespace

Order RbsParser::parseOrder(const QJsonObject& a, int holdDays)
{
    Order o;
    o.gateway = GatewayKind::Rbs;
    o.raw = a;
    for (const QJsonValue& attr : a.value(QStringLiteral("attributes")).toArray()) {
        if (attr.toObject().value(QStringLiteral("name")).toString() == QLatin1String("mdOrder"))
            o.orderId = text(attr.toObject().value(QStringLiteral("value")));
    }
    o.orderNumber = text(a.value(QStringLiteral("orderNumber")));
    if (o.orderNumber.isEmpty())
        o.orderNumber = text(a.value(QStringLiteral("OrderNumber")));
    const QJsonValue statusValue = a.contains(QStringLiteral("orderStatus")) ? a.value(QStringLiteral("orderStatus"))
                                                                             : a.value(QStringLiteral("OrderStatus"));
    o.gatewayStatus = int(integer(statusValue, -1));
    o.actionCode = int(integer(a.value(QStringLiteral("actionCode"))));
    o.actionCodeText = a.value(QStringLiteral("actionCodeDescription")).toString();
    const QString currencyText = text(a.value(QStringLiteral("currency")));
    Currency currency = Currency::fromNumeric(currencyText.isEmpty() ? 643 : currencyText.toInt());
    if (!currency.isValid())
        currency = Currency::rub(); // unknown code: amounts stay exact, the raw code is in `raw`
    o.amount = Money(integer(a.value(QStringLiteral("amount")), integer(a.value(QStringLiteral("Amount")))), currency);
    const QJsonObject money = a.value(QStringLiteral("paymentAmountInfo")).toObject();
    o.gatewayState = money.value(QStringLiteral("paymentState")).toString();
    qint64 approved = integer(money.value(QStringLiteral("approvedAmount")), -1);
    qint64 deposited = integer(money.value(QStringLiteral("depositedAmount")), -1);
    const qint64 refunded = integer(money.value(QStringLiteral("refundedAmount")), 0);
    if (approved < 0) // older status versions have no paymentAmountInfo: infer from the status
        approved = (o.gatewayStatus == 1 || o.gatewayStatus == 2 || o.gatewayStatus == 4) ? o.amount.minor() : 0;
    if (deposited < 0)
        deposited = integer(a.value(QStringLiteral("depositAmount")),
                            (o.gatewayStatus == 2 || o.gatewayStatus == 4) ? o.amount.minor() : 0);
    o.approved = Money(approved, currency);
    o.captured = Money(deposited, currency);
    o.refunded = Money(refunded, currency);
    o.status = neutralStatus(o.gatewayStatus, deposited, refunded);
    o.description = a.value(QStringLiteral("orderDescription")).toString().trimmed();

    readCard(a, o);
    readCustomer(a, o);
    o.cart = RbsCart::fromBundle(a.value(QStringLiteral("orderBundle")).toObject(), currency);
    o.advanceReceipt = RbsCart::isAdvance(a.value(QStringLiteral("orderBundle")).toObject());
    o.taxSystem = int(integer(a.value(QStringLiteral("taxSystem")), -1));
    o.created = fromMillis(a.value(QStringLiteral("date")));
    o.authorized = fromMillis(a.value(QStringLiteral("authDateTime")));
    o.capturedAt = fromMillis(a.value(QStringLiteral("depositedDate")));
    o.reversedAt = fromMillis(a.value(QStringLiteral("reversedDate")));
    o.refundedAt = fromMillis(a.value(QStringLiteral("refundedDate")));
    if (o.status == OrderStatus::Held) {
        // The gateway's own date wins; otherwise the profile's hold lifetime from authorisation.
        const QString autoReverse = a.value(QStringLiteral("autoReverseDate")).toString();
        QDateTime own = QDateTime::fromString(autoReverse, QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
        if (own.isValid()) {
            own.setTimeZone(QTimeZone(3 * 3600));
            o.deadline = own.toUTC();
        } else {
            const QDateTime start = o.authorized.isValid() ? o.authorized : o.created;
            if (start.isValid())
                o.deadline = start.addDays(holdDays);
        }
    }
    return o;
}

} // namespace PayDesk
