#include "cli/commands/ProfileAddCommand.h"

#include "cli/Arguments.h"
#include "cli/CliContext.h"
#include "cli/CommandOption.h"
#include "cli/OrderJson.h"
#include "cli/SecretPrompt.h"
#include "core/session/Workplace.h"

#include <QCommandLineParser>

namespace PayDesk::Cli {

ProfileAddCommand::ProfileAddCommand()
    : Command(QStringLiteral("profile add"),
              QStringLiteral("Adds a profile. The password or token is read from standard input into the system "
                             "keychain; with --check-word, Assist's secret word from the next line."),
              QStringLiteral(
                  "  profile add NAME --gateway rbs --url URL --user LOGIN [--token] [--hold-days N] [--ca FILE]\n"
                  "                   [--merchant-login LOGIN] [--language ru|en]     (password or token on stdin)\n"
                  "  profile add NAME --gateway rbs-soap --url SERVICE-URL --user LOGIN [--hold-days N] [--ca FILE]\n"
                  "  profile add NAME --gateway assist --url URL --user LOGIN --merchant-id ID [--hold-days N]\n"
                  "                   [--check-word]    (password on stdin; with --check-word the secret word on the "
                  "next line)"))
{
    addOptions({option("gateway", "rbs (default), rbs-soap (the RBS web service) or assist.", "KIND"),
                option("url", "The gateway's address.", "URL"), option("user", "The merchant's API login.", "LOGIN"),
                flag("token", "RBS: standard input holds an API token, not a password."),
                option("hold-days", "How long the bank keeps a hold.", "N"),
                option("ca", "Extra CA certificates (PEM or DER).", "FILE"),
                option("merchant-login", "RBS agent accounts: the merchant's login.", "LOGIN"),
                option("merchant-id", "Assist: the Merchant_ID.", "ID"),
                option("language", "ru (default) or en.", "LANG"),
                option("currency", "The profile's currency (default RUB).", "CODE"),
                flag("check-word", "Assist: a secret word for checkvalue follows the password.")});
}

void ProfileAddCommand::execute(const QCommandLineParser& parser)
{
    const auto value = [&parser](const char* name, const QString& fallback = {}) {
        const QString key = QString::fromLatin1(name);
        return parser.isSet(key) ? parser.value(key) : fallback;
    };
    Profile p;
    p.name = parser.positionalArguments().value(0);
    const QString gateway = value("gateway", GatewayKinds::key(GatewayKind::Rbs));
    const std::optional<GatewayKind> kind = GatewayKinds::fromKey(gateway);
    if (!kind)
        return usage(QStringLiteral("unknown gateway \"%1\": use rbs, rbs-soap or assist").arg(gateway));
    p.gateway = *kind;
    p.user = value("user");
    p.tokenMode = parser.isSet(QStringLiteral("token"));
    p.checkWord = parser.isSet(QStringLiteral("check-word"));
    p.caFile = value("ca");
    p.merchantLogin = value("merchant-login");
    p.merchantId = value("merchant-id");
    p.language = value("language", QStringLiteral("ru"));
    p.currency = value("currency", QStringLiteral("RUB"));
    if (p.gateway == GatewayKind::Assist)
        p.holdDays = 4; // Assist's own figure; banks differ, so --hold-days overrides it
    CliError error;
    const std::optional<int> holdDays =
        Arguments::number(parser, QStringLiteral("hold-days"), INT_MIN, INT_MAX, p.holdDays,
                          QStringLiteral("--hold-days takes a number of days"), &error);
    if (!holdDays)
        return fail(error);
    p.holdDays = *holdDays;
    p.url = Workplace::normalizedUrl(p.gateway, value("url"));
    if (const ProfileError invalid = Workplace::validate(p); invalid.isError())
        return fail(CliError::of(invalid));
    if (cli().workplace().profile(p.name))
        return fail(CliError::of(ProfileError::of(ProfileError::Kind::Duplicate, p.name)));
    const QString secret = SecretPrompt::readLine("Password or token: ");
    if (secret.isEmpty())
        return usage(QStringLiteral("no password or token on standard input"));
    QString checkWord;
    if (p.checkWord) {
        checkWord = SecretPrompt::readLine("Assist secret word for checkvalue: ");
        if (checkWord.isEmpty())
            return usage(QStringLiteral("--check-word: no secret word on the second line of standard input"));
    }
    addProfile(p, secret, checkWord);
}

void ProfileAddCommand::addProfile(Profile profile, const QString& secret, const QString& checkWord)
{
    cli().workplace().addProfile(profile, secret, checkWord, this, [this](const Profile& p, const WorkplaceError& e) {
        if (e.isError())
            return fail(CliError::of(e));
        succeed(profileJson(p), QStringLiteral("Added profile %1 (%2 at %3); the %4 in the system keychain.")
                                    .arg(p.name, GatewayKinds::key(p.gateway), p.url,
                                         p.checkWord ? QStringLiteral("password and the secret word are")
                                                     : QStringLiteral("password is")));
    });
}

} // namespace PayDesk::Cli
