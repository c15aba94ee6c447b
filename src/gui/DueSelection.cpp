#include "gui/DueSelection.h"

#include "core/session/DeadlinePolicy.h"
#include "core/session/Desk.h"
#include "core/time/Clock.h"
#include "gui/itemmodels/OrderListModel.h"

#include <QItemSelectionModel>
#include <QSet>

namespace PayDesk::DueSelection {

int select(const Desk* desk, OrderListModel* model, QItemSelectionModel* selection)
{
    const HeldSelection due = desk->heldOrders(DeadlinePolicy::DueWithinHours);
    QSet<QString> wanted(due.orderIds.cbegin(), due.orderIds.cend());
    const QDateTime now = Clock::nowUtc();
    QItemSelection rows;
    int found = 0;
    for (int row = 0; !wanted.isEmpty(); ++row) {
        if (row >= model->rowCount() && model->canFetchMore({}))
            model->fetchMore({});
        if (row >= model->rowCount())
            break;
        const OrderSummary& o = model->summaryAt(row);
        if (!wanted.remove(o.orderId) || o.deadline < now)
            continue; // not due, or already expired: nothing left to capture
        rows.select(model->index(row, 0), model->index(row, OrderListModel::ColumnCount - 1));
        ++found;
    }
    selection->select(rows, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return found;
}

} // namespace PayDesk::DueSelection
