// The sandbox's callback notifications, received by a shop's HTTP listener on 127.0.0.1 and checked with
// PayDesk's own verifier: signed and unsigned, every operation, and retries on the sandbox's clock.
#include "core/callback/CallbackListener.h"
#include "core/callback/CallbackVerifier.h"
#include "core/gateway/rbs/RbsClient.h"
#include "core/session/Desk.h"
#include "core/store/OrderStore.h"
#include "support/SandboxFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace PayDesk;

namespace {
// The shop's side: a minimal HTTP/1.1 server that records each request's target and answers with the
// next status in its list (200 when the list is empty).
class ShopListener : public QObject
{
public:
    ShopListener()
    {
        QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection())
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        });
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1/shop/callback").arg(m_server.serverPort()); }
    QStringList received;
    QList<int> answers;

private:
    void read(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        if (!buffer.contains("\r\n\r\n"))
            return;
        received.append(QString::fromLatin1(buffer.left(buffer.indexOf("\r\n")).split(' ').value(1)));
        const int status = answers.isEmpty() ? 200 : answers.takeFirst();
        socket->write(
            QStringLiteral("HTTP/1.1 %1 X\r\nContent-Length: 2\r\nConnection: close\r\n\r\nOK").arg(status).toLatin1());
        socket->disconnectFromHost();
        m_buffers.remove(socket);
    }
    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

QString fieldOf(const QString& target, const QString& name)
{
    return CallbackMessage::parse(target)->value(name);
}
} // namespace

class TestSandboxCallbacks : public QObject
{
    Q_OBJECT
private slots:
    void signedCallbacksForEveryOperation();
    void retriesOnTheSandboxClock();
    void unsignedFromTheFlagAndDeclinedByTimeout();
    void theAppsListenerRefreshesTheOrder();
};

void TestSandboxCallbacks::signedCallbacksForEveryOperation()
{
    SandboxFixture sb;
    ShopListener shop;
    const QByteArray body = QJsonDocument(QJsonObject{{"url", shop.url()}, {"key", "shop-callback-key"}}).toJson();
    QCOMPARE(sb.http().post(QUrl(sb.baseUrl() + "/sandbox/callbacks"), body, 15000, "application/json").status, 200);

    const QString held = sb.registerOrder(150000, true);
    sb.pay(held, "2202205000012424", "05/28", "649");
    QTRY_COMPARE(shop.received.size(), 1);
    QCOMPARE(sb.call("deposit", {{"orderId", held}, {"amount", "100000"}}).json.value("errorCode").toVariant().toInt(),
             0);
    QTRY_COMPARE(shop.received.size(), 2);
    QCOMPARE(sb.call("refund", {{"orderId", held}, {"amount", "40000"}}).json.value("errorCode").toString(), "0");
    QTRY_COMPARE(shop.received.size(), 3);
    const QString other = sb.registerOrder(5000, true);
    sb.pay(other, "2202205000012424", "05/28", "649");
    QTRY_COMPARE(shop.received.size(), 4);
    sb.call("reverse", {{"orderId", other}});
    QTRY_COMPARE(shop.received.size(), 5);

    const QStringList operations = {"approved", "deposited", "refunded", "approved", "reversed"};
    const QStringList amounts = {"150000", "100000", "40000", "5000", "5000"};
    for (int i = 0; i < shop.received.size(); ++i) {
        const QString target = shop.received.at(i);
        QVERIFY2(target.startsWith("/shop/callback?"), qPrintable(target));
        QCOMPARE(fieldOf(target, "operation"), operations.at(i));
        QCOMPARE(fieldOf(target, "amount"), amounts.at(i));
        QCOMPARE(fieldOf(target, "status"), QString("1"));
        QCOMPARE(fieldOf(target, "mdOrder"), i < 3 ? held : other);
        const auto message = CallbackMessage::parse(target);
        QCOMPARE(CallbackVerifier::verify(*message, {"shop-callback-key", std::nullopt}), CallbackVerdict::Genuine);
        QCOMPARE(CallbackVerifier::verify(*message, {"another key", std::nullopt}), CallbackVerdict::WrongChecksum);
    }
    const QJsonArray deliveries =
        sb.http().get(QUrl(sb.baseUrl() + "/sandbox/callbacks")).json.value("deliveries").toArray();
    QCOMPARE(deliveries.size(), 5);
    QCOMPARE(deliveries.at(0).toObject().value("delivered").toBool(), true);
    QCOMPARE(deliveries.at(0).toObject().value("attempts").toInt(), 1);
}

