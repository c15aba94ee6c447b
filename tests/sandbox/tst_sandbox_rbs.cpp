// The sandbox's RBS protocol end to end over HTTP: every endpoint, the order state machine and
// the gateway's error codes, as ../shared/spec/rbs-api.md describes them.
#include "support/SandboxFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTest>

using Fields = QList<QPair<QString, QString>>;

namespace {
const QString Frictionless = "2202205000012424";
const QString Visa3ds = "4006800900962514";
const QString Decline116 = "2202205000060910";

QString code(const QJsonObject& o)
{
    // errorCode arrives as a string, a number or not at all: normalise for the assertions.
    const QJsonValue v = o.value("errorCode");
    return v.isUndefined() ? QString("absent") : v.toVariant().toString();
}
} // namespace

class TestSandboxRbs : public QObject
{
    Q_OBJECT
private slots:
    void registerAnswersLikeTheClassicGateway();
    void registerRejectsBadInput_data();
    void registerRejectsBadInput();
    void authentication();
    void formDecodingKeepsPlusSigns();
    void oneStagePaymentOnThePage();
    void threeDsChallengeAndFailures();
    void depositRules();
    void fullDepositWithZeroAmount();
    void reverseRules();
    void refundRules();
    void declineRules();
    void statusLookups();
    void orderListPagingAndErrors();
    void listedRowsCarryEveryCharacter();
    void bindingsAndAutopayment();
    void cartReceiptAndTaxSystem();
    void holdsExpireAndSessionsTimeOut();
    void concurrentOperationOnOneOrderIsRefused();
    void routingIsExact();
    void seedIsDeterministic();
    void manyConcurrentConnections();
};

void TestSandboxRbs::registerAnswersLikeTheClassicGateway()
{
    SandboxFixture sb;
    const HttpResult r =
        sb.call("register", {{"orderNumber", "A-1"}, {"amount", "123456"}, {"returnUrl", "https://shop.example/ok"}});
    QCOMPARE(r.status, 200);
    QVERIFY(!r.json.contains("errorCode")); // the quirk clients must survive
    const QString id = r.json.value("orderId").toString();
    QCOMPARE(id.size(), 36);
    QVERIFY(r.json.value("formUrl").toString().startsWith(
        sb.baseUrl() + "/payment/merchants/sandbox/payment_ru.html?mdOrder=" + id));
    const QJsonObject s = sb.status(id);
    QCOMPARE(code(s), QString("0"));
    QCOMPARE(s.value("orderStatus").toInt(), 0);
    QCOMPARE(s.value("actionCode").toInt(), -100);
    QCOMPARE(s.value("amount").toInteger(), 123456);
    QCOMPARE(s.value("currency").toString(), QString("643"));
    QCOMPARE(s.value("paymentAmountInfo").toObject().value("paymentState").toString(), QString("CREATED"));
    QVERIFY(s.value("date").toInteger() > 1600000000000LL); // epoch milliseconds
    // English answers when asked.
    const HttpResult en = sb.call(
        "register",
        {{"orderNumber", "A-1"}, {"amount", "1"}, {"returnUrl", "https://shop.example/ok"}, {"language", "en"}});
    QCOMPARE(code(en.json), QString("1"));
    QVERIFY(en.json.value("errorMessage").toString().contains("duplicated"));
}

void TestSandboxRbs::registerRejectsBadInput_data()
{
    QTest::addColumn<Fields>("fields");
    QTest::addColumn<QString>("expected");
    const Fields ok{{"orderNumber", "B-1"}, {"amount", "1000"}, {"returnUrl", "https://shop.example/ok"}};
    auto without = [&](const QString& name) {
        Fields f;
        for (const auto& p : ok)
            if (p.first != name)
                f.append(p);
        return f;
    };
    auto with = [&](const QString& name, const QString& value) {
        Fields f = without(name);
        f.append({name, value});
        return f;
    };
    QTest::newRow("no orderNumber") << without("orderNumber") << "4";
    QTest::newRow("no amount") << without("amount") << "4";
    QTest::newRow("decimal amount") << with("amount", "1000.00") << "5";
    QTest::newRow("negative amount") << with("amount", "-5") << "5";
    QTest::newRow("no returnUrl") << without("returnUrl") << "4";
    QTest::newRow("relative returnUrl") << with("returnUrl", "/ok") << "4";
    QTest::newRow("unknown currency") << with("currency", "999") << "3";
    QTest::newRow("bad jsonParams") << with("jsonParams", "{not json") << "4";
    QTest::newRow("bad orderBundle") << with("orderBundle", "[1,2]") << "8";
    QTest::newRow("bad taxSystem") << with("taxSystem", "9") << "4";
}

void TestSandboxRbs::registerRejectsBadInput()
{
    QFETCH(Fields, fields);
    QFETCH(QString, expected);
    SandboxFixture sb;
    const HttpResult r = sb.call("register", fields);
    QCOMPARE(code(r.json), expected);
    QVERIFY(!r.json.value("errorMessage").toString().isEmpty());
    QVERIFY(!r.json.contains("orderId"));
}

