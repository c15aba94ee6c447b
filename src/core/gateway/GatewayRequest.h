#pragma once

#include "core/gateway/GatewayCredentials.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

#include <functional>

namespace PayDesk {

// What a request may change at the gateway. It decides the timeout, whether the body may be sent
// more than once, and whether a lost answer leaves the outcome unknown.
enum class RequestKind {
    Read,           // a status, a list: changes nothing, may be asked again
    MoneyOperation, // register, capture, reverse, refund, pay: sent at most once
};

// One request as a gateway flavour encodes it (RBS REST form, Assist form, a SOAP envelope...).
// The body is built only once the credentials are known, right before it leaves.
struct GatewayRequest
{
    QUrl url;
    RequestKind kind = RequestKind::Read;
    QByteArray contentType;
    QList<QPair<QByteArray, QByteArray>> headers = {}; // e.g. Accept, SOAPAction
    std::function<QByteArray(const GatewayCredentials&)> body = {};
    // SOAP: an HTTP 500 answer carries a Fault for the decoder to read (a body it cannot read stays an HTTP error).
    bool faultInBody = false;
};

} // namespace PayDesk
