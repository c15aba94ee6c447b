#pragma once

#include "core/model/Cart.h"

#include <QJsonObject>

namespace PayDesk {

// A cart in RBS's orderBundle form (../shared/spec/rbs-api.md §5): cartItems.items with positionId,
// quantity {value, measure}, minor-unit itemPrice/itemAmount and tax.taxType codes.
class RbsCart
{
public:
    static QJsonObject toBundle(const Cart& cart);
    // What the gateway reports; lines it describes beyond what a Cart can hold are left out.
    static Cart fromBundle(const QJsonObject& bundle, Currency currency);
    // Whether the receipt at payment was an advance or prepayment: every line's paymentMethod (in
    // itemAttributes, or Sber's own field) is 1 full prepayment, 2 prepayment or 3 advance. A line without
    // one is not (UNVERIFIED: the references give no default, so no closing receipt is offered for it).
    static bool isAdvance(const QJsonObject& bundle);
};

} // namespace PayDesk
