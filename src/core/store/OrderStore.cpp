#include "core/store/OrderStore.h"

#include "core/model/EnumNames.h"
#include "core/time/Clock.h"

#include "core/io/PrivateFiles.h"
#include "core/model/OrderCodec.h"
#include "core/store/HeldTotals.h"
#include "core/store/Migrations.h"
#include "core/store/OrderBlob.h"
#include "core/store/OrderRow.h"
#include "core/store/PackedOrders.h"
#include "core/store/RepackedOrders.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <QLoggingCategory>

#include <limits>
#include <utility>

#include <iterator>

namespace PayDesk {

Q_LOGGING_CATEGORY(lcStore, "paydesk.store", QtInfoMsg)

namespace {
constexpr int PaymentWaySchema = OrderRow::PaymentWaySchema;

// A list's columns: the date money went back is only in the packed form, read for the few rows that have one.
QString summaryColumns(int schema)
{
    return OrderRow::select(schema,
                            "CASE WHEN o.status IN ('reversed', 'refunded', 'partly_refunded') THEN o.data END");
}

// The cache's upsert; an older schema (a test of the upgrade writes one) has no payment_way: the statement leaves it
// out.
QString upsertStatement(int schema)
{
    const bool way = schema >= PaymentWaySchema;
    QString sql = QStringLiteral(
        "INSERT INTO orders (profile, order_id, order_number, gateway, status, rank, currency, amount, approved, "
        "captured, refunded, card, last4, email, description, created, deadline, stored, data, payment_way) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (profile, order_id) DO UPDATE SET order_number = excluded.order_number, "
        "status = excluded.status, rank = excluded.rank, currency = excluded.currency, amount = excluded.amount, "
        "approved = excluded.approved, captured = excluded.captured, refunded = excluded.refunded, "
        "card = excluded.card, last4 = excluded.last4, email = excluded.email, description = excluded.description, "
        "created = excluded.created, deadline = excluded.deadline, stored = excluded.stored, data = excluded.data, "
        "payment_way = excluded.payment_way "
        // From schema 10 the packed form leaves out what the columns hold: a change may be in them only.
        "WHERE ((excluded.data, excluded.order_number, excluded.status, excluded.currency, excluded.amount, "
        "excluded.approved, excluded.captured, excluded.refunded, excluded.card, excluded.email, excluded.description, "
        "excluded.created, excluded.deadline) IS NOT (orders.data, orders.order_number, orders.status, "
        "orders.currency, orders.amount, orders.approved, orders.captured, orders.refunded, orders.card, "
        "orders.email, orders.description, orders.created, orders.deadline) "
        "OR orders.payment_way IS NOT excluded.payment_way) AND (excluded.rank > orders.rank OR "
        "(excluded.rank = orders.rank "
        "AND excluded.captured >= orders.captured AND excluded.refunded >= orders.refunded))");
    if (!way)
        sql.replace(QStringLiteral(", payment_way)"), QStringLiteral(")"))
            .replace(QStringLiteral(", ?) "), QStringLiteral(") "))
            .replace(QStringLiteral(", payment_way = excluded.payment_way"), QString())
            .replace(QStringLiteral(" OR orders.payment_way IS NOT excluded.payment_way"), QString());
    return sql;
}

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL.
QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

// ORDER BY keys in OrderColumn's order; each matches an index. Status sorts by its rank, then by creation.
constexpr const char* SortKeys[] = {"o.created",     "o.order_number", "o.order_id",   "o.status %1, o.created",
                                    "o.amount",      "o.deadline",     "o.last4",      "o.email",
                                    "o.description", "o.refunded",     "o.payment_way"};
static_assert(std::size(SortKeys) == std::size_t(OrderColumn::PaymentWay) + 1);

// ORDER BY for a column, ending in the row id so that pages never overlap.
QString sortExpression(OrderColumn column, const QString& direction)
{
    const QString keys = EnumNames::key(SortKeys, column);
    return QString(keys + QStringLiteral(" %1, o.id %1")).arg(direction);
}

// User text -> an FTS5 query: every word must start a token in one of the indexed columns.
// Quoting keeps FTS syntax characters inert; the tokenizer splits "ivan@mail.ru" as it did when indexing.
QString ftsQuery(const QString& text)
{
    QStringList terms;
    for (const QString& word : text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        if (!std::any_of(word.begin(), word.end(), [](QChar c) { return c.isLetterOrNumber(); }))
            continue;
        QString quoted = word;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        terms.append(QLatin1Char('"') + quoted + QStringLiteral("\"*"));
    }
    return terms.join(QLatin1Char(' '));
}
} // namespace

Money OrderSummary::capturable() const
{
    return capturableAmount(status, Money(approved.minor(), amount.currency()), captured);
}

Money OrderSummary::refundable() const
{
    return refundableAmount(status, Money(captured.minor(), amount.currency()), refunded);
}

OrderStore::OrderStore()
    : m_connection(QStringLiteral("paydesk-store-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_blobs(std::make_unique<OrderBlob>())
{ }

OrderStore::~OrderStore()
{
    m_upsert.reset();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

std::unique_ptr<OrderCache> OrderStore::reopen() const
{
    auto other = std::make_unique<OrderStore>();
    other->open(m_path);
    return other;
}

QString OrderStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
           + QStringLiteral("/paydesk/orders.sqlite");
}

int OrderStore::progressRank(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Unknown:
        return -1;
    case OrderStatus::Created:
        return 0;
    case OrderStatus::Pending:
        return 1;
    case OrderStatus::Held:
        return 2;
    case OrderStatus::Captured:
        return 3;
    case OrderStatus::PartlyRefunded:
        return 4;
    case OrderStatus::Declined:
    case OrderStatus::Reversed:
    case OrderStatus::Refunded:
        return 5;
    }
    return -1;
}

void OrderStore::setError(StoreError::Kind kind, const QString& detail) const
{
    m_lastError = StoreError::of(kind, path(), detail);
}

void OrderStore::setError(const QSqlError& error, bool writing) const
{
    m_lastError = StoreError::fromSql(error, path(), writing);
}

bool OrderStore::exec(const QString& sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql)) {
        setError(q.lastError(), true);
        return false;
    }
    return true;
}

