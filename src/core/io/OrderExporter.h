#pragma once

#include "core/store/OperationJournal.h"
#include "core/store/OrderQuery.h"

#include <QString>
#include <QStringList>

namespace PayDesk {

class OrderCache;

struct ExportResult
{
    int rows = 0;
    QString error; // empty when the whole file was written and put in place
    bool succeeded() const { return error.isEmpty(); }
};

// The one CSV export of orders and of the journal, for the app and the CLI alike: machine-readable
// columns (UTC times, decimal amounts, status keys), written whole or not at all (CsvExport).
class OrderExporter
{
public:
    // The header of the orders' CSV, as the README documents it.
    static QStringList orderColumns();
    static ExportResult exportOrders(const OrderCache& store, const QString& profile, const OrderFilter& filter,
                                     const QString& path);
    static ExportResult exportJournal(const QList<JournalEntry>& entries, const QString& path);
};

} // namespace PayDesk
