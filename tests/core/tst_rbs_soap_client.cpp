// The RBS web service (SOAP) flavour of RbsClient against the sandbox's merchant-ws over HTTP on
// 127.0.0.1: every operation PayDesk uses, the WSDL the sandbox serves, typed errors from errorCode
// and from SOAP Faults, an order moved between SOAP and REST, and every fault on a SOAP deposit
// ending in the right outcome with the deposit never sent twice.
#include "core/gateway/ClientFactory.h"
#include "core/gateway/rbs/RbsClient.h"
#include "core/gateway/rbssoap/RbsSoapReader.h"
#include "core/gateway/rbssoap/RbsSoapRequest.h"
#include "core/gateway/rbssoap/RbsSoapWire.h"
#include "core/operations/OrderOperations.h"
#include "support/JobWait.h"
#include "support/SandboxFixture.h"
#include "support/TestSecret.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QXmlStreamReader>

using namespace PayDesk;
using Outcome = OperationResult::Outcome;

namespace {
const QString Card = "2202205000012424";
const QString Secret = QString::fromUtf8(PAYDESK_TEST_SECRET);

PayDesk::Sandbox::SandboxOptions options(int seedOrders = 0)
{
    PayDesk::Sandbox::SandboxOptions o;
    o.password = Secret;
    o.seedOrders = seedOrders;
    return o;
}

GatewayClient* makeClient(SandboxFixture& sb, QObject* parent, GatewayKind kind = GatewayKind::RbsSoap,
                          const QString& password = Secret)
{
    Profile profile;
    profile.name = "soap";
    profile.gateway = kind;
    profile.url = kind == GatewayKind::RbsSoap ? sb.baseUrl() + "/payment/webservices/merchant-ws?wsdl" : sb.baseUrl();
    profile.user = "sandbox";
    QString error;
    GatewayClient* client =
        ClientFactory::createWithCredentials(profile, {"sandbox", password, {}}, 1500, parent, &error);
    if (!client)
        qFatal("%s", qPrintable(error));
    return client;
}

Money rub(qint64 minor)
{
    return Money(minor, Currency::rub());
}

RegisterRequest request(SandboxFixture& sb, const QString& number, qint64 amount, bool preAuth)
{
    RegisterRequest r;
    r.amount = rub(amount);
    r.orderNumber = number;
    r.returnUrl = sb.baseUrl() + "/shop/return?a=1&b=2";
    r.preAuth = preAuth;
    return r;
}

// The local names of the elements under a WSDL's portType (or binding) that are operations.
QSet<QString> operationsIn(const QByteArray& wsdl)
{
    QSet<QString> names;
    QXmlStreamReader xml(wsdl);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("operation")
            && xml.namespaceUri() == QLatin1String("http://schemas.xmlsoap.org/wsdl/"))
            names.insert(xml.attributes().value("name").toString());
    }
    return names;
}
} // namespace

class TestRbsSoapClient : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void serviceUrlIsCompleted();
    void envelopeAsTheWsdlSays();
    void sandboxServesItsWsdl();
    void twoStageOverSoap();
    void oneStageAndByNumber();
    void bindingsAndAutopayment();
    void listsEveryPage();
    void listingLiesAreCaught();
    void errorsAreTypedFacts();
    void receiptsComeFromRest();
    void orderMovesBetweenSoapAndRest();
    void depositFaults_data();
    void depositFaults();

private:
    QString held(qint64 amount = 100000);
    std::unique_ptr<SandboxFixture> m_sb;
    std::unique_ptr<QObject> m_owner;
    GatewayClient* m_client = nullptr;
    OrderOperations* m_ops = nullptr;
};

void TestRbsSoapClient::init()
{
    m_sb =
        std::make_unique<SandboxFixture>(options(QString(QTest::currentTestFunction()) == "listsEveryPage" ? 450 : 0));
    m_owner = std::make_unique<QObject>();
    m_client = makeClient(*m_sb, m_owner.get());
    m_ops = new OrderOperations(m_client, m_owner.get());
}

void TestRbsSoapClient::cleanup()
{
    m_owner.reset();
    m_sb.reset();
}

