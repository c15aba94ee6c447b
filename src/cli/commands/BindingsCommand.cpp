#include "cli/commands/BindingsCommand.h"

#include "cli/CliContext.h"
#include "cli/JsonField.h"
#include "core/session/Desk.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace PayDesk::Cli {

BindingsCommand::BindingsCommand()
    : Command(QStringLiteral("bindings"), QStringLiteral("The cards the gateway stores for a customer."),
              QStringLiteral("  bindings CLIENT_ID"))
{ }

void BindingsCommand::execute(const QCommandLineParser& parser)
{
    if (parser.positionalArguments().size() != 1)
        return usage(QStringLiteral("bindings CLIENT_ID"));
    const QString clientId = parser.positionalArguments().first();
    signIn([this, clientId](Desk* desk) {
        BindingListJob* job = desk->bindings(clientId);
        connect(job, &BindingListJob::finished, this, [this, job] {
            if (!job->succeeded())
                return fail(CliError::of(job->error()));
            QJsonArray all;
            QStringList lines;
            for (const Binding& b : job->value()) {
                all.append(QJsonObject{field("bindingId", b.bindingId), field("maskedPan", b.maskedPan),
                                       field("expiry", b.expiry), field("paymentSystem", b.paymentSystem)});
                lines.append(QStringLiteral("%1  %2  %3  %4").arg(b.bindingId, b.maskedPan, b.expiry, b.paymentSystem));
            }
            if (cli().out().isJson())
                cli().out().json(QJsonObject{field("bindings", all)});
            else
                cli().out().text(lines.isEmpty() ? QStringLiteral("No bindings.") : lines.join(QLatin1Char('\n')));
            finish(Ok);
        });
    });
}

} // namespace PayDesk::Cli
