#pragma once

#include "core/money/Currency.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <optional>

namespace PayDesk {

// An exact amount: integer minor units of one currency. All conversions to and from text are here.
class Money
{
    Q_DECLARE_TR_FUNCTIONS(Money)
public:
    enum class ParseError { None, Empty, Negative, Invalid, TooManyDecimals, Overflow, Ambiguous };

    // The largest amount a real order can hold (10^15 - 1 minor units): an amount from a gateway or the
    // cache outside [0, kMaxOrderMinor] is a malformed answer, and arithmetic on checked amounts cannot overflow.
    static constexpr qint64 kMaxOrderMinor = 999'999'999'999'999LL;

    Money() = default;
    Money(qint64 minor, Currency currency)
        : m_minor(minor)
        , m_currency(currency)
    { }

    // A typed amount, exact, never through floating point; the grammar is in Money.cpp and the README.
    // "1234.56", "1 234,56", "1,234.56", "1.234.567"; "1,000" or "1.000" are Ambiguous.
    static std::optional<Money> parse(const QString& text, Currency currency, ParseError* error = nullptr);
    // The machine form a gateway or the cache writes: digits, optionally "." and digits ("1234.5", "0.29").
    static std::optional<Money> fromDecimalString(const QString& text, Currency currency);
    // Why `input` was refused, in the UI language; for Ambiguous it shows both readings.
    static QString errorMessage(ParseError error, Currency currency, const QString& input = {});

    // In [0, kMaxOrderMinor]: what an order's amount can be.
    bool isPlausible() const { return m_minor >= 0 && m_minor <= kMaxOrderMinor; }
    static bool isPlausibleMinor(qint64 minor) { return minor >= 0 && minor <= kMaxOrderMinor; }

    qint64 minor() const { return m_minor; }
    Currency currency() const { return m_currency; }
    bool isValid() const { return m_currency.isValid(); }
    bool isZero() const { return m_minor == 0; }

    QString toDecimalString() const;                                  // "1234.56": for machines and the CLI
    QString toDisplayString(const QLocale& locale = QLocale()) const; // "1 234,56 ₽" / "1,234.56 RUB"
    QString toLocaleNumber(const QLocale& locale) const;              // "1 234,56" / "1,234.56": for inputs

    bool operator==(const Money& o) const { return m_minor == o.m_minor && m_currency == o.m_currency; }
    bool operator!=(const Money& o) const { return !(*this == o); }

private:
    qint64 m_minor = 0;
    Currency m_currency;
};

} // namespace PayDesk
