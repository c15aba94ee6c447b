#pragma once

#include "core/model/OperationResult.h"
#include "core/model/Order.h"
#include "core/store/StoreResult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <unordered_map>

class QSqlQuery;

namespace PayDesk {

// One money operation as the journal knows it.
struct JournalEntry
{
    enum class State { Intent, Sent, Done, Refused, Unknown };

    qint64 id = 0;
    QString profile;
    QString orderId;
    QString orderNumber;
    OperationKind kind = OperationKind::Capture;
    Money amount;
    QString operatorName; // the OS user at the desk
    QString host;         // the desk (computer) it was made on; empty for entries older than the record
    QString origin;       // where it was started from: OperationJournal::App, Cli (empty: not recorded)
    QString batch;        // the batch it belongs to, if any
    qint64 ownerPid = 0;  // the process that sends it: while it lives, the entry is its own
    bool claimed = false; // team: its desk still holds a live claim on the order (OrderClaims)
    OrderStatus beforeStatus = OrderStatus::Unknown;
    qint64 beforeCaptured = 0; // minor units, as the order was right before sending
    qint64 beforeRefunded = 0;
    State state = State::Intent;
    QString resolvedBy; // "answer" (the gateway said), "status" (read from the order afterwards)
    QString gatewayCode;
    QString message;
    QDateTime created;
    QDateTime sent;
    QDateTime finished;

    bool isOpen() const { return state == State::Intent || state == State::Sent || state == State::Unknown; }
    // Open, and no live process is still waiting for its answer.
    bool isAbandoned() const;
    static QString stateKey(State state); // "intent", "sent", "done", "refused", "unknown"
    static QString displayState(State state);
    // "in the app", "from the command line", or empty.
    QString displayOrigin() const;
};

struct JournalFilter
{
    bool openOnly = false;
    QString orderId;
    // With orderId: also the registration of that order number, made before the gateway named the order.
    QString orderNumber;
    QDateTime from;
    QDateTime to;
    int limit = -1;
};

// The operation journal, in the order cache's database (same file, same connection): a row per operation,
// written before it is sent and updated as it is sent and settled; rows are never deleted.
class OperationJournal
{
    Q_DECLARE_TR_FUNCTIONS(OperationJournal)
public:
    explicit OperationJournal(QSqlDatabase database)
        : m_db(std::move(database))
    { }

    // Writes the intent and returns its id; with an error nothing may be sent.
    StoreResult<qint64> begin(const QString& profile, OperationKind kind, const Order& before, const Money& amount,
                              const QString& batch = {});
    // Marks an intent as sent; an entry that is no intent any more is an error too.
    StoreError markSent(qint64 id);
    // A registration learns its order's id from the answer (or from looking its order number up);
    // one that already has it is left as it is.
    StoreError attachOrder(qint64 id, const QString& orderId);
    // Records how it ended; the value says whether the entry changed. An entry already done or
    // refused is never changed (false, no error).
    StoreResult<bool> finish(qint64 id, JournalEntry::State state, const QString& resolvedBy,
                             const QString& gatewayCode, const QString& message);

    StoreResult<QList<JournalEntry>> entries(const QString& profile, const JournalFilter& filter = {}) const;
    StoreResult<int> openCount(const QString& profile) const;

    QSqlDatabase database() const { return m_db; }
    bool isTeam() const; // the team's PostgreSQL journal
    static QString currentOperator();
    static QString currentHost(); // the desk: PAYDESK_DESK, else the host name
    // Where this process's operations come from, written with each entry: the app and the CLI say so at start.
    static constexpr const char* App = "app";
    static constexpr const char* Cli = "cli";
    static void setOrigin(const QString& origin);
    static QString origin();

private:
    StoreError failure(const QSqlQuery& query, bool writing) const;
    QSqlQuery& statement(const QString& sql) const;

    QSqlDatabase m_db;
    mutable std::unordered_map<QString, QSqlQuery> m_statements;
    mutable QSqlQuery m_failedStatement;
};

} // namespace PayDesk
