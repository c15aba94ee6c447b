#pragma once

#include "cli/Command.h"

namespace PayDesk::Cli {

// `check [--repair]`: SQLite's integrity check and every cached order read back.
class CheckCommand final : public Command
{
public:
    CheckCommand();

private:
    void execute(const QCommandLineParser& parser) override;
};

} // namespace PayDesk::Cli
