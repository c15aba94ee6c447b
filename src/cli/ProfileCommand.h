#pragma once

#include "cli/Command.h"

#include <QCommandLineParser>

namespace PayDesk::Cli {

// `profile VERB NAME`: a command on the one profile its argument names (remove, test); the name and
// synopsis follow from VERB.
class ProfileCommand : public Command
{
protected:
    ProfileCommand(const QString& verb, QString description)
        : Command(QStringLiteral("profile ") + verb, std::move(description),
                  QStringLiteral("  profile %1 NAME").arg(verb))
    { }

    // Empty when not given: Workplace reports that, as it does any unknown name.
    static QString profileName(const QCommandLineParser& parser) { return parser.positionalArguments().value(0); }
};

} // namespace PayDesk::Cli
