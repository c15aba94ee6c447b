// paydesk-cli as scripts run it: real processes, the real keychain, the sandbox over HTTP.
#include "core/store/Migrations.h"
#include "core/store/OrderRow.h"
#include "core/store/OrderStore.h"
#include "support/SandboxFixture.h"
#include "support/TestSecret.h"

#include <QDBusConnection>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QTest>

#include <csignal>

#include <unistd.h>

namespace {
const QString Secret = QString::fromUtf8(PAYDESK_TEST_SECRET);
const QChar Nbsp(0x00a0);

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json;
    QJsonArray array;
};
} // namespace

// A desktop's notification server, on the test run's private session bus: what `remind` sends lands here.
class NotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Note
    {
        QString app;
        QString summary;
        QString body;
        QVariantMap hints;
    };
    QList<Note> received;

    // Owns the service's name on the run's session bus (again after withdraw()).
    bool serve()
    {
        QDBusConnection bus = QDBusConnection::sessionBus();
        if (!m_object)
            m_object = bus.registerObject("/org/freedesktop/Notifications", this, QDBusConnection::ExportAllSlots);
        return m_object && bus.registerService("org.freedesktop.Notifications");
    }
    void withdraw() { QDBusConnection::sessionBus().unregisterService("org.freedesktop.Notifications"); }

public slots:
    uint Notify(const QString& app, uint, const QString&, const QString& summary, const QString& body,
                const QStringList&, const QVariantMap& hints, int)
    {
        received.append({app, summary, body, hints});
        return uint(received.size());
    }
    QStringList GetCapabilities() { return {"body"}; }

private:
    bool m_object = false;
};

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void usageErrors();
    void twoStageFlow();
    void unknownOutcomeThenStatus();
    void wrongPasswordIsRefused();
    void keychainUnavailableIsAnError();
    void profilesAreValidated();
    void bindingsAndReceipts();
    void syncOrdersAndExport();
    void killedBatchIsSettled();
    void assistTwoStageFlow();
    void soapProfileSyncsAndCaptures();
    void ambiguousAmountsAreRefused();
    void damagedCacheRowsAreReportedAndFetchedAgain();
    void foreignAndNewerCachesAreNamed();
    void readOnlyCacheCanBeRead();
    void fullDiskNeverReportsSuccess();
    void exportsAreSafeToOpen();
    void nothingSecretOnDisk();
    void helpForEveryCommand();
    void everyErrorKindHasItsExitCode();
    void keychainUnavailableIsThreeEverywhere();
    void jsonInEveryCommand();
    void orderNumbersAndNoSuchOrder();
    void defaultProfileAmongSeveral();
    void ordersHaveAHeaderAndAlignedColumns();
    void appHelpAndVersionWithoutADisplay();
    void remindNotifiesOverDBus();
    void remindIsQuietWhenNothingIsDue();
    void exportColumnsAreTheAppsToo();
    void russianWhenTheLocaleIsRussian();
    void callbackVerify();
    void receiptClose();
    void anOlderCacheIsUpgradedWithANote();

private:
    Run cliLimited(const QStringList& args, int fileKiB);
    QString cachePath() const { return m_home + "/data/paydesk/orders.sqlite"; }
    int completions(const QString& orderId);
    Run cli(const QStringList& args, const QByteArray& input = {}, QProcessEnvironment env = {});
    void addProfile(const QString& name = "demo", const QString& secret = Secret, QStringList extra = {});
    QString heldOrder(const QString& amount);

    NotificationServer m_notifications;
    std::unique_ptr<SandboxFixture> m_sb;
    QString m_home;
    QProcessEnvironment m_env;
    int m_case = 0;
};

void TestCli::init()
{
    PayDesk::Sandbox::SandboxOptions options;
    options.password = Secret;
    m_sb = std::make_unique<SandboxFixture>(options);
    // Under the run's own XDG directories, so that the final secret scan reads these files too.
    const QString base = qEnvironmentVariable("XDG_CONFIG_HOME", QDir::tempPath());
    m_home = base + QStringLiteral("/tst_cli/%1-%2").arg(QCoreApplication::applicationPid()).arg(++m_case);
    QDir().mkpath(m_home);
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert("XDG_CONFIG_HOME", m_home + "/config");
    m_env.insert("XDG_DATA_HOME", m_home + "/data");
    m_env.insert("XDG_CACHE_HOME", m_home + "/cache");
    for (const char* variable : {"LANGUAGE", "LC_ALL", "LC_MESSAGES"}) // English unless a test says otherwise
        m_env.remove(variable);
    m_env.insert("LANG", "C.UTF-8");
}

Run TestCli::cli(const QStringList& args, const QByteArray& input, QProcessEnvironment env)
{
    QProcess p;
    p.setProcessEnvironment(env.isEmpty() ? m_env : env);
    p.start(QStringLiteral(PAYDESK_CLI_PATH), args);
    p.write(input);
    p.closeWriteChannel();
    QSignalSpy finished(&p, &QProcess::finished);
    if (!finished.wait(30000)) // the event loop keeps the in-process sandbox answering
        p.kill();
    Run r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8());
    r.json = doc.object();
    r.array = doc.array();
    return r;
}

void TestCli::addProfile(const QString& name, const QString& secret, QStringList extra)
{
    const Run r = cli(QStringList{"profile", "add", name, "--gateway", "rbs", "--url",
                                  m_sb->baseUrl() + "/payment/rest/", "--user", "sandbox"}
                          + extra,
                      secret.toUtf8() + '\n');
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

QString TestCli::heldOrder(const QString& amount)
{
    const Run reg = cli({"--json", "register", "--amount", amount, "--order-number",
                         QString("CLI-%1-%2").arg(m_case).arg(QDateTime::currentMSecsSinceEpoch()), "--return-url",
                         m_sb->baseUrl() + "/shop/return", "--preauth", "--description", "Кофе + чай"});
    const QString id = reg.json.value("orderId").toString();
    m_sb->pay(id, "2202205000012424", "05/28", "649");
    return id;
}

Run TestCli::cliLimited(const QStringList& args, int fileKiB)
{
    // RLIMIT_FSIZE stands in for a full disk: every write past it fails as ENOSPC would (EFBIG).
    const QString script = QStringLiteral("trap '' XFSZ; ulimit -f %1; exec \"$0\" \"$@\"").arg(fileKiB * 2);
    QProcess p;
    p.setProcessEnvironment(m_env);
    p.start("sh", QStringList{"-c", script, QStringLiteral(PAYDESK_CLI_PATH)} + args);
    p.closeWriteChannel();
    QSignalSpy finished(&p, &QProcess::finished);
    if (!finished.wait(60000))
        p.kill();
    Run r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

int TestCli::completions(const QString& orderId)
{
    int n = 0;
    for (const QJsonValue& op : m_sb->inspect(orderId).value("operations").toArray())
        n += op.toObject().value("type").toString() == "COMPLETION";
    return n;
}

// Finding 1 of the audit: "1,000" on a 1,000.00 hold captured 1.00 and released the rest, irreversibly.
void TestCli::ambiguousAmountsAreRefused()
{
    addProfile();
    const QString id = heldOrder("1000.00");
    for (const char* amount : {"1,000", "1.000", " 1,000 "}) {
        const Run r = cli({"capture", id, "--amount", amount});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("1000") && r.err.contains("1.000") && r.err.contains("1.00 "), qPrintable(r.err));
    }
    QCOMPARE(completions(id), 0);
    QCOMPARE(cli({"--json", "status", id}).json.value("status").toString(), QString("held"));
    // Zero is no payment.
    Run r = cli(
        {"register", "--amount", "0", "--order-number", "ZERO-1", "--return-url", m_sb->baseUrl() + "/shop/return"});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("greater than zero"), qPrintable(r.err));
    // The unambiguous forms work.
    r = cli({"--json", "capture", id, "--amount", "1 000,00"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(cli({"--json", "status", id}).json.value("capturedAmount").toString(), QString("1000.00"));
    QCOMPARE(completions(id), 1);
}

// Finding 2: one damaged row (a4-byte CBOR map whose key has no value) made `orders` die with SIGSEGV.
void TestCli::damagedCacheRowsAreReportedAndFetchedAgain()
{
    addProfile();
    const QString victim = heldOrder("250.00");
    const QString other = heldOrder("260.00");
    QCOMPARE(cli({"sync"}).exitCode, 0);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "damage");
        db.setDatabaseName(cachePath());
        QVERIFY(db.open());
        QSqlQuery q(db);
        q.prepare("UPDATE orders SET data = x'a1626777' WHERE order_id = ?");
        q.addBindValue(PayDesk::OrderRow::idKey(victim, PayDesk::Migrations::latestVersion()));
        QVERIFY(q.exec());
        db.close();
    }
    QSqlDatabase::removeDatabase("damage");
    Run r = cli({"--json", "check"});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.json.value("damaged").toArray().first()["orderId"].toString(), victim);
    QVERIFY(r.json.value("integrity").toArray().isEmpty());

    r = cli({"--json", "orders"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains(victim) && r.err.contains(cachePath()), qPrintable(r.err));
    QCOMPARE(r.array.size(), 1);
    QCOMPARE(r.array.first()["orderId"].toString(), other);
    // Left out since, and back after the next sync.
    r = cli({"--json", "orders"});
    QCOMPARE(r.array.size(), 1);
    QVERIFY(r.err.isEmpty());
    QCOMPARE(cli({"sync"}).exitCode, 0);
    QCOMPARE(cli({"--json", "orders"}).array.size(), 2);
    r = cli({"check"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("integrity check ok; 2 orders read, 0 damaged"), qPrintable(r.out));
}

// Finding 8: a damaged, foreign or newer file said "could not be updated" and exited 3 even for a read.
void TestCli::foreignAndNewerCachesAreNamed()
{
    addProfile();
    const QString text = m_home + "/notes.sqlite";
    QFile f(text);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("Just some notes, not a database.\n").repeated(100));
    f.close();
    Run r = cli({"--db", text, "orders"});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(text) && r.err.contains("not a PayDesk order cache"), qPrintable(r.err));

    const QString foreign = m_home + "/contacts.sqlite";
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "foreign");
        db.setDatabaseName(foreign);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec("CREATE TABLE contacts (name TEXT)"));
        db.close();
    }
    QSqlDatabase::removeDatabase("foreign");
    r = cli({"--db", foreign, "check"});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(foreign) && r.err.contains("contacts"), qPrintable(r.err));

    QCOMPARE(cli({"orders"}).exitCode, 0);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "newer");
        db.setDatabaseName(cachePath());
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec("UPDATE schema_version SET version = 99"));
        db.close();
    }
    QSqlDatabase::removeDatabase("newer");
    r = cli({"orders"});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("Cannot read") && r.err.contains("newer PayDesk"), qPrintable(r.err));
}

