#pragma once

#include "sandbox/SandboxClock.h"
#include "sandbox/SandboxOrder.h"

#include <QHash>
#include <QJsonArray>
#include <QObject>

#include <list>

class QNetworkAccessManager;
class QTimer;

namespace PayDesk::Sandbox {

// Where one sandbox account's callbacks go, and the key that signs them (none: unsigned).
struct CallbackTarget
{
    QString url;
    QString key;
};

// The gateway's callback notifications (rbs-api.md §7): an HTTP GET to the account's callback URL with
// mdOrder, orderNumber, operation, status and amount, plus an HMAC-SHA256 checksum when the account has
// a callback key. A delivery that does not get HTTP 200 is tried again 60 s later on the sandbox's clock,
// three attempts in all (SBER-OAS; BPC-CB says 30 s, configurable).
class CallbackNotifier : public QObject
{
    Q_OBJECT
public:
    static constexpr int Attempts = 3;
    static constexpr qint64 RetryMs = 60'000;

    explicit CallbackNotifier(SandboxClock* clock, QObject* parent = nullptr);

    void setTarget(const QString& merchant, const CallbackTarget& target);
    void clearTargets();
    // OPERATION (approved, deposited, ...) happened to ORDER: queues its callback, sent at once.
    void notify(const SandboxOrder& order, const QString& operation, bool success, qint64 amount);
    // Sends what is due by the sandbox's clock; called when the clock moves and once a second.
    void poll();
    // The targets (without their keys) and every callback with how its delivery went.
    QJsonObject toJson() const;

private:
    struct Delivery
    {
        QString merchant;
        QString orderId;
        QString operation;
        QString url;
        int attempts = 0;
        qint64 dueMs = 0;
        bool inFlight = false;
        bool delivered = false;
        int lastHttpStatus = 0;
    };
    void send(Delivery& delivery);
    static QString query(const QList<QPair<QString, QString>>& params);

    SandboxClock* m_clock;
    QNetworkAccessManager* m_network;
    QTimer* m_timer;
    QHash<QString, CallbackTarget> m_targets; // by merchant login
    std::list<Delivery> m_deliveries;         // stable addresses while a reply is in flight
};

} // namespace PayDesk::Sandbox
