#pragma once

#include "core/money/Money.h"

#include <QLocale>

namespace PayDesk {

// "one thousand two hundred fifty roubles 50 kopecks" / "одна тысяча двести пятьдесят рублей пятьдесят
// копеек": how an amount is written out on payment documents, so nobody misreads a digit. Russian for a
// Russian locale, with each noun in the form its numeral asks for (RUB, USD, EUR, CNY, KZT, BYN by name,
// other currencies by code: "сто и 45/100 UAH"); English otherwise.
class AmountInWords
{
public:
    // In the UI language (UiLanguage::locale()).
    static QString format(const Money& amount);
    static QString format(const Money& amount, const QLocale& locale);
};

} // namespace PayDesk
