#pragma once

#include "core/gateway/GatewayRequest.h"
#include "core/model/GatewayError.h"
#include "core/model/Order.h"
#include "core/net/FormEncoder.h"

namespace PayDesk {

// How the Assist web services put a request on the wire (a form posted to SERVICE/SERVICE.cfm
// with Merchant_ID, Login, Password and Format=3) and read an answer (XML orders, checked against
// the merchant's secret word when the profile has one).
class AssistWire
{
public:
    AssistWire(QUrl baseUrl, QString merchantId, int holdDays, QString language = {});

    GatewayRequest request(const QString& service, const FormEncoder::Fields& fields, RequestKind kind) const;
    QList<Order> decode(const QByteArray& body, const GatewayCredentials& credentials, GatewayError* error) const;
    // firstcode 10, "missing object": the billnumber or order number is unknown to Assist.
    static bool isMissingObject(const GatewayError& error);
    // A refused charge: a prohibited operation (15, the order is not held) or an amount over the hold (5/108).
    static bool isNotCapturable(const GatewayError& error);

private:
    // False when an order carries a checkvalue that the secret word does not give.
    bool checkValueMatches(const Order& order, const QString& checkWord) const;

    QUrl m_baseUrl;
    QString m_merchantId;
    int m_holdDays;
    QString m_language;
};

} // namespace PayDesk
