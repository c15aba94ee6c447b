#pragma once

#include "cli/MoneyOperationCommand.h"

namespace PayDesk::Cli {

// `refund ORDER_ID [--amount A]`: returns captured money.
class RefundCommand final : public MoneyOperationCommand
{
public:
    RefundCommand();
};

} // namespace PayDesk::Cli
