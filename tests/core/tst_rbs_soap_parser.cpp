// Every file in ../shared/spec/fixtures/rbs-soap, read by what reads it in PayDesk: SOAP answers by
// RbsSoapReader (then RbsParser, as the client does), request fragments and the WS-Security header
// by the sandbox's request reader, the WSDLs against the operations PayDesk sends, the REST JSON
// by the REST decoder. A new fixture file without an expectation here fails the test.
#include "core/gateway/rbs/RbsParser.h"
#include "core/gateway/rbs/RbsWire.h"
#include "core/gateway/rbssoap/RbsSoapReader.h"
#include "core/gateway/rbssoap/RbsSoapRequest.h"
#include "core/gateway/rbssoap/RbsSoapWire.h"
#include "sandbox/soap/SoapCall.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QTest>
#include <QXmlStreamReader>

using namespace PayDesk;

namespace {
const QString Dir = QStringLiteral(PAYDESK_SPEC_DIR "/fixtures/rbs-soap/");

QByteArray fixture(const QString& name)
{
    QFile f(Dir + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(f.fileName()));
    return f.readAll();
}

// A fragment as the page printed it, inside an envelope that declares its prefixes.
QByteArray enveloped(const QByteArray& fragment, bool isBody, const QByteArray& header = {})
{
    QByteArray out = "<soapenv:Envelope xmlns:soapenv='http://schemas.xmlsoap.org/soap/envelope/' "
                     "xmlns:soap='http://schemas.xmlsoap.org/soap/envelope/' "
                     "xmlns:mer='http://engine.paymentgate.ru/webservices/merchant'>";
    out += "<soapenv:Header>" + header + "</soapenv:Header>";
    out += isBody ? fragment : "<soapenv:Body>" + fragment + "</soapenv:Body>";
    return out + "</soapenv:Envelope>";
}

QSet<QString> wsdlOperations(const QByteArray& wsdl)
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

const QStringList SentOperations = {"registerOrder",       "registerOrderPreAuth", "getOrderStatusExtended",
                                    "depositOrder",        "reverseOrder",         "refundOrder",
                                    "paymentOrderBinding", "getBindings",          "getLastOrdersForMerchants"};
} // namespace

class TestRbsSoapParser : public QObject
{
    Q_OBJECT
private slots:
    void registerAnswers();
    void statusExtended();
    void legacyStatus();
    void operationResults();
    void requestFragments();
    void wsdls();
    void restJson();
    void faultsAndBrokenBodies();
    void everyFixtureIsRead(); // last: the slots above mark what they read

private:
    QSet<QString> m_seen;
    void seen(const QString& name) { m_seen.insert(name); }
};

void TestRbsSoapParser::registerAnswers()
{
    RbsSoapReader::Answer a = RbsSoapReader::read(fixture("registerOrderResponse-success-alfa-test-kzt.xml"));
    QCOMPARE(a.operation, QString("registerOrderResponse"));
    QVERIFY(!a.error.isError());
    QVERIFY(!RbsWire::judgedAnswer(a.result).isError());
    QCOMPARE(a.result.value("orderId").toString(), QString("45e6a28c-b782-442e-b24a-33b5d3be5585"));
    QVERIFY(a.result.value("formUrl").toString().endsWith("mdOrder=45e6a28c-b782-442e-b24a-33b5d3be5585"));
    seen("registerOrderResponse-success-alfa-test-kzt.xml");

    a = RbsSoapReader::read(fixture("registerOrderResponse-success-doc-sample-mts.xml"));
    QCOMPARE(a.result.value("formUrl").toString().left(15), QString("https://server/")); // the spaces trimmed
    QVERIFY(!RbsWire::judgedAnswer(a.result).isError()); // errorMessage="" with errorCode 0
    seen("registerOrderResponse-success-doc-sample-mts.xml");

    a = RbsSoapReader::read(fixture("registerOrderResponse-error1-order-already-processed-alfa-test.xml"));
    const GatewayError error = RbsWire::judgedAnswer(a.result);
    QCOMPARE(error.kind, GatewayError::Kind::Gateway);
    QCOMPARE(error.gatewayCode, QString("1"));
    QCOMPARE(error.gatewayMessage, QString("Order already processed"));
    QVERIFY(!a.result.contains("orderId"));
    seen("registerOrderResponse-error1-order-already-processed-alfa-test.xml");

    a = RbsSoapReader::read(enveloped(fixture("registerOrderResponse-success-sber-wiki.fragment.xml"), true));
    QVERIFY2(!a.error.isError(), qPrintable(a.error.userMessage()));
    QVERIFY(a.result.value("formUrl").toString().endsWith("6ca41a982283")); // no trailing space
    seen("registerOrderResponse-success-sber-wiki.fragment.xml");
}