bool OrderStore::openFile(const QString& path, bool readOnly, bool immutable)
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000");
    if (readOnly) {
        // A WAL cache in a directory we may not write has no -shm to share: read it as immutable then.
        options += QStringLiteral(";QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI");
        const QByteArray encoded = QUrl::toPercentEncoding(QFileInfo(path).absoluteFilePath(), "/");
        m_db.setDatabaseName(QStringLiteral("file:") + QString::fromLatin1(encoded)
                             + (immutable ? QStringLiteral("?mode=ro&immutable=1") : QStringLiteral("?mode=ro")));
    } else {
        m_db.setDatabaseName(path);
    }
    m_db.setConnectOptions(options);
    m_path = path;
    if (!m_db.open()) {
        setError(m_db.lastError(), false);
        return false;
    }
    return true;
}

// A PayDesk cache has our schema_version table, or no tables at all (a new file). Anything else is
// another program's database and is left untouched.
bool OrderStore::isPayDeskCache()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"))) {
        setError(q.lastError(), false);
        return false;
    }
    QStringList tables;
    while (q.next())
        tables.append(q.value(0).toString());
    if (tables.isEmpty() || tables.contains(QStringLiteral("schema_version")))
        return true;
    setError(StoreError::Kind::NotACache,
             tr("a database with other tables: %1").arg(tables.mid(0, 5).join(QStringLiteral(", "))));
    return false;
}

bool OrderStore::openReadOnly()
{
    const QString file = m_path;
    if (!QFileInfo::exists(file)) {
        setError(StoreError::Kind::CannotRead, tr("the file does not exist and cannot be created here"));
        return false;
    }
    if (!openFile(file, true, false))
        return false;
    if (!isPayDeskCache()) {
        if ((m_lastError.kind != StoreError::Kind::CannotRead) || !openFile(file, true, true) || !isPayDeskCache())
            return false;
    }
    m_lastError = {};
    const int version = m_schema = schemaVersion();
    m_profileKeys.reset(m_schema);
    if (version > Migrations::latestVersion()) {
        setError(StoreError::Kind::NewerSchema, tr("it was written by a newer PayDesk (schema %1; this one reads %2)")
                                                    .arg(version)
                                                    .arg(Migrations::latestVersion()));
        return false;
    }
    if (version < Migrations::latestVersion()) {
        setError(StoreError::Kind::CannotRead,
                 tr("it needs an upgrade to schema %1, and PayDesk may not write it").arg(Migrations::latestVersion()));
        return false;
    }
    PackedOrders::loadDictionaries(m_db, m_blobs.get());
    return true;
}

bool OrderStore::open(const QString& path, int upToVersion)
{
    m_lastError = {};
    m_path = path;
    const QString dir = QFileInfo(path).absolutePath();
    const bool dirReady = PrivateFiles::makeDir(dir);
    m_readOnly = !dirReady || !QFileInfo(dir).isWritable() || (QFileInfo::exists(path) && !QFileInfo(path).isWritable())
                 || !PrivateFiles::create(path);
    if (m_readOnly)
        return openReadOnly();
    if (!openFile(path, false, false) || !isPayDeskCache())
        return false;
    // WAL lets the app read while the CLI syncs; NORMAL sync is safe in WAL (a crash loses no committed data
    // that reached the WAL's checkpoint, only possibly the last commits on power loss).
    for (const char* pragma :
         {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL", "PRAGMA foreign_keys = ON",
          "PRAGMA temp_store = MEMORY", "PRAGMA cache_size = -65536", "PRAGMA wal_autocheckpoint = 16384"}) {
        if (!exec(QString::fromLatin1(pragma)))
            return false;
    }
    tightenFiles();
    if (!migrate(upToVersion > 0 ? upToVersion : Migrations::latestVersion()))
        return false;
    m_schema = schemaVersion();
    m_profileKeys.reset(m_schema);
    if (!openBlobs())
        return false;
    // A bulk load that did not reach its end (a crash) left the lookup indexes out: build them now.
    return upToVersion > 0 || !bulkLoadInterrupted() || endBulkLoad();
}

// Schema 6 packs the full orders, schema 10 beside their columns: the cache's dictionaries, and the rest of a
// conversion cut short.
bool OrderStore::openBlobs()
{
    m_blobs = std::make_unique<OrderBlob>();
    if (m_schema < 6)
        return true;
    PackedOrders::loadDictionaries(m_db, m_blobs.get());
    QString error;
    if (PackedOrders::isConverting(m_db) && !PackedOrders::convert(m_db, m_blobs.get(), &error)) {
        setError(StoreError::Kind::CannotWrite, tr("packing the stored orders failed: %1").arg(error));
        return false;
    }
    if (m_schema >= Migrations::BesideColumns && RepackedOrders::isConverting(m_db)
        && !RepackedOrders::convert(m_db, m_schema, m_blobs.get(), &error)) {
        setError(StoreError::Kind::CannotWrite, tr("packing the stored orders failed: %1").arg(error));
        return false;
    }
    return true;
}