// Finding 8: on a read-only cache directory even `orders` failed.
void TestCli::readOnlyCacheCanBeRead()
{
    addProfile();
    heldOrder("300.00");
    QCOMPARE(cli({"sync"}).exitCode, 0);
    // A copy in a directory another user can reach, owned by whoever runs the CLI, then made read-only.
    QTemporaryDir shared;
    QVERIFY(QFile::setPermissions(shared.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                     | QFileDevice::ExeOwner | QFileDevice::ExeOther
                                                     | QFileDevice::ReadOther));
    QVERIFY(QDir().mkpath(shared.path() + "/config/paydesk") && QDir().mkpath(shared.path() + "/data/paydesk"));
    QVERIFY(QFile::copy(m_home + "/config/paydesk/profiles.ini", shared.path() + "/config/paydesk/profiles.ini"));
    QVERIFY(QFile::copy(cachePath(), shared.path() + "/data/paydesk/orders.sqlite"));
    QProcessEnvironment env = m_env;
    env.insert("XDG_CONFIG_HOME", shared.path() + "/config");
    env.insert("XDG_DATA_HOME", shared.path() + "/data");
    QStringList runAs;
    if (::geteuid() == 0) { // root writes anything: run the CLI as nobody, owner of a read-only tree
        QVERIFY(QProcess::execute("chown", {"-R", "65534:65534", shared.path()}) == 0);
        runAs = QStringList{"setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
                            QStringLiteral(PAYDESK_CLI_PATH)};
    }
    QVERIFY(QProcess::execute("chmod", {"-R", "a-w", shared.path() + "/data"}) == 0);
    const auto run = [&](const QStringList& args) {
        QProcess p;
        p.setProcessEnvironment(env);
        if (runAs.isEmpty())
            p.start(QStringLiteral(PAYDESK_CLI_PATH), args);
        else
            p.start(runAs.first(), runAs.mid(1) + args);
        p.waitForFinished(30000);
        return std::make_pair(p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()));
    };
    auto [code, out] = run({"--json", "orders"});
    QVERIFY2(code == 0, qPrintable(out));
    QCOMPARE(QJsonDocument::fromJson(out.toUtf8()).array().size(), 1);
    std::tie(code, out) = run({"check"});
    QVERIFY2(code == 0 && out.contains("1 orders read"), qPrintable(out));
    QProcess::execute("chmod", {"-R", "u+w", shared.path()});
}

// Finding 3: a full disk cut exports short and they were reported as done, replacing the earlier file.
// Finding 8: a disk that filled during sync left no orders while the message said what was kept.
void TestCli::fullDiskNeverReportsSuccess()
{
    PayDesk::Sandbox::SandboxOptions options;
    options.password = Secret;
    options.seedOrders = 3000;
    options.seed = 5;
    m_sb = std::make_unique<SandboxFixture>(options);
    addProfile();
    QCOMPARE(cli({"sync"}).exitCode, 0);
    const QString csv = m_home + "/all.csv";
    QFile earlier(csv);
    QVERIFY(earlier.open(QIODevice::WriteOnly));
    earlier.write("the earlier export\r\n");
    earlier.close();
    Run r = cliLimited({"export", "--csv", csv}, 200); // the whole export is ~650 KiB
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("Cannot write") && r.err.contains(csv), qPrintable(r.err));
    QVERIFY(!r.out.contains("Exported"));
    QVERIFY(earlier.open(QIODevice::ReadOnly));
    QCOMPARE(earlier.readAll(), QByteArray("the earlier export\r\n"));
    earlier.close();
    QCOMPARE(QDir(m_home).entryList({"all.csv*"}, QDir::Files | QDir::Hidden),
             QStringList{"all.csv"}); // no temporary left
    QCOMPARE(cli({"export", "--csv", csv}).exitCode, 0);
    QVERIFY(QFileInfo(csv).size() > 200 * 1024);

    // The journal's export goes the same way.
    r = cliLimited({"journal", "--csv", m_home + "/journal.csv"}, 0);
    QCOMPARE(r.exitCode, 3);
    QVERIFY(!QFile::exists(m_home + "/journal.csv"));

    // A first sync into a fresh cache on a disk that fills: it says what it kept, and that is there.
    m_env.insert("XDG_DATA_HOME", m_home + "/data2");
    r = cliLimited({"--json", "sync"}, 1300); // room for the first batch of 2,000 orders, not for all 3,000
    QCOMPARE(r.exitCode, 3);
    // RLIMIT_FSIZE makes SQLite see an I/O error where a full disk gives SQLITE_FULL: either way, "cannot write".
    QVERIFY2(r.err.contains("Cannot write") || r.err.contains("is full"), qPrintable(r.err));
    const QRegularExpressionMatch kept =
        QRegularExpression("(\\d+) orders were stored or updated before it stopped").match(r.err);
    QVERIFY2(kept.hasMatch(), qPrintable(r.err));
    const Run listed = cli({"--json", "orders", "--limit", "100000"});
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
    QCOMPARE(int(listed.array.size()), kept.captured(1).toInt());
    QVERIFY(listed.array.size() > 0);
    QCOMPARE(cli({"sync"}).exitCode, 0);
    QCOMPARE(cli({"--json", "orders", "--limit", "100000"}).array.size(), 3000);
}

// Findings 4 and 5: gateway text exported as spreadsheet formulas, and files other users could read.
void TestCli::exportsAreSafeToOpen()
{
    addProfile();
    const QStringList hostile = {"=HYPERLINK(\"http://x\",\"y\")", "+SUM(1,1)", "-2+3", "@SUM(1,1)"};
    for (int i = 0; i < hostile.size(); ++i) {
        const Run r = cli({"register", "--amount", "10.00", "--order-number", QString("CSV-INJ-%1").arg(i),
                           "--return-url", m_sb->baseUrl() + "/shop/return", "--description", hostile[i]});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }
    QCOMPARE(cli({"sync"}).exitCode, 0);
    const QString csv = m_home + "/orders.csv";
    QCOMPARE(cli({"export", "--csv", csv}).exitCode, 0);
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString data = QString::fromUtf8(f.readAll());
    QVERIFY2(data.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"") && data.contains("\"'+SUM(1,1)\"")
                 && data.contains(",'-2+3,") && data.contains("\"'@SUM(1,1)\""),
             qPrintable(data));
    QVERIFY(data.contains(",RUB,10.00,")); // amounts stay plain numbers
    const QFileDevice::Permissions ownerOnly =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser;
    for (const QString& path : QStringList{csv, cachePath(), m_home + "/config/paydesk/profiles.ini"})
        QVERIFY2((QFile::permissions(path) & ~ownerOnly) == 0, qPrintable(path));
    for (const QString& dir : QStringList{m_home + "/data/paydesk", m_home + "/config/paydesk"}) {
        const QFileDevice::Permissions p = QFile::permissions(dir);
        QVERIFY2(!(p & (QFileDevice::ReadOther | QFileDevice::ReadGroup | QFileDevice::ExeOther)), qPrintable(dir));
    }
}