void TestSandboxRbs::authentication()
{
    SandboxFixture sb;
    const Fields order{{"orderNumber", "C-1"}, {"amount", "1000"}, {"returnUrl", "https://shop.example/ok"}};
    HttpResult r = sb.call("register", Fields{{"userName", "sandbox"}, {"password", "wrong"}} + order, false);
    QCOMPARE(code(r.json), QString("5"));
    QCOMPARE(r.json.value("errorMessage").toString(), QString::fromUtf8("Доступ запрещён"));
    r = sb.call("register", order, false);
    QCOMPARE(code(r.json), QString("5"));
    r = sb.call("register", Fields{{"token", "sandbox-token"}} + order, false);
    QVERIFY(r.json.contains("orderId"));
    r = sb.call("getOrderStatusExtended", {{"token", "sandbox-token"}, {"orderNumber", "C-1"}}, false);
    QCOMPARE(code(r.json), QString("5")); // with a token only orderId is accepted
    r = sb.call("register",
                Fields{{"token", "sandbox-token"}, {"userName", "sandbox"}, {"password", "sandbox"}} + order, false);
    QCOMPARE(code(r.json), QString("5"));
}

void TestSandboxRbs::formDecodingKeepsPlusSigns()
{
    PayDesk::Sandbox::SandboxOptions options;
    options.password = "p+ss word&=%";
    SandboxFixture sb(options);
    // Correctly percent-encoded: '+' arrives as '+'.
    HttpResult r = sb.call("register",
                           {{"userName", "sandbox"},
                            {"password", "p+ss word&=%"},
                            {"orderNumber", "D-1"},
                            {"amount", "1000"},
                            {"returnUrl", "https://shop.example/ok"},
                            {"description", "a+b c"},
                            {"email", "a+b@example.ru"}},
                           false);
    const QString id = r.json.value("orderId").toString();
    QVERIFY2(!id.isEmpty(), r.body.constData());
    r = sb.call("getOrderStatusExtended", {{"userName", "sandbox"}, {"password", "p+ss word&=%"}, {"orderId", id}},
                false);
    QCOMPARE(r.json.value("orderDescription").toString(), QString("a+b c"));
    QCOMPARE(r.json.value("payerData").toObject().value("email").toString(), QString("a+b@example.ru"));
    // A raw '+' is a space to a form decoder, as on the real gateway: the password no longer matches.
    r = sb.http().post(sb.api("getOrderStatusExtended"),
                       "userName=sandbox&password=p+ss%20word%26%3D%25&orderId=" + id.toUtf8());
    QCOMPARE(code(r.json), QString("5"));
}

void TestSandboxRbs::oneStagePaymentOnThePage()
{
    SandboxFixture sb;
    const QString id = sb.registerOrder(250000, false, {{"failUrl", "https://shop.example/fail"}});
    const HttpResult page =
        sb.http().get(QUrl(sb.baseUrl() + "/payment/merchants/sandbox/payment_ru.html?mdOrder=" + id));
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("id=\"pan\""));
    QVERIFY(QString::fromUtf8(page.body).contains(QString::fromUtf8("2\u00a0500,00\u00a0₽")));
    // Wrong CVC for a documented card: the form comes back with an error, nothing changes.
    HttpResult r = sb.pay(id, Frictionless, "05/28", "000");
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.contains("id=\"error\""));
    QCOMPARE(sb.status(id).value("orderStatus").toInt(), 0);
    r = sb.pay(id, "1234 5678 9012 3456", "12/30", "123");
    QVERIFY(r.body.contains("id=\"error\"")); // not Luhn-valid
    r = sb.pay(id, "2202 2050 0001 2424", "05/28", "649");
    QCOMPARE(r.status, 303);
    QCOMPARE(r.location, sb.baseUrl() + "/shop/return?orderId=" + id + "&lang=ru");
    const QJsonObject s = sb.status(id);
    QCOMPARE(s.value("orderStatus").toInt(), 2);
    QCOMPARE(s.value("actionCode").toInt(), 0);
    const QJsonObject money = s.value("paymentAmountInfo").toObject();
    QCOMPARE(money.value("approvedAmount").toInteger(), 250000);
    QCOMPARE(money.value("depositedAmount").toInteger(), 250000);
    QCOMPARE(money.value("paymentState").toString(), QString("DEPOSITED"));
    const QJsonObject card = s.value("cardAuthInfo").toObject();
    QCOMPARE(card.value("maskedPan").toString(), QString("220220**2424"));
    QCOMPARE(card.value("expiration").toString(), QString("202805"));
    QCOMPARE(card.value("paymentSystem").toString(), QString("MIR"));
    QCOMPARE(card.value("approvalCode").toString().size(), 6);
    QVERIFY(s.value("authDateTime").toInteger() > 0);
    // The page refuses a second payment.
    r = sb.pay(id, Frictionless, "05/28", "649");
    QVERIFY(r.body.contains("id=\"error\""));
    // A declined card ends on failUrl with status 6 and its actionCode.
    const QString declined = sb.registerOrder(1000, false, {{"failUrl", "https://shop.example/fail"}});
    r = sb.pay(declined, Decline116, "06/28", "810", "111111");
    QCOMPARE(r.location, "https://shop.example/fail?orderId=" + declined + "&lang=ru");
    QCOMPARE(sb.status(declined).value("orderStatus").toInt(), 6);
    QCOMPARE(sb.status(declined).value("actionCode").toInt(), 116);
}

