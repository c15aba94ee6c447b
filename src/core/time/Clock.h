#pragma once

#include <QDateTime>

#include <functional>

namespace PayDesk {

// The one "now" of core and gui: the system's time, unless a test moves it (as the sandbox's
// clock moves the gateway's). Not for measuring durations; use QElapsedTimer for those.
class Clock
{
public:
    static QDateTime nowUtc();
    static qint64 nowMSecs() { return nowUtc().toMSecsSinceEpoch(); }
    static QDate today() { return nowUtc().toLocalTime().date(); }
    // Tests only: time from SOURCE, or the system's again with an empty function.
    static void setSource(std::function<QDateTime()> source);
};

} // namespace PayDesk
