#pragma once

#include "cli/Command.h"

namespace PayDesk::Cli {

// `receipt close ORDER`: the closing receipt of a paid order whose receipt at payment was an advance.
class ReceiptCloseCommand final : public Command
{
public:
    ReceiptCloseCommand();

private:
    void execute(const QCommandLineParser& parser) override;
};

} // namespace PayDesk::Cli
