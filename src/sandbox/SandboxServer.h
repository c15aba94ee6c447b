#pragma once

#include "sandbox/AssistGateway.h"
#include "sandbox/CallbackNotifier.h"
#include "sandbox/FaultInjector.h"
#include "sandbox/HttpConnection.h"
#include "sandbox/RbsGateway.h"
#include "sandbox/RequestTally.h"
#include "sandbox/SandboxClock.h"

#include <QObject>

#include <functional>
#include <optional>

namespace PayDesk::Sandbox {

class HttpServer;

struct SandboxOptions
{
    quint16 port = 0;
    QString user = QStringLiteral("sandbox");
    QString password = QStringLiteral("sandbox");
    QString token = QStringLiteral("sandbox-token");
    int seedOrders = 0;
    quint32 seed = 1;
    int holdDays = 7;
    QString assistMerchantId = QStringLiteral("123456");
    int assistHoldDays = 4;
    QString assistCheckWord;
    int latencyMs = 0;
    qint64 timeShiftSecs = 0;
    QStringList faults;
    int idleTimeoutSecs = 30;
    int maxConnections = 0; // 0: as many as the descriptor limit allows
    QString callbackUrl;    // the account's callback URL (unsigned until a key is set through /sandbox/callbacks)
};

// The sandbox gateway: one HTTP server on 127.0.0.1 with the RBS REST API, the same gateway's SOAP web
// service (/payment/webservices/merchant-ws, ?wsdl) and its payment page,
// the Assist services (/orderstate, /orderresult, /resultbydate, /charge, /cancel, /pay/order.cfm;
// Merchant_ID 123456 with the same login and password), and the /sandbox control endpoints.
class SandboxServer final : public QObject
{
    Q_OBJECT
public:
    explicit SandboxServer(SandboxOptions options, QObject* parent = nullptr);
    ~SandboxServer() override;

    bool start(QString* error);
    quint16 port() const;
    QString baseUrl() const;

    RbsGateway& rbs() { return m_rbs; }
    AssistGateway& assist() { return m_assist; }
    FaultInjector& faults() { return m_faults; }
    SandboxClock& clock() { return m_clock; }
    CallbackNotifier& callbacks() { return m_callbacks; }
    RequestTally& requests() { return m_requests; }

private:
    void handle(const HttpRequest& request, QPointer<HttpConnection> connection);
    void handleRbs(const QString& endpoint, const HttpRequest& request, QPointer<HttpConnection> connection);
    void handleSoap(const HttpRequest& request, QPointer<HttpConnection> connection);
    // One RBS call from either interface, under its fault; `render` writes the answer as the interface does.
    using Render = std::function<HttpResponse(const RbsAnswer& answer)>;
    void serveRbs(const QString& endpoint, const FormData& form, const std::optional<FaultRule>& fault,
                  QPointer<HttpConnection> connection, const Render& render);
    RbsAnswer callRbs(const QString& endpoint, const FormData& form, bool english, bool* known);
    // Carries out an API call under its fault (if any): delay, hang, reset, HTTP 500, broken body,
    // system error, before or after doing it.
    void respondApi(const std::optional<FaultRule>& fault, QPointer<HttpConnection> connection,
                    const HttpResponse& systemError, std::function<std::optional<HttpResponse>()> carryOut,
                    std::function<void()> skipped);
    void handleAssist(const QString& service, const HttpRequest& request, QPointer<HttpConnection> connection);
    HttpResponse handleAssistPage(const HttpRequest& request);
    HttpResponse handlePage(const HttpRequest& request);
    HttpResponse handleControl(const HttpRequest& request);
    HttpResponse handleFaultsControl(const HttpRequest& request);
    HttpResponse handleClockControl(const HttpRequest& request);
    HttpResponse handleCallbacksControl(const HttpRequest& request);

    SandboxOptions m_options;
    SandboxClock m_clock;
    RbsGateway m_rbs;
    AssistGateway m_assist;
    FaultInjector m_faults;
    CallbackNotifier m_callbacks;
    RequestTally m_requests;
    HttpServer* m_http = nullptr;
};

} // namespace PayDesk::Sandbox
