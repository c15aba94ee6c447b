// Measures the sandbox gateway on loopback: requests per second for status reads and registers
// over keep-alive connections, and getLastOrdersForMerchants pages per second over 100k orders.
// Prints "name value unit" lines.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTcpSocket>
#include <QUrl>

#include <cstdio>
#include <memory>
#include <vector>

namespace {

QByteArray form(const QList<QPair<QString, QString>>& fields)
{
    QByteArray out;
    for (const auto& f : fields)
        out += (out.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(f.first) + '=' + QUrl::toPercentEncoding(f.second);
    return out;
}

QByteArray request(const QByteArray& endpoint, const QByteArray& body)
{
    return "POST /payment/rest/" + endpoint
           + ".do HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
             "Content-Length: "
           + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

// Reads one HTTP response with Content-Length from a blocking socket.
bool readResponse(QTcpSocket& s, QByteArray& buffer)
{
    for (;;) {
        const qsizetype head = buffer.indexOf("\r\n\r\n");
        if (head >= 0) {
            const qsizetype cl = buffer.indexOf("Content-Length: ");
            const qsizetype end = buffer.indexOf("\r\n", cl);
            const qsizetype length = buffer.mid(cl + 16, end - cl - 16).toLongLong();
            if (buffer.size() >= head + 4 + length) {
                buffer.remove(0, head + 4 + length);
                return true;
            }
        }
        if (!s.waitForReadyRead(30000))
            return false;
        buffer += s.readAll();
    }
}

// `connections` keep-alive sockets, each pipelining one request at a time, for `ms` milliseconds.
double rate(quint16 port, int connections, int ms, const std::function<QByteArray(int)>& makeRequest)
{
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    std::vector<QByteArray> buffers(connections);
    for (int i = 0; i < connections; ++i) {
        sockets.push_back(std::make_unique<QTcpSocket>());
        sockets.back()->connectToHost(QHostAddress::LocalHost, port);
        sockets.back()->waitForConnected(5000);
    }
    QElapsedTimer timer;
    timer.start();
    qint64 done = 0;
    int n = 0;
    for (auto& s : sockets)
        s->write(makeRequest(n++));
    while (timer.elapsed() < ms) {
        for (int i = 0; i < connections; ++i) {
            if (!readResponse(*sockets[i], buffers[i]))
                return -1;
            ++done;
            sockets[i]->write(makeRequest(n++));
        }
    }
    for (int i = 0; i < connections; ++i)
        readResponse(*sockets[i], buffers[i]);
    return done * 1000.0 / timer.elapsed();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QString sandboxPath = QStringLiteral(PAYDESK_SANDBOX_PATH);
    const int orders = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 100000;
    QProcess sandbox;
    QElapsedTimer timer;
    timer.start();
    sandbox.start(sandboxPath, {QStringLiteral("--seed-orders"), QString::number(orders)});
    if (!sandbox.waitForReadyRead(120000)) {
        std::fprintf(stderr, "sandbox did not start\n");
        return 1;
    }
    const QUrl base(QString::fromUtf8(sandbox.readLine().trimmed()));
    const quint16 port = quint16(base.port());
    std::printf("sandbox_start_with_%d_orders %lld ms\n", orders, timer.elapsed());

    const QByteArray auth = "userName=sandbox&password=sandbox&";
    const QByteArray missing = request("getOrderStatusExtended", auth + "orderNumber=SB-100001");
    std::printf("sandbox_status_rps_1conn %.0f req/s\n", rate(port, 1, 2000, [&](int) { return missing; }));
    std::printf("sandbox_status_rps_16conn %.0f req/s\n", rate(port, 16, 2000, [&](int) { return missing; }));
    std::printf("sandbox_register_rps_16conn %.0f req/s\n", rate(port, 16, 2000, [&](int i) {
                    return request("register",
                                   form({{QStringLiteral("userName"), QStringLiteral("sandbox")},
                                         {QStringLiteral("password"), QStringLiteral("sandbox")},
                                         {QStringLiteral("orderNumber"), QStringLiteral("bench-%1").arg(i)},
                                         {QStringLiteral("amount"), QStringLiteral("1000")},
                                         {QStringLiteral("returnUrl"), QStringLiteral("https://shop.example/ok")}}));
                }));
    const int pages = (orders + 199) / 200;
    const double pageRate = rate(port, 4, 3000, [&](int i) {
        return request("getLastOrdersForMerchants",
                       auth
                           + "size=200&from=20000101000000&to=20991231235959&searchByCreatedDate=true"
                             "&transactionStates=CREATED,APPROVED,DEPOSITED,DECLINED,REVERSED,REFUNDED&page="
                           + QByteArray::number(i % pages));
    });
    std::printf("sandbox_list_pages_4conn %.1f pages/s\n", pageRate);
    std::printf("sandbox_list_orders_4conn %.0f orders/s\n", pageRate * 200);
    sandbox.kill();
    sandbox.waitForFinished();
    return 0;
}
