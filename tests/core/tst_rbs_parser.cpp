// RbsParser on the gateways' own sample answers (../shared/spec/fixtures/rbs), read by path.
#include "core/gateway/rbs/RbsParser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <limits>

using namespace PayDesk;

namespace {
QJsonObject fixture(const QString& name)
{
    QFile f(QStringLiteral(PAYDESK_SPEC_DIR "/fixtures/rbs/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(f.fileName()));
    return QJsonDocument::fromJson(f.readAll()).object();
}
} // namespace

class TestRbsParser : public QObject
{
    Q_OBJECT
private slots:
    void errorCodeInEveryShape_data();
    void errorCodeInEveryShape();
    void heldOrder();
    void depositedOrderWithBinding();
    void declinedOldVersionWithoutAmountInfo();
    void legacyCapitalisedKeys();
    void listElements();
    void unknownStatusIsKeptRaw();
    void refundedPartlyAndFully();
    void amountsOutOfRangeAreNotBelieved();
};

void TestRbsParser::errorCodeInEveryShape_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("code");
    QTest::newRow("string 0") << "getOrderStatusExtended-status2-deposited.json"
                              << "0";
    QTest::newRow("numeric 0") << "deposit-success-sber-doc.json"
                               << "0";
    QTest::newRow("numeric 0 + message") << "deposit-success-bpc-doc.json"
                                         << "0";
    QTest::newRow("absent") << "register-success-alfa-doc.json"
                            << "0";
    QTest::newRow("ErrorCode legacy") << "getOrderStatus-legacy-status2.json"
                                      << "0";
    QTest::newRow("string 5") << "error5-access-denied-ru.json"
                              << "5";
    QTest::newRow("numeric 5") << "refund-error5-invalid-param.json"
                               << "5";
    QTest::newRow("string 6") << "deposit-error6-unregistered-orderid.json"
                              << "6";
    QTest::newRow("binding 2") << "getBindings-error2-not-found.json"
                               << "2";
}

void TestRbsParser::errorCodeInEveryShape()
{
    QFETCH(QString, file);
    QFETCH(QString, code);
    const QJsonObject answer = fixture(file);
    QCOMPARE(RbsParser::errorCodeOf(answer), code);
    const GatewayError error = RbsParser::errorOf(answer);
    QCOMPARE(error.isError(), code != "0");
    if (error.isError()) {
        QCOMPARE(error.gatewayCode, code);
        QVERIFY(error.userMessage().contains(code));
    }
}

void TestRbsParser::heldOrder()
{
    const Order o = RbsParser::parseOrder(fixture("getOrderStatusExtended-status1-hold.json"), 7);
    QCOMPARE(o.status, OrderStatus::Held);
    QCOMPARE(o.gatewayStatus, 1);
    QCOMPARE(o.orderId, QString("b926351f-a634-49cf-9484-ccb0a3b8cfad"));
    QCOMPARE(o.amount, Money(960000, Currency::fromCode("EUR")));
    QCOMPARE(o.approved.minor(), 960000);
    QCOMPARE(o.capturable().minor(), 960000);
    QCOMPARE(o.card.maskedPan, QString("500000**1115")); // only `pan` in this answer
    QCOMPARE(o.card.lastFour(), QString("1115"));
    QCOMPARE(o.card.holder, QString("TEST CARDHOLDER"));
    QCOMPARE(o.authorized, QDateTime::fromMSecsSinceEpoch(1478682459082LL, Qt::UTC));
    QCOMPARE(o.deadline, o.authorized.addDays(7));
    QCOMPARE(o.merchantParams.size(), 2);
}

void TestRbsParser::depositedOrderWithBinding()
{
    const Order o = RbsParser::parseOrder(fixture("getOrderStatusExtended-status2-deposited.json"), 7);
    QCOMPARE(o.status, OrderStatus::Captured);
    QCOMPARE(o.captured.minor(), 2000);
    QCOMPARE(o.refundable().minor(), 2000);
    QCOMPARE(o.capturable().minor(), 0);
    QCOMPARE(o.bindingId, QString("01491394-63a6-7d45-a88f-7bce00a7d8c0"));
    QCOMPARE(o.clientId, QString("259753456"));
    QVERIFY(!o.deadline.isValid());
    const Order ecom =
        RbsParser::parseOrder(fixture("getOrderStatusExtended-status2-deposited-sber-ecom-spec.json"), 7);
    QCOMPARE(ecom.status, OrderStatus::Captured);
    QVERIFY(!ecom.card.holder.isEmpty()); // cardHolderName with a capital H
}

void TestRbsParser::declinedOldVersionWithoutAmountInfo()
{
    const Order o = RbsParser::parseOrder(fixture("getOrderStatusExtended-status6-declined-timeout.json"), 7);
    QCOMPARE(o.status, OrderStatus::Declined);
    QCOMPARE(o.actionCode, -2007);
    QCOMPARE(o.approved.minor(), 0);
    QCOMPARE(o.description, QString()); // " " trimmed
}

void TestRbsParser::legacyCapitalisedKeys()
{
    const Order o = RbsParser::parseOrder(fixture("getOrderStatus-legacy-status2.json"), 7);
    QCOMPARE(o.gatewayStatus, 2);
    QCOMPARE(o.status, OrderStatus::Captured);
    QVERIFY(!o.orderNumber.isEmpty());
    QCOMPARE(o.amount.currency().code(), QString("RUR"));
}

void TestRbsParser::listElements()
{
    const QJsonObject page = fixture("getLastOrdersForMerchants-success.json");
    QCOMPARE(RbsParser::errorCodeOf(page), QString("0"));
    const QJsonArray rows = page.value("orderStatuses").toArray();
    QCOMPARE(rows.size(), 2);
    const Order o = RbsParser::parseOrder(rows.first().toObject(), 7);
    QCOMPARE(o.orderId, QString("f1a3365b-542c-4c8d-b34c-e9a7ee8dbc9c"));
    QCOMPARE(o.captured.minor(), 250000);
}

void TestRbsParser::unknownStatusIsKeptRaw()
{
    QJsonObject answer = fixture("getOrderStatusExtended-status2-deposited.json");
    answer["orderStatus"] = 42;
    answer["paymentWay"] = "SOMETHING_NEW";
    const Order o = RbsParser::parseOrder(answer, 7);
    QCOMPARE(o.status, OrderStatus::Unknown);
    QCOMPARE(o.gatewayStatus, 42);
    QCOMPARE(o.paymentWay, PaymentWay::Other);
    // Types the gateways drift between: currency and amounts as numbers or strings.
    answer["currency"] = 643;
    answer["amount"] = "2000";
    const Order typed = RbsParser::parseOrder(answer, 7);
    QCOMPARE(typed.amount, Money(2000, Currency::rub()));
}

void TestRbsParser::refundedPartlyAndFully()
{
    // Synthetic (no public sample of status 4 exists): status-2 sample with refunds applied.
    QJsonObject answer = fixture("getOrderStatusExtended-status2-deposited.json");
    answer["orderStatus"] = 4;
    QJsonObject money = answer["paymentAmountInfo"].toObject();
    money["refundedAmount"] = 500;
    answer["paymentAmountInfo"] = money;
    Order o = RbsParser::parseOrder(answer, 7);
    QCOMPARE(o.status, OrderStatus::PartlyRefunded);
    QCOMPARE(o.refundable().minor(), 1500);
    money["refundedAmount"] = 2000;
    answer["paymentAmountInfo"] = money;
    o = RbsParser::parseOrder(answer, 7);
    QCOMPARE(o.status, OrderStatus::Refunded);
    QCOMPARE(o.refundable().minor(), 0);
}

// Finding 6 of the audit: a refundedAmount of INT64_MIN overflowed Order::refundable().
void TestRbsParser::amountsOutOfRangeAreNotBelieved()
{
    QJsonObject answer = fixture("getOrderStatusExtended-status2-deposited.json");
    QJsonObject info = answer.value("paymentAmountInfo").toObject();
    info["refundedAmount"] = QString::number(std::numeric_limits<qint64>::min());
    answer["paymentAmountInfo"] = info;
    Order o = RbsParser::parseOrder(answer, 7);
    QVERIFY(!o.amountsArePlausible());
    QCOMPARE(o.refundable().minor(), 0LL); // never negative, never overflowing
    o.status = OrderStatus::Held;
    o.captured = Money(std::numeric_limits<qint64>::min(), o.amount.currency());
    QCOMPARE(o.capturable().minor(), 0LL);
    info["refundedAmount"] = 0;
    info["depositedAmount"] = 1e300; // not an integer: not believed either
    answer["paymentAmountInfo"] = info;
    answer["amount"] = QString::number(Money::kMaxOrderMinor + 1);
    QVERIFY(!RbsParser::parseOrder(answer, 7).amountsArePlausible());
}

QTEST_APPLESS_MAIN(TestRbsParser)
#include "tst_rbs_parser.moc"
