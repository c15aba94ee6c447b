#include "core/model/CartText.h"

#include "core/model/EnumNames.h"

namespace PayDesk {

namespace {
constexpr EnumName<VatRate> VatNames[] = {
    {VatRate::None, QT_TRANSLATE_NOOP("CartText", "no VAT")},
    {VatRate::Vat0, QT_TRANSLATE_NOOP("CartText", "0 %")},
    {VatRate::Vat5, QT_TRANSLATE_NOOP("CartText", "5 %")},
    {VatRate::Vat5_105, QT_TRANSLATE_NOOP("CartText", "5/105")},
    {VatRate::Vat7, QT_TRANSLATE_NOOP("CartText", "7 %")},
    {VatRate::Vat7_107, QT_TRANSLATE_NOOP("CartText", "7/107")},
    {VatRate::Vat10, QT_TRANSLATE_NOOP("CartText", "10 %")},
    {VatRate::Vat10_110, QT_TRANSLATE_NOOP("CartText", "10/110")},
    {VatRate::Vat18, QT_TRANSLATE_NOOP("CartText", "18 %")},
    {VatRate::Vat18_118, QT_TRANSLATE_NOOP("CartText", "18/118")},
    {VatRate::Vat20, QT_TRANSLATE_NOOP("CartText", "20 %")},
    {VatRate::Vat20_120, QT_TRANSLATE_NOOP("CartText", "20/120")},
    {VatRate::Vat22, QT_TRANSLATE_NOOP("CartText", "22 %")},
    {VatRate::Vat22_122, QT_TRANSLATE_NOOP("CartText", "22/122")},
};

constexpr EnumName<Measure> MeasureNames[] = {
    {Measure::Piece, QT_TRANSLATE_NOOP("CartText", "pcs")},   {Measure::Gram, QT_TRANSLATE_NOOP("CartText", "g")},
    {Measure::Kilogram, QT_TRANSLATE_NOOP("CartText", "kg")}, {Measure::Metre, QT_TRANSLATE_NOOP("CartText", "m")},
    {Measure::Litre, QT_TRANSLATE_NOOP("CartText", "l")},     {Measure::Hour, QT_TRANSLATE_NOOP("CartText", "h")},
    {Measure::Day, QT_TRANSLATE_NOOP("CartText", "days")},    {Measure::Other, QT_TRANSLATE_NOOP("CartText", "units")},
};

constexpr EnumName<Cart::Problem> LineProblems[] = {
    {Cart::Problem::NoName, QT_TRANSLATE_NOOP("CartText", "the line needs a name.")},
    {Cart::Problem::BadQuantity,
     QT_TRANSLATE_NOOP("CartText", "the quantity must be above zero, with at most three decimals.")},
    {Cart::Problem::BadPrice, QT_TRANSLATE_NOOP("CartText", "the price must be above zero.")},
    {Cart::Problem::AmountMismatch, QT_TRANSLATE_NOOP("CartText", "the amount is not the price times the quantity.")},
    {Cart::Problem::MixedCurrencies, QT_TRANSLATE_NOOP("CartText", "every line must be in the order's currency.")},
    {Cart::Problem::TooLarge,
     QT_TRANSLATE_NOOP("CartText", "the amount is too large or not a whole number of minor units.")},
};
} // namespace

QString CartText::vatName(VatRate rate)
{
    return EnumNames::translated("CartText", VatNames, rate);
}

QString CartText::measureName(Measure measure)
{
    return EnumNames::translated("CartText", MeasureNames, measure);
}

QString CartText::problem(const Cart::Check& check)
{
    if (check.ok())
        return {};
    if (check.problem == Cart::Problem::Empty)
        return tr("The cart is empty.");
    if (check.line == 0)
        return tr("The cart's total is too large.");
    return tr("Cart line %1: ").arg(check.line) + EnumNames::translated("CartText", LineProblems, check.problem);
}

} // namespace PayDesk
