#pragma once

#include "cli/Command.h"

namespace PayDesk::Cli {

// `pay-binding ORDER_ID --binding-id B [--cvc CVC]`: pays a registered order with a stored card.
class PayBindingCommand final : public Command
{
public:
    PayBindingCommand();

private:
    void execute(const QCommandLineParser& parser) override;
};

} // namespace PayDesk::Cli
