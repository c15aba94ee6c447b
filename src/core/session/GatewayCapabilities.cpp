#include "core/session/GatewayCapabilities.h"

namespace PayDesk {

GatewayCapabilities GatewayCapabilities::of(GatewayKind kind)
{
    GatewayCapabilities c;
    c.kind = kind;
    c.needsMerchantId = kind == GatewayKind::Assist;
    c.acceptsApiToken = kind == GatewayKind::Rbs; // WS-Security over SOAP knows only login and password
    c.namesOrderOnPayment = kind == GatewayKind::Assist;
    c.takesCart = kind != GatewayKind::Assist;
    c.closingReceipt = kind == GatewayKind::Rbs;
    return c;
}

QString GatewayCapabilities::reverseAction() const
{
    // Assist has one operation for both: cancel, of the hold or of what was charged.
    return kind == GatewayKind::Assist ? tr("Ca&ncel the hold…") : tr("Re&verse…");
}

QString GatewayCapabilities::refundAction() const
{
    return kind == GatewayKind::Assist ? tr("Cancel the c&harge (refund)…") : tr("Re&fund…");
}

} // namespace PayDesk