void TestSandboxRbs::threeDsChallengeAndFailures()
{
    SandboxFixture sb;
    const QString id = sb.registerOrder(5000, true);
    HttpResult r =
        sb.http().post(QUrl(sb.baseUrl() + "/payment/sandbox/pay"),
                       TestHttp::form({{"mdOrder", id}, {"pan", Visa3ds}, {"expiry", "05/26"}, {"cvc", "941"}}));
    QCOMPARE(r.status, 303);
    QCOMPARE(r.location, "/payment/sandbox/acs?mdOrder=" + id);
    QCOMPARE(sb.status(id).value("orderStatus").toInt(), 5); // ACS authentication under way, not a failure
    r = sb.http().get(QUrl(sb.baseUrl() + r.location));
    QVERIFY(r.body.contains("id=\"code\""));
    r = sb.http().post(QUrl(sb.baseUrl() + "/payment/sandbox/acs"),
                       TestHttp::form({{"mdOrder", id}, {"code", "111111"}}));
    QCOMPARE(r.status, 303);
    QCOMPARE(sb.status(id).value("orderStatus").toInt(), 1);
    QCOMPARE(sb.status(id).value("paymentAmountInfo").toObject().value("approvedAmount").toInteger(), 5000);

    const QString wrongCode = sb.registerOrder(5000, true);
    sb.pay(wrongCode, Visa3ds, "05/26", "941", "000000");
    QCOMPARE(sb.status(wrongCode).value("orderStatus").toInt(), 6);
    QCOMPARE(sb.status(wrongCode).value("actionCode").toInt(), -2006);

    // Card with 100.00 RUB on it: more than that is declined for insufficient funds.
    const QString poor = sb.registerOrder(10001, false);
    sb.pay(poor, "2202205300068092", "05/26", "583", "111111");
    QCOMPARE(sb.status(poor).value("actionCode").toInt(), 116);

    const QString cancelled = sb.registerOrder(5000, false);
    r = sb.http().post(QUrl(sb.baseUrl() + "/payment/sandbox/cancel"), TestHttp::form({{"mdOrder", cancelled}}));
    QCOMPARE(r.status, 303);
    QCOMPARE(sb.status(cancelled).value("orderStatus").toInt(), 6);
}

void TestSandboxRbs::depositRules()
{
    SandboxFixture sb;
    const QString created = sb.registerOrder(100000, true);
    QCOMPARE(code(sb.call("deposit", {{"orderId", created}, {"amount", "1000"}}).json), QString("7"));
    const QString id = sb.registerOrder(100000, true);
    sb.pay(id, Frictionless, "05/28", "649");
    QCOMPARE(code(sb.call("deposit", {{"orderId", id}, {"amount", "100001"}}).json), QString("5")); // over the hold
    QCOMPARE(code(sb.call("deposit", {{"orderId", id}, {"amount", "500.00"}}).json), QString("5"));
    QCOMPARE(code(sb.call("deposit", {{"orderId", id}, {"amount", "99"}}).json), QString("5")); // under one rouble
    QCOMPARE(code(sb.call("deposit", {{"orderId", id}}).json), QString("4"));
    QCOMPARE(code(sb.call("deposit", {{"orderId", "00000000-0000-0000-0000-000000000000"}, {"amount", "0"}}).json),
             QString("6"));
    const HttpResult ok = sb.call("deposit", {{"orderId", id}, {"amount", "40000"}});
    QVERIFY(ok.json.value("errorCode").isDouble()); // numeric 0, as in the BPC documentation
    QCOMPARE(code(ok.json), QString("0"));
    const QJsonObject s = sb.status(id);
    QCOMPARE(s.value("orderStatus").toInt(), 2);
    QCOMPARE(s.value("paymentAmountInfo").toObject().value("depositedAmount").toInteger(), 40000);
    QCOMPARE(s.value("paymentAmountInfo").toObject().value("approvedAmount").toInteger(), 100000);
    // One deposit per order: the rest was released.
    QCOMPARE(code(sb.call("deposit", {{"orderId", id}, {"amount", "1000"}}).json), QString("7"));
    const QJsonArray ops = sb.inspect(id).value("operations").toArray();
    int completions = 0;
    for (const QJsonValue& op : ops)
        completions += op.toObject().value("type").toString() == "COMPLETION";
    QCOMPARE(completions, 1);
}

