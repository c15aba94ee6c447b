// RbsClient against the sandbox over HTTP on 127.0.0.1: typed results and typed errors.
#include "core/gateway/rbs/RbsClient.h"
#include "support/SandboxFixture.h"

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace PayDesk;

namespace {
RbsClient* makeClient(SandboxFixture& sb, QObject* parent, const QString& password = "sandbox", int timeoutMs = 5000)
{
    RbsSettings settings;
    settings.baseUrl = QUrl(sb.baseUrl());
    settings.timeoutMs = timeoutMs;
    auto* client = new RbsClient(settings, parent);
    client->setCredentials({"sandbox", password, {}});
    return client;
}

template <typename Job>
Job* wait(Job* job)
{
    job->setAutoDelete(false);
    QSignalSpy spy(job, &GatewayJob::finished);
    if (!job->isFinished())
        spy.wait(20000);
    return job;
}
} // namespace

class TestRbsClient : public QObject
{
    Q_OBJECT
private slots:
    void baseUrlIsCompleted();
    void listsEveryPage();
    void cancelStopsListing();
    void fetchesByIdAndNumber();
    void gatewayErrorsAreTyped();
    void transportErrorsAreTyped();
    void plainHttpOnlyToLoopback();
    void passwordWithPlusSign();
    void refusalsAreTypedFacts();
    void logsNeverCarryTheSecret();
};

void TestRbsClient::baseUrlIsCompleted()
{
    QCOMPARE(RbsSettings::normalizeBaseUrl("https://3dsec.sberbank.ru").toString(),
             QString("https://3dsec.sberbank.ru/payment/rest/"));
    QCOMPARE(RbsSettings::normalizeBaseUrl("https://3dsec.sberbank.ru/payment/rest/").toString(),
             QString("https://3dsec.sberbank.ru/payment/rest/"));
    QCOMPARE(RbsSettings::normalizeBaseUrl("https://mts.rbsuat.com/payment/rest").toString(),
             QString("https://mts.rbsuat.com/payment/rest/"));
}

void TestRbsClient::listsEveryPage()
{
    PayDesk::Sandbox::SandboxOptions options;
    options.seedOrders = 650;
    SandboxFixture sb(options);
    QObject owner;
    RbsClient* client = makeClient(sb, &owner);
    OrderListJob* job =
        client->listOrders(QDateTime::currentDateTimeUtc().addDays(-60), QDateTime::currentDateTimeUtc().addDays(1));
    QSignalSpy progress(job, &OrderListJob::progress);
    std::unique_ptr<OrderListJob> done(wait(job));
    QVERIFY2(done->succeeded(), qPrintable(done->error().userMessage()));
    QCOMPARE(done->totalCount(), 650);
    QCOMPARE(done->orders().size(), 650);
    QCOMPARE(progress.size(), 4); // 200 + 200 + 200 + 50
    QSet<QString> ids;
    int held = 0;
    for (const Order& o : done->orders()) {
        ids.insert(o.orderId);
        QCOMPARE(o.gateway, GatewayKind::Rbs);
        if (o.status == OrderStatus::Held) {
            ++held;
            QVERIFY(o.deadline.isValid());
            QCOMPARE(o.deadline, o.authorized.addDays(7));
        }
    }
    QCOMPARE(ids.size(), 650);
    QVERIFY(held > 0);
}

void TestRbsClient::cancelStopsListing()
{
    PayDesk::Sandbox::SandboxOptions options;
    options.seedOrders = 2000;
    options.latencyMs = 30;
    SandboxFixture sb(options);
    QObject owner;
    RbsClient* client = makeClient(sb, &owner);
    OrderListJob* job =
        client->listOrders(QDateTime::currentDateTimeUtc().addDays(-60), QDateTime::currentDateTimeUtc());
    connect(job, &OrderListJob::progress, job, &OrderListJob::cancel);
    std::unique_ptr<OrderListJob> done(wait(job));
    QCOMPARE(done->error().kind, GatewayError::Kind::Cancelled);
    QVERIFY(done->orders().size() < 2000);
}

void TestRbsClient::fetchesByIdAndNumber()
{
    SandboxFixture sb;
    const QString id = sb.registerOrder(123456, true, {{"description", QString::fromUtf8("Кофе + чай")}});
    sb.pay(id, "2202205000012424", "05/28", "649");
    QObject owner;
    RbsClient* client = makeClient(sb, &owner);
    std::unique_ptr<OrderJob> byId(wait(client->fetchOrder(id)));
    QVERIFY(byId->succeeded());
    const Order& o = byId->order();
    QCOMPARE(o.orderId, id);
    QCOMPARE(o.status, OrderStatus::Held);
    QCOMPARE(o.amount, Money(123456, Currency::rub()));
    QCOMPARE(o.description, QString::fromUtf8("Кофе + чай"));
    QCOMPARE(o.card.lastFour(), QString("2424"));
    QVERIFY(o.raw.contains("paymentAmountInfo"));
    std::unique_ptr<OrderJob> byNumber(wait(client->fetchOrderByNumber(o.orderNumber)));
    QCOMPARE(byNumber->order().orderId, id);
}

