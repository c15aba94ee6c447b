#include "sandbox/soap/SoapAnswer.h"

#include "sandbox/soap/SoapNames.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>
#include <QXmlStreamWriter>

namespace PayDesk::Sandbox {

namespace {

QString textOf(const QJsonValue& v)
{
    if (v.isDouble())
        return QString::number(v.toInteger());
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return v.toString();
}

QString dateTimeOf(const QJsonValue& ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms.toInteger(), QTimeZone(3 * 3600)).toString(Qt::ISODateWithMs);
}

// Writes those of NAMES that OBJECT has as attributes; dates among them as xs:dateTime.
void attributes(QXmlStreamWriter& xml, const QJsonObject& object, std::initializer_list<const char*> names)
{
    for (const char* n : names) {
        const QString name = QString::fromLatin1(n);
        const QJsonValue v = object.value(name);
        if (v.isUndefined() || v.isNull() || v.isObject() || v.isArray())
            continue;
        const bool date = name == QLatin1String("date") || name.endsWith(QLatin1String("Date"));
        xml.writeAttribute(name, date && v.isDouble() ? dateTimeOf(v) : textOf(v));
    }
}

void element(QXmlStreamWriter& xml, const QJsonObject& object, const char* n, std::initializer_list<const char*> names)
{
    const QString name = QString::fromLatin1(n);
    if (!object.value(name).isObject())
        return;
    xml.writeStartElement(name);
    attributes(xml, object.value(name).toObject(), names);
    xml.writeEndElement();
}

void pairs(QXmlStreamWriter& xml, const QJsonObject& object, const char* n)
{
    for (const QJsonValue& v : object.value(QString::fromLatin1(n)).toArray()) {
        xml.writeEmptyElement(QString::fromLatin1(n));
        attributes(xml, v.toObject(), {"name", "value"});
    }
}

void cartItem(QXmlStreamWriter& xml, const QJsonObject& item)
{
    xml.writeStartElement(QStringLiteral("items"));
    attributes(xml, item, {"positionId"});
    xml.writeTextElement(QStringLiteral("name"), textOf(item.value(QStringLiteral("name"))));
    const QJsonObject quantity = item.value(QStringLiteral("quantity")).toObject();
    xml.writeStartElement(QStringLiteral("quantity"));
    attributes(xml, quantity, {"measure"});
    const QJsonValue value = quantity.value(QStringLiteral("value"));
    xml.writeCharacters(value.toDouble() == double(value.toInteger()) ? textOf(value)
                                                                      : QString::number(value.toDouble()));
    xml.writeEndElement();
    for (const char* n : {"itemAmount", "itemCurrency", "itemCode"}) {
        if (item.contains(QString::fromLatin1(n)))
            xml.writeTextElement(QString::fromLatin1(n), textOf(item.value(QString::fromLatin1(n))));
    }
    const QJsonObject tax = item.value(QStringLiteral("tax")).toObject();
    if (!tax.isEmpty()) {
        xml.writeStartElement(QStringLiteral("tax"));
        for (const char* n : {"taxSum", "taxType"}) {
            if (tax.contains(QString::fromLatin1(n)))
                xml.writeTextElement(QString::fromLatin1(n), textOf(tax.value(QString::fromLatin1(n))));
        }
        xml.writeEndElement();
    }
    if (item.contains(QStringLiteral("itemPrice")))
        xml.writeTextElement(QStringLiteral("itemPrice"), textOf(item.value(QStringLiteral("itemPrice"))));
    xml.writeEndElement();
}

void cart(QXmlStreamWriter& xml, const QJsonObject& bundle)
{
    if (bundle.isEmpty())
        return;
    xml.writeStartElement(QStringLiteral("orderBundle"));
    xml.writeStartElement(QStringLiteral("cartItems"));
    for (const QJsonValue& item :
         bundle.value(QStringLiteral("cartItems")).toObject().value(QStringLiteral("items")).toArray())
        cartItem(xml, item.toObject());
    xml.writeEndElement();
    xml.writeEndElement();
}

// getOrderStatusExtendedResponse, as <return> or as one of a listing's <orderStatuses>.
void orderStatus(QXmlStreamWriter& xml, const QString& name, const QJsonObject& s)
{
    xml.writeStartElement(name);
    attributes(xml, s,
               {"errorCode", "errorMessage", "orderNumber", "orderStatus", "actionCode", "actionCodeDescription",
                "amount", "currency", "date", "depositedDate", "refundedDate", "reversedDate", "orderDescription",
                "ip"});
    pairs(xml, s, "merchantOrderParams");
    pairs(xml, s, "attributes");
    element(xml, s, "cardAuthInfo", {"maskedPan", "expiration", "cardholderName", "approvalCode", "paymentSystem"});
    element(xml, s, "bindingInfo", {"clientId", "bindingId"});
    if (s.contains(QStringLiteral("authDateTime"))) {
        xml.writeTextElement(QStringLiteral("authDateTime"), dateTimeOf(s.value(QStringLiteral("authDateTime"))));
        xml.writeTextElement(QStringLiteral("terminalId"), textOf(s.value(QStringLiteral("terminalId"))));
        xml.writeTextElement(QStringLiteral("authRefNum"), textOf(s.value(QStringLiteral("authRefNum"))));
    }
    element(xml, s, "paymentAmountInfo",
            {"paymentState", "approvedAmount", "depositedAmount", "refundedAmount", "feeAmount"});
    element(xml, s, "bankInfo", {"bankName", "bankCountryCode", "bankCountryName"});
    element(xml, s, "payerData", {"email", "phone", "postAddress"});
    cart(xml, s.value(QStringLiteral("orderBundle")).toObject());
    if (s.contains(QStringLiteral("paymentWay")))
        xml.writeTextElement(QStringLiteral("paymentWay"), textOf(s.value(QStringLiteral("paymentWay"))));
    xml.writeEndElement();
}

void result(QXmlStreamWriter& xml, const QString& operation, const QJsonObject& a)
{
    if (operation == QLatin1String("getOrderStatusExtended"))
        return orderStatus(xml, QStringLiteral("return"), a);
    xml.writeStartElement(QStringLiteral("return"));
    // errorCode is required on abstractResponse (register, orderResult, paymentOrderResult), even where the
    // REST answer leaves it out.
    if (!a.contains(QStringLiteral("errorCode")))
        xml.writeAttribute(QStringLiteral("errorCode"), QStringLiteral("0"));
    attributes(xml, a, {"orderId", "errorCode", "errorMessage", "info", "redirect", "acsUrl", "paReq"});
    if (a.contains(QStringLiteral("formUrl")))
        xml.writeTextElement(QStringLiteral("formUrl"), textOf(a.value(QStringLiteral("formUrl"))));
    if (operation == QLatin1String("getBindings")) {
        xml.writeStartElement(QStringLiteral("bindings"));
        for (const QJsonValue& b : a.value(QStringLiteral("bindings")).toArray()) {
            xml.writeEmptyElement(QStringLiteral("binding"));
            attributes(xml, b.toObject(), {"bindingId", "maskedPan", "expiryDate", "clientId", "paymentWay"});
        }
        xml.writeEndElement();
    }
    if (operation == QLatin1String("getLastOrdersForMerchants")) {
        for (const QJsonValue& row : a.value(QStringLiteral("orderStatuses")).toArray())
            orderStatus(xml, QStringLiteral("orderStatuses"), row.toObject());
        for (const char* n : {"totalCount", "page", "pageSize"})
            xml.writeTextElement(QString::fromLatin1(n), textOf(a.value(QString::fromLatin1(n))));
    }
    xml.writeEndElement();
}

QByteArray envelope(const std::function<void(QXmlStreamWriter&)>& body)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument();
    xml.writeNamespace(SoapNames::Envelope, QStringLiteral("soap"));
    xml.writeStartElement(SoapNames::Envelope, QStringLiteral("Envelope"));
    xml.writeStartElement(SoapNames::Envelope, QStringLiteral("Body"));
    body(xml);
    xml.writeEndDocument();
    return out;
}

} // namespace

QByteArray SoapAnswer::write(const QString& operation, const QJsonObject& answer)
{
    return envelope([&](QXmlStreamWriter& xml) {
        xml.writeNamespace(SoapNames::Merchant, QStringLiteral("ns1"));
        xml.writeStartElement(SoapNames::Merchant, operation + QStringLiteral("Response"));
        result(xml, operation, answer);
        xml.writeEndElement();
    });
}

QByteArray SoapAnswer::fault(const QString& code, const QString& text)
{
    return envelope([&](QXmlStreamWriter& xml) {
        xml.writeStartElement(SoapNames::Envelope, QStringLiteral("Fault"));
        xml.writeNamespace(SoapNames::Security, QStringLiteral("wsse"));
        xml.writeTextElement(QStringLiteral("faultcode"), code);
        xml.writeTextElement(QStringLiteral("faultstring"), text);
        xml.writeEndElement();
    });
}

} // namespace PayDesk::Sandbox
