// Money: exact parsing and printing of decimal amounts, bad input refused with a reason.
#include "core/money/Money.h"

#include <QTest>

#include <limits>

using namespace PayDesk;

class TestMoney : public QObject
{
    Q_OBJECT
private slots:
    void parsesExactly_data();
    void parsesExactly();
    void refusesBadInput_data();
    void refusesBadInput();
    void ambiguityShowsBothReadings();
    void machineDecimals();
    void plausibleRange();
    void printsExactly();
    void currencies();
};

void TestMoney::parsesExactly_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("minor");
    QTest::newRow("plain") << "1234"
                           << "RUB" << 123400LL;
    QTest::newRow("dot") << "1234.56"
                         << "RUB" << 123456LL;
    QTest::newRow("comma") << "1234,56"
                           << "RUB" << 123456LL;
    QTest::newRow("ru grouping") << "1 234,56"
                                 << "RUB" << 123456LL;
    QTest::newRow("nbsp grouping") << QString::fromUtf8("1\u00a0234\u00a0567,5") << "RUB" << 123456750LL;
    QTest::newRow("en grouping") << "1,234,567.89"
                                 << "USD" << 123456789LL;
    QTest::newRow("de grouping") << "1.234.567,89"
                                 << "EUR" << 123456789LL;
    QTest::newRow("dots as groups") << "1.234.567"
                                    << "RUB" << 123456700LL;
    QTest::newRow("one decimal") << "0.1"
                                 << "RUB" << 10LL;
    QTest::newRow("trailing zeros") << "12.5000"
                                    << "RUB" << 1250LL;
    QTest::newRow("leading zero is no group") << "0.500"
                                              << "RUB" << 50LL;
    QTest::newRow("four digits is no group") << "1000,000"
                                             << "RUB" << 100000LL;
    QTest::newRow("one decimal comma") << "1,5"
                                       << "RUB" << 150LL;
    QTest::newRow("grouped then decimal") << "1,000.50"
                                          << "RUB" << 100050LL;
    QTest::newRow("blank grouped then comma") << "1 000,500"
                                              << "RUB" << 100050LL;
    QTest::newRow("dots group a million") << "1.000.000"
                                          << "RUB" << 100000000LL;
    QTest::newRow("yen") << "1500"
                         << "JPY" << 1500LL;
    QTest::newRow("three decimals") << "12345.678"
                                    << "KWD" << 12345678LL;
    QTest::newRow("three decimals, four written") << "1.2340"
                                                  << "KWD" << 1234LL;
    QTest::newRow("0.29 not 0.28999") << "0.29"
                                      << "RUB" << 29LL;
    QTest::newRow("max rbs") << "9999999999.99"
                             << "RUB" << 999999999999LL;
    QTest::newRow("spaces around") << "  42.00 "
                                   << "RUB" << 4200LL;
    QTest::newRow("qint64 limit") << "92233720368547758.07"
                                  << "RUB" << 9223372036854775807LL;
}

void TestMoney::parsesExactly()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(qint64, minor);
    Money::ParseError error;
    const auto money = Money::parse(text, Currency::fromCode(currency), &error);
    QVERIFY2(money.has_value(), qPrintable(Money::errorMessage(error, Currency::fromCode(currency))));
    QCOMPARE(money->minor(), minor);
    QCOMPARE(money->currency().code(), currency);
}

