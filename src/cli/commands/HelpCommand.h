#pragma once

#include "cli/Command.h"

namespace PayDesk::Cli {

// `help [COMMAND]`: every command, or one command's options.
class HelpCommand final : public Command
{
public:
    HelpCommand();

private:
    void execute(const QCommandLineParser& parser) override;
};

} // namespace PayDesk::Cli
