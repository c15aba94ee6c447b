#include "model/OrderCodec.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace PayDesk {

namespace {
QJsonValue stamp(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toMSecsSinceEpoch()) : QJsonValue();
}

QDateTime fromStamp(const QJsonValue &v)
{
    return v.isDouble() ? QDateTime::fromMSecsSinceEpoch(qint64(v.toDouble()), Qt::UTC) : QDateTime();
}

// Minor units fit a double exactly up to 2^53; they travel as strings anyway to keep that out of mind.
QJsonValue minor(const Money &m)
{
    return QString::number(m.minor());
}

Money money(const QJsonValue &v, Currency currency)
{
    return Money(v.toString().toLongLong(), currency);
}
} // namespace

QByteArray OrderCodec::encode(const Order &o)
{
    QJsonArray params;
    for (const auto &p : o.merchantParams)
        params.append(QJsonArray{p.first, p.second});
    const QJsonObject card{{QStringLiteral("pan"), o.card.maskedPan},
                           {QStringLiteral("exp"), o.card.expiry},
                           {QStringLiteral("holder"), o.card.holder},
                           {QStringLiteral("ps"), o.card.paymentSystem},
                           {QStringLiteral("approval"), o.card.approvalCode}};
    const QJsonObject json{
        {QStringLiteral("gw"), o.gateway},
        {QStringLiteral("id"), o.orderId},
        {QStringLiteral("num"), o.orderNumber},
        {QStringLiteral("st"), OrderStatusText::key(o.status)},
        {QStringLiteral("gst"), o.gatewayStatus},
        {QStringLiteral("gstate"), o.gatewayState},
        {QStringLiteral("ac"), o.actionCode},
        {QStringLiteral("act"), o.actionCodeText},
        {QStringLiteral("cur"), o.amount.currency().code()},
        {QStringLiteral("amt"), minor(o.amount)},
        {QStringLiteral("apr"), minor(o.approved)},
        {QStringLiteral("cap"), minor(o.captured)},
        {QStringLiteral("ref"), minor(o.refunded)},
        {QStringLiteral("desc"), o.description},
        {QStringLiteral("card"), card},
        {QStringLiteral("way"), o.paymentWay},
        {QStringLiteral("client"), o.clientId},
        {QStringLiteral("binding"), o.bindingId},
        {QStringLiteral("email"), o.email},
        {QStringLiteral("phone"), o.phone},
        {QStringLiteral("ip"), o.ip},
        {QStringLiteral("params"), params},
        {QStringLiteral("cart"), o.cart},
        {QStringLiteral("tax"), o.taxSystem},
        {QStringLiteral("created"), stamp(o.created)},
        {QStringLiteral("authorized"), stamp(o.authorized)},
        {QStringLiteral("capturedAt"), stamp(o.capturedAt)},
        {QStringLiteral("reversedAt"), stamp(o.reversedAt)},
        {QStringLiteral("refundedAt"), stamp(o.refundedAt)},
        {QStringLiteral("deadline"), stamp(o.deadline)},
        {QStringLiteral("test"), o.testMode},
        {QStringLiteral("raw"), o.raw}};
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

Order OrderCodec::decode(const QByteArray &data)
{
    const QJsonObject j = QJsonDocument::fromJson(data).object();
    Order o;
    o.gateway = j.value(QStringLiteral("gw")).toString();
    o.orderId = j.value(QStringLiteral("id")).toString();
    o.orderNumber = j.value(QStringLiteral("num")).toString();
    if (!OrderStatusText::fromKey(j.value(QStringLiteral("st")).toString(), &o.status))
        o.status = OrderStatus::Unknown;
    o.gatewayStatus = j.value(QStringLiteral("gst")).toInt(-1);
    o.gatewayState = j.value(QStringLiteral("gstate")).toString();
    o.actionCode = j.value(QStringLiteral("ac")).toInt();
    o.actionCodeText = j.value(QStringLiteral("act")).toString();
    const Currency currency = Currency::fromCode(j.value(QStringLiteral("cur")).toString());
    o.amount = money(j.value(QStringLiteral("amt")), currency);
    o.approved = money(j.value(QStringLiteral("apr")), currency);
    o.captured = money(j.value(QStringLiteral("cap")), currency);
    o.refunded = money(j.value(QStringLiteral("ref")), currency);
    o.description = j.value(QStringLiteral("desc")).toString();
    const QJsonObject card = j.value(QStringLiteral("card")).toObject();
    o.card.maskedPan = card.value(QStringLiteral("pan")).toString();
    o.card.expiry = card.value(QStringLiteral("exp")).toString();
    o.card.holder = card.value(QStringLiteral("holder")).toString();
    o.card.paymentSystem = card.value(QStringLiteral("ps")).toString();
    o.card.approvalCode = card.value(QStringLiteral("approval")).toString();
    o.paymentWay = j.value(QStringLiteral("way")).toString();
    o.clientId = j.value(QStringLiteral("client")).toString();
    o.bindingId = j.value(QStringLiteral("binding")).toString();
    o.email = j.value(QStringLiteral("email")).toString();
    o.phone = j.value(QStringLiteral("phone")).toString();
    o.ip = j.value(QStringLiteral("ip")).toString();
    for (const QJsonValue &p : j.value(QStringLiteral("params")).toArray()) {
        const QJsonArray pair = p.toArray();
        o.merchantParams.append({pair.at(0).toString(), pair.at(1).toString()});
    }
    o.cart = j.value(QStringLiteral("cart")).toObject();
    o.taxSystem = j.value(QStringLiteral("tax")).toInt(-1);
    o.created = fromStamp(j.value(QStringLiteral("created")));
    o.authorized = fromStamp(j.value(QStringLiteral("authorized")));
    o.capturedAt = fromStamp(j.value(QStringLiteral("capturedAt")));
    o.reversedAt = fromStamp(j.value(QStringLiteral("reversedAt")));
    o.refundedAt = fromStamp(j.value(QStringLiteral("refundedAt")));
    o.deadline = fromStamp(j.value(QStringLiteral("deadline")));
    o.testMode = j.value(QStringLiteral("test")).toBool();
    o.raw = j.value(QStringLiteral("raw")).toObject();
    return o;
}

} // namespace PayDesk
