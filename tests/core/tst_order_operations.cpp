// Money operations through OrderOperations and RbsClient against the sandbox: validation before
// sending, one send per operation, read-back, and every fault ending in the right outcome.
#include "core/gateway/rbs/RbsClient.h"
#include "core/operations/CaptureBatch.h"
#include "core/operations/OrderOperations.h"
#include "core/session/DueHolds.h"
#include "core/store/OrderStore.h"
#include "core/time/Clock.h"
#include "support/JobWait.h"
#include "support/SandboxFixture.h"
#include "support/TestSecret.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace PayDesk;
using Outcome = OperationResult::Outcome;

namespace {
const QString Card = "2202205000012424";

PayDesk::Sandbox::SandboxOptions options()
{
    PayDesk::Sandbox::SandboxOptions o;
    o.password = QString::fromUtf8(PAYDESK_TEST_SECRET);
    return o;
}

Money rub(qint64 minor)
{
    return Money(minor, Currency::rub());
}
} // namespace

class TestOrderOperations : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void twoStageFlow();
    void refusedBeforeSending();
    void gatewayRefusalIsReadBack();
    void faults_data();
    void faults();
    void concurrentCapturesSendOnce();
    void registerVariants();
    void bindingsAndBindingPayment();
    void receipts();
    void cartMustAddUpToTheAmount();
    void dueHoldsAsTheirDeadlinesNear();
    void batchChecksAgainstOneListing();

private:
    QString held(qint64 amount = 100000);
    std::unique_ptr<SandboxFixture> m_sb;
    std::unique_ptr<QObject> m_owner;
    RbsClient* m_client = nullptr;
    OrderOperations* m_ops = nullptr;
};

void TestOrderOperations::init()
{
    m_sb = std::make_unique<SandboxFixture>(options());
    m_owner = std::make_unique<QObject>();
    RbsSettings settings;
    settings.baseUrl = QUrl(m_sb->baseUrl());
    settings.timeoutMs = 1500;
    m_client = new RbsClient(settings, m_owner.get());
    m_client->setCredentials({"sandbox", QString::fromUtf8(PAYDESK_TEST_SECRET), {}});
    m_ops = new OrderOperations(m_client, m_owner.get());
}

void TestOrderOperations::cleanup()
{
    m_owner.reset();
    m_sb.reset();
}

QString TestOrderOperations::held(qint64 amount)
{
    const QString id = m_sb->registerOrder(amount, true);
    m_sb->http().post(QUrl(m_sb->baseUrl() + "/payment/sandbox/pay"),
                      TestHttp::form({{"mdOrder", id}, {"pan", Card}, {"expiry", "05/28"}, {"cvc", "649"}}));
    return id;
}

void TestOrderOperations::twoStageFlow()
{
    const QString id = held(100000);
    auto capture = wait(m_ops->capture(id, rub(40000)));
    QCOMPARE(capture->result().outcome, Outcome::Done);
    QVERIFY(capture->result().orderKnown);
    QCOMPARE(capture->result().order.status, OrderStatus::Captured);
    QCOMPARE(capture->result().order.captured, rub(40000));
    QCOMPARE(m_sb->operationCount(id, "COMPLETION"), 1);

    auto refund = wait(m_ops->refund(id, rub(15000)));
    QCOMPARE(refund->result().outcome, Outcome::Done);
    QCOMPARE(refund->result().order.status, OrderStatus::PartlyRefunded);
    auto rest = wait(m_ops->refund(id));
    QCOMPARE(rest->result().outcome, Outcome::Done);
    QCOMPARE(rest->result().order.status, OrderStatus::Refunded);
    QCOMPARE(rest->result().order.refunded, rub(40000));

    const QString other = held(5000);
    auto full = wait(m_ops->capture(other));
    QCOMPARE(full->result().order.captured, rub(5000)); // sent as the explicit amount, never 0
    const QString third = held(7000);
    auto reverse = wait(m_ops->reverse(third));
    QCOMPARE(reverse->result().outcome, Outcome::Done);
    QCOMPARE(reverse->result().order.status, OrderStatus::Reversed);
}

