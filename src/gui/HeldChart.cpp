#include "gui/HeldChart.h"
#include "core/time/Clock.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHash>
#include <QLocale>
#include <QVBoxLayout>
#include <QValueAxis>

namespace PayDesk {

HeldChart::HeldChart(QWidget* parent)
    : QWidget(parent)
    , m_view(new QChartView(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(150);
    m_view->setMaximumHeight(190);
    m_view->setAccessibleName(tr("Held amounts by deadline day"));
}

void HeldChart::setHeld(const QList<HeldAmount>& held)
{
    const QDate today = Clock::today();
    const int days = 8; // expired + today + 6 days
    // One currency per chart (bars of roubles and euros do not add up): the one most is held in.
    QHash<QString, qint64> totals;
    for (const HeldAmount& o : held)
        totals[o.capturable.currency().code()] += o.capturable.minor();
    QString code;
    for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
        if (code.isEmpty() || it.value() > totals.value(code))
            code = it.key();
    }
    const Currency chartCurrency = code.isEmpty() ? Currency::rub() : Currency::fromCode(code);
    QList<qint64> sums(days, 0); // minor units, exact; converted only to draw the bars
    for (const HeldAmount& o : held) {
        if (o.capturable.currency() != chartCurrency)
            continue;
        const qint64 day = today.daysTo(o.deadline.toLocalTime().date());
        const int slot = o.deadline.isValid() && o.deadline < Clock::nowUtc()
                             ? 0
                             : int(qBound(qint64(0), day, qint64(days - 2))) + 1;
        sums[slot] += o.capturable.minor();
    }
    m_bars = sums;
    const QString currency = chartCurrency.code();
    const int exponent = chartCurrency.exponent();
    auto* set = new QBarSet(tr("Held, %1").arg(currency));
    QStringList categories{tr("expired")};
    qreal top = 0;
    qint64 scale = 1;
    for (int i = 0; i < exponent; ++i)
        scale *= 10;
    const QLocale locale;
    for (int i = 0; i < days; ++i) {
        const qreal major = qreal(sums[i]) / qreal(scale);
        *set << major;
        top = qMax(top, major);
        if (i > 0)
            categories << (i == 1 ? tr("today") : locale.toString(today.addDays(i - 1), QStringLiteral("ddd d")));
    }
    auto* series = new QBarSeries;
    series->append(set);
    auto* chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(tr("Held amounts (%1) by the day the hold expires").arg(currency));
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->setTheme(palette().window().color().lightness() < 128 ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    set->setColor(QColor(0x2a, 0x9d, 0x80));
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = new QValueAxis;
    y->setRange(0, top > 0 ? top * 1.05 : 1);
    y->applyNiceNumbers(); // round ticks (0, 100000, 200000…), not fractions of the tallest bar
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    QChart* old = m_view->chart();
    m_view->setChart(chart);
    delete old;
}

} // namespace PayDesk
