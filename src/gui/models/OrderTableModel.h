#pragma once

#include "model/Order.h"

#include <QAbstractTableModel>

namespace PayDesk {

// Orders as table rows. Sorting uses the raw values (RawRole), display uses the user's locale.
class OrderTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Number, Status, Amount, Captured, Card, Email, Created, Deadline, Description, GatewayId, ColumnCount };
    enum Role { RawRole = Qt::UserRole + 1, SearchRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setOrders(QList<Order> orders);
    const Order &orderAt(int row) const { return m_orders.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Order> m_orders;
};

} // namespace PayDesk