void TestOrderOperations::refusedBeforeSending()
{
    const QString id = held(100000);
    // A fault on deposit would be used up by any request that left: it must stay pending.
    m_sb->addFault("deposit", "error7", 1);
    m_sb->addFault("refund", "error7", 1);
    m_sb->addFault("reverse", "error7", 1);
    auto over = wait(m_ops->capture(id, rub(100001)));
    QCOMPARE(over->result().outcome, Outcome::Refused);
    QVERIFY(over->result().refusedBeforeSending);
    QCOMPARE(over->result().error.kind, GatewayError::Kind::Validation);
    QVERIFY(over->result().error.userMessage().contains("1,000.01")
            || over->result().error.userMessage().contains("1000"));
    auto zero = wait(m_ops->capture(id, rub(0)));
    QVERIFY(zero->result().refusedBeforeSending);
    auto euro = wait(m_ops->capture(id, Money(100, Currency::fromCode("EUR"))));
    QVERIFY(euro->result().refusedBeforeSending);
    auto refundHeld = wait(m_ops->refund(id, rub(100)));
    QVERIFY(refundHeld->result().error.userMessage().contains("reverse"));
    const QString unpaid = m_sb->registerOrder(1000, true);
    auto notHeld = wait(m_ops->reverse(unpaid));
    QVERIFY(notHeld->result().refusedBeforeSending);
    QCOMPARE(m_sb->pendingFaults(), 3);
    QCOMPARE(m_sb->operationCount(id, "COMPLETION"), 0);
    auto missing = wait(m_ops->capture("00000000-0000-0000-0000-000000000000"));
    QCOMPARE(missing->result().outcome, Outcome::Refused);
    QCOMPARE(missing->result().error.gatewayCode, QString("6"));
}

void TestOrderOperations::gatewayRefusalIsReadBack()
{
    // Under one rouble: the gateway's own rule, refused by the gateway with its message.
    const QString id = held(100000);
    auto small = wait(m_ops->capture(id, rub(50)));
    QCOMPARE(small->result().outcome, Outcome::Refused);
    QVERIFY(!small->result().refusedBeforeSending);
    QCOMPARE(small->result().error.gatewayCode, QString("5"));
    QVERIFY(small->result().orderKnown);
    QCOMPARE(small->result().order.status, OrderStatus::Held);
}

void TestOrderOperations::faults_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<int>("completions"); // what the gateway's own record shows
    QTest::newRow("hang") << "hang" << int(Outcome::Unknown) << 0;
    QTest::newRow("apply_hang") << "apply_hang" << int(Outcome::Unknown) << 1;
    QTest::newRow("reset") << "reset" << int(Outcome::Unknown) << 0;
    QTest::newRow("apply_reset") << "apply_reset" << int(Outcome::Unknown) << 1;
    QTest::newRow("http500") << "http500" << int(Outcome::Unknown) << 0;
    QTest::newRow("apply_http500") << "apply_http500" << int(Outcome::Unknown) << 1;
    QTest::newRow("malformed") << "malformed" << int(Outcome::Unknown) << 0;
    QTest::newRow("apply_malformed") << "apply_malformed" << int(Outcome::Unknown) << 1;
    QTest::newRow("error7") << "error7" << int(Outcome::Refused) << 0;
    QTest::newRow("delay") << "delay" << int(Outcome::Done) << 1;
}

void TestOrderOperations::faults()
{
    QFETCH(QString, fault);
    QFETCH(int, outcome);
    QFETCH(int, completions);
    const QString id = held(100000);
    m_sb->addFault("deposit", fault, 1, fault == "delay" ? 200 : 0);
    auto job = wait(m_ops->capture(id, rub(30000)));
    QCOMPARE(int(job->result().outcome), outcome);
    if (outcome == int(Outcome::Unknown)) {
        QVERIFY(job->result().error.outcomeUnknown);
        QVERIFY(job->result().error.userMessage().contains("unknown"));
    }
    // Never sent twice, whatever happened on the wire.
    QCOMPARE(m_sb->operationCount(id, "COMPLETION"), completions);
    QCOMPARE(m_sb->pendingFaults(), 0);
    // Asking the gateway tells the truth.
    auto truth = wait(m_client->fetchOrder(id));
    QCOMPARE(truth->order().status, completions ? OrderStatus::Captured : OrderStatus::Held);
}

void TestOrderOperations::concurrentCapturesSendOnce()
{
    const QString id = held(100000);
    m_sb->addFault("deposit", "delay", 1, 300);
    OperationJob* first = m_ops->capture(id, rub(60000));
    OperationJob* second = m_ops->capture(id, rub(60000)); // a double click
    first->setAutoDelete(false);
    auto b = wait(second);
    auto a = wait(first);
    QCOMPARE(a->result().outcome, Outcome::Done);
    QCOMPARE(b->result().outcome, Outcome::Refused);
    QVERIFY(b->result().refusedBeforeSending);
    QCOMPARE(m_sb->operationCount(id, "COMPLETION"), 1);
}

