#include "cli/commands/ReceiptCommand.h"

#include "cli/CliContext.h"
#include "cli/JsonField.h"
#include "core/session/Desk.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace PayDesk::Cli {

ReceiptCommand::ReceiptCommand()
    : Command(QStringLiteral("receipt"), QStringLiteral("The order's fiscal receipts, as the gateway reports them."),
              QStringLiteral("  receipt ORDER_ID"))
{ }

void ReceiptCommand::execute(const QCommandLineParser& parser)
{
    if (parser.positionalArguments().size() != 1)
        return usage(QStringLiteral("receipt ORDER_ID"));
    const QString orderId = parser.positionalArguments().first();
    signIn([this, orderId](Desk* desk) {
        ReceiptListJob* job = desk->receipts(orderId);
        connect(job, &ReceiptListJob::finished, this, [this, job] {
            if (!job->succeeded())
                return fail(CliError::of(job->error()));
            QJsonArray all;
            QStringList lines;
            for (const Receipt& r : job->value()) {
                all.append(QJsonObject{field("uuid", r.uuid), field("status", r.status),
                                       field("statusText", r.statusText), field("amount", r.amount),
                                       field("fiscalDocumentNumber", r.fiscalNumber)});
                lines.append(QStringLiteral("%1  %2 (%3)  %4  FD %5")
                                 .arg(r.uuid)
                                 .arg(r.status)
                                 .arg(r.statusText, r.amount, r.fiscalNumber));
            }
            if (cli().out().isJson())
                cli().out().json(QJsonObject{field("receipts", all)});
            else
                cli().out().text(lines.isEmpty() ? QStringLiteral("No receipts.") : lines.join(QLatin1Char('\n')));
            finish(Ok);
        });
    });
}

} // namespace PayDesk::Cli