void TestRbsSoapParser::statusExtended()
{
    const RbsSoapReader::Answer a =
        RbsSoapReader::read(fixture("getOrderStatusExtendedResponse-status2-doc-sample-mts.xml"));
    QVERIFY(!a.error.isError());
    QVERIFY(!RbsWire::judgedAnswer(a.result).isError());
    const Order o = RbsParser::parseOrder(a.result, 7);
    QCOMPARE(o.orderId, QString("942e8534-ac73-4e3c-96c6-f6cc448018f7")); // from attributes name=mdOrder
    QCOMPARE(o.orderNumber, QString("0s7a84sPe49Hdsddd0134567a0"));
    QCOMPARE(o.status, OrderStatus::Captured);
    QCOMPARE(o.amount, Money(33000, Currency::rub()));
    QCOMPARE(o.captured, Money(33000, Currency::rub()));
    QCOMPARE(o.approved, Money(33000, Currency::rub()));
    QCOMPARE(o.gatewayState, QString("DEPOSITED"));
    QCOMPARE(o.card.maskedPan, QString("411111**1111"));
    QCOMPARE(o.card.holder, QString("Ivan"));
    QCOMPARE(o.created, QDateTime(QDate(2013, 11, 13), QTime(12, 51, 2, 785), Qt::UTC)); // +04:00 kept
    QCOMPARE(o.authorized, QDateTime(QDate(2013, 11, 13), QTime(12, 51, 2, 898), Qt::UTC));
    QCOMPARE(o.description, QString()); // orderDescription=" "
    seen("getOrderStatusExtendedResponse-status2-doc-sample-mts.xml");
}

void TestRbsSoapParser::legacyStatus()
{
    RbsSoapReader::Answer a = RbsSoapReader::read(fixture("getOrderStatusResponse-error6-unknown-order-alfa-test.xml"));
    QCOMPARE(RbsWire::judgedAnswer(a.result).gatewayCode, QString("6"));
    seen("getOrderStatusResponse-error6-unknown-order-alfa-test.xml");

    a = RbsSoapReader::read(fixture("getOrderStatusResponse-status0-alfa-test-kzt.xml"));
    Order o = RbsParser::parseOrder(a.result, 7);
    QCOMPARE(o.status, OrderStatus::Created);
    QCOMPARE(o.amount, Money(10000, Currency::fromNumeric(398)));
    QCOMPARE(o.created, QDateTime(QDate(2016, 6, 15), QTime(18, 55, 5, 63), Qt::UTC));
    QVERIFY(!RbsWire::judgedAnswer(a.result).isError()); // no errorMessage at all
    seen("getOrderStatusResponse-status0-alfa-test-kzt.xml");

    a = RbsSoapReader::read(fixture("getOrderStatusResponse-status2-params-alfa-test-kzt.xml"));
    o = RbsParser::parseOrder(a.result, 7);
    QCOMPARE(o.status, OrderStatus::Captured);
    QCOMPARE(o.ip, QString("95.56.82.188"));
    const QJsonArray params = a.result.value("params").toArray();
    QCOMPARE(params.size(), 5);
    QCOMPARE(params.at(1).toObject().value("value").toString(), QString("CHROME"));
    seen("getOrderStatusResponse-status2-params-alfa-test-kzt.xml");
}

void TestRbsSoapParser::operationResults()
{
    RbsSoapReader::Answer a = RbsSoapReader::read(fixture("paymentOrderResponse-acs-redirect-doc-sample-mts.xml"));
    QCOMPARE(a.operation, QString("paymentOrderResponse"));
    QVERIFY(!RbsWire::judgedAnswer(a.result).isError());
    QCOMPARE(a.result.value("acsUrl").toString(), QString("https://test.paymentgate.ru/acs/auth/start.do"));
    QVERIFY(a.result.value("redirect").toString().contains("rest /finish3ds.do")); // PDF line break → space
    seen("paymentOrderResponse-acs-redirect-doc-sample-mts.xml");

    a = RbsSoapReader::read(fixture("refundOrderResponse-error7-doc-sample-mts.xml"));
    const GatewayError error = RbsWire::judgedAnswer(a.result);
    QCOMPARE(error.gatewayCode, QString("7"));
    QVERIFY(RbsWire::isNotCapturable(error)); // 7 without "system error": the order's state
    seen("refundOrderResponse-error7-doc-sample-mts.xml");

    a = RbsSoapReader::read(fixture("finishThreeDsResponse-success-doc-sample-mts.xml"));
    QCOMPARE(a.operation, QString("finishThreeDsResponse"));
    QVERIFY(a.result.value("returnUrl").toString().startsWith("http://ya.ru?orderId="));
    seen("finishThreeDsResponse-success-doc-sample-mts.xml");
}

