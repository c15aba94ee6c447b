#pragma once

#include "cli/Command.h"

namespace PayDesk::Cli {

// `refund ORDER_ID [--amount A]`: returns captured money.
class RefundCommand final : public Command
{
public:
    RefundCommand();

private:
    void execute(const QCommandLineParser& parser) override;
};

} // namespace PayDesk::Cli
