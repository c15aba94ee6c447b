// The gateway clients over real TLS, built from a profile by ClientFactory, against an HTTPS server on
// 127.0.0.1 whose certificates the openssl command makes for this run: a self-signed certificate, one for
// another host and one from a CA the client does not know are refused with a TLS error before any request
// leaves; the profile's CA file makes the test CA trusted; a redirect is reported, never followed.
#include "core/gateway/ClientFactory.h"
#include "core/gateway/assist/AssistClient.h"
#include "core/gateway/rbs/RbsClient.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslError>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace PayDesk;

namespace {

constexpr int ClientTimeoutMs = 10000;
constexpr int JobWaitMs = 20000;
constexpr int OpensslWaitMs = 60000;

const QString RbsPath = QStringLiteral("/payment/rest/getOrderStatusExtended.do");
const QString AssistPath = QStringLiteral("/orderresult/orderresult.cfm");

// A CA, certificates signed by it and unrelated ones, made by the openssl command in a temporary
// directory for this run only: no private key is ever part of the tree.
class TestPki
{
public:
    bool create(QString* error)
    {
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty()) {
            *error = QStringLiteral("openssl is not installed (packaging/install-deps.sh test installs it)");
            return false;
        }
        m_openssl = openssl;
        const QString here = QStringLiteral("IP:127.0.0.1,DNS:localhost");
        return m_dir.isValid() && selfSigned("ca", "PayDesk Test CA", {}, error)
               && selfSigned("unrelated-ca", "Unrelated Test CA", {}, error)
               && selfSigned("self-signed", "localhost", here, error) && signedByCa("server", "localhost", here, error)
               && signedByCa("wrong-host", "other.example", QStringLiteral("DNS:other.example"), error)
               && selfSigned("self-signed-wrong-host", "other.example", QStringLiteral("DNS:other.example"), error);
    }
    QString certificate(const QString& name) const { return m_dir.filePath(name + QStringLiteral(".pem")); }
    QString key(const QString& name) const { return m_dir.filePath(name + QStringLiteral(".key")); }

private:
    bool selfSigned(const char* name, const char* commonName, const QString& altNames, QString* error)
    {
        QStringList args{"req",
                         "-x509",
                         "-newkey",
                         "rsa:2048",
                         "-nodes",
                         "-days",
                         "2",
                         "-subj",
                         QStringLiteral("/CN=") + QLatin1String(commonName),
                         "-keyout",
                         key(name),
                         "-out",
                         certificate(name)};
        if (!altNames.isEmpty())
            args << "-addext" << QStringLiteral("subjectAltName=") + altNames;
        return run(args, error);
    }
    bool signedByCa(const char* name, const char* commonName, const QString& altNames, QString* error)
    {
        const QString request = m_dir.filePath(QLatin1String(name) + QStringLiteral(".csr"));
        const QString extensions = m_dir.filePath(QLatin1String(name) + QStringLiteral(".ext"));
        QFile ext(extensions);
        if (!ext.open(QIODevice::WriteOnly)
            || ext.write(QByteArray("subjectAltName=" + altNames.toLatin1() + '\n')) < 0) {
            *error = ext.errorString();
            return false;
        }
        ext.close();
        return run({"req", "-new", "-newkey", "rsa:2048", "-nodes", "-subj",
                    QStringLiteral("/CN=") + QLatin1String(commonName), "-keyout", key(name), "-out", request},
                   error)
               && run({"x509", "-req", "-in", request, "-CA", certificate("ca"), "-CAkey", key("ca"), "-set_serial",
                       QString::number(++m_serial), "-days", "2", "-extfile", extensions, "-out", certificate(name)},
                      error);
    }
    bool run(const QStringList& args, QString* error)
    {
        QProcess openssl;
        openssl.start(m_openssl, args);
        if (openssl.waitForFinished(OpensslWaitMs) && openssl.exitStatus() == QProcess::NormalExit
            && openssl.exitCode() == 0)
            return true;
        *error = QStringLiteral("openssl %1 failed: %2 %3")
                     .arg(args.join(QLatin1Char(' ')), openssl.errorString(),
                          QString::fromLocal8Bit(openssl.readAllStandardError()));
        return false;
    }

