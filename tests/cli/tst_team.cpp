// Team mode as desks run it: several paydesk-cli processes, each with its own config home and desk name,
// one team database on the throw-away PostgreSQL cluster, one sandbox over HTTP, the real keychain.
#include "core/store/PgMigrations.h"
#include "support/PgFixture.h"
#include "support/SandboxFixture.h"
#include "support/TestSecret.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <algorithm>

#include <csignal>

namespace {
const QString Secret = QString::fromUtf8(PAYDESK_TEST_SECRET);

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json;
    QJsonArray array;
};

// One desk: a config home of its own and a name its journal entries carry.
struct DeskHome
{
    QString name;
    QProcessEnvironment env;
};

int countOf(const QJsonObject& inspected, const QString& type)
{
    int n = 0;
    for (const QJsonValue& op : inspected.value("operations").toArray())
        n += op.toObject().value("type").toString() == type;
    return n;
}
} // namespace

class TestTeam : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void teamSetShowUnset();
    void plainToARemoteHostIsRefused();
    void twoDesksCaptureTheSameHeldOrders();
    void twoDesksRefundOneOrder();
    void killedDeskIsSettledByAnother();

private:
    DeskHome desk(const QString& name, const QString& profile);
    QProcess* start(const DeskHome& d, const QStringList& args);
    Run finish(QProcess* p, int timeoutMs = 120000);
    Run cli(const DeskHome& d, const QStringList& args, const QByteArray& input = {});
    QStringList heldOrders(int n);
    int sqlCount(const QString& sql);

    std::unique_ptr<SandboxFixture> m_sb;
    PayDesk::TeamDatabase m_db;
    QString m_base;
    int m_case = 0;
};

void TestTeam::init()
{
    PayDesk::Sandbox::SandboxOptions options;
    options.password = Secret;
    m_sb = std::make_unique<SandboxFixture>(options);
    m_base = qEnvironmentVariable("XDG_CONFIG_HOME", QDir::tempPath())
             + QStringLiteral("/tst_team/%1-%2").arg(QCoreApplication::applicationPid()).arg(++m_case);
    m_db = PgFixture::freshDatabase();
}

void TestTeam::cleanup()
{
    QSqlDatabase::removeDatabase("team-check");
}

DeskHome TestTeam::desk(const QString& name, const QString& profile)
{
    DeskHome d{name, QProcessEnvironment::systemEnvironment()};
    const QString home = m_base + QLatin1Char('/') + name;
    QDir().mkpath(home);
    d.env.insert("XDG_CONFIG_HOME", home + "/config");
    d.env.insert("XDG_DATA_HOME", home + "/data");
    d.env.insert("XDG_CACHE_HOME", home + "/cache");
    d.env.insert("PAYDESK_DESK", name);
    // Each desk names the same gateway account its own way; the team shares it by URL and login.
    Run r = cli(d,
                {"profile", "add", profile, "--gateway", "rbs", "--url", m_sb->baseUrl() + "/payment/rest/", "--user",
                 "sandbox"},
                Secret.toUtf8() + '\n');
    if (r.exitCode != 0)
        qWarning() << r.err;
    r = cli(d, {"team", "set", profile, "--url", m_db.url()}, PgFixture::password().toUtf8() + '\n');
    if (r.exitCode != 0)
        qWarning() << r.err;
    return d;
}

QProcess* TestTeam::start(const DeskHome& d, const QStringList& args)
{
    auto* p = new QProcess(this);
    p->setProcessEnvironment(d.env);
    p->start(QStringLiteral(PAYDESK_CLI_PATH), args);
    return p;
}

Run TestTeam::finish(QProcess* p, int timeoutMs)
{
    if (p->state() != QProcess::NotRunning) {
        QSignalSpy finished(p, &QProcess::finished);
        if (!finished.wait(timeoutMs)) { // the event loop keeps the in-process sandbox answering
            p->kill();
            p->waitForFinished();
        }
    }
    Run r;
    r.exitCode = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
    r.out = QString::fromUtf8(p->readAllStandardOutput());
    r.err = QString::fromUtf8(p->readAllStandardError());
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8());
    r.json = doc.object();
    r.array = doc.array();
    p->deleteLater();
    return r;
}

Run TestTeam::cli(const DeskHome& d, const QStringList& args, const QByteArray& input)
{
    QProcess* p = start(d, args);
    p->write(input);
    p->closeWriteChannel();
    return finish(p);
}

QStringList TestTeam::heldOrders(int n)
{
    QStringList ids;
    for (int i = 0; i < n; ++i) {
        const QString id = m_sb->registerOrder(10000 + i, true);
        m_sb->pay(id, "2202205000012424", "05/28", "649");
        ids.append(id);
    }
    return ids;
}

