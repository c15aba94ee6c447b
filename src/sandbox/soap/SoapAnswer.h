#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace PayDesk::Sandbox {

// The sandbox RBS gateway's JSON answer written as the web service's SOAP answer to OPERATION:
// <ns1:OPERATIONResponse><return …/> with each field as an attribute or an element where the WSDL's
// schema puts it (registerOrderResponse, orderResult, paymentOrderResult, getBindingsResponse,
// getOrderStatusExtendedResponse, getLastOrdersForMerchantsResponse); dates as xs:dateTime, Moscow.
class SoapAnswer
{
public:
    static QByteArray write(const QString& operation, const QJsonObject& answer);
    static QByteArray fault(const QString& code, const QString& text);
};

} // namespace PayDesk::Sandbox
