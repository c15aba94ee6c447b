#include "core/session/DeadlinePolicy.h"

namespace PayDesk {

DeadlinePolicy::Urgency DeadlinePolicy::urgency(const QDateTime& deadline, const QDateTime& now)
{
    if (!deadline.isValid())
        return Urgency::None;
    const qint64 secs = now.secsTo(deadline);
    if (secs <= 0)
        return Urgency::Expired;
    if (secs < qint64(DueWithinHours) * 3600)
        return Urgency::Due;
    if (secs < qint64(SoonWithinHours) * 3600)
        return Urgency::Soon;
    return Urgency::None;
}

} // namespace PayDesk
