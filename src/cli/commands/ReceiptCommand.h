#pragma once

#include "cli/Command.h"

namespace PayDesk::Cli {

// `receipt ORDER_ID`: the order's fiscal receipts.
class ReceiptCommand final : public Command
{
public:
    ReceiptCommand();

private:
    void execute(const QCommandLineParser& parser) override;
};

} // namespace PayDesk::Cli
