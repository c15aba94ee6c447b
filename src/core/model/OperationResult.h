#pragma once

#include "core/model/GatewayError.h"
#include "core/model/Order.h"

#include <QCoreApplication>

namespace PayDesk {

// Register is a manual (test) payment: journaled like the money operations, so a lost answer is
// settled by looking the order number up, never by registering it again.
// CloseReceipt is the closing receipt of a paid order whose first receipt was an advance (a fiscal write:
// journaled, never sent twice).
enum class OperationKind { Capture, Reverse, Refund, PayByBinding, Register, CloseReceipt };

// The end of a money operation: done, refused (nothing happened), or unknown (the answer was lost
// and the gateway may have done it: resolve by reading the order's status, never by resending).
struct OperationResult
{
    Q_DECLARE_TR_FUNCTIONS(OperationResult)
public:
    enum class Outcome { Done, Refused, Unknown };

    OperationKind kind = OperationKind::Capture;
    Outcome outcome = Outcome::Refused;
    GatewayError error; // why it was refused or unknown
    Order order;        // the order as read back from the gateway
    bool orderKnown = false;
    bool refusedBeforeSending = false;
    bool settledFromStatus = false; // the answer was lost; the order's status read afterwards decided

    // Not done, and worth sending again as it was: the gateway's passing failure or no connection
    // (GatewayError::temporary, decided by the gateway's client).
    bool tryAgain() const { return outcome == Outcome::Refused && error.temporary; }

    // Sent and refused, or sent with no answer (error.outcomeUnknown): not done, or not known to be.
    static OperationResult failed(OperationKind kind, const GatewayError& error);

    static QString outcomeKey(Outcome outcome);     // "done", "refused", "unknown"
    static QString kindKey(OperationKind kind);     // "capture", ...
    static QString displayKind(OperationKind kind); // translated: "capture", "reversal", ...
};

} // namespace PayDesk
