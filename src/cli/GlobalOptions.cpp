#include "cli/GlobalOptions.h"
#include "cli/CliText.h"

#include "cli/CliError.h"
#include "cli/HelpFormat.h"

#include <QCommandLineParser>

namespace PayDesk::Cli {

namespace {
const QString ProfileName = QStringLiteral("profile");
const QString Json = QStringLiteral("json");
const QString Db = QStringLiteral("db");
const QString Timeout = QStringLiteral("timeout");
} // namespace

QList<QCommandLineOption> GlobalOptions::options()
{
    return {
        {ProfileName, CliText::tr("The profile to use (default: the default profile; see profile default)."),
         QStringLiteral("NAME")},
        {Json, CliText::tr("Results, and errors, as JSON on standard output.")},
        {Db, CliText::tr("The order cache and journal file (default: $XDG_DATA_HOME/paydesk/orders.sqlite)."),
         QStringLiteral("FILE")},
        {Timeout, CliText::tr("How long to wait for the gateway, 1 to 3600 seconds (default 30)."),
         QStringLiteral("SECONDS")},
    };
}

std::optional<CliError> GlobalOptions::read(const QCommandLineParser& parser, GlobalSettings* settings)
{
    if (parser.isSet(ProfileName))
        settings->profileName = parser.value(ProfileName);
    if (parser.isSet(Json))
        settings->json = true;
    if (parser.isSet(Db))
        settings->dbPath = parser.value(Db);
    if (parser.isSet(Timeout)) {
        bool ok = false;
        const int seconds = parser.value(Timeout).toInt(&ok);
        if (!ok || seconds < 1 || seconds > 3600)
            return CliError::usage(CliText::tr("--timeout takes seconds, 1 to 3600"));
        settings->timeoutMs = seconds * 1000;
    }
    return std::nullopt;
}

QString GlobalOptions::helpText()
{
    return HelpFormat::options(options());
}

} // namespace PayDesk::Cli
