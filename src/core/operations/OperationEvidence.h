#pragma once

#include "core/store/OperationJournal.h"

namespace PayDesk {

// Whether an operation whose answer was lost happened, judged only from the order's status read
// afterwards against how the order stood right before the operation was sent.
class OperationEvidence
{
public:
    enum class Verdict { Done, NotDone, Undetermined };
    static Verdict judge(const JournalEntry& entry, const Order& now);
};

} // namespace PayDesk
