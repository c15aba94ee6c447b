// AssistParser on the documentation's and peers' real sample answers (../shared/spec/fixtures/assist)
// and on the shapes the spec describes: error codes first, DOCTYPE skipped, values trimmed,
// billnumbers as strings, decimal amounts read exactly, several orders per order number.
#include "core/gateway/assist/AssistParser.h"

#include <QFile>
#include <QTest>

using namespace PayDesk;

namespace {
QByteArray fixture(const char* name)
{
    QFile f(QStringLiteral(PAYDESK_SPEC_DIR "/fixtures/assist/") + QString::fromLatin1(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return f.readAll();
}
} // namespace

class TestAssistParser : public QObject
{
    Q_OBJECT
private slots:
    void orderStateCanceled()
    {
        const AssistParser::Answer a = AssistParser::parse(fixture("orderstate_canceled.xml"), 4);
        QVERIFY(!a.error.isError());
        QCOMPARE(a.orders.size(), 1);
        const Order& o = a.orders.first();
        QCOMPARE(o.gateway, GatewayKind::Assist);
        QCOMPARE(o.orderId, QString("5775486650107611")); // 16 digits: a string, never a double
        QCOMPARE(o.orderNumber, QString("100"));
        QCOMPARE(o.amount, Money(400, Currency::rub()));
        QCOMPARE(o.gatewayState, QString("Canceled"));
        QCOMPARE(o.status, OrderStatus::Reversed);
        QCOMPARE(o.raw.value("checkvalue").toString(), QString("74DEB154081757F1E8097DDFAC35FC5C"));
    }

    void checkValueFollowsTheSpecFormula()
    {
        // The spec's test vector: secret word "secret", Merchant_ID 111111, requested order number "ok".
        const QString good = AssistParser::parse(fixture("orderstate_canceled.xml"), 4)
                                 .orders.first()
                                 .raw.value("checkvalue")
                                 .toString();
        const QString bad = AssistParser::parse(fixture("orderstate_canceled_wrong_checkvalue.xml"), 4)
                                .orders.first()
                                .raw.value("checkvalue")
                                .toString();
        const QString computed = AssistParser::checkValue("secret", "111111", "ok", "4.00", "RUB", "Canceled");
        QCOMPARE(computed, good);
        QVERIFY(computed != bad);
    }

    void chargeOk()
    {
        const AssistParser::Answer a = AssistParser::parse(fixture("charge_ok.xml"), 4);
        QVERIFY(!a.error.isError());
        QCOMPARE(a.orders.size(), 1);
        const Order& o = a.orders.first();
        QCOMPARE(o.orderId, QString("511111100000001")); // the extended "….2" is the operation, not the order
        QCOMPARE(o.raw.value("billnumber").toString(), QString("511111100000001.2"));
        QCOMPARE(o.status, OrderStatus::Captured);
        QCOMPARE(o.captured, Money(10000, Currency::rub()));
        QCOMPARE(o.raw.value("responsecode").toString(), QString("AS000")); // " AS000 " trimmed
        QCOMPARE(o.actionCodeText, QString("completed successfully"));
        QCOMPARE(o.card.maskedPan, QString("411111****1111"));
        QCOMPARE(o.card.holder, QString("TEST"));
        QVERIFY(o.testMode);
        QCOMPARE(o.raw.value("message").toString(), QString::fromUtf8("Завершено успешно."));
        QCOMPARE(o.created, QDateTime(QDate(2011, 1, 1), QTime(10, 51, 53), Qt::UTC));
    }

    void cancelOk()
    {
        const AssistParser::Answer a = AssistParser::parse(fixture("cancel_ok.xml"), 4);
        QVERIFY(!a.error.isError());
        QCOMPARE(a.orders.first().orderId, QString("5775486650107611"));
        QCOMPARE(a.orders.first().status, OrderStatus::Reversed);
        QCOMPARE(a.orders.first().card.approvalCode, QString("F02118"));
    }

    void errorsComeAsHttp200WithCodes_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::newRow("charge") << QByteArray("charge_error_firstcode10_secondcode100.xml");
        QTest::newRow("cancel") << QByteArray("cancel_error_firstcode10_secondcode100.xml");
        QTest::newRow("orderstate") << QByteArray("orderstate_error_firstcode10_secondcode100.xml");
    }
    void errorsComeAsHttp200WithCodes()
    {
        QFETCH(QByteArray, file);
        const AssistParser::Answer a = AssistParser::parse(fixture(file.constData()), 4);
        QVERIFY(a.error.isError());
        QCOMPARE(a.error.gatewayCode, QString("10/100"));
        QVERIFY2(a.error.gatewayMessage.contains("Merchant_ID"), qPrintable(a.error.gatewayMessage));
        QVERIFY(a.orders.isEmpty());
    }

    void wrongPasswordIsAnAuthError()
    {
        const AssistParser::Answer a =
            AssistParser::parse("<result firstcode=\"7\" secondcode=\"102\" count=\"0\"></result>", 4);
        QCOMPARE(a.error.kind, GatewayError::Kind::Auth);
        QCOMPARE(a.error.gatewayCode, QString("7/102"));
        QVERIFY(a.error.gatewayMessage.contains("authentication") && a.error.gatewayMessage.contains("Password"));
    }

    // Finding 6 of the audit: two charges of 92233720368547758.07 overflowed the charged sum.
    void chargedSumCannotOverflow()
    {
        const QByteArray xml =
            "<result firstcode='0' secondcode='0' "
            "count='1'><order><ordernumber>77</ordernumber><billnumber>5500069208498070</billnumber>"
            "<orderamount>1500.50</orderamount><ordercurrency>RUB</ordercurrency><orderstate>Approved</orderstate>"
            "<orderdate>20.11.2026 10:05</orderdate>"
            "<operation><billnumber>5500069208498070.1</billnumber><operationtype>200</"
            "operationtype><amount>92233720368547758.07</amount></operation>"
            "<operation><billnumber>5500069208498070.2</billnumber><operationtype>200</"
            "operationtype><amount>92233720368547758.07</amount></operation>"
            "</order></result>";
        const AssistParser::Answer a = AssistParser::parse(xml, 4);
        QCOMPARE(a.error.kind, GatewayError::Kind::Malformed);
        QVERIFY(a.orders.isEmpty());
    }

    void severalAttemptsForOneOrderNumber()
    {
        const QByteArray xml = "<?xml version='1.0' encoding='utf-8'?><!DOCTYPE result [<!ELEMENT result (order*)>]>"
                               "<result firstcode='0' secondcode='0' count='2'>"
                               "<order><ordernumber>77</ordernumber><billnumber>5500069208498005</"
                               "billnumber><orderamount>1 500,50</orderamount>"
                               "<ordercurrency>RUB</ordercurrency><orderstate>Timeout</"
                               "orderstate><orderdate>20.11.2026 10:00:00</orderdate></order>"
                               "<order><ordernumber>77</ordernumber><billnumber>5500069208498070</"
                               "billnumber><orderamount>1500.50</orderamount>"
                               "<ordercurrency>RUB</ordercurrency><orderstate> Delayed "
                               "</orderstate><orderdate>20.11.2026 10:05</orderdate>"
                               "<operation><billnumber>5500069208498070.1</billnumber><operationtype>100</"
                               "operationtype><amount>9.99</amount></operation>"
                               "</order></result>";
        const AssistParser::Answer a = AssistParser::parse(xml, 4);
        QVERIFY2(!a.error.isError(), qPrintable(a.error.userMessage()));
        QCOMPARE(a.orders.size(), 2);
        QCOMPARE(a.orders[0].status, OrderStatus::Declined);
        QCOMPARE(a.orders[1].status, OrderStatus::Held);
        QCOMPARE(a.orders[1].approved, Money(150050, Currency::rub()));
        QCOMPARE(a.orders[1].deadline, QDateTime(QDate(2026, 11, 24), QTime(10, 5), Qt::UTC)); // 4 days, per profile
        QCOMPARE(a.orders[0].amount, a.orders[1].amount); // "1 500,50" and "1500.50" are the same money
    }

    void malformedAnswers_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::newRow("html") << QByteArray("<html><body>502 Bad Gateway</body></html>");
        QTest::newRow("truncated") << QByteArray(
            "<result firstcode='0' secondcode='0' count='1'><order><ordernumber>1</order");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("no codes") << QByteArray("<result count='0'></result>");
        QTest::newRow("bad amount") << QByteArray(
            "<result firstcode='0' secondcode='0' count='1'><order><billnumber>1</billnumber>"
            "<orderamount>12.345</orderamount><ordercurrency>RUB</ordercurrency></order></result>");
    }
    void malformedAnswers()
    {
        QFETCH(QByteArray, xml);
        const AssistParser::Answer a = AssistParser::parse(xml, 4);
        QCOMPARE(a.error.kind, GatewayError::Kind::Malformed);
        QVERIFY(a.orders.isEmpty());
    }

