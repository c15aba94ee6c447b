#pragma once

#include "core/money/Money.h"

#include <QList>

namespace PayDesk {

// Exact sums of amounts in several currencies: one total per currency, in the order each was first met.
// Amounts of different currencies never add up to one figure.
class MoneyTotals
{
public:
    void add(const Money& amount);
    const QList<Money>& list() const { return m_totals; }
    bool isEmpty() const { return m_totals.isEmpty(); }
    // "1 234,56 ₽ · 4 243,00 $" in the locale, or an empty string when there is nothing.
    QString toDisplayString(const QLocale& locale) const;

private:
    QList<Money> m_totals;
};

} // namespace PayDesk
