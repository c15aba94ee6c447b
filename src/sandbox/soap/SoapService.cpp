#include "sandbox/soap/SoapService.h"

#include "sandbox/soap/MerchantWsdl.h"
#include "sandbox/soap/SoapAnswer.h"

#include <QUrlQuery>

namespace PayDesk::Sandbox {

namespace {
HttpResponse xml(const QByteArray& body, int status)
{
    HttpResponse response = HttpResponse::json(body, status);
    response.contentType = "text/xml;charset=UTF-8";
    return response;
}
} // namespace

std::optional<HttpResponse> SoapService::precheck(const HttpRequest& request, const QString& serviceUrl,
                                                  const RbsConfig& config, SoapCall* call)
{
    const QUrlQuery query(QString::fromUtf8(request.rawQuery));
    if (request.method == "GET" && (query.hasQueryItem(QStringLiteral("wsdl")) || request.rawQuery == "wsdl"))
        return xml(MerchantWsdl::document(query.queryItemValue(QStringLiteral("wsdl")), serviceUrl), 200);
    if (request.method != "POST")
        return HttpResponse::text("Method Not Allowed", 405);
    *call = SoapCall::parse(request.body);
    switch (call->problem) {
    case SoapCall::Problem::None:
        break;
    case SoapCall::Problem::NoSecurity:
        return fault(QStringLiteral("wsse:InvalidSecurity"), call->detail);
    case SoapCall::Problem::NotSoap:
    case SoapCall::Problem::UnknownOperation:
        return fault(QStringLiteral("soap:Client"), call->detail);
    }
    if (!call->passwordText || !config.users.contains(call->userName)
        || config.users.value(call->userName) != call->password)
        return fault(QStringLiteral("wsse:FailedAuthentication"),
                     QStringLiteral("The security token could not be authenticated or authorized"));
    call->form.add(QStringLiteral("userName"), call->userName);
    call->form.add(QStringLiteral("password"), call->password);
    return std::nullopt;
}

HttpResponse SoapService::render(const QString& operation, const QJsonObject& answer)
{
    return xml(SoapAnswer::write(operation, answer), 200);
}

HttpResponse SoapService::fault(const QString& code, const QString& text)
{
    return xml(SoapAnswer::fault(code, text), 500);
}

} // namespace PayDesk::Sandbox
