#pragma once

#include "cli/Command.h"
#include "core/profiles/Profile.h"

namespace PayDesk::Cli {

// `team set PROFILE --url postgresql://USER@HOST:PORT/DBNAME` (the password on standard input),
// `team show PROFILE`, `team unset PROFILE`: a profile's team mode (a shared PostgreSQL cache and journal).
class TeamCommand final : public Command
{
public:
    enum class Verb { Set, Show, Unset };
    explicit TeamCommand(Verb verb);

private:
    void execute(const QCommandLineParser& parser) override;
    void set(const Profile& profile, const QCommandLineParser& parser);
    void show(const Profile& profile);
    void unset(const Profile& profile);

    Verb m_verb;
};

} // namespace PayDesk::Cli