void TestCli::syncOrdersAndExport()
{
    PayDesk::Sandbox::SandboxOptions options;
    options.password = Secret;
    options.seedOrders = 450;
    options.seed = 3;
    m_sb = std::make_unique<SandboxFixture>(options);
    addProfile();

    Run r = cli({"orders"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains("paydesk-cli sync"), qPrintable(r.err));

    // A failing gateway: the sync says where it stopped, keeps nothing wrong, and the next one completes.
    m_sb->addFault("getLastOrdersForMerchants", "http500", 50);
    r = cli({"sync"});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("stopped before the first page") && r.err.contains("HTTP error 500"), qPrintable(r.err));
    m_sb->server().faults().clear();

    r = cli({"--json", "sync"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.json.value("orders").toInt(), 450);
    QCOMPARE(r.json.value("pages").toInt(), 3);
    r = cli({"--json", "sync"});
    QCOMPARE(r.json.value("changed").toInt(), 0);

    r = cli({"--json", "orders", "--limit", "5"});
    QCOMPARE(r.array.size(), 5);
    r = cli({"--json", "orders", "--held", "--limit", "1000"});
    QVERIFY(r.array.size() > 3);
    QString previous;
    for (const QJsonValue& v : r.array) {
        QCOMPARE(v["status"].toString(), QString("held"));
        QVERIFY(v["deadline"].toString() >= previous);
        previous = v["deadline"].toString();
    }
    const int held = int(r.array.size());
    const QJsonObject sample = r.array.at(1).toObject();
    r = cli({"--json", "orders", "--search", sample["maskedPan"].toString().right(4), "--status", "held"});
    QVERIFY(!r.array.isEmpty());
    QVERIFY(std::any_of(r.array.begin(), r.array.end(),
                        [&](const QJsonValue& v) { return v["orderId"] == sample["orderId"]; }));
    QCOMPARE(cli({"orders", "--status", "bogus"}).exitCode, 2);
    QCOMPARE(cli({"orders", "--from", "yesterday"}).exitCode, 2);
    QCOMPARE(cli({"orders", "--min-amount", "1.234"}).exitCode, 2);
    r = cli({"orders", "--due-within", "48"});
    QCOMPARE(r.exitCode, 0);

    // An order the CLI just looked at is in the cache; its awkward description survives the CSV.
    const Run reg = cli({"--json", "register", "--amount", "10.50", "--order-number", "CSV-1", "--return-url",
                         m_sb->baseUrl() + "/shop/return", "--preauth", "--description", "Tea, \"green\"\nand cake"});
    QCOMPARE(reg.exitCode, 0);
    m_sb->pay(reg.json["orderId"].toString(), "2202205000012424", "05/28", "649");
    QCOMPARE(cli({"status", reg.json["orderId"].toString()}).exitCode, 0);

    const QString csvPath = m_home + "/held.csv";
    r = cli({"export", "--csv", csvPath, "--held"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray data = csv.readAll();
    QVERIFY(data.startsWith("order_number,order_id,status,currency,amount,"));
    QVERIFY(data.contains("CSV-1,"));
    QVERIFY(data.contains(",RUB,10.50,10.50,0.00,0.00,10.50,"));
    QVERIFY(data.contains("\"Tea, \"\"green\"\"\nand cake\""));
    QCOMPARE(data.count("\r\n"), held + 2); // header, the held orders, CSV-1
}

// kill -9 in the middle of a batch of 200 captures, then start again: at most one deposit per
// order, every journal entry settled, and the cache agreeing with the gateway.
void TestCli::killedBatchIsSettled()
{
    addProfile();
    QStringList ids;
    for (int i = 0; i < 200; ++i) {
        const QString id = m_sb->registerOrder(10000 + i, true);
        m_sb->pay(id, "2202205000012424", "05/28", "649");
        ids.append(id);
    }
    QCOMPARE(cli({"sync"}).exitCode, 0);
    QCOMPARE(cli({"--json", "orders", "--held", "--limit", "1000"}).array.size(), 200);

    m_sb->addFault("deposit", "delay", 1000, 40); // slow enough to be caught in the middle
    QProcess batch;
    batch.setProcessEnvironment(m_env);
    batch.start(QStringLiteral(PAYDESK_CLI_PATH), {"capture", "--all-held", "--yes"});
    QVERIFY(batch.waitForStarted());
    QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "killtest");
    db.setDatabaseName(m_home + "/data/paydesk/orders.sqlite");
    QVERIFY(db.open());
    int done = 0;
    int sent = 0;
    QElapsedTimer clock;
    clock.start();
    // Killed with at least 40 captures done and several sent but unanswered.
    while ((done < 40 || sent < 3) && clock.elapsed() < 30000) {
        QTest::qWait(5);
        QSqlQuery q(db);
        if (q.exec("SELECT sum(state = 'done'), sum(state = 'sent') FROM journal") && q.next()) {
            done = q.value(0).toInt();
            sent = q.value(1).toInt();
        }
    }
    QVERIFY(done >= 40 && sent >= 3);
    ::kill(pid_t(batch.processId()), SIGKILL);
    QVERIFY(batch.waitForFinished(5000));
    int open = 0;
    {
        QSqlQuery q(db);
        QVERIFY(q.exec("SELECT count(*) FROM journal WHERE state IN ('intent', 'sent', 'unknown')") && q.next());
        open = q.value(0).toInt();
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase("killtest");
    qInfo("killed after %d captures with %d operations in flight", done, open);
    QVERIFY(open >= 1);
    m_sb->server().faults().clear();

    // A capture still travelling when the process died may land after it: while it can, an unchanged
    // order proves nothing, and no new capture of that order is sent.
    Run r = cli({"--json", "--timeout", "1", "reconcile"});
    QCOMPARE(r.json.value("checked").toInt(), open);
    QCOMPARE(r.json.value("done").toInt() + r.json.value("notDone").toInt() + r.json.value("stillUnknown").toInt(),
             open);
    QTest::qWait(2500);
    r = cli({"--json", "--timeout", "1", "reconcile"});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json.value("stillUnknown").toInt(), 0);
    QCOMPARE(cli({"--json", "journal", "--pending"}).array.size(), 0);

    // Start again: the rest is captured, nothing twice.
    r = cli({"--json", "capture", "--all-held", "--yes"});
    QVERIFY2(r.exitCode == 0 || r.exitCode == 1, qPrintable(r.err));
    QCOMPARE(r.json.value("unknown").toInt(), 0);
    QCOMPARE(cli({"--json", "journal", "--pending"}).array.size(), 0);
    for (const QString& id : ids) {
        int completions = 0;
        for (const QJsonValue& op : m_sb->inspect(id).value("operations").toArray())
            completions += op.toObject().value("type").toString() == "COMPLETION";
        QCOMPARE(completions, 1);
    }
    QCOMPARE(cli({"sync"}).exitCode, 0);
    r = cli({"--json", "orders", "--limit", "1000"});
    QCOMPARE(r.array.size(), 200);
    for (const QJsonValue& o : r.array)
        QCOMPARE(o["status"].toString(), QString("captured"));
    // The journal holds exactly one done capture per order.
    r = cli({"--json", "journal"});
    QSet<QString> captured;
    for (const QJsonValue& e : r.array) {
        if (e["state"].toString() == "done") {
            QVERIFY2(!captured.contains(e["orderId"].toString()), "two done captures for one order");
            captured.insert(e["orderId"].toString());
        }
    }
    QCOMPARE(captured.size(), 200);
}

// The RBS web service flavour: a profile on merchant-ws, the same commands, sync through its listing.
void TestCli::soapProfileSyncsAndCaptures()
{
    PayDesk::Sandbox::SandboxOptions options;
    options.password = Secret;
    options.seedOrders = 30;
    m_sb = std::make_unique<SandboxFixture>(options);
    const QString service = m_sb->baseUrl() + "/payment/webservices/merchant-ws?wsdl";
    Run r = cli({"profile", "add", "soap", "--gateway", "rbs-soap", "--url", service, "--user", "sandbox", "--token"},
                Secret.toUtf8() + '\n');
    QCOMPARE(r.exitCode, 2); // no token over WS-Security
    r = cli({"profile", "add", "soap", "--gateway", "rbs-soap", "--url", service, "--user", "sandbox"},
            Secret.toUtf8() + '\n');
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = cli({"--json", "profile", "list"});
    QCOMPARE(r.array.first()["gateway"].toString(), QString("rbs-soap"));
    QCOMPARE(r.array.first()["url"].toString(), m_sb->baseUrl() + "/payment/webservices/merchant-ws");
    QCOMPARE(cli({"profile", "test", "soap"}).exitCode, 0);
    QCOMPARE(cli({"sync"}).exitCode, 0);
    r = cli({"--json", "orders"});
    QCOMPARE(r.array.size(), 30);
    const QString id = heldOrder("700.00");
    QVERIFY(!id.isEmpty());
    r = cli({"--json", "capture", id, "--amount", "700.00"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(completions(id), 1);
    r = cli({"--json", "status", id});
    QCOMPARE(r.json.value("status").toString(), QString("captured"));
}

void TestCli::assistTwoStageFlow()
{
    PayDesk::Sandbox::SandboxOptions options;
    options.password = Secret;
    options.assistCheckWord = "word of the shop";
    m_sb = std::make_unique<SandboxFixture>(options);
    Run r = cli({"profile", "add", "assist", "--gateway", "assist", "--url", m_sb->baseUrl(), "--user", "sandbox"},
                Secret.toUtf8() + '\n');
    QCOMPARE(r.exitCode, 2); // no Merchant_ID
    // Every answer is checked against the secret word (the second line on stdin, into the keychain).
    r = cli({"profile", "add", "assist", "--gateway", "assist", "--url", m_sb->baseUrl(), "--user", "sandbox",
             "--merchant-id", "123456", "--check-word"},
            Secret.toUtf8() + "\nword of the shop\n");
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    const auto pay = [this](const QString& number) {
        const Run reg = cli({"--json", "register", "--amount", "1500.50", "--order-number", number, "--return-url",
                             m_sb->baseUrl() + "/shop/return", "--preauth"});
        const HttpResult page = m_sb->http().get(QUrl(reg.json["formUrl"].toString()));
        const QString bill =
            QRegularExpression("name='billnumber' value='(\\d+)'").match(QString::fromUtf8(page.body)).captured(1);
        m_sb->http().post(QUrl(m_sb->baseUrl() + "/assist/sandbox/pay"),
                          TestHttp::form({{"billnumber", bill}, {"pan", "2202205000012424"}}));
        return bill;
    };
    const QString bill = pay("AS-CLI-1");
    QVERIFY(!bill.isEmpty());
    // A wrong secret word: the answer cannot be trusted, and PayDesk says so.
    r = cli({"profile", "add", "forged", "--gateway", "assist", "--url", m_sb->baseUrl(), "--user", "sandbox",
             "--merchant-id", "123456", "--check-word"},
            Secret.toUtf8() + "\nanother word\n");
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = cli({"--profile", "forged", "status", "--order-number", "AS-CLI-1"});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("cannot be read"), qPrintable(r.err));
    QCOMPARE(cli({"profile", "remove", "forged"}).exitCode, 0);
    r = cli({"--json", "status", "--order-number", "AS-CLI-1"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.json["orderId"].toString(), bill); // an Assist order's id is its billnumber
    QCOMPARE(r.json["status"].toString(), QString("held"));
    QCOMPARE(r.json["gatewayState"].toString(), QString("Delayed"));

    r = cli({"--json", "capture", bill, "--amount", "1000"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.json["order"].toObject()["capturedAmount"].toString(), QString("1000.00"));
    QCOMPARE(cli({"capture", bill}).exitCode, 1); // not held any more: nothing sent
    QCOMPARE(cli({"--json", "status", bill}).json["capturedAmount"].toString(), QString("1000.00"));

    r = cli({"status", "1234567890123456"}); // neither a billnumber nor an order number Assist knows
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("No such order: 1234567890123456"), qPrintable(r.err));

    // A hold nobody captures: once its 4 days are over (on the sandbox's clock) Assist cancels it, and
    // PayDesk says the hold expired.
    const QString forgotten = pay("AS-CLI-3");
    QCOMPARE(cli({"sync"}).exitCode, 0);
    m_sb->advanceClock(4 * 86400 + 120);
    QVERIFY(cli({"orders", "--held"}).out.contains("3 d 23 h left")); // the cache, on PayDesk's clock
    r = cli({"--json", "status", forgotten});
    QCOMPARE(r.json["status"].toString(), QString("reversed"));
    QVERIFY2(r.json["actionCodeText"].toString().contains("expired"), qPrintable(r.out));

    const QString other = pay("AS-CLI-2");
    r = cli({"--json", "reverse", other});
    QCOMPARE(r.json["order"].toObject()["status"].toString(), QString("reversed"));
    QCOMPARE(cli({"sync"}).exitCode, 0);
    r = cli({"--json", "orders"});
    QCOMPARE(r.array.size(), 3);
}

void TestCli::usageErrors()
{
    QCOMPARE(cli({}).exitCode, 2);
    QCOMPARE(cli({"frobnicate"}).exitCode, 2);
    Run r = cli({"status", "x"});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("profile add"));
    QCOMPARE(cli({"--timeout", "0", "status", "x"}).exitCode, 2);
    QCOMPARE(cli({"--help"}).exitCode, 0);
    QVERIFY(cli({"--version"}).out.startsWith("paydesk-cli "));
    addProfile();
    QCOMPARE(cli({"capture"}).exitCode, 2);
    QCOMPARE(
        cli({"register", "--amount", "12.345", "--order-number", "x", "--return-url", "https://s.example/"}).exitCode,
        2);
    QCOMPARE(cli({"register", "--amount", "-5", "--order-number", "x", "--return-url", "https://s.example/"}).exitCode,
             2);
    QCOMPARE(cli({"status", "--bogus"}).exitCode, 2);
    QCOMPARE(cli({"--profile", "nope", "status", "x"}).exitCode, 2);
}

void TestCli::twoStageFlow()
{
    addProfile();
    Run r = cli({"--json", "profile", "list"});
    QCOMPARE(r.array.size(), 1);
    QCOMPARE(r.array.first().toObject().value("name").toString(), QString("demo"));
    QVERIFY(!r.out.contains(Secret));
    QCOMPARE(cli({"profile", "test", "demo"}).exitCode, 0);

    r = cli({"--json", "register", "--amount", "1500.50", "--order-number", "FLOW-1", "--return-url",
             m_sb->baseUrl() + "/shop/return", "--preauth", "--email", "a+b@example.ru"});
    QCOMPARE(r.exitCode, 0);
    const QString id = r.json.value("orderId").toString();
    QVERIFY(r.json.value("formUrl").toString().contains(id));
    // The manual payment is in the journal, as every operation is.
    r = cli({"--json", "journal"});
    QCOMPARE(r.array.size(), 1);
    QCOMPARE(r.array.first()["operation"].toString(), QString("register"));
    QCOMPARE(r.array.first()["state"].toString(), QString("done"));
    QCOMPARE(r.array.first()["orderId"].toString(), id);
    QCOMPARE(r.array.first()["amount"].toString(), QString("1500.50"));
    QVERIFY(m_sb->pay(id, "2202205000012424", "05/28", "649").status == 303);

    r = cli({"--json", "status", id});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json.value("status").toString(), QString("held"));
    QCOMPARE(r.json.value("amount").toString(), QString("1500.50"));
    QCOMPARE(r.json.value("approvedAmount").toString(), QString("1500.50"));
    QCOMPARE(r.json.value("capturedAmount").toString(), QString("0.00"));
    QCOMPARE(r.json.value("currency").toString(), QString("RUB"));
    QCOMPARE(r.json.value("maskedPan").toString(), QString("220220**2424"));
    QCOMPARE(r.json.value("gatewayStatus").toInt(), 1);
    const QDateTime deadline = QDateTime::fromString(r.json.value("deadline").toString(), Qt::ISODate);
    QVERIFY(deadline.isValid());
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().addDays(7).secsTo(deadline)) < 600);
    r = cli({"status", "--order-number", "FLOW-1"});
    QVERIFY(r.out.contains("held - capture by"));

    // More than is held: refused before sending, with the reason.
    r = cli({"--json", "capture", id, "--amount", "2000"});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.json.value("result").toString(), QString("refused"));
    QVERIFY(r.json.value("refusedBeforeSending").toBool());
    QVERIFY(r.json.value("message").toString().contains("still held"));

    r = cli({"--json", "capture", id, "--amount", "1000.25"});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json.value("result").toString(), QString("done"));
    QCOMPARE(r.json.value("order").toObject().value("status").toString(), QString("captured"));
    QCOMPARE(r.json.value("order").toObject().value("capturedAmount").toString(), QString("1000.25"));
    r = cli({"capture", id});
    QCOMPARE(r.exitCode, 1); // one capture per order
    QVERIFY(r.err.contains("refused"));

    r = cli({"refund", id, "--amount", "100"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("partly_refunded"));
    r = cli({"--json", "refund", id, "--amount", "5000"});
    QCOMPARE(r.exitCode, 1);

    const QString other = heldOrder("99.90");
    r = cli({"--json", "reverse", other});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json.value("order").toObject().value("status").toString(), QString("reversed"));
    r = cli({"--json", "status", other});
    QCOMPARE(r.json.value("description").toString(), QString::fromUtf8("Кофе + чай"));
}

