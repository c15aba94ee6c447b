#include "core/money/Currency.h"

namespace PayDesk {

namespace {
struct Entry
{
    int numeric;
    const char* code;
    int exponent;
    const char* symbol;
};
// The currencies RBS and Assist merchants use; 810 is the pre-1998 rouble code test gateways still send.
const Entry Table[] = {
    {643, "RUB", 2, "₽"}, {810, "RUR", 2, "₽"}, {840, "USD", 2, "$"},  {978, "EUR", 2, "€"},
    {933, "BYN", 2, "Br"},  {398, "KZT", 2, "₸"},   {156, "CNY", 2, "¥"},  {980, "UAH", 2, "₴"},
    {51, "AMD", 2, "֏"},    {392, "JPY", 0, "¥"},   {414, "KWD", 3, "KD"},
};
} // namespace

Currency Currency::fromNumeric(int numeric)
{
    for (const Entry& e : Table) {
        if (e.numeric == numeric)
            return Currency(e.numeric, e.code, e.exponent);
    }
    return {};
}

Currency Currency::fromCode(const QString& code)
{
    const QString upper = code.trimmed().toUpper();
    for (const Entry& e : Table) {
        if (upper == QLatin1String(e.code))
            return Currency(e.numeric, e.code, e.exponent);
    }
    bool numeric = false;
    const int n = upper.toInt(&numeric);
    return numeric ? fromNumeric(n) : Currency();
}

QString Currency::symbol() const
{
    for (const Entry& e : Table) {
        if (e.numeric == m_numeric)
            return QString::fromUtf8(e.symbol);
    }
    return code();
}

} // namespace PayDesk
