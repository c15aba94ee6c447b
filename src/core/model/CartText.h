#pragma once

#include "core/model/Cart.h"

#include <QCoreApplication>

namespace PayDesk {

// A cart's words: VAT rates and measures by stable key (files, JSON) and by name in the UI language,
// and what is wrong with a cart.
class CartText
{
    Q_DECLARE_TR_FUNCTIONS(CartText)
public:
    // "none", "0", "5", "5/105", … and "piece", "kg", ….
    static QString vatKey(VatRate rate);
    static std::optional<VatRate> vatFromKey(const QString& key);
    static QString measureKey(Measure measure);
    static std::optional<Measure> measureFromKey(const QString& key);
    static QList<VatRate> currentVatRates(); // in the order a cart editor offers them

    static QString vatName(VatRate rate);
    static QString measureName(Measure measure);
    static QString problem(const Cart::Check& check);
};

} // namespace PayDesk
