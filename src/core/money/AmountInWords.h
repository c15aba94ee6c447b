#pragma once

#include "core/money/Money.h"

#include <QLocale>

namespace PayDesk {

// "one thousand two hundred fifty roubles 50 kopecks" / "одна тысяча двести пятьдесят рублей
// 50 копеек": how an amount is written out on payment documents, so nobody misreads a digit.
// Russian for a Russian locale, English otherwise.
class AmountInWords
{
public:
    static QString format(const Money& amount, const QLocale& locale = QLocale());
};

} // namespace PayDesk
