#include "core/operations/JournalReconciler.h"
#include "core/time/Clock.h"

#include "core/gateway/GatewayClient.h"
#include "core/operations/OperationEvidence.h"
#include "core/store/OperationJournal.h"
#include "core/store/OrderStore.h"

#include <QTimer>

namespace PayDesk {

JournalReconciler::JournalReconciler(GatewayClient* client, OperationJournal* journal, OrderCache* store,
                                     QString profile, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_journal(journal)
    , m_store(store)
    , m_profile(std::move(profile))
{ }

void JournalReconciler::start()
{
    m_report = {};
    JournalFilter open;
    open.openOnly = true;
    const StoreResult<QList<JournalEntry>> unsettled = m_journal->entries(m_profile, open);
    if (!unsettled.ok()) {
        // Nothing is known to be settled: the open operations stay unknown until the journal can be read.
        m_report.stillOpen = 1;
        m_report.problems.append(unsettled.error.userMessage());
        QTimer::singleShot(0, this, [this] { emit finished(m_report); });
        return;
    }
    QList<JournalEntry> entries;
    for (const JournalEntry& e : unsettled.value) {
        if (e.isAbandoned())
            entries.append(e);
        else
            ++m_report.inProgress; // another running PayDesk is still waiting for its answer
    }
    m_report.checked = int(entries.size());
    if (entries.isEmpty()) {
        QTimer::singleShot(0, this, [this] { emit finished(m_report); });
        return;
    }
    // One status read per order, however many entries it has; entries of one order are judged in order.
    // A registration is looked up by its order number (its answer, with the order's id, may be lost).
    QHash<QString, QList<JournalEntry>> byOrder;
    QList<JournalEntry> registrations;
    for (const JournalEntry& e : entries) {
        if (e.kind == OperationKind::Register && e.orderId.isEmpty())
            registrations.append(e);
        else
            byOrder[e.orderId].append(e);
    }
    m_inFlight = int(byOrder.size() + registrations.size());
    for (auto it = byOrder.cbegin(); it != byOrder.cend(); ++it)
        settle(m_client->fetchOrder(it.key()), it.value());
    for (const JournalEntry& e : std::as_const(registrations))
        settle(m_client->fetchOrderByNumber(e.orderNumber), {e});
}

void JournalReconciler::settle(OrderJob* status, const QList<JournalEntry>& list)
{
    connect(status, &OrderJob::finished, this, [this, status, list] {
        if (status->succeeded()) {
            const Order& now = status->order();
            if (m_store)
                m_store->upsert(m_profile, {now}); // the cache follows if it can; the journal is what counts
            for (const JournalEntry& e : list)
                record(e, OperationEvidence::judge(e, now), now);
        } else if (status->error().noSuchOrder && list.first().kind == OperationKind::Register) {
            record(list.first(), OperationEvidence::Verdict::NotDone, Order());
        } else {
            m_report.stillOpen += int(list.size());
            m_report.problems.append(list.first().orderNumber + QStringLiteral(": ") + status->error().userMessage());
        }
        if (--m_inFlight == 0)
            emit finished(m_report);
    });
}

void JournalReconciler::record(const JournalEntry& e, OperationEvidence::Verdict verdict, const Order& now)
{
    switch (verdict) {
    case OperationEvidence::Verdict::Done:
        if (e.kind == OperationKind::Register && e.orderId.isEmpty())
            m_journal->attachOrder(e.id, now.orderId);
        m_journal->finish(e.id, JournalEntry::State::Done, QStringLiteral("status"), {},
                          tr("Confirmed from the order's status after the answer was lost."));
        ++m_report.done;
        break;
    case OperationEvidence::Verdict::NotDone:
        if (e.sent.isValid() && e.sent.secsTo(Clock::nowUtc()) < m_settleSecs) {
            ++m_report.stillOpen;
            m_report.problems.append(
                e.orderNumber + QStringLiteral(": ")
                + tr("sent %1 s ago; the gateway may still be carrying it out").arg(e.sent.secsTo(Clock::nowUtc())));
            break;
        }
        m_journal->finish(e.id, JournalEntry::State::Refused, QStringLiteral("status"), {},
                          tr("Not carried out: the order's status shows no change."));
        ++m_report.notDone;
        break;
    case OperationEvidence::Verdict::Undetermined:
        ++m_report.stillOpen;
        m_report.problems.append(
            e.orderNumber + QStringLiteral(": ")
            + tr("the order's status (%1) neither proves nor rules out the %2")
                  .arg(OrderStatusText::display(now.status), OperationResult::displayKind(e.kind)));
        break;
    }
}

} // namespace PayDesk
