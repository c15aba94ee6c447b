#include "core/gateway/GatewayJob.h"

namespace PayDesk {

void GatewayJob::finish(const GatewayError& error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    emit finished();
    if (m_autoDelete)
        deleteLater();
}

void OrderListJob::setPaused(bool paused)
{
    const bool resume = m_paused && !paused;
    m_paused = paused;
    if (resume && m_resume)
        m_resume();
}

void OrderListJob::cancel()
{
    m_cancelled = true;
    // A paused job has no request in flight whose answer would notice the cancel.
    if (m_paused && m_resume)
        QMetaObject::invokeMethod(this, m_resume, Qt::QueuedConnection);
}

} // namespace PayDesk