void TestOrderOperations::registerVariants()
{
    RegisterRequest r;
    r.amount = rub(45000);
    r.orderNumber = "REG-1";
    r.returnUrl = m_sb->baseUrl() + "/shop/return";
    r.description = "Tea + cups";
    r.email = "a+b@example.ru";
    r.preAuth = true;
    r.taxSystem = 1;
    r.params = {{"source", "paydesk"}};
    r.cart.items = {{"Tea", Quantity::whole(3), Measure::Piece, rub(15000), rub(45000), VatRate::Vat20, "t"}};
    auto job = wait(m_client->registerOrder(r));
    QVERIFY2(job->succeeded(), qPrintable(job->error().userMessage()));
    QVERIFY(job->value().formUrl.contains(job->value().orderId));
    auto status = wait(m_client->fetchOrder(job->value().orderId));
    QCOMPARE(status->order().status, OrderStatus::Created);
    QCOMPARE(status->order().email, QString("a+b@example.ru"));
    QCOMPARE(status->order().description, QString("Tea + cups"));
    QCOMPARE(status->order().taxSystem, 1);
    QCOMPARE(status->order().cart, r.cart);
    // On the wire, RBS's own form: positions, minor units, the FFD measure code and taxType 6 for 20 %.
    const QJsonObject bundle = m_sb->status(job->value().orderId).value("orderBundle").toObject();
    const QJsonObject line = bundle.value("cartItems").toObject().value("items").toArray().first().toObject();
    QCOMPARE(line.value("positionId").toInt(), 1);
    QCOMPARE(line.value("itemPrice").toInteger(), 15000);
    QCOMPARE(line.value("quantity").toObject().value("measure").toString(), QString("0"));
    QCOMPARE(line.value("tax").toObject().value("taxType").toInt(), 6);
    auto duplicate = wait(m_client->registerOrder(r));
    QCOMPARE(duplicate->error().gatewayCode, QString("1"));
}

void TestOrderOperations::bindingsAndBindingPayment()
{
    auto none = wait(m_client->bindings("client-x"));
    QVERIFY(none->succeeded()); // errorCode 2 is an empty list
    QVERIFY(none->value().isEmpty());
    const QString first = m_sb->registerOrder(1000, false, {{"clientId", "client-x"}});
    m_sb->pay(first, Card, "05/28", "649");
    auto list = wait(m_client->bindings("client-x"));
    QCOMPARE(list->value().size(), 1);
    const QString bindingId = list->value().first().bindingId;
    const QString second = m_sb->registerOrder(2000, true, {{"clientId", "client-x"}, {"features", "AUTO_PAYMENT"}});
    auto paid = wait(m_ops->payWithBinding(second, bindingId, {}));
    QCOMPARE(paid->result().outcome, Outcome::Done);
    QCOMPARE(paid->result().order.status, OrderStatus::Held);
    // A poor card: the gateway says errorCode 0, the payment is declined all the same.
    const QString poor = m_sb->registerOrder(5000, false, {{"clientId", "client-p"}});
    m_sb->pay(poor, "2202205300068092", "05/26", "583", "111111");
    const QString poorBinding = wait(m_client->bindings("client-p"))->value().first().bindingId;
    const QString big = m_sb->registerOrder(900000, false, {{"clientId", "client-p"}, {"features", "AUTO_PAYMENT"}});
    auto declined = wait(m_ops->payWithBinding(big, poorBinding, {}));
    QCOMPARE(declined->result().outcome, Outcome::Refused);
    QCOMPARE(declined->result().order.status, OrderStatus::Declined);
    QVERIFY2(declined->result().error.userMessage().contains("Operation declined"), // in the interface's language
             qPrintable(declined->result().error.userMessage()));
}

void TestOrderOperations::receipts()
{
    RegisterRequest r;
    r.amount = rub(30000);
    r.orderNumber = "RC-1";
    r.returnUrl = m_sb->baseUrl() + "/shop/return";
    r.cart.items = {{"Cup", Quantity::whole(1), Measure::Piece, rub(30000), rub(30000), VatRate::None, "c"}};
    auto job = wait(m_client->registerOrder(r));
    m_sb->pay(job->value().orderId, Card, "05/28", "649");
    auto list = wait(m_client->receipts(job->value().orderId));
    QVERIFY(list->succeeded());
    QCOMPARE(list->value().size(), 1);
    QCOMPARE(list->value().first().amount, QString("300.00"));
    QCOMPARE(list->value().first().statusText, QString("payment delivered"));
}

