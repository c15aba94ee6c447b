#include "core/money/Money.h"

#include <algorithm>
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

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isBlank(QChar c)
{
    return c.isSpace(); // space, no-break space (U+00A0), narrow no-break space (U+202F), ...
}

// Typed amounts (README, "Typed amounts"):
//   amount    = integer [ decimal fraction ]
//   integer   = 1*DIGIT | 1*3DIGIT 1*( group 3DIGIT )
//   group     = a blank, "," or "." — one and the same throughout the amount
//   decimal   = "," or ".", other than the group separator; fraction = 1*DIGIT
// Blanks around the amount are ignored; no signs, exponents or currency symbols. A lone "," or "." followed
// by exactly three digits after one to three digits ("1,000", "12.500") could be either separator: refused.
struct AmountText
{
    QString integer;        // digits only
    QString fraction;       // digits only; empty when there is no decimal separator
    QString groupReading;   // for an ambiguous text: the integer it would be with grouping ("1000")
    QString decimalReading; // and the decimal it would be ("1.000")
};

Money::ParseError split(const QString& text, AmountText* out)
{
    QString digits;
    QList<QChar> seps;      // separators in order, blanks as ' '
    QList<qsizetype> sepAt; // index into digits where each separator stands
    for (const QChar c : text) {
        if (isDigit(c)) {
            digits += c;
            continue;
        }
        const QChar sep = isBlank(c) ? QLatin1Char(' ') : c;
        if (sep != QLatin1Char(' ') && sep != QLatin1Char(',') && sep != QLatin1Char('.'))
            return Money::ParseError::Invalid;
        if (sepAt.isEmpty() ? digits.isEmpty() : sepAt.last() == digits.size())
            return Money::ParseError::Invalid; // leading or doubled separator
        seps.append(sep);
        sepAt.append(digits.size());
    }
    if (!sepAt.isEmpty() && sepAt.last() == digits.size())
        return Money::ParseError::Invalid; // trailing separator
    QChar group;
    QChar decimal;
    const QChar last = seps.isEmpty() ? QChar() : seps.last();
    const bool lastIsUnique = seps.count(last) == 1;
    if (seps.isEmpty()) {
    } else if (last != QLatin1Char(' ') && lastIsUnique && seps.size() > 1) {
        decimal = last;
        group = seps.first();
    } else if (last != QLatin1Char(' ') && lastIsUnique) {
        decimal = last;
        const qsizetype before = sepAt.last();
        if (digits.size() - before == 3 && before <= 3 && digits.at(0) != QLatin1Char('0')) {
            out->groupReading = digits;
            out->decimalReading = digits.left(before) + QLatin1Char('.') + digits.mid(before);
            return Money::ParseError::Ambiguous;
        }
    } else {
        group = last;
    }
    const qsizetype groupedEnd = decimal.isNull() ? digits.size() : sepAt.last();
    const qsizetype groups = decimal.isNull() ? seps.size() : seps.size() - 1;
    for (qsizetype i = 0; i < groups; ++i) {
        const qsizetype width = (i + 1 < groups ? sepAt[i + 1] : groupedEnd) - sepAt[i];
        if (seps[i] != group || width != 3 || (i == 0 && sepAt[0] > 3))
            return Money::ParseError::Invalid;
    }
    out->integer = digits.left(groupedEnd);
    out->fraction = digits.mid(groupedEnd);
    return Money::ParseError::None;
}

// Minor units from checked digits, or Overflow / TooManyDecimals.
Money::ParseError compose(const AmountText& parts, int exponent, qint64* minor)
{
    QString fraction = parts.fraction;
    while (fraction.size() > exponent && fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1); // "12.5000" is 12.50 exactly
    if (fraction.size() > exponent)
        return Money::ParseError::TooManyDecimals;
    fraction = fraction.leftJustified(exponent, QLatin1Char('0'));
    qint64 value = 0;
    const QString digits = parts.integer + fraction;
    for (const QChar c : digits) {
        if (__builtin_mul_overflow(value, qint64(10), &value)
            || __builtin_add_overflow(value, qint64(c.digitValue()), &value))
            return Money::ParseError::Overflow;
    }
    *minor = value;
    return Money::ParseError::None;
}

// "1.000" written so that it reads one way only in `exponent` decimals ("1.00"), or empty if it cannot be.
QString unambiguousDecimal(const QString& reading, int exponent)
{
    QString text = reading;
    while (text.size() - text.indexOf(QLatin1Char('.')) - 1 > exponent && text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text += QLatin1Char('0');
    const qsizetype decimals = text.size() - text.indexOf(QLatin1Char('.')) - 1;
    if (decimals > exponent)
        return {};
    return decimals == 3 ? text + QLatin1Char('0') : text;
}

AmountText ambiguousReadings(const QString& input)
{
    AmountText parts;
    split(input.trimmed(), &parts);
    return parts;
}
} // namespace

