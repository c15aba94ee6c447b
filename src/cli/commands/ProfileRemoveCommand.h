#pragma once

#include "cli/ProfileCommand.h"

namespace PayDesk::Cli {

// `profile remove NAME`: the profile and its secrets.
class ProfileRemoveCommand final : public ProfileCommand
{
public:
    ProfileRemoveCommand();

private:
    void execute(const QCommandLineParser& parser) override;
};

} // namespace PayDesk::Cli
