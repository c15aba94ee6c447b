#pragma once

#include "core/model/GatewayError.h"
#include "core/model/OperationResult.h"
#include "core/model/Order.h"
#include "core/model/RegisterRequest.h"

#include <QObject>

#include <functional>

namespace PayDesk {

template <typename Job>
class JobPromise;
class OrderListFeed;

/**
 * One asynchronous gateway call. Emits finished() exactly once; by default deletes itself
 * afterwards, so a receiver reads the result in its slot. Only the code that runs the job ends
 * it, through the JobPromise or OrderListFeed that created it.
 */
class GatewayJob : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GatewayJob)
public:
    const GatewayError& error() const { return m_error; }
    bool succeeded() const { return m_finished && !m_error.isError(); }
    bool isFinished() const { return m_finished; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

signals:
    void finished();

protected:
    explicit GatewayJob(QObject* parent)
        : QObject(parent)
    { }
    void finish(const GatewayError& error = {});

private:
    GatewayError m_error;
    bool m_finished = false;
    bool m_autoDelete = true;
};

class OrderListJob final : public GatewayJob
{
    Q_OBJECT
public:
    const QList<Order>& orders() const { return m_orders; }
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
    void pageReceived(const QList<Order>& orders);
    void progress(int pagesDone, int pagesTotal, int ordersReceived);

private:
    friend class OrderListFeed;
    explicit OrderListJob(QObject* parent)
        : GatewayJob(parent)
    { }

    QList<Order> m_orders;
    bool m_keepOrders = true;
    bool m_paused = false;
    bool m_cancelled = false;
    std::function<void()> m_resume;
    int m_received = 0;
    int m_total = 0;
    int m_pagesTotal = 0;
    int m_pagesDone = 0;
};

// A job that ends in one value of type T. Anyone may hold one; only its JobPromise ends it.
template <typename T>
class ValueJob : public GatewayJob
{
public:
    explicit ValueJob(QObject* parent)
        : GatewayJob(parent)
    { }
    const T& value() const { return m_value; }

private:
    template <typename>
    friend class JobPromise;
    void complete(const T& value)
    {
        m_value = value;
        finish();
    }
    void fail(const GatewayError& error) { finish(error); }

    T m_value{};
};

class RegisterJob final : public ValueJob<Registration>
{
    Q_OBJECT
public:
    using ValueJob::ValueJob;
};

class BindingListJob final : public ValueJob<QList<Binding>>
{
    Q_OBJECT
public:
    using ValueJob::ValueJob;
};

class ReceiptListJob final : public ValueJob<QList<Receipt>>
{
    Q_OBJECT
public:
    using ValueJob::ValueJob;
};

class OrderJob final : public ValueJob<Order>
{
    Q_OBJECT
public:
    using ValueJob::ValueJob;
    const Order& order() const { return value(); }
};

// A money operation. Always "succeeds" as a job: the outcome (done / refused / unknown) is in result().
class OperationJob final : public ValueJob<OperationResult>
{
    Q_OBJECT
public:
    using ValueJob::ValueJob;
    const OperationResult& result() const { return value(); }
};

} // namespace PayDesk
