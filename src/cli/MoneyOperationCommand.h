#pragma once

#include "cli/Command.h"
#include "core/money/Money.h"

#include <optional>

namespace PayDesk::Cli {

// `NAME ORDER [--amount A]`: one money operation on one order (its gateway id or order number), for all that is left
// when no amount is given (capture, refund).
class MoneyOperationCommand : public Command
{
protected:
    using Operation = OperationJob* (Desk::*)(const QString& orderId, std::optional<Money> amount);

    MoneyOperationCommand(const QString& name, const QString& description, const QString& synopsis,
                          const QString& amountHelp, Operation operation);

    void execute(const QCommandLineParser& parser) override;

private:
    void operate(Desk* desk, const Order& order, const QString& amountText);

    Operation m_operation;
};

} // namespace PayDesk::Cli
