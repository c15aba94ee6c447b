#pragma once

#include <QString>

namespace PayDesk::Sandbox {

class RbsGateway;

// Fills the gateway with realistic orders of every status over the past four weeks. The same
// seed gives the same orders (times are relative to the sandbox clock's now).
class SandboxSeeder
{
public:
    static void seed(RbsGateway& gateway, qint64 nowMs, int count, quint32 seed, const QString& merchant);
};

} // namespace PayDesk::Sandbox
