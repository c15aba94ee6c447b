// paydesk-cli's commands over the local order cache: sync, orders, export.
#include "cli/Cli.h"
#include "core/time/Clock.h"

#include "cli/OrderJson.h"
#include "core/gateway/GatewayClient.h"
#include "core/io/OrderExporter.h"
#include "core/operations/OrderOperations.h"
#include "core/sync/OrderSync.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QSaveFile>

#include <cstdio>

namespace PayDesk::Cli {

namespace {
// "2026-11-01" is a local day: its start for --from, its end for --to. Anything else is ISO 8601.
QDateTime parseDate(const QString& text, bool endOfDay)
{
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (day.isValid() && text.size() == 10)
        return endOfDay ? day.endOfDay() : day.startOfDay();
    return QDateTime::fromString(text, Qt::ISODate);
}

bool parseColumn(const QString& name, OrderColumn* column)
{
    static const QList<QPair<QString, OrderColumn>> names = {{QStringLiteral("created"), OrderColumn::Created},
                                                             {QStringLiteral("number"), OrderColumn::OrderNumber},
                                                             {QStringLiteral("id"), OrderColumn::OrderId},
                                                             {QStringLiteral("status"), OrderColumn::Status},
                                                             {QStringLiteral("amount"), OrderColumn::Amount},
                                                             {QStringLiteral("deadline"), OrderColumn::Deadline},
                                                             {QStringLiteral("card"), OrderColumn::Card},
                                                             {QStringLiteral("email"), OrderColumn::Email},
                                                             {QStringLiteral("description"), OrderColumn::Description}};
    for (const auto& n : names) {
        if (n.first == name) {
            *column = n.second;
            return true;
        }
    }
    return false;
}

QString utc(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

const QSet<QString> FilterOptions = {
    QStringLiteral("status"), QStringLiteral("due-within"), QStringLiteral("search"),     QStringLiteral("from"),
    QStringLiteral("to"),     QStringLiteral("min-amount"), QStringLiteral("max-amount"), QStringLiteral("sort")};
} // namespace

bool Cli::openStore()
{
    if (m_store)
        return true;
    auto store = std::make_unique<OrderStore>();
    const QString path = m_dbPath.isEmpty() ? OrderStore::defaultPath() : m_dbPath;
    if (!store->open(path)) {
        fail(store->lastError().isBadInput() ? Usage : Unknown, store->errorString());
        return false;
    }
    m_store = std::move(store);
    m_journal = std::make_unique<OperationJournal>(m_store->database());
    if (m_operations && m_profile)
        m_operations->setJournal(m_journal.get(), m_profile->id);
    return true;
}

void Cli::reportDamage()
{
    if (!m_store)
        return;
    const QList<DamagedRow> damaged = m_store->takeDamagedRows();
    for (const DamagedRow& row : damaged)
        std::fprintf(stderr, "paydesk-cli: warning: order %s in %s cannot be read (%s); it is left out%s\n",
                     qPrintable(row.orderId), qPrintable(m_store->path()), qPrintable(row.reason),
                     m_store->isReadOnly() ? "" : " and fetched again by the next sync");
}

void Cli::checkCache(const QStringList& words)
{
    Args args;
    if (!parse(words, {}, {QStringLiteral("repair")}, &args) || !openStore())
        return;
    const std::optional<CacheCheck> report = m_store->check(args.has(QStringLiteral("repair")));
    if (!report)
        return fail(m_store->lastError().isBadInput() ? Usage : Unknown, m_store->errorString());
    QJsonArray damaged;
    for (const DamagedRow& row : report->damaged)
        damaged.append(QJsonObject{{QStringLiteral("profile"), row.profile},
                                   {QStringLiteral("orderId"), row.orderId},
                                   {QStringLiteral("reason"), row.reason}});
    if (m_json) {
        printJson(QJsonObject{{QStringLiteral("file"), m_store->path()},
                              {QStringLiteral("sound"), report->isSound()},
                              {QStringLiteral("orders"), report->rows},
                              {QStringLiteral("integrity"), QJsonArray::fromStringList(report->integrity)},
                              {QStringLiteral("damaged"), damaged},
                              {QStringLiteral("repaired"), report->repaired}});
        return finishWith(report->isSound() ? Ok : Refused);
    }
    QStringList lines{
        QStringLiteral("%1: SQLite integrity check %2; %3 orders read, %4 damaged.")
            .arg(m_store->path(), report->integrity.isEmpty() ? QStringLiteral("ok") : QStringLiteral("FAILED"))
            .arg(report->rows)
            .arg(report->damaged.size())};
    for (const QString& problem : report->integrity)
        lines.append(QStringLiteral("  integrity: ") + problem);
    for (const DamagedRow& row : report->damaged)
        lines.append(QStringLiteral("  damaged: order %1 (profile %2): %3").arg(row.orderId, row.profile, row.reason));
    if (report->repaired)
        lines.append(QStringLiteral("The damaged orders were moved aside; the next sync fetches them again."));
    else if (!report->damaged.isEmpty())
        lines.append(QStringLiteral(
            "Run paydesk-cli check --repair to move them aside so that the next sync fetches them again."));
    printText(lines.join(QLatin1Char('\n')));
    finishWith(report->isSound() ? Ok : Refused);
}

void Cli::remember(const Order& order)
{
    // The cache follows what the gateway just said; a CLI without a writable cache still works.
    auto store = std::make_unique<OrderStore>();
    if (!m_store && store->open(m_dbPath.isEmpty() ? OrderStore::defaultPath() : m_dbPath)) {
        m_store = std::move(store);
        m_journal = std::make_unique<OperationJournal>(m_store->database());
    }
    if (m_store && m_profile && m_store->upsert(m_profile->id, {order}) < 0)
        std::fprintf(stderr, "paydesk-cli: warning: %s\n", qPrintable(m_store->errorString()));
}

void Cli::cacheCommand(const QString& command, const QStringList& words)
{
    Args args;
    QSet<QString> values = FilterOptions;
    QSet<QString> flags = {QStringLiteral("held"), QStringLiteral("asc")};
    if (command == QLatin1String("sync")) {
        values = {QStringLiteral("from"), QStringLiteral("to")};
        flags = {QStringLiteral("full")};
    } else if (command == QLatin1String("orders")) {
        values.insert(QStringLiteral("limit"));
    } else {
        values.insert(QStringLiteral("csv"));
    }
    if (!parse(words, values, flags, &args))
        return;
    if (!args.positional.isEmpty())
        return fail(Usage, QStringLiteral("unexpected argument \"%1\"").arg(args.positional.first()));
    if (!openProfile() || !openStore())
        return;
    if (command == QLatin1String("sync"))
        return sync(args);
    if (command == QLatin1String("orders"))
        return listOrders(args);
    exportOrders(args);
}

bool Cli::parseFilter(const Args& args, OrderFilter* f)
{
    if (args.has(QStringLiteral("status"))) {
        for (const QString& key : args.value(QStringLiteral("status")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            OrderStatus s;
            if (!OrderStatusText::fromKey(key.trimmed().toLower(), &s)) {
                fail(Usage, QStringLiteral("unknown status \"%1\"").arg(key));
                return false;
            }
            f->statuses.append(s);
        }
    }
    if (args.has(QStringLiteral("held")) || args.has(QStringLiteral("due-within"))) {
        f->statuses = {OrderStatus::Held};
        f->sortColumn = OrderColumn::Deadline;
        f->sortOrder = Qt::AscendingOrder;
    }
    if (args.has(QStringLiteral("due-within"))) {
        bool ok = false;
        f->dueWithinHours = args.value(QStringLiteral("due-within")).toInt(&ok);
        if (!ok || f->dueWithinHours < 0) {
            fail(Usage, QStringLiteral("--due-within takes a number of hours"));
            return false;
        }
    }
    f->text = args.value(QStringLiteral("search"));
    for (const char* name : {"from", "to"}) {
        const QString key = QString::fromLatin1(name);
        if (!args.has(key))
            continue;
        const QDateTime t = parseDate(args.value(key), key == QLatin1String("to"));
        if (!t.isValid()) {
            fail(Usage,
                 QStringLiteral("--%1: \"%2\" is not a date (YYYY-MM-DD) or ISO 8601 time").arg(key, args.value(key)));
            return false;
        }
        (key == QLatin1String("from") ? f->createdFrom : f->createdTo) = t;
    }
    const Currency currency = Currency::fromCode(m_profile->currency);
    for (const char* name : {"min-amount", "max-amount"}) {
        const QString key = QString::fromLatin1(name);
        if (!args.has(key))
            continue;
        Money::ParseError error;
        const std::optional<Money> amount = Money::parse(args.value(key), currency, &error);
        if (!amount) {
            fail(Usage, QStringLiteral("--%1: ").arg(key) + Money::errorMessage(error, currency, args.value(key)));
            return false;
        }
        (key == QLatin1String("min-amount") ? f->minAmount : f->maxAmount) = amount->minor();
    }
    if (args.has(QStringLiteral("sort")) && !parseColumn(args.value(QStringLiteral("sort")), &f->sortColumn)) {
        fail(Usage, QStringLiteral("unknown sort column \"%1\"").arg(args.value(QStringLiteral("sort"))));
        return false;
    }
    if (args.has(QStringLiteral("asc")))
        f->sortOrder = Qt::AscendingOrder;
    else if (args.has(QStringLiteral("sort")))
        f->sortOrder = Qt::DescendingOrder;
    return true;
}

void Cli::sync(const Args& args)
{
    SyncOptions options;
    options.full = args.has(QStringLiteral("full"));
    for (const char* name : {"from", "to"}) {
        const QString key = QString::fromLatin1(name);
        if (!args.has(key))
            continue;
        const QDateTime t = parseDate(args.value(key), key == QLatin1String("to"));
        if (!t.isValid())
            return fail(
                Usage,
                QStringLiteral("--%1: \"%2\" is not a date (YYYY-MM-DD) or ISO 8601 time").arg(key, args.value(key)));
        (key == QLatin1String("from") ? options.from : options.to) = t;
    }
    auto* sync = new OrderSync(m_client, m_store.get(), m_profile->id, this);
    auto* clock = new QElapsedTimer;
    clock->start();
    auto* lastPrinted = new qint64(-1000);
    connect(sync, &OrderSync::progress, this, [clock, lastPrinted](const SyncProgress& p) {
        // At most a few lines a second: a long sync must not flood a log.
        if (clock->elapsed() - *lastPrinted < 500)
            return;
        *lastPrinted = clock->elapsed();
        if (p.phase == SyncProgress::Phase::Listing)
            std::fprintf(stderr, "sync: page %d of %d, %d orders\n", p.pagesDone, p.pagesTotal, p.ordersReceived);
        else
            std::fprintf(stderr, "sync: refreshed %d of %d open orders\n", p.refreshDone, p.refreshTotal);
    });
    connect(sync, &OrderSync::finished, this, [this, clock, lastPrinted](const SyncReport& r) {
        const double seconds = double(clock->elapsed()) / 1000.0;
        delete clock;
        delete lastPrinted;
        if (!r.succeeded()) {
            std::fprintf(stderr,
                         "paydesk-cli: sync %s; %d orders were stored or updated before it stopped and are kept; "
                         "the next sync continues from there.\n",
                         qPrintable(r.stoppedAt), r.changed);
            return failGateway(r.error);
        }
        if (m_json) {
            printJson(QJsonObject{{QStringLiteral("from"), utc(r.from)},
                                  {QStringLiteral("to"), utc(r.to)},
                                  {QStringLiteral("pages"), r.progress.pagesDone},
                                  {QStringLiteral("orders"), r.progress.ordersReceived},
                                  {QStringLiteral("refreshed"), r.progress.refreshDone},
                                  {QStringLiteral("changed"), r.changed},
                                  {QStringLiteral("seconds"), seconds}});
        } else {
            printText(
                QStringLiteral(
                    "Synced %1 orders created %2 to %3 and refreshed %4 open orders in %5 s; %6 changed in the cache.")
                    .arg(r.progress.ordersReceived)
                    .arg(r.from.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                         r.to.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                    .arg(r.progress.refreshDone)
                    .arg(seconds, 0, 'f', 1)
                    .arg(r.changed));
        }
        finishWith(Ok);
    });
    sync->start(options);
}

void Cli::listOrders(const Args& args)
{
    OrderFilter filter;
    if (!parseFilter(args, &filter))
        return;
    int limit = 100;
    if (args.has(QStringLiteral("limit"))) {
        bool ok = false;
        limit = args.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1)
            return fail(Usage, QStringLiteral("--limit takes a positive number"));
    }
    QJsonArray json;
    QStringList lines;
    const QDateTime now = Clock::nowUtc();
    const bool ok = m_store->forEach(
        m_profile->id, filter,
        [&](const Order& o) {
            if (m_json) {
                json.append(orderJson(o));
                return;
            }
            QString due;
            if (o.status == OrderStatus::Held && o.deadline.isValid())
                due = timeLeft(o.deadline, now);
            lines.append(QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8")
                             .arg(o.orderNumber.leftJustified(14), OrderStatusText::key(o.status).leftJustified(15),
                                  QString(o.amount.toDecimalString() + QLatin1Char(' ') + o.amount.currency().code())
                                      .rightJustified(16),
                                  o.created.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                  due.leftJustified(16), o.card.maskedPan.leftJustified(16), o.email, o.orderId));
        },
        limit);
    reportDamage();
    if (!ok)
        return fail(Unknown, m_store->errorString());
    if (m_json) {
        printJson(json);
    } else if (lines.isEmpty()) {
        const SyncState state = m_store->syncState(m_profile->id);
        std::fprintf(stderr, "%s\n",
                     state.syncedAt.isValid() ? "No orders match."
                                              : "No orders match. The cache is empty until you run: paydesk-cli sync");
    } else {
        printText(lines.join(QLatin1Char('\n')));
    }
    finishWith(Ok);
}

void Cli::exportOrders(const Args& args)
{
    const QString path = args.value(QStringLiteral("csv"));
    if (path.isEmpty())
        return fail(Usage, QStringLiteral("export --csv FILE [filters]"));
    OrderFilter filter;
    if (!parseFilter(args, &filter))
        return;
    const ExportResult exported = OrderExporter::exportOrders(*m_store, m_profile->id, filter, path);
    reportDamage();
    if (!exported.succeeded())
        return fail(Unknown, exported.error);
    const int rows = exported.rows;
    if (m_json)
        printJson(QJsonObject{{QStringLiteral("file"), path}, {QStringLiteral("orders"), rows}});
    else
        printText(QStringLiteral("Exported %1 orders to %2.").arg(rows).arg(path));
    finishWith(Ok);
}

} // namespace PayDesk::Cli
