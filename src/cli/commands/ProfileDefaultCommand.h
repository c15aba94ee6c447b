#pragma once

#include "cli/ProfileCommand.h"

namespace PayDesk::Cli {

// `profile default NAME`: the profile used without --profile, and the one the app opens at start.
class ProfileDefaultCommand final : public ProfileCommand
{
public:
    ProfileDefaultCommand();

private:
    void execute(const QCommandLineParser& parser) override;
};

} // namespace PayDesk::Cli
