#include "cli/commands/HelpCommand.h"
#include "cli/CliText.h"

#include "cli/CliContext.h"
#include "cli/Commands.h"

#include <QCommandLineParser>

namespace PayDesk::Cli {

HelpCommand::HelpCommand()
    : Command(QStringLiteral("help"), CliText::tr("Every command, or one command's options."),
              CliText::tr("  help [COMMAND]                     (a command's options; also COMMAND --help)"))
{ }

void HelpCommand::execute(const QCommandLineParser& parser)
{
    const QStringList words = parser.positionalArguments();
    if (words.isEmpty()) {
        cli().out().text(Commands::usage().trimmed());
        return finish(Ok);
    }
    int nameWords = 0;
    const std::unique_ptr<Command> command = Commands::find(words, &nameWords);
    if (!command || nameWords != words.size())
        return usage(CliText::tr("unknown command \"%1\"; see paydesk-cli --help").arg(words.join(QLatin1Char(' '))));
    cli().out().text(command->helpText().trimmed());
    finish(Ok);
}

} // namespace PayDesk::Cli
