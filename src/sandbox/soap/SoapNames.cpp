#include "sandbox/soap/SoapNames.h"

#include <iterator>

namespace PayDesk::Sandbox::SoapNames {

QString endpointOf(const QString& operation)
{
    static const char* const Pairs[][2] = {
        {"registerOrder", "register"},
        {"registerOrderPreAuth", "registerPreAuth"},
        {"getOrderStatusExtended", "getOrderStatusExtended"},
        {"depositOrder", "deposit"},
        {"reverseOrder", "reverse"},
        {"refundOrder", "refund"},
        {"paymentOrderBinding", "paymentOrderBinding"},
        {"getBindings", "getBindings"},
        {"getLastOrdersForMerchants", "getLastOrdersForMerchants"},
    };
    for (const auto& pair : Pairs) {
        if (operation == QLatin1String(pair[0]))
            return QString::fromLatin1(pair[1]);
    }
    return {};
}

} // namespace PayDesk::Sandbox::SoapNames
