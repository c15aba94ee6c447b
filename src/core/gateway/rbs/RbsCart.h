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
};

} // namespace PayDesk
