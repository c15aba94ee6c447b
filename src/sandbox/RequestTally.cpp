#include "sandbox/RequestTally.h"

#include "sandbox/FormData.h"

namespace PayDesk::Sandbox {

void RequestTally::count(const QString& endpoint, const FormData& form)
{
    ++m_byEndpoint[endpoint];
    if (endpoint == QLatin1String("getLastOrdersForMerchants") && form.value(QStringLiteral("page")).toInt() == 0)
        ++m_listings;
}

QJsonObject RequestTally::toJson() const
{
    QJsonObject endpoints;
    for (auto it = m_byEndpoint.cbegin(); it != m_byEndpoint.cend(); ++it)
        endpoints.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("listings"), m_listings}, {QStringLiteral("endpoints"), endpoints}};
}

} // namespace PayDesk::Sandbox
