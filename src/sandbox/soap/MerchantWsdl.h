#pragma once

#include <QByteArray>
#include <QString>

namespace PayDesk::Sandbox {

class MerchantWsdl
{
public:
    // ?wsdl (which empty): the binding, importing ?wsdl=MerchantService.wsdl (the messages and the schema).
    static QByteArray document(const QString& which, const QString& serviceUrl);
};

} // namespace PayDesk::Sandbox
