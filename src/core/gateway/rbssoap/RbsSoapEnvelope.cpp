#include "core/gateway/rbssoap/RbsSoapEnvelope.h"

#include <QXmlStreamWriter>

namespace PayDesk {

QByteArray RbsSoapEnvelope::write(const QString& operation, const GatewayCredentials& credentials,
                                  const PartWriter& writePart)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument();
    xml.writeNamespace(EnvelopeNs, QStringLiteral("soapenv"));
    xml.writeNamespace(MerchantNs, QStringLiteral("mer"));
    xml.writeStartElement(EnvelopeNs, QStringLiteral("Envelope"));
    xml.writeStartElement(EnvelopeNs, QStringLiteral("Header"));
    xml.writeNamespace(SecurityNs, QStringLiteral("wsse"));
    xml.writeStartElement(SecurityNs, QStringLiteral("Security"));
    xml.writeStartElement(SecurityNs, QStringLiteral("UsernameToken"));
    xml.writeTextElement(SecurityNs, QStringLiteral("Username"), credentials.userName);
    xml.writeStartElement(SecurityNs, QStringLiteral("Password"));
    xml.writeAttribute(QStringLiteral("Type"), PasswordText);
    xml.writeCharacters(credentials.password);
    xml.writeEndElement(); // Password
    xml.writeEndElement(); // UsernameToken
    xml.writeEndElement(); // Security
    xml.writeEndElement(); // Header
    xml.writeStartElement(EnvelopeNs, QStringLiteral("Body"));
    xml.writeStartElement(MerchantNs, operation);
    writePart(xml); // never a default namespace: the parts stay unqualified
    xml.writeEndDocument();
    return out;
}

} // namespace PayDesk
