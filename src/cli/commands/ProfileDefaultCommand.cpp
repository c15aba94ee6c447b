#include "cli/commands/ProfileDefaultCommand.h"
#include "cli/CliText.h"

#include "cli/CliContext.h"
#include "cli/JsonField.h"
#include "core/session/Workplace.h"

#include <QJsonObject>

namespace PayDesk::Cli {

ProfileDefaultCommand::ProfileDefaultCommand()
    : ProfileCommand(QStringLiteral("default"),
                     CliText::tr("Makes the profile the default: used without --profile, opened by the app."))
{ }

void ProfileDefaultCommand::execute(const QCommandLineParser& parser)
{
    const QString name = profileName(parser);
    if (const ProfileError set = cli().workplace().setDefaultProfile(name); set.isError())
        return fail(CliError::of(set));
    succeed(QJsonObject{field("default", name)}, CliText::tr("%1 is the default profile.").arg(name));
}

} // namespace PayDesk::Cli
