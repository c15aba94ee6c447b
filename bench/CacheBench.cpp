// The order cache's figures. Prints "name value unit" lines.
//   bench_cache sync N DIR    sandbox with N orders: fetch-only rate, raw insert rate, full and
//                             incremental OrderSync into DIR
//   bench_cache generate N DB a synthetic N-order cache (skipped when DB already holds N)
//   bench_cache query DB      open + first page of each view, every query kind, peak memory
//   bench_cache pg-sync N     the same sync into PostgreSQL (PGHOST...), its limit by multi-row upsert and COPY
//   bench_cache pg-generate N a synthetic N-order team database (COPY, then the indexes)
//   bench_cache pg-query      the query figures on it
#include "core/gateway/rbs/RbsClient.h"
#include "core/model/OrderCodec.h"
#include "core/store/OrderStore.h"
#include "core/store/PgOrderStore.h"
#include "core/store/PgOrderWords.h"
#include "core/sync/OrderSync.h"

#include "BenchSupport.h"
#include "PgBulk.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <utility>

using namespace PayDesk;

namespace {
const QString Profile = BenchProfile;
const QString PgCache = QStringLiteral("paydesk_bench_cache");

template <typename Job>
void waitFor(Job* job)
{
    job->setAutoDelete(false);
    if (!job->isFinished())
        QSignalSpy(job, &GatewayJob::finished).wait(600000);
}

// The sandbox with N orders and a client of it.
struct Sandbox
{
    QProcess process;
    std::unique_ptr<RbsClient> client;

