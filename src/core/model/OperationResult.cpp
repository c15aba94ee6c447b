#include "core/model/OperationResult.h"

#include "core/model/EnumNames.h"

#include <iterator>

namespace PayDesk {

namespace {
// In the enums' order.
constexpr const char* OutcomeKeys[] = {"done", "refused", "unknown"};
static_assert(std::size(OutcomeKeys) == std::size_t(OperationResult::Outcome::Unknown) + 1);
constexpr const char* KindKeys[] = {"capture", "reverse", "refund", "pay-binding", "register", "close-receipt"};
static_assert(std::size(KindKeys) == std::size_t(OperationKind::CloseReceipt) + 1);
} // namespace

OperationResult OperationResult::failed(OperationKind kind, const GatewayError& error)
{
    OperationResult result;
    result.kind = kind;
    result.error = error;
    result.outcome = error.outcomeUnknown ? Outcome::Unknown : Outcome::Refused;
    return result;
}

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
    const QString names[] = {tr("capture"),
                             tr("reversal"),
                             tr("refund"),
                             tr("payment with a stored card"),
                             tr("new payment registered"),
                             tr("closing receipt")};
    static_assert(std::size(names) == std::size(KindKeys));
    return EnumNames::at(names, kind);
}

} // namespace PayDesk
