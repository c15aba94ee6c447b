#include "cli/commands/RefundCommand.h"
#include "cli/CliText.h"

#include "core/session/Desk.h"

namespace PayDesk::Cli {

RefundCommand::RefundCommand()
    : MoneyOperationCommand(QStringLiteral("refund"), CliText::tr("Returns captured money to the customer."),
                            CliText::tr("  refund ORDER [--amount A]          (its gateway id or order number; all "
                                        "that is refundable when no amount)"),
                            CliText::tr("How much, in the order's currency (default: all that is left)."),
                            &Desk::refund)
{ }

} // namespace PayDesk::Cli
