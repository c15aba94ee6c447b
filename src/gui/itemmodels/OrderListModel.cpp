#include "gui/itemmodels/OrderListModel.h"
#include "core/i18n/UiLanguage.h"
#include "core/time/Clock.h"

#include "core/model/TimeLeft.h"
#include "core/session/DeadlinePolicy.h"
#include "core/session/Desk.h"
#include "core/store/OrderStore.h"
#include "gui/LanguageChange.h"
#include "gui/UrgencyColors.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <QScopedValueRollback>

namespace PayDesk {

OrderListModel::OrderListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    // Qt passes a window's LanguageChange on to its children, this model among them: headers and the
    // status words again, in the new language.
    LanguageChange::follow(this, this, [this] {
        emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1), {Qt::DisplayRole});
    });
}

void OrderListModel::setSource(const Desk* desk)
{
    m_desk = desk;
    reload();
}

void OrderListModel::setFilter(const OrderFilter& filter)
{
    m_filter = filter;
    load(PageSize);
}

void OrderListModel::reload()
{
    load(qMax(PageSize, int(m_rows.size())));
}

void OrderListModel::load(int rows)
{
    const QScopedValueRollback<bool> loading(m_fetching, true); // no page fetched into a model being reset
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    if (m_desk) {
        m_total = m_desk->count(m_filter);
        m_rows = m_desk->orders(m_filter, 0, rows);
    }
    endResetModel();
}

int OrderListModel::rowOf(const QString& orderId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).orderId == orderId)
            return row;
    }
    return -1;
}

Money OrderListModel::returned(const OrderSummary& o)
{
    if (o.status == OrderStatus::Reversed)
        return o.amount; // a reversal releases a hold nothing was captured of
    return o.refunded;
}

QString OrderListModel::timeLeft(const QDateTime& deadline, const QDateTime& now)
{
    return TimeLeft::format(deadline, now);
}

int OrderListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OrderListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const OrderSummary& o = m_rows.at(index.row());
    const QDateTime now = Clock::nowUtc();
    if (role == OrderIdRole)
        return o.orderId;
    if (role == StatusRole)
        return int(o.status);
    if (role == Qt::DisplayRole) {
        const QLocale locale = UiLanguage::locale();
        switch (Column(index.column())) {
        case Number:
            return o.orderNumber;
        case Status:
            return OrderStatusText::display(o.status);
        case Amount:
            return o.amount.toDisplayString(locale);
        case Capturable:
            return o.status == OrderStatus::Held ? o.capturable().toDisplayString(locale)
                   : o.refundable().isZero()     ? QString()
                                                 : o.refundable().toDisplayString(locale);
        case TimeLeft:
            return o.status == OrderStatus::Held ? timeLeft(o.deadline, now) : QString();
        case Card:
            return o.maskedPan;
        case PaidWith:
            return PaymentWays::display(o.paymentWay);
        case Email:
            return o.email;
        case Created:
            return locale.toString(o.created.toLocalTime(), QLocale::ShortFormat);
        case Description:
            return o.description;
        case GatewayId:
            return o.orderId;
        case Refunded:
            return returned(o).isZero() ? QString() : returned(o).toDisplayString(locale);
        case ReturnedOn:
            return o.returnedAt.isValid() ? locale.toString(o.returnedAt.toLocalTime(), QLocale::ShortFormat)
                                          : QString();
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == Refunded && o.status == OrderStatus::Reversed)
        return tr("Reversed: the hold was released, no money was taken");
    if (role == Qt::TextAlignmentRole
        && (index.column() == Amount || index.column() == Capturable || index.column() == Refunded))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    const DeadlinePolicy::Urgency urgency =
        o.status == OrderStatus::Held ? DeadlinePolicy::urgency(o.deadline, now) : DeadlinePolicy::Urgency::None;
    if (role == Qt::ForegroundRole && index.column() == TimeLeft && urgency != DeadlinePolicy::Urgency::None)
        return QBrush(UrgencyColors::of(urgency));
    if (role == Qt::FontRole && index.column() == TimeLeft
        && (urgency == DeadlinePolicy::Urgency::Due || urgency == DeadlinePolicy::Urgency::Expired)) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ToolTipRole && index.column() == TimeLeft && o.deadline.isValid())
        return tr("Capture before %1")
            .arg(UiLanguage::locale().toString(o.deadline.toLocalTime(), QLocale::LongFormat));
    return {};
}

QVariant OrderListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Number:
        return tr("Order");
    case Status:
        return tr("Status");
    case Amount:
        return tr("Amount");
    case Capturable:
        return tr("Held / refundable");
    case TimeLeft:
        return tr("Time left");
    case Card:
        return tr("Card");
    case PaidWith:
        return tr("Paid with");
    case Email:
        return tr("E-mail");
    case Created:
        return tr("Created");
    case Description:
        return tr("Description");
    case GatewayId:
        return tr("Gateway id");
    case Refunded:
        return tr("Refunded");
    case ReturnedOn:
        return tr("Refund date");
    case ColumnCount:
        break;
    }
    return {};
}

bool OrderListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_fetching && m_rows.size() < m_total;
}

void OrderListModel::fetchMore(const QModelIndex& parent)
{
    // A view (or a model tester) answering rowsAboutToBeInserted may ask for more again: one page at a time.
    if (parent.isValid() || !m_desk || m_fetching)
        return;
    const QScopedValueRollback<bool> fetching(m_fetching, true);
    const QList<OrderSummary> more = m_desk->orders(m_filter, int(m_rows.size()), PageSize);
    if (more.isEmpty()) {
        m_total = int(m_rows.size());
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows.append(more);
    endInsertRows();
}

OrderColumn OrderListModel::sortColumnOf(int column)
{
    static const OrderColumn map[ColumnCount] = {
        OrderColumn::OrderNumber, OrderColumn::Status, OrderColumn::Amount, OrderColumn::Deadline,
        OrderColumn::Deadline, OrderColumn::Card, OrderColumn::PaymentWay, OrderColumn::Email, OrderColumn::Created,
        OrderColumn::Description, OrderColumn::OrderId,
        // The date money went back is not a column of the cache: refunds sort by creation.
        OrderColumn::Refunded, OrderColumn::Created};
    return column >= 0 && column < ColumnCount ? map[column] : OrderColumn::Created;
}

void OrderListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    OrderFilter f = m_filter;
    f.sortColumn = sortColumnOf(column);
    f.sortOrder = order;
    setFilter(f);
}

} // namespace PayDesk
