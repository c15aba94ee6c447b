#pragma once

#include "cli/Command.h"
#include "core/sync/OrderSync.h"

namespace PayDesk::Cli {

// `sync`: brings the cache up to date with the gateway; progress on stderr.
class SyncCommand final : public Command
{
public:
    SyncCommand();

private:
    void execute(const QCommandLineParser& parser) override;
    void report(const SyncReport& report, double seconds);
};

} // namespace PayDesk::Cli
