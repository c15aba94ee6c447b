#include "cli/commands/PayBindingCommand.h"
#include "cli/CliText.h"

#include "cli/CommandOption.h"
#include "core/session/Desk.h"

#include <QCommandLineParser>

namespace PayDesk::Cli {

PayBindingCommand::PayBindingCommand()
    : Command(QStringLiteral("pay-binding"),
              CliText::tr("Pays a registered order (--auto-payment) with a card stored for its customer."),
              QStringLiteral("  pay-binding ORDER_ID --binding-id B [--cvc CVC]"))
{
    addOptions({option("binding-id", CliText::tr("The stored card (see bindings)."), "B"),
                option("cvc", CliText::tr("The card's CVC, when the gateway asks for it."), "CVC")});
}

void PayBindingCommand::execute(const QCommandLineParser& parser)
{
    const std::optional<QString> orderId = onlyArgument(parser, QStringLiteral("pay-binding ORDER_ID"));
    if (!orderId)
        return;
    if (!parser.isSet(QStringLiteral("binding-id")))
        return usage(QStringLiteral("pay-binding ORDER_ID --binding-id B"));
    const QString binding = parser.value(QStringLiteral("binding-id"));
    const QString cvc = parser.value(QStringLiteral("cvc"));
    signInAndReconcile([this, orderId = *orderId, binding, cvc](Desk* desk) {
        report(desk->payWithBinding(orderId, binding, cvc), orderId);
    });
}

} // namespace PayDesk::Cli
