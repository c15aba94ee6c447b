#pragma once

#include "model/GatewayError.h"
#include "model/OperationResult.h"
#include "model/Order.h"
#include "model/RegisterRequest.h"

#include <QObject>

#include <functional>

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
    friend class AssistClient;
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
    int pagesDone() const { return m_pagesDone; }
    int pagesTotal() const { return m_pagesTotal; }
    int ordersReceived() const { return m_received; }
    // Off: orders are only handed out page by page through pageReceived(), not collected.
    void setKeepOrders(bool keep) { m_keepOrders = keep; }
    // Paused: pages in flight still arrive, no new ones are asked for (the consumer is behind).
    void setPaused(bool paused);
    void cancel();

signals:
    void pageReceived(const QList<Order> &orders);
    void progress(int pagesDone, int pagesTotal, int ordersReceived);

private:
    friend class RbsClient;
    friend class AssistClient;
    QList<Order> m_orders;
    bool m_keepOrders = true;
    bool m_paused = false;
    std::function<void()> m_resume;
    int m_received = 0;
    int m_total = 0;
    int m_pagesTotal = 0;
    int m_pagesDone = 0;
    int m_nextPage = 0;
    int m_inFlight = 0;
    bool m_cancelled = false;
    GatewayError m_firstError;
};

// A job that ends in one value of type T.
template <typename T>
class ValueJob : public GatewayJob
{
public:
    using GatewayJob::GatewayJob;
    const T &value() const { return m_value; }
    void complete(const T &value) { m_value = value; finish(); }
    void fail(const GatewayError &error) { finish(error); }

private:
    T m_value{};
};

class RegisterJob : public ValueJob<Registration>
{
    Q_OBJECT
public:
    using ValueJob::ValueJob;
};

class BindingListJob : public ValueJob<QList<Binding>>
{
    Q_OBJECT
public:
    using ValueJob::ValueJob;
};

class ReceiptListJob : public ValueJob<QList<Receipt>>
{
    Q_OBJECT
public:
    using ValueJob::ValueJob;
};

// A money operation. Always "succeeds" as a job: the outcome (done / refused / unknown) is in result().
class OperationJob : public GatewayJob
{
    Q_OBJECT
public:
    using GatewayJob::GatewayJob;
    const OperationResult &result() const { return m_result; }
    void complete(const OperationResult &result)
    {
        m_result = result;
        finish();
    }

private:
    OperationResult m_result;
};

} // namespace PayDesk
