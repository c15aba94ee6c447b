#pragma once

#include <QDateTime>

namespace PayDesk::Sandbox {

// Wall clock plus a shift that tests move forward to pass deadlines.
class SandboxClock
{
public:
    qint64 nowMs() const { return QDateTime::currentMSecsSinceEpoch() + m_offsetMs; }
    static constexpr qint64 MaxOffsetMs = 100LL * 366 * 24 * 3600 * 1000;

    qint64 offsetMs() const { return m_offsetMs; }
    // False (and no move) for a step backwards or one that would take the clock over MaxOffsetMs.
    bool advance(qint64 ms)
    {
        if (ms < 0 || ms > MaxOffsetMs - m_offsetMs)
            return false;
        m_offsetMs += ms;
        return true;
    }

private:
    qint64 m_offsetMs = 0;
};

} // namespace PayDesk::Sandbox
