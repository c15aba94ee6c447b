// CredentialStore against the real Secret Service (gnome-keyring in a private D-Bus session).
#include "core/credentials/CredentialStore.h"
#include "support/TestSecret.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace PayDesk;

namespace {
SecretResult await(const std::function<void(CredentialStore::Callback)>& call)
{
    SecretResult result;
    bool done = false;
    call([&](const SecretResult& r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        qFatal("keychain did not answer");
    return result;
}
} // namespace

class TestCredentials : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip();
    void missingEntry();
    void servicesAreSeparate();
};

void TestCredentials::roundTrip()
{
    CredentialStore store(nullptr, QStringLiteral("paydesk-test"));
    QObject context;
    const QString key = QUuid::createUuid().toString();
    const QString secret = QString::fromUtf8(PAYDESK_TEST_SECRET);
    SecretResult r = await([&](auto cb) { store.write(key, secret, &context, cb); });
    QVERIFY2(r.ok(), qPrintable(r.message));
    r = await([&](auto cb) { store.read(key, &context, cb); });
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.secret, secret);
    r = await([&](auto cb) { store.write(key, QStringLiteral("second"), &context, cb); });
    r = await([&](auto cb) { store.read(key, &context, cb); });
    QCOMPARE(r.secret, QStringLiteral("second"));
    r = await([&](auto cb) { store.remove(key, &context, cb); });
    QVERIFY(r.ok());
    r = await([&](auto cb) { store.read(key, &context, cb); });
    QCOMPARE(r.status, SecretResult::Status::NotFound);
}

void TestCredentials::missingEntry()
{
    CredentialStore store(nullptr, QStringLiteral("paydesk-test"));
    QObject context;
    const SecretResult r = await([&](auto cb) { store.read(QStringLiteral("no-such-profile"), &context, cb); });
    QCOMPARE(r.status, SecretResult::Status::NotFound);
    QVERIFY(!r.message.isEmpty());
    QVERIFY(r.secret.isEmpty());
}

void TestCredentials::servicesAreSeparate()
{
    CredentialStore a(nullptr, QStringLiteral("paydesk-test-a"));
    CredentialStore b(nullptr, QStringLiteral("paydesk-test-b"));
    QObject context;
    QVERIFY(await([&](auto cb) { a.write(QStringLiteral("k"), QStringLiteral("A"), &context, cb); }).ok());
    QCOMPARE(await([&](auto cb) { b.read(QStringLiteral("k"), &context, cb); }).status, SecretResult::Status::NotFound);
    QCOMPARE(await([&](auto cb) { a.read(QStringLiteral("k"), &context, cb); }).secret, QStringLiteral("A"));
}

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_credentials.moc"
