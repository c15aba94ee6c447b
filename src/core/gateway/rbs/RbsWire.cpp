#include "core/gateway/rbs/RbsWire.h"

#include "core/gateway/rbs/RbsParser.h"
#include "core/i18n/UiLanguage.h"

#include <QJsonDocument>

namespace PayDesk {

RbsWire::RbsWire(QUrl baseUrl, QString language)
    : m_baseUrl(std::move(baseUrl))
    , m_language(std::move(language))
{ }

GatewayRequest RbsWire::request(const QString& endpoint, const FormEncoder::Fields& fields, RequestKind kind) const
{
    GatewayRequest request;
    request.url = m_baseUrl.resolved(QUrl(endpoint + QStringLiteral(".do")));
    request.kind = kind;
    request.contentType = QByteArrayLiteral("application/x-www-form-urlencoded");
    request.headers = {{QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")}};
    request.body = [fields, language = m_language](const GatewayCredentials& credentials) {
        FormEncoder::Fields withAuth = fields;
        if (!credentials.token.isEmpty()) {
            withAuth.prepend({QStringLiteral("token"), credentials.token});
        } else {
            withAuth.prepend({QStringLiteral("password"), credentials.password});
            withAuth.prepend({QStringLiteral("userName"), credentials.userName});
        }
        withAuth.append({QStringLiteral("language"), UiLanguage::gatewayLanguage(language)});
        return FormEncoder::encode(withAuth);
    };
    return request;
}

QJsonObject RbsWire::decode(const QByteArray& body, const GatewayCredentials&, GatewayError* error) const
{
    return decodeJson(body, error);
}

QJsonObject RbsWire::decodeJson(const QByteArray& body, GatewayError* error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = GatewayError::of(GatewayError::Kind::Malformed, parseError.errorString());
        return {};
    }
    *error = judgedAnswer(doc.object());
    return doc.object();
}

GatewayError RbsWire::judgedAnswer(const QJsonObject& answer)
{
    GatewayError error = RbsParser::errorOf(answer);
    error.accessDenied = isAccessDenied(error);
    error.temporary = isSystemError(error);
    return error;
}

bool RbsWire::isAccessDenied(const GatewayError& error)
{
    if (error.kind != GatewayError::Kind::Gateway || error.gatewayCode != QLatin1String("5"))
        return false;
    static const char* const Texts[] = {"access denied", "доступ запрещён", "доступ запрещен", "change the password",
                                        "сменить пароль"};
    for (const char* text : Texts) {
        if (error.gatewayMessage.contains(QString::fromUtf8(text), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool RbsWire::isSystemError(const GatewayError& error)
{
    const QString& text = error.gatewayMessage;
    return error.kind == GatewayError::Kind::Gateway && error.gatewayCode == QLatin1String("7")
           && (text.contains(QLatin1String("system error"), Qt::CaseInsensitive)
               || text.contains(QString::fromUtf8("системная ошибка"), Qt::CaseInsensitive));
}

bool RbsWire::isNotCapturable(const GatewayError& error)
{
    if (error.kind != GatewayError::Kind::Gateway)
        return false;
    const QString& text = error.gatewayMessage;
    if (error.gatewayCode == QLatin1String("7")) // "7" is also a plain system error
        return !isSystemError(error);
    return error.gatewayCode == QLatin1String("5")
           && (text.contains(QLatin1String("exceeds"), Qt::CaseInsensitive)
               || text.contains(QString::fromUtf8("превышает"), Qt::CaseInsensitive));
}

} // namespace PayDesk
