#pragma once

#include "sandbox/HttpMessage.h"
#include "sandbox/RbsGateway.h"
#include "sandbox/soap/SoapCall.h"

#include <optional>

namespace PayDesk::Sandbox {

// The sandbox's RBS merchant web service at /payment/webservices/merchant-ws: its WSDL on GET ?wsdl,
// and for a POST the envelope read and its UsernameToken checked against the sandbox account
// (SOAP Faults with HTTP 500 as WSS4J gives them otherwise). What passes goes to the same
// RbsGateway, and so the same orders, as the REST interface; its answer comes back as SOAP.
class SoapService
{
public:
    static inline const QString Path = QStringLiteral("/payment/webservices/merchant-ws");

    // The answer when the request ends here (the WSDL, a fault); nothing when `call` is to be carried out.
    static std::optional<HttpResponse> precheck(const HttpRequest& request, const QString& serviceUrl,
                                                const RbsConfig& config, SoapCall* call);
    static HttpResponse render(const QString& operation, const QJsonObject& answer);
    static HttpResponse fault(const QString& code, const QString& text);
};

} // namespace PayDesk::Sandbox
