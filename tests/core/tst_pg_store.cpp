// PgOrderStore on a real PostgreSQL (the throw-away cluster of tests/run-headless.sh): migrations from
// every older schema, upserts that never move an order backwards, the journal on the team database, and
// search and list answers equal to the SQLite cache's for the same orders.
#include "core/model/OrderCodec.h"
#include "core/store/OperationJournal.h"
#include "core/store/OrderStore.h"
#include "core/store/PgMigrations.h"
#include "core/store/PgOrderStore.h"
#include "core/store/SearchWords.h"
#include "support/PgFixture.h"

#include <QSqlError>
#include <QTemporaryDir>

#include <atomic>
#include <thread>

using namespace PayDesk;

namespace {
const QString Account = QStringLiteral("https://pay.example/payment|shop-api");
const QDateTime Base = QDateTime(QDate(2026, 11, 1), QTime(10, 0), Qt::UTC);

// The shared data set: numbers, e-mails, descriptions in Latin (with diacritics), Cyrillic, digits and
// punctuation, so that both engines split and fold words in every way orders have them.
Order sample(int n)
{
    static const QStringList Names = {QStringLiteral("ivan"), QStringLiteral("anna.petrova"), QStringLiteral("o'brien"),
                                      QStringLiteral("buyer_7"), QStringLiteral("Zoë")};
    static const QStringList Things = {
        QStringLiteral("Кофе в зёрнах, 1 кг"), QStringLiteral("Café crème x2"),
        QStringLiteral("Йогурт натуральный"),  QStringLiteral("Book: \"Qt 6\" (2nd ed.)"),
        QStringLiteral("Подписка 12-мес"),     QStringLiteral("naïve-art poster 50%")};
    static const OrderStatus Statuses[] = {OrderStatus::Held,     OrderStatus::Captured, OrderStatus::Created,
                                           OrderStatus::Refunded, OrderStatus::Reversed, OrderStatus::Declined};
    Order o;
    o.gateway = GatewayKind::Rbs;
    o.orderId = QStringLiteral("%1-0000-4000-8000-%2")
                    .arg(n * 7919 % 100000, 8, 16, QLatin1Char('0'))
                    .arg(n, 12, 10, QLatin1Char('0'));
    o.orderNumber = (n % 3 ? QStringLiteral("SHOP-%1") : QStringLiteral("web/%1")).arg(n);
    o.status = Statuses[n % 6];
    o.amount = Money(1000 + (n * 37 % 900) * 100, n % 7 ? Currency::rub() : Currency::fromCode(QStringLiteral("USD")));
    o.created = Base.addSecs(n * 3600);
    o.description = Things.at(n % Things.size()) + QStringLiteral(" #%1").arg(n);
    o.email =
        Names.at(n % Names.size()).toLower()
        + QStringLiteral("%1@%2").arg(n % 4).arg(n % 2 ? QStringLiteral("mail.ru") : QStringLiteral("example.com"));
    if (o.status != OrderStatus::Created) {
        o.card.maskedPan = QStringLiteral("411111**%1").arg(1000 + n % 50);
        o.approved = o.amount;
    }
    if (o.status == OrderStatus::Held)
        o.deadline = Base.addDays(30).addSecs(n * 60);
    if (o.status == OrderStatus::Captured || o.status == OrderStatus::Refunded)
        o.captured = o.amount;
    if (o.status == OrderStatus::Refunded)
        o.refunded = o.amount;
    o.raw = QJsonObject{{QStringLiteral("n"), n}};
    return o;
}

// Order N as one desk writes it in ROUND: held at first, then half of them captured, then a third of those
// refunded a little more each round (every round changes every row).
Order moved(int n, int round)
{
    Order o = sample(6 * n); // held
    o.amount = Money(100000, Currency::rub());
    o.approved = o.amount;
    o.raw = QJsonObject{{QStringLiteral("round"), round}};
    if (round >= 20 && n % 2) {
        o.status = OrderStatus::Captured;
        o.captured = o.amount;
    }
    if (round >= 40 && n % 6 == 1) {
        o.status = OrderStatus::PartlyRefunded;
        o.refunded = Money(round, Currency::rub());
    }
    if (o.status == OrderStatus::Held)
        o.captured = Money(round / 10, Currency::rub()); // less held, round by round
    return o;
}

OrderFilter statusFilter(OrderStatus status)
{
    OrderFilter f;
    f.statuses = {status};
    return f;
}

QStringList idsOf(const QList<OrderSummary>& rows)
{
    QStringList ids;
    for (const OrderSummary& r : rows)
        ids.append(r.orderId);
    return ids;
}

// How far order_words is from the words of the orders' tsvectors: its rows that are no word of an order,
// and the orders' words it misses (0 when exact); -1 when it could not be read.
int wordsOffBy(const QSqlDatabase& db)
{
    const QString words =
        QStringLiteral("SELECT o.profile, w.lexeme COLLATE \"C\", o.id FROM orders o, unnest(o.words) w");
    const QString table = QStringLiteral("SELECT profile, word, id FROM order_words");
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM (%1 EXCEPT ALL %2) a) + "
                               "(SELECT count(*) FROM (%2 EXCEPT ALL %1) b), (SELECT count(*) FROM order_words)")
                    .arg(words, table))
        || !q.next())
        return -1;
    return q.value(1).toInt() > 0 ? q.value(0).toInt() : -1; // no words at all is no proof
}

