#pragma once

#include "cli/Command.h"
#include "core/model/RegisterRequest.h"

namespace PayDesk::Cli {

// `register`: a new order (a manual payment), journaled like every operation.
class RegisterCommand final : public Command
{
public:
    RegisterCommand();

private:
    void execute(const QCommandLineParser& parser) override;
    void send(Desk* desk, const RegisterRequest& request);
};

} // namespace PayDesk::Cli
