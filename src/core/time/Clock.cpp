#include "core/time/Clock.h"

namespace PayDesk {

namespace {
std::function<QDateTime()>& source()
{
    static std::function<QDateTime()> s;
    return s;
}
} // namespace

QDateTime Clock::nowUtc()
{
    return source() ? source()().toUTC() : QDateTime::currentDateTimeUtc();
}

void Clock::setSource(std::function<QDateTime()> s)
{
    source() = std::move(s);
}

} // namespace PayDesk