// From schema 6 the stored orders are packed, with the newest dictionary in the cache (a first sync's
// first big batch trains one).
std::unique_ptr<OrderPacker> OrderStore::packer() const
{
    using Form = OrderPacker::Form;
    const Form form = m_schema >= Migrations::BesideColumns ? Form::BesideColumns
                      : m_schema >= 6                       ? Form::Packed
                                                            : Form::Cbor;
    return std::make_unique<OrderPacker>(form,
                                         form != Form::Cbor ? PackedOrders::dictionaries(m_db) : QList<QByteArray>{});
}

void OrderStore::tightenFiles() const
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        PrivateFiles::tighten(m_path + QLatin1String(suffix));
}

bool OrderStore::bulkLoadInterrupted() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = 'orders_fts_insert'"))
           && !q.next();
}

bool OrderStore::beginBulkLoad()
{
    {
        QSqlQuery probe(m_db);
        if (!probe.exec(QStringLiteral("SELECT 1 FROM orders LIMIT 1")) || probe.next())
            return false;
    }
    if (!m_db.transaction())
        return false;
    bool ok = exec(QStringLiteral("DROP TRIGGER IF EXISTS orders_fts_insert"));
    for (const QString& index : Migrations::lookupIndexes())
        ok = ok && exec(QStringLiteral("DROP INDEX IF EXISTS ") + index.section(QLatin1Char(' '), 2, 2));
    if (!ok || !m_db.commit()) {
        m_db.rollback();
        return false;
    }
    return true;
}

bool OrderStore::endBulkLoad()
{
    const bool rebuildFts = bulkLoadInterrupted();
    if (!m_db.transaction()) {
        setError(m_db.lastError(), true);
        return false;
    }
    bool ok = true;
    for (QString index : Migrations::lookupIndexes())
        ok = ok && exec(index.replace(QStringLiteral("CREATE INDEX "), QStringLiteral("CREATE INDEX IF NOT EXISTS ")));
    if (rebuildFts) {
        ok = ok && exec(Migrations::ftsInsertTrigger());
        ok = ok && exec(QStringLiteral("INSERT INTO orders_fts (orders_fts) VALUES ('rebuild')"));
    }
    if (!ok || !m_db.commit()) {
        m_db.rollback();
        return false;
    }
    return true;
}

int OrderStore::schemaVersion() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT version FROM schema_version")) && q.next())
        return q.value(0).toInt();
    return 0;
}

bool OrderStore::migrate(int target)
{
    if (!exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")))
        return false;
    const int found = schemaVersion();
    if (found > Migrations::latestVersion()) {
        setError(StoreError::Kind::NewerSchema, tr("it was written by a newer PayDesk (schema %1; this one reads %2)")
                                                    .arg(found)
                                                    .arg(Migrations::latestVersion()));
        return false;
    }
    // An upgrade that rebuilds the orders sorts each index in temporary files, not in a million orders' memory.
    const bool upgrading = found > 0 && found < target;
    if (upgrading && !exec(QStringLiteral("PRAGMA temp_store = FILE")))
        return false;
    bool ok = true;
    for (int next = found + 1; ok && next <= target; ++next)
        ok = migrateTo(next);
    // VACUUM copies the whole cache through temporary storage: on disk too.
    if (ok && upgrading && found < Migrations::RebuiltOrders && target >= Migrations::RebuiltOrders)
        reclaimSpace();
    return exec(QStringLiteral("PRAGMA temp_store = MEMORY")) && ok;
}

bool OrderStore::migrateTo(int version)
{
    if (!m_db.transaction()) {
        setError(m_db.lastError(), true);
        return false;
    }
    bool ok = true;
    for (const QString& statement : Migrations::step(version))
        ok = ok && exec(statement);
    ok = ok
         && exec(version == 1 ? QStringLiteral("INSERT INTO schema_version (version) VALUES (1)")
                              : QStringLiteral("UPDATE schema_version SET version = %1").arg(version));
    if (!ok || !m_db.commit()) {
        const StoreError why = m_lastError;
        m_db.rollback();
        setError(why.kind, tr("upgrading it to schema %1 failed: %2").arg(version).arg(why.detail));
        return false;
    }
    return true;
}

// The pages the old orders table filled go back to the disk. Not an error when it cannot be done (a full
// disk): the cache is whole either way, and its next writes reuse the free pages.
void OrderStore::reclaimSpace()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("VACUUM")))
        qCWarning(lcStore) << "could not give the upgraded cache's free space back:" << q.lastError().text();
}

StoreResult<int> OrderStore::upsert(const QString& profile, const QList<Order>& orders)
{
    // A dictionary another connection trained since (a sync's writer) packs better than none.
    if (!m_packer || !m_packer->hasDictionary())
        m_packer = packer();
    return upsertPacked(profile, m_packer->pack(orders));
}

