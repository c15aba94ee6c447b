#pragma once

#include "core/model/Order.h"
#include "core/store/OrderQuery.h"

#include <QCoreApplication>

#include <optional>

class QAction;

namespace PayDesk {

// Which of the window's order actions can be used now; a disabled one says why in its tooltip.
// The rule itself is core's (OrderActions); this only presents it.
class ActionStates
{
    Q_DECLARE_TR_FUNCTIONS(ActionStates)
public:
    struct Actions
    {
        QAction* capture;
        QAction* reverse;
        QAction* refund;
        QAction* refresh;
        QAction* copyId;
        QAction* copyNumber;
        QAction* batchCapture;
    };

    // CURRENT: the one order selected, if one is; SELECTED: every selected row.
    static void update(const Actions& actions, const std::optional<Order>& current,
                       const QList<OrderSummary>& selected);

private:
    static void set(QAction* action, bool enabled, const QString& why);
};

} // namespace PayDesk
