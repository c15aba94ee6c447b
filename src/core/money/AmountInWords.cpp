#include "core/money/AmountInWords.h"

#include "core/i18n/UiLanguage.h"

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

// A currency's unit in Russian: the forms for 1, 2-4 and 5 (рубль, рубля, рублей) and the gender its
// numerals take ("одна копейка", "две копейки").
struct RuUnit
{
    const char* forms[3];
    bool feminine;
};

struct Names
{
    const char* code;
    RuUnit ru;
    RuUnit ruMinor;
    const char* en[2]; // one, many
    const char* enMinor[2];
};

// A currency a line reads best.
// clang-format off
const Names CurrencyNames[] = {
    {"RUB", {{"рубль", "рубля", "рублей"}, false}, {{"копейка", "копейки", "копеек"}, true}, {"rouble", "roubles"}, {"kopeck", "kopecks"}},
    {"USD", {{"доллар", "доллара", "долларов"}, false}, {{"цент", "цента", "центов"}, false}, {"dollar", "dollars"}, {"cent", "cents"}},
    {"EUR", {{"евро", "евро", "евро"}, false}, {{"евроцент", "евроцента", "евроцентов"}, false}, {"euro", "euros"}, {"cent", "cents"}},
    {"CNY", {{"юань", "юаня", "юаней"}, false}, {{"фэнь", "фэня", "фэней"}, false}, {"yuan", "yuan"}, {"fen", "fen"}},
    {"KZT", {{"тенге", "тенге", "тенге"}, false}, {{"тиын", "тиына", "тиынов"}, false}, {"tenge", "tenge"}, {"tiyn", "tiyn"}},
    {"BYN", {{"белорусский рубль", "белорусских рубля", "белорусских рублей"}, false}, {{"копейка", "копейки", "копеек"}, true},
     {"Belarusian rouble", "Belarusian roubles"}, {"kopeck", "kopecks"}},
};
// clang-format on

const Names* namesOf(const Currency& currency)
{
    // RUR, the pre-1998 code test gateways still send, is the rouble.
    const QString code = currency.code() == QLatin1String("RUR") ? QStringLiteral("RUB") : currency.code();
    for (const Names& n : CurrencyNames) {
        if (code == QLatin1String(n.code))
            return &n;
    }
    return nullptr;
}

QString ruCounted(qint64 n, const RuUnit& unit)
{
    return ruNumber(n, unit.feminine) + QLatin1Char(' ') + QString::fromUtf8(unit.forms[ruForm(n)]);
}

// "одна тысяча двести тридцать четыре рубля пятьдесят шесть копеек": both parts in words, so that the
// noun agrees with its numeral as it is read aloud.
QString russian(qint64 major, qint64 minor, int exponent, const Names& names)
{
    const QString whole = ruCounted(major, names.ru);
    return exponent > 0 ? whole + QLatin1Char(' ') + ruCounted(minor, names.ruMinor) : whole;
}

// "twelve roubles 05 kopecks": as PayDesk always wrote it.
QString english(qint64 major, qint64 minor, int exponent, const Names& names)
{
    const QString whole = enNumber(major) + QLatin1Char(' ') + QString::fromLatin1(names.en[major == 1 ? 0 : 1]);
    if (exponent == 0)
        return whole;
    return whole + QStringLiteral(" %1 ").arg(minor, exponent, 10, QLatin1Char('0'))
           + QString::fromLatin1(names.enMinor[minor == 1 ? 0 : 1]);
}

// A currency without names: the whole in words, the fraction as a cheque writes it, then the code:
// "сто двадцать три и 45/100 UAH", "one hundred twenty-three and 45/100 UAH".
QString fallback(qint64 major, qint64 minor, const Currency& currency, qint64 scale, bool inRussian)
{
    QString text = inRussian ? ruNumber(major, false) : enNumber(major);
    if (currency.exponent() > 0)
        text += (inRussian ? QStringLiteral(" и ") : QStringLiteral(" and "))
                + QStringLiteral("%1/%2").arg(minor, currency.exponent(), 10, QLatin1Char('0')).arg(scale);
    return text + QLatin1Char(' ') + currency.code();
}
} // namespace

QString AmountInWords::format(const Money& amount)
{
    return format(amount, UiLanguage::locale());
}

QString AmountInWords::format(const Money& amount, const QLocale& locale)
{
    const Currency currency = amount.currency();
    qint64 scale = 1;
    for (int i = 0; i < currency.exponent(); ++i)
        scale *= 10;
    const qint64 value = amount.minor() < 0 ? -amount.minor() : amount.minor();
    const qint64 major = value / scale;
    const qint64 minor = value % scale;
    const bool inRussian = locale.language() == QLocale::Russian;
    const Names* names = namesOf(currency);
    const QString text = !names      ? fallback(major, minor, currency, scale, inRussian)
                         : inRussian ? russian(major, minor, currency.exponent(), *names)
                                     : english(major, minor, currency.exponent(), *names);
    if (amount.minor() >= 0)
        return text;
    return (inRussian ? QStringLiteral("минус ") : QStringLiteral("minus ")) + text;
}

} // namespace PayDesk
