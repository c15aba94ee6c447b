#include "core/net/FormEncoder.h"

#include <QUrl>

namespace PayDesk {

QByteArray FormEncoder::encode(const Fields& fields)
{
    QByteArray out;
    for (const auto& field : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(field.first) + '=' + QUrl::toPercentEncoding(field.second);
    }
    return out;
}

} // namespace PayDesk
