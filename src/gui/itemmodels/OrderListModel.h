#pragma once

#include "core/store/OrderQuery.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace PayDesk {

class Desk;

// The orders of one view, straight from the cache, fetched 200 rows at a time as the table
// scrolls: a million orders cost what is on screen. Sorting and filtering are queries.
class OrderListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Number,
        Status,
        Amount,
        Capturable,
        TimeLeft,
        Card,
        PaidWith, // Mir Pay, stored card, ...
        Email,
        Created,
        Description,
        GatewayId,
        Refunded,   // what went back: refunded, or the hold a reversal released
        ReturnedOn, // when it went back
        ColumnCount
    };
    enum Role { OrderIdRole = Qt::UserRole + 1, StatusRole };
    static constexpr int PageSize = 200;

    explicit OrderListModel(QObject* parent = nullptr);

    void setSource(const Desk* desk);
    void setFilter(const OrderFilter& filter);
    const OrderFilter& filter() const { return m_filter; }
    // Reads the rows again (after a sync or an operation), keeping as many loaded as before.
    void reload();
    int totalCount() const { return m_total; }
    const OrderSummary& summaryAt(int row) const { return m_rows.at(row); }
    int rowOf(const QString& orderId) const;

    // What went back to the customer: the refunded amount, or the hold a reversal released.
    static Money returned(const OrderSummary& order);
    static QString timeLeft(const QDateTime& deadline, const QDateTime& now);
    static OrderColumn sortColumnOf(int column);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order) override;

private:
    // The first ROWS rows of the filter, and how many it selects in all.
    void load(int rows);
    const Desk* m_desk = nullptr;
    OrderFilter m_filter;
    QList<OrderSummary> m_rows;
    int m_total = 0;
    bool m_fetching = false; // rows are being loaded: the model is in no state to fetch more
};

} // namespace PayDesk
