#include "cli/commands/ReceiptCloseCommand.h"
#include "cli/CliText.h"

#include "core/session/Desk.h"

namespace PayDesk::Cli {

ReceiptCloseCommand::ReceiptCloseCommand()
    : Command(QStringLiteral("receipt close"),
              CliText::tr("Issues the closing receipt of a paid order whose receipt at payment was an advance or "
                          "prepayment (closeOfdReceipt.do), for what was paid and not refunded; sent once."),
              CliText::tr("  receipt close ORDER                (its gateway id or order number)"))
{ }

void ReceiptCloseCommand::execute(const QCommandLineParser& parser)
{
    if (const std::optional<QString> key = onlyArgument(parser, QStringLiteral("receipt close ORDER")))
        signInAndReconcile([this, key = *key](Desk* desk) {
            operateOn(desk, key, [desk](const QString& id) { return desk->closeReceipt(id); });
        });
}

} // namespace PayDesk::Cli
