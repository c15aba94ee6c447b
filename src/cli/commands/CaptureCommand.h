#pragma once

#include "cli/Command.h"

namespace PayDesk::Cli {

// `capture ORDER_ID [--amount A]`, and `capture --all-held` through CaptureAllHeld.
class CaptureCommand final : public Command
{
public:
    CaptureCommand();

private:
    void execute(const QCommandLineParser& parser) override;
};

} // namespace PayDesk::Cli
