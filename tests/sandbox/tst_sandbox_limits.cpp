// The sandbox's connections under abuse (security audit, finding 9): idle clients, a full
// descriptor table, input piled up behind a hung request, and out-of-range control numbers.
#include "support/SandboxFixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <vector>

#include <cerrno>
#include <sys/socket.h>

using PayDesk::Sandbox::SandboxOptions;

class TestSandboxLimits : public QObject
{
    Q_OBJECT
private slots:
    void idleConnectionIsClosed_data();
    void idleConnectionIsClosed();
    void hungRequestOutlivesIdleTimeout();
    void pipelinedInputIsBounded();
    void pipelinedRequestsAreAllAnswered();
    void oversizedRequestIsRefused_data();
    void oversizedRequestIsRefused();
    void descriptorLimit_data();
    void descriptorLimit();
    void controlNumbersAreRangeChecked_data();
    void controlNumbersAreRangeChecked();
    void faultSpecDelayIsRangeChecked();
};

namespace {

constexpr qint64 MaxInputBytes = 1024 * 1024;  // the documented per-connection input limit
constexpr qint64 SocketChunkBytes = 64 * 1024; // what the socket may hold on top of it

QByteArray healthRequest()
{
    return "GET /sandbox/health HTTP/1.1\r\nHost: x\r\n\r\n";
}

QByteArray statusRequest()
{
    const QByteArray body = "userName=sandbox&password=sandbox&orderId=x";
    return "POST /payment/rest/getOrderStatusExtended.do HTTP/1.1\r\nHost: x\r\n"
           "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: "
           + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

// Sends one request and reads one response (head and Content-Length body), or what came before
// the server closed; bounded, so a silent server fails the test instead of hanging it. Events keep
// running meanwhile: the sandbox may live in this thread.
QByteArray exchange(QTcpSocket& socket, const QByteArray& request)
{
    socket.write(request);
    QByteArray in;
    const bool complete = QTest::qWaitFor(
        [&] {
            in += socket.readAll();
            const qsizetype headEnd = in.indexOf("\r\n\r\n");
            if (headEnd >= 0) {
                const qsizetype at = in.toLower().indexOf("content-length:");
                const qsizetype eol = in.indexOf("\r\n", at);
                const qsizetype length = at < 0 ? 0 : in.mid(at + 15, eol - at - 15).trimmed().toLongLong();
                if (in.size() >= headEnd + 4 + length)
                    return true;
            }
            return socket.state() != QAbstractSocket::ConnectedState && socket.bytesAvailable() == 0;
        },
        15000);
    if (!complete)
        qWarning("no complete answer within 15 s; got %lld bytes", qint64(in.size()));
    return in;
}

QJsonObject jsonBody(const QByteArray& response)
{
    return QJsonDocument::fromJson(response.mid(response.indexOf("\r\n\r\n") + 4)).object();
}

QJsonObject health(SandboxFixture& sb)
{
    return sb.http().get(QUrl(sb.baseUrl() + "/sandbox/health")).json;
}

bool faultsPending(SandboxFixture& sb)
{
    return !sb.http().get(QUrl(sb.baseUrl() + "/sandbox/faults")).json.value("faults").toArray().isEmpty();
}

// utime + stime of a process, in clock ticks (/proc/PID/stat fields 14 and 15).
qint64 cpuTicks(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    return fields.value(11).toLongLong() + fields.value(12).toLongLong();
}

int openDescriptors(qint64 pid)
{
    return int(QDir(QStringLiteral("/proc/%1/fd").arg(pid)).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).size());
}

} // namespace

void TestSandboxLimits::idleConnectionIsClosed_data()
{
    QTest::addColumn<QByteArray>("sent");
    QTest::newRow("silent") << QByteArray();
    QTest::newRow("half a request head") << QByteArray("GET /sandbox/health HTTP/1.1\r\nHost: x\r\n");
    QTest::newRow("after an answer") << healthRequest();
}

void TestSandboxLimits::idleConnectionIsClosed()
{
    QFETCH(QByteArray, sent);
    SandboxOptions options;
    options.idleTimeoutSecs = 1;
    SandboxFixture sb(options);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, sb.server().port());
    QVERIFY(socket.waitForConnected(5000));
    if (sent == healthRequest())
        QVERIFY(exchange(socket, sent).startsWith("HTTP/1.1 200"));
    else
        socket.write(sent);
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 15000);
}

