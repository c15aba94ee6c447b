#include "cli/commands/ProfileTestCommand.h"
#include "cli/CliText.h"

#include "cli/CliContext.h"
#include "cli/JsonField.h"
#include "core/session/Workplace.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace PayDesk::Cli {

ProfileTestCommand::ProfileTestCommand()
    : ProfileCommand(QStringLiteral("test"),
                     CliText::tr("Asks the gateway whether it accepts the profile's login and password (or token)."))
{ }

void ProfileTestCommand::execute(const QCommandLineParser& parser)
{
    cli().settings().profileName = profileName(parser);
    Profile profile;
    if (const ProfileError chosen = cli().workplace().choose(cli().settings().profileName, &profile); chosen.isError())
        return fail(CliError::of(chosen));
    cli().workplace().testConnection(
        profile, cli().settings().timeoutMs, this, [this, name = profile.name](const ConnectionTest& test) {
            const Output& out = cli().out();
            if (test.setup.isError())
                return fail(CliError::of(test.setup));
            if (out.isJson())
                out.json(QJsonObject{field("profile", name), field("ok", test.accepted),
                                     field("message", test.accepted ? QString() : test.userMessage())});
            else if (test.accepted)
                out.text(CliText::tr("Profile %1: the gateway accepted the credentials.").arg(name));
            if (test.accepted)
                return finish(Ok);
            const CliError refused = CliError::of(test.gateway);
            out.note(QStringLiteral("paydesk-cli: ") + refused.message);
            finish(refused.code);
        });
}

} // namespace PayDesk::Cli
