#include "core/model/Cart.h"

#include "core/model/EnumNames.h"

#include <QRegularExpression>

namespace PayDesk {

namespace {
constexpr EnumName<VatRate> VatKeys[] = {
    {VatRate::None, "none"}, {VatRate::Vat0, "0"},           {VatRate::Vat5, "5"},   {VatRate::Vat5_105, "5/105"},
    {VatRate::Vat7, "7"},    {VatRate::Vat7_107, "7/107"},   {VatRate::Vat10, "10"}, {VatRate::Vat10_110, "10/110"},
    {VatRate::Vat18, "18"},  {VatRate::Vat18_118, "18/118"}, {VatRate::Vat20, "20"}, {VatRate::Vat20_120, "20/120"},
    {VatRate::Vat22, "22"},  {VatRate::Vat22_122, "22/122"},
};

constexpr EnumName<Measure> MeasureKeys[] = {
    {Measure::Piece, "piece"}, {Measure::Gram, "g"}, {Measure::Kilogram, "kg"}, {Measure::Metre, "m"},
    {Measure::Litre, "l"},     {Measure::Hour, "h"}, {Measure::Day, "day"},     {Measure::Other, "other"},
};
} // namespace

std::optional<Quantity> Quantity::fromThousandths(qint64 thousandths)
{
    if (thousandths <= 0 || thousandths > MaxThousandths)
        return std::nullopt;
    return Quantity(thousandths);
}

std::optional<Quantity> Quantity::fromDecimalString(const QString& text)
{
    static const QRegularExpression grammar(QStringLiteral("^(\\d{1,8})(?:\\.(\\d{1,3}))?$"));
    const QRegularExpressionMatch m = grammar.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const qint64 whole = m.captured(1).toLongLong();
    const qint64 fraction = m.captured(2).leftJustified(3, QLatin1Char('0')).toLongLong();
    return fromThousandths(whole * 1000 + fraction);
}

QString Quantity::toDecimalString() const
{
    QString text = QString::number(m_thousandths / 1000);
    if (!isWhole()) {
        QString fraction = QStringLiteral("%1").arg(m_thousandths % 1000, 3, 10, QLatin1Char('0'));
        while (fraction.endsWith(QLatin1Char('0')))
            fraction.chop(1);
        text += QLatin1Char('.') + fraction;
    }
    return text;
}

std::optional<Money> CartItem::amountOf(const Money& price, Quantity quantity)
{
    qint64 product = 0;
    if (__builtin_mul_overflow(price.minor(), quantity.thousandths(), &product) || product % 1000 != 0)
        return std::nullopt;
    if (!Money::isPlausibleMinor(product / 1000))
        return std::nullopt;
    return Money(product / 1000, price.currency());
}

bool CartItem::operator==(const CartItem& other) const
{
    return name == other.name && quantity == other.quantity && measure == other.measure && price == other.price
           && amount == other.amount && vat == other.vat && itemCode == other.itemCode;
}

std::optional<Money> Cart::total() const
{
    if (items.isEmpty())
        return std::nullopt;
    const Currency currency = items.constFirst().amount.currency();
    qint64 sum = 0;
    for (const CartItem& item : items) {
        if (item.amount.currency() != currency || __builtin_add_overflow(sum, item.amount.minor(), &sum)
            || !Money::isPlausibleMinor(sum))
            return std::nullopt;
    }
    return Money(sum, currency);
}

Cart::Check Cart::check() const
{
    if (items.isEmpty())
        return {Problem::Empty, 0};
    const Currency currency = items.constFirst().price.currency();
    for (int i = 0; i < items.size(); ++i) {
        const CartItem& item = items.at(i);
        if (item.name.trimmed().isEmpty())
            return {Problem::NoName, i + 1};
        if (item.quantity.thousandths() <= 0)
            return {Problem::BadQuantity, i + 1};
        if (item.price.minor() <= 0 || item.price.currency() != currency || item.amount.currency() != currency)
            return {item.price.minor() <= 0 ? Problem::BadPrice : Problem::MixedCurrencies, i + 1};
        const std::optional<Money> amount = CartItem::amountOf(item.price, item.quantity);
        if (!amount)
            return {Problem::TooLarge, i + 1};
        if (*amount != item.amount)
            return {Problem::AmountMismatch, i + 1};
    }
    if (!total())
        return {Problem::TooLarge, 0};
    return {};
}

QString CartKeys::vatKey(VatRate rate)
{
    return EnumNames::key(VatKeys, rate, QStringLiteral("none"));
}

std::optional<VatRate> CartKeys::vatFromKey(const QString& key)
{
    return EnumNames::value(VatKeys, key);
}

QString CartKeys::measureKey(Measure measure)
{
    return EnumNames::key(MeasureKeys, measure, QStringLiteral("other"));
}

std::optional<Measure> CartKeys::measureFromKey(const QString& key)
{
    return EnumNames::value(MeasureKeys, key);
}

QList<VatRate> CartKeys::currentVatRates()
{
    return {VatRate::None,  VatRate::Vat0,      VatRate::Vat5,  VatRate::Vat5_105,  VatRate::Vat7,  VatRate::Vat7_107,
            VatRate::Vat10, VatRate::Vat10_110, VatRate::Vat20, VatRate::Vat20_120, VatRate::Vat22, VatRate::Vat22_122};
}

} // namespace PayDesk
