#pragma once

#include "core/store/OrderQuery.h"
#include "gui/DeadlineRange.h"

#include <QWidget>

class QChartView;

namespace PayDesk {

class Desk;

// Held amounts by the day their holds expire, over the next week, in every currency: one bar set per
// currency, each drawn to its own scale (roubles and dollars do not add up), the exact amounts on
// hover. A click on a day asks for the list of the holds expiring that day.
class HeldChart : public QWidget
{
    Q_OBJECT
public:
    static constexpr int Slots = 8; // expired, today, the next five days, and later

    explicit HeldChart(QWidget* parent = nullptr);
    void showHeld(const Desk* desk); // what DESK's holds add up to, per slot

    // What the chart shows for SLOT, one exact sum per currency; and the slot a deadline falls in.
    QList<Money> heldIn(int slot) const { return m_sums.value(slot); }
    static int slotOf(const QDateTime& deadline);
    QString slotLabel(int slot) const;
    // The exact amounts of SLOT, as the hover tooltip says them.
    QString toolTipOf(int slot) const;
    // The deadlines SLOT covers, named as the chart names the day.
    DeadlineRange rangeOf(int slot) const;

signals:
    // A day's bar was clicked: list the holds expiring then.
    void rangeClicked(const DeadlineRange& range);

private:
    void draw(const QList<Money>& currencies);

    QChartView* m_view;
    QList<QList<Money>> m_sums; // per slot, per currency
    QList<Money> m_currencies;  // what is held in each currency
};

} // namespace PayDesk
