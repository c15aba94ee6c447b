#include "cli/commands/RegisterCommand.h"
#include "cli/CliText.h"

#include "cli/Arguments.h"
#include "cli/CliContext.h"
#include "cli/CommandOption.h"
#include "cli/JsonField.h"
#include "core/model/CartJson.h"
#include "core/session/Desk.h"
#include "core/session/Workplace.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonObject>

namespace PayDesk::Cli {

RegisterCommand::RegisterCommand()
    : Command(QStringLiteral("register"),
              CliText::tr("Registers an order and prints the payment page's address (a manual payment)."),
              QStringLiteral(
                  "  register --amount 1234.56 [--currency RUB] --order-number N --return-url URL [--fail-url URL]\n"
                  "           [--description TEXT] [--client-id ID] [--email E] [--phone P] [--preauth] "
                  "[--auto-payment]\n"
                  "           [--bundle FILE.json --tax-system N] [--session-timeout SECONDS]"))
{
    addOptions({option("amount", CliText::tr("The amount, in major units."), "A"),
                option("currency", CliText::tr("Default: the profile's."), "CODE"),
                option("order-number", CliText::tr("The merchant's order number."), "N"),
                option("return-url", CliText::tr("Where the customer returns."), "URL"),
                option("fail-url", CliText::tr("Where the customer returns after a failure."), "URL"),
                option("description", CliText::tr("The order's description."), "TEXT"),
                option("client-id", CliText::tr("The customer, for stored cards."), "ID"),
                option("email", CliText::tr("The customer's e-mail."), "E"),
                option("phone", CliText::tr("The customer's phone."), "P"),
                flag("preauth", CliText::tr("Two-stage: hold now, capture later.")),
                flag("auto-payment", CliText::tr("For a payment by a stored card (pay-binding).")),
                option("bundle", CliText::tr("The cart, in PayDesk's JSON form (README \"Carts\")."), "FILE.json"),
                option("tax-system", CliText::tr("The merchant's tax system, 0 to 5."), "N"),
                option("session-timeout", CliText::tr("How long the payment page stays open."), "SECONDS")});
}

void RegisterCommand::execute(const QCommandLineParser& parser)
{
    const auto value = [&parser](const char* name) { return parser.value(QString::fromLatin1(name)); };
    // The currency is the profile's unless given: the profile is chosen first, without the keychain.
    Profile profile;
    if (const ProfileError chosen = cli().workplace().choose(cli().settings().profileName, &profile); chosen.isError())
        return fail(CliError::of(chosen));
    RegisterRequest r;
    const QString code = parser.isSet(QStringLiteral("currency")) ? value("currency") : profile.currency;
    const Currency currency = Currency::fromCode(code);
    if (!currency.isValid())
        return usage(CliText::tr("unknown currency %1").arg(code));
    CliError error;
    const std::optional<Money> amount = Arguments::amount(parser, QStringLiteral("amount"), currency, &error);
    if (!amount)
        return fail(error);
    if (amount->isZero())
        return usage(CliText::tr("--amount: the amount must be greater than zero"));
    r.amount = *amount;
    r.orderNumber = value("order-number");
    r.returnUrl = value("return-url");
    if (r.orderNumber.isEmpty() || r.returnUrl.isEmpty())
        return usage(CliText::tr("register needs --amount, --order-number and --return-url"));
    r.failUrl = value("fail-url");
    r.description = value("description");
    r.clientId = value("client-id");
    r.email = value("email");
    r.phone = value("phone");
    r.preAuth = parser.isSet(QStringLiteral("preauth"));
    r.autoPayment = parser.isSet(QStringLiteral("auto-payment"));
    if (parser.isSet(QStringLiteral("session-timeout")))
        r.sessionTimeoutSecs = value("session-timeout").toInt();
    if (parser.isSet(QStringLiteral("bundle"))) {
        QFile file(value("bundle"));
        if (!file.open(QIODevice::ReadOnly))
            return usage(CliText::tr("cannot read %1").arg(file.fileName()));
        const CartJson::Reading reading = CartJson::read(file.readAll(), r.amount.currency());
        if (!reading.cart)
            return usage(QStringLiteral("%1: %2").arg(file.fileName(), reading.error));
        r.cart = *reading.cart;
    }
    const std::optional<int> taxSystem = Arguments::number(parser, QStringLiteral("tax-system"), 0, 5, r.taxSystem,
                                                           CliText::tr("--tax-system takes 0 to 5"), &error);
    if (!taxSystem)
        return fail(error);
    r.taxSystem = *taxSystem;
    // A manual payment is made only with the journal open (the desk's cache).
    signIn([this, r](Desk* desk) { send(desk, r); });
}

void RegisterCommand::send(Desk* desk, const RegisterRequest& request)
{
    onSuccess(desk->registerOrder(request), [this](RegisterJob* job) {
        const Registration& r = job->value();
        succeed(QJsonObject{field("orderId", r.orderId), field("formUrl", r.formUrl)},
                QStringLiteral("orderId  %1\nformUrl  %2").arg(r.orderId, r.formUrl));
    });
}

} // namespace PayDesk::Cli
