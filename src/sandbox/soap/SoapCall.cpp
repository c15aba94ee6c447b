#include "sandbox/soap/SoapCall.h"

#include "sandbox/soap/SoapNames.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <QXmlStreamReader>

#include <iterator>

namespace PayDesk::Sandbox {

namespace {

constexpr int MaxDepth = 16;

// A tree of what the part holds, read once, then mapped to form fields.
struct Node
{
    QString name;
    QList<QPair<QString, QString>> attributes;
    QString text;
    QList<Node> children;
};

bool readNode(QXmlStreamReader& xml, Node& node, int depth)
{
    node.name = xml.name().toString();
    for (const QXmlStreamAttribute& a : xml.attributes())
        node.attributes.append({a.name().toString(), a.value().toString()});
    while (xml.readNext() != QXmlStreamReader::EndElement && !xml.atEnd()) {
        if (xml.isCharacters())
            node.text += xml.text();
        if (!xml.isStartElement())
            continue;
        if (depth >= MaxDepth)
            return false;
        node.children.append(Node());
        if (!readNode(xml, node.children.last(), depth + 1))
            return false;
    }
    node.text = node.text.trimmed();
    return !xml.hasError();
}

QString attribute(const Node& node, const QString& name)
{
    for (const auto& a : node.attributes) {
        if (a.first == name)
            return a.second;
    }
    return {};
}

// Cart numbers are JSON numbers in REST; the rest stays text.
QJsonValue cartValue(const QString& text)
{
    bool ok = false;
    const qint64 whole = text.toLongLong(&ok);
    if (ok)
        return whole;
    const double fraction = text.toDouble(&ok);
    return ok ? QJsonValue(fraction) : QJsonValue(text);
}

QJsonObject cartObject(const Node& node)
{
    QJsonObject object;
    for (const auto& a : node.attributes)
        object.insert(a.first, cartValue(a.second));
    QJsonArray items;
    for (const Node& child : node.children) {
        if (child.name == QLatin1String("items"))
            items.append(cartObject(child));
        else if (child.children.isEmpty() && child.attributes.isEmpty())
            object.insert(child.name, cartValue(child.text));
        else
            object.insert(child.name, cartObject(child));
    }
    if (!items.isEmpty())
        object.insert(QStringLiteral("items"), items);
    if (!node.text.isEmpty() && !node.attributes.isEmpty())
        object.insert(QStringLiteral("value"), cartValue(node.text)); // <quantity measure="0">2</quantity>
    return object;
}

QString moscowStamp(const QString& xsDateTime)
{
    QDateTime when = QDateTime::fromString(xsDateTime, Qt::ISODateWithMs);
    if (!when.isValid())
        return QStringLiteral("invalid");
    if (when.timeSpec() == Qt::LocalTime) // no zone: Moscow time, as the gateway's wiki asks
        when.setTimeZone(QTimeZone(3 * 3600));
    return when.toTimeZone(QTimeZone(3 * 3600)).toString(QStringLiteral("yyyyMMddHHmmss"));
}

QString joined(const Node& node)
{
    QStringList items;
    for (const Node& child : node.children)
        items.append(child.text);
    return items.join(QLatin1Char(','));
}

QString restName(const QString& soap)
{
    if (soap == QLatin1String("merchantOrderNumber"))
        return QStringLiteral("orderNumber");
    if (soap == QLatin1String("depositAmount") || soap == QLatin1String("refundAmount"))
        return QStringLiteral("amount");
    return soap;
}

FormData formOf(const Node& part)
{
    FormData form;
    for (const auto& a : part.attributes)
        form.add(restName(a.first), a.second);
    QJsonObject params;
    for (const Node& child : part.children) {
        const QString& name = child.name;
        if (name == QLatin1String("params"))
            params.insert(attribute(child, QStringLiteral("name")), attribute(child, QStringLiteral("value")));
        else if (name == QLatin1String("orderBundle") || name == QLatin1String("depositItems"))
            form.add(name, QString::fromUtf8(QJsonDocument(cartObject(child)).toJson(QJsonDocument::Compact)));
        else if (name == QLatin1String("features") || name == QLatin1String("transactionStates")
                 || name == QLatin1String("merchants"))
            form.add(name, joined(child));
        else if (name == QLatin1String("from") || name == QLatin1String("to"))
            form.add(name, moscowStamp(child.text));
        else
            form.add(restName(name), child.text);
    }
    if (!params.isEmpty())
        form.add(QStringLiteral("jsonParams"), QString::fromUtf8(QJsonDocument(params).toJson(QJsonDocument::Compact)));
    return form;
}

void readSecurity(QXmlStreamReader& xml, SoapCall& call)
{
    while (xml.readNextStartElement()) {
        if (xml.namespaceUri() != SoapNames::Security) {
            xml.skipCurrentElement();
        } else if (xml.name() == QLatin1String("Security") || xml.name() == QLatin1String("UsernameToken")) {
            readSecurity(xml, call);
        } else if (xml.name() == QLatin1String("Username")) {
            call.userName = xml.readElementText();
        } else if (xml.name() == QLatin1String("Password")) {
            const QString type = xml.attributes().value(QStringLiteral("Type")).toString();
            call.passwordText = type.isEmpty() || type.endsWith(QLatin1String("#PasswordText"));
            call.password = xml.readElementText();
        } else {
            xml.skipCurrentElement(); // Nonce, Created: not needed for PasswordText
        }
    }
}

void readBody(QXmlStreamReader& xml, SoapCall& call)
{
    if (!xml.readNextStartElement() || xml.namespaceUri() != SoapNames::Merchant) {
        call.problem = SoapCall::Problem::UnknownOperation;
        call.detail = QStringLiteral("Unexpected wrapper element %1 found.").arg(xml.name().toString());
        return;
    }
    call.operation = xml.name().toString();
    call.endpoint = SoapNames::endpointOf(call.operation);
    if (call.endpoint.isEmpty()) {
        call.problem = SoapCall::Problem::UnknownOperation;
        call.detail =
            QStringLiteral("Unexpected wrapper element {%1}%2 found.").arg(SoapNames::Merchant, call.operation);
        return;
    }
    Node part;
    if (xml.readNextStartElement() && !readNode(xml, part, 0)) {
        call.problem = SoapCall::Problem::NotSoap;
        call.detail = QStringLiteral("Unmarshalling Error: nested too deep");
        return;
    }
    call.form = formOf(part);
}

} // namespace

SoapCall SoapCall::parse(const QByteArray& body)
{
    SoapCall call;
    QXmlStreamReader xml(body);
    bool secured = false;
    if (!xml.readNextStartElement() || xml.namespaceUri() != SoapNames::Envelope) {
        call.problem = Problem::NotSoap;
        call.detail = QStringLiteral("Error reading XMLStreamReader: not a SOAP 1.1 envelope");
        return call;
    }
    while (call.problem == Problem::None && xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("Header")) {
            readSecurity(xml, call);
            secured = !call.userName.isEmpty();
        } else if (xml.name() == QLatin1String("Body")) {
            readBody(xml, call);
            break;
        } else {
            xml.skipCurrentElement();
        }
    }
    if (call.problem == Problem::None && xml.hasError()) {
        call.problem = Problem::NotSoap;
        call.detail = QStringLiteral("Error reading XMLStreamReader: %1").arg(xml.errorString());
    } else if (call.problem == Problem::None && !secured) {
        call.problem = Problem::NoSecurity;
        call.detail = QStringLiteral("An error was discovered processing the <wsse:Security> header");
    }
    return call;
}

} // namespace PayDesk::Sandbox