void TestSandboxRbs::fullDepositWithZeroAmount()
{
    SandboxFixture sb;
    const QString id = sb.registerOrder(77777, true);
    sb.pay(id, Frictionless, "05/28", "649");
    QCOMPARE(code(sb.call("deposit", {{"orderId", id}, {"amount", "0"}}).json), QString("0"));
    QCOMPARE(sb.status(id).value("paymentAmountInfo").toObject().value("depositedAmount").toInteger(), 77777);
}

void TestSandboxRbs::reverseRules()
{
    SandboxFixture sb;
    const QString held = sb.registerOrder(50000, true);
    sb.pay(held, Frictionless, "05/28", "649");
    QCOMPARE(code(sb.call("reverse", {{"orderId", held}, {"amount", "10000"}}).json), QString("0"));
    QCOMPARE(sb.status(held).value("paymentAmountInfo").toObject().value("approvedAmount").toInteger(), 40000);
    QCOMPARE(code(sb.call("reverse", {{"orderId", held}, {"amount", "10000"}}).json),
             QString("5")); // partial only once
    const HttpResult full = sb.call("reverse", {{"orderId", held}});
    QCOMPARE(code(full.json), QString("0"));
    QVERIFY(full.json.value("errorCode").isString());
    QCOMPARE(sb.status(held).value("orderStatus").toInt(), 3);
    QCOMPARE(sb.status(held).value("paymentAmountInfo").toObject().value("paymentState").toString(),
             QString("REVERSED"));
    QCOMPARE(code(sb.call("reverse", {{"orderId", held}}).json), QString("7")); // only once
    QCOMPARE(code(sb.call("deposit", {{"orderId", held}, {"amount", "0"}}).json), QString("7"));

    const QString captured = sb.registerOrder(50000, true);
    sb.pay(captured, Frictionless, "05/28", "649");
    sb.call("deposit", {{"orderId", captured}, {"amount", "0"}});
    QCOMPARE(code(sb.call("reverse", {{"orderId", captured}}).json), QString("7")); // two-stage: only before deposit

    const QString oneStage = sb.registerOrder(50000, false);
    sb.pay(oneStage, Frictionless, "05/28", "649");
    QCOMPARE(code(sb.call("reverse", {{"orderId", oneStage}}).json), QString("0")); // same bank day
    QCOMPARE(sb.status(oneStage).value("orderStatus").toInt(), 3);
    QCOMPARE(code(sb.call("reverse", {{"orderId", "00000000-0000-0000-0000-000000000000"}}).json), QString("6"));
}

void TestSandboxRbs::refundRules()
{
    SandboxFixture sb;
    const QString held = sb.registerOrder(30000, true);
    sb.pay(held, Frictionless, "05/28", "649");
    QCOMPARE(code(sb.call("refund", {{"orderId", held}, {"amount", "1000"}}).json), QString("7"));
    sb.call("deposit", {{"orderId", held}, {"amount", "20000"}});
    QCOMPARE(code(sb.call("refund", {{"orderId", held}, {"amount", "20001"}}).json), QString("7"));
    const HttpResult bad = sb.call("refund", {{"orderId", held}, {"amount", "1.5"}});
    QVERIFY(bad.json.value("errorCode").isDouble()); // numeric 5, as a live gateway sent it
    QCOMPARE(code(bad.json), QString("5"));
    QCOMPARE(code(sb.call("refund", {{"orderId", held}, {"amount", "5000"}, {"externalRefundId", "r-1"}}).json),
             QString("0"));
    QCOMPARE(code(sb.call("refund", {{"orderId", held}, {"amount", "5000"}, {"externalRefundId", "r-1"}}).json),
             QString("0"));
    QCOMPARE(sb.status(held).value("paymentAmountInfo").toObject().value("refundedAmount").toInteger(),
             5000); // idempotent
    QCOMPARE(code(sb.call("refund", {{"orderId", held}, {"amount", "6000"}, {"externalRefundId", "r-1"}}).json),
             QString("5"));
    QCOMPARE(
        code(sb.call("refund", {{"orderId", held}, {"amount", "1000"}, {"expectedDepositedAmount", "19999"}}).json),
        QString("5"));
    QCOMPARE(sb.status(held).value("orderStatus").toInt(), 4);
    QCOMPARE(code(sb.call("refund", {{"orderId", held}, {"amount", "0"}}).json), QString("0")); // the rest
    const QJsonObject money = sb.status(held).value("paymentAmountInfo").toObject();
    QCOMPARE(money.value("refundedAmount").toInteger(), 20000);
    QCOMPARE(money.value("paymentState").toString(), QString("REFUNDED"));
    QCOMPARE(sb.status(held).value("refunds").toArray().size(), 2);
    QCOMPARE(code(sb.call("refund", {{"orderId", held}, {"amount", "100"}}).json), QString("7")); // fully refunded
    QCOMPARE(code(sb.call("refund", {{"orderId", sb.registerOrder(100, false)}, {"amount", "100"}}).json),
             QString("7"));
}

