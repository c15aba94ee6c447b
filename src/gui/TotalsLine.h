#pragma once

#include "core/store/OrderQuery.h"

#include <QWidget>

class QItemSelectionModel;
class QLabel;
class QPushButton;

namespace PayDesk {

class Desk;
class OrderListModel;
enum class DeskView;

// The line under the table: what the view's orders add up to per currency, and what the selected
// ones do ("Held: 1 234 567,89 ₽ · 4 243,00 $ — selected 3: 12 000,00 ₽"); in Needs capture, a
// button that selects every hold due within 24 hours.
class TotalsLine : public QWidget
{
    Q_OBJECT
public:
    explicit TotalsLine(QWidget* parent = nullptr);

    // Follows the table's selection of MODEL's rows.
    void follow(QItemSelectionModel* selection, const OrderListModel* model);
    static constexpr int MaxSummedRows = 100000;

    // The sums of the ROWS orders FILTER selects in VIEW, from the cache: held, refunded or ordered amounts.
    void showView(const Desk* desk, DeskView view, const OrderFilter& filter, int rows);
    void setSelectDueVisible(bool visible);
    QString text() const;
    // What a row adds to its view's total.
    static Money valueOf(const OrderSummary& order, TotalOf what);

signals:
    void selectDueRequested();

private:
    void showTotals();
    void retranslate();

    QItemSelectionModel* m_selection = nullptr;
    const OrderListModel* m_model = nullptr;
    TotalOf m_what = TotalOf::Amount;
    QList<Money> m_view;
    int m_tooMany = 0; // the view's rows, when there are too many to sum
    QLabel* m_label;
    QPushButton* m_selectDue;
};

} // namespace PayDesk
