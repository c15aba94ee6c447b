#include "core/gateway/rbssoap/RbsSoapRequest.h"

#include "core/gateway/rbssoap/RbsSoapCart.h"
#include "core/gateway/rbssoap/RbsSoapEnvelope.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamWriter>

#include <iterator>

namespace PayDesk {

namespace {

enum class Place {
    Attribute,
    Element,
    List,     // "A,B" → <name><name>A</name><name>B</name></name>
    Date,     // yyyyMMddHHmmss Moscow → xs:dateTime without a zone, Moscow time (the wiki's rule)
    Params,   // jsonParams → <params name value/>*
    Bundle,   // orderBundle JSON → the XML cart
    Features, // features → <features><feature/>*</features>
};

struct Field
{
    const char* rest;
    const char* soap;
    Place place;
    const char* fallback = nullptr; // written when the call has no such field
};

constexpr Field RegisterFields[] = {
    {"orderNumber", "merchantOrderNumber", Place::Attribute},
    {"description", "description", Place::Attribute},
    {"amount", "amount", Place::Attribute},
    {"currency", "currency", Place::Attribute},
    {"language", "language", Place::Attribute},
    {"sessionTimeoutSecs", "sessionTimeoutSecs", Place::Attribute},
    {"taxSystem", "taxSystem", Place::Attribute},
    {"returnUrl", "returnUrl", Place::Element},
    {"failUrl", "failUrl", Place::Element},
    {"merchantLogin", "merchantLogin", Place::Element},
    {"email", "email", Place::Element},
    {"jsonParams", "params", Place::Params},
    {"clientId", "clientId", Place::Element},
    {"orderBundle", "orderBundle", Place::Bundle},
    {"features", "features", Place::Features},
};
constexpr Field StatusFields[] = {{"orderId", "orderId", Place::Attribute},
                                  {"language", "language", Place::Attribute},
                                  {"orderNumber", "merchantOrderNumber", Place::Element}};
// depositAmount is required by the 2019 schema; 0 asks for all that is held, as REST's amount=0.
constexpr Field DepositFields[] = {{"language", "language", Place::Attribute},
                                   {"orderId", "orderId", Place::Attribute},
                                   {"amount", "depositAmount", Place::Attribute, "0"}};
constexpr Field ReverseFields[] = {{"language", "language", Place::Attribute},
                                   {"orderId", "orderId", Place::Attribute}};
constexpr Field RefundFields[] = {{"language", "language", Place::Attribute},
                                  {"orderId", "orderId", Place::Attribute},
                                  {"amount", "refundAmount", Place::Attribute}};
constexpr Field BindingPayFields[] = {{"mdOrder", "mdOrder", Place::Attribute},
                                      {"bindingId", "bindingId", Place::Attribute},
                                      {"language", "language", Place::Attribute},
                                      {"ip", "ip", Place::Attribute},
                                      {"cvc", "cvc", Place::Attribute}};
constexpr Field BindingsFields[] = {{"clientId", "clientId", Place::Attribute},
                                    {"showExpired", "showExpired", Place::Attribute, "false"},
                                    {"language", "language", Place::Attribute}};
constexpr Field ListFields[] = {{"language", "language", Place::Attribute},
                                {"page", "page", Place::Element, "0"},
                                {"size", "size", Place::Element},
                                {"from", "from", Place::Date},
                                {"to", "to", Place::Date},
                                {"transactionStates", "transactionStates", Place::List},
                                {"merchants", "merchants", Place::List},
                                {"searchByCreatedDate", "searchByCreatedDate", Place::Element}};

struct Operation
{
    const char* endpoint;
    const char* operation;
    const char* part;
    const Field* begin; // attributes, then elements in the schema's sequence order
    const Field* end;
};

#define PAYDESK_FIELDS(array) std::begin(array), std::end(array)
constexpr Operation Operations[] = {
    {"register", "registerOrder", "order", PAYDESK_FIELDS(RegisterFields)},
    {"registerPreAuth", "registerOrderPreAuth", "order", PAYDESK_FIELDS(RegisterFields)},
    {"getOrderStatusExtended", "getOrderStatusExtended", "order", PAYDESK_FIELDS(StatusFields)},
    {"deposit", "depositOrder", "order", PAYDESK_FIELDS(DepositFields)},
    {"reverse", "reverseOrder", "order", PAYDESK_FIELDS(ReverseFields)},
    {"refund", "refundOrder", "order", PAYDESK_FIELDS(RefundFields)},
    {"paymentOrderBinding", "paymentOrderBinding", "order", PAYDESK_FIELDS(BindingPayFields)},
    {"getBindings", "getBindings", "request", PAYDESK_FIELDS(BindingsFields)},
    {"getLastOrdersForMerchants", "getLastOrdersForMerchants", "request", PAYDESK_FIELDS(ListFields)},
};
#undef PAYDESK_FIELDS

std::optional<QString> valueOf(const FormEncoder::Fields& fields, const Field& field)
{
    const QString name = QString::fromLatin1(field.rest);
    for (const auto& f : fields) {
        if (f.first == name)
            return f.second;
    }
    if (field.fallback)
        return QString::fromLatin1(field.fallback);
    return std::nullopt;
}

void writeElement(QXmlStreamWriter& xml, const QString& name, const QString& value, Place place)
{
    switch (place) {
    case Place::Attribute:
        return;
    case Place::Element:
        return xml.writeTextElement(name, value);
    case Place::Date: {
        const QDateTime moscow = QDateTime::fromString(value, QStringLiteral("yyyyMMddHHmmss"));
        return xml.writeTextElement(name, moscow.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")));
    }
    case Place::List:
        xml.writeStartElement(name);
        for (const QString& item : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            xml.writeTextElement(name, item.trimmed());
        return xml.writeEndElement();
    case Place::Params: {
        const QJsonObject params = QJsonDocument::fromJson(value.toUtf8()).object();
        for (auto it = params.constBegin(); it != params.constEnd(); ++it) {
            xml.writeEmptyElement(name);
            xml.writeAttribute(QStringLiteral("name"), it.key());
            xml.writeAttribute(QStringLiteral("value"), it.value().toVariant().toString());
        }
        return;
    }
    case Place::Bundle:
        return RbsSoapCart::write(xml, QJsonDocument::fromJson(value.toUtf8()).object());
    case Place::Features:
        xml.writeStartElement(name);
        for (const QString& feature : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            xml.writeTextElement(QStringLiteral("feature"), feature.trimmed());
        return xml.writeEndElement();
    }
}

} // namespace

RbsSoapRequest::RbsSoapRequest(int index)
    : m_index(index)
    , m_operation(QString::fromLatin1(Operations[index].operation))
{ }

std::optional<RbsSoapRequest> RbsSoapRequest::of(const QString& endpoint)
{
    for (std::size_t i = 0; i < std::size(Operations); ++i) {
        if (endpoint == QLatin1String(Operations[i].endpoint))
            return RbsSoapRequest(int(i));
    }
    return std::nullopt;
}

QByteArray RbsSoapRequest::envelope(const FormEncoder::Fields& fields, const GatewayCredentials& credentials) const
{
    const Operation& op = Operations[m_index];
    return RbsSoapEnvelope::write(m_operation, credentials, [&op, &fields](QXmlStreamWriter& xml) {
        xml.writeStartElement(QString::fromLatin1(op.part));
        for (const Field* field = op.begin; field != op.end;
             ++field) { // attributes first: they belong to the start tag
            const std::optional<QString> value = valueOf(fields, *field);
            if (value && field->place == Place::Attribute)
                xml.writeAttribute(QString::fromLatin1(field->soap), *value);
        }
        for (const Field* field = op.begin; field != op.end; ++field) {
            if (const std::optional<QString> value = valueOf(fields, *field))
                writeElement(xml, QString::fromLatin1(field->soap), *value, field->place);
        }
        xml.writeEndElement();
    });
}

} // namespace PayDesk
