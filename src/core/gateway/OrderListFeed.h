#pragma once

#include "core/gateway/GatewayJob.h"

#include <QPointer>

#include <functional>

namespace PayDesk {

/**
 * The running side of an OrderListJob: a client's listing reports its plan and its pages into
 * the job through this, and ends it. Only the creator holds the feed; consumers read the job,
 * pause or cancel it. Copies share the job; a job already deleted is left alone.
 */
class OrderListFeed
{
public:
    explicit OrderListFeed(QObject* parent);

    OrderListJob* job() const { return m_job; }
    bool isPaused() const;
    bool isCancelled() const;
    int pagesDone() const;
    int pagesTotal() const;

    // How many orders the gateway says there are, in how many pages.
    void plan(int totalCount, int pagesTotal);
    void setPagesTotal(int pagesTotal);
    // One page more: counted, kept if the job keeps orders, announced by pageReceived() and progress().
    void deliver(const QList<Order>& orders);
    void finish(const GatewayError& error = {});
    // Called when the consumer unpauses the job, or cancels it while paused.
    void onResume(std::function<void()> resume);

private:
    QPointer<OrderListJob> m_job;
};

} // namespace PayDesk
