#include "core/model/TimeLeft.h"

namespace PayDesk {

QString TimeLeft::format(const QDateTime& deadline, const QDateTime& now)
{
    if (!deadline.isValid())
        return {};
    const qint64 secs = now.secsTo(deadline);
    if (secs <= 0)
        return tr("expired %1").arg(ago(deadline, now));
    return span(secs);
}

QString TimeLeft::ago(const QDateTime& past, const QDateTime& now)
{
    if (!past.isValid())
        return {};
    const qint64 secs = past.secsTo(now);
    if (secs < 60)
        return tr("just now");
    if (secs >= 86400)
        return tr("%n d ago", nullptr, int(secs / 86400));
    return tr("%1 ago", "a span of time: 3 h 12 min ago").arg(span(secs));
}

QString TimeLeft::span(qint64 secs)
{
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
