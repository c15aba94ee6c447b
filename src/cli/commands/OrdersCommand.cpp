#include "cli/commands/OrdersCommand.h"
#include "cli/CliText.h"

#include "cli/Arguments.h"
#include "cli/CliContext.h"
#include "cli/CommandOption.h"
#include "cli/OrderFilterOptions.h"
#include "cli/OrderJson.h"
#include "cli/TextTable.h"
#include "core/session/Desk.h"
#include "core/time/Clock.h"

#include <QCommandLineParser>
#include <QJsonArray>

namespace PayDesk::Cli {

namespace {
const int AmountColumn = 2;

TextTable orderTable()
{
    return TextTable({CliText::tr("ORDER"), CliText::tr("STATUS"), CliText::tr("AMOUNT"), CliText::tr("CREATED"),
                      CliText::tr("TIME LEFT"), CliText::tr("CARD"), CliText::tr("ORDER ID"), CliText::tr("E-MAIL")},
                     {AmountColumn});
}

QStringList orderCells(const Order& o, const QDateTime& now)
{
    QString due;
    if (o.status == OrderStatus::Held && o.deadline.isValid())
        due = timeLeft(o.deadline, now);
    return {o.orderNumber,
            OrderStatusText::key(o.status),
            amountText(o.amount),
            o.created.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
            due,
            o.card.maskedPan,
            o.orderId,
            o.email};
}
} // namespace

OrdersCommand::OrdersCommand()
    : Command(QStringLiteral("orders"), CliText::tr("Orders from the local cache, instantly and offline too."),
              CliText::tr("  orders [FILTERS] [--limit N]               (from the local cache; default limit 100)"))
{
    addOptions(OrderFilterOptions::options());
    addOption(option("limit", CliText::tr("At most N orders (default 100)."), "N"));
}

void OrdersCommand::execute(const QCommandLineParser& parser)
{
    Desk* desk = openDeskWithoutArguments(parser);
    if (!desk)
        return;
    const std::optional<OrderFilter> filter = orderFilter(parser);
    if (!filter)
        return;
    CliError error;
    const std::optional<int> limit = Arguments::number(parser, QStringLiteral("limit"), 1, INT_MAX, 100,
                                                       CliText::tr("--limit takes a positive number"), &error);
    if (!limit)
        return fail(error);
    const Output& out = cli().out();
    QJsonArray json;
    TextTable table = orderTable();
    const QDateTime now = Clock::nowUtc();
    const StoreError read = desk->forEachOrder(
        *filter,
        [&](const Order& o) {
            if (out.isJson())
                json.append(orderJson(o));
            else
                table.addRow(orderCells(o, now));
        },
        *limit);
    if (read.isError())
        return fail(CliError::of(read));
    if (out.isJson())
        out.json(json);
    else if (!table.isEmpty())
        out.text(table.toString());
    else
        out.note(desk->hasSynced()
                     ? CliText::tr("No orders match.")
                     : CliText::tr("No orders match. The cache is empty until you run: paydesk-cli sync"));
    finish(Ok);
}

} // namespace PayDesk::Cli
