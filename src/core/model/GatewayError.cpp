#include "core/model/GatewayError.h"

#include "core/i18n/UiLanguage.h"
#include "core/model/GatewayCodeText.h"

namespace PayDesk {

QString GatewayError::unreachableText() const
{
    switch (unreachable) {
    case Unreachable::NameNotFound:
        return tr("Cannot reach the payment gateway: the host name %1 was not found. Check the gateway's address "
                  "and the network.")
            .arg(host);
    case Unreachable::Refused:
        return tr("Cannot reach the payment gateway: %1 refused the connection on port %2.").arg(host).arg(port);
    case Unreachable::No:
        break;
    }
    return host.isEmpty() ? tr("Cannot reach the payment gateway. Check the network connection.")
                          : tr("Cannot reach the payment gateway at %1: %2").arg(host, detail);
}

QString GatewayError::kindText() const
{
    if (accessDenied) {
        const QString refused = profileName.isEmpty()
                                    ? tr("The gateway refused the login or password.")
                                    : tr("The gateway refused the login or password of profile «%1».").arg(profileName);
        return gatewayMessage.isEmpty() ? refused
                                        : refused + QLatin1Char(' ') + tr("(The gateway said: %1)").arg(gatewayMessage);
    }
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Config:
    case Kind::Validation:
        return detail; // already in the user's words
    case Kind::Malformed:
        return gatewayMessage.isEmpty()
                   ? tr("The payment gateway sent an answer that cannot be read.")
                   : tr("The payment gateway sent an answer that cannot be believed: %1").arg(gatewayMessage);
    case Kind::Gateway:
        if (gatewayMessage.isEmpty())
            return tr("The payment gateway refused the request (code %1).").arg(gatewayCode);
        return explanation().isEmpty()
                   ? tr("The payment gateway refused the request: %1 (code %2)").arg(gatewayMessage, gatewayCode)
                   : tr("The payment gateway refused the request: %1 (code %2: %3)")
                         .arg(gatewayMessage, gatewayCode, explanation());
    case Kind::Http:
        return tr("The payment gateway answered with HTTP error %1.").arg(httpStatus);
    case Kind::Auth:
        return tr("The gateway did not accept the login or password (%1).").arg(gatewayMessage);
    case Kind::Tls:
    case Kind::Storage:
        if (kind == Kind::Tls && !host.isEmpty())
            return tr("The secure (TLS) connection to %1 failed: %2").arg(host, detail);
        return (kind == Kind::Tls ? tr("The gateway's TLS certificate could not be verified: %1")
                                  : tr("The local order cache failed: %1"))
            .arg(detail);
    case Kind::Network:
    case Kind::Timeout:
    case Kind::Cancelled:
        break;
    }
    return kind == Kind::Network   ? unreachableText()
           : kind == Kind::Timeout ? tr("The payment gateway did not answer in time.")
                                   : tr("Cancelled.");
}

QString GatewayError::userMessage() const
{
    if (!outcomeUnknown)
        return kindText();
    return kindText() + QLatin1Char(' ')
           + tr("The outcome is unknown: the gateway may have carried out the operation. Check the order's status "
                "before trying again.");
}

QString GatewayError::explanation() const
{
    const QString written = GatewayCodeText::languageOf(gatewayMessage);
    if (kind != Kind::Gateway || written.isEmpty() || written == UiLanguage::applied())
        return {};
    return GatewayCodeText::explain(gatewayCode);
}

GatewayError GatewayError::gateway(const QString& code, const QString& message)
{
    GatewayError e = of(Kind::Gateway);
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

} // namespace PayDesk
