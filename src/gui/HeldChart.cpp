#include "gui/HeldChart.h"

#include "core/i18n/UiLanguage.h"
#include "core/money/MoneyTotals.h"
#include "core/session/Desk.h"
#include "core/time/Clock.h"
#include "gui/LanguageChange.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QLocale>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

namespace PayDesk {

namespace {
const QColor SetColors[] = {QColor(0x2a, 0x9d, 0x80), QColor(0x3d, 0x7e, 0xd8), QColor(0xe0, 0x8e, 0x2b),
                            QColor(0x9b, 0x59, 0xb6), QColor(0x7f, 0x8c, 0x8d)};
} // namespace

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
    LanguageChange::follow(this, this, [this] {
        m_view->setAccessibleName(tr("Held amounts by deadline day"));
        draw(m_currencies); // the title, the days and the legend in the new language
    });
}

int HeldChart::slotOf(const QDateTime& deadline)
{
    if (deadline.isValid() && deadline < Clock::nowUtc())
        return 0;
    const qint64 day = Clock::today().daysTo(deadline.toLocalTime().date());
    return int(qBound(qint64(0), day, qint64(Slots - 2))) + 1;
}

DeadlineRange HeldChart::rangeOf(int slot) const
{
    const QDateTime now = Clock::nowUtc();
    const QString label = tr("deadline: %1").arg(slotLabel(slot));
    if (slot <= 0)
        return {QDateTime(), now, label};
    const QDate day = Clock::today().addDays(slot - 1);
    const QDateTime from = qMax(day.startOfDay().toUTC(), now);
    return {from, slot == Slots - 1 ? QDateTime() : day.addDays(1).startOfDay().toUTC(), label};
}

QString HeldChart::slotLabel(int slot) const
{
    if (slot == 0)
        return tr("expired");
    if (slot == 1)
        return tr("today");
    const QString day = UiLanguage::locale().toString(Clock::today().addDays(slot - 1), QStringLiteral("ddd d"));
    return slot == Slots - 1 ? tr("%1+", "a day and the days after it").arg(day) : day;
}

QString HeldChart::toolTipOf(int slot) const
{
    MoneyTotals sums;
    for (const Money& m : m_sums.value(slot))
        sums.add(m);
    const QString amounts = sums.isEmpty() ? tr("nothing held") : sums.toDisplayString(UiLanguage::locale());
    return tr("%1: %2 — click to list these holds").arg(slotLabel(slot), amounts);
}

// Each slot summed by the cache from its held-only index, one deadline range per slot: a big cache holds tens
// of thousands of holds, and reading each into the window (its deadline in local time) took a quarter second.
void HeldChart::showHeld(const Desk* desk)
{
    MoneyTotals totals; // the currencies, and what is held in each
    m_sums.clear();
    for (int slot = 0; slot < Slots; ++slot) {
        OrderFilter f = Desk::filterOf(DeskView::NeedsCapture);
        f.holds = slot == 0 ? HoldDeadline::Expired : HoldDeadline::Open;
        const DeadlineRange range = rangeOf(slot);
        if (slot > 1) // today's slot also holds the holds without a known deadline
            f.deadlineFrom = range.from;
        if (slot > 0)
            f.deadlineTo = range.to;
        const QList<Money> sums = desk->totals(f, TotalOf::Held);
        for (const Money& m : sums)
            totals.add(m);
        m_sums.append(sums);
    }
    m_currencies = totals.list();
    draw(m_currencies);
}

void HeldChart::draw(const QList<Money>& currencies)
{
    auto* series = new QBarSeries;
    for (const Money& total : currencies) {
        // Each currency to its own scale: its largest day is 100.
        QList<qint64> minor(Slots, 0);
        for (int slot = 0; slot < Slots; ++slot) {
            for (const Money& m : m_sums.at(slot))
                minor[slot] += m.currency() == total.currency() ? m.minor() : 0;
        }
        const qint64 peak = qMax(qint64(1), *std::max_element(minor.cbegin(), minor.cend()));
        auto* set = new QBarSet(
            QStringLiteral("%1 %2").arg(total.currency().code(), total.toDisplayString(UiLanguage::locale())));
        for (qint64 m : std::as_const(minor))
            *set << (m > 0 ? qMax(2.0, 100.0 * qreal(m) / qreal(peak)) : 0.0); // a small hold stays visible
        connect(set, &QBarSet::hovered, this, [this](bool on, int slot) {
            if (on)
                QToolTip::showText(QCursor::pos(), toolTipOf(slot), this);
            else
                QToolTip::hideText();
        });
        connect(set, &QBarSet::clicked, this, [this](int slot) { emit rangeClicked(rangeOf(slot)); });
        series->append(set);
    }
    auto* chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(tr("Held by the day the hold expires (each currency to its own scale)"));
    chart->legend()->setVisible(!currencies.isEmpty());
    chart->legend()->setAlignment(Qt::AlignTop);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->setTheme(palette().window().color().lightness() < 128 ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    for (int i = 0; i < series->count(); ++i) // after the theme, which sets colours of its own
        series->barSets().at(i)->setColor(SetColors[i % std::size(SetColors)]);
    QStringList categories;
    for (int slot = 0; slot < Slots; ++slot)
        categories << slotLabel(slot);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    QFont small = x->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85); // eight days fit a narrow window
    x->setLabelsFont(small);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = new QValueAxis;
    y->setRange(0, 105);
    y->setVisible(false); // the scales differ per currency: the amounts are in the legend and on hover
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    QChart* old = m_view->chart();
    m_view->setChart(chart);
    delete old;
}

} // namespace PayDesk
