#pragma once

#include <QCoreApplication>
#include <QDateTime>

namespace PayDesk {

// "3 h 12 min", "2 d 4 h", "expired": how long until a hold's deadline, for people.
class TimeLeft
{
    Q_DECLARE_TR_FUNCTIONS(TimeLeft)
public:
    static QString format(const QDateTime& deadline, const QDateTime& now);
};

} // namespace PayDesk
