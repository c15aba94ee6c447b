#pragma once

#include <QString>

namespace PayDesk {

// ISO 4217 currency: numeric code (what RBS sends), letter code and the number of minor digits.
class Currency
{
public:
    Currency() = default;

    static Currency fromNumeric(int numeric);      // invalid if unknown
    static Currency fromCode(const QString& code); // "RUB", case-insensitive
    static Currency rub() { return fromNumeric(643); }

    bool isValid() const { return m_numeric != 0; }
    int numeric() const { return m_numeric; }
    QString code() const { return QString::fromLatin1(m_code); }
    int exponent() const { return m_exponent; }
    QString symbol() const;

    bool operator==(const Currency& other) const { return m_numeric == other.m_numeric; }
    bool operator!=(const Currency& other) const { return !(*this == other); }

private:
    Currency(int numeric, const char* code, int exponent)
        : m_numeric(numeric)
        , m_code(code)
        , m_exponent(exponent)
    { }

    int m_numeric = 0;
    const char* m_code = "";
    int m_exponent = 2;
};

} // namespace PayDesk