// Orders for counting words: a word in most orders, two words of one order that one search word
// begins ("jack": jacket and jackets), and a word that begins gateway ids too.
QList<Order> wordOrders()
{
    static const QStringList Descriptions = {QStringLiteral("Jacket jackets"), QStringLiteral("Jacket, blue"),
                                             QStringLiteral("tea"), QStringLiteral("jackpot tea")};
    QList<Order> orders;
    for (int n = 1; n <= 120; ++n) {
        Order o = sample(n);
        o.description = Descriptions.at(n % 4);
        if (n % 10 == 0)
            o.orderId = QStringLiteral("ab12") + o.orderId.mid(4);
        if (n % 7 == 0)
            o.description += QStringLiteral(" AB12cd");
        orders.append(o);
    }
    return orders;
}
} // namespace

class TestPgStore : public QObject
{
    Q_OBJECT
private slots:
    void searchWordsSplitAsFts5()
    {
        QCOMPARE(SearchWords::words(QStringLiteral("Ivan.Petrov@Mail.ru")),
                 (QStringList{QStringLiteral("ivan"), QStringLiteral("petrov"), QStringLiteral("mail"),
                              QStringLiteral("ru")}));
        QCOMPARE(SearchWords::words(QStringLiteral("Café naïve ёлка Йогурт")),
                 (QStringList{QStringLiteral("cafe"), QStringLiteral("naive"), QStringLiteral("ёлка"),
                              QStringLiteral("йогурт")}));
        QCOMPARE(SearchWords::tsQuery(QStringLiteral("ivan@mail  4242")),
                 QStringLiteral("('ivan' <-> 'mail':*) & '4242':*"));
        QCOMPARE(SearchWords::tsQuery(QStringLiteral("%%")), QString());
    }

    void migratesFromEveryOlderVersion()
    {
        for (int from = 1; from < PgMigrations::latestVersion(); ++from) {
            const TeamDatabase db = PgFixture::freshDatabase();
            PG_REQUIRE(db);
            {
                PgOrderStore old;
                QVERIFY2(old.open(db, PgFixture::password(), from), qPrintable(old.errorString()));
                QCOMPARE(old.schemaVersion(), from);
                QVERIFY(old.upsert(Account, {sample(1)}).ok());
            }
            PgOrderStore store;
            QVERIFY2(store.open(db, PgFixture::password()), qPrintable(store.errorString()));
            QCOMPARE(store.schemaVersion(), PgMigrations::latestVersion());
            const auto kept = store.order(Account, sample(1).orderId);
            QVERIFY(kept.ok() && kept.value);
            QCOMPARE(kept.value->orderNumber, sample(1).orderNumber);
            // Schema 5: every sort of the list has its index, in the list's order.
            QSqlQuery indexes(store.database());
            QVERIFY(indexes.exec(QStringLiteral("SELECT count(*) FROM pg_indexes WHERE tablename = 'orders' "
                                                "AND (indexname LIKE 'orders\\_sort\\_%' OR indexdef LIKE '%, id)')"))
                    && indexes.next());
            QCOMPARE(indexes.value(0).toInt(), 8);
            // Schema 6: the orders already there are counted.
            QCOMPARE(store.count(Account, {}).value, 1);
            QCOMPARE(store.count(Account, statusFilter(sample(1).status)).value, 1);
            // Schema 7: their words are in the words' table.
            QCOMPARE(wordsOffBy(store.database()), 0);
        }
    }

