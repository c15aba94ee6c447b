#pragma once

class QItemSelectionModel;

namespace PayDesk {

class Desk;
class OrderListModel;

// "Select all due in 24 h": selects, in the table, every hold that has not expired and expires within
// DeadlinePolicy::DueWithinHours, loading the table's further pages as needed, so that Capture
// selected can follow. Gives how many rows it selected.
namespace DueSelection {
int select(const Desk* desk, OrderListModel* model, QItemSelectionModel* selection);
} // namespace DueSelection

} // namespace PayDesk
