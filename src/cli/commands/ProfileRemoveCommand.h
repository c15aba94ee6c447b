#pragma once

#include "cli/Command.h"

namespace PayDesk::Cli {

// `profile remove NAME`: the profile and its secrets.
class ProfileRemoveCommand final : public Command
{
public:
    ProfileRemoveCommand();

private:
    void execute(const QCommandLineParser& parser) override;
};

} // namespace PayDesk::Cli
