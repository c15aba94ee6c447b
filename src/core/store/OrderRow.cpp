#include "core/store/OrderRow.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <optional>

namespace PayDesk {

QString OrderRow::select(int schema, const char* packed)
{
    return QStringLiteral("o.id, o.order_id, o.order_number, o.gateway, o.status, o.currency, o.amount, o.approved, "
                          "o.captured, o.refunded, o.card, o.email, o.description, o.created, o.deadline, %1, %2")
        .arg(QLatin1String(packed),
             schema >= PaymentWaySchema ? QStringLiteral("o.payment_way") : QStringLiteral("''"));
}

namespace {
constexpr int UuidLength = 36;

bool isHyphenAt(int i)
{
    return i == 8 || i == 13 || i == 18 || i == 23;
}

bool isLowerHex(QChar c)
{
    return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
}

// PREFIX's hex digits when it can begin a UUID (lowercased), else nothing.
std::optional<QByteArray> uuidDigits(const QString& prefix)
{
    if (prefix.isEmpty() || prefix.size() > UuidLength)
        return std::nullopt;
    QByteArray digits;
    for (int i = 0; i < prefix.size(); ++i) {
        const QChar c = prefix.at(i).toLower();
        if (isHyphenAt(i) ? c != QLatin1Char('-') : !isLowerHex(c))
            return std::nullopt;
        if (!isHyphenAt(i))
            digits.append(char(c.unicode()));
    }
    return digits;
}

// Hex DIGITS plus one in their last place, or empty when they are all f.
QByteArray nextHex(QByteArray digits)
{
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        if (digits[i] != 'f') {
            digits[i] = digits[i] == '9' ? 'a' : char(digits[i] + 1);
            return digits;
        }
        digits[i] = '0';
    }
    return {};
}

QByteArray bytesOf(QByteArray digits)
{
    if (digits.size() % 2)
        digits.append('0');
    return QByteArray::fromHex(digits);
}
} // namespace

QVariant OrderRow::idKey(const QString& orderId, int schema)
{
    const bool canonical = orderId.size() == UuidLength && uuidDigits(orderId)
                           && std::all_of(orderId.begin(), orderId.end(), [](QChar c) { return !c.isUpper(); });
    if (schema >= IdBlobSchema && canonical)
        return bytesOf(*uuidDigits(orderId));
    return orderId.isNull() ? QStringLiteral("") : orderId;
}

QString OrderRow::idText(const QVariant& stored)
{
    if (stored.typeId() != QMetaType::QByteArray)
        return stored.toString();
    const QByteArray hex = stored.toByteArray().toHex();
    return QString::fromLatin1(hex.left(8) + '-' + hex.mid(8, 4) + '-' + hex.mid(12, 4) + '-' + hex.mid(16, 4) + '-'
                               + hex.mid(20));
}

std::pair<QByteArray, QByteArray> OrderRow::idBlobRange(const QString& prefix)
{
    const std::optional<QByteArray> digits = uuidDigits(prefix);
    if (!digits || digits->isEmpty())
        return {};
    const QByteArray next = nextHex(*digits);
    // Past the last UUID: 17 bytes of ff sort after every 16-byte id.
    return {bytesOf(*digits), next.isEmpty() ? QByteArray(17, char(0xff)) : bytesOf(next)};
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
    o.orderId = idText(q.value(1));
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
