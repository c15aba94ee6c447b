#include "cli/MoneyOperationCommand.h"

#include "core/session/Desk.h"

#include <QCommandLineParser>

namespace PayDesk::Cli {

MoneyOperationCommand::MoneyOperationCommand(const QString& name, const QString& description, const QString& synopsis,
                                             const QString& amountHelp, Operation operation)
    : Command(name, description, synopsis)
    , m_operation(operation)
{
    addOption({QStringLiteral("amount"), amountHelp, QStringLiteral("A")});
}

void MoneyOperationCommand::execute(const QCommandLineParser& parser)
{
    const std::optional<QString> key = onlyArgument(parser, name() + QStringLiteral(" ORDER"));
    if (!key)
        return;
    const std::optional<QString> amount =
        parser.isSet(QStringLiteral("amount")) ? std::optional(parser.value(QStringLiteral("amount"))) : std::nullopt;
    signInAndReconcile([this, key = *key, amount](Desk* desk) {
        if (!amount)
            return operateOn(desk, key,
                             [this, desk](const QString& id) { return (desk->*m_operation)(id, std::nullopt); });
        locate(desk, key, [this, desk, amount](const Order& order) { operate(desk, order, *amount); });
    });
}

// The amount is read in the order's currency.
void MoneyOperationCommand::operate(Desk* desk, const Order& order, const QString& amountText)
{
    const Currency currency = order.amount.currency();
    Money::ParseError parseError;
    const std::optional<Money> amount = Money::parse(amountText, currency, &parseError);
    if (!amount)
        return usage(QStringLiteral("--amount: ") + Money::errorMessage(parseError, currency, amountText));
    report((desk->*m_operation)(order.orderId, *amount), order.orderId);
}

} // namespace PayDesk::Cli
