#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace PayDesk {

// application/x-www-form-urlencoded with every name and value percent-encoded as UTF-8.
// QUrlQuery would leave '+' as is, and the gateway's form decoder reads that as a space.
class FormEncoder
{
public:
    using Fields = QList<QPair<QString, QString>>;
    static QByteArray encode(const Fields& fields);
};

} // namespace PayDesk
