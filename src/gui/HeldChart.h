#pragma once

#include "core/store/OrderQuery.h"

#include <QWidget>

class QChartView;

namespace PayDesk {

// Held amounts by the day their holds expire, over the next week: where the money at risk is.
class HeldChart : public QWidget
{
    Q_OBJECT
public:
    explicit HeldChart(QWidget* parent = nullptr);
    void setHeld(const QList<HeldAmount>& held);
    // The bars as drawn, in minor units: expired, today, then the next six days.
    QList<qint64> bars() const { return m_bars; }

private:
    QChartView* m_view;
    QList<qint64> m_bars;
};

} // namespace PayDesk
