#include "core/money/MoneyTotals.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>

namespace PayDesk {

void MoneyTotals::add(const Money& amount)
{
    auto total = std::find_if(m_totals.begin(), m_totals.end(),
                              [&amount](const Money& m) { return m.currency() == amount.currency(); });
    if (total == m_totals.end())
        m_totals.append(amount);
    else
        *total = Money(total->minor() + amount.minor(), total->currency());
}

QString MoneyTotals::toDisplayString(const QLocale& locale) const
{
    QStringList parts;
    for (const Money& m : m_totals)
        parts.append(m.toDisplayString(locale));
    return parts.join(QStringLiteral(" · "));
}

} // namespace PayDesk
