#pragma once

#include "core/model/Cart.h"

#include <QCoreApplication>

namespace PayDesk {

// A cart's words in the UI language: VAT rates, measures and what is wrong with a cart.
class CartText
{
    Q_DECLARE_TR_FUNCTIONS(CartText)
public:
    static QString vatName(VatRate rate);
    static QString measureName(Measure measure);
    static QString problem(const Cart::Check& check);
};

} // namespace PayDesk