void TestRbsSoapParser::requestFragments()
{
    // Requests are no answers to the client's reader…
    const QByteArray registerRequest = fixture("registerOrder-request-minimal-sber-wiki.fragment.xml");
    QCOMPARE(RbsSoapReader::read(enveloped(registerRequest, true)).error.kind, GatewayError::Kind::Malformed);
    // …and the sandbox reads them as the gateway would, with the wiki's own header.
    const QByteArray header = fixture("wsse-header-sber-wiki.fragment.xml");
    Sandbox::SoapCall call = Sandbox::SoapCall::parse(enveloped(registerRequest, true, header));
    QCOMPARE(call.problem, Sandbox::SoapCall::Problem::None);
    QCOMPARE(call.endpoint, QString("register"));
    QCOMPARE(call.form.value("amount"), QString("15000"));
    QCOMPARE(call.form.value("returnUrl"), QString("https://test.ru"));
    QCOMPARE(call.userName, QString("testuser-api"));
    QCOMPARE(call.password, QString("test_password"));
    QVERIFY(call.passwordText);
    seen("registerOrder-request-minimal-sber-wiki.fragment.xml");
    seen("wsse-header-sber-wiki.fragment.xml");

    call = Sandbox::SoapCall::parse(
        enveloped(fixture("getOrderStatusExtended-request-sber-wiki.fragment.xml"), true, header));
    QCOMPARE(call.endpoint, QString("getOrderStatusExtended"));
    QCOMPARE(call.form.value("orderId"), QString("942e8534-ac73-4e3c-96c6-f6cc448018f7"));
    QCOMPARE(call.form.value("language"), QString("en"));
    QVERIFY(call.form.value("orderNumber").isEmpty()); // <merchantOrderNumber> </merchantOrderNumber>
    // Without the header: the fault the test host gives.
    call = Sandbox::SoapCall::parse(enveloped(fixture("getOrderStatusExtended-request-sber-wiki.fragment.xml"), true));
    QCOMPARE(call.problem, Sandbox::SoapCall::Problem::NoSecurity);
    seen("getOrderStatusExtended-request-sber-wiki.fragment.xml");
}

void TestRbsSoapParser::wsdls()
{
    const QSet<QString> ops2019 = wsdlOperations(fixture("wsdl/sber-3dsec-2019-MerchantServiceImplService.wsdl"));
    const QSet<QString> ops2016 = wsdlOperations(fixture("wsdl/paymentgate-test-2016-Merchant.wsdl"));
    const QByteArray schema = fixture("wsdl/paymentgate-test-2016-MerchantService.wsdl");
    QCOMPARE(ops2019.size(), 34);
    QCOMPARE(ops2016.size(), 21);
    QCOMPARE(wsdlOperations(schema), ops2016);
    const QStringList endpoints = {"register",
                                   "registerPreAuth",
                                   "getOrderStatusExtended",
                                   "deposit",
                                   "reverse",
                                   "refund",
                                   "paymentOrderBinding",
                                   "getBindings",
                                   "getLastOrdersForMerchants"};
    for (const QString& endpoint : endpoints) {
        const std::optional<RbsSoapRequest> request = RbsSoapRequest::of(endpoint);
        QVERIFY(request);
        QVERIFY2(SentOperations.contains(request->operation()), qPrintable(endpoint));
        QVERIFY2(ops2019.contains(request->operation()) && ops2016.contains(request->operation()),
                 qPrintable(request->operation()));
        // The part PayDesk writes is the message's part name in the real schema.
        const QByteArray envelope = request->envelope({}, {"u", "p", {}});
        const QString part = envelope.contains("<request") ? "request" : "order";
        const QByteArray message = "<wsdl:message name=\"" + request->operation().toUtf8() + "\">";
        const qsizetype at = schema.indexOf(message);
        QVERIFY2(at >= 0, message.constData());
        QVERIFY2(schema.mid(at, 200).contains(("<wsdl:part name=\"" + part + "\"").toUtf8()), message.constData());
    }
    for (const char* name :
         {"wsdl/sber-3dsec-2019-MerchantServiceImplService.wsdl", "wsdl/paymentgate-test-2016-Merchant.wsdl",
          "wsdl/paymentgate-test-2016-MerchantService.wsdl"}) {
        QCOMPARE(RbsSoapReader::read(fixture(name)).error.kind, GatewayError::Kind::Malformed); // not an answer
        seen(name);
    }
}

