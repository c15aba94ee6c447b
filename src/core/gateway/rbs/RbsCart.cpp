#include "core/gateway/rbs/RbsCart.h"

#include <QJsonArray>

namespace PayDesk {

namespace {
struct TaxCode
{
    VatRate rate;
    int code;
};
// ALFA-DOC's current list plus the historical 18 % codes 3 and 5.
constexpr TaxCode TaxCodes[] = {
    {VatRate::None, 0},      {VatRate::Vat0, 1},       {VatRate::Vat10, 2}, {VatRate::Vat18, 3},
    {VatRate::Vat10_110, 4}, {VatRate::Vat18_118, 5},  {VatRate::Vat20, 6}, {VatRate::Vat20_120, 7},
    {VatRate::Vat5, 10},     {VatRate::Vat5_105, 11},  {VatRate::Vat7, 12}, {VatRate::Vat7_107, 13},
    {VatRate::Vat22, 14},    {VatRate::Vat22_122, 15},
};

struct MeasureCode
{
    Measure measure;
    const char* code; // FFD 1.2 measure code, the form current gateways take
    const char* word; // the older free-text form still found on orders
};
constexpr MeasureCode MeasureCodes[] = {
    {Measure::Piece, "0", "шт"}, {Measure::Gram, "10", "г"},  {Measure::Kilogram, "11", "кг"},
    {Measure::Metre, "22", "м"}, {Measure::Litre, "41", "л"}, {Measure::Day, "70", "сут"},
    {Measure::Hour, "71", "ч"},  {Measure::Other, "255", ""},
};

int taxCode(VatRate rate)
{
    for (const TaxCode& t : TaxCodes) {
        if (t.rate == rate)
            return t.code;
    }
    return 0;
}

VatRate vatRate(int code)
{
    for (const TaxCode& t : TaxCodes) {
        if (t.code == code)
            return t.rate;
    }
    return VatRate::None;
}

Measure measureOf(const QString& wire)
{
    const QString text = wire.trimmed().toLower();
    if (text == QLatin1String("pcs") || text.startsWith(QStringLiteral("шт")))
        return Measure::Piece;
    for (const MeasureCode& m : MeasureCodes) {
        if (text == QLatin1String(m.code) || (*m.word && text == QString::fromUtf8(m.word)))
            return m.measure;
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
        QString measure = QStringLiteral("255");
        for (const MeasureCode& m : MeasureCodes) {
            if (m.measure == item.measure)
                measure = QString::fromLatin1(m.code);
        }
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
