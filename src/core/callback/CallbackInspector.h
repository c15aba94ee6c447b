#pragma once

#include "core/callback/CallbackReport.h"

#include <functional>

class QObject;

namespace PayDesk {

class Desk;

// Checks a callback as the shop received it for support staff: reads it, verifies its checksum and,
// unless offline, asks the gateway (through the desk) what the order's status is now.
class CallbackInspector
{
public:
    // Reading and the checksum only, no gateway.
    static CallbackReport read(const QString& text, const CallbackKey& key);
    // The same, then the order's status at the gateway when the callback names an order; DONE gets the
    // report once, in CONTEXT's thread, while CONTEXT lives.
    static void inspect(Desk* desk, const QString& text, const CallbackKey& key, QObject* context,
                        std::function<void(const CallbackReport&)> done);
};

} // namespace PayDesk