void TestCli::unknownOutcomeThenStatus()
{
    addProfile();
    const QString id = heldOrder("300.00");
    // The answer is lost, the order's status read right after settles it.
    m_sb->addFault("deposit", "apply_hang");
    Run r = cli({"--timeout", "1", "capture", id, "--amount", "100"});
    QVERIFY2(r.exitCode == 0 && r.out.contains("status confirms"), qPrintable(r.out + r.err));
    // Lost too is that status read: unknown, journaled, settled later by reconcile, never re-sent.
    const QString other = heldOrder("200.00");
    m_sb->addFault("deposit", "apply_hang");
    m_sb->addFault("getOrderStatusExtended", "delay", 1, 0); // the read before sending passes
    m_sb->addFault("getOrderStatusExtended", "hang", 1);     // the read after the lost answer hangs
    r = cli({"--timeout", "2", "capture", other});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("UNKNOWN") && r.err.contains("paydesk-cli reconcile"), qPrintable(r.err));
    r = cli({"--json", "journal", "--pending"});
    QCOMPARE(r.array.size(), 1);
    QCOMPARE(r.array.at(0)["state"].toString(), QString("unknown"));
    r = cli({"--json", "reconcile"});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json.value("done").toInt(), 1);
    QCOMPARE(cli({"--json", "journal", "--pending"}).array.size(), 0);
    r = cli({"--json", "status", other});
    QCOMPARE(r.json.value("status").toString(), QString("captured")); // the truth, from the gateway
    // A gateway that does not answer: exit 3.
    m_sb->addFault("getOrderStatusExtended", "hang");
    QCOMPARE(cli({"--timeout", "1", "status", id}).exitCode, 3);
}

