#include "gui/ExportCommands.h"

#include "core/session/Desk.h"
#include "gui/Prompts.h"

#include <QDir>
#include <QStatusBar>

namespace PayDesk {

void ExportCommands::exportOrders(QWidget* parent, QStatusBar* status, Desk* desk, const OrderFilter& filter)
{
    run(
        {parent, status, tr("Export orders"), QStringLiteral("orders.csv")},
        [desk, &filter](const QString& path) { return desk->exportOrders(filter, path); },
        [](int rows) { return tr("Exported %n order(s) to %1.", nullptr, rows); });
}

void ExportCommands::exportJournal(QWidget* parent, QStatusBar* status, Desk* desk, const JournalFilter& period)
{
    run(
        {parent, status, tr("Export the operation journal"), QStringLiteral("journal.csv")},
        [desk, &period](const QString& path) { return desk->exportJournal(period, path); },
        [](int rows) { return tr("Exported %n journal line(s) to %1.", nullptr, rows); });
}

void ExportCommands::run(const Where& where, const std::function<ExportResult(const QString&)>& write,
                         const std::function<QString(int rows)>& done)
{
    const QString path = Prompts::saveFileName(where.parent, where.title, where.fileName, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const ExportResult result = write(path);
    if (result.succeeded())
        where.status->showMessage(done(result.rows).arg(QDir::toNativeSeparators(path)));
    else
        Prompts::warning(where.parent, where.title, result.error);
}

} // namespace PayDesk
