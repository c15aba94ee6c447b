// AmountInWords and the UI language's locale: an amount written out as on a payment document, in
// Russian with each noun in the form its numeral asks for, in English as PayDesk always wrote it.
#include "core/i18n/UiLanguage.h"
#include "core/money/AmountInWords.h"

#include <QTest>

using namespace PayDesk;

namespace {
const QLocale Russian(QLocale::Russian, QLocale::Russia);
const QLocale English(QLocale::English, QLocale::UnitedStates);

// MAJOR whole units and MINOR hundredths of CODE.
Money amount(qint64 major, qint64 minor, const char* code = "RUB")
{
    return Money(major * 100 + minor, Currency::fromCode(QString::fromLatin1(code)));
}
} // namespace

class TestAmountInWords : public QObject
{
    Q_OBJECT
private slots:
    void russianRoubles_data();
    void russianRoubles();
    void englishRoubles_data();
    void englishRoubles();
    void otherCurrencies_data();
    void otherCurrencies();
    void followsTheUiLanguage();
};

void TestAmountInWords::russianRoubles_data()
{
    QTest::addColumn<Money>("amount");
    QTest::addColumn<QString>("words");
    const auto row = [](const char* name, const Money& m, const char* words) {
        QTest::newRow(name) << m << QString::fromUtf8(words);
    };
    row("1", amount(1, 0), "один рубль ноль копеек");
    row("2", amount(2, 0), "два рубля ноль копеек");
    row("5", amount(5, 0), "пять рублей ноль копеек");
    row("11", amount(11, 0), "одиннадцать рублей ноль копеек");
    row("12", amount(12, 0), "двенадцать рублей ноль копеек");
    row("21", amount(21, 0), "двадцать один рубль ноль копеек");
    row("22", amount(22, 0), "двадцать два рубля ноль копеек");
    row("101", amount(101, 0), "сто один рубль ноль копеек");
    row("111", amount(111, 0), "сто одиннадцать рублей ноль копеек");
    row("1 000", amount(1000, 0), "одна тысяча рублей ноль копеек");
    row("2 000", amount(2000, 0), "две тысячи рублей ноль копеек");
    row("5 000", amount(5000, 0), "пять тысяч рублей ноль копеек");
    row("21 000", amount(21000, 0), "двадцать одна тысяча рублей ноль копеек");
    row("1 000 000", amount(1000000, 0), "один миллион рублей ноль копеек");
    row("1 000 001", amount(1000001, 0), "один миллион один рубль ноль копеек");
    row("2 000 000", amount(2000000, 0), "два миллиона рублей ноль копеек");
    row("0,01", amount(0, 1), "ноль рублей одна копейка");
    row("0,02", amount(0, 2), "ноль рублей две копейки");
    row("0,05", amount(0, 5), "ноль рублей пять копеек");
    row("0,11", amount(0, 11), "ноль рублей одиннадцать копеек");
    row("0,21", amount(0, 21), "ноль рублей двадцать одна копейка");
    row("1 234,56", amount(1234, 56), "одна тысяча двести тридцать четыре рубля пятьдесят шесть копеек");
    row("48 915,61", amount(48915, 61), "сорок восемь тысяч девятьсот пятнадцать рублей шестьдесят одна копейка");
    row("999 999 999,99", amount(999999999, 99),
        "девятьсот девяносто девять миллионов девятьсот девяносто девять тысяч девятьсот девяносто девять рублей "
        "девяносто девять копеек");
    row("RUR", amount(2, 2, "RUR"), "два рубля две копейки");
    row("negative", Money(-102, Currency::rub()), "минус один рубль две копейки");
}

void TestAmountInWords::russianRoubles()
{
    QFETCH(Money, amount);
    QFETCH(QString, words);
    QCOMPARE(AmountInWords::format(amount, Russian), words);
}

void TestAmountInWords::englishRoubles_data()
{
    QTest::addColumn<Money>("amount");
    QTest::addColumn<QString>("words");
    QTest::newRow("1") << amount(1, 0) << "one rouble 00 kopecks";
    QTest::newRow("2") << amount(2, 0) << "two roubles 00 kopecks";
    QTest::newRow("21") << amount(21, 0) << "twenty-one roubles 00 kopecks";
    QTest::newRow("101") << amount(101, 0) << "one hundred one roubles 00 kopecks";
    QTest::newRow("1 000 001") << amount(1000001, 0) << "one million one roubles 00 kopecks";
    QTest::newRow("0.01") << amount(0, 1) << "zero roubles 01 kopeck";
    QTest::newRow("0.02") << amount(0, 2) << "zero roubles 02 kopecks";
    QTest::newRow("1 000 000") << amount(1000000, 0) << "one million roubles 00 kopecks";
    QTest::newRow("999 999 999.99") << amount(999999999, 99)
                                    << "nine hundred ninety-nine million nine hundred ninety-nine thousand nine "
                                       "hundred ninety-nine roubles 99 kopecks";
    QTest::newRow("48 915.61") << amount(48915, 61) << "forty-eight thousand nine hundred fifteen roubles 61 kopecks";
    QTest::newRow("USD") << amount(1, 1, "USD") << "one dollar 01 cent";
    QTest::newRow("EUR") << amount(1000000, 0, "EUR") << "one million euros 00 cents";
    QTest::newRow("CNY") << amount(2, 5, "CNY") << "two yuan 05 fen";
    QTest::newRow("KZT") << amount(999999999, 99, "KZT")
                         << "nine hundred ninety-nine million nine hundred ninety-nine thousand nine hundred "
                            "ninety-nine tenge 99 tiyn";
    QTest::newRow("BYN") << amount(1, 1, "BYN") << "one Belarusian rouble 01 kopeck";
    QTest::newRow("UAH") << amount(123, 45, "UAH") << "one hundred twenty-three and 45/100 UAH";
    QTest::newRow("JPY") << Money(1000000, Currency::fromCode("JPY")) << "one million JPY";
}

