#include "cli/commands/RefundCommand.h"

#include "core/session/Desk.h"

#include <QCommandLineParser>

namespace PayDesk::Cli {

RefundCommand::RefundCommand()
    : Command(QStringLiteral("refund"), QStringLiteral("Returns captured money to the customer."),
              QStringLiteral("  refund ORDER_ID [--amount A]       (everything still refundable when no amount)"))
{
    addOption({QStringLiteral("amount"),
               QStringLiteral("How much, in the order's currency (default: all that is left)."), QStringLiteral("A")});
}

void RefundCommand::execute(const QCommandLineParser& parser)
{
    if (parser.positionalArguments().size() != 1)
        return usage(QStringLiteral("refund ORDER_ID"));
    const QString orderId = parser.positionalArguments().first();
    const std::optional<QString> amount =
        parser.isSet(QStringLiteral("amount")) ? std::optional(parser.value(QStringLiteral("amount"))) : std::nullopt;
    signInAndReconcile([this, orderId, amount](Desk* desk) {
        if (!amount)
            return report(desk->refund(orderId), orderId);
        amountOfOrder(desk, orderId, *amount,
                      [this, desk, orderId](const Money& m) { report(desk->refund(orderId, m), orderId); });
    });
}

} // namespace PayDesk::Cli
