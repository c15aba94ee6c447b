#pragma once

#include <QDateTime>

namespace PayDesk {

// The deadline rule of the desk: how urgent a hold is at a moment. One place for the 24 hours that
// the views, the counts, the reminder and the colours all use.
class DeadlinePolicy
{
public:
    static constexpr int DueWithinHours = 24;   // "due": to be captured today
    static constexpr int SoonWithinHours = 48;  // "soon": tomorrow
    static constexpr int UrgentWithinHours = 2; // the reminder's last call

    enum class Urgency { None, Soon, Due, Expired };

    static Urgency urgency(const QDateTime& deadline, const QDateTime& now);
    static bool isDue(const QDateTime& deadline, const QDateTime& now)
    {
        return urgency(deadline, now) == Urgency::Due;
    }
};

} // namespace PayDesk
