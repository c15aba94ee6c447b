#include "money/Money.h"

#include <limits>

namespace PayDesk {

namespace {
qint64 pow10(int n)
{
    qint64 v = 1;
    while (n-- > 0)
        v *= 10;
    return v;
}

bool validGrouping(const QString &integer, QChar group)
{
    // Groups of exactly three digits after the first one, e.g. 1,234,567.
    const QStringList parts = integer.split(group);
    if (parts.size() == 1)
        return true;
    if (parts.first().isEmpty() || parts.first().size() > 3)
        return false;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        if (parts[i].size() != 3)
            return false;
    }
    return true;
}
} // namespace

std::optional<Money> Money::parse(const QString &input, Currency currency, ParseError *error)
{
    ParseError dummy;
    ParseError &err = error ? *error : dummy;
    err = ParseError::None;
    QString text;
    for (const QChar c : input) {
        if (!c.isSpace() && c != QChar(0x00a0) && c != QChar(0x202f))
            text += c;
    }
    if (text.isEmpty()) {
        err = ParseError::Empty;
        return std::nullopt;
    }
    if (text.startsWith(QLatin1Char('-'))) {
        err = ParseError::Negative;
        return std::nullopt;
    }
    const qsizetype dots = text.count(QLatin1Char('.'));
    const qsizetype commas = text.count(QLatin1Char(','));
    QChar decimal;
    QChar group;
    if (dots && commas) {
        decimal = text.lastIndexOf(QLatin1Char('.')) > text.lastIndexOf(QLatin1Char(',')) ? QLatin1Char('.') : QLatin1Char(',');
        group = decimal == QLatin1Char('.') ? QLatin1Char(',') : QLatin1Char('.');
        if (text.count(decimal) != 1) {
            err = ParseError::Invalid;
            return std::nullopt;
        }
    } else if (dots == 1 || commas == 1) {
        decimal = dots ? QLatin1Char('.') : QLatin1Char(',');
    } else if (dots > 1 || commas > 1) {
        group = dots ? QLatin1Char('.') : QLatin1Char(',');
    }
    QString integer = text;
    QString fraction;
    if (!decimal.isNull()) {
        const qsizetype at = text.indexOf(decimal);
        integer = text.left(at);
        fraction = text.mid(at + 1);
    }
    if (!group.isNull()) {
        if (!validGrouping(integer, group)) {
            err = ParseError::Invalid;
            return std::nullopt;
        }
        integer.remove(group);
    }
    const auto allDigits = [](const QString &s) {
        for (const QChar c : s) {
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return false;
        }
        return true;
    };
    if (integer.isEmpty() || !allDigits(integer) || !allDigits(fraction) || (!decimal.isNull() && fraction.isEmpty())) {
        err = ParseError::Invalid;
        return std::nullopt;
    }
    const int exponent = currency.exponent();
    while (fraction.size() > exponent && fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1); // "12.500" is 12.50 exactly
    if (fraction.size() > exponent) {
        err = ParseError::TooManyDecimals;
        return std::nullopt;
    }
    fraction = fraction.leftJustified(exponent, QLatin1Char('0'));
    const qint64 scale = pow10(exponent);
    constexpr qint64 max = std::numeric_limits<qint64>::max();
    qint64 whole = 0;
    for (const QChar c : integer) {
        const int d = c.digitValue();
        if (whole > (max - d) / 10) {
            err = ParseError::Overflow;
            return std::nullopt;
        }
        whole = whole * 10 + d;
    }
    const qint64 frac = fraction.isEmpty() ? 0 : fraction.toLongLong();
    if (whole > (max - frac) / scale) {
        err = ParseError::Overflow;
        return std::nullopt;
    }
    return Money(whole * scale + frac, currency);
}

QString Money::errorMessage(ParseError error, Currency currency)
{
    switch (error) {
    case ParseError::None: return {};
    case ParseError::Empty: return tr("Enter an amount.");
    case ParseError::Negative: return tr("The amount cannot be negative.");
    case ParseError::Invalid: return tr("This is not an amount. Use digits and one decimal separator, e.g. 1234.56.");
    case ParseError::TooManyDecimals:
        return currency.exponent() == 0 ? tr("%1 has no fractional part.").arg(currency.code())
                                        : tr("%1 has only %n decimal place(s).", nullptr, currency.exponent()).arg(currency.code());
    case ParseError::Overflow: return tr("The amount is too large.");
    }
    return {};
}

QString Money::toDecimalString() const
{
    const int exponent = m_currency.exponent();
    const qint64 scale = pow10(exponent);
    const QString whole = QString::number(m_minor / scale);
    if (exponent == 0)
        return whole;
    return whole + QLatin1Char('.') + QStringLiteral("%1").arg(m_minor % scale, exponent, 10, QLatin1Char('0'));
}

QString Money::toDisplayString(const QLocale &locale) const
{
    const int exponent = m_currency.exponent();
    const qint64 scale = pow10(exponent);
    QString text = locale.toString(m_minor / scale); // grouped integer part, exact
    if (exponent > 0)
        text += locale.decimalPoint() + QStringLiteral("%1").arg(m_minor % scale, exponent, 10, QLatin1Char('0'));
    return locale.language() == QLocale::Russian ? text + QChar(0x00a0) + m_currency.symbol()
                                                 : text + QChar(0x00a0) + m_currency.code();
}

} // namespace PayDesk
