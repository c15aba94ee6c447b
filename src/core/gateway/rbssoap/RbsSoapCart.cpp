#include "core/gateway/rbssoap/RbsSoapCart.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QXmlStreamWriter>

namespace PayDesk {

namespace {
QString textOf(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    const double number = value.toDouble();
    if (number == double(qint64(number)))
        return QString::number(qint64(number));
    return QString::number(number, 'f', 3).remove(QRegularExpression(QStringLiteral("\\.?0+$")));
}

void writeOptional(QXmlStreamWriter& xml, const QJsonObject& object, const QString& name)
{
    if (object.contains(name))
        xml.writeTextElement(name, textOf(object.value(name)));
}

void writeItem(QXmlStreamWriter& xml, const QJsonObject& item)
{
    xml.writeStartElement(QStringLiteral("items"));
    xml.writeAttribute(QStringLiteral("positionId"), textOf(item.value(QStringLiteral("positionId"))));
    xml.writeTextElement(QStringLiteral("name"), item.value(QStringLiteral("name")).toString());
    const QJsonObject quantity = item.value(QStringLiteral("quantity")).toObject();
    xml.writeStartElement(QStringLiteral("quantity"));
    xml.writeAttribute(QStringLiteral("measure"), textOf(quantity.value(QStringLiteral("measure"))));
    xml.writeCharacters(textOf(quantity.value(QStringLiteral("value"))));
    xml.writeEndElement();
    writeOptional(xml, item, QStringLiteral("itemAmount"));
    writeOptional(xml, item, QStringLiteral("itemCurrency"));
    writeOptional(xml, item, QStringLiteral("itemCode"));
    const QJsonObject tax = item.value(QStringLiteral("tax")).toObject();
    if (!tax.isEmpty()) {
        xml.writeStartElement(QStringLiteral("tax"));
        writeOptional(xml, tax, QStringLiteral("taxSum"));
        writeOptional(xml, tax, QStringLiteral("taxType"));
        xml.writeEndElement();
    }
    writeOptional(xml, item, QStringLiteral("itemPrice"));
    xml.writeEndElement();
}
} // namespace

void RbsSoapCart::write(QXmlStreamWriter& xml, const QJsonObject& bundle)
{
    xml.writeStartElement(QStringLiteral("orderBundle"));
    xml.writeStartElement(QStringLiteral("cartItems"));
    const QJsonArray items =
        bundle.value(QStringLiteral("cartItems")).toObject().value(QStringLiteral("items")).toArray();
    for (const QJsonValue& item : items)
        writeItem(xml, item.toObject());
    xml.writeEndElement(); // cartItems
    xml.writeEndElement(); // orderBundle
}

} // namespace PayDesk
