#pragma once

#include "core/gateway/GatewayRequest.h"
#include "core/model/GatewayError.h"
#include "core/model/GatewayKind.h"
#include "core/net/FormEncoder.h"

#include <QJsonObject>

namespace PayDesk {

/**
 * How one RBS interface puts a call on the wire and reads its answer. RbsClient speaks in the REST
 * interface's terms (endpoint names and form fields such as "deposit" + orderId/amount, answers as
 * the REST JSON); a protocol turns them into its own encoding (a form for REST, an envelope for the
 * SOAP web service) and its answers back into that JSON, so the order logic exists once.
 */
class RbsProtocol
{
public:
    virtual ~RbsProtocol() = default;
    virtual GatewayKind kind() const = 0;
    virtual GatewayRequest request(const QString& endpoint, const FormEncoder::Fields& fields,
                                   RequestKind kind) const = 0;
    virtual QJsonObject decode(const QByteArray& body, const GatewayCredentials& credentials,
                               GatewayError* error) const = 0;
};

} // namespace PayDesk
