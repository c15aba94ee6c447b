#pragma once

#include "cli/Command.h"

namespace PayDesk::Cli {

// `journal`: the operation journal, listed or exported as CSV.
class JournalCommand final : public Command
{
public:
    JournalCommand();

private:
    void execute(const QCommandLineParser& parser) override;
};

} // namespace PayDesk::Cli