void TestCli::wrongPasswordIsRefused()
{
    addProfile("bad", "not-the-password");
    const Run r = cli({"profile", "test", "bad"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("Access denied"), qPrintable(r.err)); // the gateway speaks the CLI's language
    addProfile("bad-ru", "not-the-password", {"--language", "ru"});
    const Run ru = cli({"profile", "test", "bad-ru"});
    QCOMPARE(ru.exitCode, 1);
    QVERIFY2(ru.err.contains(QString::fromUtf8("Доступ запрещён")), qPrintable(ru.err)); // unless told otherwise
}

void TestCli::keychainUnavailableIsAnError()
{
    QProcessEnvironment env = m_env;
    env.insert("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus");
    const Run r = cli({"profile", "add", "nokeys", "--gateway", "rbs", "--url", m_sb->baseUrl(), "--user", "sandbox"},
                      Secret.toUtf8() + '\n', env);
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("keychain"), qPrintable(r.err));
    QCOMPARE(cli({"--json", "profile", "list"}).array.size(), 0); // no profile without its secret
}

void TestCli::profilesAreValidated()
{
    Run r = cli({"profile", "add", "remote", "--gateway", "rbs", "--url", "http://3dsec.sberbank.ru", "--user", "u"},
                "x\n");
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("https://"));
    r = cli({"profile", "add", "nogw", "--gateway", "paypal", "--url", "https://x.example", "--user", "u"}, "x\n");
    QCOMPARE(r.exitCode, 2);
    r = cli({"profile", "add", "ca", "--gateway", "rbs", "--url", "https://3dsec.sberbank.ru", "--user", "u", "--ca",
             "/no/such.pem"},
            "x\n");
    QCOMPARE(r.exitCode, 2);
    r = cli({"profile", "add", "empty", "--gateway", "rbs", "--url", "https://3dsec.sberbank.ru", "--user", "u"}, "");
    QCOMPARE(r.exitCode, 2);
    // A bare host is completed with /payment/rest/; the Russian Trusted Root CA file is accepted.
    r = cli({"--json", "profile", "add", "sber", "--gateway", "rbs", "--url", "https://3dsec.sberbank.ru", "--user",
             "u", "--ca", QStringLiteral(PAYDESK_SPEC_DIR "/certs/russian_trusted_root_ca_pem.crt"), "--hold-days",
             "5"},
            "x\n");
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json.value("url").toString(), QString("https://3dsec.sberbank.ru/payment/rest/"));
    QCOMPARE(r.json.value("holdDays").toInt(), 5);
    QCOMPARE(cli({"profile", "remove", "sber"}).exitCode, 0);
    QCOMPARE(cli({"--json", "profile", "list"}).array.size(), 0);
}

void TestCli::bindingsAndReceipts()
{
    addProfile();
    Run r = cli({"--json", "register", "--amount", "10.00", "--order-number", "B-1", "--return-url",
                 m_sb->baseUrl() + "/shop/return", "--client-id", "cli-client"});
    m_sb->pay(r.json.value("orderId").toString(), "2202205000012424", "05/28", "649");
    r = cli({"--json", "bindings", "cli-client"});
    QCOMPARE(r.exitCode, 0);
    const QString binding = r.json.value("bindings").toArray().first().toObject().value("bindingId").toString();
    QVERIFY(!binding.isEmpty());
    r = cli({"--json", "register", "--amount", "25.00", "--order-number", "B-2", "--return-url",
             m_sb->baseUrl() + "/shop/return", "--client-id", "cli-client", "--auto-payment"});
    const QString second = r.json.value("orderId").toString();
    r = cli({"--json", "pay-binding", second, "--binding-id", binding});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json.value("order").toObject().value("status").toString(), QString("captured"));

    QTemporaryFile bundle;
    QVERIFY(bundle.open());
    bundle.write(
        R"({"items":[{"name":"Cup","quantity":"2","measure":"piece","price":"5.00","vat":"20","itemCode":"c"}]})");
    bundle.flush();
    r = cli({"--json", "register", "--amount", "10.00", "--order-number", "B-3", "--return-url",
             m_sb->baseUrl() + "/shop/return", "--bundle", bundle.fileName(), "--tax-system", "1"});
    QCOMPARE(r.exitCode, 0);
    const QString withCart = r.json.value("orderId").toString();
    m_sb->pay(withCart, "2202205000012424", "05/28", "649");
    r = cli({"--json", "receipt", withCart});
    QCOMPARE(r.json.value("receipts").toArray().first().toObject().value("amount").toString(), QString("10.00"));
}

void TestCli::nothingSecretOnDisk()
{
    addProfile();
    cli({"--json", "status", "x"});
    int files = 0;
    QDirIterator it(m_home, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains(Secret.toUtf8()), qPrintable(f.fileName()));
        ++files;
    }
    QVERIFY(files > 0); // the profile file exists and was read
}

namespace {
const QStringList CommandNames = {
    "profile add", "profile list", "profile default", "profile remove", "profile test", "status",  "register",
    "capture",     "reverse",      "refund",          "pay-binding",    "bindings",     "receipt", "journal",
    "reconcile",   "sync",         "remind",          "orders",         "export",       "check",   "help"};

// The {"error": {…}} object a --json run prints when it fails, checked against its exit code.
QJsonObject jsonError(const Run& r)
{
    const QJsonObject e = r.json.value("error").toObject();
    if (e.value("exitCode").toInt() != r.exitCode || e.value("message").toString().isEmpty())
        qWarning("no error object matching exit %d: %s", r.exitCode, qPrintable(r.out));
    return e;
}
} // namespace

void TestCli::helpForEveryCommand()
{
    Run r = cli({"help"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("paydesk-cli help COMMAND"));
    for (const QString& name : CommandNames) {
        QVERIFY2(r.out.contains("  " + name), qPrintable(name));
        const QStringList words = name.split(' ');
        const Run help = cli(QStringList{"help"} + words);
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.startsWith("usage: paydesk-cli [GLOBAL OPTIONS] " + name), qPrintable(help.out));
        QVERIFY(help.out.contains("--json"));
        const Run dashed = cli(words + QStringList{"--help"});
        QCOMPARE(dashed.exitCode, 0);
        QCOMPARE(dashed.out, help.out);
    }
    QVERIFY(cli({"help", "capture"}).out.contains("--all-held"));
    QVERIFY(cli({"help", "orders"}).out.contains("--min-amount"));
    r = cli({"--json", "help", "frobnicate"});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(jsonError(r).value("kind").toString(), QString("usage"));
    // Global options among a command's own options, as before the command.
    addProfile();
    QCOMPARE(cli({"orders", "--limit", "5", "--json"}).array.size(), 0);
    QCOMPARE(cli({"orders", "--timeout", "0"}).exitCode, 2);
}

