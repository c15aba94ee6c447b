#include "cli/commands/ReceiptCommand.h"

#include "cli/JsonField.h"
#include "core/session/Desk.h"

namespace PayDesk::Cli {

namespace {
QJsonObject receiptJson(const Receipt& r)
{
    return QJsonObject{field("uuid", r.uuid), field("status", r.status), field("statusText", r.statusText),
                       field("amount", r.amount), field("fiscalDocumentNumber", r.fiscalNumber)};
}

QString receiptLine(const Receipt& r)
{
    return QStringLiteral("%1  %2 (%3)  %4  FD %5")
        .arg(r.uuid)
        .arg(r.status)
        .arg(r.statusText, r.amount, r.fiscalNumber);
}
} // namespace

ReceiptCommand::ReceiptCommand()
    : Command(QStringLiteral("receipt"), QStringLiteral("The order's fiscal receipts, as the gateway reports them."),
              QStringLiteral("  receipt ORDER_ID"))
{ }

void ReceiptCommand::execute(const QCommandLineParser& parser)
{
    printGatewayList(parser, &Desk::receipts, {"receipts", receiptJson, receiptLine, "No receipts."});
}

} // namespace PayDesk::Cli
