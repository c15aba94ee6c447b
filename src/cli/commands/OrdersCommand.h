#pragma once

#include "cli/Command.h"

namespace PayDesk::Cli {

// `orders [FILTERS]`: orders from the local cache.
class OrdersCommand final : public Command
{
public:
    OrdersCommand();

private:
    void execute(const QCommandLineParser& parser) override;
};

} // namespace PayDesk::Cli
