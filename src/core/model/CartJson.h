#pragma once

#include "core/model/Cart.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace PayDesk {

// PayDesk's own JSON form of a cart, the same for every gateway (README "Carts"):
// {"items":[{"name":"Cup","quantity":"2","measure":"piece","price":"5.00","vat":"20","itemCode":"c"}]}
// Amounts are decimal strings in the order's currency; "amount" may be left out and is price × quantity.
class CartJson
{
    Q_DECLARE_TR_FUNCTIONS(CartJson)
public:
    struct Reading
    {
        std::optional<Cart> cart;
        QString error; // in the UI language, when cart is empty
    };

    static QJsonObject write(const Cart& cart);
    static Reading read(const QJsonObject& json, Currency currency);
    static Reading read(const QByteArray& text, Currency currency);
    // A cart as it was stored: every line must parse, but the lines are taken as the gateway reported them.
    static Reading readStored(const QJsonObject& json, Currency currency);

private:
    static Reading readLines(const QJsonObject& json, Currency currency);
    static std::optional<CartItem> readItem(const QJsonObject& json, Currency currency, QString* error);
};

} // namespace PayDesk
