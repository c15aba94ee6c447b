#include "sandbox/SandboxServer.h"
#include "sandbox/TestCards.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace PayDesk::Sandbox;

namespace {

QString helpEpilog()
{
    QString text = QStringLiteral(
        "\nThe sandbox speaks the RBS REST protocol at BASE/payment/rest/*.do (register, registerPreAuth, deposit,\n"
        "reverse, refund, decline, getOrderStatusExtended, getLastOrdersForMerchants, paymentOrderBinding,\n"
        "getBindings, getReceiptStatus), and the same gateway's SOAP web service at\n"
        "BASE/payment/webservices/merchant-ws (WSDL at ?wsdl; WS-Security UsernameToken, PasswordText).\n"
        "It listens on 127.0.0.1 only and prints BASE as its first line.\n"
        "API account: --user/--password (default sandbox/sandbox), or token 'sandbox-token'.\n\n"
        "Test cards for the payment page (PAN  expiry  CVC  3-D Secure code  outcome):\n");
    int count = 0;
    const TestCard* cards = testCards(&count);
    for (int i = 0; i < count; ++i) {
        text += QStringLiteral("  %1  %2  %3  %4  %5\n")
                    .arg(QString::fromLatin1(cards[i].pan), QString::fromLatin1(cards[i].expiry),
                         QString::fromLatin1(cards[i].cvc))
                    .arg(QString::fromLatin1(*cards[i].acsCode ? cards[i].acsCode : "-"), -8)
                    .arg(QString::fromLatin1(cards[i].note));
    }
    text += QStringLiteral(
        "  Any other Luhn-valid card with a future expiry and a 3-digit CVC is approved without 3-D Secure.\n\n"
        "Faults (--fault ENDPOINT:KIND[:COUNT[:DELAY_MS]], repeatable; ENDPOINT is e.g. deposit or *):\n"
        "  delay           answer after DELAY_MS (default 1000)\n"
        "  hang            never answer, do nothing          apply_hang       do it, then never answer\n"
        "  http500         HTTP 500, do nothing              apply_http500    do it, then HTTP 500\n"
        "  reset           TCP reset, do nothing             apply_reset      do it, then TCP reset\n"
        "  malformed       broken JSON, do nothing           apply_malformed  do it, then broken JSON\n"
        "  error7          errorCode 7 \"system error\", do nothing\n"
        "  huge_total      a listing claims 2,000,000,000 orders   padded_total  it claims 100,000 more than it has\n\n"
        "Assist on the same port (XML, Format=3; Merchant_ID 123456, same login and password):\n"
        "  POST /orderstate/orderstate.cfm, /orderresult/orderresult.cfm, /resultbydate/resultbydate.cfm,\n"
        "       /charge/charge.cfm, /cancel/cancel.cfm; faults by service name (charge, cancel, ...)\n"
        "  GET  /pay/order.cfm?Merchant_ID=..&OrderNumber=..&OrderAmount=..&Delay=1   the payment page\n\n"
        "Controls on the same port:\n"
        "  GET/POST/DELETE /sandbox/faults   list / add {\"endpoint\",\"fault\",\"count\",\"delayMs\"} / clear\n"
        "  GET/POST /sandbox/clock           read / move forward {\"advanceSeconds\": N} (holds expire)\n"
        "  GET /sandbox/orders/ORDER_ID      the gateway's own record with every operation\n"
        "  GET/POST/DELETE /sandbox/callbacks  deliveries / set {\"merchant\",\"url\",\"key\"} (key: HMAC-SHA256\n"
        "                    checksum; none: unsigned) / none; GET callbacks on approved, deposited, reversed,\n"
        "                    refunded, declinedByTimeout, tried 3 times 60 s apart on the sandbox's clock\n"
        "  GET /sandbox/health               liveness, order count, connections, maxConnections, bufferedBytes\n"
        "  GET/DELETE /sandbox/requests      API calls per endpoint and listings (first pages) / start from zero\n"
        "  GET /shop/return?orderId=ID       a merchant return page to use as returnUrl\n"
        "  Numbers out of range (advanceSeconds 0..315360000, count 1..1000000, delayMs 0..600000) get HTTP 400.\n\n"
        "Connections: one closes after --idle-timeout without a complete request unless an answer is pending\n"
        "(a hang fault holds it until the client leaves); at most 1 MiB of input is held per connection (a head\n"
        "over 64 KiB gets 431, a larger body 413); beyond --max-connections new clients wait to be accepted.\n");
    return text;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("paydesk-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PAYDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("PayDesk sandbox: a local RBS payment gateway for tests and demos.")
                                     + helpEpilog());
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("TCP port on 127.0.0.1; 0 picks a free one."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption userOption(QStringLiteral("user"), QStringLiteral("API login."), QStringLiteral("LOGIN"),
                                        QStringLiteral("sandbox"));
    const QCommandLineOption passwordOption(QStringLiteral("password"),
                                            QStringLiteral("API password (a sandbox account, not a secret)."),
                                            QStringLiteral("PASS"), QStringLiteral("sandbox"));
    const QCommandLineOption seedOrdersOption(QStringLiteral("seed-orders"),
                                              QStringLiteral("Create N demo orders over the past four weeks."),
                                              QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Random seed for --seed-orders."),
                                        QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption holdOption(QStringLiteral("hold-days"),
                                        QStringLiteral("Days before an uncaptured hold is reversed."),
                                        QStringLiteral("N"), QStringLiteral("7"));
    const QCommandLineOption latencyOption(QStringLiteral("latency"),
                                           QStringLiteral("Delay added to every API answer."), QStringLiteral("MS"),
                                           QStringLiteral("0"));
    const QCommandLineOption shiftOption(QStringLiteral("time-shift"),
                                         QStringLiteral("Start with the clock moved forward."),
                                         QStringLiteral("SECONDS"), QStringLiteral("0"));
    const QCommandLineOption faultOption(QStringLiteral("fault"), QStringLiteral("Inject a fault (see below)."),
                                         QStringLiteral("SPEC"));
    const QCommandLineOption assistMerchantOption(
        QStringLiteral("assist-merchant-id"), QStringLiteral("The Assist Merchant_ID (login and password as for RBS)."),
        QStringLiteral("ID"), QStringLiteral("123456"));
    const QCommandLineOption assistHoldOption(QStringLiteral("assist-hold-days"),
                                              QStringLiteral("Days before an unconfirmed Assist payment is cancelled."),
                                              QStringLiteral("N"), QStringLiteral("4"));
    const QCommandLineOption idleOption(
        QStringLiteral("idle-timeout"),
        QStringLiteral("Close a connection after this long without a complete request (none pending)."),
        QStringLiteral("SECONDS"), QStringLiteral("30"));
    const QCommandLineOption maxConnectionsOption(
        QStringLiteral("max-connections"),
        QStringLiteral("Connections served at once, at most the descriptor limit minus 16 "
                       "(the default); more wait to be accepted."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption callbackOption(QStringLiteral("callback-url"),
                                            QStringLiteral("Send the account's callbacks to URL (unsigned)."),
                                            QStringLiteral("URL"));
    parser.addOption(callbackOption);
    parser.addOptions({portOption, userOption, passwordOption, seedOrdersOption, seedOption, holdOption, latencyOption,
                       shiftOption, faultOption, assistMerchantOption, assistHoldOption, idleOption,
                       maxConnectionsOption});
    parser.process(app);

    SandboxOptions options;
    bool ok = true;
    const auto number = [&](const QCommandLineOption& o, qint64 min, qint64 max) {
        bool good = false;
        const qint64 v = parser.value(o).toLongLong(&good);
        if (!good || v < min || v > max) {
            std::fprintf(stderr, "paydesk-sandbox: bad value for --%s\n", qPrintable(o.names().constFirst()));
            ok = false;
        }
        return v;
    };
    options.port = quint16(number(portOption, 0, 65535));
    options.seedOrders = int(number(seedOrdersOption, 0, 2000000));
    options.seed = quint32(number(seedOption, 0, 0xffffffffLL));
    options.holdDays = int(number(holdOption, 1, 365));
    options.assistMerchantId = parser.value(assistMerchantOption);
    options.assistHoldDays = int(number(assistHoldOption, 1, 60));
    options.latencyMs = int(number(latencyOption, 0, 600000));
    options.timeShiftSecs = number(shiftOption, 0, 10LL * 365 * 24 * 3600);
    options.user = parser.value(userOption);
    options.password = parser.value(passwordOption);
    options.faults = parser.values(faultOption);
    options.callbackUrl = parser.value(callbackOption);
    options.idleTimeoutSecs = int(number(idleOption, 1, 24 * 3600));
    options.maxConnections = int(number(maxConnectionsOption, 0, 1000000));
    if (!ok)
        return 2;

    SandboxServer server(options);
    QString error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "paydesk-sandbox: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("%s\n", qPrintable(server.baseUrl()));
    std::fflush(stdout);
    return app.exec();
}
