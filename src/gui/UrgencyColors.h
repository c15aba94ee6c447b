#pragma once

#include "core/session/DeadlinePolicy.h"

#include <QColor>

namespace PayDesk {

// How urgency looks, everywhere in the window: red for the last day (and expired), amber for the
// next; readable on light and dark palettes.
namespace UrgencyColors {
inline QColor due()
{
    return QColor(0xc6, 0x28, 0x28);
}
inline QColor soon()
{
    return QColor(0xb2, 0x6a, 0x00);
}
inline QColor done()
{
    return QColor(0x2e, 0x7d, 0x32);
}
inline QColor of(DeadlinePolicy::Urgency urgency)
{
    switch (urgency) {
    case DeadlinePolicy::Urgency::Due:
    case DeadlinePolicy::Urgency::Expired:
        return due();
    case DeadlinePolicy::Urgency::Soon:
        return soon();
    case DeadlinePolicy::Urgency::None:
        break;
    }
    return {};
}
} // namespace UrgencyColors

} // namespace PayDesk
