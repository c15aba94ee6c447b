#pragma once

#include "cli/Command.h"

namespace PayDesk::Cli {

// `reconcile`: settles operations whose answer was lost, from the orders' status.
class ReconcileCommand final : public Command
{
public:
    ReconcileCommand();

private:
    void execute(const QCommandLineParser& parser) override;
};

} // namespace PayDesk::Cli
