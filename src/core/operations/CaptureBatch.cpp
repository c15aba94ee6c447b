#include "core/operations/CaptureBatch.h"

#include "core/operations/OrderOperations.h"

#include <QUuid>

namespace PayDesk {

CaptureBatch::CaptureBatch(OrderOperations* operations, const QStringList& orderIds, QObject* parent)
    : QObject(parent)
    , m_operations(operations)
    , m_id(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    for (const QString& id : orderIds)
        m_items.append({id, std::nullopt, {}, false});
}

void CaptureBatch::start()
{
    launch();
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

void CaptureBatch::launch()
{
    while (!m_paused && !m_cancelled && m_inFlight < m_concurrency && m_next < m_items.size()) {
        const int index = m_next++;
        ++m_inFlight;
        OperationJob* job = m_operations->capture(m_items[index].orderId, m_items[index].amount, m_id);
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
    const bool nothingMore = m_cancelled || m_next >= m_items.size();
    if (nothingMore && m_inFlight == 0 && !m_finished) {
        m_finished = true;
        emit finished();
    }
}

} // namespace PayDesk
