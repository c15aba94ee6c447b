#include "core/model/OperationResult.h"

namespace PayDesk {

QString OperationResult::outcomeKey(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Done:
        return QStringLiteral("done");
    case Outcome::Refused:
        return QStringLiteral("refused");
    case Outcome::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

QString OperationResult::kindKey(OperationKind kind)
{
    switch (kind) {
    case OperationKind::Capture:
        return QStringLiteral("capture");
    case OperationKind::Reverse:
        return QStringLiteral("reverse");
    case OperationKind::Refund:
        return QStringLiteral("refund");
    case OperationKind::PayByBinding:
        return QStringLiteral("pay-binding");
    case OperationKind::Register:
        return QStringLiteral("register");
    }
    return {};
}

QString OperationResult::displayKind(OperationKind kind)
{
    switch (kind) {
    case OperationKind::Capture:
        return tr("capture");
    case OperationKind::Reverse:
        return tr("reversal");
    case OperationKind::Refund:
        return tr("refund");
    case OperationKind::PayByBinding:
        return tr("payment with a stored card");
    case OperationKind::Register:
        return tr("new payment registered");
    }
    return {};
}

} // namespace PayDesk
