#pragma once

#include "core/gateway/GatewayCredentials.h"

#include <QByteArray>
#include <QString>

#include <functional>

class QXmlStreamWriter;

namespace PayDesk {

/**
 * A SOAP 1.1 request to the RBS merchant web service, as its WSDL describes it (RPC/literal,
 * ../shared/spec/rbs-soap.md §1.2, §3, §5): a WS-Security UsernameToken with the password as text
 * in the header, the operation's wrapper in the merchant namespace and its part (`order`,
 * `request`) unqualified inside it. Written with QXmlStreamWriter, so every value is escaped.
 */
class RbsSoapEnvelope
{
public:
    static inline const QString EnvelopeNs = QStringLiteral("http://schemas.xmlsoap.org/soap/envelope/");
    static inline const QString MerchantNs = QStringLiteral("http://engine.paymentgate.ru/webservices/merchant");
    static inline const QString SecurityNs =
        QStringLiteral("http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd");
    static inline const QString PasswordText = QStringLiteral(
        "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText");

    using PartWriter = std::function<void(QXmlStreamWriter& xml)>;
    // The whole envelope; `writePart` writes the part element(s) inside <mer:OPERATION>.
    static QByteArray write(const QString& operation, const GatewayCredentials& credentials,
                            const PartWriter& writePart);
};

} // namespace PayDesk
