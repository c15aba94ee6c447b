#include "core/model/CartJson.h"

#include "core/model/CartText.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace PayDesk {

namespace {
QString textOf(const QJsonValue& v)
{
    return v.isDouble() ? QString::number(v.toInteger()) : v.toString();
}
} // namespace

QJsonObject CartJson::write(const Cart& cart)
{
    QJsonArray items;
    for (const CartItem& item : cart.items) {
        QJsonObject line{{QStringLiteral("name"), item.name},
                         {QStringLiteral("quantity"), item.quantity.toDecimalString()},
                         {QStringLiteral("measure"), CartKeys::measureKey(item.measure)},
                         {QStringLiteral("price"), item.price.toDecimalString()},
                         {QStringLiteral("amount"), item.amount.toDecimalString()},
                         {QStringLiteral("vat"), CartKeys::vatKey(item.vat)}};
        if (!item.itemCode.isEmpty())
            line.insert(QStringLiteral("itemCode"), item.itemCode);
        items.append(line);
    }
    return {{QStringLiteral("items"), items}};
}

CartJson::Reading CartJson::read(const QByteArray& text, Currency currency)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return {std::nullopt, tr("The cart is not a JSON object: %1").arg(parseError.errorString())};
    return read(doc.object(), currency);
}

CartJson::Reading CartJson::read(const QJsonObject& json, Currency currency)
{
    Reading reading = readLines(json, currency);
    const Cart::Check check = reading.cart ? reading.cart->check() : Cart::Check();
    if (!check.ok())
        return {std::nullopt, CartText::problem(check)};
    return reading;
}

CartJson::Reading CartJson::readStored(const QJsonObject& json, Currency currency)
{
    return readLines(json, currency);
}

CartJson::Reading CartJson::readLines(const QJsonObject& json, Currency currency)
{
    const QJsonValue items = json.value(QStringLiteral("items"));
    if (!items.isArray())
        return {std::nullopt, tr("The cart has no \"items\" list.")};
    Cart cart;
    for (const QJsonValue& value : items.toArray()) {
        QString error;
        const std::optional<CartItem> item = readItem(value.toObject(), currency, &error);
        if (!item)
            return {std::nullopt, tr("Cart line %1: %2").arg(cart.items.size() + 1).arg(error)};
        cart.items.append(*item);
    }
    return {cart, {}};
}

std::optional<CartItem> CartJson::readItem(const QJsonObject& json, Currency currency, QString* error)
{
    CartItem item;
    item.name = json.value(QStringLiteral("name")).toString().trimmed();
    item.itemCode = textOf(json.value(QStringLiteral("itemCode")));
    const std::optional<Quantity> quantity =
        Quantity::fromDecimalString(textOf(json.value(QStringLiteral("quantity"))));
    const std::optional<Money> price = Money::fromDecimalString(textOf(json.value(QStringLiteral("price"))), currency);
    const std::optional<Measure> measure =
        json.contains(QStringLiteral("measure"))
            ? CartKeys::measureFromKey(json.value(QStringLiteral("measure")).toString())
            : Measure::Piece;
    const std::optional<VatRate> vat = json.contains(QStringLiteral("vat"))
                                           ? CartKeys::vatFromKey(textOf(json.value(QStringLiteral("vat"))))
                                           : VatRate::None;
    if (!quantity || !price || !measure || !vat) {
        *error = !quantity ? tr("\"quantity\" must be a number above zero with at most three decimals.")
                 : !price  ? tr("\"price\" must be a decimal amount such as \"150.00\".")
                 : !measure
                     ? tr("\"measure\" must be one of piece, g, kg, m, l, h, day, other.")
                     : tr("\"vat\" must be one of none, 0, 5, 5/105, 7, 7/107, 10, 10/110, 20, 20/120, 22, 22/122.");
        return std::nullopt;
    }
    item.quantity = *quantity;
    item.price = *price;
    item.measure = *measure;
    item.vat = *vat;
    const QJsonValue given = json.value(QStringLiteral("amount"));
    const std::optional<Money> amount = given.isUndefined()
                                            ? CartItem::amountOf(item.price, item.quantity).value_or(Money(0, currency))
                                            : Money::fromDecimalString(textOf(given), currency);
    if (!amount || !amount->isPlausible()) {
        *error = tr("\"amount\" must be a decimal amount such as \"300.00\".");
        return std::nullopt;
    }
    item.amount = *amount;
    return item;
}

} // namespace PayDesk
