#include "core/gateway/rbs/RbsCart.h"

#include "core/model/EnumNames.h"

#include <QJsonArray>

namespace PayDesk {

namespace {
// ALFA-DOC's current taxType list plus the historical 18 % codes 3 and 5.
constexpr EnumName<VatRate> TaxCodes[] = {
    {VatRate::None, "0"},      {VatRate::Vat0, "1"},       {VatRate::Vat10, "2"}, {VatRate::Vat18, "3"},
    {VatRate::Vat10_110, "4"}, {VatRate::Vat18_118, "5"},  {VatRate::Vat20, "6"}, {VatRate::Vat20_120, "7"},
    {VatRate::Vat5, "10"},     {VatRate::Vat5_105, "11"},  {VatRate::Vat7, "12"}, {VatRate::Vat7_107, "13"},
    {VatRate::Vat22, "14"},    {VatRate::Vat22_122, "15"},
};

// FFD 1.2 measure codes, the form current gateways take.
constexpr EnumName<Measure> MeasureCodes[] = {
    {Measure::Piece, "0"},  {Measure::Gram, "10"}, {Measure::Kilogram, "11"}, {Measure::Metre, "22"},
    {Measure::Litre, "41"}, {Measure::Day, "70"},  {Measure::Hour, "71"},     {Measure::Other, "255"},
};

// The free-text measures older carts carry.
constexpr EnumName<Measure> MeasureWords[] = {
    {Measure::Piece, "шт"}, {Measure::Piece, "шт."},   {Measure::Piece, "pcs"},
    {Measure::Gram, "г"},   {Measure::Kilogram, "кг"}, {Measure::Metre, "м"},
    {Measure::Litre, "л"},  {Measure::Day, "сут"},     {Measure::Hour, "ч"},
};

int taxCode(VatRate rate)
{
    return EnumNames::key(TaxCodes, rate, QStringLiteral("0")).toInt();
}

VatRate vatRate(int code)
{
    return EnumNames::value(TaxCodes, QString::number(code)).value_or(VatRate::None);
}

Measure measureOf(const QString& wire)
{
    const QString text = wire.trimmed().toLower();
    return EnumNames::value(MeasureCodes, text).value_or(EnumNames::value(MeasureWords, text).value_or(Measure::Other));
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
        const QString measure = EnumNames::key(MeasureCodes, item.measure, QStringLiteral("255"));
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

} // namespace PayDesk