StoreResult<int> OrderStore::upsertPacked(const QString& profile, const PackedBatch& batch)
{
    Q_ASSERT(batch.data.size() == batch.orders.size());
    if (!m_upsert) {
        m_upsert = std::make_unique<QSqlQuery>(m_db);
        const bool ok = m_upsert->prepare(upsertStatement(m_schema));
        if (!ok) {
            setError(m_upsert->lastError(), true);
            m_upsert.reset();
            return StoreResult<int>::failed(m_lastError);
        }
    }
    // Given its key before the batch's transaction: a key rolled back with a failed batch would stay remembered.
    QSqlError keyRefused;
    const QVariant key = m_profileKeys.keep(m_db, profile, &keyRefused);
    if (!key.isValid()) {
        setError(keyRefused, true);
        return StoreResult<int>::failed(m_lastError);
    }
    if (!m_db.transaction()) {
        setError(m_db.lastError(), true);
        return StoreResult<int>::failed(m_lastError);
    }
    // Every batch brings its dictionary: kept with the first rows packed with it, whichever batch that is.
    if (QSqlError refused; !batch.dictionary.isEmpty() && !PackedOrders::keep(m_db, batch.dictionary, &refused))
        return abandonUpsert(refused);
    int changed = 0;
    for (qsizetype i = 0; i < batch.orders.size(); ++i) {
        const Order& o = batch.orders.at(i);
        QSqlQuery& q = *m_upsert;
        q.bindValue(0, key);
        q.bindValue(1, OrderRow::idKey(o.orderId, m_schema));
        q.bindValue(2, text(o.orderNumber));
        q.bindValue(3, GatewayKinds::key(o.gateway));
        q.bindValue(4, OrderStatusText::key(o.status));
        q.bindValue(5, progressRank(o.status));
        q.bindValue(6, o.amount.currency().code());
        q.bindValue(7, o.amount.minor());
        q.bindValue(8, o.approved.minor());
        q.bindValue(9, o.captured.minor());
        q.bindValue(10, o.refunded.minor());
        q.bindValue(11, text(o.card.maskedPan));
        q.bindValue(12, text(o.card.lastFour()));
        q.bindValue(13, text(o.email));
        q.bindValue(14, text(o.description));
        q.bindValue(15, OrderRow::stamp(o.created));
        q.bindValue(16, o.status == OrderStatus::Held ? OrderRow::stamp(o.deadline) : 0);
        q.bindValue(17, 0); // "stored" is read by nothing; SQLite keeps a 0 in no bytes
        q.bindValue(18, batch.data.at(i));
        if (m_schema >= PaymentWaySchema)
            q.bindValue(19, PaymentWays::key(o.paymentWay));
        if (!q.exec())
            return abandonUpsert(q.lastError());
        changed += q.numRowsAffected() > 0 ? 1 : 0;
    }
    // An order moved aside as damaged is whole again once the gateway's answer is stored. Each of the few damaged
    // rows looks for its order: "order_id IN (SELECT … FROM orders)" read every order of the profile per batch.
    QSqlQuery healed(m_db);
    healed.prepare(QStringLiteral("DELETE FROM damaged_orders WHERE profile = ? AND EXISTS (SELECT 1 FROM orders o "
                                  "WHERE o.profile = ? AND o.order_id = damaged_orders.order_id)"));
    healed.addBindValue(profile);
    healed.addBindValue(key);
    if (m_schema >= 4 && !healed.exec())
        return abandonUpsert(healed.lastError());
    if (!m_db.commit())
        return abandonUpsert(m_db.lastError());
    return StoreResult<int>::of(changed);
}

// A dictionary trained in the abandoned transaction is gone with it: packing starts again from the cache's.
StoreResult<int> OrderStore::abandonUpsert(const QSqlError& error)
{
    setError(error, true);
    m_db.rollback();
    m_blobs = std::make_unique<OrderBlob>();
    PackedOrders::loadDictionaries(m_db, m_blobs.get());
    return StoreResult<int>::failed(m_lastError);
}

StoreResult<std::optional<Order>> OrderStore::order(const QString& profile, const QString& orderId) const
{
    return firstOrder(QStringLiteral("SELECT %1 FROM orders o WHERE o.profile = ? AND o.order_id = ?")
                          .arg(OrderRow::select(m_schema)),
                      profile, OrderRow::idKey(orderId, m_schema));
}

StoreResult<std::optional<Order>> OrderStore::orderByNumber(const QString& profile, const QString& orderNumber) const
{
    return firstOrder(QStringLiteral("SELECT %1 FROM orders o WHERE o.profile = ? AND o.order_number = ? "
                                     "ORDER BY o.created DESC LIMIT 1")
                          .arg(OrderRow::select(m_schema)),
                      profile, orderNumber);
}

// The first order SQL selects (OrderRow's columns) for the profile and KEY; none is not an error.
StoreResult<std::optional<Order>> OrderStore::firstOrder(const QString& sql, const QString& profile,
                                                         const QVariant& key) const
{
    QSqlQuery q(m_db);
    q.prepare(sql);
    q.addBindValue(profileKey(profile));
    q.addBindValue(key);
    if (!q.exec()) {
        setError(q.lastError(), false);
        return StoreResult<std::optional<Order>>::failed(m_lastError);
    }
    if (!q.next())
        return {};
    return StoreResult<std::optional<Order>>::of(decodeRow(profile, q));
}

