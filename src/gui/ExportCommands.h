#pragma once

#include "core/io/OrderExporter.h"
#include "core/store/OperationJournal.h"
#include "core/store/OrderQuery.h"

#include <QCoreApplication>

#include <functional>

class QStatusBar;
class QWidget;

namespace PayDesk {

class Desk;

// File > Export: asks where (Prompts), writes through the Desk, and says how it went.
class ExportCommands
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommands)
public:
    static void exportOrders(QWidget* parent, QStatusBar* status, Desk* desk, const OrderFilter& filter);
    static void exportJournal(QWidget* parent, QStatusBar* status, Desk* desk, const JournalFilter& period);

private:
    struct Where
    {
        QWidget* parent;
        QStatusBar* status;
        QString title;
        QString fileName; // proposed
    };
    // Asks for the file, writes it, and says how it went: DONE's text (with %1 for the file) or a warning.
    static void run(const Where& where, const std::function<ExportResult(const QString&)>& write,
                    const std::function<QString(int rows)>& done);
};

} // namespace PayDesk
