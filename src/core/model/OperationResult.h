#pragma once

#include "model/GatewayError.h"
#include "model/Order.h"

namespace PayDesk {

enum class OperationKind { Capture, Reverse, Refund, PayByBinding };

// The end of a money operation: done, refused (nothing happened), or unknown (the answer was lost
// and the gateway may have done it: resolve by reading the order's status, never by resending).
struct OperationResult
{
    enum class Outcome { Done, Refused, Unknown };

    OperationKind kind = OperationKind::Capture;
    Outcome outcome = Outcome::Refused;
    GatewayError error;       // why it was refused or unknown
    Order order;              // the order as read back from the gateway
    bool orderKnown = false;
    bool refusedBeforeSending = false;
    bool settledFromStatus = false; // the answer was lost; the order's status read afterwards decided

    static QString outcomeKey(Outcome outcome); // "done", "refused", "unknown"
    static QString kindKey(OperationKind kind); // "capture", ...
};

} // namespace PayDesk
