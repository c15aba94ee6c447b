#include "core/model/OperationResult.h"

#include "core/model/EnumNames.h"

namespace PayDesk {

namespace {
constexpr EnumName<OperationResult::Outcome> OutcomeKeys[] = {
    {OperationResult::Outcome::Done, "done"},
    {OperationResult::Outcome::Refused, "refused"},
    {OperationResult::Outcome::Unknown, "unknown"},
};

constexpr EnumName<OperationKind> KindKeys[] = {
    {OperationKind::Capture, "capture"},   {OperationKind::Reverse, "reverse"},
    {OperationKind::Refund, "refund"},     {OperationKind::PayByBinding, "pay-binding"},
    {OperationKind::Register, "register"},
};

constexpr EnumName<OperationKind> KindNames[] = {
    {OperationKind::Capture, QT_TRANSLATE_NOOP("OperationResult", "capture")},
    {OperationKind::Reverse, QT_TRANSLATE_NOOP("OperationResult", "reversal")},
    {OperationKind::Refund, QT_TRANSLATE_NOOP("OperationResult", "refund")},
    {OperationKind::PayByBinding, QT_TRANSLATE_NOOP("OperationResult", "payment with a stored card")},
    {OperationKind::Register, QT_TRANSLATE_NOOP("OperationResult", "new payment registered")},
};
} // namespace

QString OperationResult::outcomeKey(Outcome outcome)
{
    return EnumNames::key(OutcomeKeys, outcome);
}

QString OperationResult::kindKey(OperationKind kind)
{
    return EnumNames::key(KindKeys, kind);
}

QString OperationResult::displayKind(OperationKind kind)
{
    return EnumNames::translated("OperationResult", KindNames, kind);
}

} // namespace PayDesk
