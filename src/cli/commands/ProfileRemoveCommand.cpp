#include "cli/commands/ProfileRemoveCommand.h"
#include "cli/CliText.h"

#include "cli/CliContext.h"
#include "cli/JsonField.h"
#include "core/session/Workplace.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace PayDesk::Cli {

ProfileRemoveCommand::ProfileRemoveCommand()
    : ProfileCommand(QStringLiteral("remove"), CliText::tr("Removes the profile and its secrets from the keychain."))
{ }

void ProfileRemoveCommand::execute(const QCommandLineParser& parser)
{
    const QString name = profileName(parser);
    cli().workplace().removeProfile(name, this, [this, name](const WorkplaceError& e) {
        if (e.isError())
            return fail(CliError::of(e));
        succeed(QJsonObject{field("removed", name)}, CliText::tr("Removed profile %1 and its password.").arg(name));
    });
}

} // namespace PayDesk::Cli
