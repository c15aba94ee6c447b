#pragma once

#include "core/gateway/rbs/RbsProtocol.h"

#include <QJsonObject>

namespace PayDesk {

// How RBS REST puts a request on the wire (a form posted to ENDPOINT.do, signed with the login
// and password or the token) and reads its answer (a JSON object whose errorCode is the gateway's
// verdict). What the codes mean for the rest of PayDesk is decided here and in RbsClient only.
class RbsWire final : public RbsProtocol
{
public:
    RbsWire(QUrl baseUrl, QString language);

    GatewayKind kind() const override { return GatewayKind::Rbs; }
    GatewayRequest request(const QString& endpoint, const FormEncoder::Fields& fields, RequestKind kind) const override;
    QJsonObject decode(const QByteArray& body, const GatewayCredentials& credentials,
                       GatewayError* error) const override;
    static QJsonObject decodeJson(const QByteArray& body, GatewayError* error);
    // The gateway's facts in an answer's errorCode/errorMessage: access denied, system error (REST and SOAP alike).
    static GatewayError judgedAnswer(const QJsonObject& answer);
    // errorCode 5 is many things; "access denied" and "must change the password" are the login's fault.
    static bool isAccessDenied(const GatewayError& error);
    // A refused deposit that no retry fixes: the order is not held (7) or the amount exceeds the hold (5).
    static bool isNotCapturable(const GatewayError& error);
    // Code 7 "system error": the gateway's passing failure, nothing done; worth sending again.
    static bool isSystemError(const GatewayError& error);

private:
    QUrl m_baseUrl;
    QString m_language;
};

} // namespace PayDesk