void TestRbsSoapParser::restJson()
{
    const RbsSoapWire wire(QUrl("https://host/payment/webservices/merchant-ws"), "ru");
    GatewayError error;
    const QJsonObject success = wire.decode(fixture("rest-closeOfdReceipt-success-alfa-doc.json"), {}, &error);
    QVERIFY(!error.isError());
    QVERIFY(success.value("success").toBool());
    seen("rest-closeOfdReceipt-success-alfa-doc.json");
    const QJsonObject form = wire.decode(fixture("rest-closeOfdReceipt-request-form-cart-alfa-doc.json"), {}, &error);
    QVERIFY(!error.isError());
    QCOMPARE(form.value("path").toString(), QString("/payment/rest/closeOfdReceipt.do"));
    seen("rest-closeOfdReceipt-request-form-cart-alfa-doc.json");
}

void TestRbsSoapParser::faultsAndBrokenBodies()
{
    // Synthetic (no public fault envelope exists): the PYSS faultstring under WSS4J's code.
    const QByteArray fault = "<soap:Envelope xmlns:soap='http://schemas.xmlsoap.org/soap/envelope/'><soap:Body>"
                             "<soap:Fault><faultcode xmlns:ns1='urn:x'>ns1:InvalidSecurity</faultcode>"
                             "<faultstring>An error was discovered processing the &lt;wsse:Security> header"
                             "</faultstring></soap:Fault></soap:Body></soap:Envelope>";
    RbsSoapReader::Answer a = RbsSoapReader::read(fault);
    QVERIFY(a.fault);
    const GatewayError error = RbsSoapWire::faultError(a.error);
    QCOMPARE(error.gatewayCode, QString("InvalidSecurity"));
    QVERIFY(error.accessDenied);
    QVERIFY(!error.outcomeUnknown);
    QByteArray server = fault;
    server.replace("ns1:InvalidSecurity", "soap:Server").replace("&lt;wsse:Security> header", "NullPointerException");
    QVERIFY(RbsSoapWire::faultError(RbsSoapReader::read(server).error).outcomeUnknown);
    for (const QByteArray& broken :
         {QByteArray(), QByteArray("{"), QByteArray("<html>500</html>"), fault.left(fault.size() / 2),
          QByteArray("<soap:Envelope xmlns:soap='http://schemas.xmlsoap.org/soap/envelope/'><soap:Body>"
                     "<ns1:depositOrderResponse xmlns:ns1='urn:wrong'><return errorCode='0'/>"
                     "</ns1:depositOrderResponse></soap:Body></soap:Envelope>")}) {
        a = RbsSoapReader::read(broken);
        QCOMPARE(a.error.kind, GatewayError::Kind::Malformed);
    }
    // Deeply nested: refused, not followed.
    QByteArray deep = "<soap:Envelope xmlns:soap='http://schemas.xmlsoap.org/soap/envelope/'><soap:Body>"
                      "<ns1:xResponse xmlns:ns1='http://engine.paymentgate.ru/webservices/merchant'><return>";
    deep += QByteArray("<a>").repeated(5000) + QByteArray("</a>").repeated(5000);
    deep += "</return></ns1:xResponse></soap:Body></soap:Envelope>";
    QCOMPARE(RbsSoapReader::read(deep).error.kind, GatewayError::Kind::Malformed);
}

void TestRbsSoapParser::everyFixtureIsRead()
{
    QDirIterator it(Dir, QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        const QString name = QDir(Dir).relativeFilePath(it.next());
        if (name == QLatin1String("INDEX.md"))
            continue;
        ++files;
        QVERIFY2(m_seen.contains(name), qPrintable("no expectation for fixture " + name));
    }
    QCOMPARE(files, m_seen.size());
    QVERIFY(files >= 19);
}

QTEST_GUILESS_MAIN(TestRbsSoapParser)
#include "tst_rbs_soap_parser.moc"
