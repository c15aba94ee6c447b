#include "core/model/CartText.h"

namespace PayDesk {

QString CartText::vatName(VatRate rate)
{
    switch (rate) {
    case VatRate::None:
        return tr("no VAT");
    case VatRate::Vat0:
        return tr("0 %");
    case VatRate::Vat5:
        return tr("5 %");
    case VatRate::Vat5_105:
        return tr("5/105");
    case VatRate::Vat7:
        return tr("7 %");
    case VatRate::Vat7_107:
        return tr("7/107");
    case VatRate::Vat10:
        return tr("10 %");
    case VatRate::Vat10_110:
        return tr("10/110");
    case VatRate::Vat18:
        return tr("18 %");
    case VatRate::Vat18_118:
        return tr("18/118");
    case VatRate::Vat20:
        return tr("20 %");
    case VatRate::Vat20_120:
        return tr("20/120");
    case VatRate::Vat22:
        return tr("22 %");
    case VatRate::Vat22_122:
        return tr("22/122");
    }
    return {};
}

QString CartText::measureName(Measure measure)
{
    switch (measure) {
    case Measure::Piece:
        return tr("pcs");
    case Measure::Gram:
        return tr("g");
    case Measure::Kilogram:
        return tr("kg");
    case Measure::Metre:
        return tr("m");
    case Measure::Litre:
        return tr("l");
    case Measure::Hour:
        return tr("h");
    case Measure::Day:
        return tr("days");
    case Measure::Other:
        return tr("units");
    }
    return {};
}

QString CartText::problem(const Cart::Check& check)
{
    const QString line = tr("Cart line %1: ").arg(check.line);
    switch (check.problem) {
    case Cart::Problem::None:
        return {};
    case Cart::Problem::Empty:
        return tr("The cart is empty.");
    case Cart::Problem::NoName:
        return line + tr("the line needs a name.");
    case Cart::Problem::BadQuantity:
        return line + tr("the quantity must be above zero, with at most three decimals.");
    case Cart::Problem::BadPrice:
        return line + tr("the price must be above zero.");
    case Cart::Problem::AmountMismatch:
        return line + tr("the amount is not the price times the quantity.");
    case Cart::Problem::MixedCurrencies:
        return line + tr("every line must be in the order's currency.");
    case Cart::Problem::TooLarge:
        return check.line > 0 ? line + tr("the amount is too large or not a whole number of minor units.")
                              : tr("The cart's total is too large.");
    }
    return {};
}

} // namespace PayDesk