void TestAmountInWords::englishRoubles()
{
    QFETCH(Money, amount);
    QFETCH(QString, words);
    QCOMPARE(AmountInWords::format(amount, English), words);
}

void TestAmountInWords::otherCurrencies_data()
{
    QTest::addColumn<Money>("amount");
    QTest::addColumn<QString>("words");
    const auto row = [](const char* name, const Money& m, const char* words) {
        QTest::newRow(name) << m << QString::fromUtf8(words);
    };
    row("USD 1", amount(1, 1, "USD"), "один доллар один цент");
    row("USD 2", amount(2, 2, "USD"), "два доллара два цента");
    row("USD 5", amount(5, 5, "USD"), "пять долларов пять центов");
    row("USD 21", amount(21, 21, "USD"), "двадцать один доллар двадцать один цент");
    row("USD 0,01", amount(0, 1, "USD"), "ноль долларов один цент");
    row("USD 1 000 000", amount(1000000, 0, "USD"), "один миллион долларов ноль центов");
    row("EUR 1", amount(1, 1, "EUR"), "один евро один евроцент");
    row("EUR 2", amount(2, 2, "EUR"), "два евро два евроцента");
    row("EUR 11", amount(11, 11, "EUR"), "одиннадцать евро одиннадцать евроцентов");
    row("EUR 999 999 999,99", amount(999999999, 99, "EUR"),
        "девятьсот девяносто девять миллионов девятьсот девяносто девять тысяч девятьсот девяносто девять евро "
        "девяносто девять евроцентов");
    row("CNY 1", amount(1, 1, "CNY"), "один юань один фэнь");
    row("CNY 3", amount(3, 3, "CNY"), "три юаня три фэня");
    row("CNY 101", amount(101, 5, "CNY"), "сто один юань пять фэней");
    row("KZT 1", amount(1, 1, "KZT"), "один тенге один тиын");
    row("KZT 1 000", amount(1000, 4, "KZT"), "одна тысяча тенге четыре тиына");
    row("KZT 0,01", amount(0, 1, "KZT"), "ноль тенге один тиын");
    row("KZT 7", amount(7, 7, "KZT"), "семь тенге семь тиынов");
    row("BYN 1", amount(1, 1, "BYN"), "один белорусский рубль одна копейка");
    row("BYN 2", amount(2, 2, "BYN"), "два белорусских рубля две копейки");
    row("BYN 5", amount(5, 5, "BYN"), "пять белорусских рублей пять копеек");
    row("BYN 1 000 001", amount(1000001, 0, "BYN"), "один миллион один белорусский рубль ноль копеек");
    // Without names of its own: the whole in words, the fraction as on a cheque, then the code.
    row("UAH", amount(123, 45, "UAH"), "сто двадцать три и 45/100 UAH");
    row("JPY", Money(2000, Currency::fromCode("JPY")), "две тысячи JPY");
    row("KWD", Money(1001, Currency::fromCode("KWD")), "один и 001/1000 KWD");
}

void TestAmountInWords::otherCurrencies()
{
    QFETCH(Money, amount);
    QFETCH(QString, words);
    QCOMPARE(AmountInWords::format(amount, Russian), words);
}

// One place says the UI's locale: after use("ru") amounts and their words are Russian whatever the
// system speaks, and QLocale() (Qt's widgets, core's messages) follows; "en" keeps the system's English.
void TestAmountInWords::followsTheUiLanguage()
{
    UiLanguage::use(QStringLiteral("ru"));
    QCOMPARE(UiLanguage::current(), QString("ru"));
    QCOMPARE(UiLanguage::locale().language(), QLocale::Russian);
    QCOMPARE(QLocale().language(), QLocale::Russian);
    QCOMPARE(AmountInWords::format(amount(2, 1)), QString::fromUtf8("два рубля одна копейка"));
    QCOMPARE(amount(48915, 61).toDisplayString(UiLanguage::locale()), QString::fromUtf8("48\u00a0915,61\u00a0₽"));
    QCOMPARE(UiLanguage::locale().toString(QDate(2026, 12, 3), QStringLiteral("ddd d MMMM")),
             QString::fromUtf8("чт 3 декабря"));

    UiLanguage::use(QStringLiteral("en"));
    QCOMPARE(UiLanguage::locale().language(),
             QLocale::system().language() == QLocale::Russian ? QLocale::English : QLocale::system().language());
    QCOMPARE(AmountInWords::format(amount(2, 1)), QString("two roubles 01 kopeck"));
    QCOMPARE(UiLanguage::localeOf(QStringLiteral("ru")).language(), QLocale::Russian);
}

QTEST_APPLESS_MAIN(TestAmountInWords)
#include "tst_amount_in_words.moc"
