#pragma once

#include "money/Currency.h"

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
    enum class ParseError { None, Empty, Negative, Invalid, TooManyDecimals, Overflow };

    Money() = default;
    Money(qint64 minor, Currency currency) : m_minor(minor), m_currency(currency) {}

    // "1234.56", "1 234,56", "1,234.56", "1234": exact, never through floating point.
    static std::optional<Money> parse(const QString &text, Currency currency, ParseError *error = nullptr);
    static QString errorMessage(ParseError error, Currency currency);

    qint64 minor() const { return m_minor; }
    Currency currency() const { return m_currency; }
    bool isValid() const { return m_currency.isValid(); }
    bool isZero() const { return m_minor == 0; }

    QString toDecimalString() const;                   // "1234.56": for machines and the CLI
    QString toDisplayString(const QLocale &locale = QLocale()) const; // "1 234,56 ₽" / "₽1,234.56"

    bool operator==(const Money &o) const { return m_minor == o.m_minor && m_currency == o.m_currency; }
    bool operator!=(const Money &o) const { return !(*this == o); }

private:
    qint64 m_minor = 0;
    Currency m_currency;
};

} // namespace PayDesk
