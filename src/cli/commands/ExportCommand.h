#pragma once

#include "cli/Command.h"

namespace PayDesk::Cli {

// `export --csv FILE [FILTERS]`: orders from the cache as CSV, written whole or not at all.
class ExportCommand final : public Command
{
public:
    ExportCommand();

private:
    void execute(const QCommandLineParser& parser) override;
};

} // namespace PayDesk::Cli
