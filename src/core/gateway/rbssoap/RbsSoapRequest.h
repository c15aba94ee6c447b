#pragma once

#include "core/gateway/GatewayCredentials.h"
#include "core/net/FormEncoder.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace PayDesk {

/**
 * One RBS call in REST terms (endpoint + form fields, as RbsClient makes it) as the SOAP operation
 * the WSDL names for it (rbs-soap.md §1.4): register → registerOrder with merchantOrderNumber,
 * deposit → depositOrder with depositAmount, refund → refundOrder with refundAmount, jsonParams →
 * <params name value/>, features → <features><feature/>, orderBundle → the XML cart, listing dates
 * → xs:dateTime. Attributes and elements go where the schema puts them, elements in its order.
 * Calls the web service does not have (getReceiptStatus, closeOfdReceipt) have no operation.
 */
class RbsSoapRequest
{
public:
    // The operation for a REST endpoint, or nothing if the web service has none.
    static std::optional<RbsSoapRequest> of(const QString& endpoint);

    const QString& operation() const { return m_operation; }
    QByteArray envelope(const FormEncoder::Fields& fields, const GatewayCredentials& credentials) const;

private:
    explicit RbsSoapRequest(int index);
    int m_index;
    QString m_operation;
};

} // namespace PayDesk