int TestTeam::sqlCount(const QString& sql)
{
    QSqlDatabase db = QSqlDatabase::contains("team-check") ? QSqlDatabase::database("team-check")
                                                           : QSqlDatabase::addDatabase("QPSQL", "team-check");
    if (!db.isOpen()) {
        m_db.configure(db, PgFixture::password());
        if (!db.open())
            return -1;
    }
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

void TestTeam::teamSetShowUnset()
{
    PG_REQUIRE(m_db);
    const DeskHome d = desk("desk-1", "shop");
    Run r = cli(d, {"--json", "team", "show", "shop"});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json.value("url").toString(), m_db.url());
    QCOMPARE(r.json.value("schema").toInt(), PayDesk::PgMigrations::latestVersion());
    r = cli(d, {"team", "show", "shop"});
    QVERIFY(r.out.contains(m_db.url()));
    QVERIFY2(!r.out.contains(PgFixture::password()) && !r.err.contains(PgFixture::password()), "the password shows");
    QVERIFY(!QFile::exists(m_base + "/desk-1/data/paydesk/orders.sqlite")); // no local cache was needed
    QVERIFY(QFile(m_base + "/desk-1/config/paydesk/team.ini").open(QIODevice::ReadOnly));
    QFile links(m_base + "/desk-1/config/paydesk/team.ini");
    QVERIFY(links.open(QIODevice::ReadOnly));
    QVERIFY(!links.readAll().contains(PgFixture::password().toUtf8()));
    // No password on standard input: nothing changes.
    QCOMPARE(cli(d, {"team", "set", "shop", "--url", m_db.url()}).exitCode, 2);
    // A wrong password: refused by the server, the profile stays as it was.
    r = cli(d, {"team", "set", "shop", "--url", m_db.url()}, "wrong\n");
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(cli(d, {"--json", "team", "show", "shop"}).json.value("schema").toInt(),
             PayDesk::PgMigrations::latestVersion());
    r = cli(d, {"--json", "team", "unset", "shop"});
    QCOMPARE(r.exitCode, 0);
    r = cli(d, {"--json", "team", "show", "shop"});
    QCOMPARE(r.json.value("team").toBool(), false);
}

void TestTeam::plainToARemoteHostIsRefused()
{
    PG_REQUIRE(m_db);
    const DeskHome d = desk("desk-1", "shop");
    Run r = cli(d, {"team", "set", "shop", "--url", "postgresql://desk@db.example.org:5432/paydesk"}, "pw\n");
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("sslrootcert"), qPrintable(r.err));
    r = cli(d, {"team", "set", "shop", "--url", "postgresql://desk:secret@127.0.0.1/paydesk"}, "pw\n");
    QCOMPARE(r.exitCode, 2);
}

// Two desks capture the same 200 held orders at the same time: each captured exactly once.
void TestTeam::twoDesksCaptureTheSameHeldOrders()
{
    PG_REQUIRE(m_db);
    const QStringList ids = heldOrders(200);
    const DeskHome one = desk("desk-1", "main");
    const DeskHome two = desk("desk-2", "shop");
    QCOMPARE(cli(one, {"sync"}).exitCode, 0);
    QCOMPARE(cli(two, {"--json", "orders", "--held", "--limit", "1000"}).array.size(), 200); // desk 2 shares them
    QProcess* first = start(one, {"--json", "capture", "--all-held", "--yes"});
    QProcess* second = start(two, {"--json", "capture", "--all-held", "--yes"});
    const Run a = finish(first);
    const Run b = finish(second);
    QVERIFY2(a.exitCode == 0 || a.exitCode == 1, qPrintable(a.err));
    QVERIFY2(b.exitCode == 0 || b.exitCode == 1, qPrintable(b.err));
    int deposits = 0;
    for (const QString& id : ids) {
        const int n = countOf(m_sb->inspect(id), "COMPLETION");
        QCOMPARE(n, 1);
        deposits += n;
    }
    QCOMPARE(deposits, 200);
    // The journal says which desk captured which, and each order once.
    const Run journal = cli(two, {"--json", "journal"});
    QMap<QString, int> byDesk;
    QSet<QString> captured;
    for (const QJsonValue& e : journal.array) {
        if (e["state"].toString() != "done")
            continue;
        QVERIFY2(!captured.contains(e["orderId"].toString()), "two done captures for one order");
        captured.insert(e["orderId"].toString());
        ++byDesk[e["desk"].toString()];
    }
    QCOMPARE(captured.size(), 200);
    QCOMPARE(byDesk.value("desk-1") + byDesk.value("desk-2"), 200);
    qInfo("desk-1 captured %d, desk-2 captured %d; %d deposit requests reached the sandbox", byDesk.value("desk-1"),
          byDesk.value("desk-2"), deposits);
    QCOMPARE(sqlCount("SELECT count(*) FROM claims"), 0); // every claim given back
}

