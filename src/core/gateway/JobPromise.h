#pragma once

#include "core/model/GatewayError.h"

#include <QObject>
#include <QPointer>

namespace PayDesk {

/**
 * The running side of a one-result gateway job (OrderJob, OperationJob, ValueJob): whoever
 * creates the job through a promise, and only they, can complete or fail it. The job is what is
 * handed out; readers see its result and finished() only. Copies share the job; a job already
 * deleted is left alone, one already finished stays as it is (finished() is emitted once).
 */
template <typename Job>
class JobPromise
{
public:
    explicit JobPromise(QObject* parent)
        : m_job(new Job(parent))
    { }

    Job* job() const { return m_job; }

    template <typename Value>
    void complete(const Value& value) const
    {
        if (m_job)
            m_job->complete(value);
    }
    void fail(const GatewayError& error) const
    {
        if (m_job)
            m_job->fail(error);
    }
    // From the event loop: whoever got job() has connected to finished() by then.
    template <typename Value>
    void completeLater(const Value& value) const
    {
        const JobPromise promise = *this;
        QMetaObject::invokeMethod(
            m_job, [promise, value] { promise.complete(value); }, Qt::QueuedConnection);
    }
    void failLater(const GatewayError& error) const
    {
        const JobPromise promise = *this;
        QMetaObject::invokeMethod(
            m_job, [promise, error] { promise.fail(error); }, Qt::QueuedConnection);
    }

private:
    QPointer<Job> m_job;
};

} // namespace PayDesk
