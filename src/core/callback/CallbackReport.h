#pragma once

#include "core/callback/CallbackVerifier.h"
#include "core/model/GatewayError.h"
#include "core/model/Order.h"

#include <QCoreApplication>

#include <optional>

namespace PayDesk {

// How a callback compares with the order as the gateway has it now.
enum class CallbackAgreement {
    NotAsked,  // offline, or nothing to ask about (a binding callback, an unreadable one)
    Agrees,    // the order is in the state the callback reports
    MovedOn,   // the order went further since (captured after "approved", refunded after "deposited")
    Disagrees, // the order is in a state the callback cannot lead to
    Failed,    // the gateway could not be asked (gatewayError says why)
};

// Everything checking a callback found, in types and in plain words for support staff.
struct CallbackReport
{
    Q_DECLARE_TR_FUNCTIONS(CallbackReport)
public:
    std::optional<CallbackMessage> message; // nullopt: it could not be read (unreadable says why)
    QString unreadable;
    CallbackVerdict verdict = CallbackVerdict::Unsigned;
    std::optional<Order> now; // the order at the gateway now, when it was asked
    GatewayError gatewayError;
    CallbackAgreement agreement = CallbackAgreement::NotAsked;

    bool readable() const { return message.has_value(); }
    bool genuine() const { return readable() && verdict == CallbackVerdict::Genuine; }
    // The state the callback leads to, if it names one: for the JSON and the comparison.
    std::optional<OrderStatus> impliedStatus() const;
    // Compares the callback with ORDER and keeps both.
    void compareWith(const Order& order);

    QString verdictText() const;   // "Genuine: its checksum matches the callback key."
    QString eventText() const;     // "Order 2003 (06cf…): the payment was held."
    QString agreementText() const; // "The gateway agrees: the order is held now."
};

} // namespace PayDesk
