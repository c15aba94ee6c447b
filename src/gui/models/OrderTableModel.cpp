#include "models/OrderTableModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace PayDesk {

void OrderTableModel::setOrders(QList<Order> orders)
{
    beginResetModel();
    m_orders = std::move(orders);
    endResetModel();
}

int OrderTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_orders.size());
}

int OrderTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_orders.size())
        return {};
    const Order &o = m_orders.at(index.row());
    const QLocale locale;
    if (role == SearchRole) {
        return QStringList{o.orderNumber, o.orderId, o.card.lastFour(), o.email, o.description}.join(QLatin1Char('\n'));
    }
    if (role == RawRole) {
        switch (index.column()) {
        case Number: return o.orderNumber;
        case Status: return int(o.status);
        case Amount: return o.amount.minor();
        case Captured: return o.captured.minor();
        case Card: return o.card.lastFour();
        case Email: return o.email;
        case Created: return o.created;
        case Deadline: return o.deadline;
        case Description: return o.description;
        case GatewayId: return o.orderId;
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Number: return o.orderNumber;
        case Status: return OrderStatusText::display(o.status);
        case Amount: return o.amount.toDisplayString(locale);
        case Captured: return o.captured.isZero() ? QString() : o.captured.toDisplayString(locale);
        case Card: return o.card.maskedPan;
        case Email: return o.email;
        case Created: return locale.toString(o.created.toLocalTime(), QLocale::ShortFormat);
        case Deadline: return o.deadline.isValid() ? locale.toString(o.deadline.toLocalTime(), QLocale::ShortFormat) : QString();
        case Description: return o.description;
        case GatewayId: return o.orderId;
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Amount || index.column() == Captured))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Status) {
        switch (o.status) {
        case OrderStatus::Held: return QBrush(QColor(0xb2, 0x6b, 0x00));
        case OrderStatus::Captured: return QBrush(QColor(0x1b, 0x7f, 0x3b));
        case OrderStatus::Declined: return QBrush(QColor(0xb0, 0x1c, 0x1c));
        default: return {};
        }
    }
    return {};
}

QVariant OrderTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number: return tr("Order no.");
    case Status: return tr("Status");
    case Amount: return tr("Amount");
    case Captured: return tr("Captured");
    case Card: return tr("Card");
    case Email: return tr("E-mail");
    case Created: return tr("Created");
    case Deadline: return tr("Hold deadline");
    case Description: return tr("Description");
    case GatewayId: return tr("Gateway id");
    }
    return {};
}

} // namespace PayDesk