std::optional<Money> Money::parse(const QString& input, Currency currency, ParseError* error)
{
    ParseError dummy;
    ParseError& err = error ? *error : dummy;
    const QString text = input.trimmed();
    AmountText parts;
    qint64 minor = 0;
    if (text.isEmpty())
        err = ParseError::Empty;
    else if (text.startsWith(QLatin1Char('-')))
        err = ParseError::Negative;
    else if ((err = split(text, &parts)) == ParseError::None)
        err = compose(parts, currency.exponent(), &minor);
    if (err != ParseError::None)
        return std::nullopt;
    return Money(minor, currency);
}

std::optional<Money> Money::fromDecimalString(const QString& text, Currency currency)
{
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    AmountText parts;
    parts.integer = dot < 0 ? text : text.left(dot);
    parts.fraction = dot < 0 ? QString() : text.mid(dot + 1);
    const auto digitsOnly = [](const QString& s) { return std::all_of(s.begin(), s.end(), isDigit); };
    if (parts.integer.isEmpty() || !digitsOnly(parts.integer) || !digitsOnly(parts.fraction)
        || (dot >= 0 && parts.fraction.isEmpty()))
        return std::nullopt;
    qint64 minor = 0;
    if (compose(parts, currency.exponent(), &minor) != ParseError::None)
        return std::nullopt;
    return Money(minor, currency);
}

QString Money::errorMessage(ParseError error, Currency currency, const QString& input)
{
    switch (error) {
    case ParseError::None:
        return {};
    case ParseError::Empty:
        return tr("Enter an amount.");
    case ParseError::Negative:
        return tr("The amount cannot be negative.");
    case ParseError::Invalid:
        return tr("This is not an amount. Use digits, at most one decimal separator and groups of three digits, e.g. "
                  "1234.56 or 1 234,56.");
    case ParseError::TooManyDecimals:
        return currency.exponent() == 0
                   ? tr("%1 has no fractional part.").arg(currency.code())
                   : tr("%1 has only %n decimal place(s).", nullptr, currency.exponent()).arg(currency.code());
    case ParseError::Overflow:
        return tr("The amount is too large.");
    case ParseError::Ambiguous: {
        const AmountText readings = ambiguousReadings(input);
        const QString decimalForm = unambiguousDecimal(readings.decimalReading, currency.exponent());
        if (decimalForm.isEmpty())
            return tr("“%1” could mean %2 or %3. Type %2 without a thousands separator.")
                .arg(input.trimmed(), readings.groupReading, readings.decimalReading);
        return tr("“%1” could mean %2 or %3. Type %2 without a thousands separator, or %4 for the smaller amount.")
            .arg(input.trimmed(), readings.groupReading, readings.decimalReading, decimalForm);
    }
    }
    return {};
}

namespace {
// Whole and fractional parts of |minor|, exact even for the most negative qint64.
struct Parts
{
    bool negative;
    quint64 whole;
    quint64 fraction;
};

Parts partsOf(qint64 minor, int exponent)
{
    const quint64 magnitude = minor < 0 ? quint64(0) - quint64(minor) : quint64(minor);
    const quint64 scale = quint64(pow10(exponent));
    return {minor < 0, magnitude / scale, magnitude % scale};
}
} // namespace

QString Money::toDecimalString() const
{
    const int exponent = m_currency.exponent();
    const Parts p = partsOf(m_minor, exponent);
    QString text = p.negative ? QStringLiteral("-") : QString();
    text += QString::number(p.whole);
    if (exponent > 0)
        text += QLatin1Char('.') + QStringLiteral("%1").arg(p.fraction, exponent, 10, QLatin1Char('0'));
    return text;
}

QString Money::toLocaleNumber(const QLocale& locale) const
{
    const int exponent = m_currency.exponent();
    const Parts p = partsOf(m_minor, exponent);
    QString text = p.negative ? locale.negativeSign() : QString();
    text += locale.toString(p.whole); // grouped integer part, exact
    if (exponent > 0)
        text += locale.decimalPoint() + QStringLiteral("%1").arg(p.fraction, exponent, 10, QLatin1Char('0'));
    return text;
}

QString Money::toDisplayString(const QLocale& locale) const
{
    const QString text = toLocaleNumber(locale);
    if (locale.language() == QLocale::C) // plain text for terminals and scripts: "1234.56 RUB"
        return text + QLatin1Char(' ') + m_currency.code();
    return locale.language() == QLocale::Russian ? text + QChar(0x00a0) + m_currency.symbol()
                                                 : text + QChar(0x00a0) + m_currency.code();
}

} // namespace PayDesk
