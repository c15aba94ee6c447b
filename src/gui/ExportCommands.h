#pragma once

#include "core/store/OperationJournal.h"
#include "core/store/OrderQuery.h"

#include <QCoreApplication>

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
};

} // namespace PayDesk
