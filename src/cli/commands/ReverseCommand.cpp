#include "cli/commands/ReverseCommand.h"
#include "cli/CliText.h"

#include "core/session/Desk.h"

namespace PayDesk::Cli {

ReverseCommand::ReverseCommand()
    : Command(QStringLiteral("reverse"), CliText::tr("Releases the whole hold of an order (a reversal)."),
              CliText::tr("  reverse ORDER                      (its gateway id or order number)"))
{ }

void ReverseCommand::execute(const QCommandLineParser& parser)
{
    if (const std::optional<QString> key = onlyArgument(parser, QStringLiteral("reverse ORDER")))
        signInAndReconcile([this, key = *key](Desk* desk) {
            operateOn(desk, key, [desk](const QString& id) { return desk->reverse(id); });
        });
}

} // namespace PayDesk::Cli
