// Team mode between open desks: one syncer per account and changes live across desks. Three Desk
// instances in this process, each on its own PostgreSQL connection (its own session, as on three
// computers: the advisory lock and LISTEN/NOTIFY see three desks), with the app's AutoSync on each.
// In one process the test moves Clock, so "an interval passed" needs no waiting; paydesk-cli has no
// long-running auto-sync to put in three processes. The real sandbox over HTTP counts the listings.
#include "core/gateway/ClientFactory.h"
#include "core/gateway/GatewayClient.h"
#include "core/session/AutoSync.h"
#include "core/session/Desk.h"
#include "core/store/PgOrderStore.h"
#include "core/team/TeamSetup.h"
#include "core/time/Clock.h"
#include "support/PgFixture.h"
#include "support/SandboxFixture.h"
#include "support/TestSecret.h"

#include <QSignalSpy>
#include <QTest>

using namespace PayDesk;

namespace {
const QString Secret = QString::fromUtf8(PAYDESK_TEST_SECRET);
constexpr int IntervalSecs = 60;
} // namespace

struct SyncingDesk;

class TestTeamSync : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void turnsAtOnceListOnce();
    void staggeredTurnsListOncePerInterval();
    void captureReachesTheOtherDesk();

private:
    std::unique_ptr<Desk> openDesk(const QString& user = QStringLiteral("sandbox"));
    SyncingDesk syncingDesk();
    std::vector<SyncingDesk> syncingDesks(int staggerSecs);
    static int finishedSyncs(const std::vector<SyncingDesk>& desks, int* listed);
    int listings();
    QString heldOrder();

    std::unique_ptr<SandboxFixture> m_sb;
    TeamDatabase m_db;
    QDateTime m_now;
};

void TestTeamSync::init()
{
    Sandbox::SandboxOptions options;
    options.password = Secret;
    m_sb = std::make_unique<SandboxFixture>(options);
    m_db = PgFixture::freshDatabase();
    m_now = QDateTime::currentDateTimeUtc();
    Clock::setSource([this] { return m_now; });
}

void TestTeamSync::cleanup()
{
    Clock::setSource({});
    m_sb.reset();
}

std::unique_ptr<Desk> TestTeamSync::openDesk(const QString& user)
{
    auto store = std::make_unique<PgOrderStore>();
    if (!store->open(m_db, PgFixture::password())) {
        qWarning() << store->errorString();
        return nullptr;
    }
    Profile profile;
    profile.gateway = GatewayKind::Rbs;
    profile.url = m_sb->baseUrl() + QStringLiteral("/payment/rest/");
    profile.user = user;
    QString error;
    std::unique_ptr<GatewayClient> client(
        ClientFactory::createWithCredentials(profile, {user, Secret}, 10000, nullptr, &error));
    if (!client)
        return nullptr;
    return std::make_unique<Desk>(std::move(client), std::move(store), TeamSetup::accountOf(profile), user);
}

int TestTeamSync::listings()
{
    return m_sb->http()
        .get(QUrl(m_sb->baseUrl() + QStringLiteral("/sandbox/requests")))
        .json.value("listings")
        .toInt(-1);
}

QString TestTeamSync::heldOrder()
{
    const QString id = m_sb->registerOrder(15000, true);
    m_sb->pay(id, "2202205000012424", "05/28", "649");
    return id;
}

// A desk of the team with the app's AutoSync, its syncDue() wired as MainWindow wires it.
struct SyncingDesk
{
    std::unique_ptr<Desk> desk;
    std::unique_ptr<AutoSync> autoSync;
    std::unique_ptr<QSignalSpy> finished;
};

SyncingDesk TestTeamSync::syncingDesk()
{
    SyncingDesk d{openDesk(), nullptr, nullptr};
    if (!d.desk)
        return d;
    Desk* desk = d.desk.get();
    auto* autoSync = new AutoSync(desk);
    d.autoSync.reset(autoSync);
    autoSync->setIntervalSecs(IntervalSecs);
    autoSync->setTickMSecs(20);
    connect(autoSync, &AutoSync::syncDue, desk, [desk, autoSync] { desk->startSync(autoSync->turnOptions()); });
    d.finished = std::make_unique<QSignalSpy>(desk, &Desk::syncFinished);
    return d;
}

