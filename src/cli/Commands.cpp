#include "cli/Commands.h"
#include "cli/CliText.h"

#include "cli/Command.h"
#include "cli/GatewayListCommand.h"
#include "cli/OrderJson.h"
#include "cli/commands/CallbackVerifyCommand.h"
#include "cli/commands/CaptureCommand.h"
#include "cli/commands/CheckCommand.h"
#include "cli/commands/ExportCommand.h"
#include "cli/commands/HelpCommand.h"
#include "cli/commands/JournalCommand.h"
#include "cli/commands/OrdersCommand.h"
#include "cli/commands/PayBindingCommand.h"
#include "cli/commands/ProfileAddCommand.h"
#include "cli/commands/ProfileCallbackKeyCommand.h"
#include "cli/commands/ProfileDefaultCommand.h"
#include "cli/commands/ProfileListCommand.h"
#include "cli/commands/ProfileRemoveCommand.h"
#include "cli/commands/ProfileTestCommand.h"
#include "cli/commands/ReceiptCloseCommand.h"
#include "cli/commands/ReconcileCommand.h"
#include "cli/commands/RefundCommand.h"
#include "cli/commands/RegisterCommand.h"
#include "cli/commands/RemindCommand.h"
#include "cli/commands/ReverseCommand.h"
#include "cli/commands/StatusCommand.h"
#include "cli/commands/SyncCommand.h"
#include "cli/commands/TeamCommand.h"

namespace PayDesk::Cli {

namespace {
const char* const Header = QT_TRANSLATE_NOOP(
    "CliText", "usage: paydesk-cli [--profile NAME] [--json] [--timeout SECONDS] [--db FILE] COMMAND ...\n"
               "       paydesk-cli help COMMAND        (a command's options; also COMMAND --help)\n");

const char* const Footer = QT_TRANSLATE_NOOP(
    "CliText", "     FILTERS: [--status STATUS[,STATUS]] [--held] [--due-within HOURS] [--search TEXT]\n"
               "              [--from DATE] [--to DATE] [--min-amount A] [--max-amount A] [--sort COLUMN] [--asc]\n"
               "     DATE is YYYY-MM-DD (local day) or an ISO 8601 time; STATUS is created, pending, held, captured,\n"
               "     reversed, refunded, partly_refunded, declined; COLUMN is created, number, id, status, amount,\n"
               "     deadline, card, email, description.\n"
               "\n"
               "Amounts are decimals in major units of the order's currency. Exit codes: 0 ok, 1 refused by the\n"
               "gateway (check: damage found), 2 bad usage or input (also a file that is not a PayDesk cache),\n"
               "3 network, storage or keychain problem, or unknown outcome. With --json an error is also written\n"
               "to standard output as {\"error\": {\"kind\": ..., \"message\": ..., \"exitCode\": ...}}.\n");

template <typename... CommandClass>
void append(std::vector<std::unique_ptr<Command>>* list)
{
    (list->push_back(std::make_unique<CommandClass>()), ...);
}
} // namespace

std::vector<std::unique_ptr<Command>> Commands::all()
{
    std::vector<std::unique_ptr<Command>> list;
    append<ProfileAddCommand, ProfileListCommand, ProfileDefaultCommand, ProfileRemoveCommand, ProfileTestCommand,
           StatusCommand, RegisterCommand, CaptureCommand, ReverseCommand, RefundCommand, PayBindingCommand>(&list);
    list.push_back(std::make_unique<GatewayListCommand<BindingListJob>>(
        QStringLiteral("bindings"), CliText::tr("The cards the gateway stores for a customer."),
        QStringLiteral("  bindings CLIENT_ID"), &Desk::bindings, BindingList));
    list.push_back(std::make_unique<GatewayListCommand<ReceiptListJob>>(
        QStringLiteral("receipt"), CliText::tr("The order's fiscal receipts, as the gateway reports them."),
        QStringLiteral("  receipt ORDER_ID"), &Desk::receipts, ReceiptList));
    append<JournalCommand, ReconcileCommand, SyncCommand, RemindCommand, OrdersCommand, ExportCommand, CheckCommand,
           HelpCommand>(&list);
    append<CallbackVerifyCommand, ProfileCallbackKeyCommand, ReceiptCloseCommand>(&list);
    for (TeamCommand::Verb verb : {TeamCommand::Verb::Set, TeamCommand::Verb::Show, TeamCommand::Verb::Unset})
        list.push_back(std::make_unique<TeamCommand>(verb));
    return list;
}

std::unique_ptr<Command> Commands::find(const QStringList& words, int* nameWords)
{
    for (int n = 2; n >= 1; --n) {
        if (words.size() < n)
            continue;
        const QString name = words.mid(0, n).join(QLatin1Char(' '));
        for (std::unique_ptr<Command>& c : all()) {
            if (c->name() == name) {
                *nameWords = n;
                return std::move(c);
            }
        }
    }
    return nullptr;
}

QString Commands::usage()
{
    QString text = CliText::tr(Header) + QLatin1Char('\n');
    for (const std::unique_ptr<Command>& c : all())
        text += c->synopsis() + QLatin1Char('\n');
    return text + CliText::tr(Footer);
}

} // namespace PayDesk::Cli
