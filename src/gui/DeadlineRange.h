#pragma once

#include <QDateTime>
#include <QString>

namespace PayDesk {

// Holds whose deadline falls in a range, as picked on the held chart ("deadline: Fri 5").
struct DeadlineRange
{
    QDateTime from; // inclusive; invalid: no lower bound
    QDateTime to;   // exclusive; invalid: no upper bound
    QString label;
    bool isSet() const { return !label.isEmpty(); }
};

} // namespace PayDesk
