#include "cli/Command.h"
#include "cli/CliText.h"

#include "cli/CliContext.h"
#include "cli/HelpFormat.h"
#include "cli/OperationReport.h"
#include "cli/OrderFilterOptions.h"
#include "core/session/Desk.h"

#include <QCommandLineParser>

namespace PayDesk::Cli {

namespace {
// Made when asked, once the translation is installed.
QCommandLineOption helpOption()
{
    return {{QStringLiteral("h"), QStringLiteral("help")}, CliText::tr("This command's options.")};
}
} // namespace

Command::Command(QString name, QString description, QString synopsis)
    : m_name(std::move(name))
    , m_description(std::move(description))
    , m_synopsis(std::move(synopsis))
{ }

Command::~Command() = default;

QString Command::helpText() const
{
    QString text =
        CliText::tr("usage: paydesk-cli [GLOBAL OPTIONS] %1\n\n%2\n").arg(m_synopsis.trimmed(), m_description);
    if (!m_options.isEmpty())
        text += CliText::tr("\nOptions:\n") + HelpFormat::options(m_options) + QLatin1Char('\n');
    return text + CliText::tr("\nGlobal options:\n") + GlobalOptions::helpText() + QLatin1Char('\n');
}

void Command::start(CliContext* context, const QStringList& arguments)
{
    m_context = context;
    m_parser = std::make_unique<QCommandLineParser>();
    QCommandLineParser& parser = *m_parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(m_options);
    parser.addOptions(GlobalOptions::options());
    const QCommandLineOption help = helpOption();
    parser.addOption(help);
    if (!parser.parse(QStringList{QStringLiteral("paydesk-cli")} + arguments))
        return usage(parser.errorText());
    if (parser.isSet(help)) {
        cli().out().text(helpText().trimmed());
        return finish(Ok);
    }
    const std::optional<CliError> invalid = GlobalOptions::read(parser, &cli().settings());
    cli().applySettings(); // --json holds for an error in the other options too
    if (invalid)
        return fail(*invalid);
    cli().unlockTeam([this] { execute(*m_parser); });
}

void Command::finish(ExitCode code)
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished(code);
}

void Command::succeed(const QJsonObject& json, const QString& text)
{
    if (cli().out().isJson())
        cli().out().json(json);
    else
        cli().out().text(text);
    finish(Ok);
}

void Command::fail(const CliError& error)
{
    cli().out().error(error);
    finish(error.code);
}

std::optional<QString> Command::onlyArgument(const QCommandLineParser& parser, const QString& usageText)
{
    if (parser.positionalArguments().size() == 1)
        return parser.positionalArguments().first();
    usage(usageText);
    return std::nullopt;
}

Desk* Command::openDesk()
{
    CliError error;
    Desk* desk = cli().openDesk(&error);
    if (!desk)
        fail(error);
    return desk;
}

Desk* Command::openDeskWithoutArguments(const QCommandLineParser& parser)
{
    if (!parser.positionalArguments().isEmpty()) {
        usage(CliText::tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
        return nullptr;
    }
    return openDesk();
}

std::optional<OrderFilter> Command::orderFilter(const QCommandLineParser& parser)
{
    OrderFilter filter;
    if (std::optional<CliError> invalid =
            OrderFilterOptions::read(parser, Currency::fromCode(cli().profile().currency), &filter)) {
        fail(*invalid);
        return std::nullopt;
    }
    return filter;
}

void Command::signIn(std::function<void(Desk*)> next)
{
    cli().signIn([this, next](Desk* desk, const CliError& error) {
        if (!desk)
            return fail(error);
        next(desk);
    });
}

void Command::signInAndReconcile(std::function<void(Desk*)> next)
{
    signIn([this, next](Desk* desk) { cli().reconcileThen(desk, [desk, next] { next(desk); }); });
}

void Command::locate(Desk* desk, const QString& key, std::function<void(const Order&)> next)
{
    OrderJob* job = desk->locate(key);
    connect(job, &OrderJob::finished, this, [this, job, key, next] {
        if (job->succeeded())
            return next(job->order());
        fail(job->error().noSuchOrder ? CliError::noSuchOrder(key) : CliError::of(job->error()));
    });
}

void Command::operateOn(Desk* desk, const QString& key, std::function<OperationJob*(const QString&)> operation)
{
    OperationJob* job = operation(key);
    connect(job, &OperationJob::finished, this, [this, desk, job, key, operation] {
        const OperationResult& result = job->result();
        if (!result.refusedBeforeSending || !result.error.noSuchOrder)
            return finish(OperationReport::print(cli().out(), key, result));
        locate(desk, key, [this, operation](const Order& order) { report(operation(order.orderId), order.orderId); });
    });
}

void Command::report(OperationJob* job, const QString& orderId)
{
    connect(job, &OperationJob::finished, this,
            [this, job, orderId] { finish(OperationReport::print(cli().out(), orderId, job->result())); });
}

} // namespace PayDesk::Cli
