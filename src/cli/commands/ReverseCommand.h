#pragma once

#include "cli/Command.h"

namespace PayDesk::Cli {

// `reverse ORDER_ID`: releases the hold.
class ReverseCommand final : public Command
{
public:
    ReverseCommand();

private:
    void execute(const QCommandLineParser& parser) override;
};

} // namespace PayDesk::Cli
