#include "core/store/OperationJournal.h"
#include "core/time/Clock.h"

#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>

#include <cerrno>
#include <csignal>
#include <pwd.h>
#include <unistd.h>

namespace PayDesk {

namespace {
const char* const StateKeys[] = {"intent", "sent", "done", "refused", "unknown"};

JournalEntry::State stateFromKey(const QString& key)
{
    for (int i = 0; i < 5; ++i) {
        if (key == QLatin1String(StateKeys[i]))
            return JournalEntry::State(i);
    }
    return JournalEntry::State::Unknown;
}

OperationKind kindFromKey(const QString& key)
{
    for (OperationKind k : {OperationKind::Capture, OperationKind::Reverse, OperationKind::Refund,
                            OperationKind::PayByBinding, OperationKind::Register, OperationKind::CloseReceipt}) {
        if (OperationResult::kindKey(k) == key)
            return k;
    }
    return OperationKind::Capture;
}

// The journal's text columns are NOT NULL; a null QString would bind as NULL.
QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString& processOrigin()
{
    static QString origin;
    return origin;
}

QDateTime fromStamp(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}
} // namespace

QString JournalEntry::stateKey(State state)
{
    return QString::fromLatin1(StateKeys[int(state)]);
}

bool JournalEntry::isAbandoned() const
{
    if (state == State::Unknown)
        return true;
    if (!isOpen())
        return false;
    // Another desk's (team mode): its process cannot be asked; it is abandoned once its claim's lease ran out.
    if (!host.isEmpty() && host != OperationJournal::currentHost())
        return !claimed;
    if (ownerPid == QCoreApplication::applicationPid())
        return false;
    // kill(pid, 0) succeeds (or is refused) only while the process exists.
    return ownerPid <= 0 || (::kill(pid_t(ownerPid), 0) != 0 && errno == ESRCH);
}

QString JournalEntry::displayState(State state)
{
    switch (state) {
    case State::Intent:
        return OperationJournal::tr("About to send");
    case State::Sent:
        return OperationJournal::tr("Sent, no answer yet");
    case State::Done:
        return OperationJournal::tr("Done");
    case State::Refused:
        return OperationJournal::tr("Not done");
    case State::Unknown:
        return OperationJournal::tr("Outcome unknown");
    }
    return {};
}

QString JournalEntry::displayOrigin() const
{
    if (origin == QLatin1String(OperationJournal::App))
        return OperationJournal::tr("in the app");
    if (origin == QLatin1String(OperationJournal::Cli))
        return OperationJournal::tr("from the command line");
    return {};
}

void OperationJournal::setOrigin(const QString& origin)
{
    processOrigin() = origin;
}

QString OperationJournal::origin()
{
    return processOrigin();
}

QString OperationJournal::currentOperator()
{
    if (const passwd* pw = getpwuid(getuid()))
        return QString::fromLocal8Bit(pw->pw_name);
    return qEnvironmentVariable("USER", QStringLiteral("unknown"));
}

QString OperationJournal::currentHost()
{
    // PAYDESK_DESK names the desk where one computer serves several (a terminal server); else the host name.
    const QString named = qEnvironmentVariable("PAYDESK_DESK").trimmed();
    return named.isEmpty() ? QSysInfo::machineHostName() : named;
}

// Prepared once per SQL text and connection: a capture writes and reads the journal four times, and preparing each
// statement again cost as much as running it. A statement that does not prepare is not kept.
QSqlQuery& OperationJournal::statement(const QString& sql) const
{
    const auto found = m_statements.find(sql);
    if (found != m_statements.end())
        return found->second;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        m_failedStatement = std::move(q);
        return m_failedStatement;
    }
    return m_statements.emplace(sql, std::move(q)).first->second;
}

bool OperationJournal::isTeam() const
{
    return m_db.driverName() == QLatin1String("QPSQL");
}

