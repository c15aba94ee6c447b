#include "core/session/DueHolds.h"

#include "core/session/DeadlinePolicy.h"

namespace PayDesk {

namespace {
QString totals(const HeldSelection& holds, const QLocale& locale)
{
    QStringList sums;
    for (const Money& total : holds.totals)
        sums.append(total.toDisplayString(locale));
    return sums.join(QStringLiteral(", "));
}
} // namespace

DueHolds DueHolds::read(Desk& desk, const QDateTime& now)
{
    OrderFilter filter = Desk::filterOf(DeskView::NeedsCapture);
    filter.dueWithinHours = DeadlinePolicy::DueWithinHours;
    DueHolds holds;
    holds.due.error = desk.forEachOrder(filter, [&holds, &now](const Order& o) {
        const qint64 left = now.secsTo(o.deadline);
        if (left <= 0)
            return; // expired: too late to remind of
        holds.due.add(o);
        if (left <= qint64(DeadlinePolicy::UrgentWithinHours) * 3600)
            holds.urgent.add(o);
    });
    return holds;
}

QString DueHolds::title(const QString& profileName) const
{
    return urgent.orderIds.isEmpty() ? tr("PayDesk %1: holds to capture today").arg(profileName)
                                     : tr("PayDesk %1: holds expire within 2 hours").arg(profileName);
}

QString DueHolds::body(const QLocale& locale) const
{
    QString text = tr("%n held payment(s) must be captured within 24 hours: %1.", nullptr, int(due.orderIds.size()))
                       .arg(totals(due, locale));
    if (!urgent.orderIds.isEmpty())
        text += QLatin1Char(' ')
                + tr("%n of them expire(s) within 2 hours: %1.", nullptr, int(urgent.orderIds.size()))
                      .arg(totals(urgent, locale));
    return text;
}

} // namespace PayDesk