QString OrderStore::where(const OrderFilter& f, QVariantList* binds) const
{
    QStringList terms{QStringLiteral("o.profile = ?")};
    if (!f.statuses.isEmpty()) {
        // Literals, not parameters (they come from a fixed list): only then can SQLite use the held-only index.
        QStringList keys;
        for (OrderStatus s : f.statuses)
            keys.append(QLatin1Char('\'') + OrderStatusText::key(s) + QLatin1Char('\''));
        terms.append(keys.size() == 1 ? QStringLiteral("o.status = %1").arg(keys.first())
                                      : QStringLiteral("o.status IN (%1)").arg(keys.join(QLatin1Char(','))));
    }
    if (f.dueWithinHours >= 0) {
        terms.append(QStringLiteral("o.status = 'held' AND o.deadline <= ?"));
        binds->append(Clock::nowMSecs() + qint64(f.dueWithinHours) * 3600 * 1000);
    }
    if (f.holds != HoldDeadline::Any) {
        // A hold without a known deadline (stored as 0) is never taken for expired.
        terms.append(f.holds == HoldDeadline::Open
                         ? QStringLiteral("o.status = 'held' AND (o.deadline > ? OR o.deadline = 0)")
                         : QStringLiteral("o.status = 'held' AND o.deadline > 0 AND o.deadline <= ?"));
        binds->append(Clock::nowMSecs());
    }
    // Each time bound that is set: its term and its moment.
    const std::pair<const QDateTime&, const char*> bounds[] = {
        {f.deadlineFrom, "o.status = 'held' AND o.deadline >= ?"},
        {f.deadlineTo, "o.status = 'held' AND o.deadline < ?"},
        {f.createdFrom, "o.created >= ?"},
        {f.createdTo, "o.created <= ?"}};
    for (const auto& [moment, term] : bounds) {
        if (moment.isValid()) {
            terms.append(QLatin1String(term));
            binds->append(OrderRow::stamp(moment));
        }
    }
    if (!f.paymentWays.isEmpty()) {
        QStringList keys;
        for (PaymentWay way : f.paymentWays)
            keys.append(QLatin1Char('\'') + PaymentWays::key(way) + QLatin1Char('\''));
        terms.append(QStringLiteral("o.payment_way IN (%1)").arg(keys.join(QLatin1Char(','))));
    }
    if (f.minAmount) {
        terms.append(QStringLiteral("o.amount >= ?"));
        binds->append(*f.minAmount);
    }
    if (f.maxAmount) {
        terms.append(QStringLiteral("o.amount <= ?"));
        binds->append(*f.maxAmount);
    }
    return terms.join(QStringLiteral(" AND "));
}

OrderSummary OrderStore::summaryFrom(const QSqlQuery& q, const std::optional<Order>& full)
{
    const Order o = OrderRow::read(q);
    OrderSummary s;
    s.rowId = q.value(0).toLongLong();
    s.orderId = o.orderId;
    s.orderNumber = o.orderNumber;
    s.gateway = o.gateway;
    s.status = o.status;
    s.amount = o.amount;
    s.approved = o.approved;
    s.captured = o.captured;
    s.refunded = o.refunded;
    s.maskedPan = o.card.maskedPan;
    s.email = o.email;
    s.description = o.description;
    s.created = o.created;
    s.deadline = o.deadline;
    s.paymentWay = o.paymentWay;
    if (full)
        s.returnedAt = s.status == OrderStatus::Reversed ? full->reversedAt : full->refundedAt;
    return s;
}

// Column 15 of a list row: the packed order of a reversed or refunded one, NULL for the others.
std::optional<Order> OrderStore::returnedOrder(const QSqlQuery& q) const
{
    if (q.value(OrderRow::PackedColumn).isNull())
        return std::nullopt;
    const std::optional<QByteArray> cbor = m_blobs->unpack(q.value(OrderRow::PackedColumn).toByteArray());
    const Order columns = OrderRow::read(q);
    return cbor ? OrderCodec::decode(*cbor, nullptr, &columns) : std::nullopt;
}

namespace {
// Binds the two ranges of gateway ids that begin with TEXT: as text, and as the 16 bytes of a UUID (OrderRow).
void bindIdRanges(const QString& text, QVariantList* binds)
{
    const auto [first, last] = OrderRow::idBlobRange(text);
    *binds << text.toLower() << QString(text.toLower() + QChar(0xFFFF)) << first << last;
}

// The rows a text search starts from, as "(SELECT … AS hit …) AS m" with its binds: words in the FTS
// index, or a gateway id by its beginning in the unique key; an e-mail address through its own index
// (in the FTS index its domain words are in every row).
QString hitsClause(const QVariant& profile, const QString& text, QVariantList* binds)
{
    if (text.contains(QLatin1Char('@')) && !text.contains(QLatin1Char(' '))) {
        binds->append(profile);
        binds->append(text.toLower());
        binds->append(QString(text.toLower() + QChar(0xFFFF)));
        return QStringLiteral("(SELECT id AS hit FROM orders WHERE profile = ? AND email >= ? AND email < ?) AS m");
    }
    const QString match = ftsQuery(text);
    binds->append(match.isEmpty() ? QStringLiteral("\"\"") : match);
    const auto [first, last] = OrderRow::idBlobRange(text);
    *binds << profile << text.toLower() << QString(text.toLower() + QChar(0xFFFF)) << profile << first << last;
    return QStringLiteral("(SELECT rowid AS hit FROM orders_fts WHERE orders_fts MATCH ? UNION SELECT id FROM orders "
                          "WHERE profile = ? AND order_id >= ? AND order_id < ? UNION SELECT id FROM orders "
                          "WHERE profile = ? AND order_id >= ? AND order_id < ?) AS m");
}

// FROM clause and its leading binds: text search starts from its hits, the rest from orders.
QString fromClause(const QVariant& profile, const OrderFilter& f, QVariantList* binds)
{
    const QString text = f.text.trimmed();
    // Without statistics SQLite prefers the full deadline index for held orders by deadline, and
    // walks a million non-held rows; the held-only index holds exactly the rows wanted.
    if (text.isEmpty() && f.statuses == QList<OrderStatus>{OrderStatus::Held})
        return QStringLiteral("orders o INDEXED BY orders_held");
    if (text.isEmpty())
        return QStringLiteral("orders o");
    return hitsClause(profile, text, binds) + QStringLiteral(" CROSS JOIN orders o ON o.id = m.hit");
}
} // namespace

