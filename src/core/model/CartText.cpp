#include "core/model/CartText.h"

#include "core/model/EnumNames.h"

#include <iterator>

namespace PayDesk {

namespace {
// In the enums' order; the spelling of cart files and of the cache.
constexpr const char* VatKeys[] = {"none",   "0",  "5",      "5/105", "7",      "7/107", "10",
                                   "10/110", "18", "18/118", "20",    "20/120", "22",    "22/122"};
static_assert(std::size(VatKeys) == std::size_t(VatRate::Vat22_122) + 1);
constexpr const char* MeasureKeys[] = {"piece", "g", "kg", "m", "l", "h", "day", "other"};
static_assert(std::size(MeasureKeys) == std::size_t(Measure::Other) + 1);
} // namespace

QString CartText::vatKey(VatRate rate)
{
    return EnumNames::key(VatKeys, rate);
}

std::optional<VatRate> CartText::vatFromKey(const QString& key)
{
    return EnumNames::value<VatRate>(VatKeys, key);
}

QString CartText::measureKey(Measure measure)
{
    return EnumNames::key(MeasureKeys, measure);
}

std::optional<Measure> CartText::measureFromKey(const QString& key)
{
    return EnumNames::value<Measure>(MeasureKeys, key);
}

QList<VatRate> CartText::currentVatRates()
{
    QList<VatRate> rates;
    for (std::size_t i = 0; i < std::size(VatKeys); ++i) {
        const VatRate rate = VatRate(i);
        if (rate != VatRate::Vat18 && rate != VatRate::Vat18_118) // no longer issued
            rates.append(rate);
    }
    return rates;
}

QString CartText::vatName(VatRate rate)
{
    const QString names[] = {tr("no VAT"), tr("0 %"),    tr("5 %"),    tr("5/105"), tr("7 %"),
                             tr("7/107"),  tr("10 %"),   tr("10/110"), tr("18 %"),  tr("18/118"),
                             tr("20 %"),   tr("20/120"), tr("22 %"),   tr("22/122")};
    static_assert(std::size(names) == std::size(VatKeys));
    return EnumNames::at(names, rate);
}

QString CartText::measureName(Measure measure)
{
    const QString names[] = {tr("pcs"), tr("g"), tr("kg"), tr("m"), tr("l"), tr("h"), tr("days"), tr("units")};
    static_assert(std::size(names) == std::size(MeasureKeys));
    return EnumNames::at(names, measure);
}

QString CartText::problem(const Cart::Check& check)
{
    if (check.ok())
        return {};
    if (check.problem == Cart::Problem::Empty)
        return tr("The cart is empty.");
    if (check.line == 0)
        return tr("The cart's total is too large.");
    // In the order of Cart::Problem, from NoName.
    const QString lineProblems[] = {tr("the line needs a name."),
                                    tr("the quantity must be above zero, with at most three decimals."),
                                    tr("the price must be above zero."),
                                    tr("the amount is not the price times the quantity."),
                                    tr("every line must be in the order's currency."),
                                    tr("the amount is too large or not a whole number of minor units.")};
    static_assert(std::size(lineProblems)
                  == std::size_t(Cart::Problem::TooLarge) - std::size_t(Cart::Problem::NoName) + 1);
    return tr("Cart line %1: ").arg(check.line)
           + lineProblems[std::size_t(check.problem) - std::size_t(Cart::Problem::NoName)];
}

} // namespace PayDesk
