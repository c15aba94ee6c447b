#pragma once

#include "cli/Command.h"
#include "core/profiles/Profile.h"

namespace PayDesk::Cli {

// `profile add NAME`: a new profile, its password or token (and Assist's secret word) read from
// standard input into the keychain.
class ProfileAddCommand final : public Command
{
public:
    ProfileAddCommand();

private:
    void execute(const QCommandLineParser& parser) override;
    void addProfile(Profile profile, const QString& secret, const QString& checkWord);
};

} // namespace PayDesk::Cli