void TestSandboxLimits::hungRequestOutlivesIdleTimeout()
{
    SandboxOptions options;
    options.idleTimeoutSecs = 1;
    SandboxFixture sb(options);
    sb.addFault("getOrderStatusExtended", "hang");
    QTcpSocket hung;
    hung.connectToHost(QHostAddress::LocalHost, sb.server().port());
    QVERIFY(hung.waitForConnected(5000));
    hung.write(statusRequest());
    QTRY_VERIFY(!faultsPending(sb)); // the sandbox holds the request now

    QTcpSocket idle;
    idle.connectToHost(QHostAddress::LocalHost, sb.server().port());
    QVERIFY(idle.waitForConnected(5000));
    QTRY_COMPARE_WITH_TIMEOUT(idle.state(), QAbstractSocket::UnconnectedState, 15000);
    // The hung connection was accepted first: had its idle timer run, its FIN would be queued already.
    char byte = 0;
    QCOMPARE(::recv(int(hung.socketDescriptor()), &byte, 1, MSG_PEEK | MSG_DONTWAIT), ssize_t(-1));
    QVERIFY(errno == EAGAIN || errno == EWOULDBLOCK);
    QCOMPARE(hung.state(), QAbstractSocket::ConnectedState);
}

void TestSandboxLimits::pipelinedInputIsBounded()
{
    SandboxFixture sb;
    sb.addFault("getOrderStatusExtended", "hang");
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, sb.server().port());
    QVERIFY(client.waitForConnected(5000));
    client.write(statusRequest());
    QTRY_VERIFY(!faultsPending(sb));

    const qint64 piled = 64 * 1024 * 1024;
    client.write(healthRequest().repeated(piled / healthRequest().size()));
    QTRY_VERIFY_WITH_TIMEOUT(
        client.bytesToWrite() == 0 || health(sb).value("bufferedBytes").toInteger() >= MaxInputBytes, 120000);
    const qint64 held = health(sb).value("bufferedBytes").toInteger();
    qInfo("client still holds %lld bytes; the sandbox holds %lld", client.bytesToWrite(), held);
    QVERIFY2(client.bytesToWrite() > 0, "64 MiB behind a hung request were all taken in");
    QVERIFY(held <= MaxInputBytes + SocketChunkBytes);
}

void TestSandboxLimits::pipelinedRequestsAreAllAnswered()
{
    // More than the input limit at once: the sandbox must read on as it answers, not stall.
    SandboxFixture sb;
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, sb.server().port());
    QVERIFY(client.waitForConnected(5000));
    const int requests = int(4 * MaxInputBytes / healthRequest().size());
    client.write(healthRequest().repeated(requests));
    QByteArray tail;
    int answered = 0;
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                 const QByteArray in = tail + client.readAll();
                                 const qsizetype last = in.lastIndexOf("HTTP/1.1 200 OK");
                                 answered += in.count("HTTP/1.1 200 OK");
                                 tail = last < 0 ? in : in.mid(last + 1);
                                 return answered >= requests;
                             }()),
                             120000);
    QCOMPARE(answered, requests);
}

void TestSandboxLimits::oversizedRequestIsRefused_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QByteArray>("status");
    // Exactly the head limit, so the sandbox has read all of it when it answers (no RST).
    const QByteArray start = "GET /sandbox/health HTTP/1.1\r\nX-Filler: ";
    QTest::newRow("head") << start + QByteArray(64 * 1024 - start.size(), 'a') << QByteArray("HTTP/1.1 431 ");
    QTest::newRow("body") << QByteArray("POST /sandbox/faults HTTP/1.1\r\nHost: x\r\nContent-Length: 2000000\r\n\r\n")
                          << QByteArray("HTTP/1.1 413 ");
}

void TestSandboxLimits::oversizedRequestIsRefused()
{
    QFETCH(QByteArray, request);
    QFETCH(QByteArray, status);
    SandboxFixture sb;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, sb.server().port());
    QVERIFY(socket.waitForConnected(5000));
    const QByteArray response = exchange(socket, request);
    QVERIFY2(response.startsWith(status), response.left(80).constData());
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 15000);
}

void TestSandboxLimits::descriptorLimit_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("maxConnections");
    QTest::newRow("from RLIMIT_NOFILE") << QStringList() << 64 - 16;
    QTest::newRow("--max-connections") << QStringList{"--max-connections", "8"} << 8;
}