// Three desks, each opened STAGGERSECS of the clock after the one before.
std::vector<SyncingDesk> TestTeamSync::syncingDesks(int staggerSecs)
{
    std::vector<SyncingDesk> desks;
    for (int i = 0; i < 3; ++i) {
        desks.push_back(syncingDesk());
        m_now = m_now.addSecs(staggerSecs);
    }
    return desks;
}

int TestTeamSync::finishedSyncs(const std::vector<SyncingDesk>& desks, int* listed)
{
    int all = 0;
    *listed = 0;
    for (const SyncingDesk& d : desks) {
        all += int(d.finished->count());
        for (const QList<QVariant>& args : *d.finished) {
            const auto report = args.at(0).value<SyncReport>();
            if (!report.succeeded())
                qWarning() << report.error.userMessage();
            *listed += report.succeeded() && report.skipped.isEmpty();
        }
    }
    return all;
}

// Three desks whose turns come at once (opened together): one lists, the others find it listing.
void TestTeamSync::turnsAtOnceListOnce()
{
    PG_REQUIRE(m_db);
    heldOrder();
    const std::vector<SyncingDesk> desks = syncingDesks(0);
    for (const SyncingDesk& d : desks)
        QVERIFY(d.desk);
    QCOMPARE(listings(), 0);
    int listed = 0;
    for (int interval = 1; interval <= 4; ++interval) {
        m_now = m_now.addSecs(IntervalSecs); // every desk's turn comes
        QTRY_COMPARE_WITH_TIMEOUT(finishedSyncs(desks, &listed), 3 * interval, 30000);
        QCOMPARE(listed, interval);     // one desk listed, the others read the shared cache
        QCOMPARE(listings(), interval); // and the gateway saw that one listing
    }
    for (const SyncingDesk& d : desks)
        QCOMPARE(d.desk->count(Desk::filterOf(DeskView::NeedsCapture)), 1);
}

// Three desks opened 20 s apart: each turn comes alone, finds the lock free and the account synced
// within the interval by another desk, and only reads the shared cache.
void TestTeamSync::staggeredTurnsListOncePerInterval()
{
    PG_REQUIRE(m_db);
    heldOrder();
    const std::vector<SyncingDesk> desks = syncingDesks(IntervalSecs / 3);
    for (const SyncingDesk& d : desks)
        QVERIFY(d.desk);
    int listed = 0;
    for (int turn = 1; turn <= 12; ++turn) {
        QTRY_COMPARE_WITH_TIMEOUT(finishedSyncs(desks, &listed), turn, 30000); // one desk's turn came
        if (turn % 3 == 0) {
            QCOMPARE(listed, turn / 3);
            QCOMPARE(listings(), turn / 3);
        }
        m_now = m_now.addSecs(IntervalSecs / 3);
    }
    qInfo("3 desks, 4 intervals: %d listings reached the sandbox", listings());
}

// Desk A captures an order; desk B, open on the same account, hears of it and reads it captured.
void TestTeamSync::captureReachesTheOtherDesk()
{
    PG_REQUIRE(m_db);
    const QString id = heldOrder();
    std::unique_ptr<Desk> a = openDesk();
    std::unique_ptr<Desk> b = openDesk();
    std::unique_ptr<Desk> other = openDesk(QStringLiteral("another-login")); // another account
    QVERIFY(a && b && other);
    QSignalSpy bChanged(b.get(), &Desk::ordersChanged);
    QSignalSpy otherChanged(other.get(), &Desk::ordersChanged);
    QSignalSpy synced(a.get(), &Desk::syncFinished);
    a->startSync();
    QVERIFY(synced.wait(30000));
    QTRY_VERIFY_WITH_TIMEOUT(bChanged.count() > 0, 2000); // A's sync reached B
    QCOMPARE(b->order(id)->status, OrderStatus::Held);

    bChanged.clear();
    OperationJob* capture = a->capture(id);
    QSignalSpy captured(capture, &OperationJob::finished);
    QVERIFY(captured.wait(30000));
    QCOMPARE(capture->result().outcome, OperationResult::Outcome::Done);
    QTRY_VERIFY_WITH_TIMEOUT(bChanged.count() > 0, 2000);
    QCOMPARE(b->order(id)->status, OrderStatus::Captured);
    QCOMPARE(otherChanged.count(), 0); // another account's desk ignores them
}

QTEST_GUILESS_MAIN(TestTeamSync)
#include "tst_team_sync.moc"
