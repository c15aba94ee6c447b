#pragma once

#include "core/gateway/GatewayCredentials.h"
#include "core/gateway/GatewayJob.h"
#include "core/model/GatewayKind.h"

#include <QDateTime>

namespace PayDesk {

// What PayDesk asks of any payment gateway. One implementation per gateway protocol, each in
// its own folder; the rest of the program sees only Orders and GatewayErrors.
class GatewayClient
{
public:
    virtual ~GatewayClient() = default;

    virtual GatewayKind kind() const = 0;
    // Where the client gets its secrets, right before each request (the keychain, for real profiles).
    virtual void setCredentialSource(GatewayCredentialSource source) = 0;
    // Fixed credentials: the sandbox and tests.
    void setCredentials(const GatewayCredentials& credentials)
    {
        setCredentialSource([credentials](QObject*, const auto& done) { done(credentials, GatewayError()); });
    }
    virtual OrderJob* fetchOrder(const QString& orderId) = 0;
    virtual OrderJob* fetchOrderByNumber(const QString& orderNumber) = 0;
    // Every order created in [from, to], all pages.
    virtual OrderListJob* listOrders(const QDateTime& from, const QDateTime& to) = 0;
    // The orders created in [from, to] that are held now (a batch's checks before capturing); a gateway whose
    // listing cannot ask for a state lists them all.
    virtual OrderListJob* listHeldOrders(const QDateTime& from, const QDateTime& to) { return listOrders(from, to); }

    virtual RegisterJob* registerOrder(const RegisterRequest& request) = 0;
    // The raw operations: sent once, never retried, the order read back afterwards. Validation
    // against the order's state and per-order serialisation live in OrderOperations.
    virtual OperationJob* capture(const QString& orderId, const Money& amount) = 0; // zero: all that is held
    virtual OperationJob* reverse(const QString& orderId) = 0;
    virtual OperationJob* refund(const QString& orderId, const Money& amount) = 0; // zero: all that is left
    virtual OperationJob* payWithBinding(const QString& orderId, const QString& bindingId, const QString& cvc) = 0;
    virtual BindingListJob* bindings(const QString& clientId) = 0;
    virtual ReceiptListJob* receipts(const QString& orderId) = 0;
    // The closing receipt (RBS closeOfdReceipt.do) for AMOUNT of the order's cart: sent once, never retried.
    // Null from a gateway that has none (GatewayCapabilities::closingReceipt false).
    virtual OperationJob* closeReceipt(const QString& orderId, const Money& amount)
    {
        Q_UNUSED(orderId)
        Q_UNUSED(amount)
        return nullptr;
    }
};

} // namespace PayDesk
