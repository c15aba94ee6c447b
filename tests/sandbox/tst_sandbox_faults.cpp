// Fault injection: each fault as a client sees it, and whether the operation took effect on the
// gateway (the sandbox's own record says).
#include "support/SandboxFixture.h"

#include <QJsonArray>
#include <QTcpSocket>
#include <QTest>

class TestSandboxFaults : public QObject
{
    Q_OBJECT
private slots:
    void eachFault_data();
    void eachFault();
    void faultsCountDownAndClear();
    void commandLineSpecs();
    void latencyAppliesToEveryCall();
};

namespace {
QString heldOrder(SandboxFixture& sb)
{
    const QString id = sb.registerOrder(20000, true);
    sb.pay(id, "2202205000012424", "05/28", "649");
    return id;
}
} // namespace

void TestSandboxFaults::eachFault_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<bool>("applied");
    QTest::addColumn<QString>("seen"); // timeout | reset | http500 | malformed | error7 | ok
    QTest::newRow("delay") << "delay" << true << "ok";
    QTest::newRow("hang") << "hang" << false << "timeout";
    QTest::newRow("http500") << "http500" << false << "http500";
    QTest::newRow("reset") << "reset" << false << "reset";
    QTest::newRow("malformed") << "malformed" << false << "malformed";
    QTest::newRow("error7") << "error7" << false << "error7";
    QTest::newRow("apply_hang") << "apply_hang" << true << "timeout";
    QTest::newRow("apply_reset") << "apply_reset" << true << "reset";
    QTest::newRow("apply_http500") << "apply_http500" << true << "http500";
    QTest::newRow("apply_malformed") << "apply_malformed" << true << "malformed";
}

void TestSandboxFaults::eachFault()
{
    QFETCH(QString, fault);
    QFETCH(bool, applied);
    QFETCH(QString, seen);
    SandboxFixture sb;
    const QString id = heldOrder(sb);
    sb.addFault("deposit", fault, 1, fault == "delay" ? 300 : 0);
    const QByteArray body =
        TestHttp::form({{"userName", "sandbox"}, {"password", "sandbox"}, {"orderId", id}, {"amount", "0"}});
    if (seen == "reset") {
        // A raw socket: QNetworkAccessManager would quietly re-send the POST after a reset.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, sb.server().port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write(
            "POST /payment/rest/deposit.do HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
            "Content-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QTRY_COMPARE(socket.state(), QAbstractSocket::UnconnectedState);
        QCOMPARE(socket.error(), QAbstractSocket::RemoteHostClosedError);
        QCOMPARE(socket.readAll(), QByteArray());
    }
    const HttpResult r = seen == "reset" ? HttpResult() : sb.http().post(sb.api("deposit"), body, 1500);
    if (seen == "reset") {
    } else if (seen == "timeout") {
        QCOMPARE(r.error, QNetworkReply::OperationCanceledError); // transfer timeout
    } else if (seen == "http500") {
        QCOMPARE(r.status, 500);
    } else if (seen == "malformed") {
        QCOMPARE(r.status, 200);
        QVERIFY(!r.jsonValid);
    } else if (seen == "error7") {
        QCOMPARE(r.json.value("errorCode").toString(), QString("7"));
    } else {
        QCOMPARE(r.json.value("errorCode").toInt(), 0);
    }
    const QJsonObject record = sb.inspect(id);
    QCOMPARE(record.value("orderStatus").toInt(), applied ? 2 : 1);
    QVERIFY(!record.value("locked").toBool());
    // The next call is normal again.
    QCOMPARE(sb.status(id).value("errorCode").toString(), QString("0"));
}

void TestSandboxFaults::faultsCountDownAndClear()
{
    SandboxFixture sb;
    sb.addFault("getOrderStatusExtended", "error7", 2);
    sb.addFault("*", "http500", 1);
    QCOMPARE(sb.status("x").value("errorCode").toString(), QString("7"));
    QCOMPARE(sb.status("x").value("errorCode").toString(), QString("7"));
    // the wildcard rule is next in line
    QCOMPARE(sb.call("getOrderStatusExtended", {{"orderId", "x"}}).status, 500);
    QCOMPARE(sb.status("x").value("errorCode").toString(), QString("6"));
    sb.addFault("register", "hang", 5);
    QCOMPARE(sb.http().get(QUrl(sb.baseUrl() + "/sandbox/faults")).json.value("faults").toArray().size(), 1);
    sb.http().del(QUrl(sb.baseUrl() + "/sandbox/faults"));
    QCOMPARE(sb.http().get(QUrl(sb.baseUrl() + "/sandbox/faults")).json.value("faults").toArray().size(), 0);
    QVERIFY(!sb.registerOrder(100, false).isEmpty());
    const HttpResult bad = sb.http().post(QUrl(sb.baseUrl() + "/sandbox/faults"),
                                          R"({"endpoint":"deposit","fault":"explode"})", 5000, "application/json");
    QCOMPARE(bad.status, 400);
}

void TestSandboxFaults::commandLineSpecs()
{
    PayDesk::Sandbox::FaultInjector faults;
    QString error;
    QVERIFY(faults.addSpec("deposit:apply_hang:2", &error));
    QVERIFY(faults.addSpec("*:delay:1:250", &error));
    QVERIFY(!faults.addSpec("deposit", &error));
    QVERIFY(!faults.addSpec("deposit:nope", &error));
    QVERIFY(!faults.addSpec("deposit:hang:0", &error));
    QVERIFY(error.contains("deposit:hang:0"));
    QCOMPARE(faults.take("deposit")->kind, PayDesk::Sandbox::FaultKind::ApplyHang);
    QCOMPARE(faults.take("refund")->delayMs, 250);
    QCOMPARE(faults.take("deposit")->kind, PayDesk::Sandbox::FaultKind::ApplyHang);
    QVERIFY(!faults.take("deposit").has_value());

    PayDesk::Sandbox::SandboxOptions options;
    options.faults = {"getOrderStatusExtended:error7:1"};
    SandboxFixture sb(options);
    QCOMPARE(sb.status("x").value("errorCode").toString(), QString("7"));
    QCOMPARE(sb.status("x").value("errorCode").toString(), QString("6"));
}

void TestSandboxFaults::latencyAppliesToEveryCall()
{
    PayDesk::Sandbox::SandboxOptions options;
    options.latencyMs = 50;
    SandboxFixture sb(options);
    const QString id = heldOrder(sb);
    QCOMPARE(sb.call("deposit", {{"orderId", id}, {"amount", "0"}}).json.value("errorCode").toInt(), 0);
    QCOMPARE(sb.status(id).value("orderStatus").toInt(), 2);
}

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandbox_faults.moc"
