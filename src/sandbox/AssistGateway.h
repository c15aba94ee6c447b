#pragma once

#include "sandbox/FormData.h"
#include "sandbox/SandboxClock.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>

namespace PayDesk::Sandbox {

// One Assist payment attempt (a billnumber) and what happened to it.
struct AssistOrder
{
    QString billnumber;  // 16 digits
    QString orderNumber; // the merchant's
    qint64 amount = 0;   // minor units
    QString currency;    // "RUB"
    QString comment;
    QString email;
    bool delay = false; // two-stage
    QString state = QStringLiteral("In Process");
    qint64 createdMs = 0;
    qint64 authorizedMs = 0;
    qint64 charged = 0;
    qint64 canceled = 0;
    QString pan; // masked
    QString holder;
    QString approvalCode;
    struct Operation
    {
        int type; // 100 payment, 200 charge, 300 cancel
        qint64 amount;
        qint64 timeMs;
    };
    QList<Operation> operations;
};

struct AssistConfig
{
    QString merchantId = QStringLiteral("123456");
    QString login;
    QString password;
    int holdDays = 4;
    QString checkWord; // set: orders carry a checkvalue made with it
};

// The Assist services (orderstate, orderresult, resultbydate, charge, cancel; Format=3 XML) and
// the Assist payment page, with the state machine of the spec: In Process -> Delayed (Delay=1) or
// Approved; Delayed -> Approved / PartialDelayed by one charge, or Canceled in full; charged ->
// Canceled / PartialCanceled; an unconfirmed hold is cancelled after holdDays.
class AssistGateway
{
public:
    AssistGateway(SandboxClock* clock, AssistConfig config);

    // Each returns the XML answer (HTTP 200 also for errors, as Assist does).
    QByteArray orderState(const FormData& form);
    QByteArray orderResult(const FormData& form);
    QByteArray resultByDate(const FormData& form);
    QByteArray charge(const FormData& form);
    QByteArray cancel(const FormData& form);
    static QByteArray errorAnswer(int firstcode, int secondcode);

    // The payment page: order.cfm creates the attempt; pay() completes it with a card.
    AssistOrder* startPayment(const FormData& form, QString* error);
    QString pay(const QString& billnumber, const QString& pan, const QString& holder);
    AssistOrder* order(const QString& billnumber);
    // COUNT deterministic demo attempts over the last 3 days, in every state.
    void seed(int count, quint32 seed);
    const AssistConfig& config() const { return m_config; }

private:
    bool authenticate(const FormData& form, QByteArray* error) const;
    void expireHolds();
    QByteArray ordersAnswer(const QList<const AssistOrder*>& orders, bool withOperations) const;
    // The order a charge or cancel names (authenticated, Amount and Currency paired), or `error` is the answer.
    AssistOrder* operationTarget(const FormData& form, QByteArray* error);
    // The orders MATCHES picks, or Assist's "no such order" (10/201).
    QByteArray findAnswer(const FormData& form, bool withOperations,
                          const std::function<bool(const AssistOrder&)>& matches);
    QByteArray operationAnswer(const AssistOrder& o, int operationType, qint64 amount, int index) const;
    static QString decimal(qint64 minor);
    static bool parseAmount(const QString& text, qint64* minor);

    SandboxClock* m_clock;
    AssistConfig m_config;
    QList<AssistOrder> m_orders;
    QHash<QString, int> m_byBill;
    qint64 m_nextBill = 5500069208498001;
};

} // namespace PayDesk::Sandbox
