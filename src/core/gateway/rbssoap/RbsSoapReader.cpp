#include "core/gateway/rbssoap/RbsSoapReader.h"

#include "core/gateway/rbssoap/RbsSoapEnvelope.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSet>
#include <QXmlStreamReader>

namespace PayDesk {

namespace {

constexpr int MaxDepth = 24; // the schema nests six deep; anything far deeper is not an answer

// Elements the schema lets repeat: always arrays, even when only one came.
const QSet<QString> Repeated = {QStringLiteral("attributes"),
                                QStringLiteral("merchantOrderParams"),
                                QStringLiteral("params"),
                                QStringLiteral("orderStatuses"),
                                QStringLiteral("items"),
                                QStringLiteral("refunds"),
                                QStringLiteral("operations"),
                                QStringLiteral("binding"),
                                QStringLiteral("itemDetailsParams")};
// xs:dateTime in SOAP, epoch milliseconds in REST.
const QSet<QString> Dates = {QStringLiteral("date"), QStringLiteral("authDateTime"), QStringLiteral("depositedDate"),
                             QStringLiteral("reversedDate"), QStringLiteral("refundedDate")};
// Numbers in REST's JSON that the readers take only as numbers.
const QSet<QString> Numbers = {QStringLiteral("totalCount"), QStringLiteral("page"), QStringLiteral("pageSize"),
                               QStringLiteral("taxType"), QStringLiteral("positionId")};

QJsonValue valueOf(const QString& name, const QString& text)
{
    if (Dates.contains(name)) {
        const QDateTime when = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
        return when.isValid() ? QJsonValue(when.toMSecsSinceEpoch()) : QJsonValue(text);
    }
    if (Numbers.contains(name)) {
        bool ok = false;
        const qint64 number = text.trimmed().toLongLong(&ok);
        return ok ? QJsonValue(number) : QJsonValue(text);
    }
    return text;
}

void insert(QJsonObject& object, const QString& name, const QJsonValue& value)
{
    if (Repeated.contains(name)) {
        QJsonArray list = object.value(name).toArray();
        list.append(value);
        object.insert(name, list);
    } else if (!object.contains(name)) {
        object.insert(name, value); // a repeat of a single element: the first one counts
    }
}

bool isXsi(const QXmlStreamAttribute& attribute)
{
    return attribute.namespaceUri() == QLatin1String("http://www.w3.org/2001/XMLSchema-instance");
}

} // namespace

RbsSoapReader::Answer RbsSoapReader::read(const QByteArray& body)
{
    Answer answer;
    QXmlStreamReader xml(body);
    if (xml.readNextStartElement() && xml.namespaceUri() == RbsSoapEnvelope::EnvelopeNs
        && xml.name() == QLatin1String("Envelope"))
        readEnvelope(xml, answer);
    else if (!xml.hasError())
        answer.error = GatewayError::of(GatewayError::Kind::Malformed, QStringLiteral("not a SOAP envelope"));
    while (!xml.atEnd() && !xml.hasError())
        xml.readNext();   // an answer cut short after its <return> is still a broken answer
    if (xml.hasError()) { // a fault or a result cut short is no answer
        answer.fault = false;
        answer.error = GatewayError::of(GatewayError::Kind::Malformed, xml.errorString());
    }
    return answer;
}

void RbsSoapReader::readEnvelope(QXmlStreamReader& xml, Answer& answer)
{
    while (xml.readNextStartElement()) {
        if (xml.namespaceUri() != RbsSoapEnvelope::EnvelopeNs || xml.name() != QLatin1String("Body")) {
            xml.skipCurrentElement(); // the Header, if any
            continue;
        }
        if (!xml.readNextStartElement())
            break;
        if (xml.namespaceUri() == RbsSoapEnvelope::EnvelopeNs && xml.name() == QLatin1String("Fault"))
            return readFault(xml, answer);
        if (xml.namespaceUri() != RbsSoapEnvelope::MerchantNs || !xml.name().endsWith(QLatin1String("Response")))
            break;
        answer.operation = xml.name().toString();
        while (xml.readNextStartElement()) {
            if (!xml.namespaceUri().isEmpty() || xml.name() != QLatin1String("return")) {
                xml.skipCurrentElement();
                continue;
            }
            bool ok = true;
            answer.result = readElement(xml, 0, &ok);
            if (!ok && !xml.hasError())
                answer.error = GatewayError::of(GatewayError::Kind::Malformed, QStringLiteral("nested too deep"));
            return;
        }
        break;
    }
    if (!xml.hasError())
        answer.error = GatewayError::of(GatewayError::Kind::Malformed, QStringLiteral("no return element"));
}

void RbsSoapReader::readFault(QXmlStreamReader& xml, Answer& answer)
{
    answer.fault = true;
    QString code;
    QString text;
    while (xml.readNextStartElement()) {
        // faultcode and faultstring are unqualified in SOAP 1.1
        if (xml.name() == QLatin1String("faultcode"))
            code = xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
        else if (xml.name() == QLatin1String("faultstring"))
            text = xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
        else
            xml.skipCurrentElement();
    }
    // "wsse:FailedAuthentication" -> "FailedAuthentication": the prefix is the sender's choice.
    const QString local = code.mid(code.indexOf(QLatin1Char(':')) + 1);
    answer.error = GatewayError::gateway(local.isEmpty() ? QStringLiteral("Fault") : local, text);
}

QJsonObject RbsSoapReader::readElement(QXmlStreamReader& xml, int depth, bool* ok)
{
    QJsonObject object;
    for (const QXmlStreamAttribute& attribute : xml.attributes()) {
        if (!isXsi(attribute))
            object.insert(attribute.name().toString(),
                          valueOf(attribute.name().toString(), attribute.value().toString()));
    }
    QString text;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement)
            break;
        if (token == QXmlStreamReader::Characters) {
            text += xml.text();
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QString name = xml.name().toString();
        if (depth >= MaxDepth) {
            *ok = false;
            return {};
        }
        const bool hasAttributes = std::any_of(xml.attributes().cbegin(), xml.attributes().cend(),
                                               [](const QXmlStreamAttribute& a) { return !isXsi(a); });
        QJsonObject child = readElement(xml, depth + 1, ok);
        if (!*ok)
            return {};
        const QString childText = child.take(QStringLiteral("\u0001text")).toString();
        if (child.isEmpty() && !hasAttributes)
            insert(object, name, valueOf(name, childText));
        else if (name == QLatin1String("bindings") && child.contains(QStringLiteral("binding")))
            insert(object, name, child.value(QStringLiteral("binding")));
        else
            insert(object, name,
                   childText.isEmpty() ? child : (child.insert(QStringLiteral("value"), childText), child));
    }
    if (!text.trimmed().isEmpty())
        object.insert(QStringLiteral("\u0001text"), text.trimmed());
    return object;
}

} // namespace PayDesk
