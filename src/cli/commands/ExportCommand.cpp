#include "cli/commands/ExportCommand.h"
#include "cli/CliText.h"

#include "cli/CliContext.h"
#include "cli/CommandOption.h"
#include "cli/JsonField.h"
#include "cli/OrderFilterOptions.h"
#include "core/session/Desk.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace PayDesk::Cli {

ExportCommand::ExportCommand()
    : Command(QStringLiteral("export"),
              CliText::tr("Orders from the cache as CSV (RFC 4180, UTF-8), written whole or not at all; text cells "
                          "that begin like a formula get a leading '."),
              CliText::tr("  export --csv FILE [FILTERS]       (text cells that begin like a formula get a leading "
                          "')"))
{
    addOption(option("csv", CliText::tr("The file to write."), "FILE"));
    addOptions(OrderFilterOptions::options());
}

void ExportCommand::execute(const QCommandLineParser& parser)
{
    Desk* desk = openDeskWithoutArguments(parser);
    if (!desk)
        return;
    const QString path = parser.value(QStringLiteral("csv"));
    if (path.isEmpty())
        return usage(QStringLiteral("export --csv FILE [filters]"));
    const std::optional<OrderFilter> filter = orderFilter(parser);
    if (!filter)
        return;
    const ExportResult exported = desk->exportOrders(*filter, path);
    if (!exported.succeeded())
        return fail(CliError::failed(QStringLiteral("export"), exported.error));
    succeed(QJsonObject{field("file", path), field("orders", exported.rows)},
            CliText::tr("Exported %1 orders to %2.").arg(exported.rows).arg(path));
}

} // namespace PayDesk::Cli
