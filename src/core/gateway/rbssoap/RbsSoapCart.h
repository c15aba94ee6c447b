#pragma once

#include <QJsonObject>

class QXmlStreamWriter;

namespace PayDesk {

// The cart as the SOAP schema wants it (rbs-soap.md §2.1): the orderBundle that RbsCart makes of a
// typed Cart, rewritten as XML in the XSD's sequence order, items as repeated <items positionId>,
// <quantity measure="…">value</quantity>, amounts as minor-unit text.
class RbsSoapCart
{
public:
    static void write(QXmlStreamWriter& xml, const QJsonObject& bundle);
};

} // namespace PayDesk
