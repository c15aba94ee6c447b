#pragma once

#include <QDateTime>

namespace PayDesk::Sandbox {

// Wall clock plus a shift that tests move forward to pass deadlines.
class SandboxClock
{
public:
    qint64 nowMs() const { return QDateTime::currentMSecsSinceEpoch() + m_offsetMs; }
    qint64 offsetMs() const { return m_offsetMs; }
    void advance(qint64 ms) { m_offsetMs += ms; }

private:
    qint64 m_offsetMs = 0;
};

} // namespace PayDesk::Sandbox