    QTemporaryDir m_dir;
    QString m_openssl;
    int m_serial = 1;
};

struct CannedAnswer
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QByteArray location;
};

// HTTPS/1.1 on 127.0.0.1, one request per connection: answers each path with its canned answer
// (404 otherwise) and records every request that arrived whole, so a test can tell what was asked.
class HttpsServer : public QObject
{
public:
    bool start(const QString& certificateFile, const QString& keyFile)
    {
        QFile certificate(certificateFile);
        QFile key(keyFile);
        if (!certificate.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
            return false;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(&certificate, QSsl::Pem));
        tls.setPrivateKey(QSslKey(&key, QSsl::Rsa, QSsl::Pem));
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_server.setSslConfiguration(tls);
        connect(&m_server, &QSslServer::pendingConnectionAvailable, this, &HttpsServer::acceptAll);
        return m_server.listen(QHostAddress::LocalHost, 0);
    }
    QUrl url(const QString& host = QStringLiteral("127.0.0.1")) const
    {
        return QUrl(QStringLiteral("https://%1:%2/").arg(host).arg(m_server.serverPort()));
    }
    void answer(const QString& path, const CannedAnswer& answer) { m_answers.insert(path.toLatin1(), answer); }
    const QStringList& requestedPaths() const { return m_requestedPaths; }

private:
    void acceptAll()
    {
        while (m_server.hasPendingConnections()) {
            QTcpSocket* socket = m_server.nextPendingConnection();
            auto buffer = std::make_shared<QByteArray>();
            connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] { read(socket, buffer.get()); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            read(socket, buffer.get()); // bytes may have come with the handshake
        }
    }
    void read(QTcpSocket* socket, QByteArray* buffer)
    {
        buffer->append(socket->readAll());
        const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer->left(headerEnd).split('\n');
        qsizetype bodyLength = 0;
        for (const QByteArray& line : lines) {
            if (line.toLower().startsWith("content-length:"))
                bodyLength = line.mid(int(qstrlen("content-length:"))).trimmed().toLongLong();
        }
        if (buffer->size() < headerEnd + 4 + bodyLength)
            return;
        const QByteArray path = lines.first().split(' ').value(1);
        m_requestedPaths.append(QString::fromLatin1(path));
        const CannedAnswer answer = m_answers.value(path, CannedAnswer{404, "text/plain", "no such path", {}});
        QByteArray response = "HTTP/1.1 " + QByteArray::number(answer.status)
                              + (answer.status == 302 ? " Found" : " OK") + "\r\nContent-Type: " + answer.contentType
                              + "\r\nContent-Length: " + QByteArray::number(answer.body.size())
                              + "\r\nConnection: close\r\n";
        if (!answer.location.isEmpty())
            response += "Location: " + answer.location + "\r\n";
        socket->write(QByteArray(response + "\r\n" + answer.body));
        socket->disconnectFromHost();
        buffer->clear();
    }

    QSslServer m_server;
    QHash<QByteArray, CannedAnswer> m_answers;
    QStringList m_requestedPaths;
};

