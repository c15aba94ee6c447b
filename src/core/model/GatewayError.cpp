#include "core/model/GatewayError.h"

namespace PayDesk {

GatewayError GatewayError::gateway(const QString& code, const QString& message)
{
    GatewayError e;
    e.kind = Kind::Gateway;
    e.gatewayCode = code;
    e.gatewayMessage = message;
    return e;
}

GatewayError GatewayError::of(Kind kind, const QString& detail)
{
    GatewayError e;
    e.kind = kind;
    e.detail = detail;
    return e;
}

QString GatewayError::userMessage() const
{
    QString text;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        text = tr("Cannot reach the payment gateway. Check the network connection.");
        break;
    case Kind::Tls:
        text = tr("The gateway's TLS certificate could not be verified: %1").arg(detail);
        break;
    case Kind::Timeout:
        text = tr("The payment gateway did not answer in time.");
        break;
    case Kind::Http:
        text = tr("The payment gateway answered with HTTP error %1.").arg(httpStatus);
        break;
    case Kind::Malformed:
        text = gatewayMessage.isEmpty()
                   ? tr("The payment gateway sent an answer that cannot be read.")
                   : tr("The payment gateway sent an answer that cannot be believed: %1").arg(gatewayMessage);
        break;
    case Kind::Gateway:
        text = gatewayMessage.isEmpty()
                   ? tr("The payment gateway refused the request (code %1).").arg(gatewayCode)
                   : tr("The payment gateway refused the request: %1 (code %2)").arg(gatewayMessage, gatewayCode);
        break;
    case Kind::Auth:
        text = tr("The gateway did not accept the login or password (%1).").arg(gatewayMessage);
        break;
    case Kind::Config:
        text = detail;
        break;
    case Kind::Cancelled:
        text = tr("Cancelled.");
        break;
    case Kind::Validation:
        text = detail;
        break;
    case Kind::Storage:
        text = tr("The local order cache failed: %1").arg(detail);
        break;
    }
    if (outcomeUnknown)
        text += QLatin1Char(' ')
                + tr("The outcome is unknown: the gateway may have carried out the operation. Check the order's status "
                     "before trying again.");
    return text;
}

} // namespace PayDesk
