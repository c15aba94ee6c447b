#include "cli/commands/CallbackVerifyCommand.h"
#include "cli/CliText.h"

#include "cli/CliContext.h"
#include "cli/CommandOption.h"
#include "cli/JsonField.h"
#include "core/callback/CallbackInspector.h"
#include "core/session/Workplace.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonObject>

namespace PayDesk::Cli {

namespace {
const char* const AgreementKeys[] = {"not_asked", "agrees", "moved_on", "disagrees", "failed"};

QJsonValue orNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}
} // namespace

CallbackVerifyCommand::CallbackVerifyCommand()
    : Command(QStringLiteral("callback verify"),
              CliText::tr("Whether a callback the shop received is genuine, what it says happened to which order, "
                          "and whether the gateway agrees now. Exit 0 genuine, 1 wrong or no checksum, 2 "
                          "unreadable or nothing to check it with."),
              QStringLiteral("  callback verify 'QUERY-OR-URL' [--certificate FILE] [--offline]"))
{
    addOption(option("certificate",
                     CliText::tr("The gateway's certificate or RSA public key (PEM or DER): SHA512withRSA "
                                 "instead of the profile's callback key."),
                     "FILE"));
    addOption(flag("offline", CliText::tr("Do not ask the gateway for the order's status now.")));
}

void CallbackVerifyCommand::execute(const QCommandLineParser& parser)
{
    const std::optional<QString> text = onlyArgument(parser, QStringLiteral("callback verify 'QUERY-OR-URL'"));
    if (!text)
        return;
    const bool offline = parser.isSet(QStringLiteral("offline"));
    if (parser.isSet(QStringLiteral("certificate"))) {
        QFile file(parser.value(QStringLiteral("certificate")));
        QString why = file.errorString();
        std::optional<RsaPublicKey> rsa;
        if (file.open(QIODevice::ReadOnly))
            rsa = RsaPublicKey::fromData(file.readAll(), &why);
        if (!rsa)
            return usage(QStringLiteral("%1: %2").arg(file.fileName(), why));
        return check(*text, {{}, rsa}, offline);
    }
    Profile profile;
    if (const ProfileError chosen = cli().workplace().choose(cli().settings().profileName, &profile); chosen.isError())
        return fail(CliError::of(chosen));
    cli().workplace().callbackKey(profile.id, this,
                                  [this, text = *text, offline](const QString& key, const WorkplaceError& e) {
                                      if (e.isError())
                                          return fail(CliError::of(e));
                                      check(text, {key, std::nullopt}, offline);
                                  });
}

void CallbackVerifyCommand::check(const QString& text, const CallbackKey& key, bool offline)
{
    const CallbackReport read = CallbackInspector::read(text, key);
    if (!read.readable())
        return usage(read.verdictText());
    if (read.verdict == CallbackVerdict::NoKey)
        return usage(read.verdictText()
                     + CliText::tr(" Set one with `paydesk-cli profile callback-key PROFILE`, or give --certificate."));
    if (offline || !read.impliedStatus())
        return show(read);
    signIn([this, text, key](Desk* desk) {
        CallbackInspector::inspect(desk, text, key, this, [this](const CallbackReport& report) { show(report); });
    });
}

void CallbackVerifyCommand::show(const CallbackReport& report)
{
    const CallbackMessage& m = *report.message;
    if (cli().out().isJson()) {
        cli().out().json(QJsonObject{
            field("genuine", report.genuine()), field("orderId", orNull(m.orderId())),
            field("orderNumber", orNull(m.orderNumber())), field("operation", orNull(m.operationName())),
            field("status", report.now ? QJsonValue(OrderStatusText::key(report.now->status)) : QJsonValue()),
            field("succeeded", m.succeeded()), field("signed", m.isSigned()),
            field("agreement", QString::fromLatin1(AgreementKeys[int(report.agreement)]))});
    } else {
        QStringList lines{report.verdictText(), report.eventText()};
        if (const QString agreement = report.agreementText(); !agreement.isEmpty())
            lines.append(agreement);
        cli().out().text(lines.join(QLatin1Char('\n')));
    }
    finish(report.genuine() ? Ok : Refused);
}

} // namespace PayDesk::Cli
