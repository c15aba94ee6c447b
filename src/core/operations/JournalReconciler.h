#pragma once

#include "core/operations/OperationEvidence.h"

#include <QCoreApplication>
#include <QObject>
#include <QStringList>

namespace PayDesk {

class GatewayClient;
class OperationJournal;
class OrderJob;
class OrderCache;

struct ReconcileReport
{
    int checked = 0;
    int done = 0;       // it happened
    int notDone = 0;    // it did not: the user may do it again
    int stillOpen = 0;  // the gateway could not be asked, or its answer proves nothing yet
    int inProgress = 0; // left alone: a live process is still waiting for the answer
    QStringList problems;
};

// Settles every open journal entry of a profile (left by a lost answer or a crash) by reading the
// order's status from the gateway and judging it against the order before the operation. Never
// sends an operation. Stores what it read in the cache.
class JournalReconciler : public QObject
{
    Q_OBJECT
public:
    JournalReconciler(GatewayClient* client, OperationJournal* journal, OrderCache* store, QString profile,
                      QObject* parent = nullptr);
    // An operation sent less than this long ago may still be under way at the gateway: its order's
    // unchanged status proves nothing yet. At least the client's request timeout.
    void setSettleSecs(int secs) { m_settleSecs = secs; }
    void start();
    const ReconcileReport& report() const { return m_report; }

signals:
    void finished(const ReconcileReport& report);

private:
    void settle(OrderJob* status, const QList<JournalEntry>& entries);
    void record(const JournalEntry& entry, OperationEvidence::Verdict verdict, const Order& now);

    GatewayClient* m_client;
    OperationJournal* m_journal;
    OrderCache* m_store;
    QString m_profile;
    ReconcileReport m_report;
    int m_inFlight = 0;
    int m_settleSecs = 60;
};

} // namespace PayDesk
