#include "cli/commands/CaptureCommand.h"
#include "cli/CliText.h"

#include "cli/Arguments.h"
#include "cli/CaptureAllHeld.h"
#include "cli/CliContext.h"
#include "cli/CommandOption.h"
#include "core/operations/CaptureBatch.h"
#include "core/session/Desk.h"

#include <QCommandLineParser>

namespace PayDesk::Cli {

CaptureCommand::CaptureCommand()
    : MoneyOperationCommand(
        QStringLiteral("capture"),
        CliText::tr("Captures a held payment, or every held payment in the cache with --all-held."),
        CliText::tr(
            "  capture ORDER [--amount A]         (ORDER: its gateway id or order number; all that is held when no "
            "amount)\n"
            "  capture --all-held [--due-within HOURS] [--yes] [--concurrency N]   (held orders in the cache)"),
        CliText::tr("How much, in the order's currency (default: all that is held)."), &Desk::capture)
{
    addOptions({flag("all-held", CliText::tr("Every held payment in the cache, soonest deadline first.")),
                option("due-within", CliText::tr("With --all-held: only holds that expire within HOURS."), "HOURS"),
                flag("yes", CliText::tr("With --all-held: do not ask for confirmation.")),
                option("concurrency", CliText::tr("With --all-held: captures at a time, 1 to 32."), "N")});
}

void CaptureCommand::execute(const QCommandLineParser& parser)
{
    if (parser.isSet(QStringLiteral("all-held"))) {
        CliError error;
        const std::optional<int> due = Arguments::number(parser, QStringLiteral("due-within"), 0, INT_MAX, -1,
                                                         CliText::tr("--due-within takes a number of hours"), &error);
        const std::optional<int> concurrency =
            due ? Arguments::number(parser, QStringLiteral("concurrency"), 1, 32, CaptureBatch::DefaultConcurrency,
                                    CliText::tr("--concurrency takes 1 to 32"), &error)
                : std::nullopt;
        if (!concurrency)
            return fail(error);
        const bool confirmed = parser.isSet(QStringLiteral("yes"));
        return signInAndReconcile([this, due, concurrency, confirmed](Desk* desk) {
            auto* all = new CaptureAllHeld(desk, cli().out(), this);
            connect(all, &CaptureAllHeld::finished, this, [this](int code) { finish(ExitCode(code)); });
            all->start(*due, *concurrency, confirmed);
        });
    }
    MoneyOperationCommand::execute(parser);
}

} // namespace PayDesk::Cli
