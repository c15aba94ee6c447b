#include "model/OperationResult.h"

namespace PayDesk {

QString OperationResult::outcomeKey(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Done: return QStringLiteral("done");
    case Outcome::Refused: return QStringLiteral("refused");
    case Outcome::Unknown: return QStringLiteral("unknown");
    }
    return {};
}

QString OperationResult::kindKey(OperationKind kind)
{
    switch (kind) {
    case OperationKind::Capture: return QStringLiteral("capture");
    case OperationKind::Reverse: return QStringLiteral("reverse");
    case OperationKind::Refund: return QStringLiteral("refund");
    case OperationKind::PayByBinding: return QStringLiteral("pay-binding");
    }
    return {};
}

} // namespace PayDesk