    bool start(int orders)
    {
        process.start(QStringLiteral(PAYDESK_SANDBOX_PATH), {QStringLiteral("--seed-orders"), QString::number(orders)});
        if (!process.waitForReadyRead(120000)) {
            std::fprintf(stderr, "sandbox did not start\n");
            return false;
        }
        RbsSettings settings;
        settings.baseUrl = QUrl(QString::fromUtf8(process.readLine().trimmed()) + QStringLiteral("/payment/rest/"));
        client = std::make_unique<RbsClient>(settings);
        client->setCredentials({QStringLiteral("sandbox"), QStringLiteral("sandbox"), {}});
        return true;
    }
    ~Sandbox()
    {
        process.kill();
        process.waitForFinished();
    }
};

// CPU seconds of this process and the sandbox (SANDBOX_PID) together: on a machine shared with other work, a run
// gets a share of the CPU, and the sync's ratio to a limit can reach no more than the ratio of their CPU times.
double cpuNow(qint64 sandboxPid)
{
    return cpuSeconds() + cpuSeconds(sandboxPid);
}

// A full sync of the sandbox's ORDERS orders into STORE, then an incremental one.
bool timeSync(RbsClient* client, qint64 sandboxPid, OrderCache* store, int orders)
{
    QElapsedTimer timer;
    OrderSync sync(client, store, Profile);
    qint64 listedAt = 0;
    QObject::connect(&sync, &OrderSync::progress, [&](const SyncProgress& p) {
        if (p.phase == SyncProgress::Phase::Refreshing && listedAt == 0)
            listedAt = timer.nsecsElapsed();
    });
    QSignalSpy done(&sync, &OrderSync::finished);
    const double cpuAt = cpuNow(sandboxPid);
    timer.restart();
    sync.start();
    done.wait(600000);
    const double syncSecs = timer.nsecsElapsed() / 1e9;
    figure("sync_full_cpu", cpuNow(sandboxPid) - cpuAt, "s");
    if (!sync.report().succeeded()) {
        std::fprintf(stderr, "sync failed: %s\n", qPrintable(sync.report().error.userMessage()));
        return false;
    }
    figure("sync_full_total", syncSecs, "s");
    figure("sync_full_listing_phase", listedAt / 1e9, "s");
    figure("sync_full_refresh_phase", syncSecs - listedAt / 1e9, "s");
    figure("sync_full_refreshed_open_orders", sync.report().progress.refreshDone, "orders");
    figure("sync_full_rate", orders / syncSecs, "orders/s");
    figure("sync_listing_rate", orders / (listedAt / 1e9), "orders/s");
    figure("sync_stored_orders", store->count(Profile, {}).value, "orders");

    done.clear();
    timer.restart();
    sync.start();
    done.wait(600000);
    figure("sync_incremental_total", timer.nsecsElapsed() / 1e9, "s");
    figure("sync_incremental_changed", sync.report().changed, "orders");
    figure("sync_incremental_refreshed_open_orders", sync.report().progress.refreshDone, "orders");
    figure("sync_peak_rss", peakRssKb() / 1024.0, "MB");
    return true;
}

// Limit 1: the gateway, every page fetched and parsed, nothing stored. Gives the orders back.
QList<Order> fetchLimit(RbsClient* client, qint64 sandboxPid, int orders)
{
    const QDateTime from = QDateTime::currentDateTimeUtc().addDays(-90);
    const QDateTime to = QDateTime::currentDateTimeUtc().addSecs(600);
    QElapsedTimer timer;
    const double cpuAt = cpuNow(sandboxPid);
    timer.start();
    OrderListJob* list = client->listOrders(from, to);
    waitFor(list);
    const double fetchSecs = timer.nsecsElapsed() / 1e9;
    const QList<Order> fetched = list->orders();
    if (!list->succeeded() || fetched.size() != orders) {
        std::fprintf(stderr, "fetch failed: %s (%lld orders)\n", qPrintable(list->error().userMessage()),
                     qint64(fetched.size()));
        delete list;
        return {};
    }
    delete list;
    figure("limit_gateway_fetch_only", fetched.size() / fetchSecs, "orders/s");
    figure("limit_gateway_fetch_only_cpu", cpuNow(sandboxPid) - cpuAt, "s");

    timer.restart();
    qint64 bytes = 0;
    for (const Order& o : fetched)
        bytes += OrderCodec::encode(o).size();
    figure("encode_only", fetched.size() / (timer.nsecsElapsed() / 1e9), "orders/s");
    figure("encoded_bytes_per_order", double(bytes) / fetched.size(), "B");
    return fetched;
}

int syncBench(int orders, const QString& dir)
{
    Sandbox sandbox;
    if (!sandbox.start(orders))
        return 1;
    QDir(dir).removeRecursively();
    QDir().mkpath(dir);
    {
        OrderStore store;
        store.open(dir + QStringLiteral("/sync.sqlite"));
        if (!timeSync(sandbox.client.get(), sandbox.process.processId(), &store, orders))
            return 1;
    }
    const QList<Order> fetched = fetchLimit(sandbox.client.get(), sandbox.process.processId(), orders);
    if (fetched.isEmpty())
        return 1;

    // Limit 2: SQLite, the same rows stored through the same upsert in the sync's batches, no network:
    // into an empty cache as the first sync stores them (a bulk load, indexes built at the end), and
    // row by row with every index kept up, as into a cache that already holds orders.
    QElapsedTimer timer;
    for (const bool bulk : {true, false}) {
        OrderStore store;
        store.open(dir + (bulk ? QStringLiteral("/bulk.sqlite") : QStringLiteral("/indexed.sqlite")));
        const double cpuAt = cpuNow(sandbox.process.processId());
        timer.restart();
        if (bulk)
            store.beginBulkLoad();
        for (qsizetype i = 0; i < fetched.size(); i += 2000)
            store.upsert(Profile, fetched.mid(i, 2000)).value;
        if (bulk)
            store.endBulkLoad();
        figure(bulk ? "limit_sqlite_insert" : "sqlite_insert_indexed_row_by_row",
               fetched.size() / (timer.nsecsElapsed() / 1e9), "orders/s");
        if (bulk)
            figure("limit_sqlite_insert_cpu", cpuNow(sandbox.process.processId()) - cpuAt, "s");
    }
    return 0;
}

// The same on PostgreSQL: the sync into an empty team database, then its limit, the same rows stored
// into another empty one (every index kept up, as the sync must) by each bulk path: the store's own
// multi-row upsert in the sync's batches, and COPY. The faster of the two is the limit.
int pgSyncBench(int orders)
{
    Sandbox sandbox;
    if (!sandbox.start(orders))
        return 1;
    {
        PgOrderStore store;
        if (!PgBulk::recreate(QStringLiteral("paydesk_bench_sync"))
            || !PgBulk::open(store, QStringLiteral("paydesk_bench_sync"))
            || !timeSync(sandbox.client.get(), sandbox.process.processId(), &store, orders))
            return 1;
    }
    const QList<Order> fetched = fetchLimit(sandbox.client.get(), sandbox.process.processId(), orders);
    if (fetched.isEmpty())
        return 1;
    double fastest = 0;
    for (const bool viaCopy : {false, true}) {
        const QString name = viaCopy ? QStringLiteral("paydesk_bench_copy") : QStringLiteral("paydesk_bench_rows");
        PgOrderStore store;
        if (!PgBulk::recreate(name) || !PgBulk::open(store, name))
            return 1;
        QElapsedTimer timer;
        timer.start();
        for (qsizetype i = 0; i < fetched.size(); i += 2000) {
            if (viaCopy ? !PgBulk::copy(store, Profile, fetched.mid(i, 2000))
                        : !store.upsert(Profile, fetched.mid(i, 2000)).ok())
                return 1;
        }
        const double rate = fetched.size() / (timer.nsecsElapsed() / 1e9);
        figure(viaCopy ? "pg_insert_copy" : "pg_insert_multirow_upsert", rate, "orders/s");
        fastest = std::max(fastest, rate);
    }
    figure("limit_pg_insert", fastest, "orders/s");
    return 0;
}

// Synthetic orders shaped like the sandbox's (and a bank's): a year of history, 4 % held.
Order synthetic(int n, QRandomGenerator& rng, const QDateTime& now)
{
    static const char* const Goods[] = {"coffee",  "tea",  "book",  "lamp",   "chair",      "ticket",   "subscription",
                                        "flowers", "cake", "shoes", "jacket", "phone case", "delivery", "gift card"};
    Order o;
    o.gateway = GatewayKind::Rbs;
    o.orderId = QStringLiteral("%1-%2-4%3-8%4-%5")
                    .arg(rng.generate(), 8, 16, QLatin1Char('0'))
                    .arg(rng.bounded(65536), 4, 16, QLatin1Char('0'))
                    .arg(rng.bounded(4096), 3, 16, QLatin1Char('0'))
                    .arg(rng.bounded(4096), 3, 16, QLatin1Char('0'))
                    .arg(n, 12, 16, QLatin1Char('0'));
    o.orderNumber = QStringLiteral("WEB-%1").arg(1000000 + n);
    const int roll = int(rng.bounded(100));
    o.status = roll < 4    ? OrderStatus::Held
               : roll < 64 ? OrderStatus::Captured
               : roll < 74 ? OrderStatus::Declined
               : roll < 84 ? OrderStatus::Created
               : roll < 89 ? OrderStatus::Reversed
               : roll < 95 ? OrderStatus::Refunded
                           : OrderStatus::PartlyRefunded;
    o.amount = Money(qint64(rng.bounded(100, 5000000)), Currency::rub());
    o.created = o.status == OrderStatus::Held ? now.addSecs(-qint64(rng.bounded(6 * 86400)))
                                              : now.addSecs(-qint64(rng.bounded(365 * 86400)));
    o.description = QStringLiteral("Order %1: %2").arg(o.orderNumber, QString::fromLatin1(Goods[rng.bounded(14)]));
    o.email = QStringLiteral("customer%1@mail.example").arg(rng.bounded(50000));
    if (o.status != OrderStatus::Created) {
        o.card.maskedPan = QStringLiteral("220220**%1").arg(rng.bounded(10000), 4, 10, QLatin1Char('0'));
        o.card.paymentSystem = QStringLiteral("MIR");
        o.authorized = o.created.addSecs(90);
        o.approved = o.status == OrderStatus::Declined ? Money(0, o.amount.currency()) : o.amount;
    }
    if (o.status == OrderStatus::Held)
        o.deadline = o.authorized.addDays(7);
    if (o.status == OrderStatus::Captured || o.status == OrderStatus::Refunded
        || o.status == OrderStatus::PartlyRefunded)
        o.captured = o.amount;
    if (o.status == OrderStatus::Refunded)
        o.refunded = o.amount;
    if (o.status == OrderStatus::PartlyRefunded)
        o.refunded = Money(o.amount.minor() / 2, o.amount.currency());
    o.raw = QJsonObject{
        {QStringLiteral("orderNumber"), o.orderNumber},
        {QStringLiteral("orderStatus"), 2},
        {QStringLiteral("actionCode"), 0},
        {QStringLiteral("actionCodeDescription"), QString()},
        {QStringLiteral("amount"), o.amount.minor()},
        {QStringLiteral("currency"), QStringLiteral("643")},
        {QStringLiteral("date"), o.created.toMSecsSinceEpoch()},
        {QStringLiteral("ip"), QStringLiteral("10.0.0.1")},
        {QStringLiteral("orderDescription"), o.description},
        {QStringLiteral("cardAuthInfo"), QJsonObject{{QStringLiteral("maskedPan"), o.card.maskedPan},
                                                     {QStringLiteral("expiration"), QStringLiteral("202812")},
                                                     {QStringLiteral("cardholderName"), QStringLiteral("CARD HOLDER")},
                                                     {QStringLiteral("paymentSystem"), QStringLiteral("MIR")}}}};
    return o;
}

int generate(int orders, const QString& path)
{
    {
        OrderStore existing;
        if (QFile::exists(path) && existing.open(path) && existing.count(Profile, {}).value == orders) {
            figure("generate_skipped_existing", orders, "orders");
            return 0;
        }
    }
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    OrderStore store;
    if (!store.open(path)) {
        std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
        return 1;
    }
    QRandomGenerator rng(42);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QElapsedTimer timer;
    timer.start();
    store.beginBulkLoad();
    QList<Order> batch;
    for (int n = 0; n < orders; ++n) {
        batch.append(synthetic(n, rng, now));
        if (batch.size() == 1000 || n == orders - 1) {
            store.upsert(Profile, batch).value;
            batch.clear();
        }
    }
    store.endBulkLoad();
    figure("generate_insert_rate", orders / (timer.nsecsElapsed() / 1e9), "orders/s");
    QSqlQuery(store.database()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    figure("generate_db_size", QFileInfo(path).size() / 1048576.0, "MB");
    return 0;
}

double ms(const std::function<void()>& work)
{
    // The median of 5: one cold outlier (page cache) does not decide the figure.
    QList<double> runs;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        runs.append(t.nsecsElapsed() / 1e6);
    }
    std::sort(runs.begin(), runs.end());
    return runs.at(2);
}

// What the Needs capture chart reads (HeldChart::showHeld): the held amounts summed by the cache for each
// of its 8 slots, the expired holds, today's, the next five days' and the later ones.
void chartSums(const OrderCache& store)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int slot = 0; slot < 8; ++slot) {
        OrderFilter f;
        f.statuses = {OrderStatus::Held};
        f.holds = slot == 0 ? HoldDeadline::Expired : HoldDeadline::Open;
        const QDate day = QDate::currentDate().addDays(slot - 1);
        if (slot > 1)
            f.deadlineFrom = qMax(day.startOfDay().toUTC(), now);
        if (slot > 0 && slot < 7)
            f.deadlineTo = day.addDays(1).startOfDay().toUTC();
        store.totals(Profile, f, TotalOf::Held).value;
    }
}

