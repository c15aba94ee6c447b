#include "cli/commands/StatusCommand.h"

#include "cli/CliContext.h"
#include "cli/CommandOption.h"
#include "cli/OrderJson.h"
#include "core/session/Desk.h"

#include <QCommandLineParser>

namespace PayDesk::Cli {

StatusCommand::StatusCommand()
    : Command(QStringLiteral("status"),
              QStringLiteral("The order as the gateway has it now, by its id or by the merchant's order number; "
                             "stored in the cache."),
              QStringLiteral("  status (ORDER_ID | --order-number N)"))
{
    addOption(option("order-number", "Look the order up by the merchant's number.", "N"));
}

void StatusCommand::execute(const QCommandLineParser& parser)
{
    const bool byNumber = parser.isSet(QStringLiteral("order-number"));
    if (!byNumber && parser.positionalArguments().size() != 1)
        return usage(QStringLiteral("status ORDER_ID, or status --order-number N"));
    const QString key = byNumber ? parser.value(QStringLiteral("order-number")) : parser.positionalArguments().first();
    signIn([this, byNumber, key](Desk* desk) {
        OrderJob* job = byNumber ? desk->findByNumber(key) : desk->status(key);
        connect(job, &OrderJob::finished, this, [this, job, desk, byNumber] {
            if (!job->succeeded()) {
                if (desk->capabilities().namesOrderOnPayment && !byNumber && job->error().noSuchOrder)
                    cli().out().note(QStringLiteral("paydesk-cli: Assist does not know this billnumber; look the "
                                                    "order up with --order-number N."));
                return fail(CliError::of(job->error()));
            }
            succeed(orderJson(job->order()), orderText(job->order()));
        });
    });
}

} // namespace PayDesk::Cli
