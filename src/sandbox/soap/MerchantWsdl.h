#pragma once

#include <QByteArray>
#include <QString>

namespace PayDesk::Sandbox {

// The sandbox's WSDL: the BPC test host's own (../shared/spec/fixtures/rbs-soap/wsdl/paymentgate-test-2016-*.wsdl)
// cut down to the nine operations the sandbox implements and the types they use, with what the sandbox takes and
// gives from the 2019 schema (AXIS-2019 in rbs-soap.md) added: orderParams' merchantLogin, email, features and
// taxSystem, getLastOrdersForMerchants' searchByCreatedDate, and in answers payerData, paymentWay, the
// deposited/refunded/reversed dates, cardAuthInfo@paymentSystem, feeAmount and binding@clientId/paymentWay
// (merchant-ws*.wsdl beside this file).
// Served split in two, as the gateway's Apache CXF does: ?wsdl (the binding) imports ?wsdl=MerchantService.wsdl.
class MerchantWsdl
{
public:
    // `which` empty: the binding, with its address and import pointing at `serviceUrl`; "MerchantService.wsdl": the
    // schema.
    static QByteArray document(const QString& which, const QString& serviceUrl);
};

} // namespace PayDesk::Sandbox
