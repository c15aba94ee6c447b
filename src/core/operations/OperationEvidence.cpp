#include "core/operations/OperationEvidence.h"

namespace PayDesk {

OperationEvidence::Verdict OperationEvidence::judge(const JournalEntry& e, const Order& now)
{
    const bool captureStates = now.status == OrderStatus::Captured || now.status == OrderStatus::PartlyRefunded
                               || now.status == OrderStatus::Refunded;
    switch (e.kind) {
    case OperationKind::Capture:
        if (captureStates && now.captured.minor() > e.beforeCaptured)
            return Verdict::Done;
        if (now.status == OrderStatus::Held && now.captured.minor() == e.beforeCaptured)
            return Verdict::NotDone;
        // The hold was released or ran out: nothing was captured.
        if (now.status == OrderStatus::Reversed || now.status == OrderStatus::Declined)
            return Verdict::NotDone;
        return Verdict::Undetermined;
    case OperationKind::Reverse:
        if (now.status == OrderStatus::Reversed)
            return Verdict::Done;
        if (now.status == OrderStatus::Held || captureStates)
            return Verdict::NotDone;
        return Verdict::Undetermined;
    case OperationKind::Refund:
        if (now.refunded.minor() >= e.beforeRefunded + e.amount.minor())
            return Verdict::Done;
        if (now.refunded.minor() == e.beforeRefunded && captureStates)
            return Verdict::NotDone;
        return Verdict::Undetermined;
    case OperationKind::PayByBinding:
        if (now.status == OrderStatus::Held || captureStates)
            return Verdict::Done;
        if (now.status == OrderStatus::Created || now.status == OrderStatus::Declined)
            return Verdict::NotDone;
        return Verdict::Undetermined;
    case OperationKind::CloseReceipt:
        // A receipt leaves no trace in the order's status: the receipts (getReceiptStatus) tell.
        return Verdict::Undetermined;
    case OperationKind::Register:
        // Found by its order number: the registration happened (its absence is judged by the caller).
        return now.orderNumber == e.orderNumber ? Verdict::Done : Verdict::Undetermined;
    }
    return Verdict::Undetermined;
}

} // namespace PayDesk
