#pragma once

#include "core/gateway/GatewayClient.h"
#include "core/gateway/GatewayCredentials.h"
#include "core/gateway/rbs/RbsProtocol.h"
#include "core/net/FormEncoder.h"

#include <QList>
#include <QSslCertificate>
#include <QUrl>

#include <functional>
#include <memory>

namespace PayDesk {

class GatewayTransport;
class OrderListFeed;
template <typename Job>
class JobPromise;

struct RbsSettings
{
    QUrl baseUrl; // .../payment/rest/
    QList<QSslCertificate> extraCa;
    QString language; // of the gateway's messages; empty: the interface's (UiLanguage::gatewayLanguage)
    int timeoutMs = 30000;
    int holdDays = 7;
    QString merchantLogin; // for agent accounts; empty = the user's own merchant
    int parallelPages = 4;

    // "https://3dsec.sberbank.ru" -> "https://3dsec.sberbank.ru/payment/rest/"
    static QUrl normalizeBaseUrl(const QString& text);
};

// The RBS gateway over one QNetworkAccessManager: the REST interface (/payment/rest/*.do) by default,
// or another RbsProtocol (the SOAP web service) that speaks the same calls in its own encoding.
class RbsClient : public QObject, public GatewayClient
{
    Q_OBJECT
public:
    explicit RbsClient(RbsSettings settings, QObject* parent = nullptr);
    RbsClient(RbsSettings settings, std::shared_ptr<const RbsProtocol> protocol, QObject* parent);

    void setCredentialSource(GatewayCredentialSource source) override;
    const RbsSettings& settings() const { return m_settings; }

    GatewayKind kind() const override { return m_wire->kind(); }
    OrderJob* fetchOrder(const QString& orderId) override;
    OrderJob* fetchOrderByNumber(const QString& orderNumber) override;
    OrderListJob* listOrders(const QDateTime& from, const QDateTime& to) override;
    OrderListJob* listHeldOrders(const QDateTime& from, const QDateTime& to) override;
    RegisterJob* registerOrder(const RegisterRequest& request) override;
    OperationJob* capture(const QString& orderId, const Money& amount) override;
    OperationJob* reverse(const QString& orderId) override;
    OperationJob* refund(const QString& orderId, const Money& amount) override;
    OperationJob* payWithBinding(const QString& orderId, const QString& bindingId, const QString& cvc) override;
    BindingListJob* bindings(const QString& clientId) override;
    ReceiptListJob* receipts(const QString& orderId) override;
    OperationJob* closeReceipt(const QString& orderId, const Money& amount) override;

private:
    using AnswerHandler = std::function<void(const QJsonObject& answer, const GatewayError& error)>;
    // Posts one form to ENDPOINT.do through the shared transport; the handler gets the JSON or a typed error.
    void call(const QString& endpoint, const FormEncoder::Fields& fields, QObject* context, AnswerHandler handler,
              RequestKind kind = RequestKind::Read);
    struct Listing;
    OperationJob* operation(OperationKind kind, const QString& endpoint, const QString& orderId,
                            const FormEncoder::Fields& fields);
    void readBack(const JobPromise<OperationJob>& promise, const QString& orderId, OperationResult result);
    OrderJob* fetch(const QString& key, const QString& value);
    // Asks for more pages while the listing may; ends the job when nothing is left in flight.
    OrderListJob* list(const QDateTime& from, const QDateTime& to, const QString& states);
    void pump(const std::shared_ptr<Listing>& listing);
    void requestPage(const std::shared_ptr<Listing>& listing, int page);
    // Hands one page to the feed; the error, if the page shows one, ends the listing.
    GatewayError takePage(OrderListFeed& feed, const QJsonObject& answer, int page) const;
    static GatewayError planPages(OrderListFeed& feed, const QJsonValue& totalCount);

    RbsSettings m_settings;
    std::shared_ptr<const RbsProtocol> m_wire;
    GatewayTransport* m_transport;
};

} // namespace PayDesk