void TestSandboxRbs::declineRules()
{
    SandboxFixture sb;
    const QString id = sb.registerOrder(1000, false);
    QCOMPARE(code(sb.call("decline", {}).json), QString("1"));
    QCOMPARE(code(sb.call("decline", {{"orderId", id}}).json), QString("0"));
    QCOMPARE(sb.status(id).value("orderStatus").toInt(), 6);
    QCOMPARE(code(sb.call("decline", {{"orderId", id}}).json), QString("5"));
}

void TestSandboxRbs::statusLookups()
{
    SandboxFixture sb;
    sb.call("register", {{"orderNumber", "N-77"},
                         {"amount", "1000"},
                         {"returnUrl", "https://shop.example/ok"},
                         {"jsonParams", R"({"email":"x@example.ru","source":"web"})"}});
    HttpResult r = sb.call("getOrderStatusExtended", {{"orderNumber", "N-77"}});
    QCOMPARE(r.json.value("orderNumber").toString(), QString("N-77"));
    QCOMPARE(r.json.value("merchantOrderParams").toArray().size(), 2);
    QCOMPARE(r.json.value("attributes").toArray().first().toObject().value("name").toString(), QString("mdOrder"));
    r = sb.call("getOrderStatusExtended", {});
    QCOMPARE(code(r.json), QString("1"));
    r = sb.call("getOrderStatusExtended", {{"orderId", "00000000-0000-0000-0000-000000000000"}});
    QCOMPARE(code(r.json), QString("6"));
    QVERIFY(!r.json.contains("orderStatus"));
    QVERIFY(r.json.value("attributes").isArray());
    // An account the gateway does not know is refused before any lookup.
    const HttpResult foreign = sb.call(
        "getOrderStatusExtended", {{"userName", "other"}, {"password", "sandbox"}, {"orderNumber", "N-77"}}, false);
    QCOMPARE(code(foreign.json), QString("5"));
}

void TestSandboxRbs::orderListPagingAndErrors()
{
    PayDesk::Sandbox::SandboxOptions options;
    options.seedOrders = 450;
    SandboxFixture sb(options);
    const Fields base{{"from", "20000101000000"},
                      {"to", "20991231235959"},
                      {"merchants", ""},
                      {"transactionStates", "CREATED,APPROVED,DEPOSITED,DECLINED,REVERSED,REFUNDED"},
                      {"searchByCreatedDate", "true"}};
    QSet<QString> seen;
    int total = -1;
    for (int page = 0;; ++page) {
        const HttpResult r =
            sb.call("getLastOrdersForMerchants", base + Fields{{"size", "200"}, {"page", QString::number(page)}});
        QVERIFY(r.json.value("errorCode").isDouble()); // numeric at the top level...
        const QJsonArray rows = r.json.value("orderStatuses").toArray();
        total = r.json.value("totalCount").toInt();
        QCOMPARE(r.json.value("page").toInt(), page);
        QCOMPARE(r.json.value("pageSize").toInt(), 200);
        if (rows.isEmpty())
            break;
        for (const QJsonValue& row : rows) {
            QVERIFY(row.toObject().value("errorCode").isString()); // ...a string inside
            seen.insert(row.toObject().value("attributes").toArray().first().toObject().value("value").toString());
        }
    }
    QCOMPARE(total, 450);
    QCOMPARE(seen.size(), 450);
    // Paid-date search hides orders never paid.
    Fields byPaidDate = base;
    byPaidDate.removeLast();
    const HttpResult paid =
        sb.call("getLastOrdersForMerchants", byPaidDate + Fields{{"size", "200"}, {"searchByCreatedDate", "false"}});
    QVERIFY(paid.json.value("totalCount").toInt() < 450);
    const HttpResult held = sb.call("getLastOrdersForMerchants", {{"size", "200"},
                                                                  {"from", "20000101000000"},
                                                                  {"to", "20991231235959"},
                                                                  {"transactionStates", "APPROVED"},
                                                                  {"searchByCreatedDate", "true"}});
    QVERIFY(held.json.value("totalCount").toInt() > 0);
    for (const QJsonValue& row : held.json.value("orderStatuses").toArray())
        QCOMPARE(row.toObject().value("orderStatus").toInt(), 1);
    QCOMPARE(code(sb.call("getLastOrdersForMerchants", base + Fields{{"size", "201"}}).json), QString("10"));
    QCOMPARE(code(sb.call("getLastOrdersForMerchants", {{"size", "10"}}).json), QString("5"));
    QCOMPARE(code(sb.call("getLastOrdersForMerchants", {{"size", "10"},
                                                        {"from", "20000101000000"},
                                                        {"to", "20991231235959"},
                                                        {"transactionStates", "PAID"}})
                      .json),
             QString("5"));
    QCOMPARE(code(sb.call("getLastOrdersForMerchants", {{"size", "10"},
                                                        {"from", "20990101000000"},
                                                        {"to", "20000101000000"},
                                                        {"transactionStates", "APPROVED"}})
                      .json),
             QString("5"));
    QCOMPARE(code(sb.call("getLastOrdersForMerchants", {{"size", "10"},
                                                        {"from", "20000101000000"},
                                                        {"to", "20991231235959"},
                                                        {"transactionStates", "APPROVED"},
                                                        {"merchants", "someone-else"}})
                      .json),
             QString("10"));
}

