#pragma once

#include "core/model/GatewayError.h"

#include <QByteArray>
#include <QJsonObject>

class QXmlStreamReader;

namespace PayDesk {

/**
 * Reads an answer of the RBS merchant web service (SOAP 1.1) into the JSON the REST interface
 * gives for the same call, so RbsParser and RbsClient read both alike: the <return> part's
 * attributes and child elements become keys (matched by namespace URI and local name, never by
 * prefix), repeated elements become arrays, text with attributes becomes {"value", …}
 * (<quantity measure>), <bindings><binding/></bindings> a list, xs:dateTime values epoch
 * milliseconds, counts and codes numbers. xsi:type and unknown names are ignored.
 * A soap:Fault becomes a GatewayError; so does a body that is not such an envelope.
 */
class RbsSoapReader
{
public:
    struct Answer
    {
        QString operation; // "registerOrderResponse", …; empty for a fault
        QJsonObject result;
        GatewayError error; // Malformed, or the Fault's facts
        bool fault = false;
    };
    static Answer read(const QByteArray& body);

private:
    static void readEnvelope(QXmlStreamReader& xml, Answer& answer);
    static void readFault(QXmlStreamReader& xml, Answer& answer);
    static QJsonObject readElement(QXmlStreamReader& xml, int depth, bool* ok);
};

} // namespace PayDesk