bool OrderStore::holdsOnly(const QVariant& profile) const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT min(profile), count(DISTINCT profile) FROM order_counts WHERE n > 0"))
           && q.next() && q.value(1).toInt() == 1 && q.value(0) == profile;
}

QVariant OrderStore::profileKey(const QString& profile) const
{
    return m_profileKeys.find(m_db, profile);
}

bool OrderStore::wordsAreCommon(const QString& profile, const OrderFilter& f) const
{
    const QString text = f.text.trimmed();
    const QString match = ftsQuery(text);
    if (match.isEmpty() || (text.contains(QLatin1Char('@')) && !text.contains(QLatin1Char(' '))))
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT (SELECT count(*) FROM orders_fts WHERE orders_fts MATCH ?), "
                             "(SELECT coalesce(sum(n), 0) FROM order_counts WHERE profile = ?)"));
    q.addBindValue(match);
    q.addBindValue(profileKey(profile));
    return q.exec() && q.next() && q.value(1).toLongLong() > 0
           && q.value(0).toLongLong() * 100 >= q.value(1).toLongLong();
}

StoreResult<QList<OrderSummary>> OrderStore::orders(const QString& profile, const OrderFilter& filter, int offset,
                                                    int limit) const
{
    // Words in one order of a hundred or more: sorting every hit costs more than walking the sort
    // column's index and keeping the hits, which finds a page within a few thousand rows.
    const bool walkSorted = wordsAreCommon(profile, filter);
    QVariantList binds;
    const QVariant key = profileKey(profile);
    const QString from = walkSorted ? QStringLiteral("orders o") : fromClause(key, filter, &binds);
    binds.append(key);
    QString condition = where(filter, &binds);
    if (walkSorted) {
        const QString text = filter.text.trimmed().toLower();
        condition += QStringLiteral(" AND (o.id IN (SELECT rowid FROM orders_fts WHERE orders_fts MATCH ?) "
                                    "OR (o.order_id >= ? AND o.order_id < ?) OR (o.order_id >= ? AND o.order_id < ?))");
        binds << ftsQuery(filter.text.trimmed());
        bindIdRanges(filter.text.trimmed(), &binds);
    }
    const QString direction = filter.sortOrder == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY %4 LIMIT ? OFFSET ?")
                  .arg(summaryColumns(m_schema), from, condition, sortExpression(filter.sortColumn, direction)));
    for (const QVariant& v : std::as_const(binds))
        q.addBindValue(v);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec()) {
        setError(q.lastError(), false);
        return StoreResult<QList<OrderSummary>>::failed(m_lastError);
    }
    QList<OrderSummary> rows;
    rows.reserve(limit);
    while (q.next())
        rows.append(summaryFrom(q, returnedOrder(q)));
    return StoreResult<QList<OrderSummary>>::of(rows);
}

StoreResult<int> OrderStore::count(const QString& profile, const OrderFilter& filter) const
{
    if (m_schema >= 6 && HeldTotals::answers(filter)) {
        if (const auto sums = HeldTotals::read(m_db, profileKey(profile), filter.holds)) {
            qint64 n = 0;
            for (const HeldTotals::Sum& sum : *sums)
                n += sum.holds;
            return StoreResult<int>::of(int(n));
        }
    }
    const bool byStatusOnly =
        filter.text.trimmed().isEmpty() && filter.dueWithinHours < 0 && filter.holds == HoldDeadline::Any
        && !filter.deadlineFrom.isValid() && !filter.deadlineTo.isValid() && !filter.createdFrom.isValid()
        && !filter.createdTo.isValid() && !filter.minAmount && !filter.maxAmount && filter.paymentWays.isEmpty();
    if (byStatusOnly) {
        QStringList keys;
        for (OrderStatus s : filter.statuses)
            keys.append(QLatin1Char('\'') + OrderStatusText::key(s) + QLatin1Char('\''));
        QSqlQuery q(m_db);
        q.prepare(
            QStringLiteral("SELECT coalesce(sum(n), 0) FROM order_counts WHERE profile = ?")
            + (keys.isEmpty() ? QString() : QStringLiteral(" AND status IN (%1)").arg(keys.join(QLatin1Char(',')))));
        q.addBindValue(profileKey(profile));
        if (q.exec() && q.next())
            return StoreResult<int>::of(q.value(0).toInt());
    }
    QVariantList binds;
    QString from;
    QString condition;
    const bool textOnly = !filter.text.trimmed().isEmpty() && filter.statuses.isEmpty() && filter.dueWithinHours < 0
                          && filter.holds == HoldDeadline::Any && !filter.deadlineFrom.isValid()
                          && !filter.deadlineTo.isValid() && !filter.createdFrom.isValid()
                          && !filter.createdTo.isValid() && !filter.minAmount && !filter.maxAmount
                          && filter.paymentWays.isEmpty();
    const QVariant key = profileKey(profile);
    if (textOnly && holdsOnly(key)) {
        // Every indexed row is this profile's: count the hits without reading a row of each (a common
        // word's hits are a large part of the cache).
        from = hitsClause(key, filter.text.trimmed(), &binds);
        condition = QStringLiteral("1");
    } else {
        from = fromClause(key, filter, &binds);
        binds.append(key);
        condition = where(filter, &binds);
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(from, condition));
    for (const QVariant& v : std::as_const(binds))
        q.addBindValue(v);
    if (q.exec() && q.next())
        return StoreResult<int>::of(q.value(0).toInt());
    setError(q.lastError(), false);
    return StoreResult<int>::failed(m_lastError);
}

