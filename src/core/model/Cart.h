#pragma once

#include "core/money/Money.h"

#include <QList>
#include <QString>

#include <optional>

namespace PayDesk {

// The VAT rate of a cart line as a Russian fiscal receipt names it; "/110" rates are included in the price.
enum class VatRate {
    None,
    Vat0,
    Vat5,
    Vat5_105,
    Vat7,
    Vat7_107,
    Vat10,
    Vat10_110,
    Vat18, // no longer issued, still found on old orders
    Vat18_118,
    Vat20,
    Vat20_120,
    Vat22,
    Vat22_122,
};

// What a quantity counts.
enum class Measure {
    Piece,
    Gram,
    Kilogram,
    Metre,
    Litre,
    Hour,
    Day,
    Other,
};

// How many of an item, exactly: a receipt quantity has at most three decimals.
class Quantity
{
public:
    static constexpr qint64 MaxThousandths = 99'999'999'999LL;

    Quantity() = default;
    static Quantity whole(qint64 count) { return Quantity(count * 1000); }
    static std::optional<Quantity> fromThousandths(qint64 thousandths);
    // "2", "1.5", "0.125" (a point, at most three decimals, above zero).
    static std::optional<Quantity> fromDecimalString(const QString& text);

    qint64 thousandths() const { return m_thousandths; }
    bool isWhole() const { return m_thousandths % 1000 == 0; }
    QString toDecimalString() const;
    bool operator==(const Quantity& other) const { return m_thousandths == other.m_thousandths; }

private:
    explicit Quantity(qint64 thousandths)
        : m_thousandths(thousandths)
    { }
    qint64 m_thousandths = 1000;
};

// One line of a cart: what the receipt prints for it.
struct CartItem
{
    QString name;
    Quantity quantity;
    Measure measure = Measure::Piece;
    Money price;  // per unit
    Money amount; // price × quantity
    VatRate vat = VatRate::None;
    QString itemCode;

    // price × quantity, when that is a whole number of minor units within an order's range.
    static std::optional<Money> amountOf(const Money& price, Quantity quantity);
    bool operator==(const CartItem& other) const;
};

// The goods of an order, in gateway-neutral terms; each gateway maps it to its own wire form.
struct Cart
{
    enum class Problem {
        None,
        Empty,
        NoName,
        BadQuantity,
        BadPrice,
        AmountMismatch,
        MixedCurrencies,
        TooLarge,
    };
    struct Check
    {
        Problem problem = Problem::None;
        int line = 0; // 1-based; 0 for the cart as a whole
        bool ok() const { return problem == Problem::None; }
    };

    QList<CartItem> items;

    bool isEmpty() const { return items.isEmpty(); }
    // The sum of the lines; nullopt when they mix currencies or leave an order's range.
    std::optional<Money> total() const;
    // Every line named, priced above zero, its amount price × quantity, and the whole within range.
    Check check() const;
    bool operator==(const Cart& other) const { return items == other.items; }
};

namespace CartKeys {
// Stable spellings for files and JSON: "none", "0", "5", "5/105", … and "piece", "kg", ….
QString vatKey(VatRate rate);
std::optional<VatRate> vatFromKey(const QString& key);
QString measureKey(Measure measure);
std::optional<Measure> measureFromKey(const QString& key);
QList<VatRate> currentVatRates(); // in the order a cart editor offers them
} // namespace CartKeys

} // namespace PayDesk
