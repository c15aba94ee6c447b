#include "core/gateway/rbssoap/RbsSoapWire.h"

#include "core/gateway/rbssoap/RbsSoapReader.h"
#include "core/gateway/rbssoap/RbsSoapRequest.h"

namespace PayDesk {

RbsSoapWire::RbsSoapWire(QUrl serviceUrl, QString language)
    : m_serviceUrl(std::move(serviceUrl))
    , m_language(std::move(language))
    , m_rest(restBaseOf(m_serviceUrl), m_language)
{ }

QUrl RbsSoapWire::normalizeServiceUrl(const QString& text)
{
    QUrl url(text.trimmed(), QUrl::StrictMode);
    url.setQuery(QString()); // "?wsdl" fetches the description; requests go to the bare address
    url.setFragment(QString());
    if (url.path().isEmpty() || url.path() == QLatin1String("/"))
        url.setPath(QStringLiteral("/payment/webservices/merchant-ws"));
    return url;
}

QUrl RbsSoapWire::restBaseOf(const QUrl& serviceUrl)
{
    QUrl rest = serviceUrl;
    QString path = serviceUrl.path();
    const qsizetype at = path.indexOf(QLatin1String("/webservices/"));
    rest.setPath(at >= 0 ? path.left(at) + QStringLiteral("/rest/") : QStringLiteral("/payment/rest/"));
    return rest;
}

GatewayRequest RbsSoapWire::request(const QString& endpoint, const FormEncoder::Fields& fields, RequestKind kind) const
{
    const std::optional<RbsSoapRequest> operation = RbsSoapRequest::of(endpoint);
    if (!operation)
        return m_rest.request(endpoint, fields, kind);
    GatewayRequest request;
    request.url = m_serviceUrl;
    request.kind = kind;
    request.contentType = QByteArrayLiteral("text/xml; charset=UTF-8");
    request.headers = {{QByteArrayLiteral("SOAPAction"), QByteArrayLiteral("\"\"")},
                       {QByteArrayLiteral("Accept"), QByteArrayLiteral("text/xml")}};
    request.faultInBody = true;
    FormEncoder::Fields withLanguage = fields;
    withLanguage.append({QStringLiteral("language"), m_language});
    request.body = [op = *operation, withLanguage](const GatewayCredentials& credentials) {
        return op.envelope(withLanguage, credentials);
    };
    return request;
}

QJsonObject RbsSoapWire::decode(const QByteArray& body, const GatewayCredentials& credentials,
                                GatewayError* error) const
{
    if (body.trimmed().startsWith('{')) // the REST interface, for the calls the web service lacks
        return m_rest.decode(body, credentials, error);
    RbsSoapReader::Answer answer = RbsSoapReader::read(body);
    if (answer.fault) {
        *error = faultError(answer.error);
        return {};
    }
    if (answer.error.isError()) {
        *error = answer.error;
        return {};
    }
    *error = RbsWire::judgedAnswer(answer.result);
    return answer.result;
}

GatewayError RbsSoapWire::faultError(GatewayError fault)
{
    // WSS4J's fault codes (InvalidSecurity, FailedAuthentication, InvalidSecurityToken…) and the
    // text the BPC test host gives for a missing header (rbs-soap.md §4).
    const QString& code = fault.gatewayCode;
    fault.accessDenied = code.contains(QLatin1String("Security"), Qt::CaseInsensitive)
                         || code.contains(QLatin1String("Authentication"), Qt::CaseInsensitive)
                         || fault.gatewayMessage.contains(QLatin1String("wsse:Security"));
    // The server failed while handling it: a money operation may have been carried out.
    fault.outcomeUnknown = !fault.accessDenied && code.compare(QLatin1String("Client"), Qt::CaseInsensitive) != 0;
    return fault;
}

} // namespace PayDesk
