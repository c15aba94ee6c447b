#include "core/money/AmountInWords.h"

#include <QStringList>

namespace PayDesk {

namespace {
// Russian plural form: 0 for 1 (рубль), 1 for 2-4 (рубля), 2 for 5-20 and 0 (рублей).
int ruForm(qint64 n)
{
    const qint64 tens = n % 100;
    const qint64 units = n % 10;
    if (tens >= 11 && tens <= 14)
        return 2;
    if (units == 1)
        return 0;
    if (units >= 2 && units <= 4)
        return 1;
    return 2;
}

QString ruTriplet(int n, bool feminine)
{
    static const char* const hundreds[] = {"",        "сто",      "двести",  "триста",    "четыреста",
                                           "пятьсот", "шестьсот", "семьсот", "восемьсот", "девятьсот"};
    static const char* const tens[] = {"",          "",           "двадцать",  "тридцать",    "сорок",
                                       "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят", "девяносто"};
    static const char* const teens[] = {"десять",     "одиннадцать", "двенадцать", "тринадцать",   "четырнадцать",
                                        "пятнадцать", "шестнадцать", "семнадцать", "восемнадцать", "девятнадцать"};
    static const char* const units[] = {"",     "один",  "два",  "три",    "четыре",
                                        "пять", "шесть", "семь", "восемь", "девять"};
    QStringList words;
    if (n / 100)
        words << QString::fromUtf8(hundreds[n / 100]);
    const int rest = n % 100;
    if (rest >= 10 && rest < 20) {
        words << QString::fromUtf8(teens[rest - 10]);
    } else {
        if (rest / 10)
            words << QString::fromUtf8(tens[rest / 10]);
        const int u = rest % 10;
        if (u == 1 && feminine)
            words << QStringLiteral("одна");
        else if (u == 2 && feminine)
            words << QStringLiteral("две");
        else if (u)
            words << QString::fromUtf8(units[u]);
    }
    return words.join(QLatin1Char(' '));
}

QString ruNumber(qint64 n, bool feminine)
{
    if (n == 0)
        return QStringLiteral("ноль");
    struct Scale
    {
        qint64 value;
        const char* forms[3];
        bool feminine;
    };
    static const Scale scales[] = {{1000000000000LL, {"триллион", "триллиона", "триллионов"}, false},
                                   {1000000000LL, {"миллиард", "миллиарда", "миллиардов"}, false},
                                   {1000000LL, {"миллион", "миллиона", "миллионов"}, false},
                                   {1000LL, {"тысяча", "тысячи", "тысяч"}, true}};
    QStringList words;
    for (const Scale& s : scales) {
        const qint64 part = n / s.value % 1000;
        if (part)
            words << ruTriplet(int(part), s.feminine) << QString::fromUtf8(s.forms[ruForm(part)]);
    }
    if (n % 1000)
        words << ruTriplet(int(n % 1000), feminine);
    if (n >= 1000000000000000LL)
        return QString::number(n);
    return words.join(QLatin1Char(' '));
}

QString enTriplet(int n)
{
    static const char* const units[] = {
        "",    "one",    "two",    "three",    "four",     "five",    "six",     "seven",     "eight",    "nine",
        "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    static const char* const tens[] = {"",      "",      "twenty",  "thirty", "forty",
                                       "fifty", "sixty", "seventy", "eighty", "ninety"};
    QStringList words;
    if (n / 100)
        words << QString::fromLatin1(units[n / 100]) << QStringLiteral("hundred");
    const int rest = n % 100;
    if (rest < 20) {
        if (rest)
            words << QString::fromLatin1(units[rest]);
    } else {
        words << (rest % 10
                      ? QString::fromLatin1(tens[rest / 10]) + QLatin1Char('-') + QString::fromLatin1(units[rest % 10])
                      : QString::fromLatin1(tens[rest / 10]));
    }
    return words.join(QLatin1Char(' '));
}

QString enNumber(qint64 n)
{
    if (n == 0)
        return QStringLiteral("zero");
    if (n >= 1000000000000000LL)
        return QString::number(n);
    static const QPair<qint64, const char*> scales[] = {
        {1000000000000LL, "trillion"}, {1000000000LL, "billion"}, {1000000LL, "million"}, {1000LL, "thousand"}};
    QStringList words;
    for (const auto& s : scales) {
        const qint64 part = n / s.first % 1000;
        if (part)
            words << enTriplet(int(part)) << QString::fromLatin1(s.second);
    }
    if (n % 1000)
        words << enTriplet(int(n % 1000));
    return words.join(QLatin1Char(' '));
}

struct Names
{
    const char* code;
    const char* ru[3];
    bool ruFeminine;
    const char* ruMinor[3];
    const char* en[2];
    const char* enMinor[2];
};

// clang-format off: a currency a line reads best
const Names CurrencyNames[] = {
    {"RUB", {"рубль", "рубля", "рублей"}, false, {"копейка", "копейки", "копеек"}, {"rouble", "roubles"}, {"kopeck", "kopecks"}},
    {"USD", {"доллар", "доллара", "долларов"}, false, {"цент", "цента", "центов"}, {"dollar", "dollars"}, {"cent", "cents"}},
    {"EUR", {"евро", "евро", "евро"}, false, {"цент", "цента", "центов"}, {"euro", "euros"}, {"cent", "cents"}},
};
// clang-format on
} // namespace

QString AmountInWords::format(const Money& amount, const QLocale& locale)
{
    const Currency currency = amount.currency();
    qint64 scale = 1;
    for (int i = 0; i < currency.exponent(); ++i)
        scale *= 10;
    const qint64 value = amount.minor() < 0 ? -amount.minor() : amount.minor();
    const qint64 major = value / scale;
    const qint64 minor = value % scale;
    const bool russian = locale.language() == QLocale::Russian;
    const Names* names = nullptr;
    for (const Names& n : CurrencyNames) {
        if (currency.code() == QLatin1String(n.code))
            names = &n;
    }
    QString text;
    if (russian) {
        text = ruNumber(major, names && names->ruFeminine) + QLatin1Char(' ')
               + (names ? QString::fromUtf8(names->ru[ruForm(major)]) : currency.code());
        if (currency.exponent() > 0)
            text += QStringLiteral(" %1 ").arg(minor, currency.exponent(), 10, QLatin1Char('0'))
                    + (names ? QString::fromUtf8(names->ruMinor[ruForm(minor)]) : QString());
    } else {
        text = enNumber(major) + QLatin1Char(' ')
               + (names ? QString::fromLatin1(names->en[major == 1 ? 0 : 1]) : currency.code());
        if (currency.exponent() > 0)
            text += QStringLiteral(" %1 ").arg(minor, currency.exponent(), 10, QLatin1Char('0'))
                    + (names ? QString::fromLatin1(names->enMinor[minor == 1 ? 0 : 1]) : QString());
    }
    text = text.trimmed();
    return amount.minor() < 0 ? (russian ? QStringLiteral("минус ") : QStringLiteral("minus ")) + text : text;
}

} // namespace PayDesk