// Listing rows are written as JSON text by hand: every character of the merchant's own fields must come back
// as registered, and a row must say what the order's status answer says.
void TestSandboxRbs::listedRowsCarryEveryCharacter()
{
    SandboxFixture sb;
    const QString awkward = QString::fromUtf8("\"quoted\" back\\slash\ttab\nline \x01\x1f ё Ж € 😀 \u2028 </script>");
    const HttpResult reg = sb.call("register", {{"orderNumber", "N-\"1\\"},
                                                {"amount", "1000"},
                                                {"returnUrl", "https://shop.example/ok"},
                                                {"description", awkward},
                                                {"jsonParams", R"({"note":"a\"b\\c\u0002","email":"x@example.ru"})"}});
    QVERIFY(!reg.json.value("orderId").toString().isEmpty());
    const HttpResult list = sb.call("getLastOrdersForMerchants", {{"size", "200"},
                                                                  {"from", "20000101000000"},
                                                                  {"to", "20991231235959"},
                                                                  {"transactionStates", "CREATED"},
                                                                  {"searchByCreatedDate", "true"}});
    const QJsonArray rows = list.json.value("orderStatuses").toArray();
    QCOMPARE(rows.size(), 1);
    const QJsonObject row = rows.first().toObject();
    QCOMPARE(row.value("orderDescription").toString(), awkward);
    QCOMPARE(row.value("orderNumber").toString(), QString("N-\"1\\"));
    QJsonObject params;
    for (const QJsonValue& p : row.value("merchantOrderParams").toArray())
        params.insert(p.toObject().value("name").toString(), p.toObject().value("value"));
    QCOMPARE(params.value("note").toString(), QString("a\"b\\c\u0002"));
    const HttpResult status = sb.call("getOrderStatusExtended", {{"orderId", reg.json.value("orderId").toString()}});
    QCOMPARE(row, status.json);
}

void TestSandboxRbs::bindingsAndAutopayment()
{
    SandboxFixture sb;
    QCOMPARE(code(sb.call("getBindings", {{"clientId", "client-42"}}).json), QString("2"));
    const QString first = sb.registerOrder(1000, false, {{"clientId", "client-42"}});
    sb.pay(first, Frictionless, "05/28", "649");
    const QJsonObject s = sb.status(first);
    const QString bindingId = s.value("bindingInfo").toObject().value("bindingId").toString();
    QVERIFY(!bindingId.isEmpty());
    const HttpResult list = sb.call("getBindings", {{"clientId", "client-42"}});
    QCOMPARE(code(list.json), QString("0"));
    QCOMPARE(list.json.value("bindings").toArray().size(), 1);
    QCOMPARE(list.json.value("bindings").toArray().first().toObject().value("maskedPan").toString(),
             QString("220220**2424"));

    const QString autopay = sb.registerOrder(2500, true, {{"clientId", "client-42"}, {"features", "AUTO_PAYMENT"}});
    HttpResult r = sb.call("paymentOrderBinding", {{"mdOrder", autopay}, {"bindingId", bindingId}});
    QCOMPARE(code(r.json), QString("0"));
    QVERIFY(r.json.value("redirect").toString().contains(autopay));
    QCOMPARE(sb.status(autopay).value("orderStatus").toInt(), 1);
    QCOMPARE(sb.status(autopay).value("paymentWay").toString(), QString("CARD_BINDING"));

    const QString stranger = sb.registerOrder(2500, false, {{"clientId", "client-7"}});
    QCOMPARE(
        code(sb.call("paymentOrderBinding", {{"mdOrder", stranger}, {"bindingId", bindingId}, {"cvc", "649"}}).json),
        QString("1"));
    const QString needsCvc = sb.registerOrder(2500, false, {{"clientId", "client-42"}});
    QCOMPARE(code(sb.call("paymentOrderBinding", {{"mdOrder", needsCvc}, {"bindingId", bindingId}}).json),
             QString("5"));
    QCOMPARE(code(sb.call("paymentOrderBinding", {{"mdOrder", needsCvc}, {"bindingId", "nope"}, {"cvc", "649"}}).json),
             QString("2"));
    QCOMPARE(
        code(sb.call("paymentOrderBinding", {{"mdOrder", needsCvc}, {"bindingId", bindingId}, {"cvc", "649"}}).json),
        QString("0"));
    QCOMPARE(sb.status(needsCvc).value("orderStatus").toInt(), 2);

    // A binding of a card with 100 RUB: the decline comes with errorCode 0, as live gateways do.
    const QString small = sb.registerOrder(5000, false, {{"clientId", "client-9"}});
    sb.pay(small, "2202205300068092", "05/26", "583", "111111");
    const QString poorBinding = sb.status(small).value("bindingInfo").toObject().value("bindingId").toString();
    const QString big = sb.registerOrder(500000, false, {{"clientId", "client-9"}, {"features", "AUTO_PAYMENT"}});
    r = sb.call("paymentOrderBinding", {{"mdOrder", big}, {"bindingId", poorBinding}});
    QCOMPARE(code(r.json), QString("0"));
    QCOMPARE(r.json.value("processingErrorType").toString(), QString("CLIENT_ERROR"));
    QVERIFY(!r.json.contains("redirect"));
    QCOMPARE(sb.status(big).value("orderStatus").toInt(), 6);
}

void TestSandboxRbs::cartReceiptAndTaxSystem()
{
    SandboxFixture sb;
    const QJsonObject bundle{
        {"cartItems",
         QJsonObject{{"items", QJsonArray{QJsonObject{{"positionId", 1},
                                                      {"name", QString::fromUtf8("Чай")},
                                                      {"quantity", QJsonObject{{"value", 2}, {"measure", "0"}}},
                                                      {"itemPrice", 15000},
                                                      {"itemAmount", 30000},
                                                      {"itemCode", "tea"},
                                                      {"tax", QJsonObject{{"taxType", 6}}}},
                                          QJsonObject{{"positionId", 2},
                                                      {"name", "Cup"},
                                                      {"quantity", QJsonObject{{"value", 1.5}, {"measure", "0"}}},
                                                      {"itemPrice", 10000},
                                                      {"itemAmount", 15000},
                                                      {"itemCode", "cup"},
                                                      {"tax", QJsonObject{{"taxType", 6}}}}}}}}};
    const QString text = QString::fromUtf8(QJsonDocument(bundle).toJson(QJsonDocument::Compact));
    QString wrong = text;
    wrong.replace("30000", "30001");
    QCOMPARE(code(sb.call("registerPreAuth", {{"orderNumber", "R-0"},
                                              {"amount", "45000"},
                                              {"returnUrl", "https://s.example/"},
                                              {"orderBundle", wrong}})
                      .json),
             QString("8"));
    const QString id = sb.registerOrder(45000, true, {{"orderBundle", text}, {"taxSystem", "1"}});
    QVERIFY(!id.isEmpty());
    sb.pay(id, Frictionless, "05/28", "649");
    QCOMPARE(sb.status(id).value("taxSystem").toInt(), 1);
    QCOMPARE(sb.status(id).value("orderBundle").toObject(), bundle);
    // A partial deposit of an order with a cart needs depositItems.
    QCOMPARE(code(sb.call("deposit", {{"orderId", id}, {"amount", "30000"}}).json), QString("4"));
    const QJsonObject items{{"items", QJsonArray{bundle["cartItems"]["items"][0]}}};
    QCOMPARE(code(sb.call("deposit",
                          {{"orderId", id},
                           {"amount", "30000"},
                           {"depositItems", QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Compact))}})
                      .json),
             QString("0"));
    const HttpResult receipt = sb.call("getReceiptStatus", {{"orderId", id}});
    QCOMPARE(code(receipt.json), QString("0"));
    const QJsonArray receipts = receipt.json.value("receipt").toArray();
    QCOMPARE(receipts.size(), 1);
    QCOMPARE(receipts.first().toObject().value("amount_total").toString(), QString("300.00"));
    QCOMPARE(receipts.first().toObject().value("receiptStatus").toInt(), 1);
    const QString uuid = receipts.first().toObject().value("uuid").toString();
    QCOMPARE(sb.call("getReceiptStatus", {{"uuid", uuid}}).json.value("orderId").toString(), id);
    QCOMPARE(code(sb.call("getReceiptStatus", {}).json), QString("1"));
}

