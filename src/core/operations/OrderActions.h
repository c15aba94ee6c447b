#pragma once

#include "core/model/Order.h"
#include "core/store/OrderQuery.h"

#include <QCoreApplication>

namespace PayDesk {

// Whether an operation makes sense for an order as it stands, and why not: the rule the window's
// actions, their tooltips and the CLI share. OrderOperations checks it again against a fresh status.
// A hold whose deadline passed (by Clock) cannot be captured, even while the gateway still lists it.
struct ActionAvailability
{
    bool allowed = false;
    QString whyNot;
};

class OrderActions
{
    Q_DECLARE_TR_FUNCTIONS(OrderActions)
public:
    static ActionAvailability capture(const Order& order);
    // The same rule for a row of a list (a batch capture's selection).
    static ActionAvailability captureRow(const OrderSummary& row);
    static ActionAvailability reverse(const Order& order);
    static ActionAvailability refund(const Order& order);
};

} // namespace PayDesk
