#pragma once

#include "model/GatewayError.h"
#include "model/Order.h"

#include <QObject>

namespace PayDesk {

// One asynchronous gateway call. Emits finished() exactly once; by default deletes itself
// afterwards, so a receiver reads the result in its slot.
class GatewayJob : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    const GatewayError &error() const { return m_error; }
    bool succeeded() const { return m_finished && !m_error.isError(); }
    bool isFinished() const { return m_finished; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

signals:
    void finished();

protected:
    void finish(const GatewayError &error = {});

private:
    GatewayError m_error;
    bool m_finished = false;
    bool m_autoDelete = true;
};

class OrderJob : public GatewayJob
{
    Q_OBJECT
public:
    using GatewayJob::GatewayJob;
    const Order &order() const { return m_order; }
    void complete(const Order &order) { m_order = order; finish(); }
    void fail(const GatewayError &error) { finish(error); }

private:
    Order m_order;
};

class OrderListJob : public GatewayJob
{
    Q_OBJECT
public:
    using GatewayJob::GatewayJob;
    const QList<Order> &orders() const { return m_orders; }
    int totalCount() const { return m_total; }
    void cancel();

signals:
    void progress(int pagesDone, int pagesTotal, int ordersReceived);

private:
    friend class RbsClient;
    QList<Order> m_orders;
    int m_total = 0;
    int m_pagesTotal = 0;
    int m_pagesDone = 0;
    int m_nextPage = 0;
    int m_inFlight = 0;
    bool m_cancelled = false;
    GatewayError m_firstError;
};

} // namespace PayDesk