    void everyOrderState()
    {
        QCOMPARE(AssistParser::statusOf("In Process"), OrderStatus::Created);
        QCOMPARE(AssistParser::statusOf("Delayed"), OrderStatus::Held);
        QCOMPARE(AssistParser::statusOf("Approved"), OrderStatus::Captured);
        QCOMPARE(AssistParser::statusOf("PartialApproved"), OrderStatus::Captured);
        QCOMPARE(AssistParser::statusOf("PartialDelayed"), OrderStatus::Captured);
        QCOMPARE(AssistParser::statusOf("Canceled"), OrderStatus::Reversed);
        QCOMPARE(AssistParser::statusOf("PartialCanceled"), OrderStatus::PartlyRefunded);
        QCOMPARE(AssistParser::statusOf("Declined"), OrderStatus::Declined);
        QCOMPARE(AssistParser::statusOf("Timeout"), OrderStatus::Declined);
        QCOMPARE(AssistParser::statusOf(QString::fromUtf8("Не существует")), OrderStatus::Unknown);
        QCOMPARE(AssistParser::plainBillnumber("5111111000965142.2"), QString("5111111000965142"));
        QCOMPARE(AssistParser::responseCodeText("AS102"), QString("declined: insufficient funds"));
    }
};

QTEST_GUILESS_MAIN(TestAssistParser)
#include "tst_assist_parser.moc"
