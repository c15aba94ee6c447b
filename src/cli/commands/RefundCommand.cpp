#include "cli/commands/RefundCommand.h"

#include "core/session/Desk.h"

namespace PayDesk::Cli {

RefundCommand::RefundCommand()
    : MoneyOperationCommand(QStringLiteral("refund"), QStringLiteral("Returns captured money to the customer."),
                            QStringLiteral("  refund ORDER [--amount A]          (its gateway id or order number; all "
                                           "that is refundable when no amount)"),
                            QStringLiteral("How much, in the order's currency (default: all that is left)."),
                            &Desk::refund)
{ }

} // namespace PayDesk::Cli