// Every query the window makes, on STORE opened since TIMER started.
int queryBench(const OrderCache& store, const QElapsedTimer& timer)
{
    OrderFilter all;
    const QList<OrderSummary> first = store.orders(Profile, all, 0, 200).value;
    const int total = store.count(Profile, all).value;
    figure("open_and_first_page_all_orders_cold", timer.nsecsElapsed() / 1e6, "ms");
    figure("orders_in_cache", total, "orders");

    OrderFilter held;
    held.statuses = {OrderStatus::Held};
    held.sortColumn = OrderColumn::Deadline;
    held.sortOrder = Qt::AscendingOrder;
    OrderFilter due = held;
    due.dueWithinHours = 24;
    OrderFilter refunds;
    refunds.statuses = {OrderStatus::Reversed, OrderStatus::Refunded, OrderStatus::PartlyRefunded};
    OrderFilter dates;
    dates.createdFrom = QDateTime::currentDateTimeUtc().addDays(-30);
    dates.createdTo = QDateTime::currentDateTimeUtc().addDays(-23);
    OrderFilter amounts;
    amounts.minAmount = 1000000;
    amounts.maxAmount = 1005000;
    amounts.sortColumn = OrderColumn::Amount;
    const auto text = [](const QString& t) {
        OrderFilter f;
        f.text = t;
        return f;
    };
    const OrderSummary sample = first.value(100);
    const QList<QPair<const char*, OrderFilter>> queries = {
        {"view_all_orders", all},
        {"view_needs_capture", held},
        {"view_due_within_24h", due},
        {"view_refunds_reversals", refunds},
        {"filter_date_week", dates},
        {"filter_amount_range", amounts},
        {"search_card_last4", text(sample.maskedPan.right(4))},
        {"search_email", text(sample.email)},
        {"search_order_number", text(sample.orderNumber)},
        {"search_gateway_id", text(sample.orderId)},
        {"search_description_word_rare", text(QStringLiteral("flowers ") + sample.orderNumber.mid(4, 4))},
        {"search_description_word_common", text(QStringLiteral("flowers"))},
    };
    for (const auto& q : queries) {
        const QByteArray name = QByteArray(q.first);
        figure(QByteArray(name + "_first_page").constData(), ms([&] { store.orders(Profile, q.second, 0, 200).value; }),
               "ms");
        figure(QByteArray(name + "_count").constData(), ms([&] { store.count(Profile, q.second).value; }), "ms");
    }
    for (const auto& c : QList<QPair<const char*, OrderColumn>>{{"created", OrderColumn::Created},
                                                                {"number", OrderColumn::OrderNumber},
                                                                {"id", OrderColumn::OrderId},
                                                                {"status", OrderColumn::Status},
                                                                {"amount", OrderColumn::Amount},
                                                                {"deadline", OrderColumn::Deadline},
                                                                {"card", OrderColumn::Card},
                                                                {"email", OrderColumn::Email},
                                                                {"description", OrderColumn::Description}}) {
        OrderFilter f;
        f.sortColumn = c.second;
        figure(QByteArray(QByteArray("sort_by_") + c.first + "_first_page").constData(),
               ms([&] { store.orders(Profile, f, 0, 200).value; }), "ms");
    }
    // What switching to Needs capture reads besides its first page: the chart's input, the totals, the counts.
    OrderFilter open = held;
    open.holds = HoldDeadline::Open;
    figure("needs_capture_open_holds_count", ms([&] { store.count(Profile, open).value; }), "ms");
    figure("needs_capture_chart_held_amounts", ms([&] { chartSums(store); }), "ms");
    figure("needs_capture_held_totals", ms([&] { store.totals(Profile, open, TotalOf::Held).value; }), "ms");
    figure("scroll_page_at_500000", ms([&] { store.orders(Profile, all, 500000, 200).value; }), "ms");
    figure("order_details_by_id", ms([&] { store.order(Profile, sample.orderId).value; }), "ms");
    figure("query_peak_rss", peakRssKb() / 1024.0, "MB");
    return 0;
}

