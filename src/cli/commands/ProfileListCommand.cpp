#include "cli/commands/ProfileListCommand.h"
#include "cli/CliText.h"

#include "cli/CliContext.h"
#include "cli/OrderJson.h"
#include "core/session/Workplace.h"

#include <QCommandLineParser>
#include <QJsonArray>

namespace PayDesk::Cli {

ProfileListCommand::ProfileListCommand()
    : Command(QStringLiteral("profile list"), CliText::tr("Lists the profiles: name, gateway, address, login."),
              QStringLiteral("  profile list"))
{ }

void ProfileListCommand::execute(const QCommandLineParser&)
{
    const QList<Profile> list = cli().workplace().profiles();
    const Output& out = cli().out();
    if (out.isJson()) {
        QJsonArray all;
        for (const Profile& p : list)
            all.append(profileJson(p));
        out.json(all);
    } else if (list.isEmpty()) {
        out.note(CliText::tr(
            "No profiles. Add one with: paydesk-cli profile add NAME --gateway rbs --url URL --user LOGIN"));
    } else {
        const std::optional<Profile> standard = cli().workplace().defaultProfile();
        for (const Profile& p : list)
            out.text(QStringLiteral("%1\t%2\t%3\t%4%5")
                         .arg(p.name, GatewayKinds::key(p.gateway), p.url,
                              p.tokenMode ? QStringLiteral("(token)") : p.user,
                              standard && standard->id == p.id ? QStringLiteral("\t(default)") : QString()));
    }
    finish(Ok);
}

} // namespace PayDesk::Cli
