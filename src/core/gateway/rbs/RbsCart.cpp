#include "core/gateway/rbs/RbsCart.h"

#include "core/model/EnumNames.h"

#include <QJsonArray>

#include <iterator>

namespace PayDesk {

namespace {
// RBS taxType, in VatRate's order: ALFA-DOC's current list plus the historical 18 % codes 3 and 5.
constexpr int TaxCodes[] = {0, 1, 10, 11, 12, 13, 2, 4, 3, 5, 6, 7, 14, 15};
static_assert(std::size(TaxCodes) == std::size_t(VatRate::Vat22_122) + 1);

// FFD 1.2 measure codes, the form current gateways take, in Measure's order.
constexpr const char* MeasureCodes[] = {"0", "10", "11", "22", "41", "71", "70", "255"};
static_assert(std::size(MeasureCodes) == std::size_t(Measure::Other) + 1);

// The free-text measures older carts carry.
constexpr const char* MeasureWords[] = {"шт", "шт.", "pcs", "г", "кг", "м", "л", "ч", "сут"};
constexpr Measure MeasureOfWord[] = {Measure::Piece, Measure::Piece, Measure::Piece, Measure::Gram, Measure::Kilogram,
                                     Measure::Metre, Measure::Litre, Measure::Hour,  Measure::Day};
static_assert(std::size(MeasureWords) == std::size(MeasureOfWord));

int taxCode(VatRate rate)
{
    return EnumNames::at(TaxCodes, rate);
}

VatRate vatRate(int code)
{
    const std::optional<std::size_t> index = EnumNames::indexOf(TaxCodes, code);
    return index ? VatRate(*index) : VatRate::None;
}

Measure measureOf(const QString& wire)
{
    const QString text = wire.trimmed().toLower();
    if (const std::optional<Measure> coded = EnumNames::value<Measure>(MeasureCodes, text))
        return *coded;
    for (std::size_t i = 0; i < std::size(MeasureWords); ++i) {
        if (text == QString::fromUtf8(MeasureWords[i]))
            return MeasureOfWord[i];
    }
    return Measure::Other;
}

qint64 minorOf(const QJsonValue& v)
{
    return v.isString() ? v.toString().toLongLong() : v.toInteger(-1);
}

std::optional<CartItem> itemOf(const QJsonObject& line, Currency currency)
{
    CartItem item;
    item.name = line.value(QStringLiteral("name")).toString();
    const QJsonValue code = line.value(QStringLiteral("itemCode"));
    item.itemCode = code.isDouble() ? QString::number(code.toInteger()) : code.toString();
    const QJsonObject quantity = line.value(QStringLiteral("quantity")).toObject();
    const QJsonValue value = quantity.value(QStringLiteral("value"));
    const std::optional<Quantity> q =
        Quantity::fromDecimalString(value.isDouble() ? QString::number(value.toDouble(), 'f', 3) : value.toString());
    const QJsonValue measure = quantity.value(QStringLiteral("measure"));
    item.measure = measureOf(measure.isDouble() ? QString::number(measure.toInteger()) : measure.toString());
    const qint64 price = minorOf(line.value(QStringLiteral("itemPrice")));
    const qint64 amount = minorOf(line.value(QStringLiteral("itemAmount")));
    if (!q || !Money::isPlausibleMinor(price) || !Money::isPlausibleMinor(amount))
        return std::nullopt;
    item.quantity = *q;
    item.price = Money(price, currency);
    item.amount = Money(amount, currency);
    item.vat = vatRate(int(line.value(QStringLiteral("tax")).toObject().value(QStringLiteral("taxType")).toInteger()));
    return item;
}
} // namespace

QJsonObject RbsCart::toBundle(const Cart& cart)
{
    QJsonArray items;
    int position = 0;
    for (const CartItem& item : cart.items) {
        ++position;
        const QJsonValue quantity = item.quantity.isWhole() ? QJsonValue(item.quantity.thousandths() / 1000)
                                                            : QJsonValue(item.quantity.thousandths() / 1000.0);
        const QString measure = EnumNames::key(MeasureCodes, item.measure);
        items.append(QJsonObject{{QStringLiteral("positionId"), position},
                                 {QStringLiteral("name"), item.name},
                                 {QStringLiteral("quantity"), QJsonObject{{QStringLiteral("value"), quantity},
                                                                          {QStringLiteral("measure"), measure}}},
                                 {QStringLiteral("itemAmount"), item.amount.minor()},
                                 {QStringLiteral("itemPrice"), item.price.minor()},
                                 {QStringLiteral("itemCode"),
                                  item.itemCode.isEmpty() ? QStringLiteral("item-%1").arg(position) : item.itemCode},
                                 {QStringLiteral("tax"), QJsonObject{{QStringLiteral("taxType"), taxCode(item.vat)}}}});
    }
    return {{QStringLiteral("cartItems"), QJsonObject{{QStringLiteral("items"), items}}}};
}

Cart RbsCart::fromBundle(const QJsonObject& bundle, Currency currency)
{
    Cart cart;
    const QJsonArray lines =
        bundle.value(QStringLiteral("cartItems")).toObject().value(QStringLiteral("items")).toArray();
    for (const QJsonValue& line : lines) {
        if (const std::optional<CartItem> item = itemOf(line.toObject(), currency))
            cart.items.append(*item);
    }
    return cart;
}

bool RbsCart::isAdvance(const QJsonObject& bundle)
{
    static const QStringList Advance = {QStringLiteral("1"),          QStringLiteral("2"),
                                        QStringLiteral("3"),          QStringLiteral("full_prepayment"),
                                        QStringLiteral("prepayment"), QStringLiteral("advance")};
    const QJsonArray lines =
        bundle.value(QStringLiteral("cartItems")).toObject().value(QStringLiteral("items")).toArray();
    for (const QJsonValue& line : lines) {
        const QJsonObject item = line.toObject();
        QJsonValue method = item.value(QStringLiteral("paymentMethod"));
        for (const QJsonValue& a :
             item.value(QStringLiteral("itemAttributes")).toObject().value(QStringLiteral("attributes")).toArray()) {
            if (a.toObject().value(QStringLiteral("name")).toString() == QLatin1String("paymentMethod"))
                method = a.toObject().value(QStringLiteral("value"));
        }
        if (!Advance.contains(method.toVariant().toString()))
            return false;
    }
    return !lines.isEmpty();
}

} // namespace PayDesk
