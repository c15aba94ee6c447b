#include "cli/commands/TeamCommand.h"
#include "cli/CliText.h"

#include "cli/CliContext.h"
#include "cli/CommandOption.h"
#include "cli/JsonField.h"
#include "cli/SecretPrompt.h"
#include "core/session/Workplace.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace PayDesk::Cli {

namespace {
const char* const Verbs[] = {"set", "show", "unset"};
const char* const Descriptions[] = {
    QT_TRANSLATE_NOOP("PayDesk::Cli::TeamCommand",
                      "Puts the profile in team mode: its orders, claims and journal in a PostgreSQL database shared "
                      "with the other desks of the same gateway account. Reads the database password on standard "
                      "input into the keychain; creates or migrates the schema."),
    QT_TRANSLATE_NOOP("PayDesk::Cli::TeamCommand",
                      "The profile's team database (without secrets) and its schema version."),
    QT_TRANSLATE_NOOP("PayDesk::Cli::TeamCommand",
                      "Takes the profile out of team mode: back to the local cache; the password leaves the keychain."),
};
const char* const Synopses[] = {
    "  team set PROFILE --url postgresql://USER@HOST:PORT/DBNAME[?sslrootcert=CA.pem]",
    "  team show PROFILE",
    "  team unset PROFILE",
};
} // namespace

TeamCommand::TeamCommand(Verb verb)
    : Command(QStringLiteral("team ") + QLatin1String(Verbs[int(verb)]), tr(Descriptions[int(verb)]),
              QString::fromLatin1(Synopses[int(verb)]))
    , m_verb(verb)
{
    if (verb == Verb::Set)
        addOption(option("url",
                         CliText::tr("The team database: postgresql://USER@HOST:PORT/DBNAME; TLS (verify-full) with "
                                     "?sslrootcert=CA.pem, plain only to this computer."),
                         "URL"));
}

void TeamCommand::execute(const QCommandLineParser& parser)
{
    if (parser.positionalArguments().size() != 1)
        return usage(tr("give one profile name"));
    const std::optional<Profile> profile = cli().workplace().profile(parser.positionalArguments().first());
    if (!profile)
        return fail(CliError::of(ProfileError::of(ProfileError::Kind::NotFound, parser.positionalArguments().first())));
    switch (m_verb) {
    case Verb::Set:
        return set(*profile, parser);
    case Verb::Show:
        return show(*profile);
    case Verb::Unset:
        return unset(*profile);
    }
}

void TeamCommand::set(const Profile& profile, const QCommandLineParser& parser)
{
    QString invalid;
    const TeamDatabase database = TeamDatabase::parse(parser.value(QStringLiteral("url")), &invalid);
    if (!database.isValid())
        return usage(invalid);
    const QString password = SecretPrompt::readLine(CliText::tr("Database password: "));
    if (password.isEmpty())
        return usage(tr("the database password is read on standard input, and none came"));
    cli().workplace().team().join(profile, database, password, this, [this, profile](const TeamStatus& status) {
        if (status.error.isError())
            return fail(CliError::of(status.error));
        succeed(QJsonObject{field("profile", profile.name), field("url", status.database.url()),
                            field("schema", status.schema)},
                tr("Profile %1 now works in team mode on %2 (schema %3).")
                    .arg(profile.name, status.database.url())
                    .arg(status.schema));
    });
}

void TeamCommand::show(const Profile& profile)
{
    if (!cli().workplace().team().databaseOf(profile))
        return succeed(QJsonObject{field("profile", profile.name), field("team", false)},
                       tr("Profile %1 uses the local cache (not in team mode).").arg(profile.name));
    cli().workplace().team().status(profile, this, [this, profile](const TeamStatus& status) {
        if (status.error.isError())
            return fail(CliError::of(status.error));
        succeed(
            QJsonObject{field("profile", profile.name), field("team", true), field("url", status.database.url()),
                        field("schema", status.schema)},
            tr("Profile %1: team database %2, schema %3.").arg(profile.name, status.database.url()).arg(status.schema));
    });
}

void TeamCommand::unset(const Profile& profile)
{
    cli().workplace().team().leave(profile, this, [this, profile](const WorkplaceError& error) {
        if (error.isError())
            return fail(CliError::of(error));
        succeed(QJsonObject{field("profile", profile.name), field("team", false)},
                tr("Profile %1 is back on the local cache.").arg(profile.name));
    });
}

} // namespace PayDesk::Cli
