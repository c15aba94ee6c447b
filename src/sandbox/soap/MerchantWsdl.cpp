#include "sandbox/soap/MerchantWsdl.h"

#include <QFile>

namespace PayDesk::Sandbox {

namespace {
QByteArray resource(const QString& name)
{
    QFile file(QStringLiteral(":/sandbox/soap/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

QByteArray MerchantWsdl::document(const QString& which, const QString& serviceUrl)
{
    if (which == QLatin1String("MerchantService.wsdl"))
        return resource(QStringLiteral("merchant-ws-schema.wsdl"));
    QByteArray wsdl = resource(QStringLiteral("merchant-ws.wsdl"));
    wsdl.replace("@SCHEMA@", (serviceUrl + QStringLiteral("?wsdl=MerchantService.wsdl")).toUtf8());
    wsdl.replace("@ADDRESS@", serviceUrl.toUtf8());
    return wsdl;
}

} // namespace PayDesk::Sandbox