StoreError OperationJournal::failure(const QSqlQuery& query, bool writing) const
{
    return StoreError::fromSql(query.lastError(), m_db.databaseName(), writing);
}

StoreResult<qint64> OperationJournal::begin(const QString& profile, OperationKind kind, const Order& before,
                                            const Money& amount, const QString& batch)
{
    QSqlQuery& q = statement(
        QStringLiteral(
            "INSERT INTO journal (profile, order_id, order_number, kind, currency, amount, operator, owner_pid, batch, "
            "before_status, before_captured, before_refunded, state, created, origin, host) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'intent', ?, ?, ?)")
        + (isTeam() ? QStringLiteral(" RETURNING id") : QString()));
    const auto done = qScopeGuard([&q] { q.finish(); });
    q.addBindValue(profile);
    q.addBindValue(text(before.orderId));
    q.addBindValue(text(before.orderNumber));
    q.addBindValue(OperationResult::kindKey(kind));
    q.addBindValue(amount.currency().code());
    q.addBindValue(amount.minor());
    q.addBindValue(currentOperator());
    q.addBindValue(QCoreApplication::applicationPid());
    q.addBindValue(text(batch));
    q.addBindValue(OrderStatusText::key(before.status));
    q.addBindValue(before.captured.minor());
    q.addBindValue(before.refunded.minor());
    q.addBindValue(Clock::nowMSecs());
    q.addBindValue(text(origin()));
    q.addBindValue(currentHost());
    if (!q.exec())
        return StoreResult<qint64>::failed(failure(q, true));
    // PostgreSQL gives the new id through RETURNING (its lastInsertId is an OID).
    return StoreResult<qint64>::of(isTeam() && q.next() ? q.value(0).toLongLong() : q.lastInsertId().toLongLong());
}

StoreError OperationJournal::markSent(qint64 id)
{
    QSqlQuery& q =
        statement(QStringLiteral("UPDATE journal SET state = 'sent', sent = ? WHERE id = ? AND state = 'intent'"));
    const auto done = qScopeGuard([&q] { q.finish(); });
    q.addBindValue(Clock::nowMSecs());
    q.addBindValue(id);
    if (!q.exec())
        return failure(q, true);
    if (q.numRowsAffected() != 1)
        return StoreError::of(StoreError::Kind::CannotWrite, m_db.databaseName(),
                              tr("operation journal entry %1 is no longer about to be sent").arg(id));
    return {};
}

StoreError OperationJournal::attachOrder(qint64 id, const QString& orderId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE journal SET order_id = ? WHERE id = ? AND kind = 'register' AND order_id = ''"));
    q.addBindValue(orderId);
    q.addBindValue(id);
    return q.exec() ? StoreError{} : failure(q, true);
}

StoreResult<bool> OperationJournal::finish(qint64 id, JournalEntry::State state, const QString& resolvedBy,
                                           const QString& gatewayCode, const QString& message)
{
    QSqlQuery& q =
        statement(QStringLiteral("UPDATE journal SET state = ?, resolved_by = ?, gateway_code = ?, message = ?, "
                                 "finished = ? WHERE id = ? AND state IN ('intent', 'sent', 'unknown')"));
    const auto done = qScopeGuard([&q] { q.finish(); });
    q.addBindValue(JournalEntry::stateKey(state));
    q.addBindValue(text(resolvedBy));
    q.addBindValue(text(gatewayCode));
    q.addBindValue(text(message));
    q.addBindValue(Clock::nowMSecs());
    q.addBindValue(id);
    if (!q.exec())
        return StoreResult<bool>::failed(failure(q, true));
    return StoreResult<bool>::of(q.numRowsAffected() == 1);
}