StoreError OrderStore::forEach(const QString& profile, const OrderFilter& filter,
                               const std::function<void(const Order&)>& visit, int limit) const
{
    QVariantList binds;
    const QVariant key = profileKey(profile);
    const QString from = fromClause(key, filter, &binds);
    binds.append(key);
    const QString condition = where(filter, &binds);
    const QString direction = filter.sortOrder == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY %4 LIMIT ?")
                  .arg(OrderRow::select(m_schema), from, condition, sortExpression(filter.sortColumn, direction)));
    for (const QVariant& v : std::as_const(binds))
        q.addBindValue(v);
    q.addBindValue(limit);
    if (!q.exec()) {
        setError(q.lastError(), false);
        return m_lastError;
    }
    while (q.next()) {
        if (const std::optional<Order> order = decodeRow(profile, q))
            visit(*order);
    }
    return {};
}

std::optional<Order> OrderStore::decodeRow(const QString& profile, const QSqlQuery& q) const
{
    const QByteArray data = q.value(OrderRow::PackedColumn).toByteArray();
    const Order columns = OrderRow::read(q);
    const QString& orderId = columns.orderId;
    QString why;
    std::optional<QByteArray> cbor = m_blobs->unpack(data, &why);
    // Another connection (the sync's writer) may have trained a dictionary since this one was opened.
    if (!cbor && OrderBlob::neededDictionary(data) != 0 && PackedOrders::loadDictionaries(m_db, m_blobs.get()))
        cbor = m_blobs->unpack(data, &why);
    std::optional<Order> order = cbor ? OrderCodec::decode(*cbor, &why, &columns) : std::nullopt;
    if (order && order->orderId != orderId)
        why = QStringLiteral("the stored order is %1").arg(order->orderId);
    else if (order && !order->amountsArePlausible())
        why = QStringLiteral("an amount out of range");
    else if (order)
        return order;
    m_damaged.append({profile, orderId, why});
    qCWarning(lcStore) << "damaged order" << orderId << "in" << m_path << ":" << why;
    return std::nullopt;
}

QList<DamagedRow> OrderStore::takeDamagedRows() const
{
    const QList<DamagedRow> found = std::exchange(m_damaged, {});
    // Moved aside while we can write: the views no longer show it, and the next sync fetches it again.
    if (!found.isEmpty() && !m_readOnly)
        const_cast<OrderStore*>(this)->moveAside(found);
    return found;
}

bool OrderStore::moveAside(const QList<DamagedRow>& rows)
{
    if (!m_db.transaction()) {
        setError(m_db.lastError(), true);
        return false;
    }
    QSqlQuery keep(m_db);
    QSqlQuery drop(m_db);
    bool ok = keep.prepare(QStringLiteral(
                  "INSERT OR REPLACE INTO damaged_orders (profile, order_id, reason, found) VALUES (?, ?, ?, ?)"))
              && drop.prepare(QStringLiteral("DELETE FROM orders WHERE profile = ? AND order_id = ?"));
    for (const DamagedRow& row : rows) {
        keep.addBindValue(row.profile);
        keep.addBindValue(OrderRow::idKey(row.orderId, m_schema));
        keep.addBindValue(row.reason);
        keep.addBindValue(Clock::nowMSecs());
        drop.addBindValue(profileKey(row.profile));
        drop.addBindValue(OrderRow::idKey(row.orderId, m_schema));
        ok = ok && keep.exec() && drop.exec();
    }
    if (!ok || !m_db.commit()) {
        setError(!keep.lastError().isValid() ? (!drop.lastError().isValid() ? m_db.lastError() : drop.lastError())
                                             : keep.lastError(),
                 true);
        m_db.rollback();
        return false;
    }
    return true;
}

StoreResult<CacheCheck> OrderStore::check(bool repair)
{
    CacheCheck report;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        setError(q.lastError(), false);
        return StoreResult<CacheCheck>::failed(m_lastError);
    }
    while (q.next()) {
        if (q.value(0).toString() != QLatin1String("ok"))
            report.integrity.append(q.value(0).toString());
    }
    if (!q.exec(QStringLiteral("SELECT %1, o.profile FROM orders o").arg(OrderRow::select(m_schema)))) {
        setError(q.lastError(), false);
        return StoreResult<CacheCheck>::failed(m_lastError);
    }
    while (q.next()) {
        ++report.rows;
        decodeRow(m_profileKeys.name(m_db, q.value(OrderRow::PackedColumn + 2)), q);
    }
    q.finish();
    report.damaged = std::exchange(m_damaged, {});
    if (repair && !report.damaged.isEmpty() && !m_readOnly)
        report.repaired = moveAside(report.damaged);
    return StoreResult<CacheCheck>::of(report);
}

