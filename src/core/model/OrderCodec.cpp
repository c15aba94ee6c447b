#include "model/OrderCodec.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborStreamWriter>
#include <QCborValue>

namespace PayDesk {

// CBOR, written field by field: building a QJsonObject of thirty keys per order cost the sync
// more than SQLite did. Integers (minor units, milliseconds) stay integers, exactly.
namespace {
void put(QCborStreamWriter &w, const char *key, const QString &value)
{
    w.append(QLatin1String(key));
    w.append(value);
}

void put(QCborStreamWriter &w, const char *key, qint64 value)
{
    w.append(QLatin1String(key));
    w.append(value);
}

void putTime(QCborStreamWriter &w, const char *key, const QDateTime &t)
{
    w.append(QLatin1String(key));
    if (t.isValid())
        w.append(t.toMSecsSinceEpoch());
    else
        w.appendNull();
}

QString text(const QCborMap &m, const char *key)
{
    return m.value(QLatin1String(key)).toString();
}

qint64 integer(const QCborMap &m, const char *key, qint64 fallback = 0)
{
    return m.value(QLatin1String(key)).toInteger(fallback);
}

QDateTime time(const QCborMap &m, const char *key)
{
    const QCborValue v = m.value(QLatin1String(key));
    return v.isInteger() ? QDateTime::fromMSecsSinceEpoch(v.toInteger(), Qt::UTC) : QDateTime();
}
} // namespace

QByteArray OrderCodec::encode(const Order &o)
{
    QByteArray out;
    out.reserve(1024);
    QCborStreamWriter w(&out);
    w.startMap();
    put(w, "gw", o.gateway);
    put(w, "id", o.orderId);
    put(w, "num", o.orderNumber);
    put(w, "st", OrderStatusText::key(o.status));
    put(w, "gst", o.gatewayStatus);
    put(w, "gstate", o.gatewayState);
    put(w, "ac", o.actionCode);
    put(w, "act", o.actionCodeText);
    put(w, "cur", o.amount.currency().code());
    put(w, "amt", o.amount.minor());
    put(w, "apr", o.approved.minor());
    put(w, "cap", o.captured.minor());
    put(w, "ref", o.refunded.minor());
    put(w, "desc", o.description);
    put(w, "pan", o.card.maskedPan);
    put(w, "exp", o.card.expiry);
    put(w, "holder", o.card.holder);
    put(w, "ps", o.card.paymentSystem);
    put(w, "approval", o.card.approvalCode);
    put(w, "way", o.paymentWay);
    put(w, "client", o.clientId);
    put(w, "binding", o.bindingId);
    put(w, "email", o.email);
    put(w, "phone", o.phone);
    put(w, "ip", o.ip);
    w.append(QLatin1String("params"));
    w.startArray(quint64(o.merchantParams.size()) * 2);
    for (const auto &p : o.merchantParams) {
        w.append(p.first);
        w.append(p.second);
    }
    w.endArray();
    put(w, "tax", o.taxSystem);
    putTime(w, "created", o.created);
    putTime(w, "authorized", o.authorized);
    putTime(w, "capturedAt", o.capturedAt);
    putTime(w, "reversedAt", o.reversedAt);
    putTime(w, "refundedAt", o.refundedAt);
    putTime(w, "deadline", o.deadline);
    w.append(QLatin1String("test"));
    w.append(o.testMode);
    w.append(QLatin1String("cart"));
    QCborValue::fromJsonValue(o.cart).toCbor(w);
    w.append(QLatin1String("raw"));
    QCborValue::fromJsonValue(o.raw).toCbor(w);
    w.endMap();
    return out;
}

Order OrderCodec::decode(const QByteArray &data)
{
    const QCborMap m = QCborValue::fromCbor(data).toMap();
    Order o;
    o.gateway = text(m, "gw");
    o.orderId = text(m, "id");
    o.orderNumber = text(m, "num");
    if (!OrderStatusText::fromKey(text(m, "st"), &o.status))
        o.status = OrderStatus::Unknown;
    o.gatewayStatus = int(integer(m, "gst", -1));
    o.gatewayState = text(m, "gstate");
    o.actionCode = int(integer(m, "ac"));
    o.actionCodeText = text(m, "act");
    const Currency currency = Currency::fromCode(text(m, "cur"));
    o.amount = Money(integer(m, "amt"), currency);
    o.approved = Money(integer(m, "apr"), currency);
    o.captured = Money(integer(m, "cap"), currency);
    o.refunded = Money(integer(m, "ref"), currency);
    o.description = text(m, "desc");
    o.card.maskedPan = text(m, "pan");
    o.card.expiry = text(m, "exp");
    o.card.holder = text(m, "holder");
    o.card.paymentSystem = text(m, "ps");
    o.card.approvalCode = text(m, "approval");
    o.paymentWay = text(m, "way");
    o.clientId = text(m, "client");
    o.bindingId = text(m, "binding");
    o.email = text(m, "email");
    o.phone = text(m, "phone");
    o.ip = text(m, "ip");
    const QCborArray params = m.value(QLatin1String("params")).toArray();
    for (qsizetype i = 0; i + 1 < params.size(); i += 2)
        o.merchantParams.append({params.at(i).toString(), params.at(i + 1).toString()});
    o.taxSystem = int(integer(m, "tax", -1));
    o.created = time(m, "created");
    o.authorized = time(m, "authorized");
    o.capturedAt = time(m, "capturedAt");
    o.reversedAt = time(m, "reversedAt");
    o.refundedAt = time(m, "refundedAt");
    o.deadline = time(m, "deadline");
    o.testMode = m.value(QLatin1String("test")).toBool();
    o.cart = m.value(QLatin1String("cart")).toMap().toJsonObject();
    o.raw = m.value(QLatin1String("raw")).toMap().toJsonObject();
    return o;
}

} // namespace PayDesk