QByteArray fixture(const QString& relativePath)
{
    QFile file(QStringLiteral(PAYDESK_SPEC_DIR "/fixtures/") + relativePath);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// What each gateway is asked in these tests, where, and the real sample answer it gets.
QString pathFor(const QString& gateway)
{
    return gateway == QLatin1String("rbs") ? RbsPath : AssistPath;
}

CannedAnswer sampleAnswer(const QString& gateway)
{
    if (gateway == QLatin1String("rbs"))
        return {200, "application/json", fixture(QStringLiteral("rbs/getOrderStatusExtended-status1-hold.json")), {}};
    return {200, "text/xml; charset=utf-8", fixture(QStringLiteral("assist/orderstate_canceled.xml")), {}};
}

// Built the way the application builds it, so that the profile's CA file is read by ClientFactory;
// only the keychain is replaced by fixed credentials.
GatewayClient* makeClient(const QString& gateway, const QUrl& base, const QString& caFile, QObject* owner,
                          QString* error)
{
    Profile profile;
    profile.id = QStringLiteral("tls-") + gateway;
    profile.gateway = *GatewayKinds::fromKey(gateway);
    profile.url = base.toString();
    profile.merchantId = QStringLiteral("111111");
    profile.caFile = caFile;
    const GatewayCredentials credentials{QStringLiteral("tls-test"), QStringLiteral("tls-test-password")};
    return ClientFactory::createWithCredentials(profile, credentials, ClientTimeoutMs, owner, error);
}

std::unique_ptr<OrderJob> fetchSample(GatewayClient* client)
{
    OrderJob* job = client->kind() == GatewayKind::Rbs
                        ? client->fetchOrder(QStringLiteral("b926351f-a634-49cf-9484-ccb0a3b8cfad"))
                        : client->fetchOrderByNumber(QStringLiteral("100"));
    job->setAutoDelete(false);
    QSignalSpy finished(job, &GatewayJob::finished);
    if (!job->isFinished())
        finished.wait(JobWaitMs);
    return std::unique_ptr<OrderJob>(job);
}

} // namespace

class TestTls : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void certificates_data();
    void certificates();
    void redirectIsNotFollowed_data();
    void redirectIsNotFollowed();

private:
    QString caFile(const QString& name) const { return name.isEmpty() ? QString() : m_pki.certificate(name); }

    TestPki m_pki;
};

void TestTls::initTestCase()
{
    QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend");
    QString error;
    QVERIFY2(m_pki.create(&error), qPrintable(error));
    for (const char* gateway : {"rbs", "assist"})
        QVERIFY2(!sampleAnswer(gateway).body.isEmpty(), PAYDESK_SPEC_DIR " holds no sample answer");
}

void TestTls::certificates_data()
{
    QTest::addColumn<QString>("gateway");
    QTest::addColumn<QString>("serverCertificate");
    QTest::addColumn<QString>("profileCa"); // empty: the profile names no CA file
    QTest::addColumn<QString>("host");
    QTest::addColumn<QList<int>>("problems"); // the QSslErrors the message must name; none: accepted

    const QList<int> accepted;
    const QList<int> selfSigned{QSslError::SelfSignedCertificate};
    const QList<int> wrongHost{QSslError::HostNameMismatch};
    const QList<int> unknownIssuer{QSslError::UnableToGetLocalIssuerCertificate};
    for (const char* gateway : {"rbs", "assist"}) {
        auto row = [gateway](const char* name) -> QTestData& {
            return QTest::addRow("%s: %s", gateway, name) << QString::fromLatin1(gateway);
        };
        row("self-signed") << "self-signed"
                           << ""
                           << "127.0.0.1" << selfSigned;
        row("self-signed, profile CA given") << "self-signed"
                                             << "ca"
                                             << "127.0.0.1" << selfSigned;
        row("wrong host, by address") << "wrong-host"
                                      << "ca"
                                      << "127.0.0.1" << wrongHost;
        row("wrong host, by name") << "wrong-host"
                                   << "ca"
                                   << "localhost" << wrongHost;
        // Two problems at once: the message names both, not only the first.
        row("self-signed and wrong host") << "self-signed-wrong-host"
                                          << ""
                                          << "127.0.0.1" << (selfSigned + wrongHost);
        row("test CA not given") << "server"
                                 << ""
                                 << "127.0.0.1" << unknownIssuer;
        row("unrelated CA given") << "server"
                                  << "unrelated-ca"
                                  << "127.0.0.1" << unknownIssuer;
        row("profile CA, by address") << "server"
                                      << "ca"
                                      << "127.0.0.1" << accepted;
        row("profile CA, by name") << "server"
                                   << "ca"
                                   << "localhost" << accepted;
    }
}

