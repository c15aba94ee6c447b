#pragma once

#include "cli/ProfileCommand.h"

namespace PayDesk::Cli {

// `profile test NAME`: whether the gateway accepts the profile's credentials.
class ProfileTestCommand final : public ProfileCommand
{
public:
    ProfileTestCommand();

private:
    void execute(const QCommandLineParser& parser) override;
};

} // namespace PayDesk::Cli
