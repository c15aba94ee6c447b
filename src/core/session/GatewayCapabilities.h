#pragma once

#include "core/model/GatewayKind.h"

#include <QCoreApplication>

namespace PayDesk {

// What a gateway offers and how its own documentation names it, for the front ends to present
// without knowing which gateway it is.
struct GatewayCapabilities
{
    Q_DECLARE_TR_FUNCTIONS(GatewayCapabilities)
public:
    GatewayKind kind = GatewayKind::Rbs;
    bool needsMerchantId = false;     // Assist's Merchant_ID beside the login
    bool acceptsApiToken = true;      // RBS takes a token instead of login and password
    bool namesOrderOnPayment = false; // Assist gives the payment its id only once the customer pays
    bool takesCart = true;            // a cart (fiscal receipt lines) with the registration
    bool closingReceipt = true;       // a closing receipt for an order paid in advance (closeOfdReceipt.do)

    // The menu texts of reverse and refund as the gateway names them.
    QString reverseAction() const;
    QString refundAction() const;

    static GatewayCapabilities of(GatewayKind kind);
};

} // namespace PayDesk
