#include "cli/commands/ReverseCommand.h"

#include "core/session/Desk.h"

namespace PayDesk::Cli {

ReverseCommand::ReverseCommand()
    : Command(QStringLiteral("reverse"), QStringLiteral("Releases the whole hold of an order (a reversal)."),
              QStringLiteral("  reverse ORDER_ID"))
{ }

void ReverseCommand::execute(const QCommandLineParser& parser)
{
    if (const std::optional<QString> orderId = onlyArgument(parser, QStringLiteral("reverse ORDER_ID")))
        signInAndReconcile([this, orderId = *orderId](Desk* desk) { report(desk->reverse(orderId), orderId); });
}

} // namespace PayDesk::Cli
