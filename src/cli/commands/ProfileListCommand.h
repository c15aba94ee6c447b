#pragma once

#include "cli/Command.h"

namespace PayDesk::Cli {

// `profile list`: the profiles, never a secret.
class ProfileListCommand final : public Command
{
public:
    ProfileListCommand();

private:
    void execute(const QCommandLineParser& parser) override;
};

} // namespace PayDesk::Cli
