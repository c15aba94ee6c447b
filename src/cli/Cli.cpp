#include "cli/Cli.h"
#include "cli/CliText.h"

#include "cli/CliContext.h"
#include "cli/Command.h"
#include "cli/Commands.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace PayDesk::Cli {

Cli::Cli(QStringList arguments, QObject* parent)
    : QObject(parent)
    , m_arguments(std::move(arguments))
    , m_context(new CliContext(this))
{ }

Cli::~Cli() = default;

void Cli::start()
{
    // Global options before the command; from the command's name on, the words are the command's.
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.addOptions(GlobalOptions::options());
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, CliText::tr("Every command."));
    const QCommandLineOption version(QStringLiteral("version"), CliText::tr("The version."));
    parser.addOptions({help, version});
    const Output& out = m_context->out();
    if (!parser.parse(QStringList{QStringLiteral("paydesk-cli")} + m_arguments)) {
        out.error(CliError::usage(parser.errorText()));
        return finishWith(Usage);
    }
    const std::optional<CliError> invalid = GlobalOptions::read(parser, &m_context->settings());
    m_context->applySettings(); // --json holds for an error in the other options too
    if (invalid) {
        out.error(*invalid);
        return finishWith(invalid->code);
    }
    if (parser.isSet(version)) {
        out.text(QStringLiteral("paydesk-cli %1").arg(QStringLiteral(PAYDESK_VERSION)));
        return finishWith(Ok);
    }
    const QStringList words = parser.positionalArguments();
    if (parser.isSet(help) || words.isEmpty()) {
        const QString usage = Commands::usage();
        if (words.isEmpty() && !parser.isSet(help)) {
            out.error(CliError::usage(usage.trimmed()));
            return finishWith(Usage);
        }
        out.text(usage.trimmed());
        return finishWith(Ok);
    }
    int nameWords = 0;
    m_command = Commands::find(words, &nameWords);
    if (!m_command) {
        out.error(
            CliError::usage(words.first() == QLatin1String("profile")
                                ? CliText::tr("profile add|list|remove|test; see paydesk-cli help profile add")
                                : CliText::tr("unknown command \"%1\"; see paydesk-cli --help").arg(words.first())));
        return finishWith(Usage);
    }
    connect(m_command.get(), &Command::finished, this, &Cli::finishWith);
    m_command->start(m_context, words.mid(nameWords));
}

void Cli::finishWith(int code)
{
    QMetaObject::invokeMethod(
        QCoreApplication::instance(), [code] { QCoreApplication::exit(code); }, Qt::QueuedConnection);
}

} // namespace PayDesk::Cli
