#include "cli/commands/ReverseCommand.h"

#include "core/session/Desk.h"

#include <QCommandLineParser>

namespace PayDesk::Cli {

ReverseCommand::ReverseCommand()
    : Command(QStringLiteral("reverse"), QStringLiteral("Releases the whole hold of an order (a reversal)."),
              QStringLiteral("  reverse ORDER_ID"))
{ }

void ReverseCommand::execute(const QCommandLineParser& parser)
{
    if (parser.positionalArguments().size() != 1)
        return usage(QStringLiteral("reverse ORDER_ID"));
    const QString orderId = parser.positionalArguments().first();
    signInAndReconcile([this, orderId](Desk* desk) { report(desk->reverse(orderId), orderId); });
}

} // namespace PayDesk::Cli
