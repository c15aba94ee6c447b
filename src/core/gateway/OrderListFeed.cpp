#include "core/gateway/OrderListFeed.h"

namespace PayDesk {

OrderListFeed::OrderListFeed(QObject* parent)
    : m_job(new OrderListJob(parent))
{ }

bool OrderListFeed::isPaused() const
{
    return m_job && m_job->m_paused;
}

bool OrderListFeed::isCancelled() const
{
    return !m_job || m_job->m_cancelled;
}

int OrderListFeed::pagesDone() const
{
    return m_job ? m_job->m_pagesDone : 0;
}

int OrderListFeed::pagesTotal() const
{
    return m_job ? m_job->m_pagesTotal : 0;
}

void OrderListFeed::plan(int totalCount, int pagesTotal)
{
    if (!m_job)
        return;
    m_job->m_total = totalCount;
    m_job->m_pagesTotal = pagesTotal;
}

void OrderListFeed::setPagesTotal(int pagesTotal)
{
    if (m_job)
        m_job->m_pagesTotal = pagesTotal;
}

void OrderListFeed::deliver(const QList<Order>& orders)
{
    if (!m_job)
        return;
    OrderListJob* job = m_job;
    ++job->m_pagesDone;
    job->m_received += int(orders.size());
    if (job->m_keepOrders)
        job->m_orders.append(orders);
    emit job->pageReceived(orders);
    if (m_job) // a receiver may have ended it
        emit job->progress(job->m_pagesDone, job->m_pagesTotal, job->m_received);
}

void OrderListFeed::finish(const GatewayError& error)
{
    if (m_job)
        m_job->finish(error);
}

void OrderListFeed::onResume(std::function<void()> resume)
{
    if (m_job)
        m_job->m_resume = std::move(resume);
}

} // namespace PayDesk
