#pragma once

#include <QString>

namespace PayDesk::Sandbox::SoapNames {

inline const QString Envelope = QStringLiteral("http://schemas.xmlsoap.org/soap/envelope/");
inline const QString Merchant = QStringLiteral("http://engine.paymentgate.ru/webservices/merchant");
inline const QString Security =
    QStringLiteral("http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd");

// The REST endpoint an operation of the web service does ("depositOrder" -> "deposit"); empty if none.
QString endpointOf(const QString& operation);

} // namespace PayDesk::Sandbox::SoapNames