QString TestRbsSoapClient::held(qint64 amount)
{
    auto reg = wait(m_client->registerOrder(request(*m_sb, QString("H-%1").arg(amount), amount, true)));
    if (!reg->succeeded())
        return {};
    m_sb->pay(reg->value().orderId, Card, "05/28", "649");
    return reg->value().orderId;
}

void TestRbsSoapClient::serviceUrlIsCompleted()
{
    QCOMPARE(RbsSoapWire::normalizeServiceUrl("https://3dsec.sberbank.ru").toString(),
             QString("https://3dsec.sberbank.ru/payment/webservices/merchant-ws"));
    QCOMPARE(
        RbsSoapWire::normalizeServiceUrl("https://3dsec.sberbank.ru/payment/webservices/merchant-ws?wsdl").toString(),
        QString("https://3dsec.sberbank.ru/payment/webservices/merchant-ws"));
    QCOMPARE(
        RbsSoapWire::restBaseOf(QUrl("https://test.paymentgate.ru/testpayment/webservices/merchant-ws")).toString(),
        QString("https://test.paymentgate.ru/testpayment/rest/"));
    QCOMPARE(GatewayKinds::fromKey("rbs-soap"), std::optional<GatewayKind>(GatewayKind::RbsSoap));
    QCOMPARE(m_client->kind(), GatewayKind::RbsSoap);
}

