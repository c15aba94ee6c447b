#pragma once

#include "sandbox/SandboxServer.h"
#include "support/TestHttp.h"

#include <memory>

// An in-process sandbox on 127.0.0.1:0 plus helpers that act as the merchant's server and as
// the customer on the payment page (the same HTTP a browser sends).
class SandboxFixture
{
public:
    explicit SandboxFixture(PayDesk::Sandbox::SandboxOptions options = {});

    QString baseUrl() const { return m_server->baseUrl(); }
    QUrl api(const QString& endpoint) const;
    PayDesk::Sandbox::SandboxServer& server() { return *m_server; }
    TestHttp& http() { return m_http; }

    HttpResult call(const QString& endpoint, QList<QPair<QString, QString>> fields, bool withAuth = true);
    // Registers an order and returns its orderId (empty on failure).
    QString registerOrder(qint64 amountMinor, bool preAuth, QList<QPair<QString, QString>> extra = {});
    // Pays on the payment page; follows the 3-D Secure step with `acsCode` when asked for it.
    HttpResult pay(const QString& orderId, const QString& pan, const QString& expiry, const QString& cvc,
                   const QString& acsCode = {});
    QJsonObject status(const QString& orderId);
    QJsonObject inspect(const QString& orderId);
    void advanceClock(qint64 seconds);
    void addFault(const QString& endpoint, const QString& fault, int count = 1, int delayMs = 0);
    // How many operations of TYPE ("deposit", "refund", …) the sandbox recorded on the order.
    int operationCount(const QString& orderId, const QString& type);
    // Injected faults not yet used.
    int pendingFaults();

private:
    PayDesk::Sandbox::SandboxOptions m_options;
    std::unique_ptr<PayDesk::Sandbox::SandboxServer> m_server;
    TestHttp m_http;
    int m_orderCounter = 0;
};
