#pragma once

#include "core/gateway/GatewayClient.h"
#include "core/gateway/JobPromise.h"
#include "core/operations/OperationEvidence.h"
#include "core/operations/OrderLocks.h"
#include "core/store/OperationJournal.h"
#include "core/team/OrderClaims.h"

#include <QCoreApplication>
#include <QObject>

#include <memory>
#include <optional>

namespace PayDesk {

// Capture, reverse and refund as a user means them: one at a time per order, checked against the
// order's current status before anything is sent (an amount over what is held, a wrong state, a
// wrong currency are refused here with the reason), sent once, and read back.
class OrderOperations : public QObject
{
    Q_OBJECT
public:
    explicit OrderOperations(GatewayClient* client, QObject* parent = nullptr);

    // With a journal, every operation is written there before it is sent and its end recorded; an
    // operation whose answer is lost is resolved from the order's status, never by sending it again.
    void setJournal(OperationJournal* journal, const QString& profile);
    // On a team's database, orders are claimed team-wide for as long as an operation may take.
    void setClaimLeaseSecs(int seconds);

    // No amount: everything still capturable / refundable. FRESH: the order as the gateway gave it moments
    // ago (a batch's listing), checked instead of reading its status before sending; the status read after
    // sending stays.
    OperationJob* capture(const QString& orderId, std::optional<Money> amount = std::nullopt, const QString& batch = {},
                          const std::optional<Order>& fresh = std::nullopt);
    // The gateway's listing of the orders created from FROM to TO that are held now, for a batch's checks.
    OrderListJob* listHeldOrders(const QDateTime& from, const QDateTime& to);
    OperationJob* reverse(const QString& orderId);
    OperationJob* refund(const QString& orderId, std::optional<Money> amount = std::nullopt);
    OperationJob* payWithBinding(const QString& orderId, const QString& bindingId, const QString& cvc);
    // The closing receipt of a paid order whose receipt at payment was an advance (ClosingReceipt).
    OperationJob* closeReceipt(const QString& orderId);
    // A manual payment: journaled before it is sent. A lost answer is settled by looking the order
    // number up; found, the job completes with the order's id and no payment page link.
    RegisterJob* registerOrder(const RegisterRequest& request);

    // Why `kind` cannot be done on `order` with `amount`, or an empty string when it can;
    // `effective` receives the amount that will be sent.
    static QString refusal(OperationKind kind, const Order& order, std::optional<Money> amount, Money* effective);

private:
    // Claims the order team-wide on a team desk (RELEASE then gives it back too); the error says who holds it.
    GatewayError claimOrder(OperationKind kind, const QString& orderId, OrderLocks::Release* release);
    // Completes the job as refused before sending, after the caller has connected to it.
    static void refuseLater(const JobPromise<OperationJob>& promise, OperationKind kind, const GatewayError& error,
                            const OrderLocks::Release& release);
    OperationEvidence::Verdict verdictFor(qint64 entry, const Order& now) const;
    static QString cartProblem(const RegisterRequest& request);
    static QString takeUpTo(std::optional<Money> amount, const Money& limit, const QString& tooMuch, Money* effective);
    // One operation on its way: what to send, and the order's lock to release when it ends.
    struct Step
    {
        JobPromise<OperationJob> promise;
        OperationKind kind;
        std::optional<Money> amount;
        std::function<OperationJob*(const Money&)> send;
        QString batch;
        std::function<void()> release;
    };
    OperationJob* run(OperationKind kind, const QString& orderId, std::optional<Money> amount,
                      std::function<OperationJob*(const Money&)> send, const QString& batch = {},
                      const std::optional<Order>& fresh = std::nullopt);
    void checkAndSend(const Step& step, const Order& now);
    // Writes the intent and marks it sent: ENTRY is set once the intent is written.
    StoreError journalIntent(OperationKind kind, const Order& before, const Money& amount, const QString& batch,
                             qint64* entry);
    void conclude(const JobPromise<OperationJob>& promise, qint64 entry, OperationResult result,
                  const std::function<void()>& release);
    void settleLostRegistration(const JobPromise<RegisterJob>& promise, qint64 entry, const QString& orderNumber,
                                GatewayError error);

    GatewayClient* m_client;
    OperationJournal* m_journal = nullptr;
    QString m_profile;
    OrderLocks m_locks;
    std::unique_ptr<OrderClaims> m_claims; // team desks only
};

} // namespace PayDesk
