#include "cli/commands/BindingsCommand.h"

#include "cli/JsonField.h"
#include "core/session/Desk.h"

namespace PayDesk::Cli {

namespace {
QJsonObject bindingJson(const Binding& b)
{
    return QJsonObject{field("bindingId", b.bindingId), field("maskedPan", b.maskedPan), field("expiry", b.expiry),
                       field("paymentSystem", b.paymentSystem)};
}

QString bindingLine(const Binding& b)
{
    return QStringLiteral("%1  %2  %3  %4").arg(b.bindingId, b.maskedPan, b.expiry, b.paymentSystem);
}
} // namespace

BindingsCommand::BindingsCommand()
    : Command(QStringLiteral("bindings"), QStringLiteral("The cards the gateway stores for a customer."),
              QStringLiteral("  bindings CLIENT_ID"))
{ }

void BindingsCommand::execute(const QCommandLineParser& parser)
{
    printGatewayList(parser, &Desk::bindings, {"bindings", bindingJson, bindingLine, "No bindings."});
}

} // namespace PayDesk::Cli