StoreResult<QList<JournalEntry>> OperationJournal::entries(const QString& profile, const JournalFilter& f) const
{
    QString sql = QStringLiteral(
        "SELECT id, profile, order_id, order_number, kind, currency, amount, operator, batch, before_status, "
        "before_captured, before_refunded, state, resolved_by, gateway_code, message, created, sent, finished, "
        "owner_pid, origin, host, %1 "
        "FROM journal WHERE profile = ?");
    // Team: whether the entry's desk still holds a live claim on the order, on the server's clock.
    sql = sql.arg(isTeam() ? QStringLiteral("EXISTS (SELECT 1 FROM claims c WHERE c.profile = journal.profile AND "
                                            "c.order_id = journal.order_id AND c.host = journal.host AND c.owner_pid "
                                            "= journal.owner_pid AND c.lease_until > (extract(epoch FROM "
                                            "clock_timestamp()) * 1000)::bigint)")
                           : QStringLiteral("0"));
    QVariantList binds{profile};
    if (f.openOnly)
        sql += QStringLiteral(" AND state IN ('intent', 'sent', 'unknown')");
    if (!f.orderId.isEmpty() && !f.orderNumber.isEmpty()) {
        sql += QStringLiteral(" AND (order_id = ? OR (order_id = '' AND order_number = ?))");
        binds << f.orderId << f.orderNumber;
    } else if (!f.orderId.isEmpty()) {
        sql += QStringLiteral(" AND order_id = ?");
        binds.append(f.orderId);
    }
    if (f.from.isValid()) {
        sql += QStringLiteral(" AND created >= ?");
        binds.append(f.from.toMSecsSinceEpoch());
    }
    if (f.to.isValid()) {
        sql += QStringLiteral(" AND created <= ?");
        binds.append(f.to.toMSecsSinceEpoch());
    }
    sql += QStringLiteral(" ORDER BY id");
    if (f.limit >= 0) {
        sql += QStringLiteral(" LIMIT ?");
        binds.append(f.limit);
    }
    QSqlQuery& q = statement(sql);
    const auto done = qScopeGuard([&q] { q.finish(); }); // a reused SELECT left unfinished holds its snapshot
    for (const QVariant& v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec())
        return StoreResult<QList<JournalEntry>>::failed(failure(q, false));
    QList<JournalEntry> list;
    while (q.next()) {
        JournalEntry e;
        e.id = q.value(0).toLongLong();
        e.profile = q.value(1).toString();
        e.orderId = q.value(2).toString();
        e.orderNumber = q.value(3).toString();
        e.kind = kindFromKey(q.value(4).toString());
        e.amount = Money(q.value(6).toLongLong(), Currency::fromCode(q.value(5).toString()));
        e.operatorName = q.value(7).toString();
        e.batch = q.value(8).toString();
        if (!OrderStatusText::fromKey(q.value(9).toString(), &e.beforeStatus))
            e.beforeStatus = OrderStatus::Unknown;
        e.beforeCaptured = q.value(10).toLongLong();
        e.beforeRefunded = q.value(11).toLongLong();
        e.state = stateFromKey(q.value(12).toString());
        e.resolvedBy = q.value(13).toString();
        e.gatewayCode = q.value(14).toString();
        e.message = q.value(15).toString();
        e.created = fromStamp(q.value(16));
        e.sent = fromStamp(q.value(17));
        e.finished = fromStamp(q.value(18));
        e.ownerPid = q.value(19).toLongLong();
        e.origin = q.value(20).toString();
        e.host = q.value(21).toString();
        e.claimed = q.value(22).toBool();
        list.append(e);
    }
    return StoreResult<QList<JournalEntry>>::of(list);
}

StoreResult<int> OperationJournal::openCount(const QString& profile) const
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT count(*) FROM journal WHERE profile = ? AND state IN ('intent', 'sent', 'unknown')"));
    q.addBindValue(profile);
    if (!q.exec() || !q.next())
        return StoreResult<int>::failed(failure(q, false));
    return StoreResult<int>::of(q.value(0).toInt());
}

} // namespace PayDesk