void TestTls::certificates()
{
    QFETCH(QString, gateway);
    QFETCH(QString, serverCertificate);
    QFETCH(QString, profileCa);
    QFETCH(QString, host);
    QFETCH(QList<int>, problems);

    HttpsServer server;
    QVERIFY(server.start(m_pki.certificate(serverCertificate), m_pki.key(serverCertificate)));
    server.answer(pathFor(gateway), sampleAnswer(gateway));
    QObject owner;
    QString error;
    GatewayClient* client = makeClient(gateway, server.url(host), caFile(profileCa), &owner, &error);
    QVERIFY2(client, qPrintable(error));

    const std::unique_ptr<OrderJob> job = fetchSample(client);
    QVERIFY(job->isFinished());
    if (problems.isEmpty()) {
        QVERIFY2(job->succeeded(), qPrintable(job->error().userMessage()));
        QCOMPARE(server.requestedPaths(), QStringList{pathFor(gateway)});
        QCOMPARE(GatewayKinds::key(job->order().gateway), gateway);
        QCOMPARE(job->order().orderNumber, gateway == QLatin1String("rbs") ? QString("229") : QString("100"));
        QCOMPARE(job->order().gatewayState,
                 gateway == QLatin1String("rbs") ? QString("APPROVED") : QString("Canceled"));
        return;
    }
    QCOMPARE(job->error().kind, GatewayError::Kind::Tls);
    for (int sslError : std::as_const(problems)) {
        const QString problem = QSslError(QSslError::SslError(sslError)).errorString();
        QVERIFY2(job->error().detail.contains(problem),
                 qPrintable(QStringLiteral("\"%1\" does not name \"%2\"").arg(job->error().detail, problem)));
        QVERIFY(job->error().userMessage().contains(problem));
    }
    QVERIFY(!job->error().outcomeUnknown);
    QCOMPARE(server.requestedPaths(), QStringList()); // refused in the handshake: the password never left
}

void TestTls::redirectIsNotFollowed_data()
{
    QTest::addColumn<QString>("gateway");
    QTest::addColumn<QString>("targetHost");

    for (const char* gateway : {"rbs", "assist"}) {
        QTest::addRow("%s: other path", gateway) << QString::fromLatin1(gateway) << "127.0.0.1";
        QTest::addRow("%s: other host", gateway) << QString::fromLatin1(gateway) << "localhost";
    }
}

void TestTls::redirectIsNotFollowed()
{
    QFETCH(QString, gateway);
    QFETCH(QString, targetHost);

    HttpsServer server;
    QVERIFY(server.start(m_pki.certificate("server"), m_pki.key("server")));
    // The target would answer well, so only a client that does not follow can fail here.
    const QString target = QStringLiteral("/elsewhere") + pathFor(gateway);
    server.answer(target, sampleAnswer(gateway));
    const QUrl location = server.url(targetHost).resolved(QUrl(target.mid(1)));
    server.answer(pathFor(gateway), {302, "text/plain", "moved", location.toEncoded()});
    QObject owner;
    QString error;
    GatewayClient* client = makeClient(gateway, server.url(), m_pki.certificate("ca"), &owner, &error);
    QVERIFY2(client, qPrintable(error));

    const std::unique_ptr<OrderJob> job = fetchSample(client);
    QVERIFY(job->isFinished());
    QVERIFY(!job->succeeded());
    QCOMPARE(job->error().kind, GatewayError::Kind::Http);
    QCOMPARE(job->error().httpStatus, 302);
    QCOMPARE(server.requestedPaths(), QStringList{pathFor(gateway)});
}

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
