#include "cli/Commands.h"

#include "cli/Command.h"
#include "cli/commands/BindingsCommand.h"
#include "cli/commands/CaptureCommand.h"
#include "cli/commands/CheckCommand.h"
#include "cli/commands/ExportCommand.h"
#include "cli/commands/HelpCommand.h"
#include "cli/commands/JournalCommand.h"
#include "cli/commands/OrdersCommand.h"
#include "cli/commands/PayBindingCommand.h"
#include "cli/commands/ProfileAddCommand.h"
#include "cli/commands/ProfileListCommand.h"
#include "cli/commands/ProfileRemoveCommand.h"
#include "cli/commands/ProfileTestCommand.h"
#include "cli/commands/ReceiptCommand.h"
#include "cli/commands/ReconcileCommand.h"
#include "cli/commands/RefundCommand.h"
#include "cli/commands/RegisterCommand.h"
#include "cli/commands/ReverseCommand.h"
#include "cli/commands/StatusCommand.h"
#include "cli/commands/SyncCommand.h"

namespace PayDesk::Cli {

namespace {
const char* const Header = "usage: paydesk-cli [--profile NAME] [--json] [--timeout SECONDS] [--db FILE] COMMAND ...\n"
                           "       paydesk-cli help COMMAND        (a command's options; also COMMAND --help)\n";

const char* const Footer =
    "     FILTERS: [--status STATUS[,STATUS]] [--held] [--due-within HOURS] [--search TEXT]\n"
    "              [--from DATE] [--to DATE] [--min-amount A] [--max-amount A] [--sort COLUMN] [--asc]\n"
    "     DATE is YYYY-MM-DD (local day) or an ISO 8601 time; STATUS is created, pending, held, captured,\n"
    "     reversed, refunded, partly_refunded, declined; COLUMN is created, number, id, status, amount,\n"
    "     deadline, card, email, description.\n"
    "\n"
    "Amounts are decimals in major units of the order's currency. Exit codes: 0 ok, 1 refused by the\n"
    "gateway (check: damage found), 2 bad usage or input (also a file that is not a PayDesk cache),\n"
    "3 network, storage or keychain problem, or unknown outcome. With --json an error is also written\n"
    "to standard output as {\"error\": {\"kind\": ..., \"message\": ..., \"exitCode\": ...}}.\n";
} // namespace

std::vector<std::unique_ptr<Command>> Commands::all()
{
    std::vector<std::unique_ptr<Command>> list;
    list.push_back(std::make_unique<ProfileAddCommand>());
    list.push_back(std::make_unique<ProfileListCommand>());
    list.push_back(std::make_unique<ProfileRemoveCommand>());
    list.push_back(std::make_unique<ProfileTestCommand>());
    list.push_back(std::make_unique<StatusCommand>());
    list.push_back(std::make_unique<RegisterCommand>());
    list.push_back(std::make_unique<CaptureCommand>());
    list.push_back(std::make_unique<ReverseCommand>());
    list.push_back(std::make_unique<RefundCommand>());
    list.push_back(std::make_unique<PayBindingCommand>());
    list.push_back(std::make_unique<BindingsCommand>());
    list.push_back(std::make_unique<ReceiptCommand>());
    list.push_back(std::make_unique<JournalCommand>());
    list.push_back(std::make_unique<ReconcileCommand>());
    list.push_back(std::make_unique<SyncCommand>());
    list.push_back(std::make_unique<OrdersCommand>());
    list.push_back(std::make_unique<ExportCommand>());
    list.push_back(std::make_unique<CheckCommand>());
    list.push_back(std::make_unique<HelpCommand>());
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
    QString text = QString::fromLatin1(Header) + QLatin1Char('\n');
    for (const std::unique_ptr<Command>& c : all())
        text += c->synopsis() + QLatin1Char('\n');
    return text + QString::fromLatin1(Footer);
}

} // namespace PayDesk::Cli