void TestSandboxLimits::descriptorLimit()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, maxConnections);
    const QString sandboxPath = qEnvironmentVariable("PAYDESK_SANDBOX");
    const QString prlimit = QStandardPaths::findExecutable("prlimit");
    QVERIFY2(!sandboxPath.isEmpty() && !prlimit.isEmpty(), "needs PAYDESK_SANDBOX and prlimit (util-linux)");
    QProcess sandbox;
    sandbox.start(prlimit, QStringList{"--nofile=64:64", sandboxPath, "--idle-timeout", "600"} + arguments);
    QVERIFY(sandbox.waitForStarted(10000));
    const auto stop = qScopeGuard([&sandbox] {
        sandbox.kill();
        sandbox.waitForFinished(10000);
    });
    QTRY_VERIFY_WITH_TIMEOUT(sandbox.canReadLine(), 15000);
    const QUrl base(QString::fromUtf8(sandbox.readLine().trimmed()));
    const qint64 pid = sandbox.processId(); // prlimit execs the sandbox in its own process
    const int startDescriptors = openDescriptors(pid);

    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, quint16(base.port()));
    QVERIFY(probe.waitForConnected(5000));
    QVERIFY(exchange(probe, healthRequest()).startsWith("HTTP/1.1 200"));
    std::vector<std::unique_ptr<QTcpSocket>> crowd;
    for (int i = 0; i < 100; ++i) {
        crowd.push_back(std::make_unique<QTcpSocket>());
        crowd.back()->connectToHost(QHostAddress::LocalHost, quint16(base.port()));
    }
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(crowd.begin(), crowd.end(),
                                         [](const auto& s) { return s->state() == QAbstractSocket::ConnectedState; }),
                             15000);
    QTRY_VERIFY_WITH_TIMEOUT(openDescriptors(pid) >= startDescriptors + maxConnections - 1, 15000);

    // A sampling window for the CPU counter, not a synchronisation: the assertion is on ticks.
    const qint64 ticksBefore = cpuTicks(pid);
    QTest::qWait(1000);
    const qint64 ticks = cpuTicks(pid) - ticksBefore;
    qInfo("CPU ticks in ~1 s with 101 clients against 64 descriptors: %lld (busy is about 100)", ticks);
    QVERIFY2(ticksBefore >= 0 && ticks < 10, "the sandbox spins at the descriptor limit");

    const QJsonObject state = jsonBody(exchange(probe, healthRequest()));
    QCOMPARE(state.value("maxConnections").toInt(), maxConnections);
    QCOMPARE(state.value("connections").toInt(), maxConnections);

    crowd.clear();
    QTcpSocket late;
    late.connectToHost(QHostAddress::LocalHost, quint16(base.port()));
    QVERIFY(late.waitForConnected(5000));
    QVERIFY(exchange(late, healthRequest()).startsWith("HTTP/1.1 200"));
}

void TestSandboxLimits::controlNumbersAreRangeChecked_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("clock overflow") << "/sandbox/clock" << QByteArray(R"({"advanceSeconds": 9223372036854775})");
    QTest::newRow("clock beyond int64") << "/sandbox/clock" << QByteArray(R"({"advanceSeconds": 1e300})");
    QTest::newRow("clock backwards") << "/sandbox/clock" << QByteArray(R"({"advanceSeconds": -1})");
    QTest::newRow("clock fraction") << "/sandbox/clock" << QByteArray(R"({"advanceSeconds": 1.5})");
    QTest::newRow("clock text") << "/sandbox/clock" << QByteArray(R"({"advanceSeconds": "60"})");
    QTest::newRow("fault count huge") << "/sandbox/faults"
                                      << QByteArray(R"({"endpoint":"deposit","fault":"hang","count":1e12})");
    QTest::newRow("fault count zero") << "/sandbox/faults"
                                      << QByteArray(R"({"endpoint":"deposit","fault":"hang","count":0})");
    QTest::newRow("fault count fraction")
        << "/sandbox/faults" << QByteArray(R"({"endpoint":"deposit","fault":"hang","count":2.5})");
    QTest::newRow("fault delay huge") << "/sandbox/faults"
                                      << QByteArray(R"({"endpoint":"deposit","fault":"delay","delayMs":2147483647})");
    QTest::newRow("fault delay negative")
        << "/sandbox/faults" << QByteArray(R"({"endpoint":"deposit","fault":"delay","delayMs":-5})");
}

void TestSandboxLimits::controlNumbersAreRangeChecked()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    SandboxFixture sb;
    const HttpResult r = sb.http().post(QUrl(sb.baseUrl() + path), body, 15000, "application/json");
    QCOMPARE(r.status, 400);
    QVERIFY2(!r.json.value("error").toString().isEmpty(), r.body.constData());
    QCOMPARE(sb.http().get(QUrl(sb.baseUrl() + "/sandbox/clock")).json.value("offsetMs").toInteger(), 0);
    QVERIFY(!faultsPending(sb));

    // The largest accepted step still works, and the total offset stays bounded.
    const HttpResult step = sb.http().post(QUrl(sb.baseUrl() + "/sandbox/clock"), R"({"advanceSeconds": 315360000})",
                                           15000, "application/json");
    QCOMPARE(step.status, 200);
    QCOMPARE(step.json.value("offsetMs").toInteger(), 315360000000LL);
}

void TestSandboxLimits::faultSpecDelayIsRangeChecked()
{
    PayDesk::Sandbox::FaultInjector faults;
    QString error;
    QVERIFY(faults.addSpec("deposit:delay:1:600000", &error));
    QVERIFY(!faults.addSpec("deposit:delay:1:2147483647", &error)); // plus --latency would overflow an int
    QVERIFY(!faults.addSpec("deposit:hang:2000000000", &error));
    QVERIFY(error.contains("deposit:hang:2000000000"));
}

QTEST_GUILESS_MAIN(TestSandboxLimits)
#include "tst_sandbox_limits.moc"
