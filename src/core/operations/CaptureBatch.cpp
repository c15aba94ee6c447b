#include "core/operations/CaptureBatch.h"

#include "core/operations/OrderOperations.h"
#include "core/time/Clock.h"

#include <QLoggingCategory>
#include <QSet>

#include <QUuid>

namespace PayDesk {

Q_LOGGING_CATEGORY(lcBatch, "paydesk.batch", QtInfoMsg)

CaptureBatch::CaptureBatch(OrderOperations* operations, const QStringList& orderIds, QObject* parent)
    : QObject(parent)
    , m_operations(operations)
    , m_id(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    for (const QString& id : orderIds) {
        m_pending.append(int(m_items.size()));
        m_items.append({id, std::nullopt, {}, false});
    }
}

void CaptureBatch::setCreatedWindow(const QDateTime& from, const QDateTime& to)
{
    m_createdFrom = from;
    m_createdTo = to;
}

void CaptureBatch::start()
{
    if (!m_createdFrom.isValid() || !m_createdTo.isValid())
        return launch();
    m_listing = true;
    OrderListJob* job = m_operations->listHeldOrders(m_createdFrom, m_createdTo);
    connect(job, &OrderListJob::finished, this, [this, job] { listed(job); });
}

// A listing that failed leaves each capture to read its own status.
void CaptureBatch::listed(OrderListJob* job)
{
    m_listing = false;
    if (job->succeeded()) {
        QSet<QString> wanted;
        for (const Item& item : std::as_const(m_items))
            wanted.insert(item.orderId);
        for (const Order& o : job->orders()) {
            if (wanted.contains(o.orderId))
                m_listed.insert(o.orderId, o);
        }
        m_listedAt = Clock::nowMSecs();
    }
    qCInfo(lcBatch) << "batch" << m_id << "listed" << m_listed.size() << "of its" << m_items.size() << "orders";
    launch();
}

std::optional<Order> CaptureBatch::freshOrder(const QString& orderId) const
{
    const auto found = m_listed.constFind(orderId);
    if (found == m_listed.constEnd() || Clock::nowMSecs() - m_listedAt > ListingFreshMSecs)
        return std::nullopt;
    return *found;
}

void CaptureBatch::pause()
{
    m_paused = true;
}

void CaptureBatch::resume()
{
    m_paused = false;
    launch();
}

void CaptureBatch::cancel()
{
    m_cancelled = true;
    launch();
}

int CaptureBatch::countOf(OperationResult::Outcome outcome) const
{
    int n = 0;
    for (const Item& item : m_items)
        n += item.finished && item.result.outcome == outcome;
    return n;
}

int CaptureBatch::countIn(Group group) const
{
    int n = 0;
    for (const Item& item : m_items)
        n += item.finished && groupOf(item.result) == group;
    return n;
}

CaptureBatch::Group CaptureBatch::groupOf(const OperationResult& result)
{
    switch (result.outcome) {
    case OperationResult::Outcome::Done:
        return Group::Done;
    case OperationResult::Outcome::Unknown:
        return Group::Unknown;
    case OperationResult::Outcome::Refused:
        break;
    }
    return result.tryAgain() ? Group::TryAgain : Group::Refused;
}

bool CaptureBatch::retryFailed()
{
    if (!m_finished)
        return false;
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items[i].finished && groupOf(m_items[i].result) == Group::TryAgain) {
            m_items[i].finished = false;
            m_items[i].result = {};
            m_pending.append(i);
            --m_done;
            emit itemRetrying(i);
        }
    }
    if (m_pending.isEmpty())
        return false;
    m_finished = false;
    m_cancelled = false;
    emit progress(m_done, int(m_items.size()));
    launch();
    return true;
}

void CaptureBatch::launch()
{
    while (!m_listing && !m_paused && !m_cancelled && m_inFlight < m_concurrency && !m_pending.isEmpty()) {
        const int index = m_pending.takeFirst();
        ++m_inFlight;
        const QString& orderId = m_items[index].orderId;
        OperationJob* job = m_operations->capture(orderId, m_items[index].amount, m_id, freshOrder(orderId));
        connect(job, &OperationJob::finished, this, [this, job, index] {
            --m_inFlight;
            ++m_done;
            m_items[index].result = job->result();
            m_items[index].finished = true;
            emit itemFinished(index, job->result());
            emit progress(m_done, int(m_items.size()));
            launch();
        });
    }
    const bool nothingMore = !m_listing && (m_cancelled || m_pending.isEmpty());
    if (nothingMore && m_inFlight == 0 && !m_finished) {
        m_finished = true;
        emit finished();
    }
}

} // namespace PayDesk
