#pragma once

#include "sandbox/FormData.h"

#include <QByteArray>
#include <QString>

namespace PayDesk::Sandbox {

/**
 * A request to the sandbox's merchant web service, read from its SOAP 1.1 envelope: the operation
 * (the wrapper in the merchant namespace), the WS-Security UsernameToken, and the part's
 * attributes and elements as the REST form the sandbox's RBS gateway takes (merchantOrderNumber
 * → orderNumber, depositAmount/refundAmount → amount, <params> → jsonParams, <features> →
 * features, the XML cart → orderBundle JSON, xs:dateTime → Moscow yyyyMMddHHmmss).
 */
struct SoapCall
{
    enum class Problem { None, NotSoap, NoSecurity, UnknownOperation };

    Problem problem = Problem::None;
    QString detail;
    QString operation; // "depositOrder"
    QString endpoint;  // the REST name the gateway knows it by: "deposit"
    QString userName;
    QString password;
    bool passwordText = true; // false: a PasswordDigest, which this service does not take
    FormData form;

    static SoapCall parse(const QByteArray& body);
};

} // namespace PayDesk::Sandbox
