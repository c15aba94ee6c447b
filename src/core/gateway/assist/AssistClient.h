#pragma once

#include "core/gateway/GatewayClient.h"
#include "core/gateway/GatewayCredentials.h"
#include "core/gateway/assist/AssistParser.h"
#include "core/gateway/assist/AssistWire.h"
#include "core/net/FormEncoder.h"

#include <QSslCertificate>
#include <QUrl>

namespace PayDesk {

class GatewayTransport;
class OrderListFeed;

struct AssistSettings
{
    QUrl baseUrl; // https://payments.demo.paysecure.ru/
    QString merchantId;
    QList<QSslCertificate> extraCa;
    int timeoutMs = 30000;
    int holdDays = 4; // the seed's figure; it differs by bank and processing
    QString language; // of the gateway's messages; empty: the interface's (UiLanguage::gatewayLanguage)
};

// The Assist web services (XML, Format=3) behind GatewayClient. An order's id is its billnumber.
// charge and cancel are sent once and read back; Assist has no separate reverse and refund:
// both are a cancel (of the hold in full, or of what was charged, in full or in part).
class AssistClient : public QObject, public GatewayClient
{
    Q_OBJECT
public:
    explicit AssistClient(AssistSettings settings, QObject* parent = nullptr);

    // The login is GatewayCredentials::userName; tokens do not exist on Assist.
    void setCredentialSource(GatewayCredentialSource source) override;

    GatewayKind kind() const override { return GatewayKind::Assist; }
    OrderJob* fetchOrder(const QString& billnumber) override;
    OrderJob* fetchOrderByNumber(const QString& orderNumber) override;
    OrderListJob* listOrders(const QDateTime& from, const QDateTime& to) override;
    RegisterJob* registerOrder(const RegisterRequest& request) override;
    OperationJob* capture(const QString& billnumber, const Money& amount) override;
    OperationJob* reverse(const QString& billnumber) override;
    OperationJob* refund(const QString& billnumber, const Money& amount) override;
    OperationJob* payWithBinding(const QString& orderId, const QString& bindingId, const QString& cvc) override;
    BindingListJob* bindings(const QString& clientId) override;
    ReceiptListJob* receipts(const QString& orderId) override;

private:
    using Handler = std::function<void(const QList<Order>& orders, const GatewayError& error)>;
    // Posts one form to SERVICE/SERVICE.cfm through the shared transport; the handler gets the orders or a typed error.
    void call(const QString& service, const FormEncoder::Fields& fields, QObject* context, Handler handler,
              RequestKind kind = RequestKind::Read);
    OperationJob* operation(OperationKind kind, const QString& service, const QString& billnumber,
                            const FormEncoder::Fields& fields);
    void requestWindow(OrderListFeed feed, QDateTime from, QDateTime to);

    AssistSettings m_settings;
    AssistWire m_wire;
    GatewayTransport* m_transport;
};

} // namespace PayDesk