void TestMoney::refusesBadInput_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<int>("error");
    const int Empty = int(Money::ParseError::Empty), Negative = int(Money::ParseError::Negative),
              Invalid = int(Money::ParseError::Invalid), Decimals = int(Money::ParseError::TooManyDecimals),
              Overflow = int(Money::ParseError::Overflow), Ambiguous = int(Money::ParseError::Ambiguous);
    QTest::newRow("1,000 ambiguous") << "1,000"
                                     << "RUB" << Ambiguous;
    QTest::newRow("1.000 ambiguous") << "1.000"
                                     << "RUB" << Ambiguous;
    QTest::newRow("12.500 ambiguous") << "12.500"
                                      << "RUB" << Ambiguous;
    QTest::newRow("999,999 ambiguous") << " 999,999 "
                                       << "RUB" << Ambiguous;
    QTest::newRow("1,234 ambiguous for KWD") << "1,234"
                                             << "KWD" << Ambiguous;
    QTest::newRow("1.000 ambiguous for yen") << "1.000"
                                             << "JPY" << Ambiguous;
    QTest::newRow("blank before decimal") << "12 ,5"
                                          << "RUB" << Invalid;
    QTest::newRow("doubled blank") << "1  000"
                                   << "RUB" << Invalid;
    QTest::newRow("blank in short group") << "12 34"
                                          << "RUB" << Invalid;
    QTest::newRow("mixed groups") << "1,000 000"
                                  << "RUB" << Invalid;
    QTest::newRow("long first group") << "1234,567.00"
                                      << "RUB" << Invalid;
    QTest::newRow("empty") << ""
                           << "RUB" << Empty;
    QTest::newRow("blank") << "   "
                           << "RUB" << Empty;
    QTest::newRow("negative") << "-5"
                              << "RUB" << Negative;
    QTest::newRow("plus sign") << "+5"
                               << "RUB" << Invalid;
    QTest::newRow("letters") << "12a"
                             << "RUB" << Invalid;
    QTest::newRow("currency suffix") << "12 RUB"
                                     << "RUB" << Invalid;
    QTest::newRow("two decimals points") << "1.2.3,4"
                                         << "RUB" << Invalid;
    QTest::newRow("dangling separator") << "12."
                                        << "RUB" << Invalid;
    QTest::newRow("leading separator") << ".5"
                                       << "RUB" << Invalid;
    QTest::newRow("bad grouping") << "12,34,567.00"
                                  << "RUB" << Invalid;
    QTest::newRow("too many decimals") << "1.2345"
                                       << "RUB" << Decimals;
    QTest::newRow("too many decimals after group") << "1 234,567"
                                                   << "RUB" << Decimals;
    QTest::newRow("decimals on yen") << "15.5"
                                     << "JPY" << Decimals;
    QTest::newRow("exponent") << "1e5"
                              << "RUB" << Invalid;
    QTest::newRow("overflow") << "92233720368547758.08"
                              << "RUB" << Overflow;
    QTest::newRow("huge") << "999999999999999999999999"
                          << "RUB" << Overflow;
    QTest::newRow("arabic digits") << QString::fromUtf8("١٢٣") << "RUB" << Invalid;
}

void TestMoney::refusesBadInput()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(int, error);
    Money::ParseError actual;
    QVERIFY(!Money::parse(text, Currency::fromCode(currency), &actual).has_value());
    QCOMPARE(int(actual), error);
    QVERIFY(!Money::errorMessage(actual, Currency::fromCode(currency), text).isEmpty());
}

void TestMoney::ambiguityShowsBothReadings()
{
    const QString message = Money::errorMessage(Money::ParseError::Ambiguous, Currency::rub(), QStringLiteral("1,000"));
    QVERIFY2(message.contains(QLatin1String("1000")) && message.contains(QLatin1String("1.000")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("1.00 ")), qPrintable(message)); // the unambiguous smaller reading
    const QString noSmaller =
        Money::errorMessage(Money::ParseError::Ambiguous, Currency::rub(), QStringLiteral("1.234"));
    QVERIFY2(noSmaller.contains(QLatin1String("1234")) && !noSmaller.contains(QLatin1String("1.23 ")),
             qPrintable(noSmaller));
    // Every unambiguous form the message suggests parses back to its reading.
    QCOMPARE(Money::parse(QStringLiteral("1.00"), Currency::rub())->minor(), 100LL);
    QCOMPARE(Money::parse(QStringLiteral("1.2340"), Currency::fromCode("KWD"))->minor(), 1234LL);
}

