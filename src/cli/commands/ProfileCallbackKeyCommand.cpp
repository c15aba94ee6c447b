#include "cli/commands/ProfileCallbackKeyCommand.h"
#include "cli/CliText.h"

#include "cli/CliContext.h"
#include "cli/JsonField.h"
#include "cli/SecretPrompt.h"
#include "core/session/Workplace.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace PayDesk::Cli {

ProfileCallbackKeyCommand::ProfileCallbackKeyCommand()
    : ProfileCommand(QStringLiteral("callback-key"),
                     CliText::tr("Keeps the key of the profile's callback checksums in the keychain, read from "
                                 "standard input; an empty line removes it."))
{ }

void ProfileCallbackKeyCommand::execute(const QCommandLineParser& parser)
{
    const QString name = profileName(parser);
    if (name.isEmpty())
        return usage(CliText::tr("give one profile name: profile callback-key NAME"));
    const QString key = SecretPrompt::readLine(CliText::tr("Callback key (empty removes it): ")).trimmed();
    cli().workplace().setCallbackKey(name, key, this, [this, name, set = !key.isEmpty()](const WorkplaceError& e) {
        if (e.isError())
            return fail(CliError::of(e));
        succeed(QJsonObject{field("profile", name), field("callbackKey", set)},
                set ? CliText::tr("Profile %1: the callback key is in the keychain.").arg(name)
                    : CliText::tr("Profile %1: no callback key any more.").arg(name));
    });
}

} // namespace PayDesk::Cli