void TestSandboxRbs::holdsExpireAndSessionsTimeOut()
{
    PayDesk::Sandbox::SandboxOptions options;
    options.holdDays = 3;
    SandboxFixture sb(options);
    const QString held = sb.registerOrder(10000, true);
    sb.pay(held, Frictionless, "05/28", "649");
    const QString unpaid = sb.registerOrder(10000, false);
    const QJsonObject inspected = sb.inspect(held);
    QCOMPARE(inspected.value("holdDeadline").toInteger() - inspected.value("authDateTime").toInteger(),
             3LL * 24 * 3600 * 1000);
    sb.advanceClock(21 * 60);
    QCOMPARE(sb.status(unpaid).value("orderStatus").toInt(), 6);
    QCOMPARE(sb.status(unpaid).value("actionCode").toInt(), -2007);
    QCOMPARE(sb.status(held).value("orderStatus").toInt(), 1);
    sb.advanceClock(3 * 24 * 3600);
    QCOMPARE(sb.status(held).value("orderStatus").toInt(), 3);
    QCOMPARE(code(sb.call("deposit", {{"orderId", held}, {"amount", "0"}}).json), QString("7"));
    // A page for an expired session refuses to take a card.
    const HttpResult page =
        sb.http().get(QUrl(sb.baseUrl() + "/payment/merchants/sandbox/payment_en.html?mdOrder=" + unpaid));
    QVERIFY(page.body.contains("id=\"error\""));
}

