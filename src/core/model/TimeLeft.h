#pragma once

#include <QCoreApplication>
#include <QDateTime>

namespace PayDesk {

// "3 h 12 min", "2 d 4 h", "expired 3 min ago": how long until a hold's deadline, for people; and
// "2 min ago": how long since a moment.
class TimeLeft
{
    Q_DECLARE_TR_FUNCTIONS(TimeLeft)
public:
    static QString format(const QDateTime& deadline, const QDateTime& now);
    // "just now", "3 min ago", "2 h 5 min ago", "4 d ago"; empty for an invalid moment.
    static QString ago(const QDateTime& past, const QDateTime& now);

private:
    // "3 h 12 min", "2 d 4 h", "7 min", "under a minute".
    static QString span(qint64 secs);
};

} // namespace PayDesk