void TestRbsClient::gatewayErrorsAreTyped()
{
    SandboxFixture sb;
    QObject owner;
    std::unique_ptr<OrderJob> missing(wait(makeClient(sb, &owner)->fetchOrder("00000000-0000-0000-0000-000000000000")));
    QCOMPARE(missing->error().kind, GatewayError::Kind::Gateway);
    QCOMPARE(missing->error().gatewayCode, QString("6"));
    // The client asks in the interface's language (English here: nothing applied another).
    QCOMPARE(missing->error().gatewayMessage, QString("Order not found"));
    QVERIFY(!missing->error().outcomeUnknown);
    std::unique_ptr<OrderJob> denied(wait(makeClient(sb, &owner, "wrong")->fetchOrder("x")));
    QCOMPARE(denied->error().gatewayCode, QString("5"));
    QVERIFY(missing->error().noSuchOrder);
    QVERIFY(!missing->error().accessDenied);
    QVERIFY(denied->error().accessDenied);
    QVERIFY(denied->error().userMessage().contains("Access denied"));
}

void TestRbsClient::transportErrorsAreTyped()
{
    SandboxFixture sb;
    QObject owner;
    RbsClient* client = makeClient(sb, &owner, "sandbox", 700);
    sb.addFault("getOrderStatusExtended", "hang");
    std::unique_ptr<OrderJob> hung(wait(client->fetchOrder("x")));
    QCOMPARE(hung->error().kind, GatewayError::Kind::Timeout);
    sb.addFault("getOrderStatusExtended", "http500");
    std::unique_ptr<OrderJob> http(wait(client->fetchOrder("x")));
    QCOMPARE(http->error().kind, GatewayError::Kind::Http);
    QCOMPARE(http->error().httpStatus, 500);
    sb.addFault("getOrderStatusExtended", "malformed");
    std::unique_ptr<OrderJob> broken(wait(client->fetchOrder("x")));
    QCOMPARE(broken->error().kind, GatewayError::Kind::Malformed);
    sb.addFault("getOrderStatusExtended", "error7");
    std::unique_ptr<OrderJob> system(wait(client->fetchOrder("x")));
    QCOMPARE(system->error().gatewayCode, QString("7"));

    // Nobody listening on the port: a network error with a message for people.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 deadPort = probe.serverPort();
    probe.close();
    RbsSettings settings;
    settings.baseUrl = QUrl(QString("http://127.0.0.1:%1").arg(deadPort));
    RbsClient dead(settings);
    dead.setCredentials({"sandbox", "sandbox", {}});
    std::unique_ptr<OrderJob> refused(wait(dead.fetchOrder("x")));
    QCOMPARE(refused->error().kind, GatewayError::Kind::Network);
    QVERIFY(!refused->error().userMessage().isEmpty());
}

void TestRbsClient::plainHttpOnlyToLoopback()
{
    RbsSettings settings;
    settings.baseUrl = QUrl("http://3dsec.sberbank.ru/payment/rest/");
    RbsClient client(settings);
    std::unique_ptr<OrderJob> job(wait(client.fetchOrder("x")));
    QCOMPARE(job->error().kind, GatewayError::Kind::Config);
    QVERIFY(job->error().userMessage().contains("https://"));
}

void TestRbsClient::passwordWithPlusSign()
{
    PayDesk::Sandbox::SandboxOptions options;
    options.password = "a+b c&d=%";
    SandboxFixture sb(options);
    QObject owner;
    std::unique_ptr<OrderJob> job(wait(makeClient(sb, &owner, "a+b c&d=%")->fetchOrder("x")));
    QCOMPARE(job->error().gatewayCode, QString("6")); // authenticated; the order just does not exist
}

// The GUI and the CLI read facts, never RBS's codes: a capture of an order that is not held is
// "not capturable"; a refused amount (under one rouble) is a different refusal.
void TestRbsClient::refusalsAreTypedFacts()
{
    SandboxFixture sb;
    QObject owner;
    RbsClient* client = makeClient(sb, &owner);
    const QString unpaid = sb.registerOrder(1000, true);
    std::unique_ptr<OperationJob> notHeld(wait(client->capture(unpaid, Money(1000, Currency::rub()))));
    QCOMPARE(notHeld->result().outcome, OperationResult::Outcome::Refused);
    QVERIFY(notHeld->result().error.notCapturable);
    QVERIFY(!notHeld->result().error.accessDenied);

    const QString held = sb.registerOrder(100000, true);
    sb.pay(held, "2202205000012424", "05/28", "649");
    std::unique_ptr<OperationJob> small(wait(client->capture(held, Money(50, Currency::rub()))));
    QCOMPARE(small->result().outcome, OperationResult::Outcome::Refused);
    QVERIFY(!small->result().error.notCapturable);
}

namespace {
QStringList g_logged;
void keepMessage(QtMsgType, const QMessageLogContext&, const QString& message)
{
    g_logged.append(message);
}
} // namespace

// The shared transport logs each request to paydesk.rbs, and never the form that holds the password.
void TestRbsClient::logsNeverCarryTheSecret()
{
    SandboxFixture sb;
    QObject owner;
    const QString secret = QStringLiteral("n0t-in-any-log");
    QLoggingCategory::setFilterRules(QStringLiteral("paydesk.rbs.debug=true"));
    g_logged.clear();
    const QtMessageHandler previous = qInstallMessageHandler(keepMessage);
    std::unique_ptr<OrderJob> denied(wait(makeClient(sb, &owner, secret)->fetchOrder("x")));
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    QVERIFY(denied->error().accessDenied);
    QVERIFY(!g_logged.isEmpty());
    QVERIFY(g_logged.first().contains(QStringLiteral("getOrderStatusExtended.do")));
    for (const QString& line : std::as_const(g_logged)) {
        QVERIFY2(!line.contains(secret), qPrintable(line));
        QVERIFY2(!line.contains(QStringLiteral("password")), qPrintable(line));
    }
}

QTEST_GUILESS_MAIN(TestRbsClient)
#include "tst_rbs_client.moc"