void TestCli::everyErrorKindHasItsExitCode()
{
    const auto expect = [this](const QStringList& args, int code, const QString& kind, const QByteArray& input = {}) {
        const Run r = cli(QStringList{"--json"} + args, input);
        QVERIFY2(r.exitCode == code, qPrintable(args.join(' ') + ": " + r.err));
        QCOMPARE(jsonError(r).value("kind").toString(), kind);
        QVERIFY2(r.err.contains("paydesk-cli: "), qPrintable(args.join(' ') + ": " + r.err));
    };
    expect({"frobnicate"}, 2, "usage");
    expect({"status", "--bogus"}, 2, "usage");
    expect({"--timeout", "0", "status", "x"}, 2, "usage");
    expect({"status", "x"}, 2, "no-profile");
    expect({"profile", "add", "remote", "--url", "http://3dsec.sberbank.ru", "--user", "u"}, 2, "profile-invalid",
           "x\n");
    addProfile();
    expect({"profile", "add", "demo", "--url", m_sb->baseUrl(), "--user", "u"}, 2, "profile-exists", "x\n");
    expect({"--profile", "nope", "orders"}, 2, "no-such-profile");
    expect({"profile", "remove", "nope"}, 2, "no-such-profile");
    addProfile("bad", "not-the-password");
    QSettings(m_home + "/config/paydesk/profiles.ini", QSettings::IniFormat).remove("default");
    expect({"orders"}, 2, "several-profiles");
    const Run refused = cli({"--json", "--profile", "bad", "status", "x"});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(!jsonError(refused).value("gatewayCode").toString().isEmpty());
    // A profile whose secret is not in the keychain: the user's to fix (2), unlike a missing keychain (3).
    {
        QSettings ini(m_home + "/config/paydesk/profiles.ini", QSettings::IniFormat);
        ini.beginGroup("00000000-0000-0000-0000-00000000dead");
        ini.setValue("name", "ghost");
        ini.setValue("url", QString(m_sb->baseUrl() + "/payment/rest/"));
        ini.setValue("user", "sandbox");
    }
    expect({"--profile", "ghost", "status", "x"}, 2, "no-secret");
    const QString text = m_home + "/notes.sqlite";
    QFile f(text);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("Just some notes, not a database.\n").repeated(100));
    f.close();
    expect({"--profile", "demo", "--db", text, "orders"}, 2, "not-a-cache");
    expect({"--db", text, "check"}, 2, "not-a-cache");
    expect({"--profile", "demo", "export", "--csv", m_home + "/no/such/dir/x.csv"}, 3, "export");
    m_sb->addFault("getOrderStatusExtended", "hang");
    expect({"--profile", "demo", "--timeout", "1", "status", "x"}, 3, "timeout");
    m_sb->server().faults().clear();
    m_sb->addFault("getLastOrdersForMerchants", "http500", 50);
    expect({"--profile", "demo", "sync"}, 3, "http");
}

void TestCli::keychainUnavailableIsThreeEverywhere()
{
    addProfile();
    QProcessEnvironment env = m_env;
    env.insert("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus");
    const QList<QStringList> gatewayCommands = {
        {"status", "x"},
        {"capture", "x"},
        {"reverse", "x"},
        {"refund", "x"},
        {"sync"},
        {"reconcile"},
        {"bindings", "c"},
        {"receipt", "x"},
        {"profile", "test", "demo"},
        {"profile", "remove", "demo"},
        {"pay-binding", "x", "--binding-id", "b"},
        {"register", "--amount", "1", "--order-number", "K-1", "--return-url", "https://s.example/"}};
    for (const QStringList& args : gatewayCommands) {
        const Run r = cli(QStringList{"--json"} + args, {}, env);
        QVERIFY2(r.exitCode == 3, qPrintable(args.join(' ') + ": " + r.err));
        QCOMPARE(jsonError(r).value("kind").toString(), QString("keychain-unavailable"));
        QVERIFY2(r.err.contains("keychain"), qPrintable(r.err));
    }
    // The cache's own commands need no secret.
    QCOMPARE(cli({"orders"}, {}, env).exitCode, 0);
    QCOMPARE(cli({"journal"}, {}, env).exitCode, 0);
    QCOMPARE(cli({"--json", "profile", "list"}, {}, env).array.size(), 1);
}

void TestCli::jsonInEveryCommand()
{
    Run r = cli({"--json", "profile", "add", "demo", "--gateway", "rbs", "--url", m_sb->baseUrl() + "/payment/rest/",
                 "--user", "sandbox"},
                Secret.toUtf8() + '\n');
    QCOMPARE(r.json.value("name").toString(), QString("demo"));
    QCOMPARE(cli({"--json", "profile", "list"}).array.size(), 1);
    QVERIFY(cli({"--json", "profile", "test", "demo"}).json.value("ok").toBool());
    r = cli({"--json", "register", "--amount", "20.00", "--order-number", "J-1", "--return-url",
             m_sb->baseUrl() + "/shop/return", "--preauth", "--client-id", "json-client"});
    const QString id = r.json.value("orderId").toString();
    QVERIFY(!id.isEmpty());
    m_sb->pay(id, "2202205000012424", "05/28", "649");
    QCOMPARE(cli({"--json", "status", id}).json.value("status").toString(), QString("held"));
    QCOMPARE(cli({"--json", "capture", id, "--amount", "5"}).json.value("result").toString(), QString("done"));
    QCOMPARE(cli({"--json", "refund", id, "--amount", "1"}).json.value("result").toString(), QString("done"));
    const QString other = heldOrder("7.00");
    QCOMPARE(cli({"--json", "reverse", other}).json.value("result").toString(), QString("done"));
    QVERIFY(cli({"--json", "bindings", "json-client"}).json.contains("bindings"));
    QVERIFY(cli({"--json", "receipt", id}).json.contains("receipts"));
    QVERIFY(cli({"--json", "journal"}).array.size() >= 4);
    QCOMPARE(cli({"--json", "journal", "--csv", m_home + "/j.csv"}).json.value("file").toString(), m_home + "/j.csv");
    QCOMPARE(cli({"--json", "reconcile"}).json.value("stillUnknown").toInt(), 0);
    QVERIFY(cli({"--json", "sync"}).json.contains("orders"));
    QCOMPARE(cli({"--json", "orders"}).array.size(), 2);
    QCOMPARE(cli({"--json", "export", "--csv", m_home + "/o.csv"}).json.value("orders").toInt(), 2);
    QVERIFY(cli({"--json", "check"}).json.value("sound").toBool());
    QCOMPARE(cli({"--json", "profile", "default", "demo"}).json.value("default").toString(), QString("demo"));
    r = cli({"--json", "remind"});
    QCOMPARE(r.json.value("notified").toBool(), false); // nothing held still due
    QVERIFY(r.json.contains("dueTotals"));
    r = cli({"--json", "capture", "--all-held", "--yes"});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json.value("done").toInt(), 0); // nothing held any more
    QCOMPARE(cli({"--json", "profile", "remove", "demo"}).json.value("removed").toString(), QString("demo"));
}

// Item 11 of issue 14: `capture SB-100234` (an order number) said "refused before sending: … Заказ не
// найден (code 6)". An order number works wherever a gateway id does; an order nobody knows is said plainly.
void TestCli::orderNumbersAndNoSuchOrder()
{
    addProfile();
    const QString number = QString("NUM-%1").arg(QDateTime::currentMSecsSinceEpoch());
    const Run reg = cli({"--json", "register", "--amount", "300.00", "--order-number", number, "--return-url",
                         m_sb->baseUrl() + "/shop/return", "--preauth"});
    const QString id = reg.json.value("orderId").toString();
    m_sb->pay(id, "2202205000012424", "05/28", "649");
    // Not in this cache: the gateway is asked, by id and then by number.
    Run r = cli({"--db", m_home + "/fresh.sqlite", "--json", "status", number});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.json.value("orderId").toString(), id);
    QCOMPARE(r.json.value("status").toString(), QString("held"));
    r = cli({"status", number});
    QVERIFY2(r.exitCode == 0 && r.out.contains(id), qPrintable(r.err));
    r = cli({"--json", "capture", number, "--amount", "100"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.json.value("orderId").toString(), id);
    QCOMPARE(r.json["order"].toObject()["capturedAmount"].toString(), QString("100.00"));
    r = cli({"--json", "refund", number, "--amount", "40"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.json["order"].toObject()["refundedAmount"].toString(), QString("40.00"));
    const QString other = heldOrder("75.00");
    const QString otherNumber = cli({"--json", "status", other}).json.value("orderNumber").toString();
    r = cli({"--json", "reverse", otherNumber});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.json["order"].toObject()["status"].toString(), QString("reversed"));
    QCOMPARE(completions(id), 1);

    for (const char* command : {"status", "capture", "reverse", "refund"}) {
        r = cli({command, "SB-100234"});
        QVERIFY2(r.exitCode == 2, qPrintable(QString(command) + ": " + r.err));
        const QStringList said = r.err.split('\n').filter(QRegularExpression("^paydesk-cli: ")); // not the log
        QCOMPARE(said, QStringList{"paydesk-cli: No such order: SB-100234 is neither an order id nor an order number "
                                   "the gateway knows."});
        const Run json = cli({"--json", command, "SB-100234"});
        QCOMPARE(jsonError(json).value("kind").toString(), QString("no-such-order"));
    }
}

