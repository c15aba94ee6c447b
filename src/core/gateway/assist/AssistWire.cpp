#include "core/gateway/assist/AssistWire.h"

#include "core/gateway/assist/AssistParser.h"
#include "core/i18n/UiLanguage.h"

namespace PayDesk {

AssistWire::AssistWire(QUrl baseUrl, QString merchantId, int holdDays, QString language)
    : m_baseUrl(std::move(baseUrl))
    , m_merchantId(std::move(merchantId))
    , m_holdDays(holdDays)
    , m_language(std::move(language))
{ }

GatewayRequest AssistWire::request(const QString& service, const FormEncoder::Fields& fields, RequestKind kind) const
{
    GatewayRequest request;
    request.url = m_baseUrl.resolved(QUrl(service + QLatin1Char('/') + service + QStringLiteral(".cfm")));
    request.kind = kind;
    request.contentType = QByteArrayLiteral("application/x-www-form-urlencoded");
    request.body = [fields, merchantId = m_merchantId, language = m_language](const GatewayCredentials& credentials) {
        FormEncoder::Fields withAuth = fields;
        withAuth.prepend({QStringLiteral("Password"), credentials.password});
        withAuth.prepend({QStringLiteral("Login"), credentials.userName});
        withAuth.prepend({QStringLiteral("Merchant_ID"), merchantId});
        withAuth.append({QStringLiteral("Format"), QStringLiteral("3")}); // always: the defaults differ per service
        withAuth.append({QStringLiteral("Language"), UiLanguage::gatewayLanguage(language).toUpper()}); // RU, EN
        return FormEncoder::encode(withAuth);
    };
    return request;
}

QList<Order> AssistWire::decode(const QByteArray& body, const GatewayCredentials& credentials,
                                GatewayError* error) const
{
    const AssistParser::Answer answer = AssistParser::parse(body, m_holdDays);
    *error = answer.error;
    error->accessDenied = error->kind == GatewayError::Kind::Auth;
    if (error->isError())
        return {};
    for (const Order& o : answer.orders) {
        if (!checkValueMatches(o, credentials.checkWord)) {
            *error = GatewayError::of(
                GatewayError::Kind::Malformed,
                AssistParser::tr("The checkvalue of order %1 does not match: the answer cannot be trusted.")
                    .arg(o.orderNumber));
            return {};
        }
    }
    return answer.orders;
}

bool AssistWire::isMissingObject(const GatewayError& error)
{
    return error.kind == GatewayError::Kind::Gateway && error.gatewayCode.startsWith(QLatin1String("10/"));
}

bool AssistWire::isNotCapturable(const GatewayError& error)
{
    return error.kind == GatewayError::Kind::Gateway
           && (error.gatewayCode.startsWith(QLatin1String("15/")) || error.gatewayCode == QLatin1String("5/108"));
}

bool AssistWire::checkValueMatches(const Order& o, const QString& checkWord) const
{
    const QString sent = o.raw.value(QStringLiteral("checkvalue")).toString();
    if (checkWord.isEmpty() || sent.isEmpty())
        return true;
    const QString expected = AssistParser::checkValue(
        checkWord, m_merchantId, o.orderNumber, o.raw.value(QStringLiteral("orderamount")).toString(),
        o.raw.value(QStringLiteral("ordercurrency")).toString(), o.gatewayState);
    return expected.compare(sent, Qt::CaseInsensitive) == 0;
}

} // namespace PayDesk
