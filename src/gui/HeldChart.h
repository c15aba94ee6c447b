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

private:
    QChartView* m_view;
};

} // namespace PayDesk
