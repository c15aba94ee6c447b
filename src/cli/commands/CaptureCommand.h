#pragma once

#include "cli/MoneyOperationCommand.h"

namespace PayDesk::Cli {

// `capture ORDER_ID [--amount A]`, and `capture --all-held` through CaptureAllHeld.
class CaptureCommand final : public MoneyOperationCommand
{
public:
    CaptureCommand();

private:
    void execute(const QCommandLineParser& parser) override;
};

} // namespace PayDesk::Cli