void TestSandboxCallbacks::retriesOnTheSandboxClock()
{
    SandboxFixture sb;
    ShopListener shop;
    shop.answers = {500, 503, 500}; // three failures: the gateway gives up after the third attempt
    const QByteArray body = QJsonDocument(QJsonObject{{"url", shop.url()}, {"key", "k"}}).toJson();
    sb.http().post(QUrl(sb.baseUrl() + "/sandbox/callbacks"), body, 15000, "application/json");
    const QString id = sb.registerOrder(10000, false);
    sb.pay(id, "2202205000012424", "05/28", "649");
    QTRY_COMPARE(shop.received.size(), 1);
    const auto deliveryOf = [&sb] {
        return sb.http()
            .get(QUrl(sb.baseUrl() + "/sandbox/callbacks"))
            .json.value("deliveries")
            .toArray()
            .at(0)
            .toObject();
    };
    QTRY_COMPARE(deliveryOf().value("lastHttpStatus").toInt(), 500);
    sb.advanceClock(59); // not yet due
    QTest::qWait(50);
    QCOMPARE(shop.received.size(), 1);
    sb.advanceClock(1);
    QTRY_COMPARE(shop.received.size(), 2);
    QCOMPARE(shop.received.at(1), shop.received.at(0)); // the same callback, checksum and all
    QTRY_COMPARE(deliveryOf().value("lastHttpStatus").toInt(), 503);
    sb.advanceClock(60);
    QTRY_COMPARE(shop.received.size(), 3);
    QTRY_COMPARE(deliveryOf().value("attempts").toInt(), 3);
    QTRY_COMPARE(deliveryOf().value("lastHttpStatus").toInt(), 500);
    QCOMPARE(deliveryOf().value("delivered").toBool(), false);
    sb.advanceClock(3600); // three attempts in all
    QTest::qWait(50);
    QCOMPARE(shop.received.size(), 3);

    // A failure, then 200 on the retry: delivered on the second attempt.
    shop.answers = {500};
    const QString next = sb.registerOrder(10000, false);
    sb.pay(next, "2202205000012424", "05/28", "649");
    QTRY_COMPARE(shop.received.size(), 4);
    const auto last = [&sb] {
        return sb.http()
            .get(QUrl(sb.baseUrl() + "/sandbox/callbacks"))
            .json.value("deliveries")
            .toArray()
            .last()
            .toObject();
    };
    // The retry is due 60 s after the failed answer is in, not after the shop saw the request.
    QTRY_COMPARE(last().value("lastHttpStatus").toInt(), 500);
    sb.advanceClock(60);
    QTRY_COMPARE(shop.received.size(), 5);
    QTRY_VERIFY(last().value("delivered").toBool());
    QCOMPARE(last().value("attempts").toInt(), 2);
}

void TestSandboxCallbacks::unsignedFromTheFlagAndDeclinedByTimeout()
{
    ShopListener shop;
    PayDesk::Sandbox::SandboxOptions options;
    options.callbackUrl = shop.url();
    SandboxFixture sb(options);
    const QString id = sb.registerOrder(10000, false);
    sb.advanceClock(1201); // the payment session (20 minutes) is over
    QTRY_COMPARE(shop.received.size(), 1);
    const auto message = CallbackMessage::parse(shop.received.first());
    QCOMPARE(message->operation(), CallbackOperation::DeclinedByTimeout);
    QCOMPARE(message->orderId(), id);
    QVERIFY(!message->isSigned());
    QCOMPARE(CallbackVerifier::verify(*message, {"k", std::nullopt}), CallbackVerdict::Unsigned);
    QCOMPARE(sb.status(id).value("orderStatus").toInt(), 6);
}

// The app's listener for testers: a callback from the sandbox makes the desk read the order at once.
void TestSandboxCallbacks::theAppsListenerRefreshesTheOrder()
{
    SandboxFixture sb;
    QTemporaryDir dir;
    RbsSettings settings;
    settings.baseUrl = QUrl(sb.baseUrl());
    auto client = std::make_unique<RbsClient>(settings);
    client->setCredentials({"sandbox", "sandbox", {}});
    auto store = std::make_unique<OrderStore>();
    QVERIFY(store->open(dir.filePath("orders.sqlite")));
    Desk desk(std::move(client), std::move(store), "sandbox", "Sandbox");
    auto* listener = new CallbackListener(&desk);
    QVERIFY(listener->listen());
    sb.server().callbacks().setTarget("sandbox", {listener->url(), {}});
    QSignalSpy received(listener, &CallbackListener::received);
    QSignalSpy changed(&desk, &Desk::orderChanged);

    const QString id = sb.registerOrder(10000, true);
    QVERIFY(!desk.order(id)); // not in the cache: nobody synced
    sb.pay(id, "2202205000012424", "05/28", "649");
    QTRY_COMPARE(received.size(), 1);
    QCOMPARE(received.first().first().value<CallbackMessage>().operation(), CallbackOperation::Approved);
    QTRY_VERIFY(desk.order(id).has_value());
    QCOMPARE(desk.order(id)->status, OrderStatus::Held);
    sb.call("deposit", {{"orderId", id}, {"amount", "10000"}});
    QTRY_COMPARE(desk.order(id)->status, OrderStatus::Captured);
    QVERIFY(changed.size() >= 2);
}

QTEST_GUILESS_MAIN(TestSandboxCallbacks)
#include "tst_sandbox_callbacks.moc"
