#pragma once

#include "core/model/Order.h"
#include "core/model/RegisterRequest.h"
#include "core/store/OperationJournal.h"

namespace PayDesk {

// The details pane's content for one order: a status badge, the amounts, card, customer, the
// gateway's answer, the cart, merchant parameters, and the timeline from the journal.
class OrderDetailsHtml
{
    Q_DECLARE_TR_FUNCTIONS(OrderDetailsHtml)
public:
    static QString render(const Order& order, const QList<JournalEntry>& journal, const QDateTime& now,
                          const QList<Receipt>& receipts = {});
    static QString badgeColor(OrderStatus status);
};

} // namespace PayDesk