void TestOrderOperations::cartMustAddUpToTheAmount()
{
    RegisterRequest r;
    r.amount = rub(30000);
    r.orderNumber = "CART-SUM";
    r.returnUrl = m_sb->baseUrl() + "/shop/return";
    r.cart.items = {{"Cup", Quantity::whole(2), Measure::Piece, rub(10000), rub(20000), VatRate::None, "c"}};
    auto job = wait(m_ops->registerOrder(r));
    QCOMPARE(job->error().kind, GatewayError::Kind::Validation);
    QVERIFY2(job->error().userMessage().contains("200"), qPrintable(job->error().userMessage()));
    r.cart.items[0].amount = rub(19999); // not price × quantity
    job = wait(m_ops->registerOrder(r));
    QCOMPARE(job->error().kind, GatewayError::Kind::Validation);
    // Neither reached the gateway.
    QVERIFY(!wait(m_client->fetchOrderByNumber("CART-SUM"))->succeeded());
}

// What `paydesk-cli remind` tells of (issue 14, item 12), on PayDesk's clock: due within 24 hours,
// the last 2 hours apart, nothing once expired.
void TestOrderOperations::dueHoldsAsTheirDeadlinesNear()
{
    QTemporaryDir dir;
    OrderStore store;
    QVERIFY(store.open(dir.filePath("orders.sqlite")));
    Desk desk(m_client, &store, "p", "shop");
    for (qint64 amount : {10000, 25050}) {
        auto status = wait(desk.status(held(amount)));
        QVERIFY(status->succeeded());
    }
    const QDateTime deadline = desk.orders(Desk::filterOf(DeskView::NeedsCapture), 0, 1).value(0).deadline;
    QVERIFY(deadline.isValid());
    const auto at = [&](qint64 secsBefore) {
        Clock::setSource([=] { return deadline.addSecs(-secsBefore); });
        return DueHolds::read(desk, Clock::nowUtc());
    };
    QVERIFY(at(25 * 3600).isEmpty()); // a day and an hour left
    DueHolds holds = at(5 * 3600);
    QCOMPARE(holds.due.orderIds.size(), 2);
    QVERIFY(holds.urgent.orderIds.isEmpty());
    QCOMPARE(holds.due.totals, QList<Money>{rub(35050)});
    QVERIFY2(holds.body(QLocale::c()).endsWith("within 24 hours: 350.50 RUB."), qPrintable(holds.body(QLocale::c())));
    holds = at(90 * 60);
    QCOMPARE(holds.urgent.orderIds.size(), 2);
    QVERIFY2(holds.body(QLocale::c()).contains("within 2 hours: 350.50 RUB."), qPrintable(holds.body(QLocale::c())));
    QVERIFY(holds.title("shop").contains("2 hours"));
    QVERIFY(at(-60).isEmpty()); // expired: too late to remind
    Clock::setSource({});
}

QTEST_GUILESS_MAIN(TestOrderOperations)
#include "tst_order_operations.moc"

// A batch with its orders' creation window reads one listing of the orders held now for its checks: a status
// read per capture (the one confirming it) instead of two. An order the listing does not hold is no longer
// held: one status read finds why, and it is refused before sending.
void TestOrderOperations::batchChecksAgainstOneListing()
{
    const QStringList ids{held(1000), held(2000), held(3000), held(4000)};
    QCOMPARE(m_sb->call("reverse", {{"orderId", ids[3]}}).status, 200); // released at the gateway
    // A zero-delay "fault" on every status read counts them down.
    m_sb->server().faults().add({QStringLiteral("getOrderStatusExtended"), Sandbox::FaultKind::Delay, 1000, 0});
    const auto statusReads = [this] {
        const QJsonArray rules = m_sb->server().faults().toJson();
        return rules.isEmpty() ? 1000 : 1000 - rules.first().toObject().value("count").toInt();
    };
    CaptureBatch batch(m_ops, ids);
    batch.setCreatedWindow(Clock::nowUtc().addSecs(-600), Clock::nowUtc().addSecs(600));
    QSignalSpy finished(&batch, &CaptureBatch::finished);
    batch.start();
    QVERIFY(finished.wait(20000));
    QCOMPARE(batch.countOf(Outcome::Done), 3);
    QCOMPARE(batch.countOf(Outcome::Refused), 1);
    QVERIFY(batch.items().at(3).result.refusedBeforeSending);
    QCOMPARE(m_sb->operationCount(ids[3], "COMPLETION"), 0);
    QCOMPARE(statusReads(), 4); // the three confirmations, and the released order's reason

    // Without a window, as before: a status read before and after each capture.
    const QStringList more{held(5000), held(6000)};
    const int before = statusReads();
    CaptureBatch plain(m_ops, more);
    QSignalSpy plainFinished(&plain, &CaptureBatch::finished);
    plain.start();
    QVERIFY(plainFinished.wait(20000));
    QCOMPARE(plain.countOf(Outcome::Done), 2);
    QCOMPARE(statusReads() - before, 4);
}
