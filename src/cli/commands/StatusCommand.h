#pragma once

#include "cli/Command.h"

namespace PayDesk::Cli {

// `status ORDER_ID | --order-number N`: the order as the gateway has it now (stored in the cache).
class StatusCommand final : public Command
{
public:
    StatusCommand();

private:
    void execute(const QCommandLineParser& parser) override;
};

} // namespace PayDesk::Cli
