#pragma once

class QHeaderView;
class QTableView;

namespace PayDesk {

// The order table's header: which columns show (its context menu), and its state kept between runs.
namespace TableHeader {
void installColumnChooser(QHeaderView* header);
} // namespace TableHeader

} // namespace PayDesk