StoreResult<QList<Money>> OrderStore::totals(const QString& profile, const OrderFilter& filter, TotalOf what) const
{
    // Integer sums in SQLite are exact (an overflow is an error, never a rounded figure).
    // Held amounts only of held rows: a condition, not a CASE, so that the held-only index covers the sum.
    static const char* const Sums[] = {"o.amount", "o.approved - o.captured", "o.refunded"};
    if (what == TotalOf::Held && m_schema >= 6 && HeldTotals::answers(filter)) {
        if (const auto sums = HeldTotals::read(m_db, profileKey(profile), filter.holds)) {
            return StoreResult<QList<Money>>::of(HeldTotals::capturable(*sums));
        }
    }
    QVariantList binds;
    const QVariant key = profileKey(profile);
    const QString from = fromClause(key, filter, &binds);
    binds.append(key);
    QString condition = where(filter, &binds);
    if (what == TotalOf::Held)
        condition += QStringLiteral(" AND o.status = 'held'");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT o.currency, sum(%1) FROM %2 WHERE %3 GROUP BY o.currency "
                             "ORDER BY count(*) DESC, o.currency")
                  .arg(QLatin1String(Sums[int(what)]), from, condition));
    for (const QVariant& v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec()) {
        setError(q.lastError(), false);
        return StoreResult<QList<Money>>::failed(m_lastError);
    }
    QList<Money> sums;
    while (q.next()) {
        if (q.value(1).toLongLong() != 0)
            sums.append(Money(q.value(1).toLongLong(), Currency::fromCode(q.value(0).toString())));
    }
    return StoreResult<QList<Money>>::of(sums);
}

StoreResult<QList<HeldAmount>> OrderStore::heldAmounts(const QString& profile) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT deadline, currency, approved - captured FROM orders INDEXED BY orders_held "
                             "WHERE profile = ? AND status = 'held'"));
    q.addBindValue(profileKey(profile));
    if (!q.exec()) {
        setError(q.lastError(), false);
        return StoreResult<QList<HeldAmount>>::failed(m_lastError);
    }
    QList<HeldAmount> list;
    while (q.next())
        list.append({OrderRow::fromStamp(q.value(0).toLongLong()),
                     Money(q.value(2).toLongLong(), Currency::fromCode(q.value(1).toString()))});
    return StoreResult<QList<HeldAmount>>::of(list);
}

StoreResult<QStringList> OrderStore::activeOrderIds(const QString& profile, const QDateTime& createdSince,
                                                    const QDateTime& createdBefore) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT order_id FROM orders WHERE profile = ? AND (status IN ('held', 'pending') "
                             "OR (status = 'created' AND created >= ?)) AND created < ? "
                             "UNION SELECT order_id FROM damaged_orders WHERE profile = ?"));
    q.addBindValue(profileKey(profile));
    q.addBindValue(OrderRow::stamp(createdSince));
    q.addBindValue(createdBefore.isValid() ? OrderRow::stamp(createdBefore) : std::numeric_limits<qint64>::max());
    q.addBindValue(profile);
    if (!q.exec()) {
        setError(q.lastError(), false);
        return StoreResult<QStringList>::failed(m_lastError);
    }
    QStringList ids;
    while (q.next())
        ids.append(OrderRow::idText(q.value(0)));
    return StoreResult<QStringList>::of(ids);
}

StoreResult<SyncState> OrderStore::syncState(const QString& profile) const
{
    SyncState s;
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT synced_to, synced_at, last_error, last_error_at FROM sync_state WHERE profile = ?"));
    q.addBindValue(profile);
    if (!q.exec()) {
        setError(q.lastError(), false);
        return StoreResult<SyncState>::failed(m_lastError);
    }
    if (q.next()) {
        s.syncedTo = OrderRow::fromStamp(q.value(0).toLongLong());
        s.syncedAt = OrderRow::fromStamp(q.value(1).toLongLong());
        s.lastError = q.value(2).toString();
        s.lastErrorAt = OrderRow::fromStamp(q.value(3).toLongLong());
    }
    return StoreResult<SyncState>::of(s);
}

StoreError OrderStore::recordSyncSuccess(const QString& profile, const QDateTime& syncedTo)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO sync_state (profile, synced_to, synced_at, last_error, last_error_at) "
                       "VALUES (?, ?, ?, NULL, NULL) ON CONFLICT (profile) DO UPDATE SET "
                       "synced_to = max(coalesce(synced_to, 0), excluded.synced_to), synced_at = excluded.synced_at, "
                       "last_error = NULL, last_error_at = NULL"));
    q.addBindValue(profile);
    q.addBindValue(OrderRow::stamp(syncedTo));
    q.addBindValue(Clock::nowMSecs());
    if (!q.exec()) {
        setError(q.lastError(), true);
        return m_lastError;
    }
    return {};
}

StoreError OrderStore::recordSyncFailure(const QString& profile, const QString& error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO sync_state (profile, last_error, last_error_at) VALUES (?, ?, ?) "
                             "ON CONFLICT (profile) DO UPDATE SET last_error = excluded.last_error, "
                             "last_error_at = excluded.last_error_at"));
    q.addBindValue(profile);
    q.addBindValue(error);
    q.addBindValue(Clock::nowMSecs());
    if (!q.exec()) {
        setError(q.lastError(), true);
        return m_lastError;
    }
    return {};
}

} // namespace PayDesk
