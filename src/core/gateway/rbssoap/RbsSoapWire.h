#pragma once

#include "core/gateway/rbs/RbsProtocol.h"
#include "core/gateway/rbs/RbsWire.h"

#include <QUrl>

namespace PayDesk {

/**
 * The RBS merchant web service (SOAP 1.1, RPC/literal, WS-Security UsernameToken with the password
 * as text) as an RbsProtocol: every call is one POST of an envelope to the service URL with
 * `SOAPAction: ""`; the answer's <return> is read into REST's JSON and judged by the same
 * errorCode rules as REST (RbsWire::judgedAnswer). A SOAP Fault (HTTP 500) is the gateway's
 * refusal: a WS-Security one means the login was refused; a Server one leaves a money
 * operation's outcome unknown. Calls the web service lacks (getReceiptStatus, closeOfdReceipt)
 * go to the same host's REST interface, as the gateway's documents say to.
 */
class RbsSoapWire final : public RbsProtocol
{
public:
    RbsSoapWire(QUrl serviceUrl, QString language);

    GatewayKind kind() const override { return GatewayKind::RbsSoap; }
    GatewayRequest request(const QString& endpoint, const FormEncoder::Fields& fields, RequestKind kind) const override;
    QJsonObject decode(const QByteArray& body, const GatewayCredentials& credentials,
                       GatewayError* error) const override;

    // "https://host" or ".../merchant-ws?wsdl" -> "https://host/payment/webservices/merchant-ws"
    static QUrl normalizeServiceUrl(const QString& text);
    // The REST interface beside the web service: ".../webservices/merchant-ws" -> ".../rest/"
    static QUrl restBaseOf(const QUrl& serviceUrl);
    // The facts of a SOAP Fault: a WS-Security fault refuses the login.
    static GatewayError faultError(GatewayError fault);

private:
    QUrl m_serviceUrl;
    QString m_language;
    RbsWire m_rest;
};

} // namespace PayDesk