void TestRbsSoapClient::envelopeAsTheWsdlSays()
{
    const QByteArray body = RbsSoapRequest::of("deposit")->envelope(
        {{"orderId", "o-1"}, {"amount", "1500"}, {"language", "ru"}}, {"user-api", "p<&>\"'", {}});
    QXmlStreamReader xml(body);
    QStringList path;
    QString password;
    QString passwordType;
    QXmlStreamAttributes order;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        path << "{" + xml.namespaceUri().toString() + "}" + xml.name().toString();
        if (xml.name() == QLatin1String("Password")) {
            passwordType = xml.attributes().value("Type").toString();
            password = xml.readElementText();
        } else if (xml.name() == QLatin1String("order")) {
            order = xml.attributes();
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    const QString env = "{http://schemas.xmlsoap.org/soap/envelope/}";
    const QString wsse = "{http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd}";
    QCOMPARE(path, QStringList({env + "Envelope", env + "Header", wsse + "Security", wsse + "UsernameToken",
                                wsse + "Username", wsse + "Password", env + "Body",
                                "{http://engine.paymentgate.ru/webservices/merchant}depositOrder", "{}order"}));
    QCOMPARE(password, QString("p<&>\"'")); // escaped on the wire, intact when read
    QVERIFY(passwordType.endsWith("#PasswordText"));
    QCOMPARE(order.value("depositAmount").toString(), QString("1500"));
    QCOMPARE(order.value("orderId").toString(), QString("o-1"));
    QVERIFY(!order.hasAttribute("amount"));
    QVERIFY(!body.contains("xmlns=\""));              // never a default namespace: the part stays unqualified
    QVERIFY(!RbsSoapRequest::of("getReceiptStatus")); // REST only
}

void TestRbsSoapClient::sandboxServesItsWsdl()
{
    const QString service = m_sb->baseUrl() + "/payment/webservices/merchant-ws";
    const HttpResult binding = m_sb->http().get(QUrl(service + "?wsdl"));
    QCOMPARE(binding.status, 200);
    QVERIFY(binding.body.contains("?wsdl=MerchantService.wsdl"));
    QVERIFY(binding.body.contains(("location=\"" + service + "\"").toUtf8()));
    const HttpResult schema = m_sb->http().get(QUrl(service + "?wsdl=MerchantService.wsdl"));
    QCOMPARE(schema.status, 200);
    QVERIFY(schema.body.contains("targetNamespace=\"http://engine.paymentgate.ru/webservices/merchant\""));
    const QSet<QString> served = operationsIn(binding.body);
    QCOMPARE(served, operationsIn(schema.body));
    QCOMPARE(served.size(), 9);
    // A register answer carries errorCode (required in the schema) even though REST's leaves it out.
    const QByteArray envelope =
        RbsSoapRequest::of("register")
            ->envelope({{"orderNumber", "RAW-1"}, {"amount", "1000"}, {"returnUrl", m_sb->baseUrl() + "/shop/return"}},
                       {"sandbox", Secret, {}});
    const HttpResult raw = m_sb->http().post(QUrl(service), envelope, 15000, "text/xml; charset=UTF-8");
    QCOMPARE(raw.status, 200);
    const RbsSoapReader::Answer answer = RbsSoapReader::read(raw.body);
    QCOMPARE(answer.operation, QString("registerOrderResponse"));
    QCOMPARE(answer.result.value("errorCode").toString(), QString("0"));
    // Each is the real gateway's: in the 2019 Sberbank WSDL and the 2016 BPC test host's.
    for (const char* real :
         {"sber-3dsec-2019-MerchantServiceImplService.wsdl", "paymentgate-test-2016-Merchant.wsdl"}) {
        QFile file(QString(PAYDESK_SPEC_DIR) + "/fixtures/rbs-soap/wsdl/" + real);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QSet<QString> theirs = operationsIn(file.readAll());
        QVERIFY2(theirs.contains(served), real);
    }
}

void TestRbsSoapClient::twoStageOverSoap()
{
    RegisterRequest r = request(*m_sb, "SOAP-2", 45000, true);
    r.description = "Чай & чашки <2>";
    r.clientId = "client-s";
    r.email = "a+b@example.ru";
    r.taxSystem = 1;
    r.params = {{"source", "paydesk"}};
    r.cart.items = {{"Чай", Quantity::whole(3), Measure::Piece, rub(15000), rub(45000), VatRate::Vat20, "t"}};
    auto reg = wait(m_client->registerOrder(r));
    QVERIFY2(reg->succeeded(), qPrintable(reg->error().userMessage()));
    const QString id = reg->value().orderId;
    QVERIFY(reg->value().formUrl.contains(id));
    auto created = wait(m_client->fetchOrder(id));
    QVERIFY2(created->succeeded(), qPrintable(created->error().userMessage()));
    QCOMPARE(created->order().status, OrderStatus::Created);
    QCOMPARE(created->order().gateway, GatewayKind::RbsSoap);
    QCOMPARE(created->order().description, r.description);
    QCOMPARE(created->order().email, r.email);
    QCOMPARE(created->order().cart, r.cart);
    QCOMPARE(m_sb->status(id).value("merchantOrderParams").toArray().first().toObject().value("value").toString(),
             QString("paydesk"));
    QCOMPARE(m_sb->status(id).value("taxSystem").toInt(-1), 1); // the SOAP status has no taxSystem: ask REST

    m_sb->pay(id, Card, "05/28", "649");
    auto holdOrder = wait(m_client->fetchOrder(id));
    QCOMPARE(holdOrder->order().status, OrderStatus::Held);
    QVERIFY(holdOrder->order().created.isValid());
    QVERIFY(holdOrder->order().authorized.isValid());
    QVERIFY(holdOrder->order().deadline.isValid());
    QCOMPARE(holdOrder->order().card.maskedPan.right(4), QString("2424"));

    auto cartCapture = wait(m_ops->capture(id, rub(45000)));
    QCOMPARE(cartCapture->result().outcome, Outcome::Done);
    QCOMPARE(cartCapture->result().order.cart, r.cart);
    QCOMPARE(m_sb->operationCount(id, "COMPLETION"), 1);

    const QString partly = held(100000);
    auto capture = wait(m_ops->capture(partly, rub(30000))); // partial
    QCOMPARE(capture->result().outcome, Outcome::Done);
    QCOMPARE(capture->result().order.captured, rub(30000));
    auto refund = wait(m_ops->refund(partly, rub(10000)));
    QCOMPARE(refund->result().outcome, Outcome::Done);
    QCOMPARE(refund->result().order.status, OrderStatus::PartlyRefunded);
    auto rest = wait(m_ops->refund(partly));
    QCOMPARE(rest->result().order.status, OrderStatus::Refunded);
    QCOMPARE(rest->result().order.refunded, rub(30000));

    const QString whole = held(7000); // depositAmount 0: all that is held
    auto full = wait(m_client->capture(whole, Money(0, Currency::rub())));
    QCOMPARE(full->result().outcome, Outcome::Done);
    QCOMPARE(full->result().order.captured, rub(7000));
    const QString third = held(8000);
    auto reverse = wait(m_ops->reverse(third));
    QCOMPARE(reverse->result().outcome, Outcome::Done);
    QCOMPARE(reverse->result().order.status, OrderStatus::Reversed);
    QCOMPARE(m_sb->operationCount(partly, "COMPLETION"), 1);
    QCOMPARE(m_sb->operationCount(partly, "REFUND"), 2);
}

void TestRbsSoapClient::oneStageAndByNumber()
{
    auto reg = wait(m_client->registerOrder(request(*m_sb, "SOAP-1", 2500, false)));
    QVERIFY2(reg->succeeded(), qPrintable(reg->error().userMessage()));
    m_sb->pay(reg->value().orderId, Card, "05/28", "649");
    auto byNumber = wait(m_client->fetchOrderByNumber("SOAP-1"));
    QVERIFY2(byNumber->succeeded(), qPrintable(byNumber->error().userMessage()));
    QCOMPARE(byNumber->order().orderId, reg->value().orderId);
    QCOMPARE(byNumber->order().status, OrderStatus::Captured);
    QCOMPARE(byNumber->order().captured, rub(2500));
}

void TestRbsSoapClient::bindingsAndAutopayment()
{
    auto none = wait(m_client->bindings("client-x"));
    QVERIFY(none->succeeded()); // errorCode 2 is an empty list, over SOAP as over REST
    QVERIFY(none->value().isEmpty());
    RegisterRequest first = request(*m_sb, "B-1", 1000, false);
    first.clientId = "client-x";
    auto reg = wait(m_client->registerOrder(first));
    m_sb->pay(reg->value().orderId, Card, "05/28", "649");
    auto list = wait(m_client->bindings("client-x"));
    QCOMPARE(list->value().size(), 1);
    QCOMPARE(list->value().first().clientId, QString("client-x"));
    QVERIFY(list->value().first().maskedPan.endsWith("2424"));
    auto paidFirst = wait(m_client->fetchOrder(reg->value().orderId));
    QCOMPARE(paidFirst->order().bindingId, list->value().first().bindingId);

    RegisterRequest second = request(*m_sb, "B-2", 2000, true);
    second.clientId = "client-x";
    second.autoPayment = true; // <features><feature>AUTO_PAYMENT</feature></features>: no CVC asked
    auto auto2 = wait(m_client->registerOrder(second));
    QVERIFY2(auto2->succeeded(), qPrintable(auto2->error().userMessage()));
    auto paid = wait(m_ops->payWithBinding(auto2->value().orderId, list->value().first().bindingId, {}));
    QCOMPARE(paid->result().outcome, Outcome::Done);
    QCOMPARE(paid->result().order.status, OrderStatus::Held);
    auto capture = wait(m_ops->capture(auto2->value().orderId, rub(2000)));
    QCOMPARE(capture->result().order.status, OrderStatus::Captured);
}

void TestRbsSoapClient::listsEveryPage()
{
    OrderListJob* job =
        m_client->listOrders(QDateTime::currentDateTimeUtc().addDays(-60), QDateTime::currentDateTimeUtc().addDays(1));
    QSignalSpy progress(job, &OrderListJob::progress);
    std::unique_ptr<OrderListJob> done(wait(job));
    QVERIFY2(done->succeeded(), qPrintable(done->error().userMessage()));
    QCOMPARE(done->totalCount(), 450);
    QCOMPARE(done->orders().size(), 450);
    QCOMPARE(progress.size(), 3); // 200 + 200 + 50
    QSet<QString> ids;
    for (const Order& o : done->orders()) {
        ids.insert(o.orderId);
        QCOMPARE(o.gateway, GatewayKind::RbsSoap);
        QVERIFY(o.created.isValid());
        QVERIFY(o.status != OrderStatus::Unknown);
    }
    QCOMPARE(ids.size(), 450);
    // The same orders as REST lists them.
    QObject owner;
    std::unique_ptr<OrderListJob> rest(wait(
        makeClient(*m_sb, &owner, GatewayKind::Rbs)
            ->listOrders(QDateTime::currentDateTimeUtc().addDays(-60), QDateTime::currentDateTimeUtc().addDays(1))));
    QCOMPARE(rest->orders().size(), 450);
    for (int i = 0; i < 450; i += 37) {
        const Order& a = done->orders().at(i);
        const auto b = std::find_if(rest->orders().cbegin(), rest->orders().cend(),
                                    [&a](const Order& o) { return o.orderId == a.orderId; });
        QVERIFY(b != rest->orders().cend());
        QCOMPARE(a.status, b->status);
        QCOMPARE(a.captured, b->captured);
        QCOMPARE(a.created, b->created);
        QCOMPARE(a.deadline, b->deadline);
    }
}

void TestRbsSoapClient::listingLiesAreCaught()
{
    const QDateTime from = QDateTime::currentDateTimeUtc().addDays(-60);
    const QDateTime to = QDateTime::currentDateTimeUtc().addDays(1);
    held(1000);
    held(2000);
    m_sb->addFault("getLastOrdersForMerchants", "huge_total", 1000);
    std::unique_ptr<OrderListJob> huge(wait(m_client->listOrders(from, to)));
    QCOMPARE(huge->error().kind, GatewayError::Kind::Malformed);
    QVERIFY(huge->error().userMessage().contains("2000000000"));
    m_sb->server().faults().clear();
    m_sb->addFault("getLastOrdersForMerchants", "padded_total", 1000);
    std::unique_ptr<OrderListJob> padded(wait(m_client->listOrders(from, to)));
    QVERIFY2(padded->succeeded(), qPrintable(padded->error().userMessage()));
    QCOMPARE(padded->orders().size(), 2); // the short first page is the last one
}

void TestRbsSoapClient::errorsAreTypedFacts()
{
    auto unknown = wait(m_client->fetchOrder("no-such-order"));
    QVERIFY(unknown->error().noSuchOrder);
    QCOMPARE(unknown->error().gatewayCode, QString("6"));
    auto reg = wait(m_client->registerOrder(request(*m_sb, "DUP-1", 1000, false)));
    QVERIFY(reg->succeeded());
    auto duplicate = wait(m_client->registerOrder(request(*m_sb, "DUP-1", 1000, false)));
    QCOMPARE(duplicate->error().kind, GatewayError::Kind::Gateway);
    QCOMPARE(duplicate->error().gatewayCode, QString("1"));

    // A wrong password is a SOAP Fault with HTTP 500: the same fact as REST's "access denied".
    QObject owner;
    auto denied = wait(makeClient(*m_sb, &owner, GatewayKind::RbsSoap, "wrong")->fetchOrder(reg->value().orderId));
    QVERIFY(denied->error().accessDenied);
    QCOMPARE(denied->error().gatewayCode, QString("FailedAuthentication"));
    QVERIFY(!denied->error().outcomeUnknown);
    auto deniedDeposit = wait(makeClient(*m_sb, &owner, GatewayKind::RbsSoap, "wrong")->capture(held(1000), rub(1000)));
    QCOMPARE(deniedDeposit->result().outcome, Outcome::Refused);
    QVERIFY(deniedDeposit->result().error.accessDenied);

    // Without the WS-Security header: the text the BPC test host gives.
    const HttpResult bare = m_sb->http().post(
        QUrl(m_sb->baseUrl() + "/payment/webservices/merchant-ws"),
        "<soapenv:Envelope xmlns:soapenv='http://schemas.xmlsoap.org/soap/envelope/' "
        "xmlns:mer='http://engine.paymentgate.ru/webservices/merchant'><soapenv:Header/><soapenv:Body>"
        "<mer:getOrderStatusExtended><order orderId='x'/></mer:getOrderStatusExtended></soapenv:Body>"
        "</soapenv:Envelope>",
        15000, "text/xml; charset=UTF-8");
    QCOMPARE(bare.status, 500);
    QVERIFY(bare.body.contains("An error was discovered processing the &lt;wsse:Security> header")
            || bare.body.contains("An error was discovered processing the &lt;wsse:Security&gt; header"));
}

void TestRbsSoapClient::receiptsComeFromRest()
{
    RegisterRequest r = request(*m_sb, "RC-S", 30000, false);
    r.cart.items = {{"Cup", Quantity::whole(1), Measure::Piece, rub(30000), rub(30000), VatRate::None, "c"}};
    auto reg = wait(m_client->registerOrder(r));
    m_sb->pay(reg->value().orderId, Card, "05/28", "649");
    auto list = wait(m_client->receipts(reg->value().orderId));
    QVERIFY2(list->succeeded(), qPrintable(list->error().userMessage()));
    QCOMPARE(list->value().size(), 1);
}

void TestRbsSoapClient::orderMovesBetweenSoapAndRest()
{
    QObject owner;
    GatewayClient* rest = makeClient(*m_sb, &owner, GatewayKind::Rbs);
    const QString id = held(50000); // registered over SOAP
    auto deposit = wait(rest->capture(id, rub(50000)));
    QCOMPARE(deposit->result().outcome, Outcome::Done);
    auto refund = wait(m_client->refund(id, rub(20000)));
    QCOMPARE(refund->result().outcome, Outcome::Done);
    auto overSoap = wait(m_client->fetchOrder(id));
    auto overRest = wait(rest->fetchOrder(id));
    for (const Order* o : {&overSoap->order(), &overRest->order()}) {
        QCOMPARE(o->status, OrderStatus::PartlyRefunded);
        QCOMPARE(o->captured, rub(50000));
        QCOMPARE(o->refunded, rub(20000));
    }
    QCOMPARE(overSoap->order().orderNumber, overRest->order().orderNumber);
    QCOMPARE(overSoap->order().authorized, overRest->order().authorized);
    QCOMPARE(overSoap->order().capturedAt, overRest->order().capturedAt);
    QCOMPARE(m_sb->operationCount(id, "COMPLETION"), 1);
    QCOMPARE(m_sb->operationCount(id, "REFUND"), 1);
}

void TestRbsSoapClient::depositFaults_data()
{
    QTest::addColumn<QString>("rule"); // the REST endpoint's name or the SOAP operation's
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<int>("completions"); // what the gateway's own record shows
    QTest::newRow("hang") << "deposit"
                          << "hang" << int(Outcome::Unknown) << 0;
    QTest::newRow("apply_hang") << "depositOrder"
                                << "apply_hang" << int(Outcome::Unknown) << 1;
    QTest::newRow("reset") << "deposit"
                           << "reset" << int(Outcome::Unknown) << 0;
    QTest::newRow("apply_reset") << "depositOrder"
                                 << "apply_reset" << int(Outcome::Unknown) << 1;
    QTest::newRow("http500") << "deposit"
                             << "http500" << int(Outcome::Unknown) << 0;
    QTest::newRow("apply_http500") << "deposit"
                                   << "apply_http500" << int(Outcome::Unknown) << 1;
    QTest::newRow("malformed") << "depositOrder"
                               << "malformed" << int(Outcome::Unknown) << 0;
    QTest::newRow("apply_malformed") << "deposit"
                                     << "apply_malformed" << int(Outcome::Unknown) << 1;
    QTest::newRow("error7") << "depositOrder"
                            << "error7" << int(Outcome::Refused) << 0;
    QTest::newRow("delay") << "deposit"
                           << "delay" << int(Outcome::Done) << 1;
}

void TestRbsSoapClient::depositFaults()
{
    QFETCH(QString, rule);
    QFETCH(QString, fault);
    QFETCH(int, outcome);
    QFETCH(int, completions);
    const QString id = held(100000);
    QVERIFY(!id.isEmpty());
    m_sb->addFault(rule, fault, 1, fault == "delay" ? 200 : 0);
    auto job = wait(m_ops->capture(id, rub(30000)));
    QCOMPARE(int(job->result().outcome), outcome);
    if (outcome == int(Outcome::Unknown)) {
        QVERIFY(job->result().error.outcomeUnknown);
        QVERIFY(job->result().error.userMessage().contains("unknown"));
    }
    // Never sent twice, whatever happened on the wire.
    QCOMPARE(m_sb->operationCount(id, "COMPLETION"), completions);
    QCOMPARE(m_sb->pendingFaults(), 0);
    auto truth = wait(m_client->fetchOrder(id));
    QCOMPARE(truth->order().status, completions ? OrderStatus::Captured : OrderStatus::Held);
}

QTEST_GUILESS_MAIN(TestRbsSoapClient)
#include "tst_rbs_soap_client.moc"
