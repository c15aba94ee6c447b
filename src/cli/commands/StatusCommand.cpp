#include "cli/commands/StatusCommand.h"
#include "cli/CliText.h"

#include "cli/CliContext.h"
#include "cli/CommandOption.h"
#include "cli/OrderJson.h"
#include "core/session/Desk.h"

#include <QCommandLineParser>

namespace PayDesk::Cli {

StatusCommand::StatusCommand()
    : Command(QStringLiteral("status"),
              CliText::tr("The order as the gateway has it now, by its gateway id or by the merchant's order "
                          "number; stored in the cache."),
              CliText::tr("  status (ORDER | --order-number N)       (ORDER: its gateway id or order number)"))
{
    addOption(option("order-number", CliText::tr("Look the order up by the merchant's number."), "N"));
}

void StatusCommand::execute(const QCommandLineParser& parser)
{
    const bool byNumber = parser.isSet(QStringLiteral("order-number"));
    if (!byNumber && parser.positionalArguments().size() != 1)
        return usage(QStringLiteral("status ORDER, or status --order-number N"));
    const QString key = byNumber ? parser.value(QStringLiteral("order-number")) : parser.positionalArguments().first();
    signIn([this, byNumber, key](Desk* desk) {
        const auto show = [this](const Order& order) { succeed(orderJson(order), orderText(order)); };
        if (!byNumber)
            return locate(desk, key, show);
        onSuccess(desk->findByNumber(key), [show](OrderJob* job) { show(job->order()); });
    });
}

} // namespace PayDesk::Cli
