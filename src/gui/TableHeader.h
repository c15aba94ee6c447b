#pragma once

class QHeaderView;
class QTableView;

namespace PayDesk {

// The order table's header: which columns show (its context menu), and its state kept between runs.
namespace TableHeader {
void installColumnChooser(QHeaderView* header);
// The order table's headers: no row numbers, movable columns, the gateway id hidden, newest first,
// and the column chooser.
void setUp(QTableView* view);
} // namespace TableHeader

} // namespace PayDesk
