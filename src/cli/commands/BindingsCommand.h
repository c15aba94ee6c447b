#pragma once

#include "cli/Command.h"

namespace PayDesk::Cli {

// `bindings CLIENT_ID`: the cards stored for a customer.
class BindingsCommand final : public Command
{
public:
    BindingsCommand();

private:
    void execute(const QCommandLineParser& parser) override;
};

} // namespace PayDesk::Cli
