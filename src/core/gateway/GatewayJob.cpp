#include "gateway/GatewayJob.h"

namespace PayDesk {

void GatewayJob::finish(const GatewayError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    emit finished();
    if (m_autoDelete)
        deleteLater();
}

void OrderListJob::cancel()
{
    m_cancelled = true;
}

} // namespace PayDesk
