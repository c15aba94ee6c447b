#include "cli/commands/ProfileAddCommand.h"
#include "cli/CliText.h"

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
              CliText::tr("Adds a profile. The password or token is read from standard input into the system "
                          "keychain; with --check-word, Assist's secret word from the next line."),
              CliText::tr(
                  "  profile add NAME --gateway rbs --url URL --user LOGIN [--token] [--hold-days N] [--ca FILE]\n"
                  "                   [--merchant-login LOGIN] [--language ui|ru|en]     (password or token on stdin)\n"
                  "  profile add NAME --gateway rbs-soap --url SERVICE-URL --user LOGIN [--hold-days N] [--ca FILE]\n"
                  "  profile add NAME --gateway assist --url URL --user LOGIN --merchant-id ID [--hold-days N]\n"
                  "                   [--check-word]    (password on stdin; with --check-word the secret word on the "
                  "next line)"))
{
    addOptions(
        {option("gateway", CliText::tr("rbs (default), rbs-soap (the RBS web service) or assist."), "KIND"),
         option("url", CliText::tr("The gateway's address."), "URL"),
         option("user", CliText::tr("The merchant's API login."), "LOGIN"),
         flag("token", CliText::tr("RBS: standard input holds an API token, not a password.")),
         option("hold-days", CliText::tr("How long the bank keeps a hold."), "N"),
         option("ca", CliText::tr("Extra CA certificates (PEM or DER)."), "FILE"),
         option("merchant-login", CliText::tr("RBS agent accounts: the merchant's login."), "LOGIN"),
         option("merchant-id", CliText::tr("Assist: the Merchant_ID."), "ID"),
         option("language", CliText::tr("The gateway's messages: ui (the interface's, default), ru or en."), "LANG"),
         option("currency", CliText::tr("The profile's currency (default RUB)."), "CODE"),
         flag("check-word", CliText::tr("Assist: a secret word for checkvalue follows the password."))});
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
        return usage(CliText::tr("unknown gateway \"%1\": use rbs, rbs-soap or assist").arg(gateway));
    p.gateway = *kind;
    p.user = value("user");
    p.tokenMode = parser.isSet(QStringLiteral("token"));
    p.checkWord = parser.isSet(QStringLiteral("check-word"));
    p.caFile = value("ca");
    p.merchantLogin = value("merchant-login");
    p.merchantId = value("merchant-id");
    p.language = value("language", QStringLiteral("ui"));
    if (!QStringList{QStringLiteral("ui"), QStringLiteral("ru"), QStringLiteral("en")}.contains(p.language))
        return usage(CliText::tr("--language takes ui, ru or en"));
    if (p.language == QLatin1String("ui"))
        p.language.clear(); // follows the interface
    p.currency = value("currency", QStringLiteral("RUB"));
    if (p.gateway == GatewayKind::Assist)
        p.holdDays = 4; // Assist's own figure; banks differ, so --hold-days overrides it
    CliError error;
    const std::optional<int> holdDays =
        Arguments::number(parser, QStringLiteral("hold-days"), INT_MIN, INT_MAX, p.holdDays,
                          CliText::tr("--hold-days takes a number of days"), &error);
    if (!holdDays)
        return fail(error);
    p.holdDays = *holdDays;
    p.url = Workplace::normalizedUrl(p.gateway, value("url"));
    if (const ProfileError invalid = Workplace::validate(p); invalid.isError())
        return fail(CliError::of(invalid));
    if (cli().workplace().profile(p.name))
        return fail(CliError::of(ProfileError::of(ProfileError::Kind::Duplicate, p.name)));
    const QString secret = SecretPrompt::readLine(CliText::tr("Password or token: "));
    if (secret.isEmpty())
        return usage(CliText::tr("no password or token on standard input"));
    QString checkWord;
    if (p.checkWord) {
        checkWord = SecretPrompt::readLine(CliText::tr("Assist secret word for checkvalue: "));
        if (checkWord.isEmpty())
            return usage(CliText::tr("--check-word: no secret word on the second line of standard input"));
    }
    addProfile(p, secret, checkWord);
}

void ProfileAddCommand::addProfile(Profile profile, const QString& secret, const QString& checkWord)
{
    cli().workplace().addProfile(profile, secret, checkWord, this, [this](const Profile& p, const WorkplaceError& e) {
        if (e.isError())
            return fail(CliError::of(e));
        succeed(profileJson(p),
                CliText::tr("Added profile %1 (%2 at %3); the %4 in the system keychain.")
                    .arg(p.name, GatewayKinds::key(p.gateway), p.url,
                         p.checkWord ? CliText::tr("password and the secret word are") : CliText::tr("password is")));
    });
}

} // namespace PayDesk::Cli
