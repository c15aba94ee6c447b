#include "core/operations/OrderLocks.h"

namespace PayDesk {

void OrderLocks::run(const QString& orderId, std::function<void(Release)> work)
{
    const bool idle = !m_queues.contains(orderId);
    m_queues[orderId].append(std::move(work));
    if (idle)
        next(orderId);
}

void OrderLocks::next(const QString& orderId)
{
    auto it = m_queues.find(orderId);
    if (it == m_queues.end() || it->isEmpty()) {
        m_queues.remove(orderId);
        return;
    }
    const auto work = it->first();
    auto released = std::make_shared<bool>(false);
    work([this, orderId, released] {
        if (*released)
            return;
        *released = true;
        auto queue = m_queues.find(orderId);
        if (queue != m_queues.end() && !queue->isEmpty())
            queue->removeFirst();
        next(orderId);
    });
}

} // namespace PayDesk