void TestSandboxRbs::concurrentOperationOnOneOrderIsRefused()
{
    SandboxFixture sb;
    const QString id = sb.registerOrder(10000, true);
    sb.pay(id, Frictionless, "05/28", "649");
    sb.addFault("deposit", "delay", 1, 400);
    QNetworkAccessManager nam;
    QNetworkRequest request(sb.api("deposit"));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded");
    QNetworkReply* slow = nam.post(
        request, TestHttp::form({{"userName", "sandbox"}, {"password", "sandbox"}, {"orderId", id}, {"amount", "0"}}));
    QTRY_VERIFY(sb.inspect(id).value("locked").toBool());
    const HttpResult second = sb.call("reverse", {{"orderId", id}});
    QCOMPARE(code(second.json), QString("5"));
    QVERIFY(second.json.value("errorMessage").toString().contains(QString::fromUtf8("заблокирован")));
    QTRY_VERIFY(slow->isFinished());
    QCOMPARE(code(QJsonDocument::fromJson(slow->readAll()).object()), QString("0"));
    QCOMPARE(sb.status(id).value("orderStatus").toInt(), 2);
    delete slow;
}

void TestSandboxRbs::routingIsExact()
{
    SandboxFixture sb;
    QCOMPARE(sb.http().post(QUrl(sb.baseUrl() + "/payment/rest/getOrderStatusExtendedXdo"), "").status, 404);
    QCOMPARE(
        sb.http().post(QUrl(sb.baseUrl() + "/payment/rest/noSuchThing.do"), "userName=sandbox&password=sandbox").status,
        404);
    QCOMPARE(sb.http().del(sb.api("register")).status, 405);
    // GET with a query string works too, as on the real gateway.
    const HttpResult viaGet = sb.http().get(
        QUrl(sb.api("getOrderStatusExtended").toString() + "?userName=sandbox&password=sandbox&orderNumber=x"));
    QCOMPARE(code(viaGet.json), QString("6"));
}

void TestSandboxRbs::seedIsDeterministic()
{
    PayDesk::Sandbox::SandboxOptions options;
    options.seedOrders = 120;
    options.seed = 7;
    SandboxFixture a(options);
    SandboxFixture b(options);
    const Fields query{{"size", "200"},
                       {"from", "20000101000000"},
                       {"to", "20991231235959"},
                       {"transactionStates", "CREATED,APPROVED,DEPOSITED,DECLINED,REVERSED,REFUNDED"},
                       {"searchByCreatedDate", "true"}};
    const QJsonArray rowsA = a.call("getLastOrdersForMerchants", query).json.value("orderStatuses").toArray();
    const QJsonArray rowsB = b.call("getLastOrdersForMerchants", query).json.value("orderStatuses").toArray();
    QCOMPARE(rowsA.size(), 120);
    QSet<int> statuses;
    int nearDeadline = 0;
    for (int i = 0; i < rowsA.size(); ++i) {
        const QJsonObject x = rowsA[i].toObject();
        const QJsonObject y = rowsB[i].toObject();
        QCOMPARE(x.value("attributes"), y.value("attributes"));
        QCOMPARE(x.value("amount"), y.value("amount"));
        QCOMPARE(x.value("orderStatus"), y.value("orderStatus"));
        statuses.insert(x.value("orderStatus").toInt());
        const qint64 left = x.value("authDateTime").toInteger() + 7LL * 86400000 - QDateTime::currentMSecsSinceEpoch();
        nearDeadline += x.value("orderStatus").toInt() == 1 && left < 2LL * 86400000;
    }
    QVERIFY2(statuses.contains(0) || statuses.contains(6), "some unpaid or declined");
    for (int s : {1, 2, 3, 4, 6})
        QVERIFY2(statuses.contains(s), qPrintable(QString("seed has status %1").arg(s)));
    QVERIFY(nearDeadline > 0);
}

void TestSandboxRbs::manyConcurrentConnections()
{
    SandboxFixture sb;
    const QString id = sb.registerOrder(1000, false);
    const QByteArray body = TestHttp::form({{"userName", "sandbox"}, {"password", "sandbox"}, {"orderId", id}});
    const QByteArray request =
        "POST /payment/rest/getOrderStatusExtended.do HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        "Content-Type: application/x-www-form-urlencoded\r\nConnection: close\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < 200; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, sb.server().port());
        sockets.push_back(std::move(socket));
    }
    for (auto& s : sockets) {
        QVERIFY(s->waitForConnected(10000));
        s->write(request);
    }
    int answered = 0;
    QByteArray replies;
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                 answered = 0;
                                 for (auto& s : sockets) {
                                     if (s->state() == QAbstractSocket::UnconnectedState)
                                         ++answered;
                                 }
                                 return answered == 200;
                             }()),
                             30000);
    for (auto& s : sockets) {
        const QByteArray reply = s->readAll();
        QVERIFY(reply.startsWith("HTTP/1.1 200 OK"));
    }
}

QTEST_GUILESS_MAIN(TestSandboxRbs)
#include "tst_sandbox_rbs.moc"