void TestMoney::machineDecimals()
{
    QCOMPARE(Money::fromDecimalString(QStringLiteral("1.000"), Currency::rub())->minor(), 100LL);
    QCOMPARE(Money::fromDecimalString(QStringLiteral("1000"), Currency::rub())->minor(), 100000LL);
    QCOMPARE(Money::fromDecimalString(QStringLiteral("0.29"), Currency::rub())->minor(), 29LL);
    for (const char* bad : {"", "1,00", "-1", "1.", ".5", "1 000", "1e3", "1.234", "92233720368547758.08"})
        QVERIFY2(!Money::fromDecimalString(QString::fromLatin1(bad), Currency::rub()), bad);
}

void TestMoney::plausibleRange()
{
    QVERIFY(Money(0, Currency::rub()).isPlausible());
    QVERIFY(Money(Money::kMaxOrderMinor, Currency::rub()).isPlausible());
    QVERIFY(!Money(Money::kMaxOrderMinor + 1, Currency::rub()).isPlausible());
    QVERIFY(!Money(-1, Currency::rub()).isPlausible());
}

void TestMoney::printsExactly()
{
    QCOMPARE(Money(123456, Currency::rub()).toDecimalString(), QString("1234.56"));
    QCOMPARE(Money(5, Currency::rub()).toDecimalString(), QString("0.05"));
    QCOMPARE(Money(0, Currency::rub()).toDecimalString(), QString("0.00"));
    QCOMPARE(Money(1500, Currency::fromCode("JPY")).toDecimalString(), QString("1500"));
    QCOMPARE(Money(1234, Currency::fromCode("KWD")).toDecimalString(), QString("1.234"));
    QCOMPARE(Money(9223372036854775807LL, Currency::rub()).toDecimalString(), QString("92233720368547758.07"));
    QCOMPARE(Money(123456789, Currency::rub()).toDisplayString(QLocale(QLocale::Russian)),
             QString::fromUtf8("1\u00a0234\u00a0567,89\u00a0₽"));
    QCOMPARE(
        Money(123456789, Currency::fromCode("USD")).toDisplayString(QLocale(QLocale::English, QLocale::UnitedStates)),
        QString::fromUtf8("1,234,567.89\u00a0USD"));
    QCOMPARE(Money(-5, Currency::rub()).toDecimalString(), QString("-0.05"));
    QCOMPARE(Money(-123456, Currency::rub()).toDisplayString(QLocale(QLocale::English, QLocale::UnitedStates)),
             QString::fromUtf8("-1,234.56\u00a0USD").replace("USD", "RUB"));
    QCOMPARE(Money(std::numeric_limits<qint64>::min(), Currency::rub()).toDecimalString(),
             QString("-92233720368547758.08"));
    // Round trip through text for many values.
    for (qint64 v : {0LL, 1LL, 9LL, 10LL, 99LL, 100LL, 101LL, 123456789012LL}) {
        const Money m(v, Currency::rub());
        QCOMPARE(Money::parse(m.toDecimalString(), Currency::rub())->minor(), v);
        QCOMPARE(Money::parse(m.toDisplayString(QLocale(QLocale::Russian)).chopped(2), Currency::rub())->minor(), v);
    }
}

void TestMoney::currencies()
{
    QCOMPARE(Currency::fromNumeric(643).code(), QString("RUB"));
    QCOMPARE(Currency::fromNumeric(810).code(), QString("RUR"));
    QCOMPARE(Currency::fromCode("eur").numeric(), 978);
    QCOMPARE(Currency::fromCode("978").code(), QString("EUR"));
    QVERIFY(!Currency::fromNumeric(999).isValid());
    QVERIFY(!Currency::fromCode("XXX").isValid());
    QCOMPARE(Currency::fromCode("JPY").exponent(), 0);
}

QTEST_APPLESS_MAIN(TestMoney)
#include "tst_money.moc"