int sqliteQueryBench(const QString& path)
{
    QElapsedTimer timer;
    timer.start();
    OrderStore store;
    if (!store.open(path)) {
        std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
        return 1;
    }
    return queryBench(store, timer);
}

// A synthetic N-order team database, loaded as fast as PostgreSQL takes it: COPY with the secondary
// indexes dropped, the orders' words written in one statement, the indexes built again and the planner's
// statistics gathered.
int pgGenerate(int orders)
{
    PgOrderStore store;
    if (!PgBulk::recreate(PgCache) || !PgBulk::open(store, PgCache))
        return 1;
    const QStringList indexes = PgBulk::dropIndexes(store.database());
    // The orders' words: written after the COPY by one statement, not by the trigger, statement by statement.
    PgBulk::run(
        store.database(),
        QStringLiteral("ALTER TABLE orders DISABLE TRIGGER %1").arg(QLatin1String(PgOrderWords::InsertTrigger)));
    QRandomGenerator rng(42);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QElapsedTimer timer;
    timer.start();
    QList<Order> batch;
    for (int n = 0; n < orders; ++n) {
        batch.append(synthetic(n, rng, now));
        if ((batch.size() == 10000 || n == orders - 1) && !PgBulk::copy(store, Profile, std::exchange(batch, {})))
            return 1;
    }
    const double copySecs = timer.nsecsElapsed() / 1e9;
    figure("pg_generate_copy_rate", orders / copySecs, "orders/s");
    timer.restart();
    if (!PgBulk::run(store.database(), PgOrderWords::fillStatement())
        || !PgBulk::run(
            store.database(),
            QStringLiteral("ALTER TABLE orders ENABLE TRIGGER %1").arg(QLatin1String(PgOrderWords::InsertTrigger))))
        return 1;
    const double wordsSecs = timer.nsecsElapsed() / 1e9;
    figure("pg_generate_words_fill", wordsSecs, "s");
    timer.restart();
    PgBulk::run(store.database(), QStringLiteral("SET maintenance_work_mem = '256MB'"));
    for (const QString& index : indexes) {
        if (!PgBulk::run(store.database(), index))
            return 1;
    }
    const double indexSecs = timer.nsecsElapsed() / 1e9;
    figure("pg_generate_index_build", indexSecs, "s");
    timer.restart();
    store.compactCounts(Profile); // the COPY's statements added their counts in 100 parts
    // VACUUM: every page all-visible, so that a count reads the words' index alone.
    PgBulk::run(store.database(), QStringLiteral("VACUUM ANALYZE orders, order_counts, order_days, order_words"));
    figure("pg_generate_vacuum_analyze", timer.nsecsElapsed() / 1e9, "s");
    figure("pg_generate_total_rate", orders / (copySecs + wordsSecs + indexSecs + timer.nsecsElapsed() / 1e9),
           "orders/s");
    figure("cache_database_size", PgBulk::databaseBytes(store.database()) / 1048576.0, "MB");
    QSqlQuery words(store.database());
    if (words.exec(QStringLiteral("SELECT pg_total_relation_size('order_words')")) && words.next())
        figure("pg_order_words_size", words.value(0).toLongLong() / 1048576.0, "MB");
    return 0;
}