// Item 11: `sync` with several profiles refused although the app has a default. The first profile is
// the default, `profile default` changes it, and the app opens the same one.
void TestCli::defaultProfileAmongSeveral()
{
    addProfile("demo");
    addProfile("other", "not-the-password");
    Run r = cli({"--json", "sync"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err)); // demo, the first
    QVERIFY(cli({"profile", "list"})
                .out.contains(QRegularExpression("^demo\t.*\t\\(default\\)$", QRegularExpression::MultilineOption)));
    QCOMPARE(cli({"profile", "default", "other"}).exitCode, 0);
    r = cli({"--json", "sync"});
    QCOMPARE(r.exitCode, 1); // other's password is wrong: the default was used
    QVERIFY(!jsonError(r).value("gatewayCode").toString().isEmpty());
    QCOMPARE(cli({"--profile", "demo", "sync"}).exitCode, 0);
    QCOMPARE(QSettings(m_home + "/config/paydesk/profiles.ini", QSettings::IniFormat).value("default").toString(),
             QString("other")); // where the app reads its start-up profile from
    QCOMPARE(cli({"profile", "default", "nope"}).exitCode, 2);
    // Removing the default leaves the only one there is.
    QCOMPARE(cli({"profile", "remove", "other"}).exitCode, 0);
    QCOMPARE(cli({"sync"}).exitCode, 0);
    // Several and none chosen (a profiles file from before): said how to choose.
    addProfile("third");
    QSettings(m_home + "/config/paydesk/profiles.ini", QSettings::IniFormat).remove("default");
    r = cli({"sync"});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("profile default NAME"), qPrintable(r.err));
}

// Item 11: `orders` printed no header and its columns wandered; amounts read one way everywhere.
void TestCli::ordersHaveAHeaderAndAlignedColumns()
{
    addProfile();
    heldOrder("5.00");
    heldOrder("123456.78");
    QCOMPARE(cli({"sync"}).exitCode, 0);
    const Run r = cli({"orders"});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    const QString header = lines.first();
    QVERIFY2(header.startsWith("ORDER  "), qPrintable(header));
    for (const char* title : {"STATUS", "AMOUNT", "CREATED", "TIME LEFT", "CARD", "ORDER ID", "E-MAIL"})
        QVERIFY2(header.contains(title), title);
    const int status = int(header.indexOf("STATUS"));
    const int amountEnd = int(header.indexOf("AMOUNT")) + 6;
    const int created = int(header.indexOf("CREATED"));
    for (const QString& line : lines.mid(1)) {
        QVERIFY2(line.mid(status, 4) == "held" && line.at(status - 1) == ' ', qPrintable(line));
        QVERIFY2(line.mid(amountEnd - 4, 4) == " RUB" && line.at(amountEnd) == ' ', qPrintable(line)); // right-aligned
        QVERIFY2(line.at(created).isDigit() && line.at(created - 1) == ' ', qPrintable(line));
    }
    QVERIFY2(r.out.contains("123456.78 RUB") && r.out.contains("  5.00 RUB"), qPrintable(r.out));
    // The same form in a status and in a refusal made before sending (core's message).
    const QString id = heldOrder("50000.00");
    QVERIFY(cli({"status", id}).out.contains("Amount      50000.00 RUB"));
    const Run tooMuch = cli({"capture", id, "--amount", "60000"});
    QCOMPARE(tooMuch.exitCode, 1);
    QVERIFY2(tooMuch.err.contains("60000.00 RUB") && tooMuch.err.contains("50000.00 RUB"), qPrintable(tooMuch.err));
}

// Item 11: `paydesk --help` aborted without a display ("could not load the Qt platform plugin").
void TestCli::appHelpAndVersionWithoutADisplay()
{
    QProcessEnvironment env = m_env;
    for (const char* name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        env.remove(name);
    for (const QStringList& args : {QStringList{"--help"}, QStringList{"--version"}, QStringList{"-h"}}) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PAYDESK_APP_PATH), args);
        QVERIFY(p.waitForFinished(30000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0,
                 qPrintable(QString::fromUtf8(p.readAllStandardError())));
        if (args.first() == "--version")
            QVERIFY2(out.startsWith("paydesk " PAYDESK_VERSION), qPrintable(out));
        else
            QVERIFY2(out.contains("--sandbox") && out.contains("--profile"), qPrintable(out));
    }
}

// Item 12: reminders while the app is closed. `remind` syncs, then a notification server on the
// session bus receives the count and the totals per currency, in the app's language, once per hold.
void TestCli::remindNotifiesOverDBus()
{
    PayDesk::Sandbox::SandboxOptions options;
    options.password = Secret;
    options.holdDays = 1; // every hold is due within 24 hours
    m_sb = std::make_unique<SandboxFixture>(options);
    QVERIFY(m_notifications.serve());
    m_notifications.received.clear();
    addProfile("shop", Secret, {"--hold-days", "1"});
    heldOrder("100.00");
    heldOrder("250.50");
    const Run usd = cli({"--json", "register", "--amount", "42.00", "--currency", "USD", "--order-number",
                         QString("USD-%1").arg(QDateTime::currentMSecsSinceEpoch()), "--return-url",
                         m_sb->baseUrl() + "/shop/return", "--preauth"});
    QVERIFY2(usd.exitCode == 0, qPrintable(usd.err));
    m_sb->pay(usd.json.value("orderId").toString(), "2202205000012424", "05/28", "649");

    Run r = cli({"remind"}); // the cache is empty: the sync brings the holds in
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(m_notifications.received.size(), 1);
    const NotificationServer::Note note = m_notifications.received.first();
    QCOMPARE(note.app, QString("PayDesk"));
    QVERIFY2(note.summary.contains("shop"), qPrintable(note.summary));
    QCOMPARE(note.body, "3 held payments must be captured within 24 hours: 350.50" + QString(Nbsp) + "RUB, 42.00"
                            + QString(Nbsp) + "USD.");
    QVERIFY2(r.out.contains("Reminded: 3 held payments") && r.out.contains("350.50 RUB, 42.00 USD"), qPrintable(r.out));

    // Told once: a second run stays quiet until there is something new, or --again.
    r = cli({"--json", "remind"});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json.value("due").toInt(), 3);
    QCOMPARE(r.json.value("notified").toBool(), false);
    QCOMPARE(r.json.value("dueTotals").toArray().first()["amount"].toString(), QString("350.50"));
    QCOMPARE(m_notifications.received.size(), 1);
    heldOrder("9.50");
    QCOMPARE(cli({"remind"}).exitCode, 0);
    QCOMPARE(m_notifications.received.size(), 2);
    QVERIFY(m_notifications.received.last().body.startsWith("4 held payments"));

    // In the app's language.
    QSettings(m_home + "/config/PayDesk/paydesk.conf", QSettings::IniFormat).setValue("ui/language", "ru");
    QCOMPARE(cli({"remind", "--again"}).exitCode, 0);
    QCOMPARE(m_notifications.received.size(), 3);
    const QString russian = m_notifications.received.last().body;
    QVERIFY2(russian.contains("360,00" + QString(Nbsp) + QChar(0x20bd)) && russian.contains("списать"),
             qPrintable(russian));

    // The desktop's server gone: exit 3 and nothing remembered as told.
    m_notifications.withdraw();
    r = cli({"--json", "remind", "--again"});
    QVERIFY(m_notifications.serve());
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(jsonError(r).value("kind").toString(), QString("notification"));
}

