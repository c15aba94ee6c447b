#include "core/model/TimeLeft.h"

namespace PayDesk {

QString TimeLeft::format(const QDateTime& deadline, const QDateTime& now)
{
    if (!deadline.isValid())
        return {};
    const qint64 secs = now.secsTo(deadline);
    if (secs <= 0)
        return tr("expired");
    const qint64 days = secs / 86400;
    const qint64 hours = secs % 86400 / 3600;
    const qint64 minutes = secs % 3600 / 60;
    if (days > 0)
        return tr("%1 d %2 h").arg(days).arg(hours);
    if (hours > 0)
        return tr("%1 h %2 min").arg(hours).arg(minutes);
    return minutes > 0 ? tr("%1 min").arg(minutes) : tr("under a minute");
}

} // namespace PayDesk
