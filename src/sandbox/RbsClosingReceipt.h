#pragma once

#include "sandbox/FormData.h"

#include <QJsonObject>

namespace PayDesk::Sandbox {

class RbsGateway;

// closeOfdReceipt.do (rbs-soap.md §7.1): the closing receipt of a paid order with a cart. mdOrder or
// orderNumber; amount (minor units) optional, the order's deposited less refunded by default; orderBundle
// optional, the order's cart with paymentMethod 4 (full payment) by default. It may be sent several times;
// after refunds only while something is left. Answers {"success": true} or errorCode/errorMessage.
class RbsClosingReceipt
{
public:
    static QJsonObject close(RbsGateway& gateway, const FormData& form, const QString& merchant, bool english);
};

} // namespace PayDesk::Sandbox
