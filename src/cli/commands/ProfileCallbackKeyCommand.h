#pragma once

#include "cli/ProfileCommand.h"

namespace PayDesk::Cli {

// `profile callback-key NAME`: the key the gateway signs the profile's callbacks with, read from
// standard input into the keychain; an empty line removes it.
class ProfileCallbackKeyCommand final : public ProfileCommand
{
public:
    ProfileCallbackKeyCommand();

private:
    void execute(const QCommandLineParser& parser) override;
};

} // namespace PayDesk::Cli
