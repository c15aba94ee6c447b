#include "gui/ExportCommands.h"

#include "core/session/Desk.h"
#include "gui/Prompts.h"

#include <QDir>
#include <QStatusBar>

namespace PayDesk {

void ExportCommands::exportOrders(QWidget* parent, QStatusBar* status, Desk* desk, const OrderFilter& filter)
{
    const QString path =
        Prompts::saveFileName(parent, tr("Export orders"), QStringLiteral("orders.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const ExportResult result = desk->exportOrders(filter, path);
    if (!result.succeeded())
        Prompts::warning(parent, tr("Export orders"), result.error);
    else
        status->showMessage(
            tr("Exported %n order(s) to %1.", nullptr, result.rows).arg(QDir::toNativeSeparators(path)));
}

void ExportCommands::exportJournal(QWidget* parent, QStatusBar* status, Desk* desk, const JournalFilter& period)
{
    const QString path = Prompts::saveFileName(parent, tr("Export the operation journal"),
                                               QStringLiteral("journal.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const ExportResult result = desk->exportJournal(period, path);
    if (!result.succeeded())
        Prompts::warning(parent, tr("Export the operation journal"), result.error);
    else
        status->showMessage(
            tr("Exported %n journal line(s) to %1.", nullptr, result.rows).arg(QDir::toNativeSeparators(path)));
}

} // namespace PayDesk