void TestCli::remindIsQuietWhenNothingIsDue()
{
    QVERIFY(m_notifications.serve());
    m_notifications.received.clear();
    addProfile();
    heldOrder("10.00"); // due in 7 days: nothing to say yet
    const Run r = cli({"remind"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains("No holds due within 24 hours."), qPrintable(r.out));
    QVERIFY(m_notifications.received.isEmpty());
}

// Item 10: one export, the same columns as the app's File > Export (tst_main_window checks the same line).
void TestCli::exportColumnsAreTheAppsToo()
{
    addProfile();
    heldOrder("10.00");
    QCOMPARE(cli({"sync"}).exitCode, 0);
    const QString path = m_home + "/orders.csv";
    const Run r = cli({"export", "--csv", path});
    QVERIFY2(r.exitCode == 0 && r.out.contains("Exported 1 orders to " + path), qPrintable(r.out + r.err));
    QFile csv(path);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(csv.readLine().trimmed(), QByteArray(PAYDESK_EXPORT_HEADER));
}

// With a Russian locale (LANG, or LANGUAGE / LC_ALL as gettext reads them) paydesk-cli speaks Russian:
// --help, errors, human output and the gateway's messages; --json stays English and exact.
void TestCli::russianWhenTheLocaleIsRussian()
{
    QProcessEnvironment ru = m_env;
    ru.insert("LANG", "ru_RU.UTF-8");
    const Run help = cli({"--help"}, {}, ru);
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains(QString::fromUtf8("использование: paydesk-cli")), qPrintable(help.out));
    QVERIFY(help.out.contains(QString::fromUtf8("Коды выхода")) && !help.out.contains("Exit codes"));
    const Run commandHelp = cli({"profile", "add", "--help"}, {}, ru);
    QVERIFY2(commandHelp.out.contains(QString::fromUtf8("Адрес шлюза.")), qPrintable(commandHelp.out));
    const Run unknown = cli({"frobnicate"}, {}, ru);
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(QString::fromUtf8("неизвестная команда «frobnicate»")), qPrintable(unknown.err));
    const Run json = cli({"--json", "frobnicate"}, {}, ru);
    QCOMPARE(json.exitCode, 2);
    QCOMPARE(json.json.value("error").toObject().value("message").toString(),
             QString("unknown command \"frobnicate\"; see paydesk-cli --help"));
    QCOMPARE(json.json.value("error").toObject().value("kind").toString(), QString("usage"));
    QProcessEnvironment language = m_env; // LANGUAGE alone decides too
    language.insert("LANGUAGE", "ru");
    QVERIFY(cli({"frobnicate"}, {}, language).err.contains(QString::fromUtf8("неизвестная команда")));
    // The gateway follows: a profile that does not say otherwise gets Russian messages here.
    addProfile("bad", "not-the-password");
    const Run denied = cli({"profile", "test", "bad"}, {}, ru);
    QCOMPARE(denied.exitCode, 1);
    QVERIFY2(denied.err.contains(QString::fromUtf8("Доступ запрещён")), qPrintable(denied.err));
    const Run wrongLanguage =
        cli({"profile", "add", "x", "--url", "https://a.example/", "--user", "u", "--language", "fr"}, "secret\n", ru);
    QCOMPARE(wrongLanguage.exitCode, 2);
    QVERIFY(wrongLanguage.err.contains(QString::fromUtf8("--language принимает ui, ru или en")));
    // The commands of issues 16 and 17 speak Russian too.
    const Run callbackHelp = cli({"callback", "verify", "--help"}, {}, ru);
    QVERIFY2(callbackHelp.out.contains(QString::fromUtf8("Подлинно ли уведомление"))
                 && callbackHelp.out.contains(QString::fromUtf8("Не запрашивать у шлюза"))
                 && !callbackHelp.out.contains("genuine"),
             qPrintable(callbackHelp.out));
    QVERIFY(cli({"receipt", "close", "--help"}, {}, ru).out.contains(QString::fromUtf8("чек закрытия")));
    QVERIFY(cli({"team", "set", "--help"}, {}, ru).out.contains(QString::fromUtf8("Общая база команды")));
    const Run keySet = cli({"profile", "callback-key", "bad"}, "k3y\n", ru);
    QCOMPARE(keySet.exitCode, 0);
    QVERIFY2(keySet.out.contains(QString::fromUtf8("ключ уведомлений сохранён")), qPrintable(keySet.out));
}

// `callback verify` (issue 16, item 3): genuine with the profile's callback key (0), a wrong or missing
// checksum (1), unreadable or nothing to check it with (2); --json's fields; --certificate; --offline.
void TestCli::callbackVerify()
{
    addProfile();
    const QString id = heldOrder("100.00");
    const QString number = m_sb->inspect(id).value("orderNumber").toString();
    const QString signedText =
        QString("amount;10000;mdOrder;%1;operation;approved;orderNumber;%2;status;1;").arg(id, number);
    const QString checksum = QString::fromLatin1(
        QMessageAuthenticationCode::hash(signedText.toUtf8(), "shop-key", QCryptographicHash::Sha256)
            .toHex()
            .toUpper());
    const QString url = QString("https://shop.example/cb?amount=10000&mdOrder=%1&operation=approved&orderNumber=%2"
                                "&status=1&checksum=%3")
                            .arg(id, number, checksum);
    Run r = cli({"--json", "callback", "verify", url});
    QCOMPARE(r.exitCode, 2); // signed, and no key yet
    QVERIFY2(r.json.value("error").toObject().value("message").toString().contains("callback-key"), qPrintable(r.out));
    QCOMPARE(cli({"profile", "callback-key", "demo"}, "shop-key\n").exitCode, 0);

    r = cli({"--json", "callback", "verify", url});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QCOMPARE(r.json.value("genuine").toBool(), true);
    QCOMPARE(r.json.value("orderId").toString(), id);
    QCOMPARE(r.json.value("orderNumber").toString(), number);
    QCOMPARE(r.json.value("operation").toString(), QString("approved"));
    QCOMPARE(r.json.value("status").toString(), QString("held"));
    QCOMPARE(r.json.value("agreement").toString(), QString("agrees"));
    r = cli({"callback", "verify", url});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("Genuine") && r.out.contains("the payment was held") && r.out.contains("agrees"),
             qPrintable(r.out));

    // Genuine whatever the gateway says now: captured since, it has moved on.
    QCOMPARE(cli({"capture", id}).exitCode, 0);
    r = cli({"--json", "callback", "verify", url});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json.value("status").toString(), QString("captured"));
    QCOMPARE(r.json.value("agreement").toString(), QString("moved_on"));

    QString forged = url;
    forged.replace("amount=10000", "amount=1");
    r = cli({"--json", "callback", "verify", forged});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.json.value("genuine").toBool(), false);
    r = cli({"callback", "verify", "--offline", forged});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains("NOT genuine"), qPrintable(r.out));
    QCOMPARE(cli({"callback", "verify", QString(url).remove(QRegularExpression("&checksum=.*$"))}).exitCode, 1);
    QCOMPARE(cli({"callback", "verify", "hello world"}).exitCode, 2);

    // The gateway's certificate instead of the key, offline: the fixture's SHA512withRSA vector.
    QFile fixture(PAYDESK_SPEC_DIR "/fixtures/rbs/callback-rsa-sha512-deposited-cert.json");
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    const QJsonObject vector = QJsonDocument::fromJson(fixture.readAll()).object();
    QTemporaryFile certificate;
    QVERIFY(certificate.open());
    certificate.write(vector.value("x509CertificateBase64Der").toString().toLatin1());
    certificate.close();
    QString query;
    const QJsonObject params = vector.value("params").toObject();
    for (auto it = params.begin(); it != params.end(); ++it)
        query += QString("&%1=%2").arg(it.key(), QString::fromLatin1(QUrl::toPercentEncoding(it.value().toString())));
    r = cli({"--json", "callback", "verify", "--offline", "--certificate", certificate.fileName(), query.mid(1)});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QCOMPARE(r.json.value("genuine").toBool(), true);
    QCOMPARE(r.json.value("operation").toString(), QString("deposited"));
    QVERIFY(r.json.value("status").isNull());
    QCOMPARE(cli({"callback", "verify", "--certificate", "/no/such/file", query.mid(1)}).exitCode, 2);

    QCOMPARE(cli({"profile", "callback-key", "demo"}, "\n").exitCode, 0); // removed
    QCOMPARE(cli({"callback", "verify", url}).exitCode, 2);
}

// `receipt close ORDER` (issue 16, item 4): for a paid order whose receipt at payment was an advance.
void TestCli::receiptClose()
{
    addProfile();
    const QString bundle =
        R"({"cartItems":{"items":[{"positionId":1,"name":"Kettle","quantity":{"value":1,"measure":"0"},)"
        R"("itemAmount":150000,"itemPrice":150000,"itemCode":"K","tax":{"taxType":6},)"
        R"("itemAttributes":{"attributes":[{"name":"paymentMethod","value":"1"}]}}]}})";
    const QString id = m_sb->registerOrder(150000, false, {{"orderBundle", bundle}});
    m_sb->pay(id, "2202205000012424", "05/28", "649");
    Run r = cli({"--json", "receipt", "close", id});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QCOMPARE(r.json.value("operation").toString(), QString("close-receipt"));
    QCOMPARE(r.json.value("result").toString(), QString("done"));
    r = cli({"--json", "receipt", id});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.count("uuid") == 2 || r.array.size() == 2, qPrintable(r.out));
    r = cli({"journal"});
    QVERIFY2(r.out.contains("close-receipt"), qPrintable(r.out));

    const QString held = heldOrder("10.00"); // no cart, only held
    r = cli({"receipt", "close", held});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("Only a paid order"), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCli)
// Issue 18: schemas 9 to 11 rebuild and repack the orders, a minute per million orders: the CLI says so, once.
void TestCli::anOlderCacheIsUpgradedWithANote()
{
    addProfile();
    QVERIFY(!QFileInfo::exists(cachePath()));
    QVERIFY(QDir().mkpath(QFileInfo(cachePath()).absolutePath()));
    {
        PayDesk::OrderStore old;
        QVERIFY(old.open(cachePath(), 8));
    }
    Run r = cli({"sync"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains("Upgrading the order cache"), qPrintable(r.err));
    const QString id = heldOrder("310.00");
    QCOMPARE(cli({"sync"}).exitCode, 0);
    r = cli({"--json", "orders"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(!r.err.contains("Upgrading"), qPrintable(r.err));
    QCOMPARE(r.array.first()["orderId"].toString(), id);
}

#include "tst_cli.moc"
