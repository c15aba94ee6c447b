#pragma once

#include "sandbox/FormData.h"
#include "sandbox/RbsAnswer.h"
#include "sandbox/SandboxClock.h"
#include "sandbox/SandboxOrder.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>

#include <deque>
#include <functional>
#include <memory>
#include <vector>

namespace PayDesk::Sandbox {

class JsonText;

struct RbsConfig
{
    QHash<QString, QString> users;  // login -> password
    QHash<QString, QString> tokens; // token -> login
    qint64 holdMs = 7LL * 24 * 3600 * 1000;
    QString publicBaseUrl; // http://127.0.0.1:PORT
};

// What the payment page asks of the gateway.
struct CardPayment
{
    QString pan;
    QString expiry; // MM/YY
    QString cvc;
    QString holder;
};

enum class PageStep { Finished, NeedsAcs, FormError };
struct PageOutcome
{
    PageStep step = PageStep::Finished;
    QString redirectUrl;
    QString error;
};

// The emulated RBS gateway: merchants, orders, bindings and the order state machine. It takes a
// request's form fields and answers with the gateway's JSON; SandboxServer routes the HTTP to it.
class RbsGateway
{
public:
    RbsGateway(SandboxClock* clock, RbsConfig config);

    const RbsConfig& config() const { return m_config; }
    // Told of every change a callback reports (CallbackNotifier): the order, the operation (approved,
    // deposited, reversed, refunded, declinedByTimeout), whether it succeeded, and its amount.
    using EventSink = std::function<void(const SandboxOrder&, const QString& operation, bool success, qint64 amount)>;
    void setEventSink(EventSink sink) { m_events = std::move(sink); }
    void setPublicBaseUrl(const QString& url) { m_config.publicBaseUrl = url; }

    // Returns the merchant login, or fills `error` with the gateway's answer.
    QString authenticate(const FormData& form, bool english, QJsonObject* error) const;

    QJsonObject registerOrder(const FormData& form, const QString& merchant, bool preAuth, bool english);
    QJsonObject deposit(const FormData& form, const QString& merchant, bool english);
    QJsonObject reverse(const FormData& form, const QString& merchant, bool english);
    QJsonObject refund(const FormData& form, const QString& merchant, bool english);
    QJsonObject decline(const FormData& form, const QString& merchant, bool english);
    QJsonObject orderStatus(const FormData& form, const QString& merchant, bool english, bool byToken);
    RbsAnswer lastOrders(const FormData& form, const QString& merchant, bool english);
    QJsonObject payByBinding(const FormData& form, const QString& merchant, bool english);
    QJsonObject bindings(const FormData& form, const QString& merchant, bool english);
    QJsonObject receiptStatus(const FormData& form, const QString& merchant, bool english);

    // Payment page.
    SandboxOrder* order(const QString& id);
    PageOutcome payWithCard(const QString& orderId, const CardPayment& card);
    PageOutcome confirmAcs(const QString& orderId, const QString& code);
    PageOutcome cancelPayment(const QString& orderId);
    // Mir Pay (seed 003): the payment data for the card chosen in the Mir Pay app; paymentWay MIR_PAY.
    PageOutcome payWithMirPay(const QString& orderId, const QString& pan);

    // The merchant's order by its number, refreshed; null when it has none.
    SandboxOrder* orderByNumber(const QString& merchant, const QString& orderNumber);
    // A fiscal receipt for ORDER (receiptStatus 1 delivered, 4 refund delivered); BUNDLE is what it printed.
    void addReceipt(SandboxOrder& order, int receiptStatus, qint64 amount, const QJsonObject& bundle = {});

    // Orders whose money operation is in flight (the gateway refuses a second one with error 5).
    bool tryLock(const QString& orderId);
    void unlock(const QString& orderId);
    QString lockKey(const FormData& form) const;

    // Seeding and inspection.
    SandboxOrder* insertOrder(SandboxOrder order);
    void addBinding(const SandboxBinding& binding);
    qsizetype orderCount() const { return qsizetype(m_orders.size()); }
    // Applies what the clock has brought to every order (session expiry, hold auto-reversal) and its callbacks.
    void sweep()
    {
        for (SandboxOrder& o : m_orders)
            refresh(o);
    }
    QJsonObject inspect(const QString& orderId);
    QJsonObject toStatusJson(const SandboxOrder& order, bool english) const;
    // The same as compact JSON text.
    QByteArray statusText(const SandboxOrder& order, bool english) const;
    void completePayment(SandboxOrder& order, const QString& pan, const QString& expiryYyyyMm, const QString& holder,
                         const QString& source);
    qint64 deadlineOf(const SandboxOrder& order) const;

private:
    static void cardText(JsonText& j, const SandboxOrder& o);
    static void amountsText(JsonText& j, const SandboxOrder& o, bool english);
    static void refundsText(JsonText& j, const SandboxOrder& o);
    SandboxOrder* findForMerchant(const FormData& form, const QString& merchant);
    // The payment page ends in a decline with this action code.
    PageOutcome declineOnPage(SandboxOrder& o, int actionCode);
    // A deposit's or refund's order and amount, both required; `order` is null and `error` the answer otherwise.
    struct AmountRequest
    {
        SandboxOrder* order = nullptr;
        qint64 amount = 0;
        QJsonObject error;
    };
    AmountRequest amountRequest(const FormData& form, const QString& merchant, bool english,
                                const QJsonObject& badAmount);
    void refresh(SandboxOrder& order); // applies session expiry and hold auto-reversal lazily
    void changed() { ++m_generation; }
    void event(const SandboxOrder& order, const char* operation, bool success, qint64 amount) const
    {
        if (m_events)
            m_events(order, QString::fromLatin1(operation), success, amount);
    }
    static const char* paymentEvent(const SandboxOrder& order) { return order.preAuth ? "approved" : "deposited"; }
    QString newOrderId();
    QString finishUrl(const SandboxOrder& order, bool success) const;

    SandboxClock* m_clock;
    RbsConfig m_config;
    EventSink m_events;
    std::deque<SandboxOrder> m_orders; // stable addresses, creation order
    QHash<QString, SandboxOrder*> m_byId;
    QHash<QString, SandboxOrder*> m_byNumber;  // merchant + '\n' + orderNumber
    QHash<QString, SandboxBinding> m_bindings; // by bindingId
    QSet<QString> m_locked;
    quint64 m_generation = 0;
    quint64 m_idCounter = 0;

    struct ListCache
    {
        QString key;
        quint64 generation = ~0ULL;
        std::vector<SandboxOrder*> rows;
    } m_listCache;
};

} // namespace PayDesk::Sandbox
