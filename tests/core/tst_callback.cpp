// Callback checksums on the verified vectors of ../shared/spec/fixtures/rbs/callback-*.json (HMAC-SHA256,
// SHA512withRSA with a certificate and with a public key); the documents' placeholder checksum never passes.
#include "core/callback/CallbackInspector.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

using namespace PayDesk;

Q_DECLARE_METATYPE(PayDesk::CallbackKey)

namespace {
QJsonObject fixture(const QString& name)
{
    QFile f(QStringLiteral(PAYDESK_SPEC_DIR "/fixtures/rbs/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(f.fileName()));
    return QJsonDocument::fromJson(f.readAll()).object();
}

// "name;value;name;value;" and a checksum as a query, percent-encoded.
QString queryOf(const QString& signedString, const QString& checksum)
{
    const QStringList parts = signedString.split(QLatin1Char(';'));
    QUrlQuery query;
    for (int i = 0; i + 1 < parts.size(); i += 2)
        query.addQueryItem(parts.at(i), parts.at(i + 1));
    query.addQueryItem(QStringLiteral("checksum"), checksum);
    return query.toString(QUrl::FullyEncoded);
}

CallbackKey hmacKey()
{
    return {
        fixture(QStringLiteral("callback-hmac-sha256-approved.json")).value(QStringLiteral("secretToken")).toString(),
        std::nullopt};
}

CallbackKey certificateKey()
{
    const QByteArray der = fixture(QStringLiteral("callback-rsa-sha512-deposited-cert.json"))
                               .value(QStringLiteral("x509CertificateBase64Der"))
                               .toString()
                               .toLatin1();
    return {{}, RsaPublicKey::fromData(der)};
}

CallbackKey publicKey()
{
    const QByteArray pem = fixture(QStringLiteral("callback-rsa-sha512-deposited-pubkey.json"))
                               .value(QStringLiteral("publicKeyPem"))
                               .toString()
                               .toLatin1();
    return {{}, RsaPublicKey::fromData(pem)};
}

QString certificateQuery()
{
    const QJsonObject params =
        fixture(QStringLiteral("callback-rsa-sha512-deposited-cert.json")).value(QStringLiteral("params")).toObject();
    QUrlQuery query;
    for (auto it = params.begin(); it != params.end(); ++it)
        query.addQueryItem(it.key(), it.value().toString());
    return query.toString(QUrl::FullyEncoded);
}
} // namespace

class TestCallback : public QObject
{
    Q_OBJECT
private slots:
    void keysLoad();
    void verifiedVectorsPass();
    void verifiedVectorsPass_data();
    void changedCallbacksFail();
    void placeholderChecksumsFail_data();
    void placeholderChecksumsFail();
    void unsignedAndUnreadable();
    void signedStringSortsByCodePoint();
    void comparesWithTheOrderNow();
};

void TestCallback::keysLoad()
{
    QVERIFY(certificateKey().rsa);
    QCOMPARE(certificateKey().rsa->bits(), 1024);
    QVERIFY(publicKey().rsa);
    QCOMPARE(publicKey().rsa->bits(), 2048);
    QString why;
    QVERIFY(!RsaPublicKey::fromData("not a key", &why));
    QVERIFY(!why.isEmpty());
}

void TestCallback::verifiedVectorsPass_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<CallbackKey>("key");
    QTest::addColumn<QString>("signedString");
    const QJsonObject hmac = fixture(QStringLiteral("callback-hmac-sha256-approved.json"));
    QTest::newRow("hmac query") << hmac.value(QStringLiteral("queryString")).toString() << hmacKey()
                                << hmac.value(QStringLiteral("signedString")).toString();
    QTest::newRow("hmac as the shop's URL")
        << QStringLiteral("https://shop.example/cb?") + hmac.value(QStringLiteral("queryString")).toString()
        << hmacKey() << hmac.value(QStringLiteral("signedString")).toString();
    const QJsonObject cert = fixture(QStringLiteral("callback-rsa-sha512-deposited-cert.json"));
    QTest::newRow("rsa certificate") << certificateQuery() << certificateKey()
                                     << cert.value(QStringLiteral("signedString")).toString();
    const QJsonObject pub = fixture(QStringLiteral("callback-rsa-sha512-deposited-pubkey.json"));
    const QString pubSigned = pub.value(QStringLiteral("signedString")).toString();
    QTest::newRow("rsa public key") << queryOf(pubSigned, pub.value(QStringLiteral("checksum")).toString())
                                    << publicKey() << pubSigned;
}

void TestCallback::verifiedVectorsPass()
{
    QFETCH(QString, text);
    QFETCH(CallbackKey, key);
    QFETCH(QString, signedString);
    const CallbackReport report = CallbackInspector::read(text, key);
    QVERIFY2(report.readable(), qPrintable(report.unreadable));
    QCOMPARE(QString::fromUtf8(report.message->signedString()), signedString);
    QCOMPARE(report.verdict, CallbackVerdict::Genuine);
    QVERIFY(report.genuine());
    QVERIFY(report.verdictText().startsWith(QLatin1String("Genuine")));
}

void TestCallback::changedCallbacksFail()
{
    const QString hmac =
        fixture(QStringLiteral("callback-hmac-sha256-approved.json")).value(QStringLiteral("queryString")).toString();
    QString changed = hmac;
    changed.replace(QStringLiteral("orderNumber=2003"), QStringLiteral("orderNumber=2004"));
    QCOMPARE(CallbackInspector::read(changed, hmacKey()).verdict, CallbackVerdict::WrongChecksum);
    QCOMPARE(CallbackInspector::read(hmac, {QStringLiteral("another key"), std::nullopt}).verdict,
             CallbackVerdict::WrongChecksum);
    // The right checksum in lower case is still right; a key of the wrong kind is wrong.
    QString lower = hmac;
    lower.replace(QStringLiteral("EAF2FB72CAB99FD5067F4BA493DD84F4D79C1589FDE8ED29622F0F07215AA972"),
                  QStringLiteral("eaf2fb72cab99fd5067f4ba493dd84f4d79c1589fde8ed29622f0f07215aa972"));
    QCOMPARE(CallbackInspector::read(lower, hmacKey()).verdict, CallbackVerdict::Genuine);
    QCOMPARE(CallbackInspector::read(hmac, certificateKey()).verdict, CallbackVerdict::WrongChecksum);
    // The RSA vector against the other RSA key, and with its amount changed.
    QCOMPARE(CallbackInspector::read(certificateQuery(), publicKey()).verdict, CallbackVerdict::WrongChecksum);
    QString amount = certificateQuery();
    amount.replace(QStringLiteral("amount=35000099"), QStringLiteral("amount=35000098"));
    QCOMPARE(CallbackInspector::read(amount, certificateKey()).verdict, CallbackVerdict::WrongChecksum);
    QCOMPARE(CallbackInspector::read(hmac, {}).verdict, CallbackVerdict::NoKey);
}

void TestCallback::placeholderChecksumsFail_data()
{
    QTest::addColumn<QString>("text");
    const QJsonObject urls = fixture(QStringLiteral("callback-url-examples-placeholder-checksum.json"));
    QTest::newRow("withChecksumGet") << urls.value(QStringLiteral("withChecksumGet")).toString();
    QTest::newRow("withChecksumAndAmount") << urls.value(QStringLiteral("withChecksumAndAmount")).toString();
    QTest::newRow("bindingCreatedWithChecksum") << fixture(QStringLiteral("callback-binding-examples-alfa-doc.json"))
                                                       .value(QStringLiteral("bindingCreatedWithChecksum"))
                                                       .toString();
}

void TestCallback::placeholderChecksumsFail()
{
    QFETCH(QString, text);
    for (const CallbackKey& key : {hmacKey(), certificateKey(), publicKey()}) {
        const CallbackReport report = CallbackInspector::read(text, key);
        QVERIFY(report.readable());
        QCOMPARE(report.verdict, CallbackVerdict::WrongChecksum);
        QVERIFY(!report.genuine());
    }
    const QJsonObject urls = fixture(QStringLiteral("callback-url-examples-placeholder-checksum.json"));
    if (QTest::currentDataTag() == QLatin1String("withChecksumAndAmount"))
        QCOMPARE(QString::fromUtf8(CallbackMessage::parse(text)->signedString()),
                 urls.value(QStringLiteral("signedStringForWithChecksumAndAmount")).toString());
}

void TestCallback::unsignedAndUnreadable()
{
    const QJsonObject urls = fixture(QStringLiteral("callback-url-examples-placeholder-checksum.json"));
    const CallbackReport plain =
        CallbackInspector::read(urls.value(QStringLiteral("withoutChecksumGet")).toString(), hmacKey());
    QVERIFY(plain.readable());
    QCOMPARE(plain.verdict, CallbackVerdict::Unsigned);
    QCOMPARE(plain.message->value(QStringLiteral("callbackCreationDate")),
             QStringLiteral("Mon Jan 31 21:46:52 UTC 2022"));
    QCOMPARE(plain.message->operation(), CallbackOperation::Deposited);
    QVERIFY(!plain.message->succeeded());
    QVERIFY(plain.eventText().contains(QLatin1String("capture failed")));
    const CallbackReport binding =
        CallbackInspector::read(fixture(QStringLiteral("callback-binding-examples-alfa-doc.json"))
                                    .value(QStringLiteral("bindingDeactivatedWithoutChecksum"))
                                    .toString(),
                                hmacKey());
    QVERIFY(binding.readable());
    QCOMPARE(binding.verdict, CallbackVerdict::Unsigned);
    for (const QString& text : {QString(), QStringLiteral("https://shop.example/callback"),
                                QStringLiteral("hello world"), QStringLiteral("a=1&b=2")}) {
        const CallbackReport r = CallbackInspector::read(text, hmacKey());
        QVERIFY(!r.readable());
        QVERIFY(!r.genuine());
        QVERIFY(!r.unreadable.isEmpty());
    }
}

void TestCallback::signedStringSortsByCodePoint()
{
    // '+' is a space; mdOrder sorts before mdorder (upper case first), amount before both.
    const auto m = CallbackMessage::parse(
        QStringLiteral("?mdorder=b&mdOrder=a&sign_alias=x&amount=1&operation=deposited&note=two+words%3B&checksum=00"));
    QVERIFY(m);
    QCOMPARE(m->signedString(), QByteArray("amount;1;mdOrder;a;mdorder;b;note;two words;;operation;deposited;"));
    QCOMPARE(m->orderId(), QStringLiteral("a"));
}

void TestCallback::comparesWithTheOrderNow()
{
    CallbackReport report =
        CallbackInspector::read(QStringLiteral("mdOrder=X&orderNumber=7&operation=approved&status=1"), {});
    QVERIFY(report.impliedStatus() == OrderStatus::Held);
    Order order;
    order.orderId = QStringLiteral("X");
    order.orderNumber = QStringLiteral("7");
    order.status = OrderStatus::Held;
    report.compareWith(order);
    QCOMPARE(report.agreement, CallbackAgreement::Agrees);
    order.status = OrderStatus::Captured;
    report.compareWith(order);
    QCOMPARE(report.agreement, CallbackAgreement::MovedOn);
    order.status = OrderStatus::Declined;
    report.compareWith(order);
    QCOMPARE(report.agreement, CallbackAgreement::Disagrees);
    order.status = OrderStatus::Held;
    order.orderNumber = QStringLiteral("8");
    report.compareWith(order);
    QCOMPARE(report.agreement, CallbackAgreement::Disagrees);
}

QTEST_GUILESS_MAIN(TestCallback)
#include "tst_callback.moc"
