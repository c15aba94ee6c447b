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
    const std::optional<QString> orderId = onlyArgument(parser, name() + QStringLiteral(" ORDER_ID"));
    if (!orderId)
        return;
    const std::optional<QString> amount =
        parser.isSet(QStringLiteral("amount")) ? std::optional(parser.value(QStringLiteral("amount"))) : std::nullopt;
    signInAndReconcile([this, orderId = *orderId, amount](Desk* desk) { operate(desk, orderId, amount); });
}

// The amount is read in the order's currency, which the gateway is asked for first.
void MoneyOperationCommand::operate(Desk* desk, const QString& orderId, const std::optional<QString>& amountText)
{
    if (!amountText)
        return report((desk->*m_operation)(orderId, std::nullopt), orderId);
    onSuccess(desk->status(orderId), [this, desk, orderId, text = *amountText](OrderJob* lookup) {
        const Currency currency = lookup->order().amount.currency();
        Money::ParseError parseError;
        const std::optional<Money> amount = Money::parse(text, currency, &parseError);
        if (!amount)
            return usage(QStringLiteral("--amount: ") + Money::errorMessage(parseError, currency, text));
        report((desk->*m_operation)(orderId, *amount), orderId);
    });
}

} // namespace PayDesk::Cli