    // Upgrading a team database to schema 6 and 7 lets the desks' role (which writes orders) keep their counts
    // and words.
    void upgradeGrantsTheCountsToTheDesksRole()
    {
        const TeamDatabase db = PgFixture::freshDatabase();
        PG_REQUIRE(db);
        const QString role = db.name + QStringLiteral("_desk");
        {
            PgOrderStore old;
            QVERIFY2(old.open(db, PgFixture::password(), 5), qPrintable(old.errorString()));
        }
        QVERIFY(PgFixture::admin(db.name, QStringLiteral("CREATE ROLE %1").arg(role)));
        QVERIFY(PgFixture::admin(db.name, QStringLiteral("GRANT SELECT, INSERT, UPDATE ON orders TO %1").arg(role)));
        PgOrderStore store;
        QVERIFY2(store.open(db, PgFixture::password()), qPrintable(store.errorString()));
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("SELECT has_table_privilege('%1', 'order_counts', 'INSERT'), "
                                      "has_table_privilege('%1', 'order_days', 'DELETE'), "
                                      "has_table_privilege('%1', 'order_words', 'INSERT'), "
                                      "has_table_privilege('%1', 'order_words', 'DELETE')")
                           .arg(role))
                && q.next());
        QVERIFY(q.value(0).toBool());
        QVERIFY(q.value(1).toBool());
        QVERIFY(q.value(2).toBool()); // schema 7: the words' triggers write as the desk
        QVERIFY(q.value(3).toBool());
    }

    // Two desks write the same account's orders at once, overlapping and each moving the orders on, while
    // each folds the count rows now and then: no deadlock, and every count and hold total stays exact.
    void countsStayExactWithTwoDesksWriting()
    {
        const TeamDatabase db = PgFixture::freshDatabase();
        PG_REQUIRE(db);
        { // the schema, before the desks race to create it
            PgOrderStore store;
            QVERIFY2(store.open(db, PgFixture::password()), qPrintable(store.errorString()));
        }
        std::atomic<int> failures{0};
        const auto desk = [&](int first) {
            PgOrderStore store;
            if (!store.open(db, PgFixture::password()))
                ++failures;
            for (int round = 0; round < 70 && failures == 0; ++round) {
                QList<Order> batch;
                for (int n = first; n < first + 60; ++n)
                    batch.append(moved(n, round));
                if (!store.upsert(Account, batch).ok())
                    ++failures;
            }
        };
        std::thread a(desk, 0);
        std::thread b(desk, 30); // orders 30 to 59 written by both
        a.join();
        b.join();
        QCOMPARE(failures.load(), 0);
        PgOrderStore store;
        QVERIFY(store.open(db, PgFixture::password()));
        QSqlQuery q(store.database());
        QCOMPARE(store.count(Account, {}).value, 90);
        for (const OrderStatus s : {OrderStatus::Held, OrderStatus::Captured, OrderStatus::PartlyRefunded}) {
            QVERIFY(
                q.exec(QStringLiteral("SELECT count(*) FROM orders WHERE status = '%1'").arg(OrderStatusText::key(s)))
                && q.next());
            QVERIFY(q.value(0).toInt() > 0);
            QCOMPARE(store.count(Account, statusFilter(s)).value, q.value(0).toInt());
        }
        QVERIFY(q.exec(QStringLiteral("SELECT sum(approved - captured) FROM orders WHERE status = 'held'"))
                && q.next());
        OrderFilter held = statusFilter(OrderStatus::Held);
        QCOMPARE(store.totals(Account, held, TotalOf::Held).value,
                 QList<Money>{Money(q.value(0).toLongLong(), Currency::rub())});
        QCOMPARE(wordsOffBy(store.database()), 0);
        QVERIFY(store.compactCounts(Account));
        QCOMPARE(store.count(Account, {}).value, 90);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM order_counts")) && q.next());
        QCOMPARE(q.value(0).toInt(), 3); // folded: one row per status and currency
    }

    // A page deep in all orders by date starts at its day (from the day counts): the same rows as
    // reading the whole offset, newest or oldest first.
    void deepPageSkipsByDays()
    {
        const TeamDatabase db = PgFixture::freshDatabase();
        PG_REQUIRE(db);
        PgOrderStore store;
        QVERIFY2(store.open(db, PgFixture::password()), qPrintable(store.errorString()));
        QList<Order> orders;
        for (int n = 0; n < 21000; ++n) {
            Order o = sample(n);
            o.created = Base.addSecs(n * 600 - (n % 5) * 86400); // days out of order, and ties
            orders.append(o);
        }
        QVERIFY(store.upsert(Account, orders).ok());
        QSqlQuery q(store.database());
        for (const Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
            for (const int offset : {20000, 20500, 20990, 21000}) {
                OrderFilter all;
                all.sortOrder = order;
                const QString direction = order == Qt::DescendingOrder ? QStringLiteral("DESC") : QStringLiteral("ASC");
                QVERIFY(
                    q.exec(QStringLiteral("SELECT order_id FROM orders ORDER BY created %1, id %1 LIMIT 200 OFFSET %2")
                               .arg(direction)
                               .arg(offset)));
                QStringList expected;
                while (q.next())
                    expected.append(q.value(0).toString());
                QCOMPARE(idsOf(store.orders(Account, all, offset, 200).value), expected);
            }
        }
    }

    void upsertNeverMovesBackwards()
    {
        const TeamDatabase db = PgFixture::freshDatabase();
        PG_REQUIRE(db);
        PgOrderStore store;
        QVERIFY2(store.open(db, PgFixture::password()), qPrintable(store.errorString()));
        Order held = sample(6); // held
        QCOMPARE(held.status, OrderStatus::Held);
        Order captured = held;
        captured.status = OrderStatus::Captured;
        captured.captured = captured.amount;
        QCOMPARE(store.upsert(Account, {held, captured}).value, 1); // one row, the one further along
        QCOMPARE(store.upsert(Account, {held}).value, 0);           // a stale answer changes nothing
        QCOMPARE(store.order(Account, held.orderId).value->status, OrderStatus::Captured);
        QCOMPARE(store.upsert(Account, {captured}).value, 0); // the same answer again: no change
        QCOMPARE(store.count(Account, {}).value, 1);
        QCOMPARE(store.count(QStringLiteral("another account"), {}).value, 0);
    }

    void journalOnTheTeamDatabase()
    {
        const TeamDatabase db = PgFixture::freshDatabase();
        PG_REQUIRE(db);
        PgOrderStore store;
        QVERIFY2(store.open(db, PgFixture::password()), qPrintable(store.errorString()));
        OperationJournal journal(store.database());
        const StoreResult<qint64> first = journal.begin(Account, OperationKind::Capture, sample(6), sample(6).amount);
        const StoreResult<qint64> second = journal.begin(Account, OperationKind::Refund, sample(7), sample(7).amount);
        QVERIFY2(first.ok(), qPrintable(first.error.userMessage()));
        QVERIFY(second.value > first.value);
        QVERIFY(!journal.markSent(first.value).isError());
        QVERIFY(journal.finish(first.value, JournalEntry::State::Done, QStringLiteral("answer"), {}, {}).value);
        const auto entries = journal.entries(Account);
        QCOMPARE(entries.value.size(), 2);
        QCOMPARE(entries.value.first().state, JournalEntry::State::Done);
        QCOMPARE(entries.value.first().operatorName, OperationJournal::currentOperator());
        QCOMPARE(entries.value.first().host, OperationJournal::currentHost());
        QVERIFY(!entries.value.first().host.isEmpty());
        QCOMPARE(journal.openCount(Account).value, 1);
        // Rows are never deleted, not even by the database's owner.
        QSqlQuery q(store.database());
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM journal")));
        QVERIFY(q.lastError().text().contains(QLatin1String("append-only")));
        QCOMPARE(journal.entries(Account).value.size(), 2);
    }

    // Every write keeps order_words exactly the words of the orders' tsvectors: new orders, orders whose
    // words change, orders that only move on (their words stay), deleted orders.
    void wordsStayExactThroughWrites()
    {
        const TeamDatabase db = PgFixture::freshDatabase();
        PG_REQUIRE(db);
        PgOrderStore store;
        QVERIFY2(store.open(db, PgFixture::password()), qPrintable(store.errorString()));
        QList<Order> orders = wordOrders();
        QCOMPARE(store.upsert(Account, orders).value, 120);
        QCOMPARE(wordsOffBy(store.database()), 0);
        for (int i = 0; i < orders.size(); ++i) {
            Order& o = orders[i];
            if (i % 3 == 0)
                o.description = QStringLiteral("Сапоги %1").arg(i); // new words
            o.raw = QJsonObject{{QStringLiteral("changed"), i}};    // every row written again
        }
        QCOMPARE(store.upsert(Account, orders).value, 120);
        QCOMPARE(store.upsert(QStringLiteral("another account"), orders.mid(0, 10)).value, 10);
        QCOMPARE(wordsOffBy(store.database()), 0);
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM orders WHERE id % 5 = 0")));
        QVERIFY(q.numRowsAffected() > 0);
        QCOMPARE(wordsOffBy(store.database()), 0);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM orders WHERE profile = '%1' AND description LIKE 'Сапоги%'")
                           .arg(Account))
                && q.next());
        QVERIFY(q.value(0).toInt() > 0 && q.value(0).toInt() < 40); // 40 written, some deleted
        OrderFilter boots;
        boots.text = QStringLiteral("сапог");
        QCOMPARE(store.count(Account, boots).value, q.value(0).toInt());
    }

    // A search's count, read from the words' index, equals SQLite's and the plain scan of the orders (the
    // same search with a condition that holds for every order, which the words' index cannot answer).
    void wordCountsEqualSqliteAndThePlainScan()
    {
        const TeamDatabase db = PgFixture::freshDatabase();
        PG_REQUIRE(db);
        PgOrderStore pg;
        QVERIFY2(pg.open(db, PgFixture::password()), qPrintable(pg.errorString()));
        OrderStore lite;
        QVERIFY(m_dir.isValid());
        QVERIFY(lite.open(m_dir.filePath(QStringLiteral("words.sqlite"))));
        QCOMPARE(pg.upsert(Account, wordOrders()).value, 120);
        QCOMPARE(lite.upsert(Account, wordOrders()).value, 120);
        const QList<std::pair<QString, int>> expected = {
            {QStringLiteral("jacket"), 60},   // n % 4 == 0 or 1
            {QStringLiteral("jack"), 90},     // jacket and jackets counted once, and jackpot
            {QStringLiteral("JACK tea"), 30}, // two words: jackpot tea
            {QStringLiteral("ab12"), 28},     // 17 by a word, 12 by the gateway id, 1 by both
            {QStringLiteral("ab12 jackets"), 4}, {QStringLiteral("zzz"), 0},
        };
        for (const auto& [text, count] : expected) {
            OrderFilter search;
            search.text = text;
            OrderFilter plain = search;
            plain.minAmount = 0;
            QCOMPARE(pg.count(Account, search).value, count);
            QCOMPARE(lite.count(Account, search).value, count);
            QCOMPARE(pg.count(Account, plain).value, count);
        }
        // The count is the words' index's: without its rows, only the gateway ids are left.
        QSqlQuery q(pg.database());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM order_words")));
        OrderFilter search;
        search.text = QStringLiteral("ab12");
        QCOMPARE(pg.count(Account, search).value, 12);
    }

    void answersEqualSqlite_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        const char* const Texts[] = {
            "",        "ivan",    "IVAN", "anna",    "petrova", "anna.pet", "ivan1@mail",      "ivan0@example.c",
            "zoë",     "zoe",     "кофе", "зёрн",    "зерн",    "йог",      "йогурт натур",    "cafe",
            "CAFÉ cr", "naive",   "art",  "1010",    "1049",    "SHOP-1",   "shop 12",         "web",
            "web/3",   "12-мес",  "мес",  "o'brien", "brien",   "buyer_7",  "buyer",           "50%",
            "%",       "_",       "qt 6", "2nd",     "00000",   "0001",     "nothing-like-it", "@",
            "mail.ru", "@mail.ru"};
        for (const char* text : Texts) {
            QTest::addRow("%s by created", text)
                << QString::fromUtf8(text) << int(OrderColumn::Created) << int(Qt::DescendingOrder);
            QTest::addRow("%s by email", text)
                << QString::fromUtf8(text) << int(OrderColumn::Email) << int(Qt::AscendingOrder);
            QTest::addRow("%s by description", text)
                << QString::fromUtf8(text) << int(OrderColumn::Description) << int(Qt::DescendingOrder);
            QTest::addRow("%s by number", text)
                << QString::fromUtf8(text) << int(OrderColumn::OrderNumber) << int(Qt::AscendingOrder);
        }
    }

    // The same orders in both engines, the same questions: the same answers, in the same order.
    void answersEqualSqlite()
    {
        QFETCH(QString, text);
        QFETCH(int, column);
        QFETCH(int, order);
        initEngines();
        QVERIFY(m_pg);
        OrderFilter filter;
        filter.text = text;
        filter.sortColumn = OrderColumn(column);
        filter.sortOrder = Qt::SortOrder(order);
        const auto lite = m_sqlite->orders(Account, filter, 0, 1000);
        const auto team = m_pg->orders(Account, filter, 0, 1000);
        QVERIFY2(team.ok(), qPrintable(team.error.userMessage()));
        QCOMPARE(idsOf(team.value), idsOf(lite.value));
        QCOMPARE(m_pg->count(Account, filter).value, m_sqlite->count(Account, filter).value);
        QCOMPARE(m_pg->totals(Account, filter, TotalOf::Amount).value,
                 m_sqlite->totals(Account, filter, TotalOf::Amount).value);
        if (text == QLatin1String("ivan"))
            QVERIFY(!lite.value.isEmpty()); // the data set does answer
    }

    void viewsEqualSqlite()
    {
        initEngines();
        QVERIFY(m_pg);
        OrderFilter held;
        held.statuses = {OrderStatus::Held};
        held.sortColumn = OrderColumn::Deadline;
        OrderFilter refunds;
        refunds.statuses = {OrderStatus::Refunded, OrderStatus::Reversed};
        refunds.minAmount = 20000;
        refunds.createdFrom = Base.addDays(3);
        OrderFilter statuses; // merged from each status's run of the index
        statuses.statuses = {OrderStatus::Refunded, OrderStatus::Reversed, OrderStatus::Held};
        for (const OrderFilter& f : {held, refunds, statuses}) {
            QCOMPARE(idsOf(m_pg->orders(Account, f, 5, 20).value), idsOf(m_sqlite->orders(Account, f, 5, 20).value));
            QCOMPARE(idsOf(m_pg->orders(Account, f, 0, 1000).value),
                     idsOf(m_sqlite->orders(Account, f, 0, 1000).value));
            QCOMPARE(m_pg->totals(Account, f, TotalOf::Held).value, m_sqlite->totals(Account, f, TotalOf::Held).value);
        }
        QCOMPARE(m_pg->heldAmounts(Account).value.size(), m_sqlite->heldAmounts(Account).value.size());
        QCOMPARE(m_pg->activeOrderIds(Account, Base).value.size(),
                 m_sqlite->activeOrderIds(Account, Base).value.size());
    }

private:
    void initEngines()
    {
        if (m_pg)
            return;
        QList<Order> orders;
        for (int n = 1; n <= 400; ++n)
            orders.append(sample(n));
        QVERIFY(m_dir.isValid());
        m_sqlite = std::make_unique<OrderStore>();
        QVERIFY(m_sqlite->open(m_dir.filePath(QStringLiteral("orders.sqlite"))));
        QCOMPARE(m_sqlite->upsert(Account, orders).value, 400);
        const TeamDatabase db = PgFixture::freshDatabase();
        PG_REQUIRE(db);
        auto pg = std::make_unique<PgOrderStore>();
        QVERIFY2(pg->open(db, PgFixture::password()), qPrintable(pg->errorString()));
        QCOMPARE(pg->upsert(Account, orders).value, 400);
        m_pg = std::move(pg);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<OrderStore> m_sqlite;
    std::unique_ptr<PgOrderStore> m_pg;
};

QTEST_GUILESS_MAIN(TestPgStore)
#include "tst_pg_store.moc"