// Two desks refund one order at once: one proceeds, the other is refused before sending, with the holder's name.
void TestTeam::twoDesksRefundOneOrder()
{
    PG_REQUIRE(m_db);
    const QString id = heldOrders(1).first();
    const DeskHome one = desk("desk-1", "main");
    const DeskHome two = desk("desk-2", "shop");
    QCOMPARE(cli(one, {"sync"}).exitCode, 0);
    QCOMPARE(cli(one, {"capture", id, "--yes"}).exitCode, 0);
    m_sb->addFault("refund", "delay", 1, 4000); // the first refund takes a while at the gateway
    QProcess* slow = start(one, {"refund", id});
    QTRY_VERIFY_WITH_TIMEOUT(sqlCount("SELECT count(*) FROM claims") == 1, 20000);
    const Run refused = cli(two, {"refund", id});
    const Run done = finish(slow);
    QCOMPARE(done.exitCode, 0);
    QVERIFY(refused.exitCode != 0);
    QVERIFY2(refused.err.contains("Being refunded by ") && refused.err.contains(" on desk-1 since "),
             qPrintable(refused.err));
    QCOMPARE(countOf(m_sb->inspect(id), "REFUND"), 1);
}

// kill -9 of a desk in the middle of a batch: after its claims' lease another desk settles its entries,
// and captures the rest: nothing lost, nothing doubled.
void TestTeam::killedDeskIsSettledByAnother()
{
    PG_REQUIRE(m_db);
    const QStringList ids = heldOrders(60);
    const DeskHome one = desk("desk-1", "main");
    const DeskHome two = desk("desk-2", "shop");
    QCOMPARE(cli(one, {"sync"}).exitCode, 0);
    m_sb->addFault("deposit", "delay", 1000, 150);
    QProcess* batch = start(one, {"--timeout", "1", "capture", "--all-held", "--yes"});
    QElapsedTimer waited;
    waited.start();
    while (sqlCount("SELECT count(*) FROM journal WHERE state = 'done'") < 10 && waited.elapsed() < 60000)
        QTest::qWait(5);
    QVERIFY(waited.elapsed() < 60000);
    // From now on the gateway carries a deposit out and never answers: the first one to arrive is journaled as
    // sent and stays so until the kill (a second), whatever the desk's other flows are doing. (Killing when a
    // "sent" entry was merely seen raced: its answer could already be on its way.)
    m_sb->server().faults().clear();
    m_sb->addFault("deposit", "apply_hang", 1000);
    const auto hung = [this] {
        const QJsonArray rules = m_sb->server().faults().toJson();
        return rules.isEmpty() ? 0 : 1000 - rules.first().toObject().value("count").toInt();
    };
    while (hung() < 1 && waited.elapsed() < 60000)
        QTest::qWait(1);
    QVERIFY(hung() >= 1);
    ::kill(pid_t(batch->processId()), SIGKILL);
    finish(batch);
    m_sb->server().faults().clear();
    const int open = sqlCount("SELECT count(*) FROM journal WHERE state IN ('intent', 'sent', 'unknown')");
    QVERIFY(open >= 1);
    QVERIFY(sqlCount("SELECT count(*) FROM claims") >= 1); // the dead desk's claims, until their lease runs out
    // While the lease lasts, desk 2 leaves desk 1's entry alone; after it, desk 2 settles it.
    QTRY_VERIFY_WITH_TIMEOUT(cli(two, {"--json", "--timeout", "1", "reconcile"}).json.value("stillUnknown").toInt() == 0
                                 && cli(two, {"--json", "journal", "--pending"}).array.isEmpty(),
                             60000);
    // Orders desk 1 had claimed but not yet journaled (its status read before sending) stay claimed until their
    // lease lapses, and desk 2 refuses them until then ("being captured by"): a later run takes them, as a
    // person would. Each order ends captured exactly once.
    const auto everyOrderCaptured = [&] {
        const Run rest = cli(two, {"--json", "capture", "--all-held", "--yes"});
        if (rest.exitCode != 0 && rest.exitCode != 1)
            return false;
        return std::all_of(ids.begin(), ids.end(),
                           [this](const QString& id) { return countOf(m_sb->inspect(id), "COMPLETION") >= 1; });
    };
    QTRY_VERIFY_WITH_TIMEOUT(everyOrderCaptured(), 60000);
    for (const QString& id : ids)
        QCOMPARE(countOf(m_sb->inspect(id), "COMPLETION"), 1);
    QCOMPARE(cli(two, {"--json", "journal", "--pending"}).array.size(), 0);
}

QTEST_GUILESS_MAIN(TestTeam)
#include "tst_team.moc"