int pgQueryBench()
{
    QElapsedTimer timer;
    timer.start();
    PgOrderStore store;
    if (!PgBulk::open(store, PgCache))
        return 1;
    return queryBench(store, timer);
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString mode = args.value(1);
    if (mode == QLatin1String("sync") && args.size() == 4)
        return syncBench(args[2].toInt(), args[3]);
    if (mode == QLatin1String("generate") && args.size() == 4)
        return generate(args[2].toInt(), args[3]);
    if (mode == QLatin1String("query") && args.size() == 3)
        return sqliteQueryBench(args[2]);
    if (mode.startsWith(QLatin1String("pg-")) && !PgBulk::available()) {
        std::fprintf(stderr,
                     "no PostgreSQL cluster: set PGHOST, PGPORT, PGUSER and PGPASSWORD (bench/run.sh --team)\n");
        return 2;
    }
    if (mode == QLatin1String("pg-sync") && args.size() == 3)
        return pgSyncBench(args[2].toInt());
    if (mode == QLatin1String("pg-generate") && args.size() == 3)
        return pgGenerate(args[2].toInt());
    if (mode == QLatin1String("pg-query") && args.size() == 2)
        return pgQueryBench();
    std::fprintf(stderr, "usage: bench_cache sync N DIR | generate N DB | query DB | pg-sync N | pg-generate N | "
                         "pg-query\n");
    return 2;
}
