#include "gui/TableHeader.h"

#include "gui/itemmodels/OrderListModel.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QMenu>
#include <QTableView>

namespace PayDesk::TableHeader {

void installColumnChooser(QHeaderView* header)
{
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(header, &QHeaderView::customContextMenuRequested, header, [header](const QPoint& pos) {
        QMenu menu;
        const QAbstractItemModel* model = header->model();
        for (int c = 0; model && c < model->columnCount(); ++c) {
            QAction* a = menu.addAction(model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
            a->setCheckable(true);
            a->setChecked(!header->isSectionHidden(c));
            QObject::connect(a, &QAction::toggled, header, [header, c](bool on) { header->setSectionHidden(c, !on); });
        }
        menu.exec(header->mapToGlobal(pos));
    });
}

void setUp(QTableView* view)
{
    QHeaderView* columns = view->horizontalHeader();
    view->verticalHeader()->hide();
    columns->setStretchLastSection(true);
    columns->setSectionsMovable(true);
    view->setColumnHidden(OrderListModel::GatewayId, true);
    columns->setSortIndicator(OrderListModel::Created, Qt::DescendingOrder);
    installColumnChooser(columns);
}

} // namespace PayDesk::TableHeader
